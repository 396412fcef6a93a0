"""Editors of what follows a signing: a logged activity and a commitment."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk import clock
from kerjasama_desk.domain.errors import FieldError
from kerjasama_desk.domain.models import (
    Activity,
    Commitment,
)
from kerjasama_desk.domain.vocab import (
    ActivityKind,
    CommitmentStatus,
    CooperationField,
)
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui.forms import EditorDialog, fill_officers, form_layout
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.widgets import OptionalDateEdit


class ActivityEditor(EditorDialog):
    """Logs something that happened under an agreement: the sign of life dormancy looks for."""

    help_section = "follow-up"

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
        self.happened_on.set_value(clock.today())
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
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import check_activity

        return check_activity(record, clock.today())

    def store(self, record: Activity) -> int:
        return self.ops.log_activity(record)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        language = self.languages.language
        title = self.agreement.title(language)
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

    help_section = "follow-up"

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int,
        commitment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, languages, parent)
        # loaded on first use: the window shows sooner (README, Benchmarks)
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
            self.done_on.set_value(clock.today())

    def collect(self) -> Commitment:

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
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import check_commitment

        return check_commitment(self.ops.service, record, clock.today())

    def store(self, record: Commitment) -> int:
        return self.ops.save_commitment(record)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        language = self.languages.language
        title = self.agreement.title(language)
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
