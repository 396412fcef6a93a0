"""Handover (*serah terima*) when an officer is transferred (*mutasi*): everything they hold — the
agreements they are responsible or deputy for, the open commitments they own — goes to
successors in one pass, and nothing is left with the officer who leaves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kerjasama_desk.domain.errors import FieldError
from kerjasama_desk.domain.vocab import OfficerStatus


@dataclass(frozen=True)
class HeldItem:
    """One thing the leaving officer holds: an agreement as responsible or deputy officer, or an
    open commitment."""

    kind: str  # "responsible", "deputy" or "commitment"
    id: int  # the agreement's or the commitment's
    title: str
    agreement_id: int
    other_officer_id: int | None = None  # for "deputy": the agreement's responsible officer


@dataclass
class Handover:
    officer_id: int
    handed_on: date | None
    successors: dict[tuple[str, int], int | None] = field(default_factory=dict)
    note: str = ""
    recorded_by: str = ""


def validate_handover(
    handover: Handover, held: list[HeldItem], statuses: dict[int, OfficerStatus]
) -> list[FieldError]:
    """Every agreement and open commitment has an active successor other than the leaving
    officer (a deputy may be left empty); a deputy is not also the agreement's responsible
    officer after the handover."""
    errors: list[FieldError] = []
    if handover.handed_on is None:
        errors.append(FieldError("handover.handed_on", "required"))
    responsible_after = {
        item.agreement_id: handover.successors.get((item.kind, item.id))
        for item in held
        if item.kind == "responsible"
    }
    for item in held:
        successor = handover.successors.get((item.kind, item.id))
        params = {"item": item.title}
        if successor is None:
            if item.kind != "deputy":
                errors.append(FieldError("handover.successor", "successor_required", params))
            continue
        if successor == handover.officer_id:
            errors.append(FieldError("handover.successor", "successor_is_leaving", params))
        elif statuses.get(successor) is not OfficerStatus.ACTIVE:
            errors.append(FieldError("handover.successor", "successor_not_active", params))
        elif item.kind == "deputy" and successor == responsible_after.get(
            item.agreement_id, item.other_officer_id
        ):
            errors.append(FieldError("handover.successor", "deputy_is_responsible", params))
    return errors
