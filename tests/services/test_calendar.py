"""The .ics calendar parses back (icalendar) with the right events, stable UIDs and reminders;
the start-up digest counts what falls due soon."""

from __future__ import annotations

from datetime import date, timedelta

from click.testing import CliRunner
from icalendar import Calendar

from kerjasama_desk.cli import main
from kerjasama_desk.domain.models import Agreement, Commitment, Officer, Partner
from kerjasama_desk.domain.vocab import AgreementKind, AgreementStage
from kerjasama_desk.services import followup
from kerjasama_desk.services.calendar import export_calendar

TODAY = date(2026, 11, 27)


def _register(service):
    rina = service.save_officer(Officer(name="Rina Handayani"))
    partner = service.save_partner(Partner(name="Ulsan", native_name="울산", country="KR"))
    mou = service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="MSP Semarang–Ulsan",
            stage=AgreementStage.IMPLEMENTATION,
            signed_on=date(2023, 3, 1),
            expires_on=date(2027, 8, 1),
            responsible_officer_id=rina,
        )
    )
    service.save_agreement(
        Agreement(  # open-ended: no expiry, no notice
            partner_id=partner,
            title_id="Pengaturan pelaksanaan",
            stage=AgreementStage.SIGNING,
            signed_on=date(2024, 1, 1),
            open_ended=True,
            responsible_officer_id=rina,
            parent_id=mou,
            kind=AgreementKind.IMPLEMENTING_ARRANGEMENT,
        )
    )
    jwg = followup.save_commitment(
        service,
        Commitment(
            agreement_id=mou,
            title="Sidang kelompok kerja bersama, tahun ke-4",
            owner_id=rina,
            due_on=date(2026, 12, 10),
        ),
        TODAY,
    )
    late = followup.save_commitment(
        service,
        Commitment(
            agreement_id=mou, title="Laporan tahunan 2025", owner_id=rina, due_on=date(2026, 2, 1)
        ),
        TODAY,
    )
    return mou, jwg, late


def test_the_calendar_parses_back_with_its_events(service, tmp_path):
    _register(service)
    path = tmp_path / "deadlines.ics"
    assert export_calendar(service, path, today=TODAY, language="en") == 4
    raw = path.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = Calendar.from_ical(raw)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        "Expires: MSP Semarang–Ulsan (Ulsan)",
        "Last day for notice of renewal or termination: MSP Semarang–Ulsan (Ulsan)",
        "Sidang kelompok kerja bersama, tahun ke-4 — Ulsan",
        "Laporan tahunan 2025 — Ulsan",
    }
    expiry = events["Expires: MSP Semarang–Ulsan (Ulsan)"]
    assert expiry.decoded("dtstart") == date(2027, 8, 1)
    assert expiry.decoded("dtend") == date(2027, 8, 2)
    notice = events["Last day for notice of renewal or termination: MSP Semarang–Ulsan (Ulsan)"]
    assert notice.decoded("dtstart") == date(2027, 2, 1)
    [alarm] = notice.walk("VALARM")
    assert alarm.decoded("trigger") == -timedelta(days=14)
    late = events["Laporan tahunan 2025 — Ulsan"]
    assert "Overdue since 1 February 2026." in str(late["description"])
    assert late.walk("VALARM") == []  # no reminder for a day gone by
    # The UIDs stay the same in the next export, so a calendar updates instead of doubling.
    again = tmp_path / "again.ics"
    export_calendar(service, again, today=TODAY, language="id")
    assert {str(e["uid"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")} == {
        str(e["uid"]) for e in events.values()
    }


def test_the_digest_counts_what_falls_due_within_30_days(service):
    _register(service)
    soon = followup.digest(service, TODAY)
    assert (soon.commitments, soon.notices, soon.expiries) == (1, 0, 0)
    later = followup.digest(service, date(2027, 1, 15))
    assert (later.commitments, later.notices, later.expiries) == (0, 1, 0)
    assert followup.digest(service, date(2027, 7, 10)).expiries == 1


def test_calendar_command_and_its_refusals(tmp_path):
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    runner.invoke(main, ["seed-demo", "--db", str(db)])
    out = tmp_path / "semarang.ics"
    result = runner.invoke(main, ["calendar", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0 and "9 events" in result.output  # 8 commitments, 1 trip
    summaries = [str(e["summary"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert "Rencana aksi tahunan, tahun ke-1 — Beihai" in summaries
    assert "Perjalanan dinas ke Ulsan, Korea Selatan (Penjajakan)" in summaries
    bad = runner.invoke(main, ["calendar", "--db", str(db), "-o", str(tmp_path / "x.txt")])
    assert bad.exit_code == 2 and ".ics" in bad.output
