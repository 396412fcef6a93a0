"""An agreement's documents in its editor: its own text and the minutes, addenda, notices and
letters drafted for it, each opened in the wizard; and a new one (docs/domain.md, "Agreed
minutes", "Changing an agreement", "Ending an agreement"; docs/letters.md). A partner's editor
lists the documents of the partner and all its agreements the same way."""

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
    """The drafts linked to one agreement (or, given ``partner_id``, to one partner and its
    agreements, with the agreement each belongs to), the most recently saved first."""

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int | None,
        parent: QWidget | None = None,
        *,
        partner_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.agreement_id = agreement_id
        self.partner_id = partner_id
        self.table = DraftTable(4 if partner_id is not None else 3, self)
        narrow = partner_id is not None  # beside the partner's record: the document has room
        self.table.setColumnWidth(1, 50 if narrow else 60)
        self.table.setColumnWidth(2, 125 if narrow else 170)
        if narrow:
            self.table.setColumnWidth(3, 130)
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

    @property
    def owner(self) -> int | None:
        """The agreement, or the partner, whose documents these are (None: a new record)."""
        return self.agreement_id if self.partner_id is None else self.partner_id

    def refresh(self) -> None:
        if self.owner is None or self.ops.closed:
            rows = []
        elif self.partner_id is not None:
            rows = self.ops.drafts.rows(partner_id=self.partner_id)
        else:
            rows = self.ops.drafts.rows(agreement_id=self.agreement_id)
        language = self.languages.language
        self.table.fill(
            [
                (
                    row.id,
                    (
                        self.ops.drafts.template_name(row.template_id, language),
                        str(row.version),
                        format_timestamp(row.updated_at, language),
                    )
                    + ((row.agreement_title,) if self.partner_id is not None else ()),
                )
                for row in rows
            ]
        )
        self._update_buttons()

    def current_draft(self) -> int | None:
        return self.table.current_draft()

    def _update_buttons(self) -> None:
        writable = not self.ops.read_only and self.owner is not None
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
        from kerjasama_desk.ui.wizard import open_document_for, open_draft

        if self.partner_id is not None:  # the document the partner's process calls for next
            open_draft(self, self.ops, self.languages, partner_id=self.partner_id)
        elif self.agreement_id is not None:
            open_document_for(self, self.ops, self.languages, self.agreement_id)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Version"), self.tr("Saved")]
            + ([self.tr("Agreement")] if self.partner_id is not None else [])
        )
        self.open_button.setText(self.tr("Open in the wizard"))
        self.new_button.setText(self.tr("New document…"))
        self.refresh()
