"""The glossary panel beside the wizard: vetted term pairs, searchable, inserted at the cursor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.ui import theme
from kerjasama_desk.ui.operations import Operations


class GlossaryPanel(QWidget):
    """Vetted Indonesian ↔ English terms, searched as you type; Insert puts the term into the
    field last edited (both languages at once in a bilingual answer)."""

    insert = Signal(str, str)  # Indonesian, English

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.results = QListWidget(self)
        self.results.setWordWrap(True)
        self.insert_button = QPushButton(theme.icon("plus"), "", self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.insert_button)
        self.search.textChanged.connect(self.find_terms)
        self.results.itemActivated.connect(self._insert_item)
        self.insert_button.clicked.connect(self._insert_current)
        self.find_terms("")

    def find_terms(self, text: str) -> None:
        self.results.clear()
        for term in self.ops.drafts.glossary(text):
            item = QListWidgetItem(f"{term.indonesian}  —  {term.english}", self.results)
            item.setData(Qt.ItemDataRole.UserRole, (term.indonesian, term.english))
        if self.results.count():
            self.results.setCurrentRow(0)

    def _insert_item(self, item: QListWidgetItem) -> None:
        indonesian, english = item.data(Qt.ItemDataRole.UserRole)
        self.insert.emit(indonesian, english)

    def _insert_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._insert_item(item)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a term, in Indonesian or English…"))
        self.hint.setText(
            self.tr(
                "Double-click a term (or press Insert) to put it into the field you were typing in."
            )
        )
        self.insert_button.setText(self.tr("Insert"))
