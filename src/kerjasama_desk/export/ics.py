"""Calendar events as an iCalendar file (RFC 5545, via icalendar): all-day events with stable
UIDs and reminders, which Outlook and Thunderbird import and update on a second import."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from kerjasama_desk import __version__
from kerjasama_desk.domain.calendar import CalendarEvent


def render(events: list[CalendarEvent], name: str, now: datetime | None = None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//Kerjasama Desk//{__version__}//ID")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = now or datetime.now(UTC)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=item.days))
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        if item.category:
            event.add("categories", [item.category])
        event.add("transp", "TRANSPARENT")  # a deadline, not a busy day
        if item.alarm_days is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.summary)
            alarm.add("trigger", timedelta(days=-item.alarm_days))
            event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
