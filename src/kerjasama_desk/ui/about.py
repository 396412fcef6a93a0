"""Help → About: what this copy is (version, the commit it was built from) and where its data
lives (the data folder, the open register), with a Copy button, for a support request."""

from __future__ import annotations

import platform
import sys

from PySide6.QtCore import QSysInfo, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk import __version__, paths
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.retranslation import translate_ui


class AboutDialog(QDialog):
    def __init__(
        self, ops: Operations, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 150)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        translate_ui(self, ops)

    def facts(self) -> list[tuple[str, str]]:
        """Each line of the details: what, and its value."""
        register = self.ops.service.register.path
        return [
            (self.tr("Version"), __version__),
            (self.tr("Built from commit"), paths.build_commit() or self.tr("not known")),
            (self.tr("Data folder"), str(paths.data_dir())),
            (self.tr("Register"), str(register) if register else self.tr("in memory")),
            (self.tr("Program folder"), str(paths.resources_dir().parent)),
            ("Qt", qVersion()),
            ("Python", platform.python_version()),
            (self.tr("System"), f"{QSysInfo.prettyProductName()} ({sys.platform})"),
        ]

    def text(self) -> str:
        return "\n".join(f"{name}: {value}" for name, value in self.facts())

    def copy(self) -> None:
        QApplication.clipboard().setText(f"Kerjasama Desk\n{self.text()}")
        self.copy_button.setText(self.tr("Copied"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Kerjasama Desk"))
        self.summary.setText(
            self.tr(
                "Kerjasama Desk {version}: the register, drafting and follow-up of a region's "
                "cooperation with foreign local governments. Works offline; your register stays "
                "on this computer. When you ask for help, copy these details into your message."
            ).format(version=__version__)
        )
        self.details.setPlainText(self.text())
        self.copy_button.setText(self.tr("Copy"))
