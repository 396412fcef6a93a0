"""Comparing two saved versions of a draft, side by side."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.i18n import ui_language
from kerjasama_desk.ui.operations import Operations


class CompareDialog(QDialog):
    """Two versions of a draft side by side, article by article, changed words marked."""

    def __init__(self, ops: Operations, draft_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("help_section", "drafting")  # F1 opens the guide there
        self.ops = ops
        self.draft_id = draft_id
        self.resize(1200, 700)
        numbers = ops.drafts.versions(draft_id)
        self.before = QComboBox(self)
        self.after = QComboBox(self)
        for combo in (self.before, self.after):
            for number in numbers:
                combo.addItem(str(number), number)
        self.before.setCurrentIndex(max(len(numbers) - 2, 0))
        self.after.setCurrentIndex(len(numbers) - 1)
        self.before_label = QLabel(self)
        self.after_label = QLabel(self)
        self.view = QTextBrowser(self)
        self.close_button = QPushButton(self)
        top = QHBoxLayout()
        for widget in (self.before_label, self.before, self.after_label, self.after):
            top.addWidget(widget)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.before.currentIndexChanged.connect(self.refresh)
        self.after.currentIndexChanged.connect(self.refresh)
        self.close_button.clicked.connect(self.accept)
        self.setWindowTitle(self.tr("Compare versions"))
        self.before_label.setText(self.tr("Version"))
        self.after_label.setText(self.tr("with version"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()

    def refresh(self) -> None:
        headings = {
            "before": self.tr("Version"),
            "after": self.tr("Version"),
            "added": self.tr("added"),
            "removed": self.tr("removed"),
            "same": self.tr("The two versions make the same document."),
            "title": self.tr("Title"),
            "parties": self.tr("Parties"),
            "recitals": self.tr("Recitals"),
            "closing": self.tr("Closing"),
            "signatures": self.tr("Signatures"),
        }
        self.view.setHtml(
            self.ops.drafts.comparison(
                self.draft_id,
                int(self.before.currentData()),
                int(self.after.currentData()),
                headings,
                ui_language(),
            )
        )
