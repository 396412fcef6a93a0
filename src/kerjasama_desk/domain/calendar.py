"""Dates to keep in a calendar: expiries, notice deadlines, commitments (joint working group
meetings among them). Plain data; ``export.ics`` writes them for Outlook or Thunderbird."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CalendarEvent:
    uid: str  # stable across exports, so a calendar updates the event instead of doubling it
    day: date  # an all-day event
    summary: str
    description: str = ""
    category: str = ""  # "expiry", "notice", "commitment"
    alarm_days: int | None = None  # remind this many days before
    days: int = 1  # how many days it lasts (a trip)
