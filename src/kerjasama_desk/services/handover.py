"""Handing over the work of a transferred officer: what they hold, and the handover itself —
every agreement and open commitment reassigned, the officer marked transferred, and the handover
recorded in the register's history, in one transaction."""

from __future__ import annotations

from dataclasses import replace

from kerjasama_desk.domain.errors import FieldError, ValidationFailed
from kerjasama_desk.domain.handover import Handover, HeldItem, validate_handover
from kerjasama_desk.domain.vocab import OfficerStatus
from kerjasama_desk.services.files import account_name
from kerjasama_desk.services.register import RegisterService


def held_by(service: RegisterService, officer_id: int) -> list[HeldItem]:
    """The agreements the officer is responsible or deputy for, then their open commitments."""
    service.officer(officer_id)  # RecordNotFound for an unknown officer
    register = service.register
    items = [
        HeldItem(role, agreement_id, title, agreement_id, other)
        for role, agreement_id, title, other in register.agreements.held_by(officer_id)
    ]
    items += [
        HeldItem("commitment", row.id, f"{row.title} ({row.partner_name})", row.agreement_id)
        for row in register.commitments.open_of(officer_id)
    ]
    return items


def check_handover(service: RegisterService, handover: Handover) -> list[FieldError]:
    statuses = {officer_id: status for officer_id, _name, status in service.officer_choices()}
    return validate_handover(handover, held_by(service, handover.officer_id), statuses)


def hand_over(service: RegisterService, handover: Handover) -> int:
    """Reassigns everything the officer holds to the successors chosen, marks the officer
    transferred and records the handover; returns the handover's id. All or nothing."""
    register = service.register
    with register.transaction():
        held = held_by(service, handover.officer_id)
        errors = check_handover(service, handover)
        if errors:
            raise ValidationFailed(errors)
        assert handover.handed_on is not None
        names = {officer_id: name for officer_id, name, _status in service.officer_choices()}
        record = []
        for item in held:
            successor = handover.successors.get((item.kind, item.id))
            if item.kind == "responsible":
                assert successor is not None
                register.agreements.reassign(item.id, responsible=successor)
            elif item.kind == "deputy":
                register.agreements.reassign(
                    item.id, deputy=successor, clear_deputy=successor is None
                )
            else:
                commitment = register.commitments.get(item.id)
                assert commitment is not None and successor is not None
                register.commitments.update(replace(commitment, owner_id=successor))
            record.append(
                {
                    "kind": item.kind,
                    "id": item.id,
                    "title": item.title,
                    "successor_id": successor,
                    "successor": names.get(successor or 0, ""),
                }
            )
        officer = service.officer(handover.officer_id)
        if officer.status is not OfficerStatus.TRANSFERRED:
            service.save_officer(replace(officer, status=OfficerStatus.TRANSFERRED))
        return register.handovers.insert(
            handover.officer_id,
            handover.handed_on,
            record,
            handover.note.strip(),
            handover.recorded_by or account_name(),
        )
