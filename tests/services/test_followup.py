"""Follow-up: dormancy around its threshold, expiries, and the dashboard command."""

from __future__ import annotations

import json
from datetime import UTC, date

import pytest
from click.testing import CliRunner

from kerjasama_desk.cli import main
from kerjasama_desk.domain.followup import FollowUpSettings, dormancy_cutoff, months_before
from kerjasama_desk.domain.models import Activity, Agreement, Partner
from kerjasama_desk.domain.vocab import AgreementStage
from kerjasama_desk.services.followup import dashboard


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 27), 12, date(2025, 11, 27)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2026, 1, 15), 13, date(2024, 12, 15)),
    ],
)
def test_months_before_keeps_the_day_or_takes_the_months_last(day, months, expected):
    assert months_before(day, months) == expected


def test_dormancy_turns_on_exactly_after_the_threshold(service):
    partner = service.save_partner(Partner(name="Beihai", country="CN"))
    agreement = service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="MSP",
            stage=AgreementStage.IMPLEMENTATION,
            signed_on=date(2008, 10, 14),
        )
    )
    settings = FollowUpSettings(dormancy_months=12)
    assert dashboard(service, date(2009, 10, 14), settings).dormant_total == 0  # 12 months
    board = dashboard(service, date(2009, 10, 15), settings)
    assert board.dormant_total == 1 and board.dormant[0].since == date(2008, 10, 14)
    with service.register.transaction():
        service.register.activities.insert_many(
            [Activity(agreement_id=agreement, happened_on=date(2016, 11, 1), kind="visit")]
        )
    assert dashboard(service, date(2017, 10, 31), settings).dormant_total == 0
    late = dashboard(service, date(2017, 11, 2), settings)
    assert late.dormant[0].since == date(2016, 11, 1)  # the last activity, not the signing
    assert dormancy_cutoff(date(2017, 11, 2), settings) == date(2016, 11, 2)


def test_an_agreement_in_force_without_any_date_is_dormant_but_one_being_signed_is_not(service):
    partner = service.save_partner(Partner(name="Jung-gu", country="KR"))
    for title, stage in (
        ("in force", AgreementStage.IMPLEMENTATION),
        ("to sign", AgreementStage.SIGNING),
    ):
        service.save_agreement(Agreement(partner_id=partner, title_id=title, stage=stage))
    board = dashboard(service, date(2026, 11, 27))
    assert [(r.title_id, r.since) for r in board.dormant] == [("in force", None)]
    assert board.dormant_total == 1


def test_expiring_and_open_ended_agreements(service):
    partner = service.save_partner(Partner(name="Brisbane", country="AU"))
    service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="A",
            stage=AgreementStage.IMPLEMENTATION,
            signed_on=date(2022, 1, 1),
            expires_on=date(2027, 1, 1),
        )
    )
    service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="B",
            stage=AgreementStage.ENDED,
            signed_on=date(1993, 1, 11),
            expires_on=date(2005, 1, 11),
        )
    )
    board = dashboard(service, date(2026, 11, 27))
    assert [r.title_id for r in board.expiring] == ["A"]  # an ended one needs nothing
    assert board.expiring[0].since == date(2027, 1, 1)


def test_the_demo_shows_beihai_dormant_since_2008(tmp_path):
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    runner.invoke(main, ["seed-demo", "--db", str(db)])
    result = runner.invoke(main, ["dashboard", "--db", str(db), "--json", "--today", "2026-11-27"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"dormant", "expiring", "overdue", "stages"} <= set(data)
    # Jung-gu's MoU is in force but its signing day is not recorded: nothing on record at all
    # is the quietest of all (it was missing from the list, issue 13).
    assert [(r["partner"], r["since"]) for r in data["dormant"]] == [
        ("Jung-gu", None),
        ("Beihai", "2008-10-14"),
    ]
    assert data["stages"]["implementation"] == 2
    officers = json.loads(runner.invoke(main, ["officers", "--db", str(db), "--json"]).output)
    assert len(officers) == 4 and all(isinstance(o["id"], int) for o in officers)


def test_a_logged_activity_must_have_happened_and_wakes_the_agreement(service):
    from kerjasama_desk.domain.errors import ValidationFailed
    from kerjasama_desk.services.followup import log_activity

    partner = service.save_partner(Partner(name="Beihai", country="CN"))
    agreement = service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="MSP",
            stage=AgreementStage.IMPLEMENTATION,
            signed_on=date(2008, 10, 14),
        )
    )
    today = date(2026, 11, 27)
    with pytest.raises(ValidationFailed) as refused:
        log_activity(
            service,
            Activity(agreement_id=agreement, happened_on=date(2026, 11, 28), description=""),
            today,
        )
    codes = {(e.field, e.code) for e in refused.value.errors}
    assert codes == {("activity.happened_on", "in_future"), ("activity.description", "required")}
    assert (
        "after today" in refused.value.errors[0].render()
        or "after today" in refused.value.errors[1].render()
    )
    assert dashboard(service, today).dormant_total == 1
    log_activity(
        service,
        Activity(
            agreement_id=agreement,
            happened_on=today,
            kind="meeting",
            description="Video call on reactivating the MoU",
        ),
        today,
    )
    assert dashboard(service, today).dormant_total == 0


