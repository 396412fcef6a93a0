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
