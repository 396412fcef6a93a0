"""The guide inside the app: the same sections in both languages, pictures made by the screenshot
tool, F1 and "?" opening the section about what the officer is doing, live language switch."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kerjasama_desk.paths import guide_dir
from kerjasama_desk.ui.help import SECTIONS, GuideWindow, guide_html, image_names, sections


@pytest.fixture(autouse=True)
def close_guides():
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, GuideWindow):
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def shown_guide() -> GuideWindow:
    found = [w for w in QApplication.allWidgets() if isinstance(w, GuideWindow) and w.isVisible()]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_guide_has_every_section_and_its_pictures(language):
    html = guide_html(language)
    assert [anchor for anchor, _title in sections(html)] == [*SECTIONS, "keys"]
    pictures = image_names(html)
    assert pictures and all(name.endswith(f"-{language}.png") for name in pictures)
    for name in pictures:
        assert (guide_dir() / "images" / name).stat().st_size > 10_000, name
    tool = (guide_dir().parents[1] / "tests" / "tools" / "screenshots.py").read_text()
    for name in pictures:  # each picture is one the screenshot tool makes from the build
        stem = re.sub(r"-(id|en)\.png$", "", name)
        assert f'f"{stem}-{{language}}.png"' in tool, name


def test_f1_opens_the_guide_at_the_section_about_the_focused_window(window, qtbot):
    window.activateWindow()
    window.show_view("overview")
    window.overview.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    guide = shown_guide()
    assert guide.section == "follow-up"
    assert guide.contents.currentItem().text().startswith("5.")
    window.show_view("officers")
    window.activateWindow()
    window.officers.view.setFocus()
    qtbot.keyClick(window.officers.view, Qt.Key.Key_F1)
    assert shown_guide().section == "handover"


def test_the_question_mark_of_a_dialog_opens_its_section_and_follows_the_language(
    window, qtbot, monkeypatch
):
    from kerjasama_desk.domain.listing import ListQuery
    from kerjasama_desk.ui.agreement_editor import AgreementEditor

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    beihai = window.ops.service.list_agreements(ListQuery(text="Beihai"))[0]
    editor = AgreementEditor(window.ops, window.languages, beihai.id, window)
    qtbot.addWidget(editor)
    editor.show()
    from kerjasama_desk.ui.help import HelpButton

    [button] = editor.buttons.findChildren(HelpButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    guide = shown_guide()
    assert guide.section == "pipeline"
    assert "The pipeline" in guide.contents.currentItem().text()
    window.languages.set_language("id")
    assert guide.contents.currentItem().text() == "2. Tahapan proses"
    assert "Tahapan proses" in guide.browser.toPlainText()
    window.languages.set_language("en")
