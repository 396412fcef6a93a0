"""Detail editors for partners, agreements and officers, with inline validation messages.

Problems are shown under each field in the UI language when the officer presses Save, and are
re-checked on every change after that. Nothing is written until every field is valid; the save
itself is one transaction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import FieldError, ValidationFailed
from kerjasama_desk.domain.messages import FIELD_LABELS
from kerjasama_desk.domain.models import (
    Activity,
    Agreement,
    Commitment,
    Contact,
    FieldChoice,
    Officer,
    Partner,
)
from kerjasama_desk.domain.vocab import (
    ActivityKind,
    AgreementKind,
    AgreementStage,
    Characteristic,
    CommitmentStatus,
    CooperationField,
    OfficerStatus,
    PartnerLevel,
)
from kerjasama_desk.formatting import countries, country_name, format_date, format_number
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.ui.attachments import AttachmentsBox
from kerjasama_desk.ui.commitments import CommitmentsBox
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.widgets import CheckGrid, FieldErrors, OptionalDateEdit


def _field_label(key: str) -> str:
    return translate("Field", FIELD_LABELS[key])


def fill_officers(combo: QComboBox, ops: Operations, language: str, none_text: str) -> None:
    """The officers to choose from, transferred ones marked so; the choice is kept."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for officer_id, name, status in ops.service.officer_choices():
        suffix = f" ({status.label(language)})" if status is OfficerStatus.TRANSFERRED else ""
        combo.addItem(name + suffix, officer_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class EditorDialog(QDialog):
    """Form rows with error lines under them, Save/Cancel, and live re-validation."""

    def __init__(
        self, ops: Operations, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.errors = FieldErrors()
        self._labels: dict[str, QLabel] = {}
        self._live = False
        self.saved_id: int | None = None
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(150)
        self._recheck.timeout.connect(self._revalidate)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if ops.read_only:
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            save.setEnabled(False)
            save.setToolTip(self.tr("The register is open read-only."))
        self.setModal(True)

    def add_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel(form.parentWidget())
        label.setBuddy(widget)
        error = QLabel(form.parentWidget())
        holder = QWidget(form.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(label, holder)
        self._labels[key] = label
        self.errors.add(key, widget, error)
        widget.setAccessibleName(_field_label(key))

    def watch(self, *signals: Any) -> None:
        for signal in signals:
            signal.connect(self._changed)

    def _changed(self, *_: object) -> None:
        if self._live:
            self._recheck.start()

    def _revalidate(self) -> None:
        self.errors.show(self.check(self.collect()), self.languages.language)

    def save(self) -> None:
        if self.ops.read_only:
            return
        record = self.collect()
        try:
            self.saved_id = self.store(record)
        except ValidationFailed as failure:
            self._show(failure.errors)
            return
        self.accept()

    def _show(self, errors: list[FieldError]) -> None:
        self._live = True
        first = self.errors.show(errors, self.languages.language)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def field_messages(self) -> dict[str, str]:
        """The error lines currently shown, by field (for tests and accessibility)."""
        return self.errors.messages()

    # Subclasses --------------------------------------------------------------------------------

    def collect(self) -> Any:
        raise NotImplementedError

    def check(self, record: Any) -> list[FieldError]:
        raise NotImplementedError

    def store(self, record: Any) -> int:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        for key, label in self._labels.items():
            label.setText(_field_label(key) + ":")
        self.errors.retranslate(self.languages.language)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # An editor left open as its register closes keeps its texts (they would need it).
        if event.type() == event.Type.LanguageChange and not self.ops.closed:
            self.retranslate_ui()
        super().changeEvent(event)


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setVerticalSpacing(6)
    form.setHorizontalSpacing(10)
    return form


class CountryBox(QComboBox):
    """Every country by its name in the UI language; type to find one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_language(self, language: str) -> None:
        code = self.code()
        self.blockSignals(True)
        self.clear()
        for value, name in countries(language):
            self.addItem(name, value)
        self.blockSignals(False)
        self.set_code(code)

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return text.upper() if len(text) == 2 else (text and "?")

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")


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
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
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

        from kerjasama_desk.ui.history import HistoryView

        self.history_box = QGroupBox(self)
        self.history = HistoryView(ops, languages, "partners", partner_id, self.history_box)
        QVBoxLayout(self.history_box).addWidget(self.history)
        left_column = QVBoxLayout()
        left_column.addWidget(left)
        left_column.addWidget(self.history_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left_column, 4)
        columns.addWidget(right, 5)
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
        self.add_contact.setText(self.tr("Add contact"))
        self.remove_contact.setText(self.tr("Remove contact"))


class AgreementEditor(EditorDialog):
    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int | None,
        parent: QWidget | None = None,
        *,
        partner_id: int | None = None,
    ) -> None:
        super().__init__(ops, languages, parent)
        self.agreement = (
            ops.service.agreement(agreement_id)
            if agreement_id is not None
            else Agreement(partner_id=partner_id)
        )
        self._partner_id: int | None = None
        self.partner = QLineEdit(self)
        self._partner_model = QStringListModel(self)
        self._partner_hits: dict[str, int] = {}
        completer = QCompleter(self._partner_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.partner.setCompleter(completer)
        self.partner.textEdited.connect(self._search_partners)
        completer.activated.connect(self._partner_chosen)
        self.kind = QComboBox(self)
        self.parent_agreement = QComboBox(self)
        self.title_id = QLineEdit(self)
        self.title_en = QLineEdit(self)
        self.our_number = QLineEdit(self)
        self.partner_number = QLineEdit(self)
        self.stage = QComboBox(self)
        self.initiated_on = OptionalDateEdit(self)
        self.signed_on = OptionalDateEdit(self)
        self.effective_on = OptionalDateEdit(self)
        self.expires_on = OptionalDateEdit(self)
        self.open_ended = QCheckBox(self)
        self.fields = CheckGrid(list(CooperationField), columns=2, parent=self)
        self.custom_fields = QTableWidget(0, 2, self)
        self.custom_fields.verticalHeader().hide()
        self.custom_fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.custom_fields.setMaximumHeight(70)
        self.add_custom = QPushButton(self)
        self.add_custom.clicked.connect(self._add_custom_row)
        self.responsible = QComboBox(self)
        self.deputy = QComboBox(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMinimumHeight(80)
        self.notes.setMaximumHeight(130)  # the commitments below get the room

        left = QWidget(self)
        left_form = form_layout()
        left.setLayout(left_form)
        self.add_row(left_form, "agreement.partner", self.partner)
        self.add_row(left_form, "agreement.kind", self.kind)
        self.add_row(left_form, "agreement.parent", self.parent_agreement)
        self.add_row(left_form, "agreement.title_id", self.title_id)
        self.add_row(left_form, "agreement.title_en", self.title_en)
        self.add_row(left_form, "agreement.our_number", self.our_number)
        self.add_row(left_form, "agreement.partner_number", self.partner_number)
        self.add_row(left_form, "agreement.stage", self.stage)
        self.add_row(left_form, "agreement.responsible", self.responsible)
        self.add_row(left_form, "agreement.deputy", self.deputy)
        right = QWidget(self)
        right_form = form_layout()
        right.setLayout(right_form)
        self.add_row(right_form, "agreement.initiated_on", self.initiated_on)
        self.add_row(right_form, "agreement.signed_on", self.signed_on)
        self.add_row(right_form, "agreement.effective_on", self.effective_on)
        self.add_row(right_form, "agreement.expires_on", self.expires_on)
        self.add_row(right_form, "agreement.open_ended", self.open_ended)
        fields_box = QWidget(self)
        fields_layout = QVBoxLayout(fields_box)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(self.fields)
        fields_layout.addWidget(self.custom_fields)
        fields_layout.addWidget(self.add_custom, 0, Qt.AlignmentFlag.AlignLeft)
        self.fields_group = QGroupBox(self)
        QVBoxLayout(self.fields_group).addWidget(fields_box)
        self.add_row(right_form, "agreement.notes", self.notes)

        self.attachments = AttachmentsBox(ops, languages, agreement_id, self, in_tab=True)
        self.commitments = CommitmentsBox(ops, languages, agreement_id, self, in_tab=True)
        body = QWidget(self)
        columns = QHBoxLayout(body)
        column_left = QVBoxLayout()
        column_left.addWidget(left)
        column_left.addWidget(self.fields_group)
        column_left.addStretch(1)
        columns.addLayout(column_left, 1)
        column_right = QVBoxLayout()
        column_right.addWidget(right)
        # What follows the signing, side by side under the dates and notes.
        self.follow_up = QTabWidget(self)
        self.follow_up.setUsesScrollButtons(True)  # five tab names must not widen the form
        self.follow_up.addTab(self.commitments, "")
        self.follow_up.addTab(self.attachments, "")
        from kerjasama_desk.ui.gates import ChecklistView
        from kerjasama_desk.ui.history import HistoryView

        self.checklist = ChecklistView(ops, languages, agreement_id, self)
        self.follow_up.addTab(self.checklist, "")
        from kerjasama_desk.ui.travel import TripsBox

        self.trips = TripsBox(ops, languages, agreement_id, self)
        self.follow_up.addTab(self.trips, "")
        self.history = HistoryView(ops, languages, "agreements", agreement_id, self)
        self.follow_up.addTab(self.history, "")
        column_right.addWidget(self.follow_up, 1)
        columns.addLayout(column_right, 1)
        self.errors.add("agreement.fields", self.fields, self._fields_error(fields_layout))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(1220, 660)

        self.kind.currentIndexChanged.connect(self._reload_parents)
        self.open_ended.toggled.connect(
            lambda on: self.expires_on.setEnabled(not on or self.expires_on.value() is not None)
        )
        self.watch(
            self.partner.textChanged,
            self.kind.currentIndexChanged,
            self.parent_agreement.currentIndexChanged,
            self.title_id.textChanged,
            self.title_en.textChanged,
            self.our_number.textChanged,
            self.partner_number.textChanged,
            self.initiated_on.changed,
            self.signed_on.changed,
            self.effective_on.changed,
            self.expires_on.changed,
            self.open_ended.toggled,
            self.responsible.currentIndexChanged,
            self.deputy.currentIndexChanged,
            self.notes.textChanged,
            self.custom_fields.itemChanged,
        )
        self.retranslate_ui()
        self._load(self.agreement)

    def _fields_error(self, layout: QVBoxLayout) -> QLabel:
        label = QLabel(self)
        layout.addWidget(label)
        return label

    def _load(self, agreement: Agreement) -> None:
        if agreement.partner_id is not None:
            partner = self.ops.service.partner(agreement.partner_id)
            self._set_partner(
                partner.id, self._partner_text(partner.name, partner.native_name, partner.country)
            )
        self.kind.setCurrentIndex(self.kind.findData(agreement.kind))
        self._reload_parents()
        self.parent_agreement.setCurrentIndex(
            max(0, self.parent_agreement.findData(agreement.parent_id))
        )
        self.title_id.setText(agreement.title_id)
        self.title_en.setText(agreement.title_en)
        self.our_number.setText(agreement.our_number)
        self.partner_number.setText(agreement.partner_number)
        self.stage.setCurrentIndex(self.stage.findData(agreement.stage))
        self.initiated_on.set_value(agreement.initiated_on)
        self.signed_on.set_value(agreement.signed_on)
        self.effective_on.set_value(agreement.effective_on)
        self.expires_on.set_value(agreement.expires_on)
        self.open_ended.setChecked(agreement.open_ended)
        self.fields.set_checked(c.standard for c in agreement.fields if c.standard)
        for choice in agreement.fields:
            if choice.standard is None:
                self._add_custom_row(choice.custom_id, choice.custom_en)
        self.responsible.setCurrentIndex(
            max(0, self.responsible.findData(agreement.responsible_officer_id))
        )
        self.deputy.setCurrentIndex(max(0, self.deputy.findData(agreement.deputy_officer_id)))
        self.notes.setPlainText(agreement.notes)

    def _partner_text(self, name: str, native: str, country: str) -> str:
        label = f"{name} ({native})" if native else name
        return f"{label} — {country_name(country, self.languages.language)}"

    def _search_partners(self, text: str) -> None:
        self._partner_id = None
        hits = self.ops.service.pick_partners(text)
        self._partner_hits = {self._partner_text(n, native, c): pid for pid, n, native, c in hits}
        self._partner_model.setStringList(list(self._partner_hits))
        exact = self._partner_hits.get(text)
        if exact is not None:
            self._partner_id = exact

    def _partner_chosen(self, text: str) -> None:
        if text in self._partner_hits:
            self._set_partner(self._partner_hits[text], text)

    def _set_partner(self, partner_id: int | None, text: str) -> None:
        self._partner_id = partner_id
        self.partner.setText(text)
        self._reload_parents()

    def _reload_parents(self) -> None:
        current = self.parent_agreement.currentData()
        self.parent_agreement.blockSignals(True)
        self.parent_agreement.clear()
        self.parent_agreement.addItem(self.tr("— none —"), None)
        if self._partner_id is not None:
            language = self.languages.language
            for summary in self.ops.service.parent_choices(
                self._partner_id, exclude_id=self.agreement.id
            ):
                title = (
                    summary.title_id if language == "id" else (summary.title_en or summary.title_id)
                )
                signed = format_date(summary.signed_on, language)
                suffix = f", {signed}" if signed else ""
                self.parent_agreement.addItem(
                    f"{summary.kind.abbreviation}: {title}{suffix}", summary.id
                )
        self.parent_agreement.setCurrentIndex(max(0, self.parent_agreement.findData(current)))
        self.parent_agreement.blockSignals(False)

    def _add_custom_row(self, custom_id: str = "", custom_en: str = "") -> None:
        row = self.custom_fields.rowCount()
        self.custom_fields.insertRow(row)
        self.custom_fields.setItem(row, 0, QTableWidgetItem(custom_id or ""))
        self.custom_fields.setItem(row, 1, QTableWidgetItem(custom_en or ""))

    def collect(self) -> Agreement:
        fields = [FieldChoice(standard=CooperationField(str(f))) for f in self.fields.checked()]
        for row in range(self.custom_fields.rowCount()):
            cells = [self.custom_fields.item(row, c) for c in (0, 1)]
            custom_id, custom_en = (cell.text() if cell else "" for cell in cells)
            if custom_id.strip() or custom_en.strip():
                fields.append(FieldChoice(custom_id=custom_id, custom_en=custom_en))
        return Agreement(
            id=self.agreement.id,
            uuid=self.agreement.uuid,
            partner_id=self._partner_id,
            kind=AgreementKind(self.kind.currentData() or AgreementKind.MOU),
            parent_id=self.parent_agreement.currentData(),
            title_id=self.title_id.text(),
            title_en=self.title_en.text(),
            our_number=self.our_number.text(),
            partner_number=self.partner_number.text(),
            stage=AgreementStage(self.stage.currentData() or AgreementStage.INITIATIVE),
            initiated_on=self.initiated_on.value(),
            signed_on=self.signed_on.value(),
            effective_on=self.effective_on.value(),
            expires_on=self.expires_on.value(),
            open_ended=self.open_ended.isChecked(),
            fields=fields,
            responsible_officer_id=self.responsible.currentData(),
            deputy_officer_id=self.deputy.currentData(),
            notes=self.notes.toPlainText(),
        )

    def check(self, record: Agreement) -> list[FieldError]:
        return self.ops.service.check_agreement(record)

    def store(self, record: Agreement) -> int:
        """Saves through the pipeline gates: with checklist items missing, asks whether to move
        on anyway (with a reason) or to go back to the form, which keeps what was typed."""
        from kerjasama_desk.domain.errors import GateBlocked
        from kerjasama_desk.ui.gates import GateOverrideDialog

        try:
            return self.ops.save_agreement(record)
        except GateBlocked as blocked:
            dialog = GateOverrideDialog(blocked, self.languages.language, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                raise ValidationFailed(
                    [FieldError("agreement.stage", "gate_blocked", {"count": len(blocked.missing)})]
                ) from blocked
            return self.ops.save_agreement(record, override_reason=dialog.reason.toPlainText())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        language = self.languages.language
        self.setWindowTitle(
            self.tr("New agreement")
            if self.agreement.id is None
            else self.tr("Agreement: {title}").format(title=self.agreement.title_id)
        )
        for combo, members in (
            (self.kind, list(AgreementKind)),
            (self.stage, list(AgreementStage)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for member in members:
                label = member.label(language)
                if isinstance(member, AgreementStage):
                    label = f"{member.position}. {label}"
                combo.addItem(label, member)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        for combo in (self.responsible, self.deputy):
            fill_officers(combo, self.ops, language, self.tr("— none —"))
        self.fields.set_language(language)
        self.fields_group.setTitle(_field_label("agreement.fields"))
        self.follow_up.setTabText(0, self.tr("Commitments"))
        self.follow_up.setTabText(1, self.tr("Attached files"))
        self.follow_up.setTabText(2, self.tr("Checklist"))
        self.follow_up.setTabText(3, self.tr("Trips"))
        self.follow_up.setTabText(4, self.tr("History"))
        self.custom_fields.setHorizontalHeaderLabels(
            [self.tr("Other field (Indonesian)"), self.tr("Other field (English)")]
        )
        self.add_custom.setText(self.tr("Add another field"))
        self.open_ended.setText(self.tr("No expiry date (open-ended)"))
        self.partner.setPlaceholderText(self.tr("Type part of the partner's name…"))
        self.title_id.setPlaceholderText(self.tr("e.g. Memorandum Saling Pengertian tentang …"))
        self.title_en.setPlaceholderText(self.tr("e.g. Memorandum of Understanding on …"))
        if self._partner_id is not None:
            partner = self.ops.service.partner(self._partner_id)
            self.partner.setText(
                self._partner_text(partner.name, partner.native_name, partner.country)
            )
        self._reload_parents()


class OfficerEditor(EditorDialog):
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


class ActivityEditor(EditorDialog):
    """Logs something that happened under an agreement: the sign of life dormancy looks for."""

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, languages, parent)
        self.agreement = ops.service.agreement(agreement_id)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setProperty("role", "muted")
        self.happened_on = OptionalDateEdit(self)
        self.happened_on.set_value(date.today())
        self.kind = QComboBox(self)
        self.field = QComboBox(self)
        self.description = QPlainTextEdit(self)
        self.description.setMinimumHeight(70)
        self.participants = QPlainTextEdit(self)
        self.participants.setMaximumHeight(60)
        self.outcome = QPlainTextEdit(self)
        self.outcome.setMinimumHeight(60)
        body = QWidget(self)
        form = form_layout()
        body.setLayout(form)
        self.add_row(form, "activity.happened_on", self.happened_on)
        self.add_row(form, "activity.kind", self.kind)
        self.add_row(form, "activity.field", self.field)
        self.add_row(form, "activity.description", self.description)
        self.add_row(form, "activity.participants", self.participants)
        self.add_row(form, "activity.outcome", self.outcome)
        self.evidence = QComboBox(self)
        self.add_row(form, "activity.evidence", self.evidence)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(body, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self.watch(self.happened_on.changed, self.description.textChanged)
        self.retranslate_ui()
        self.description.setFocus()

    def collect(self) -> Activity:
        field = self.field.currentData()
        return Activity(
            agreement_id=self.agreement.id,
            happened_on=self.happened_on.value(),
            field=CooperationField(field) if field else None,
            kind=str(self.kind.currentData() or ActivityKind.OTHER),
            description=self.description.toPlainText().strip(),
            participants=self.participants.toPlainText().strip(),
            outcome=self.outcome.toPlainText().strip(),
            evidence_id=self.evidence.currentData(),
        )

    def check(self, record: Activity) -> list[FieldError]:
        from kerjasama_desk.services.followup import check_activity

        return check_activity(record, date.today())

    def store(self, record: Activity) -> int:
        return self.ops.log_activity(record)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        language = self.languages.language
        title = (
            self.agreement.title_id
            if language == "id"
            else (self.agreement.title_en or self.agreement.title_id)
        )
        self.setWindowTitle(self.tr("Log an activity"))
        self.heading.setText(
            self.tr(
                "Under “%1”. A logged activity is the agreement's latest sign of life: the dashboard "
                "counts dormancy from it."
            ).replace("%1", title)
        )
        kind, field = self.kind.currentData(), self.field.currentData()
        self.kind.clear()
        for activity_kind in ActivityKind:
            self.kind.addItem(activity_kind.label(language), activity_kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind or ActivityKind.MEETING)))
        self.field.clear()
        self.field.addItem(self.tr("(not one field)"), None)
        chosen = [f.standard for f in self.agreement.fields if f.standard] or list(CooperationField)
        for member in chosen:
            self.field.addItem(member.label(language), member.value)
        self.field.setCurrentIndex(max(0, self.field.findData(field)))
        evidence = self.evidence.currentData()
        self.evidence.clear()
        self.evidence.addItem(
            self.tr("(none; attach the minutes or photos to the agreement first)"), None
        )
        for attachment in self.ops.attachments.of(int(self.agreement.id or 0)):
            self.evidence.addItem(attachment.description or attachment.name, attachment.id)
        self.evidence.setCurrentIndex(max(0, self.evidence.findData(evidence)))


class CommitmentEditor(EditorDialog):
    """What was promised under an agreement, who sees it through and by when; done with its
    evidence, or dropped with the reason."""

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int,
        commitment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, languages, parent)
        from kerjasama_desk.services.followup import commitment

        self.agreement = ops.service.agreement(agreement_id)
        self.commitment = (
            commitment(ops.service, commitment_id)
            if commitment_id is not None
            else Commitment(
                agreement_id=agreement_id, owner_id=self.agreement.responsible_officer_id
            )
        )
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setProperty("role", "muted")
        self.title = QLineEdit(self)
        self.owner = QComboBox(self)
        self.due_on = OptionalDateEdit(self)
        self.status = QComboBox(self)
        self.done_on = OptionalDateEdit(self)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setMaximumHeight(80)
        self.field = QComboBox(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)
        body = QWidget(self)
        form = form_layout()
        body.setLayout(form)
        self.add_row(form, "commitment.title", self.title)
        self.add_row(form, "commitment.owner", self.owner)
        self.add_row(form, "commitment.due_on", self.due_on)
        self.add_row(form, "commitment.field", self.field)
        self.add_row(form, "commitment.status", self.status)
        self.add_row(form, "commitment.done_on", self.done_on)
        self.add_row(form, "commitment.evidence", self.evidence)
        self.add_row(form, "commitment.notes", self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(body, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.retranslate_ui()
        item = self.commitment
        self.title.setText(item.title)
        self.owner.setCurrentIndex(max(0, self.owner.findData(item.owner_id)))
        self.due_on.set_value(item.due_on)
        self.status.setCurrentIndex(max(0, self.status.findData(item.status.value)))
        self.done_on.set_value(item.done_on)
        self.evidence.setPlainText(item.evidence)
        self.field.setCurrentIndex(
            max(0, self.field.findData(item.field.value if item.field else None))
        )
        self.notes.setPlainText(item.notes)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.watch(
            self.title.textChanged,
            self.owner.currentIndexChanged,
            self.due_on.changed,
            self.status.currentIndexChanged,
            self.done_on.changed,
            self.evidence.textChanged,
        )
        self.title.setFocus()

    def _status_changed(self, *_: object) -> None:
        done = self.status.currentData() == CommitmentStatus.DONE.value
        self.done_on.setEnabled(done)
        if done and self.done_on.value() is None:
            self.done_on.set_value(date.today())

    def collect(self) -> Commitment:
        from dataclasses import replace

        field = self.field.currentData()
        return replace(
            self.commitment,
            title=self.title.text(),
            owner_id=self.owner.currentData(),
            due_on=self.due_on.value(),
            status=CommitmentStatus(self.status.currentData() or CommitmentStatus.OPEN.value),
            done_on=self.done_on.value(),
            evidence=self.evidence.toPlainText(),
            field=CooperationField(field) if field else None,
            notes=self.notes.toPlainText(),
        )

    def check(self, record: Commitment) -> list[FieldError]:
        from kerjasama_desk.services.followup import check_commitment

        return check_commitment(self.ops.service, record, date.today())

    def store(self, record: Commitment) -> int:
        return self.ops.save_commitment(record)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        language = self.languages.language
        title = (
            self.agreement.title_id
            if language == "id"
            else (self.agreement.title_en or self.agreement.title_id)
        )
        self.setWindowTitle(
            self.tr("New commitment") if self.commitment.id is None else self.tr("Commitment")
        )
        self.heading.setText(
            self.tr(
                "Under “%1”. Open commitments past their due date are listed on the dashboard "
                "until they are done or dropped."
            ).replace("%1", title)
        )
        fill_officers(self.owner, self.ops, language, self.tr("— choose —"))
        status = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        for member in CommitmentStatus:
            self.status.addItem(member.label(language), member.value)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.status.blockSignals(False)
        field = self.field.currentData()
        self.field.clear()
        self.field.addItem(self.tr("(not one field)"), None)
        chosen = [f.standard for f in self.agreement.fields if f.standard] or list(CooperationField)
        for area in chosen:
            self.field.addItem(area.label(language), area.value)
        self.field.setCurrentIndex(max(0, self.field.findData(field)))
        self.title.setPlaceholderText(
            self.tr("e.g. Joint working group meeting in Beihai; student exchange of 10 pupils")
        )
        self.evidence.setPlaceholderText(
            self.tr(
                "Minutes, letter numbers, photos attached to the agreement; or why it was dropped"
            )
        )
