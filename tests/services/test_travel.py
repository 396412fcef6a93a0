"""The travel planner: PDLN 2024 rules and the older Semarang profile, overlapping trips, a trip
that ends before it starts, and the follow-up plan turned into commitments after the trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kerjasama_desk.domain.errors import ValidationFailed
from kerjasama_desk.domain.models import Agreement, Officer, Partner
from kerjasama_desk.domain.travel import (
    PDLN_2024,
    SEMARANG_OLD,
    Trip,
    follow_up_steps,
    validate_trip,
)
from kerjasama_desk.domain.vocab import AgreementStage, CommitmentSource, TripPurpose, TripStatus
from kerjasama_desk.services import followup, travel

GOOD = Trip(
    agreement_id=1,
    purpose=TripPurpose.SIGNING,
    destination="Beihai",
    departs_on=date(2027, 3, 10),
    returns_on=date(2027, 3, 14),
    delegation=["Wali Kota", "Rina Handayani", "Agus Setiawan"],
    requested_on=date(2027, 3, 3),
    terms_of_reference="KAK 005/2027",
    follow_up_plan="1. Send the minutes\n- Agree the 2027 plan of action\n\n",
    host_confirmed=True,
)


def codes(trip, rules=PDLN_2024, others=()):
    return [(e.field, e.code) for e in validate_trip(trip, rules, list(others))]


def test_a_sound_signing_trip_passes_and_each_rule_is_named():
    assert codes(GOOD) == []
    assert codes(replace(GOOD, delegation=[*GOOD.delegation, "Sekda"])) == [
        ("trip.delegation", "delegation_too_large")
    ]  # ≤ 3 for a signing
    assert (
        codes(
            replace(
                GOOD,
                purpose=TripPurpose.BILATERAL,
                delegation=[*GOOD.delegation, "Sekda", "Kepala Bappeda"],
            )
        )
        == []
    )
    assert codes(replace(GOOD, requested_on=date(2027, 3, 4))) == [
        ("trip.requested_on", "request_too_late")
    ]  # six days before departure
    assert codes(
        replace(GOOD, terms_of_reference="", follow_up_plan=" ", host_confirmed=False)
    ) == [
        ("trip.terms_of_reference", "required"),
        ("trip.follow_up_plan", "required"),
        ("trip.host_confirmed", "host_not_confirmed"),
    ]
    assert codes(replace(GOOD, returns_on=date(2027, 3, 9))) == [("trip.returns_on", "date_order")]


def test_the_older_semarang_profile_limits_persons_and_days_abroad():
    long = replace(
        GOOD,
        returns_on=date(2027, 3, 17),
        purpose=TripPurpose.TRAINING,
        delegation=[f"Peserta {n}" for n in range(6)],
        requested_on=None,
        terms_of_reference="",
        follow_up_plan="",
        host_confirmed=False,
    )
    assert codes(long, SEMARANG_OLD) == [
        ("trip.returns_on", "trip_too_long"),
        ("trip.delegation", "delegation_too_large"),
    ]
    assert codes(long, PDLN_2024)[0] == ("trip.requested_on", "request_too_late")


def test_a_delegate_cannot_be_on_two_overlapping_trips():
    other = replace(
        GOOD,
        id=7,
        destination="Ulsan",
        departs_on=date(2027, 3, 14),
        returns_on=date(2027, 3, 18),
        delegation=["rina handayani"],
    )
    assert codes(GOOD, others=[other]) == [("trip.departs_on", "trip_overlap")]
    assert codes(GOOD, others=[replace(other, status=TripStatus.CANCELLED)]) == []
    assert codes(GOOD, others=[replace(other, delegation=["Sri Wahyuni"])]) == []


def test_after_the_trip_its_follow_up_plan_becomes_commitments(service):
    rina = service.save_officer(Officer(name="Rina Handayani"))
    partner = service.save_partner(Partner(name="Beihai", country="CN"))
    agreement = service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="MSP",
            stage=AgreementStage.IMPLEMENTATION,
            signed_on=date(2008, 10, 14),
            responsible_officer_id=rina,
        )
    )
    assert follow_up_steps(GOOD) == ["Send the minutes", "Agree the 2027 plan of action"]
    with pytest.raises(ValidationFailed) as refused:
        travel.save_trip(service, replace(GOOD, agreement_id=agreement, destination=" "))
    assert [e.field for e in refused.value.errors] == ["trip.destination"]
    trip_id = travel.save_trip(service, replace(GOOD, agreement_id=agreement))
    added = travel.complete_trip(service, trip_id, date(2027, 3, 20))
    made = [followup.commitment(service, i) for i in added]
    assert [(c.title, c.due_on, c.owner_id, c.source) for c in made] == [
        ("Send the minutes", date(2027, 6, 14), rina, CommitmentSource.TRIP_FOLLOW_UP),
        ("Agree the 2027 plan of action", date(2027, 6, 14), rina, CommitmentSource.TRIP_FOLLOW_UP),
    ]
    assert travel.trip(service, trip_id)[0].status is TripStatus.DONE
