"""Pipeline gates: moving past a stage needs its checklist done, or a reason, which is kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kerjasama_desk.domain.errors import GateBlocked, ValidationFailed
from kerjasama_desk.domain.gates import GateRecord, missing, passed_stages
from kerjasama_desk.domain.models import Agreement, Partner
from kerjasama_desk.domain.vocab import AgreementStage
from kerjasama_desk.services import audit, gates

S = AgreementStage
TODAY = date(2026, 11, 27)


def test_passing_stages_forward_counts_and_going_back_or_ending_does_not():
    assert passed_stages(S.COOPERATION_PLAN, S.CENTRAL_VERIFICATION) == [
        S.COOPERATION_PLAN,
        S.DPRD_APPROVAL,
    ]
    assert passed_stages(S.SIGNING, S.EXPLORATION) == []
    assert passed_stages(S.EXPLORATION, S.ENDED) == []
    assert passed_stages(S.SIGNING, S.SIGNING) == []
    done = {"terms_of_reference": GateRecord("terms_of_reference", done=True)}
    assert [i.code for i in missing(S.COOPERATION_PLAN, S.CENTRAL_VERIFICATION, done)] == [
        "plan_of_action",
        "dprd_letter",
    ]
    # Full powers apply only where required: never blocking.
    assert [i.code for i in missing(S.SIGNING, S.IMPLEMENTATION, {})] == [
        "initialled_draft",
        "deposit",
    ]


def test_a_gate_blocks_until_done_or_overridden_with_a_reason(service):
    partner = service.save_partner(Partner(name="Ulsan", country="KR"))
    agreement = service.agreement(
        service.save_agreement(
            Agreement(partner_id=partner, title_id="MSP Semarang–Ulsan", stage=S.COOPERATION_PLAN)
        )
    )
    forward = replace(agreement, stage=S.DPRD_APPROVAL)
    with pytest.raises(GateBlocked) as blocked:
        gates.save_agreement(service, forward)
    assert [i.code for i in blocked.value.missing] == ["terms_of_reference", "plan_of_action"]
    assert service.agreement(int(agreement.id or 0)).stage is S.COOPERATION_PLAN
    with pytest.raises(ValidationFailed) as refused:
        gates.save_agreement(service, forward, override_reason="  ")
    assert refused.value.errors[0].render().startswith("Reason for moving on is required")
    for code in ("terms_of_reference", "plan_of_action"):
        gates.record_item(service, int(agreement.id or 0), GateRecord(code, done=True), TODAY)
    gates.save_agreement(service, forward)  # all done: it passes
    assert service.agreement(int(agreement.id or 0)).stage is S.DPRD_APPROVAL
    further = replace(service.agreement(int(agreement.id or 0)), stage=S.SIGNING)
    gates.save_agreement(
        service, further, override_reason="Kemlu review arrived by phone; letter follows"
    )
    [override] = gates.overrides(service, int(agreement.id or 0))
    assert override["missing"] == ["dprd_letter", "kemendagri", "kemlu"]
    assert override["reason"].startswith("Kemlu review arrived")
    tables = {e.table for e in audit.history(service, "agreements", int(agreement.id or 0))}
    assert {"gate_records", "gate_overrides"} <= tables


def test_a_checklist_item_keeps_its_number_date_and_file(service):
    partner = service.save_partner(Partner(name="Ulsan", country="KR"))
    agreement_id = service.save_agreement(
        Agreement(partner_id=partner, title_id="MSP", stage=S.DPRD_APPROVAL)
    )
    gates.record_item(
        service,
        agreement_id,
        GateRecord("dprd_letter", done=True, reference="  170/ 123  ", dated=date(2023, 3, 14)),
        TODAY,
    )
    record = dict((i.code, r) for i, r in gates.checklist(service, agreement_id))["dprd_letter"]
    assert (record.done, record.reference, record.dated) == (True, "170/ 123", date(2023, 3, 14))
    with pytest.raises(ValidationFailed) as refused:
        gates.record_item(
            service, agreement_id, GateRecord("dprd_letter", dated=date(2027, 1, 1)), TODAY
        )
    assert "after today" in refused.value.errors[0].render()
    # A new agreement entered at a later stage (an old MoU recorded) is taken as it is.
    assert (
        gates.save_agreement(
            service, Agreement(partner_id=partner, title_id="Old MoU", stage=S.IMPLEMENTATION)
        )
        > 0
    )
