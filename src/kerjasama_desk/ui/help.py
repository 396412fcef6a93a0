"""The user guide inside the app (Help → Guide, F1): resources/guide/guide_LANG.html with its
sections listed on the left, in the UI language, opened at the section about what the officer is
doing. A widget says which section is about it with the ``help_section`` property; F1 and the "?"
buttons look for it from the focused widget outwards."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from kerjasama_desk.i18n import ui_language
from kerjasama_desk.paths import guide_dir
from kerjasama_desk.ui.retranslation import translate_ui

SECTIONS = ("first-steps", "pipeline", "drafting", "exports", "follow-up", "handover", "backups")
_HEADING = re.compile(r'<h2><a name="([\w-]+)"></a>(.*?)</h2>')


def guide_html(language: str) -> str:
    return (guide_dir() / f"guide_{language}.html").read_text(encoding="utf-8")


def sections(html: str) -> list[tuple[str, str]]:
    """(anchor, heading) of each section of the guide, in order."""
    return _HEADING.findall(html)


def section_of(widget: QObject | None) -> str:
    """The guide's section about ``widget``: its own ``help_section`` or its nearest parent's."""
    while widget is not None:
        found = widget.property("help_section")
        if found:
            return str(found)
        widget = widget.parent()
    return SECTIONS[0]


class GuideWindow(QDialog):
    """The guide beside its contents; follows the UI language, keeping the section shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.section = SECTIONS[0]
        self.contents = QListWidget(self)
        self.contents.setFixedWidth(230)
        self.contents.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(guide_dir() / "images")])
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addWidget(self.browser, 1)
        self.resize(980, 640)
        self.contents.currentItemChanged.connect(self._chosen)
        translate_ui(self)

    def show_section(self, anchor: str) -> None:
        self.section = anchor if anchor in SECTIONS else SECTIONS[0]
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == self.section:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
        self.browser.scrollToAnchor(self.section)

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_section(str(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Guide"))
        html = guide_html(ui_language())
        self.browser.setHtml(html)
        self.contents.blockSignals(True)
        self.contents.clear()
        for anchor, heading in sections(html):
            item = QListWidgetItem(re.sub(r"<[^>]+>", "", heading), self.contents)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
        self.contents.blockSignals(False)
        self.show_section(self.section)


_OPEN: list[GuideWindow] = []  # the one guide window, reused while it lives


def open_guide(section: str, parent: QWidget | None = None) -> GuideWindow:
    """Shows the guide at ``section``. It belongs to the window in front (a modal dialog blocks
    every other window, so the guide must be its child to be read and scrolled)."""
    owner = QApplication.activeModalWidget() or parent
    guide = next((g for g in _OPEN if g.parentWidget() is owner), None)
    if guide is None:
        guide = GuideWindow(owner)
        guide.destroyed.connect(lambda _obj=None, g=guide: _OPEN.remove(g) if g in _OPEN else None)
        _OPEN.append(guide)
    guide.show_section(section)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def context_help(parent: QWidget | None = None) -> GuideWindow:
    """F1: the guide at the section about the widget that has the focus."""
    focus = QApplication.focusWidget() or QApplication.activeWindow() or parent
    return open_guide(section_of(focus), parent)


class HelpButton(QToolButton):
    """A "?" that opens the guide at ``section``."""

    def __init__(self, parent: QWidget, section: str) -> None:
        super().__init__(parent)
        self.section = section
        self.setText("?")
        self.setAutoRaise(True)
        self.setProperty("help_section", section)
        self.clicked.connect(self.open)
        translate_ui(self)

    def open(self) -> None:
        open_guide(self.section, self.window())

    def retranslate_ui(self) -> None:
        self.setToolTip(self.tr("Help on this window (F1)"))
        self.setAccessibleName(self.tr("Help"))


def image_names(html: str) -> list[str]:
    """The pictures the guide shows (made by tests/tools/screenshots.py --guide)."""
    return re.findall(r'<img src="([^"]+)"', html)
