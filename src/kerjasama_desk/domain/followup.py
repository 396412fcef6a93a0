"""Follow-up rules: when a signed agreement counts as dormant, when an expiry needs attention.
The numbers are settings with DOMAIN.md §4's defaults, each with its basis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kerjasama_desk.domain.vocab import AgreementStage


@dataclass(frozen=True)
class FollowUpSettings:
    dormancy_months: int = 12  # product rule: the joint working group meets every year
    expiry_warning_months: int = 6  # product rule: six months before expiry / notice


# Stages in which an agreement is signed and should show life.
LIVE_STAGES = (AgreementStage.SIGNING, AgreementStage.IMPLEMENTATION, AgreementStage.EVALUATION,
               AgreementStage.RENEWAL)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when that month is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def months_after(day: date, months: int) -> date:
    return months_before(day, -months)


def dormancy_cutoff(today: date, settings: FollowUpSettings) -> date:
    """Agreements whose last sign of life is before this day are dormant."""
    return months_before(today, settings.dormancy_months)


def expiry_horizon(today: date, settings: FollowUpSettings) -> date:
    """Agreements expiring on or before this day need attention now."""
    return months_after(today, settings.expiry_warning_months)


# A partner's timeline: what happened when, and the silences between ------------------------

LIFE_SIGNS = ("initiated", "signed", "activity")  # "expires" marks a date, not a sign of life


@dataclass(frozen=True)
class TimelineEvent:
    day: date
    what: str  # "initiated", "signed", "expires" or "activity"
    agreement_id: int
    kind: str  # the agreement's kind, or the activity's
    text: str


@dataclass(frozen=True)
class Silence:
    """A stretch of at least the dormancy threshold without any sign of life."""

    start: date
    end: date

    @property
    def years(self) -> float:
        return (self.end - self.start).days / 365.25


@dataclass(frozen=True)
class Timeline:
    events: tuple[TimelineEvent, ...]
    silences: tuple[Silence, ...]
    start: date | None
    end: date


def timeline(events: list[TimelineEvent], today: date, settings: FollowUpSettings) -> Timeline:
    """The events in order, with every silence of at least ``settings.dormancy_months`` between
    two signs of life, and from the last one to ``today`` (nothing to show before the first)."""
    ordered = tuple(sorted(events, key=lambda e: (e.day, e.what)))
    signs = sorted({e.day for e in ordered if e.what in LIFE_SIGNS and e.day <= today})
    silences = []
    for before, after in zip(signs, [*signs[1:], today], strict=True):
        if after >= months_after(before, settings.dormancy_months):
            silences.append(Silence(before, after))
    start = ordered[0].day if ordered else None
    end = max([today, *(e.day for e in ordered)])
    return Timeline(ordered, tuple(silences), start, end)
