"""Legal parameters: docs/domain.md §4's defaults, an office's own values used by the dashboard, the
travel rules and the drafting checks; out-of-range values refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kerjasama_desk.domain.errors import ValidationFailed
from kerjasama_desk.domain.models import Agreement, Partner
from kerjasama_desk.domain.travel import Trip
from kerjasama_desk.domain.vocab import AgreementStage, TripPurpose
from kerjasama_desk.services import parameters, travel
from kerjasama_desk.services.followup import dashboard


def test_defaults_then_an_offices_own_values_take_effect(service):
    assert parameters.values(service)["dormancy_months"] == 12
    assert parameters.pdln(service).delegation_limits[TripPurpose.SIGNING] == 3
    partner = service.save_partner(Partner(name="Beihai", country="CN"))
    agreement = service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="MSP",
            stage=AgreementStage.IMPLEMENTATION,
            signed_on=date(2026, 1, 10),
        )
    )
    today = date(2026, 11, 27)
    assert dashboard(service, today).dormant_total == 0  # ten months quiet: under 12
    parameters.save(service, {"dormancy_months": 6, "delegation_signing": 4})
    board = dashboard(service, today)
    assert board.dormant_total == 1 and board.settings.dormancy_months == 6
    trip = Trip(
        agreement_id=agreement,
        purpose=TripPurpose.SIGNING,
        destination="Beihai",
        departs_on=date(2027, 3, 10),
        returns_on=date(2027, 3, 12),
        delegation=["A", "B", "C", "D"],
        requested_on=date(2027, 2, 1),
        terms_of_reference="KAK 1",
        follow_up_plan="Minutes",
        host_confirmed=True,
    )
    assert travel.check_trip(service, trip) == []  # four allowed now
    assert [
        e.code
        for e in travel.check_trip(service, replace(trip, delegation=[*trip.delegation, "E"]))
    ] == ["delegation_too_large"]
    with pytest.raises(ValidationFailed) as refused:
        parameters.save(service, {"notice_months": 0})
    assert refused.value.errors[0].render().startswith("Termination notice must be from 1 to 24")
    assert parameters.values(service)["notice_months"] == 6
