"""Follow-up rules: when a signed agreement counts as dormant, when an expiry needs attention.
The numbers are settings with docs/domain.md §4's defaults, each with its basis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from kerjasama_desk.domain.models import Agreement, Commitment
from kerjasama_desk.domain.vocab import AgreementStage, CommitmentSource, CooperationField


@dataclass(frozen=True)
class FollowUpSettings:
    dormancy_months: int = 12  # product rule: the joint working group meets every year
    expiry_warning_months: int = 6  # product rule: six months before expiry / notice
    notice_months: int = 6  # termination by six months' prior written notice (docs/domain.md §4)


# Stages in which an agreement is signed and should show life.
LIVE_STAGES = (
    AgreementStage.SIGNING,
    AgreementStage.IMPLEMENTATION,
    AgreementStage.EVALUATION,
    AgreementStage.RENEWAL,
)


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


def notice_deadline(expires_on: date, settings: FollowUpSettings) -> date:
    """The last day to give written notice of termination (or of the wish to renew on other
    terms) before ``expires_on``; after it the agreement runs to its end as it is."""
    return months_before(expires_on, settings.notice_months)


def notice_expiries(first: date, last: date, settings: FollowUpSettings) -> tuple[date, date]:
    """The expiry dates whose notice deadline falls from ``first`` to ``last``: an interval,
    since a later expiry never has an earlier deadline (month ends make it a few days wider or
    narrower than plain month arithmetic, hence the search)."""
    months = settings.notice_months
    low = months_after(first, months) - timedelta(days=4)
    while notice_deadline(low, settings) < first:
        low += timedelta(days=1)
    high = months_after(last, months) + timedelta(days=4)
    while notice_deadline(high, settings) > last:
        high -= timedelta(days=1)
    return low, high


# Commitments proposed from a signed agreement ----------------------------------------------

_YEAR = {"id": "tahun ke-{n}", "en": "year {n}"}


def proposed_commitments(
    agreement: Agreement, *, since: date, language: str, months_ahead: int = 24
) -> list[Commitment]:
    """The annual cycle a signed agreement sets off, due from ``since`` for ``months_ahead``
    (never past its expiry): in each year of the term a plan of action agreed in its first
    three months, a joint working group meeting a month before its anniversary and an
    implementation report a month after; and a first programme in each cooperation field
    within the first year. Titles are in ``language``; the owner is the responsible officer."""
    if agreement.signed_on is None:
        return []
    start = agreement.effective_on or agreement.signed_on
    last = months_after(since, months_ahead)
    if agreement.expires_on is not None and not agreement.open_ended:
        last = min(last, agreement.expires_on)
    proposals: list[Commitment] = []

    def propose(
        title: str, due: date, source: CommitmentSource, field: CooperationField | None = None
    ) -> None:
        if since <= due <= last:
            proposals.append(
                Commitment(
                    agreement_id=agreement.id,
                    title=title,
                    owner_id=agreement.responsible_officer_id,
                    due_on=due,
                    source=source,
                    field=field,
                )
            )

    first_year_end = months_after(start, 12)
    for choice in agreement.fields:
        if choice.standard is not None and choice.standard is not CooperationField.OTHER:
            label = CommitmentSource.FIELD_PROGRAMME.label(language)
            propose(
                f"{label}: {choice.standard.label(language)}",
                first_year_end,
                CommitmentSource.FIELD_PROGRAMME,
                choice.standard,
            )
    year = 1
    while (year_start := months_after(start, 12 * (year - 1))) <= last:
        anniversary = months_after(start, 12 * year)
        which = _YEAR["id" if language == "id" else "en"].format(n=year)
        for source, due in (
            (CommitmentSource.PLAN_OF_ACTION, months_after(year_start, 3)),
            (CommitmentSource.WORKING_GROUP, months_before(anniversary, 1)),
            (CommitmentSource.ANNUAL_REPORT, months_after(anniversary, 1)),
        ):
            propose(f"{source.label(language)}, {which}", due, source)
        year += 1
    return sorted(proposals, key=lambda c: (c.due_on or start, c.source.value))


def same_commitment(a: Commitment, b: Commitment) -> bool:
    """Two commitments of one agreement stand for the same promise of its cycle."""
    return (
        a.source is not CommitmentSource.MANUAL
        and a.source is b.source
        and a.field is b.field
        and a.due_on == b.due_on
    )


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


def in_force_until(agreement: Agreement, today: date) -> date | None:
    """The day an agreement stopped being in force, as far as the register knows: its expiry
    once past, or for an ended one (an open-ended one never expires). None while it is in force,
    and for an ended one whose expiry was not recorded. Silences after that day are not the
    agreement's."""
    if agreement.expires_on is not None and not agreement.open_ended:
        if agreement.expires_on < today or agreement.stage is AgreementStage.ENDED:
            return min(agreement.expires_on, today)
    return None


def timeline(
    events: list[TimelineEvent],
    today: date,
    settings: FollowUpSettings,
    *,
    until: date | None = None,
) -> Timeline:
    """The events in order, with every silence of at least ``settings.dormancy_months`` between
    two signs of life, and from the last one to ``today``, or to ``until`` when the agreements
    shown stopped being in force then (nothing to show before the first sign)."""
    ordered = tuple(sorted(events, key=lambda e: (e.day, e.what)))
    end_of_watch = min(today, until) if until is not None else today
    signs = sorted({e.day for e in ordered if e.what in LIFE_SIGNS and e.day <= end_of_watch})
    silences = []
    # each sign of life with the next one (the last with the end); none when nothing is dated
    for before, after in pairwise([*signs, end_of_watch]):
        if after >= months_after(before, settings.dormancy_months):
            silences.append(Silence(before, after))
    start = ordered[0].day if ordered else None
    end = max([today, *(e.day for e in ordered)])
    return Timeline(ordered, tuple(silences), start, end)
