"""The history of a record from the audit trail: when, which account, what changed, and each value
before → after, in the UI language."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.messages import FIELD_LABELS
from kerjasama_desk.domain.vocab import (
    AgreementKind,
    AgreementStage,
    CommitmentSource,
    CommitmentStatus,
    CooperationField,
    OfficerStatus,
    PartnerLevel,
)
from kerjasama_desk.formatting import format_date, format_timestamp
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.services import audit
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.retranslation import translate_ui
from kerjasama_desk.ui.widgets import hint_label, record_table

_RECORD = {
    "agreements": "agreement",
    "commitments": "commitment",
    "activities": "activity",
    "partners": "partner",
    "contacts": "contact",
    "officers": "officer",
}
_COLUMN = {
    "responsible_officer_id": "responsible",
    "deputy_officer_id": "deputy",
    "partner_id": "partner",
    "parent_id": "parent",
    "owner_id": "owner",
    "field_code": "field",
    "agreement_id": "agreement",
}
# A column's codes and the vocabularies they may belong to ("status" is a commitment's or an
# officer's).
_VOCABULARY: dict[str, tuple[Any, ...]] = {
    "stage": (AgreementStage,),
    "kind": (AgreementKind,),
    "level": (PartnerLevel,),
    "source": (CommitmentSource,),
    "field_code": (CooperationField,),
    "code": (CooperationField,),
    "status": (CommitmentStatus, OfficerStatus),
}
_LINKS = frozenset(
    {"agreement_id", "partner_id", "draft_id", "officer_id", "parent_id", "attachment_id"}
)
_OFFICER_COLUMNS = frozenset(
    {"responsible_officer_id", "deputy_officer_id", "owner_id", "officer_id"}
)


def column_label(table: str, column: str) -> str:
    """A column of a table (or a field of an exchanged record) as the form labels it, in the UI
    language; the column's own name where no form shows it."""
    key = f"{_RECORD.get(table, '')}.{_COLUMN.get(column, column)}"
    return translate("Field", FIELD_LABELS[key]) if key in FIELD_LABELS else column


class HistoryView(QWidget):
    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        scope: str,
        record_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.scope = scope
        self.record_id = record_id
        self.hint = hint_label(self)
        self.table = record_table(self, 4, stretch=(3,))
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        ops.changed.connect(self._tables_changed)
        translate_ui(self, self.ops)

    def _tables_changed(self, _tables: frozenset[str]) -> None:
        self.refresh()

    def _value(self, column: str, value: str, names: dict[int, str]) -> str:
        language = self.languages.language
        if not value:
            return "—"
        if column in _OFFICER_COLUMNS and value.isdigit():
            return names.get(int(value), value)
        if column.endswith("_on"):
            try:
                return format_date(date.fromisoformat(value), language)
            except ValueError:
                return value
        for candidate in _VOCABULARY.get(column, ()):
            try:
                return str(candidate(value).label(language))
            except ValueError:
                continue
        if column == "open_ended":
            return self.tr("yes") if value == "1" else self.tr("no")
        return value if len(value) <= 120 else value[:117] + "…"

    def _column(self, table: str, column: str) -> str:
        return column_label(table, column)

    def refresh(self) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.audit import changes, history

        if self.ops.closed:
            return
        entries = (
            history(self.ops.service, self.scope, self.record_id)
            if self.record_id is not None
            else []
        )
        names = {officer_id: name for officer_id, name, _s in self.ops.service.officer_choices()}
        language = self.languages.language
        what = {
            "agreements": self.tr("Agreement"),
            "agreement_fields": self.tr("Cooperation field"),
            "activities": self.tr("Activity"),
            "commitments": self.tr("Commitment"),
            "attachments": self.tr("Attached file"),
            "partners": self.tr("Partner"),
            "contacts": self.tr("Contact"),
            "officers": self.tr("Officer"),
            "handovers": self.tr("Handover"),
            "drafts": self.tr("Draft"),
            "draft_versions": self.tr("Draft version"),
        }
        done = {
            "insert": self.tr("added"),
            "update": self.tr("changed"),
            "delete": self.tr("removed"),
        }
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            # Links to other records by number mean nothing to a reader (officers are named).
            shown = [c for c in changes(entry) if c.column not in _LINKS]
            details = "\n".join(
                f"{self._column(entry.table, c.column)}: "
                f"{self._value(c.column, c.before, names)} → "
                f"{self._value(c.column, c.after, names)}"
                if entry.action == "update"
                else f"{self._column(entry.table, c.column)}: "
                f"{self._value(c.column, c.after or c.before, names)}"
                for c in shown
            )
            cells = (
                format_timestamp(entry.at, language),
                self._who(entry.who),
                self.tr("%1 %2")
                .replace("%1", what.get(entry.table, entry.table))
                .replace("%2", done[entry.action]),
                details,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()  # a record's history: tens of rows, not thousands

    def _who(self, who: str) -> str:
        """The account, or what the app wrote for changes it did not make itself."""
        if who == audit.OUTSIDE:
            return self.tr("(changed outside Kerjasama Desk)")
        if who == audit.REPAIRED_BY:
            return self.tr("(Kerjasama Desk: audit safeguards put back)")
        return who or "?"

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Every change, with the computer account that made it. The entries are chained by "
                "their fingerprints: File → Check the audit trail shows whether any was altered."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before → after")]
        )
        self.refresh()
