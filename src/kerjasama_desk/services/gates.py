"""Pipeline gates in use: the checklist of an agreement, recording its items (with a letter
number, a date and one of the agreement's attached files), and saving an agreement that moves
forward — refused while items of the stages it passes are missing, unless a reason is given,
which is kept with the agreement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kerjasama_desk.domain.errors import FieldError, GateBlocked, ValidationFailed
from kerjasama_desk.domain.gates import CHECKLISTS, GateItem, GateRecord, missing
from kerjasama_desk.domain.models import Agreement
from kerjasama_desk.domain.validation import SHORT_TEXT_LIMIT, normalise_space
from kerjasama_desk.services.register import RegisterService


def checklist(service: RegisterService, agreement_id: int) -> list[tuple[GateItem, GateRecord]]:
    """Every checklist item, in pipeline order, with what is on record for the agreement."""
    records = service.register.gates.records(agreement_id)
    return [(item, records.get(item.code, GateRecord(item.code))) for item in CHECKLISTS]


def record_item(
    service: RegisterService, agreement_id: int, record: GateRecord, today: date
) -> None:
    """Records one checklist item (one transaction)."""
    record = replace(record, reference=normalise_space(record.reference), note=record.note.strip())
    errors = []
    if record.code not in {item.code for item in CHECKLISTS}:
        raise ValueError(record.code)
    if len(record.reference) > SHORT_TEXT_LIMIT:
        errors.append(
            FieldError(
                "gate.reference",
                "too_long",
                {"length": len(record.reference), "limit": SHORT_TEXT_LIMIT},
            )
        )
    if record.dated is not None and record.dated > today:
        errors.append(
            FieldError("gate.dated", "done_in_future", {"value": record.dated, "today": today})
        )
    if errors:
        raise ValidationFailed(errors)
    with service.register.transaction():
        service.agreement(agreement_id)  # RecordNotFound when it went meanwhile
        if record.attachment_id is not None:
            attachment = service.register.attachments.get(record.attachment_id)
            if attachment is None or attachment.agreement_id != agreement_id:
                raise ValueError("the file belongs to another agreement")
        service.register.gates.put(agreement_id, record)


def gaps(service: RegisterService, agreement: Agreement) -> list[GateItem]:
    """What an agreement being saved would leave undone (nothing for a new one)."""
    if agreement.id is None:
        return []
    old = service.agreement(agreement.id)
    return missing(old.stage, agreement.stage, service.register.gates.records(agreement.id))


def save_agreement(
    service: RegisterService, agreement: Agreement, *, override_reason: str | None = None
) -> int:
    """Saves the agreement through its gates: raises GateBlocked when it would move past
    stages with items missing and no reason is given; a reason given is kept."""
    with service.register.transaction():
        found = gaps(service, agreement)
        if found:
            if override_reason is None:
                raise GateBlocked(
                    found, service.agreement(int(agreement.id or 0)).stage, agreement.stage
                )
            if not override_reason.strip():
                raise ValidationFailed([FieldError("gate.reason", "override_needs_reason")])
            old = service.agreement(int(agreement.id or 0))
            service.register.gates.record_override(
                int(agreement.id or 0),
                old.stage.value,
                agreement.stage.value,
                [item.code for item in found],
                override_reason.strip(),
                service.register.who,
            )
        return service.save_agreement(agreement)


def overrides(service: RegisterService, agreement_id: int) -> list[dict[str, object]]:
    return service.register.gates.overrides(agreement_id)
