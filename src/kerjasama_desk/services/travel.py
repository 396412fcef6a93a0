"""Official trips abroad under an agreement: checked against the travel rules chosen (PDLN 2024
by default), kept with the agreement, and — once made — their follow-up plan turned into
commitments, so the trip leads somewhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kerjasama_desk.domain.errors import FieldError, RecordNotFound, ValidationFailed
from kerjasama_desk.domain.followup import months_after
from kerjasama_desk.domain.models import Commitment
from kerjasama_desk.domain.travel import RULES, Trip, follow_up_steps, validate_trip
from kerjasama_desk.domain.validation import NOTES_LIMIT, SHORT_TEXT_LIMIT
from kerjasama_desk.domain.vocab import CommitmentSource, TripStatus
from kerjasama_desk.services import parameters
from kerjasama_desk.services.followup import check_commitment
from kerjasama_desk.services.register import RegisterService

FOLLOW_UP_MONTHS = 3  # a step of the follow-up plan is due three months after the return


def trips(service: RegisterService, agreement_id: int) -> list[Trip]:
    return service.register.trips.for_agreement(agreement_id)


def trip(service: RegisterService, trip_id: int) -> tuple[Trip, str]:
    found = service.register.trips.get(trip_id)
    if found is None:
        raise RecordNotFound(f"trip {trip_id}")
    return found


def _normalised(item: Trip) -> Trip:
    return replace(
        item,
        destination=" ".join(item.destination.split()),
        delegation=[" ".join(p.split()) for p in item.delegation if p.strip()],
        terms_of_reference=item.terms_of_reference.strip(),
        follow_up_plan=item.follow_up_plan.strip(),
        notes=item.notes.strip(),
    )


def check_trip(service: RegisterService, item: Trip, rules: str = "pdln_2024") -> list[FieldError]:
    item = _normalised(item)
    others = (
        service.register.trips.around(item.departs_on, item.returns_on)
        if item.departs_on and item.returns_on
        else []
    )
    errors = validate_trip(
        item, parameters.pdln(service) if rules == "pdln_2024" else RULES[rules], others
    )
    if len(item.destination) > SHORT_TEXT_LIMIT:
        errors.append(
            FieldError(
                "trip.destination",
                "too_long",
                {"length": len(item.destination), "limit": SHORT_TEXT_LIMIT},
            )
        )
    for name, text in (
        ("trip.follow_up_plan", item.follow_up_plan),
        ("trip.notes", item.notes),
        ("trip.terms_of_reference", item.terms_of_reference),
    ):
        if len(text) > NOTES_LIMIT:
            errors.append(FieldError(name, "too_long", {"length": len(text), "limit": NOTES_LIMIT}))
    return errors


def save_trip(service: RegisterService, item: Trip, rules: str = "pdln_2024") -> int:
    """Adds or changes a trip (one transaction); refused with every problem named."""
    item = _normalised(item)
    with service.register.transaction():
        service.agreement(int(item.agreement_id or 0))
        errors = check_trip(service, item, rules)
        if errors:
            raise ValidationFailed(errors)
        if item.id is None:
            return service.register.trips.insert(item, rules)
        trip(service, item.id)
        service.register.trips.update(item, rules)
        return item.id


def complete_trip(service: RegisterService, trip_id: int, today: date) -> list[int]:
    """Marks the trip done and adds a commitment for each step of its follow-up plan, owned by
    the agreement's responsible officer and due three months after the return."""
    with service.register.transaction():
        item, rules = trip(service, trip_id)
        agreement = service.agreement(int(item.agreement_id or 0))
        done = replace(item, status=TripStatus.DONE)
        service.register.trips.update(done, rules)
        due = months_after(item.returns_on or today, FOLLOW_UP_MONTHS)
        added = []
        for step in follow_up_steps(item):
            commitment = Commitment(
                agreement_id=agreement.id,
                title=step[:500],
                owner_id=agreement.responsible_officer_id,
                due_on=due,
                source=CommitmentSource.TRIP_FOLLOW_UP,
                notes=f"{item.destination}, {item.departs_on}",
            )
            errors = check_commitment(service, commitment, today)
            if errors:
                raise ValidationFailed(errors)
            added.append(service.register.commitments.insert(commitment))
        return added
