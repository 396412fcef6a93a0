"""The handover of a transferred officer's work: every agreement they are responsible or deputy
for and every open commitment they own, each given a successor (or all at once), in one pass;
then the handover dossier for the successor. Also: saving a dossier or the annual report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk import clock
from kerjasama_desk.domain.errors import FieldError, ValidationFailed
from kerjasama_desk.domain.handover import Handover, HeldItem
from kerjasama_desk.domain.vocab import OfficerStatus
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.ui.help import HelpButton
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.widgets import OptionalDateEdit, first_unreadable_date

if TYPE_CHECKING:  # the reports load on first use
    from kerjasama_desk.domain.report import Report
    from kerjasama_desk.services.register import RegisterService


def save_report(
    parent: QWidget,
    ops: Operations,
    build: Callable[[RegisterService], Report],
    suggested: str,
) -> Path | None:
    """Asks where to save a report (PDF or Word), builds it and writes it whole, on a worker
    thread with its own read-only connection, a progress dialog and Cancel (nothing is written
    once cancelled); says what went wrong in the UI language when it cannot. Returns the file
    written."""
    # loaded on first use: the window shows sooner (README, Benchmarks)
    from kerjasama_desk.domain.errors import Stopped
    from kerjasama_desk.services.registers import RegisterOpenError
    from kerjasama_desk.services.reports import write_report, write_report_file
    from kerjasama_desk.ui.background import run_in_background

    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Reports", "Save the report"),
        str(Path.home() / suggested),
        QCoreApplication.translate("Reports", "PDF (*.pdf);;Word document (*.docx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".pdf", ".docx"):
        path = path.with_suffix(".docx" if "docx" in chosen_filter else ".pdf")
    register = ops.service.register.path
    try:
        if register is not None:
            finished, _ = run_in_background(
                parent,
                QCoreApplication.translate("Reports", "Save the report"),
                QCoreApplication.translate("Reports", "Writing %1…").replace("%1", path.name),
                lambda _progress, stop: write_report_file(register, build, path, stop=stop),
                stopped=Stopped,
            )
            return path if finished else None  # cancelled: nothing was written
    except RegisterOpenError:
        pass  # not readable on its own connection (an older schema): on this thread below
    except OSError as error:
        _not_saved(parent, path, error)
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a register in memory
    try:
        write_report(build(ops.service), path)
    except OSError as error:
        QGuiApplication.restoreOverrideCursor()
        _not_saved(parent, path, error)
        return None
    QGuiApplication.restoreOverrideCursor()
    return path


def _not_saved(parent: QWidget, path: Path, error: OSError) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Reports", "Not saved"),
        QCoreApplication.translate(
            "Reports", "%1 cannot be written (%2). Choose another folder; nothing was written."
        )
        .replace("%1", str(path))
        .replace("%2", error.strerror or str(error)),
    )


class HandoverDialog(QDialog):
    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        officer_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("help_section", "handover")  # F1 opens the guide there
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.handover import held_by

        self.ops = ops
        self.languages = languages
        self.officer = ops.service.officer(officer_id)
        self.items: list[HeldItem] = held_by(ops.service, officer_id)
        self.handover_id: int | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.handed_on = OptionalDateEdit(self)
        self.handed_on.set_value(clock.today())
        self.note = QLineEdit(self)
        self.everyone = QComboBox(self)
        self.apply_all = QPushButton(self)
        self.table = QTableWidget(len(self.items), 3, self)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(2, 260)
        self.combos: list[QComboBox] = []
        for row, item in enumerate(self.items):
            cell = QTableWidgetItem(item.title)
            cell.setToolTip(item.title)
            self.table.setItem(row, 0, cell)
            self.table.setItem(row, 1, QTableWidgetItem())
            combo = QComboBox(self.table)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.errors = QLabel(self)
        self.errors.setProperty("role", "error")
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.addButton(HelpButton(self, "handover"), QDialogButtonBox.ButtonRole.HelpRole)
        self.buttons.accepted.connect(self.hand_over)
        self.buttons.rejected.connect(self.reject)
        self.apply_all.clicked.connect(self._apply_to_all)
        form = QFormLayout()
        self.date_label = QLabel(self)
        self.note_label = QLabel(self)
        form.addRow(self.date_label, self.handed_on)
        form.addRow(self.note_label, self.note)
        everyone = QHBoxLayout()
        self.everyone_label = QLabel(self)
        everyone.addWidget(self.everyone_label)
        everyone.addWidget(self.everyone, 1)
        everyone.addWidget(self.apply_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(everyone)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        if ops.read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.retranslate_ui()
        # Each item goes to the agreement's other officer where there is one, else stays open.
        for item, combo in zip(self.items, self.combos, strict=True):
            if item.kind == "responsible" and item.other_officer_id is not None:
                combo.setCurrentIndex(max(0, combo.findData(item.other_officer_id)))
            elif item.kind == "commitment":
                agreement = ops.service.agreement(item.agreement_id)
                if agreement.responsible_officer_id != officer_id:
                    combo.setCurrentIndex(max(0, combo.findData(agreement.responsible_officer_id)))

    def _fill(self, combo: QComboBox, none_text: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none_text, None)
        for officer_id, name, status in self.ops.service.officer_choices():
            if status is OfficerStatus.ACTIVE and officer_id != self.officer.id:
                combo.addItem(name, officer_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _apply_to_all(self) -> None:
        chosen = self.everyone.currentData()
        if chosen is None:
            return
        for item, combo in zip(self.items, self.combos, strict=True):
            if item.kind == "deputy" and item.other_officer_id == chosen:
                continue  # would be deputy to themselves: left for the officer to decide
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def handover(self) -> Handover:
        return Handover(
            officer_id=int(self.officer.id or 0),
            handed_on=self.handed_on.value(),
            successors={
                (item.kind, item.id): combo.currentData()
                for item, combo in zip(self.items, self.combos, strict=True)
            },
            note=self.note.text(),
        )

    def _show(self, errors: list[FieldError]) -> None:
        self.errors.setText("\n".join(error.render(translate) for error in errors))
        self.errors.setVisible(bool(errors))

    def hand_over(self) -> None:
        if self.ops.read_only or first_unreadable_date(self) is not None:
            return  # the date field says what to correct
        try:
            self.handover_id = self.ops.hand_over(self.handover())
        except ValidationFailed as failure:
            self._show(failure.errors)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Handed over"),
            self.tr(
                "Everything %1 held now has a successor, and the handover is recorded. Save the "
                "handover dossier for the successors now?"
            ).replace("%1", self.officer.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            save_dossier(self, self.ops, self.languages, int(self.officer.id or 0))
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Handover: %1").replace("%1", self.officer.name))
        if self.items:
            self.intro.setText(
                self.tr(
                    "%1 is leaving the post. Give each agreement and open commitment below to a "
                    "successor; nothing may stay behind. The officer is then marked as transferred, "
                    "and the handover is kept in the register's history."
                ).replace("%1", self.officer.name)
            )
        else:
            self.intro.setText(
                self.tr(
                    "%1 holds no agreement and no open commitment. The handover only marks the "
                    "officer as transferred and records it."
                ).replace("%1", self.officer.name)
            )
        self.date_label.setText(translate("Field", "Date of the handover") + ":")
        self.handed_on.setAccessibleName(translate("Field", "Date of the handover"))
        self.note_label.setText(translate("Field", "Note") + ":")
        self.note.setPlaceholderText(
            self.tr("e.g. Transferred to the Regional Planning Agency (Bappeda) by decree no. …")
        )
        self.everyone_label.setText(self.tr("Give everything to:"))
        self._fill(self.everyone, self.tr("— choose —"))
        self.apply_all.setText(self.tr("Apply to all"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agreement or commitment"), self.tr("Held as"), self.tr("Successor")]
        )
        roles = {
            "responsible": self.tr("responsible officer"),
            "deputy": self.tr("deputy"),
            "commitment": self.tr("owner of the commitment"),
        }
        for row, (item, combo) in enumerate(zip(self.items, self.combos, strict=True)):
            cell = self.table.item(row, 1)
            if cell is not None:
                cell.setText(roles[item.kind])
            self._fill(
                combo, self.tr("— no deputy —") if item.kind == "deputy" else self.tr("— choose —")
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over"))


def save_dossier(
    parent: QWidget, ops: Operations, languages: LanguageManager, officer_id: int
) -> Path | None:
    # loaded on first use: the window shows sooner (README, Benchmarks)
    from kerjasama_desk.services.reports import handover_dossier

    officer = ops.service.officer(officer_id)
    language, today = languages.language, clock.today()
    return save_report(
        parent,
        ops,
        lambda service: handover_dossier(service, officer_id, language=language, today=today),
        translate("Reports", "%1 - handover dossier.pdf").replace("%1", officer.name),
    )


def save_annual_report(
    parent: QWidget, ops: Operations, languages: LanguageManager, year: int
) -> Path | None:
    # loaded on first use: the window shows sooner (README, Benchmarks)
    from kerjasama_desk.services.annual_report import annual_report

    language, today = languages.language, clock.today()
    return save_report(
        parent,
        ops,
        lambda service: annual_report(service, year, language=language, today=today),
        translate("Reports", "implementation report %1.pdf").replace("%1", str(year)),
    )
