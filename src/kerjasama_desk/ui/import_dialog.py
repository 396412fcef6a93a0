"""The preview of an import (.kdx): what it adds and updates, and the records changed both here
and in the other register since the last exchange, each with the officer's choice: keep ours or
take theirs (or all of one side). Nothing is imported until the officer says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.formatting import format_timestamp
from kerjasama_desk.i18n import translate
from kerjasama_desk.ui.history import column_label

if TYPE_CHECKING:
    from kerjasama_desk.services.exchange import Plan


def kind_names() -> dict[str, str]:
    """Each kind of record of an exchange file, as an officer calls it."""
    return {
        "officers": translate("Import", "officers"),
        "partners": translate("Import", "partners"),
        "agreements": translate("Import", "agreements"),
        "activities": translate("Import", "activities"),
        "commitments": translate("Import", "commitments"),
        "drafts": translate("Import", "drafts"),
        "attachments": translate("Import", "attached files"),
        "trips": translate("Import", "trips abroad"),
        "checklists": translate("Import", "checklist items"),
        "overrides": translate("Import", "checklist overrides"),
        "handovers": translate("Import", "handovers"),
        "parameters": translate("Import", "legal parameters"),
        "memory": translate("Import", "translation memory entries"),
    }


def summary(plan: Plan) -> list[str]:
    names = kind_names()
    return [
        translate("Import", "%1: %2 new, %3 updated")
        .replace("%1", names[kind])
        .replace("%2", str(plan.added[kind]))
        .replace("%3", str(plan.updated[kind]))
        for kind in names
        if plan.added.get(kind) or plan.updated.get(kind)
    ]


class ImportPreview(QDialog):
    """The changes an import makes and, per conflicting record, which side to keep."""

    OURS, THEIRS = "ours", "theirs"

    def __init__(self, plan: Plan, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Import", "Import"))
        self.plan = plan
        layout = QVBoxLayout(self)
        lines = summary(plan) or [translate("Import", "No new or updated records.")]
        for same in plan.linked:
            lines.append(
                translate("Import", "%1 (%2): linked to the same partner in this register")
                .replace("%1", same.name)
                .replace("%2", same.country)
            )
        changes = QLabel("\n".join(lines))
        changes.setWordWrap(True)
        layout.addWidget(changes)
        self.choices: dict[tuple[str, str], QComboBox] = {}
        if plan.conflicts:
            intro = QLabel(
                translate(
                    "Import",
                    "These records were changed both here and in the other register since the "
                    "last exchange. Choose for each which version to keep; the other is not "
                    "imported.",
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.table = QTableWidget(len(plan.conflicts), 4, self)
            self.table.setHorizontalHeaderLabels(
                [
                    translate("Import", "Record"),
                    translate("Import", "Here (this register)"),
                    translate("Import", "There (the file)"),
                    translate("Import", "Keep"),
                ]
            )
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.table.setWordWrap(True)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(False)
            names = kind_names()
            for row, conflict in enumerate(plan.conflicts):
                ours = "\n".join(
                    f"{column_label(conflict.kind, f)}: {mine or '—'}"
                    for f, mine, _theirs in conflict.values
                )
                theirs = "\n".join(
                    f"{column_label(conflict.kind, f)}: {other or '—'}"
                    for f, _mine, other in conflict.values
                )
                cells = (
                    (f"{names.get(conflict.kind, conflict.kind)}: {conflict.label}", None),
                    (ours, conflict.ours_changed),
                    (theirs, conflict.theirs_changed),
                )
                for column, (text, changed) in enumerate(cells):
                    item = QTableWidgetItem(text)
                    tip = text
                    if changed:
                        tip += "\n\n" + translate("Import", "Changed %1").replace(
                            "%1", format_timestamp(changed, language)
                        )
                    item.setToolTip(tip)
                    self.table.setItem(row, column, item)
                choice = QComboBox()
                choice.addItem(translate("Import", "Ours (this register)"), self.OURS)
                choice.addItem(translate("Import", "Theirs (the file)"), self.THEIRS)
                self.table.setCellWidget(row, 3, choice)
                self.choices[(conflict.kind, conflict.key)] = choice
            self.table.setColumnWidth(0, 180)
            self.table.setColumnWidth(1, 230)
            self.table.setColumnWidth(2, 230)
            self.table.resizeColumnToContents(3)
            self.table.resizeRowsToContents()
            layout.addWidget(self.table)
            sides = QHBoxLayout()
            self.all_ours = QPushButton(translate("Import", "Keep all &ours"))
            self.all_theirs = QPushButton(translate("Import", "Take all &theirs"))
            self.all_ours.clicked.connect(lambda: self.choose_all(self.OURS))
            self.all_theirs.clicked.connect(lambda: self.choose_all(self.THEIRS))
            sides.addWidget(self.all_ours)
            sides.addWidget(self.all_theirs)
            sides.addStretch()
            layout.addLayout(sides)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            translate("Import", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900 if plan.conflicts else 480, 520 if plan.conflicts else 240)

    def choose_all(self, side: str) -> None:
        for combo in self.choices.values():
            combo.setCurrentIndex(combo.findData(side))

    def chosen(self) -> dict[tuple[str, str], str]:
        """(kind, key) → "ours" | "theirs", for every conflict."""
        return {key: str(combo.currentData()) for key, combo in self.choices.items()}
