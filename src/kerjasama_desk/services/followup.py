"""The follow-up dashboard: dormant agreements, expiries, counts per stage, load per officer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kerjasama_desk.domain.errors import FieldError, ValidationFailed
from kerjasama_desk.domain.followup import (
    LIVE_STAGES,
    FollowUpSettings,
    Timeline,
    TimelineEvent,
    dormancy_cutoff,
    expiry_horizon,
    timeline,
)
from kerjasama_desk.domain.listing import FollowUpRow, StageCount
from kerjasama_desk.domain.models import Activity
from kerjasama_desk.domain.validation import validate_activity
from kerjasama_desk.services.register import RegisterService


@dataclass(frozen=True)
class Dashboard:
    today: date
    settings: FollowUpSettings
    dormant_total: int
    dormant: list[FollowUpRow]
    expiring_total: int
    expiring: list[FollowUpRow]
    stages: list[StageCount]
    load: list[tuple[str, int]]
    overdue: list[FollowUpRow] = field(default_factory=list)  # commitments: not built yet


def dashboard(service: RegisterService, today: date,
              settings: FollowUpSettings | None = None, limit: int = 50) -> Dashboard:
    settings = settings or FollowUpSettings()
    agreements = service.register.agreements
    dormant_total, dormant = agreements.dormant(
        dormancy_cutoff(today, settings), [s.value for s in LIVE_STAGES], limit)
    expiring_total, expiring = agreements.expiring(expiry_horizon(today, settings), limit)
    return Dashboard(today, settings, dormant_total, dormant, expiring_total, expiring,
                     agreements.stage_counts(), agreements.load_per_officer())


def partner_timeline(service: RegisterService, partner_id: int, today: date,
                     settings: FollowUpSettings | None = None) -> Timeline:
    """Initiatives, signings, expiries and activities of the partner's agreements, with the
    silences between them."""
    service.partner(partner_id)  # RecordNotFound for an unknown partner
    events = [TimelineEvent(date.fromisoformat(day), what, agreement_id, kind, text)
              for day, what, agreement_id, kind, text
              in service.register.activities.timeline(partner_id)]
    return timeline(events, today, settings or FollowUpSettings())


def check_activity(activity: Activity, today: date) -> list[FieldError]:
    return validate_activity(activity, today=today)


def log_activity(service: RegisterService, activity: Activity, today: date) -> int:
    """Records something that happened under an agreement (one transaction); it counts as the
    agreement's latest sign of life from then on."""
    errors = validate_activity(activity, today=today)
    if errors:
        raise ValidationFailed(errors)
    with service.register.transaction():
        service.agreement(int(activity.agreement_id or 0))
        return service.register.activities.insert(activity)
