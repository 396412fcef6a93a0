"""Official trips abroad of an agreement (a tab of its editor), the trip editor with the travel
rules' checks under each field, and "Trip made": its follow-up plan becomes commitments."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import FieldError, RecordNotFound, ValidationFailed
from kerjasama_desk.domain.travel import RULES, Trip
from kerjasama_desk.domain.vocab import TripPurpose, TripStatus
from kerjasama_desk.formatting import format_date
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.forms import EditorDialog, form_layout
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.record_box import RecordBox
from kerjasama_desk.ui.widgets import OptionalDateEdit


class TripEditor(EditorDialog):
    help_section = "follow-up"

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int,
        trip_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, languages, parent)
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.travel import trip

        self.agreement = ops.service.agreement(agreement_id)
        self.trip, rules = (
            trip(ops.service, trip_id)
            if trip_id is not None
            else (Trip(agreement_id=agreement_id), "pdln_2024")
        )
        self.rules = QComboBox(self)
        self.purpose = QComboBox(self)
        self.destination = QLineEdit(self)
        self.departs_on = OptionalDateEdit(self)
        self.returns_on = OptionalDateEdit(self)
        self.delegation = QPlainTextEdit(self)
        self.delegation.setMaximumHeight(90)
        self.requested_on = OptionalDateEdit(self)
        self.terms_of_reference = QLineEdit(self)
        self.host_confirmed = QCheckBox(self)
        self.follow_up_plan = QPlainTextEdit(self)
        self.follow_up_plan.setMaximumHeight(90)
        self.status = QComboBox(self)
        body = QWidget(self)
        form = form_layout()
        body.setLayout(form)
        for key, widget in (
            ("trip.rules", self.rules),
            ("trip.purpose", self.purpose),
            ("trip.destination", self.destination),
            ("trip.departs_on", self.departs_on),
            ("trip.returns_on", self.returns_on),
            ("trip.delegation", self.delegation),
            ("trip.requested_on", self.requested_on),
            ("trip.terms_of_reference", self.terms_of_reference),
            ("trip.host_confirmed", self.host_confirmed),
            ("trip.follow_up_plan", self.follow_up_plan),
            ("trip.status", self.status),
        ):
            self.add_row(form, key, widget)
        self.basis = QLabel(self)
        self.basis.setProperty("role", "muted")
        self.basis.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.basis)
        layout.addWidget(body, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self.retranslate_ui()
        item = self.trip
        self.rules.setCurrentIndex(max(0, self.rules.findData(rules)))
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(item.purpose.value)))
        self.destination.setText(item.destination)
        self.departs_on.set_value(item.departs_on)
        self.returns_on.set_value(item.returns_on)
        self.delegation.setPlainText("\n".join(item.delegation))
        self.requested_on.set_value(item.requested_on)
        self.terms_of_reference.setText(item.terms_of_reference)
        self.host_confirmed.setChecked(item.host_confirmed)
        self.follow_up_plan.setPlainText(item.follow_up_plan)
        self.status.setCurrentIndex(max(0, self.status.findData(item.status.value)))
        self.rules.currentIndexChanged.connect(self._show_basis)
        self._show_basis()
        self.watch(
            self.rules.currentIndexChanged,
            self.purpose.currentIndexChanged,
            self.destination.textChanged,
            self.departs_on.changed,
            self.returns_on.changed,
            self.delegation.textChanged,
            self.requested_on.changed,
            self.terms_of_reference.textChanged,
            self.host_confirmed.toggled,
            self.follow_up_plan.textChanged,
            self.status.currentIndexChanged,
        )

    def _show_basis(self, *_: object) -> None:
        language = self.languages.language
        rules = RULES[str(self.rules.currentData() or "pdln_2024")]
        self.basis.setText(
            self.tr("Checked against: %1 (%2).")
            .replace("%1", rules.name.in_language(language))
            .replace("%2", rules.basis.in_language(language))
        )

    def collect(self) -> Trip:
        return replace(
            self.trip,
            purpose=TripPurpose(self.purpose.currentData()),
            destination=self.destination.text(),
            departs_on=self.departs_on.value(),
            returns_on=self.returns_on.value(),
            delegation=self.delegation.toPlainText().splitlines(),
            requested_on=self.requested_on.value(),
            terms_of_reference=self.terms_of_reference.text(),
            host_confirmed=self.host_confirmed.isChecked(),
            follow_up_plan=self.follow_up_plan.toPlainText(),
            status=TripStatus(self.status.currentData()),
        )

    def check(self, record: Trip) -> list[FieldError]:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.travel import check_trip

        return check_trip(self.ops.service, record, str(self.rules.currentData()))

    def store(self, record: Trip) -> int:
        return self.ops.save_trip(record, str(self.rules.currentData()))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        language = self.languages.language
        self.setWindowTitle(self.tr("Official trip abroad"))
        for combo, members in ((self.purpose, list(TripPurpose)), (self.status, list(TripStatus))):
            current = combo.currentData()
            combo.clear()
            for member in members:
                combo.addItem(member.label(language), member.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        current = self.rules.currentData()
        self.rules.clear()
        for code, rules in RULES.items():
            self.rules.addItem(rules.name.in_language(language), code)
        self.rules.setCurrentIndex(max(0, self.rules.findData(current)))
        self.host_confirmed.setText(self.tr("The host has confirmed in writing"))
        self.terms_of_reference.setPlaceholderText(self.tr("Number or file name of the KAK"))
        self.follow_up_plan.setPlaceholderText(
            self.tr("e.g.\nSend the draft plan of action to Ulsan\nInvite Ulsan's port authority")
        )


class TripsBox(RecordBox):
    WATCHED = frozenset({"trips"})

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, languages, agreement_id, parent, columns=5)
        self.add_button = QPushButton(theme.icon("plus"), "", self)
        self.edit_button = QPushButton(theme.icon("pencil"), "", self)
        self.done_button = QPushButton(self)
        self.letter_button = QPushButton(theme.icon("file-text"), "", self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.trip_made)
        self.letter_button.clicked.connect(self.draft_request)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.finish((self.add_button, self.edit_button, self.done_button, self.letter_button))

    def refresh(self) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.travel import trips

        if self.ops.closed:
            return
        found = trips(self.ops.service, self.agreement_id) if self.agreement_id else []
        language = self.languages.language
        self.table.setRowCount(len(found))
        for row, item in enumerate(found):
            cells = (
                item.destination,
                item.purpose.label(language),
                f"{format_date(item.departs_on, language)} – "
                f"{format_date(item.returns_on, language)}",
                str(len(item.delegation)),
                item.status.label(language),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                cell.setData(Qt.ItemDataRole.UserRole + 1, item.status.value)
                cell.setToolTip("\n".join(item.delegation) if column == 3 else text)
                self.table.setItem(row, column, cell)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.can_write()
        rows = self.table.selectionModel().selectedRows()
        chosen = self.table.item(rows[0].row(), 0) if rows else None
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(chosen is not None)
        planned = chosen is not None and (
            chosen.data(Qt.ItemDataRole.UserRole + 1) == TripStatus.PLANNED.value
        )
        self.done_button.setEnabled(writable and planned)
        self.letter_button.setEnabled(writable and planned)

    def add(self) -> None:
        if self.agreement_id is not None and not self.ops.read_only:
            TripEditor(self.ops, self.languages, self.agreement_id, None, self).exec()

    def edit_selected(self) -> None:
        trip_id = self.current()
        if trip_id is None or self.agreement_id is None:
            return
        try:
            TripEditor(self.ops, self.languages, self.agreement_id, trip_id, self).exec()
        except RecordNotFound:
            self.refresh()

    def draft_request(self) -> None:
        """The PDLN permit request for the chosen trip, in the wizard, filled from the trip
        (docs/letters.md); saved, it is one of the agreement's documents."""
        trip_id = self.current()
        if trip_id is None or self.ops.read_only:
            return
        from kerjasama_desk.ui.wizard.launch import open_draft  # the wizard loads on first use

        open_draft(
            self,
            self.ops,
            self.languages,
            agreement_id=self.agreement_id,
            template_id="letter-pdln",
            trip_id=trip_id,
        )

    def trip_made(self) -> None:
        trip_id = self.current()
        if trip_id is None or self.ops.read_only:
            return
        try:
            added = self.ops.complete_trip(trip_id)
        except ValidationFailed as failure:
            QMessageBox.warning(
                self, self.tr("Trip made"), "\n".join(e.render(translate) for e in failure.errors)
            )
            return
        QMessageBox.information(
            self,
            self.tr("Trip made"),
            self.tr(
                "The trip is marked as made; its follow-up plan is now %n commitment(s) in the "
                "Commitments tab, due three months after the return.",
                "",
                len(added),
            ),
        )

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Official travel abroad (PDLN) under this agreement, checked against the travel "
                "rules. Once made, its follow-up plan becomes commitments."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Destination"),
                self.tr("Purpose"),
                self.tr("Dates"),
                self.tr("Persons"),
                self.tr("Status"),
            ]
        )
        self.add_button.setText(self.tr("Plan a trip…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.done_button.setText(self.tr("Trip made"))
        self.letter_button.setText(self.tr("Permit request letter…"))
        self.letter_button.setToolTip(
            self.tr("Draft the PDLN permit request from this trip: destination, dates, delegation")
        )
        self.refresh()
