"""Official travel abroad (PDLN) tied to an agreement, and the rules it is checked against
(docs/domain.md §4): the State Secretariat's circular of December 2024 by default, or the older
Semarang profile of the field study."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from kerjasama_desk.domain.errors import FieldError
from kerjasama_desk.domain.vocab import Term, TripPurpose, TripStatus


@dataclass(frozen=True)
class TravelRules:
    name: Term
    basis: Term
    delegation_limits: dict[TripPurpose, int]
    request_days_before: int | None  # the request goes in at least this many days before
    max_days_abroad: int | None
    needs_terms_of_reference: bool = True
    needs_follow_up_plan: bool = True
    needs_host_confirmation: bool = True


PDLN_2024 = TravelRules(
    name=Term("PDLN (Setneg, Desember 2024)", "PDLN (State Secretariat, December 2024)"),
    basis=Term(
        "Surat edaran Kementerian Sekretariat Negara, Desember 2024",
        "Circular of the Ministry of State Secretariat, December 2024",
    ),
    delegation_limits={
        TripPurpose.EXPLORATION: 5,
        TripPurpose.BILATERAL: 5,
        TripPurpose.SIGNING: 3,
        TripPurpose.CEREMONY: 3,
        TripPurpose.TRADE_CULTURE: 5,
        TripPurpose.TRAINING: 10,
    },
    request_days_before=7,
    max_days_abroad=None,
)

SEMARANG_OLD = TravelRules(
    name=Term("Aturan lama Semarang", "Older Semarang rule"),
    basis=Term("Kajian lapangan, bagian 3.3", "Field study, section 3.3"),
    delegation_limits=dict.fromkeys(TripPurpose, 5),
    request_days_before=None,
    max_days_abroad=7,
    needs_terms_of_reference=False,
    needs_follow_up_plan=False,
    needs_host_confirmation=False,
)

RULES = {"pdln_2024": PDLN_2024, "semarang_old": SEMARANG_OLD}


@dataclass(kw_only=True)
class Trip:
    id: int | None = None
    uuid: str | None = None
    agreement_id: int | None = None
    purpose: TripPurpose = TripPurpose.BILATERAL
    destination: str = ""
    departs_on: date | None = None
    returns_on: date | None = None
    delegation: list[str] = field(default_factory=list)  # one person a line
    requested_on: date | None = None  # the request went to the State Secretariat
    terms_of_reference: str = ""  # the KAK/ToR: its number, or where it is
    follow_up_plan: str = ""  # one step a line; each becomes a commitment after the trip
    host_confirmed: bool = False
    status: TripStatus = TripStatus.PLANNED
    notes: str = ""


def _overlap(a: Trip, b: Trip) -> bool:
    if None in (a.departs_on, a.returns_on, b.departs_on, b.returns_on):
        return False
    assert a.departs_on and a.returns_on and b.departs_on and b.returns_on
    return a.departs_on <= b.returns_on and b.departs_on <= a.returns_on


def validate_trip(trip: Trip, rules: TravelRules, others: list[Trip]) -> list[FieldError]:
    """Every problem of a planned trip under ``rules``; ``others`` are the register's other
    trips not cancelled (a delegate cannot be on two overlapping trips)."""
    errors: list[FieldError] = []
    if not trip.destination.strip():
        errors.append(FieldError("trip.destination", "required"))
    if trip.departs_on is None:
        errors.append(FieldError("trip.departs_on", "required"))
    if trip.returns_on is None:
        errors.append(FieldError("trip.returns_on", "required"))
    people = [name.strip() for name in trip.delegation if name.strip()]
    if not people:
        errors.append(FieldError("trip.delegation", "required"))
    if trip.departs_on and trip.returns_on:
        if trip.returns_on < trip.departs_on:
            errors.append(
                FieldError(
                    "trip.returns_on",
                    "date_order",
                    {
                        "value": trip.returns_on,
                        "other": "trip.departs_on",
                        "other_value": trip.departs_on,
                    },
                )
            )
        elif (
            rules.max_days_abroad is not None
            and (trip.returns_on - trip.departs_on).days + 1 > rules.max_days_abroad
        ):
            errors.append(
                FieldError(
                    "trip.returns_on",
                    "trip_too_long",
                    {
                        "days": (trip.returns_on - trip.departs_on).days + 1,
                        "limit": rules.max_days_abroad,
                        "rule": rules.name.id,
                    },
                )
            )
    limit = rules.delegation_limits.get(trip.purpose)
    if limit is not None and len(people) > limit:
        errors.append(
            FieldError(
                "trip.delegation",
                "delegation_too_large",
                {"count": len(people), "limit": limit, "purpose": trip.purpose},
            )
        )
    if trip.status is TripStatus.PLANNED:
        if rules.request_days_before is not None and trip.departs_on is not None:
            latest = trip.departs_on - timedelta(days=rules.request_days_before)
            if trip.requested_on is None or trip.requested_on > latest:
                errors.append(
                    FieldError(
                        "trip.requested_on",
                        "request_too_late",
                        {"days": rules.request_days_before, "latest": latest},
                    )
                )
        if rules.needs_terms_of_reference and not trip.terms_of_reference.strip():
            errors.append(FieldError("trip.terms_of_reference", "required"))
        if rules.needs_follow_up_plan and not trip.follow_up_plan.strip():
            errors.append(FieldError("trip.follow_up_plan", "required"))
        if rules.needs_host_confirmation and not trip.host_confirmed:
            errors.append(FieldError("trip.host_confirmed", "host_not_confirmed"))
    if trip.status is not TripStatus.CANCELLED:
        for other in others:
            if other.id == trip.id or other.status is TripStatus.CANCELLED:
                continue
            shared = sorted(
                {p.casefold() for p in people} & {p.strip().casefold() for p in other.delegation}
            )
            if shared and _overlap(trip, other):
                errors.append(
                    FieldError(
                        "trip.departs_on",
                        "trip_overlap",
                        {
                            "destination": other.destination,
                            "start": other.departs_on,
                            "end": other.returns_on,
                            "count": len(shared),
                        },
                    )
                )
    return errors


def follow_up_steps(trip: Trip) -> list[str]:
    """The follow-up plan, a step a line (bullets and numbering taken off)."""
    steps = []
    for line in trip.follow_up_plan.splitlines():
        text = line.strip().lstrip("-•*").strip()
        while text[:1].isdigit():
            text = text[1:]
        text = text.lstrip(".) ").strip()
        if text:
            steps.append(text)
    return steps
