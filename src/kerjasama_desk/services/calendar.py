"""The register's deadlines as a calendar file: each agreement's expiry and notice deadline,
every open commitment (joint working group meetings, plans of action, reports) and every planned
official trip, as all-day events with reminders, for Outlook or Thunderbird."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kerjasama_desk.atomic import write_atomically
from kerjasama_desk.domain.calendar import CalendarEvent
from kerjasama_desk.domain.followup import notice_deadline
from kerjasama_desk.domain.vocab import Term
from kerjasama_desk.formatting import format_date
from kerjasama_desk.services import parameters
from kerjasama_desk.services.register import RegisterService

_WORDS = {
    "name": Term("Kerjasama Desk: tenggat perjanjian", "Kerjasama Desk: agreement deadlines"),
    "expiry": Term("Berakhir: {title} ({partner})", "Expires: {title} ({partner})"),
    "notice": Term(
        "Batas pemberitahuan perpanjangan/pengakhiran: {title} ({partner})",
        "Last day for notice of renewal or termination: {title} ({partner})",
    ),
    "commitment": Term("{title} — {partner}", "{title} — {partner}"),
    "officer": Term("Penanggung jawab: {name}", "Responsible: {name}"),
    "agreement": Term("Perjanjian: {title}", "Agreement: {title}"),
    "overdue": Term("Lewat tenggat sejak {day}.", "Overdue since {day}."),
    "trip": Term(
        "Perjalanan dinas ke {destination} ({purpose})",
        "Official trip to {destination} ({purpose})",
    ),
}
_DOMAIN = "kerjasama-desk"


def _word(key: str, language: str, **values: object) -> str:
    return _WORDS[key].in_language(language).format(**values)


def calendar_events(
    service: RegisterService, *, today: date, language: str, past_days: int = 90
) -> list[CalendarEvent]:
    """Expiries and notice deadlines from ``past_days`` ago on, and every open commitment
    (overdue ones stay on their day and say so), soonest first."""
    settings = parameters.follow_up(service)
    register = service.register
    since = today - timedelta(days=past_days)
    events: list[CalendarEvent] = []
    far = date(9999, 12, 31)
    expiring = register.agreements.expiring_between(since, far)
    agreement_uuids = register.uuids("agreements", (row.id for row in expiring))
    for row in expiring:
        if row.since is None:
            continue
        uuid = agreement_uuids[row.id]
        officer = _word("officer", language, name=row.officer_name or "—")
        events.append(
            CalendarEvent(
                f"expiry-{uuid}@{_DOMAIN}",
                row.since,
                _word("expiry", language, title=row.title_id, partner=row.partner_name),
                officer,
                "expiry",
                30 if row.since >= today else None,
            )
        )
        deadline = notice_deadline(row.since, settings)
        if deadline >= since:
            events.append(
                CalendarEvent(
                    f"notice-{uuid}@{_DOMAIN}",
                    deadline,
                    _word("notice", language, title=row.title_id, partner=row.partner_name),
                    officer,
                    "notice",
                    14 if deadline >= today else None,
                )
            )
    due = register.commitments.open_between(None, None)
    commitment_uuids = register.uuids("commitments", (item.id for item in due))
    for item in due:
        lines = [
            _word("agreement", language, title=item.agreement_title),
            _word("officer", language, name=item.owner_name or "—"),
        ]
        if item.due_on < today:
            lines.append(_word("overdue", language, day=format_date(item.due_on, language)))
        events.append(
            CalendarEvent(
                f"commitment-{commitment_uuids[item.id]}@{_DOMAIN}",
                item.due_on,
                _word("commitment", language, title=item.title, partner=item.partner_name),
                "\n".join(lines),
                "commitment",
                7 if item.due_on >= today else None,
            )
        )
    for trip in register.trips.planned_from(since):
        if trip.departs_on is None:
            continue
        events.append(
            CalendarEvent(
                f"trip-{trip.uuid}@{_DOMAIN}",
                trip.departs_on,
                _word(
                    "trip",
                    language,
                    destination=trip.destination,
                    purpose=trip.purpose.label(language),
                ),
                "\n".join(trip.delegation),
                "trip",
                14 if trip.departs_on >= today else None,
                days=((trip.returns_on - trip.departs_on).days + 1) if trip.returns_on else 1,
            )
        )
    return sorted(events, key=lambda e: (e.day, e.uid))


def export_calendar(service: RegisterService, path: Path, *, today: date, language: str) -> int:
    """Writes the calendar to ``path`` (whole or not at all); returns the number of events."""
    # icalendar only for a calendar
    from kerjasama_desk.export import ics

    events = calendar_events(service, today=today, language=language)
    write_atomically(path, ics.render(events, _word("name", language)))
    return len(events)
