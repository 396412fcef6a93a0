"""The agreement editor: the record, its fields and stage, with tabs for its files, commitments,
checklist, trips and history."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
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

from kerjasama_desk.domain.errors import FieldError, GateBlocked, ValidationFailed
from kerjasama_desk.domain.models import (
    Agreement,
    FieldChoice,
)
from kerjasama_desk.domain.vocab import (
    AgreementKind,
    AgreementStage,
    CooperationField,
)
from kerjasama_desk.formatting import country_name, format_date
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui.attachments import AttachmentsBox
from kerjasama_desk.ui.commitments import CommitmentsBox
from kerjasama_desk.ui.forms import EditorDialog, _field_label, fill_officers, form_layout
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.widgets import CheckGrid, OptionalDateEdit


class AgreementEditor(EditorDialog):
    help_section = "pipeline"

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
        self.custom_fields.setMaximumHeight(58)
        self.add_custom = QPushButton(self)
        self.add_custom.clicked.connect(self._add_custom_row)
        self.responsible = QComboBox(self)
        self.deputy = QComboBox(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMinimumHeight(64)
        self.notes.setMaximumHeight(96)  # the commitments below get the room

        left = QWidget(self)
        left_form = form_layout()
        left_form.setVerticalSpacing(4)
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
        group_layout = QVBoxLayout(self.fields_group)
        group_layout.setContentsMargins(8, 6, 8, 6)
        group_layout.addWidget(fields_box)
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
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.gates import ChecklistView
        from kerjasama_desk.ui.history import HistoryView

        self.checklist = ChecklistView(ops, languages, agreement_id, self)
        self.follow_up.addTab(self.checklist, "")
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.travel import TripsBox

        self.trips = TripsBox(ops, languages, agreement_id, self)
        self.follow_up.addTab(self.trips, "")
        self.history = HistoryView(ops, languages, "agreements", agreement_id, self)
        self.follow_up.addTab(self.history, "")
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.agreement_drafts import AgreementDraftsBox

        self.drafts = AgreementDraftsBox(ops, languages, agreement_id, self)
        self.follow_up.addTab(self.drafts, "")
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
        for title in (self.title_id, self.title_en):
            title.setCursorPosition(0)  # a long title shows its beginning, not its end
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
                title = summary.title(language)
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
        # loaded on first use: the window shows sooner (README, Benchmarks)
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
            else self.tr("Agreement: {title}").format(
                title=self.agreement.title(self.languages.language)
            )
        )
        for combo, members in (
            (self.kind, list(AgreementKind)),
            (self.stage, list(AgreementStage)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for member in members:
                label = (
                    member.numbered_label(language)
                    if isinstance(member, AgreementStage)
                    else member.label(language)
                )
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
        self.follow_up.setTabText(5, self.tr("Documents"))
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
