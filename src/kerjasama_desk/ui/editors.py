"""Editors of partners and officers: validated on Save, problems shown under each field in the UI
language; nothing is saved until everything passes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import FieldError, ValidationFailed
from kerjasama_desk.domain.models import (
    Contact,
    Officer,
    Partner,
)
from kerjasama_desk.domain.vocab import (
    Characteristic,
    OfficerStatus,
    PartnerLevel,
)
from kerjasama_desk.formatting import format_number
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui.forms import CountryBox, EditorDialog, _field_label, form_layout
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.widgets import CheckGrid, fit_headings


class PartnerEditor(EditorDialog):
    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        partner_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, languages, parent)
        self.partner = ops.service.partner(partner_id) if partner_id is not None else Partner()
        self.name = QLineEdit(self)
        self.native_name = QLineEdit(self)
        self.country = CountryBox(self)
        self.region = QLineEdit(self)
        self.level = QComboBox(self)
        self.population = QLineEdit(self)
        self.characteristics = CheckGrid(list(Characteristic), columns=3, parent=self)
        self.website = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMinimumHeight(90)
        self.contacts = QTableWidget(0, 6, self)
        self.contacts.verticalHeader().hide()
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setMinimumHeight(110)
        self.add_contact = QPushButton(self)
        self.remove_contact = QPushButton(self)
        self.add_contact.clicked.connect(lambda: self._append_contact(Contact()))
        self.remove_contact.clicked.connect(self._remove_contact)

        left = QWidget(self)
        left_form = form_layout()
        left.setLayout(left_form)
        self.add_row(left_form, "partner.name", self.name)
        self.add_row(left_form, "partner.native_name", self.native_name)
        self.add_row(left_form, "partner.country", self.country)
        self.add_row(left_form, "partner.region", self.region)
        self.add_row(left_form, "partner.level", self.level)
        self.add_row(left_form, "partner.population", self.population)
        self.add_row(left_form, "partner.website", self.website)
        self.add_row(left_form, "partner.characteristics", self.characteristics)
        right = QWidget(self)
        right_form = form_layout()
        right.setLayout(right_form)
        self.add_row(right_form, "partner.notes", self.notes)
        contacts_box = QWidget(self)
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.setContentsMargins(0, 0, 0, 0)
        contacts_layout.addWidget(self.contacts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_contact)
        buttons.addWidget(self.remove_contact)
        buttons.addStretch(1)
        contacts_layout.addLayout(buttons)
        self.add_row(right_form, "partner.contacts", contacts_box)

        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.history import HistoryView

        self.history_box = QGroupBox(self)
        self.history = HistoryView(ops, languages, "partners", partner_id, self.history_box)
        QVBoxLayout(self.history_box).addWidget(self.history)
        left_column = QVBoxLayout()
        left_column.addWidget(left)
        left_column.addWidget(self.history_box, 1)
        # The partner's documents: the texts, letters, minutes and notices of its process.
        from kerjasama_desk.ui.agreement_drafts import AgreementDraftsBox  # as the history

        self.documents_box = QGroupBox(self)
        self.documents = AgreementDraftsBox(
            ops, languages, None, self.documents_box, partner_id=partner_id
        )
        QVBoxLayout(self.documents_box).addWidget(self.documents)
        self.documents_box.setVisible(partner_id is not None)
        right_column = QVBoxLayout()
        right_column.addWidget(right, 3)
        right_column.addWidget(self.documents_box, 2)
        columns = QHBoxLayout()
        columns.addLayout(left_column, 4)
        columns.addLayout(right_column, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(1220, 660)

        self.watch(
            self.name.textChanged,
            self.native_name.textChanged,
            self.country.currentTextChanged,
            self.region.textChanged,
            self.population.textChanged,
            self.website.textChanged,
            self.notes.textChanged,
            self.contacts.itemChanged,
        )
        self.retranslate_ui()
        self._load(self.partner)

    def _load(self, partner: Partner) -> None:
        self.name.setText(partner.name)
        self.native_name.setText(partner.native_name)
        self.country.set_code(partner.country)
        self.region.setText(partner.region)
        self.level.setCurrentIndex(self.level.findData(partner.level))
        self.population.setText(
            format_number(partner.population, self.languages.language)
            if partner.population is not None
            else ""
        )
        self.characteristics.set_checked(partner.characteristics)
        self.website.setText(partner.website)
        self.notes.setPlainText(partner.notes)
        for contact in partner.contacts:
            self._append_contact(contact)

    _CONTACT_FIELDS = ("person", "title", "organisation", "email", "phone", "languages")

    def _append_contact(self, contact: Contact) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, name in enumerate(self._CONTACT_FIELDS):
            item = QTableWidgetItem(getattr(contact, name))
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, (contact.id, contact.uuid))
            self.contacts.setItem(row, column, item)
        if contact.id is None:
            self.contacts.setCurrentCell(row, 0)
            first = self.contacts.item(row, 0)
            if first is not None:
                self.contacts.editItem(first)

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)
            self._changed()

    def _population(self) -> tuple[int | None, bool]:
        text = "".join(self.population.text().split()).replace(".", "").replace(",", "")
        if not text:
            return None, True
        try:
            return int(text), True
        except ValueError:
            return None, False

    def collect(self) -> Partner:
        contacts = []
        for row in range(self.contacts.rowCount()):
            cells = [self.contacts.item(row, column) for column in range(len(self._CONTACT_FIELDS))]
            values: dict[str, str] = {
                name: cell.text() if cell is not None else ""
                for name, cell in zip(self._CONTACT_FIELDS, cells, strict=True)
            }
            first = self.contacts.item(row, 0)
            contact_id, contact_uuid = (
                first.data(Qt.ItemDataRole.UserRole) if first else None
            ) or (None, None)
            if not any(value.strip() for value in values.values()):
                continue  # an untouched new row
            contacts.append(
                Contact(
                    id=contact_id,
                    uuid=contact_uuid,
                    person=values["person"],
                    title=values["title"],
                    organisation=values["organisation"],
                    email=values["email"],
                    phone=values["phone"],
                    languages=values["languages"],
                )
            )
        population, _ = self._population()
        return Partner(
            id=self.partner.id,
            uuid=self.partner.uuid,
            name=self.name.text(),
            native_name=self.native_name.text(),
            country=self.country.code(),
            region=self.region.text(),
            level=PartnerLevel(self.level.currentData() or PartnerLevel.CITY),
            population=population,
            characteristics=[Characteristic(str(c)) for c in self.characteristics.checked()],
            website=self.website.text(),
            notes=self.notes.toPlainText(),
            contacts=contacts,
        )

    def _form_errors(self) -> list[FieldError]:
        _, ok = self._population()
        return [] if ok else [FieldError("partner.population", "not_a_number")]

    def check(self, record: Partner) -> list[FieldError]:
        return self._form_errors() + self.ops.service.check_partner(record)

    def store(self, record: Partner) -> int:
        form_errors = self._form_errors()
        if form_errors:
            raise ValidationFailed(form_errors + self.ops.service.check_partner(record))
        return self.ops.save_partner(record)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        language = self.languages.language
        self.history_box.setTitle(self.tr("History of changes"))
        self.documents_box.setTitle(self.tr("Documents: agreement texts, letters, minutes"))
        self.setWindowTitle(
            self.tr("New partner")
            if self.partner.id is None
            else self.tr("Partner: {name}").format(name=self.partner.name)
        )
        self.country.set_language(language)
        current = self.level.currentData()
        self.level.clear()
        for level in PartnerLevel:
            self.level.addItem(level.label(language), level)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.characteristics.set_language(language)
        self.name.setPlaceholderText(self.tr("e.g. Beihai"))
        self.native_name.setPlaceholderText(self.tr("e.g. 北海市"))
        self.population.setPlaceholderText(self.tr("e.g. 1580000"))
        self.website.setPlaceholderText("https://")
        self.contacts.setHorizontalHeaderLabels(
            [_field_label(f"contact.{name}") for name in self._CONTACT_FIELDS]
        )
        fit_headings(self.contacts)
        self.add_contact.setText(self.tr("Add contact"))
        self.remove_contact.setText(self.tr("Remove contact"))


class OfficerEditor(EditorDialog):
    help_section = "handover"

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        officer_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, languages, parent)
        self.officer = ops.service.officer(officer_id) if officer_id is not None else Officer()
        self.name = QLineEdit(self)
        self.nip = QLineEdit(self)
        self.position = QLineEdit(self)
        self.unit = QLineEdit(self)
        self.status = QComboBox(self)
        body = QWidget(self)
        form = form_layout()
        body.setLayout(form)
        self.add_row(form, "officer.name", self.name)
        self.add_row(form, "officer.nip", self.nip)
        self.add_row(form, "officer.position", self.position)
        self.add_row(form, "officer.unit", self.unit)
        self.add_row(form, "officer.status", self.status)
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.history import HistoryView

        self.history_box = QGroupBox(self)
        self.history = HistoryView(ops, languages, "officers", officer_id, self.history_box)
        QVBoxLayout(self.history_box).addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addWidget(self.history_box, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 600)
        self.watch(
            self.name.textChanged,
            self.nip.textChanged,
            self.position.textChanged,
            self.unit.textChanged,
        )
        self.retranslate_ui()
        self.name.setText(self.officer.name)
        self.nip.setText(self.officer.nip)
        self.position.setText(self.officer.position)
        self.unit.setText(self.officer.unit)
        self.status.setCurrentIndex(self.status.findData(self.officer.status))

    def collect(self) -> Officer:
        return Officer(
            id=self.officer.id,
            uuid=self.officer.uuid,
            name=self.name.text(),
            nip=self.nip.text(),
            position=self.position.text(),
            unit=self.unit.text(),
            status=OfficerStatus(self.status.currentData() or OfficerStatus.ACTIVE),
        )

    def check(self, record: Officer) -> list[FieldError]:
        return self.ops.service.check_officer(record)

    def store(self, record: Officer) -> int:
        return self.ops.save_officer(record)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        language = self.languages.language
        self.history_box.setTitle(self.tr("History of changes"))
        self.setWindowTitle(
            self.tr("New officer")
            if self.officer.id is None
            else self.tr("Officer: {name}").format(name=self.officer.name)
        )
        current = self.status.currentData()
        self.status.clear()
        for status in OfficerStatus:
            self.status.addItem(status.label(language), status)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.nip.setPlaceholderText(self.tr("18 digits, optional"))
