"""Commitments: the annual cycle a signed MoU sets off, who owns what, overdue ones on the
dashboard, notice deadlines, and the refusals (a transferred owner, a dropped one without its
reason, a done date in the future)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from click.testing import CliRunner

from kerjasama_desk.cli import main
from kerjasama_desk.domain.errors import DeleteRefused, ValidationFailed
from kerjasama_desk.domain.followup import (
    FollowUpSettings,
    expiry_horizon,
    notice_deadline,
    notice_expiries,
    proposed_commitments,
    same_commitment,
)
from kerjasama_desk.domain.models import (
    Activity,
    Agreement,
    Commitment,
    FieldChoice,
    Officer,
    Partner,
)
from kerjasama_desk.domain.vocab import (
    AgreementStage,
    CommitmentSource,
    CommitmentStatus,
    CooperationField,
    OfficerStatus,
)
from kerjasama_desk.services import followup
from kerjasama_desk.services.followup import dashboard

TODAY = date(2026, 11, 27)


@pytest.fixture
def mou(service):
    officer = service.save_officer(Officer(name="Rina Handayani"))
    partner = service.save_partner(Partner(name="Beihai", country="CN"))
    agreement = service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="MSP Semarang–Beihai",
            stage=AgreementStage.IMPLEMENTATION,
            signed_on=date(2008, 10, 14),
            responsible_officer_id=officer,
            fields=[
                FieldChoice(standard=CooperationField.TOURISM),
                FieldChoice(standard=CooperationField.OTHER),
                FieldChoice(custom_id="Kuliner", custom_en="Cuisine"),
            ],
        )
    )
    return agreement, officer


def test_the_annual_cycle_runs_from_the_signing_and_stops_at_the_expiry():
    agreement = Agreement(
        id=1,
        signed_on=date(2024, 3, 31),
        expires_on=date(2026, 3, 31),
        responsible_officer_id=7,
        fields=[
            FieldChoice(standard=CooperationField.EDUCATION),
            FieldChoice(standard=CooperationField.OTHER),
        ],
    )
    cycle = proposed_commitments(agreement, since=date(2024, 3, 31), language="en")
    assert [(c.due_on, c.source, c.title) for c in cycle] == [
        (date(2024, 6, 30), CommitmentSource.PLAN_OF_ACTION, "Annual plan of action, year 1"),
        (
            date(2025, 2, 28),
            CommitmentSource.WORKING_GROUP,  # the month's last day
            "Joint working group meeting, year 1",
        ),
        (date(2025, 3, 31), CommitmentSource.FIELD_PROGRAMME, "First programme: Education"),
        (date(2025, 4, 30), CommitmentSource.ANNUAL_REPORT, "Annual implementation report, year 1"),
        (date(2025, 6, 30), CommitmentSource.PLAN_OF_ACTION, "Annual plan of action, year 2"),
        (date(2026, 2, 28), CommitmentSource.WORKING_GROUP, "Joint working group meeting, year 2"),
        # the report of year 2 would fall after the expiry: not proposed
    ]
    assert all(c.owner_id == 7 and c.agreement_id == 1 for c in cycle)
    assert (
        proposed_commitments(
            replace(agreement, signed_on=None), since=date(2024, 1, 1), language="en"
        )
        == []
    )
    indonesian = proposed_commitments(agreement, since=date(2024, 3, 31), language="id")
    assert indonesian[0].title == "Rencana aksi tahunan, tahun ke-1"


def test_an_open_ended_agreement_gets_the_next_two_years_counted_from_its_signing():
    agreement = Agreement(id=1, signed_on=date(2008, 10, 14), open_ended=True)
    cycle = proposed_commitments(agreement, since=TODAY, language="en")
    assert cycle[0].due_on == date(2027, 1, 14) and cycle[0].title.endswith("year 19")
    assert max(c.due_on for c in cycle if c.due_on) <= date(2028, 11, 27)


@pytest.mark.parametrize(
    ("expires", "today", "due"),
    [
        (date(2027, 5, 27), TODAY, True),  # notice by 27 November 2026: today, still in time
        (date(2027, 5, 26), TODAY, False),  # notice was due yesterday
        (date(2027, 11, 27), TODAY, True),  # notice by 27 May 2027: six months ahead
        (date(2027, 11, 28), TODAY, False),  # beyond the warning horizon
        (date(2027, 8, 31), date(2027, 2, 28), True),  # notice by 28 February: the month's end
    ],
)
def test_the_notice_deadline_is_six_months_before_expiry(expires, today, due):
    settings = FollowUpSettings()
    first, last = notice_expiries(today, expiry_horizon(today, settings), settings)
    assert (first <= expires <= last) is due
    assert notice_deadline(date(2027, 8, 31), settings) == date(2027, 2, 28)


def test_the_expiries_whose_notice_falls_in_a_span_are_found_exactly():
    settings = FollowUpSettings()
    for start in (date(2026, 8, 28), date(2026, 8, 31), date(2027, 2, 28), date(2028, 2, 29)):
        end = date.fromordinal(start.toordinal() + 40)
        first, last = notice_expiries(start, end, settings)
        for day in range(first.toordinal() - 40, last.toordinal() + 40):
            expiry = date.fromordinal(day)
            inside = start <= notice_deadline(expiry, settings) <= end
            assert inside is (first <= expiry <= last), expiry


def test_notice_deadlines_and_overdue_commitments_reach_the_dashboard(service, mou):
    agreement, officer = mou
    service.save_agreement(replace(service.agreement(agreement), expires_on=date(2027, 3, 1)))
    board = dashboard(service, TODAY)
    # Notice was due by 1 September 2026: passed, so no deadline ahead; the expiry is near.
    assert board.notice == [] and board.expiring_total == 1
    service.save_agreement(replace(service.agreement(agreement), expires_on=date(2027, 8, 1)))
    board = dashboard(service, TODAY)
    assert [(r.title_id, r.since) for r in board.notice] == [
        ("MSP Semarang–Beihai", date(2027, 2, 1))
    ]

    first = followup.save_commitment(
        service,
        Commitment(
            agreement_id=agreement,
            title="Joint working group meeting",
            owner_id=officer,
            due_on=date(2026, 11, 26),
        ),
        TODAY,
    )
    followup.save_commitment(
        service,
        Commitment(
            agreement_id=agreement,
            title="Due today: not overdue yet",
            owner_id=officer,
            due_on=TODAY,
        ),
        TODAY,
    )
    board = dashboard(service, TODAY)
    assert board.overdue_total == 1
    assert (board.overdue[0].id, board.overdue[0].owner_name, board.overdue[0].partner_name) == (
        first,
        "Rina Handayani",
        "Beihai",
    )
    followup.set_commitment_status(
        service, first, CommitmentStatus.DONE, today=TODAY, evidence="Minutes no. 005/KS/2026"
    )
    done = followup.commitment(service, first)
    assert (done.status, done.done_on, done.evidence) == (
        CommitmentStatus.DONE,
        TODAY,
        "Minutes no. 005/KS/2026",
    )
    assert dashboard(service, TODAY).overdue_total == 0


def test_the_refusals_name_the_field_and_the_fix(service, mou):
    agreement, officer = mou
    with pytest.raises(ValidationFailed) as refused:
        followup.save_commitment(service, Commitment(agreement_id=agreement), TODAY)
    assert {(e.field, e.code) for e in refused.value.errors} == {
        ("commitment.title", "required"),
        ("commitment.due_on", "required"),
        ("commitment.owner", "required"),
    }
    bambang = service.save_officer(
        Officer(name="Bambang Prasetyo", status=OfficerStatus.TRANSFERRED)
    )
    item = Commitment(
        agreement_id=agreement, title="Plan of action", owner_id=bambang, due_on=date(2009, 1, 14)
    )
    with pytest.raises(ValidationFailed) as refused:
        followup.save_commitment(service, item, TODAY)
    message = refused.value.errors[0].render()
    assert "Bambang Prasetyo has been transferred" in message and "successor" in message
    # A done or dropped one may keep its transferred owner: that is history.
    with pytest.raises(ValidationFailed) as refused:
        followup.save_commitment(service, replace(item, status=CommitmentStatus.DROPPED), TODAY)
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("commitment.evidence", "dropped_needs_reason")
    ]
    with pytest.raises(ValidationFailed) as refused:
        followup.save_commitment(
            service, replace(item, status=CommitmentStatus.DONE, done_on=date(2026, 12, 1)), TODAY
        )
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("commitment.done_on", "done_in_future")
    ]
    kept = followup.save_commitment(
        service,
        replace(item, status=CommitmentStatus.DROPPED, evidence="Beihai did not answer"),
        TODAY,
    )
    assert followup.commitment(service, kept).done_on is None
    assert service.counts().commitments == 1
    with pytest.raises(DeleteRefused) as refused_delete:
        service.delete_officer(bambang)
    assert "owner of commitments" in str(refused_delete.value)
    # Several at once: all or nothing.
    with pytest.raises(ValidationFailed):
        followup.add_commitments(
            service,
            [
                Commitment(agreement_id=agreement, title="Fine", owner_id=officer, due_on=TODAY),
                Commitment(agreement_id=agreement, title="", owner_id=officer, due_on=TODAY),
            ],
            TODAY,
        )
    assert service.counts().commitments == 1


def test_the_cycle_proposes_only_what_is_not_recorded(service, mou):
    agreement, _officer = mou
    since = date(2008, 10, 14)
    proposals = followup.propose_commitments(service, agreement, since=since, language="en")
    assert [c.title for c in proposals if c.source is CommitmentSource.FIELD_PROGRAMME] == [
        "First programme: Tourism"
    ]  # not "other", not a custom field
    followup.add_commitments(service, proposals[:3], TODAY)
    again = followup.propose_commitments(service, agreement, since=since, language="id")
    assert len(again) == len(proposals) - 3
    assert not any(same_commitment(a, b) for a in again for b in proposals[:3])


def test_the_demo_waits_for_a_handover_of_bambangs_commitments(tmp_path):
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["seed-demo", "--db", str(db)]).exit_code == 0
    result = runner.invoke(main, ["dashboard", "--db", str(db), "--json", "--today", "2026-11-27"])
    data = json.loads(result.output)
    assert data["overdue_total"] == 8
    assert {r["owner"] for r in data["overdue"]} == {"Bambang Prasetyo"}
    assert data["overdue"][0] == {
        "id": data["overdue"][0]["id"],
        "agreement_id": data["overdue"][0]["agreement_id"],
        "title": "Rencana aksi tahunan, tahun ke-1",
        "agreement": "Memorandum Saling Pengertian tentang Kerja Sama Kota Bersaudara "
        "Semarang–Beihai",
        "partner": "Beihai",
        "owner_id": data["overdue"][0]["owner_id"],
        "owner": "Bambang Prasetyo",
        "due_on": "2009-01-14",
        "status": "open",
    }
    assert data["notice"] == [] and data["notice_months"] == 6
    text = runner.invoke(main, ["dashboard", "--db", str(db), "--today", "2026-11-27"]).output
    assert "Overdue commitments: 8" in text and "due 2009-01-14" in text


def test_a_multi_line_activity_is_accepted(service, mou):
    agreement, _officer = mou
    activity_id = followup.log_activity(
        service,
        Activity(
            agreement_id=agreement,
            happened_on=TODAY,
            description="Video call.\nNext: visit.",
            participants="Rina\nAgus",
            outcome="Plan agreed.\nMinutes to follow.",
        ),
        TODAY,
    )
    assert activity_id > 0


def test_an_activity_keeps_one_of_the_agreements_files_as_evidence(service, mou, tmp_path):
    from kerjasama_desk.services.attachments import Attachments, FileStore

    agreement, _officer = mou
    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes of the joint working group")
    attached = Attachments(service, FileStore(tmp_path / "files")).attach(agreement, minutes)
    activity_id = followup.log_activity(
        service,
        Activity(
            agreement_id=agreement,
            happened_on=TODAY,
            description="Joint working group",
            evidence_id=attached.id,
        ),
        TODAY,
    )
    [logged] = service.register.activities.for_agreement(agreement)
    assert (logged.id, logged.evidence_id) == (activity_id, attached.id)
    other = service.save_agreement(
        Agreement(partner_id=service.agreement(agreement).partner_id, title_id="Another MoU")
    )
    with pytest.raises(ValueError):
        followup.log_activity(
            service,
            Activity(
                agreement_id=other, happened_on=TODAY, description="x", evidence_id=attached.id
            ),
            TODAY,
        )
