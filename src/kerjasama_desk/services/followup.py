"""The follow-up dashboard: dormant agreements, expiries, counts per stage, load per officer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kerjasama_desk.domain.followup import (
    LIVE_STAGES,
    FollowUpSettings,
    dormancy_cutoff,
    expiry_horizon,
)
from kerjasama_desk.domain.listing import FollowUpRow, StageCount
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