def test_the_timeline_shows_each_silence_of_a_year_or_more(service):
    from kerjasama_desk.services.followup import log_activity, partner_timeline

    partner = service.save_partner(Partner(name="Beihai", country="CN"))
    agreement = service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="MSP",
            stage=AgreementStage.IMPLEMENTATION,
            initiated_on=date(2008, 3, 1),
            signed_on=date(2008, 10, 14),
            expires_on=date(2013, 10, 14),
        )
    )
    for day in (date(2016, 11, 1), date(2017, 3, 5)):
        log_activity(
            service,
            Activity(agreement_id=agreement, happened_on=day, description="visit"),
            date(2026, 11, 27),
        )
    line = partner_timeline(service, partner, date(2026, 11, 27))
    assert [(e.day, e.what) for e in line.events] == [
        (date(2008, 3, 1), "initiated"),
        (date(2008, 10, 14), "signed"),
        (date(2013, 10, 14), "expires"),
        (date(2016, 11, 1), "activity"),
        (date(2017, 3, 5), "activity"),
    ]
    # 2008 → 2016: eight years without anything (the expiry is a date, not a sign of life);
    # March → October 2008 and November 2016 → March 2017 are shorter than a year.
    assert [(s.start, s.end) for s in line.silences] == [
        (date(2008, 10, 14), date(2016, 11, 1)),
        (date(2017, 3, 5), date(2026, 11, 27)),
    ]
    assert round(line.silences[0].years) == 8
    settings = FollowUpSettings(dormancy_months=6)  # the threshold is the setting
    assert len(partner_timeline(service, partner, date(2026, 11, 27), settings).silences) == 3


def test_dormancy_counts_the_officers_calendar_day_across_time_zones(service):
    from datetime import datetime, timedelta, timezone

    from kerjasama_desk.services.followup import local_today

    partner = service.save_partner(Partner(name="Ulsan", country="KR"))
    service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="MSP",
            stage=AgreementStage.IMPLEMENTATION,
            signed_on=date(2025, 11, 27),
        )
    )
    # 23:30 UTC on 27 November is already 28 November in Jakarta (UTC+7) and Seoul (UTC+9),
    # still 27 November in London.
    instant = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)
    days = {
        zone: local_today(instant.astimezone(timezone(timedelta(hours=hours))))
        for zone, hours in (("London", 0), ("Jakarta", 7), ("Seoul", 9))
    }
    assert days == {
        "London": date(2026, 11, 27),
        "Jakarta": date(2026, 11, 28),
        "Seoul": date(2026, 11, 28),
    }
    assert dashboard(service, days["London"]).dormant_total == 0  # exactly 12 months
    assert dashboard(service, days["Jakarta"]).dormant_total == 1  # a day past them


def test_silences_of_an_agreement_end_when_it_stops_being_in_force():
    from kerjasama_desk.domain.followup import TimelineEvent, in_force_until, timeline

    ended = Agreement(
        stage=AgreementStage.ENDED, signed_on=date(1993, 1, 11), expires_on=date(2005, 1, 11)
    )
    today = date(2026, 11, 30)
    assert in_force_until(ended, today) == date(2005, 1, 11)
    live = Agreement(stage=AgreementStage.IMPLEMENTATION, expires_on=date(2030, 1, 1))
    assert in_force_until(live, today) is None
    assert in_force_until(Agreement(stage=AgreementStage.ENDED), today) is None
    open_ended = Agreement(
        stage=AgreementStage.IMPLEMENTATION, expires_on=date(2001, 1, 1), open_ended=True
    )
    assert in_force_until(open_ended, today) is None
    events = [TimelineEvent(date(1993, 1, 11), "signed", 1, "mou", "MoU")]
    settings = FollowUpSettings()
    line = timeline(events, today, settings, until=date(2005, 1, 11))
    assert [(s.start, s.end) for s in line.silences] == [(date(1993, 1, 11), date(2005, 1, 11))]
    assert timeline(events, today, settings).silences[-1].end == today  # the partner's view


def test_a_timeline_with_nothing_dated_has_no_silence():
    from kerjasama_desk.domain.followup import timeline

    found = timeline([], date(2026, 11, 30), FollowUpSettings())
    assert found.silences == () and found.start is None
