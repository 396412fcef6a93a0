"""An agreement's documents in its editor: its own text and the minutes, addenda and notices
drafted for it, each opened in the wizard; and a new one (docs/domain.md, "Agreed minutes",
"Changing an agreement", "Ending an agreement")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.formatting import format_timestamp
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.drafts_page import DraftTable
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.retranslation import translate_ui


class AgreementDraftsBox(QWidget):
    """The drafts linked to one agreement, the most recently saved first."""

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.agreement_id = agreement_id
        self.table = DraftTable(3, self)
        self.table.setColumnWidth(1, 60)
        self.table.setColumnWidth(2, 170)
        self.open_button = QPushButton(theme.icon("pencil"), "", self)
        self.new_button = QPushButton(theme.icon("plus"), "", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(self.new_document)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ops.changed.connect(self._tables_changed)  # a bound slot: let go when the box goes
        translate_ui(self, ops)  # fills the table too

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if "drafts" in tables:
            self.refresh()

    def refresh(self) -> None:
        rows = self.ops.drafts.rows(agreement_id=self.agreement_id) if self.agreement_id else []
        language = self.languages.language
        self.table.fill(
            [
                (
                    row.id,
                    (
                        self.ops.drafts.template_name(row.template_id, language),
                        str(row.version),
                        format_timestamp(row.updated_at, language),
                    ),
                )
                for row in rows
            ]
        )
        self._update_buttons()

    def current_draft(self) -> int | None:
        return self.table.current_draft()

    def _update_buttons(self) -> None:
        writable = not self.ops.read_only and self.agreement_id is not None
        self.open_button.setEnabled(writable and self.current_draft() is not None)
        self.new_button.setEnabled(writable)

    def open_selected(self) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.wizard import open_draft

        draft_id = self.current_draft()
        if draft_id is not None:
            open_draft(self, self.ops, self.languages, draft_id=draft_id)

    def new_document(self) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.wizard import open_document_for

        if self.agreement_id is not None:
            open_document_for(self, self.ops, self.languages, self.agreement_id)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Version"), self.tr("Saved")]
        )
        self.open_button.setText(self.tr("Open in the wizard"))
        self.new_button.setText(self.tr("New document…"))
        self.refresh()
