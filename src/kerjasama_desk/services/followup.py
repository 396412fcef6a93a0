"""Follow-up after signing: the dashboard (dormant agreements, expiries, notice deadlines,
overdue commitments, counts per stage, load per officer), partner timelines, activities and
commitments."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from kerjasama_desk import clock
from kerjasama_desk.domain.errors import FieldError, RecordNotFound, ValidationFailed
from kerjasama_desk.domain.followup import (
    LIVE_STAGES,
    FollowUpSettings,
    Timeline,
    TimelineEvent,
    dormancy_cutoff,
    expiry_horizon,
    notice_deadline,
    notice_expiries,
    proposed_commitments,
    same_commitment,
    timeline,
)
from kerjasama_desk.domain.listing import CommitmentRow, FollowUpRow, StageCount
from kerjasama_desk.domain.models import Activity, Commitment
from kerjasama_desk.domain.validation import (
    normalise_commitment,
    validate_activity,
    validate_commitment,
)
from kerjasama_desk.domain.vocab import AgreementStage, CommitmentStatus
from kerjasama_desk.services import parameters
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
    overdue_total: int
    overdue: list[CommitmentRow]
    notice_total: int
    notice: list[FollowUpRow]  # ``since`` is the notice deadline
    drafts_total: int = 0  # documents being drafted: agreement texts, letters, minutes, notices


def local_today(now: datetime | None = None) -> date:
    """The officer's calendar day: dormancy, expiry and due dates are calendar days of the
    office, so "today" is the local date of ``now`` (this computer's clock by default), never a
    UTC date that is still yesterday in Jakarta until 07:00."""
    return (now or clock.now()).date()


def dashboard(
    service: RegisterService, today: date, settings: FollowUpSettings | None = None, limit: int = 50
) -> Dashboard:
    settings = settings or parameters.follow_up(service)
    register = service.register
    agreements = register.agreements
    dormant_total, dormant = agreements.dormant(
        dormancy_cutoff(today, settings),
        [s.value for s in LIVE_STAGES],
        [s.value for s in LIVE_STAGES if s is not AgreementStage.SIGNING],  # signed, day unknown
        limit,
    )
    expiring_total, expiring = agreements.expiring(expiry_horizon(today, settings), limit)
    overdue_total, overdue = register.commitments.overdue(today, limit)
    notice_total, notice = notice_deadlines(service, today, settings, limit)
    return Dashboard(
        today,
        settings,
        dormant_total,
        dormant,
        expiring_total,
        expiring,
        agreements.stage_counts(),
        agreements.load_per_officer(),
        overdue_total,
        overdue,
        notice_total,
        notice,
        register.drafts.count(),
    )


@dataclass(frozen=True)
class Digest:
    """What falls due in the coming days: shown when the app opens."""

    days: int
    commitments: int
    notices: int
    expiries: int

    @property
    def empty(self) -> bool:
        return not (self.commitments or self.notices or self.expiries)


def digest(
    service: RegisterService, today: date, days: int = 30, settings: FollowUpSettings | None = None
) -> Digest:
    settings = settings or parameters.follow_up(service)
    end = today + timedelta(days=days)
    agreements = service.register.agreements
    return Digest(
        days,
        service.register.commitments.count_open_between(today, end),
        agreements.count_expiring_between(*notice_expiries(today, end, settings)),
        agreements.count_expiring_between(today, end),
    )


def notice_deadlines(
    service: RegisterService, today: date, settings: FollowUpSettings | None = None, limit: int = 50
) -> tuple[int, list[FollowUpRow]]:
    """Signed agreements whose last day for written notice (renew or end) falls between today
    and the warning horizon: how many, and the nearest first; ``since`` is that day."""
    settings = settings or parameters.follow_up(service)
    first, last = notice_expiries(today, expiry_horizon(today, settings), settings)
    agreements = service.register.agreements
    return agreements.count_expiring_between(first, last), [
        replace(row, since=notice_deadline(row.since, settings))
        for row in agreements.expiring_between(first, last, limit)
        if row.since is not None
    ]


def partner_timeline(
    service: RegisterService, partner_id: int, today: date, settings: FollowUpSettings | None = None
) -> Timeline:
    """Initiatives, signings, expiries and activities of the partner's agreements, with the
    silences between them."""
    service.partner(partner_id)  # RecordNotFound for an unknown partner
    events = [
        TimelineEvent(date.fromisoformat(day), what, agreement_id, kind, text)
        for day, what, agreement_id, kind, text in service.register.activities.timeline(partner_id)
    ]
    return timeline(events, today, settings or parameters.follow_up(service))


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
        if activity.evidence_id is not None:
            evidence = service.register.attachments.get(activity.evidence_id)
            if evidence is None or evidence.agreement_id != activity.agreement_id:
                raise ValueError("the evidence belongs to another agreement")
        return service.register.activities.insert(activity)


# Commitments ---------------------------------------------------------------------------------


def commitments(service: RegisterService, agreement_id: int) -> list[Commitment]:
    """The commitments of an agreement, by due date."""
    return service.register.commitments.for_agreement(agreement_id)


def commitment(service: RegisterService, commitment_id: int) -> Commitment:
    found = service.register.commitments.get(commitment_id)
    if found is None:
        raise RecordNotFound(f"commitment {commitment_id}")
    return found


def check_commitment(service: RegisterService, item: Commitment, today: date) -> list[FieldError]:
    item = normalise_commitment(item)
    owner = service.register.officers.get(item.owner_id) if item.owner_id is not None else None
    return validate_commitment(item, owner=owner, today=today)


def _store(service: RegisterService, item: Commitment, today: date) -> int:
    item = normalise_commitment(item)
    errors = check_commitment(service, item, today)
    if errors:
        raise ValidationFailed(errors)
    service.agreement(int(item.agreement_id or 0))  # RecordNotFound when it went meanwhile
    repository = service.register.commitments
    if item.id is None:
        return repository.insert(item)
    if repository.get(item.id) is None:
        raise RecordNotFound(f"commitment {item.id}")
    repository.update(item)
    return item.id


def save_commitment(service: RegisterService, item: Commitment, today: date) -> int:
    """Adds or changes one commitment (one transaction)."""
    with service.register.transaction():
        return _store(service, item, today)


def add_commitments(service: RegisterService, items: list[Commitment], today: date) -> list[int]:
    """Adds several commitments at once: all of them, or none when one is invalid."""
    with service.register.transaction():
        return [_store(service, item, today) for item in items]


def set_commitment_status(
    service: RegisterService,
    commitment_id: int,
    status: CommitmentStatus,
    *,
    today: date,
    evidence: str = "",
    done_on: date | None = None,
) -> None:
    """Marks a commitment done (on ``done_on``, today by default), dropped (``evidence`` says
    why) or open again. Evidence given is added to what was there."""
    with service.register.transaction():
        item = commitment(service, commitment_id)
        text = "\n".join(part for part in (item.evidence.strip(), evidence.strip()) if part)
        _store(
            service,
            replace(
                item,
                status=status,
                evidence=text,
                done_on=(done_on or today) if status is CommitmentStatus.DONE else None,
            ),
            today,
        )


def delete_commitment(service: RegisterService, commitment_id: int) -> None:
    with service.register.transaction():
        commitment(service, commitment_id)
        service.register.commitments.delete(commitment_id)


def propose_commitments(
    service: RegisterService, agreement_id: int, *, since: date, language: str
) -> list[Commitment]:
    """The annual cycle of a signed agreement from ``since`` (see
    :func:`~kerjasama_desk.domain.followup.proposed_commitments`), less what is already
    recorded."""
    agreement = service.agreement(agreement_id)
    existing = service.register.commitments.for_agreement(agreement_id)
    return [
        item
        for item in proposed_commitments(agreement, since=since, language=language)
        if not any(same_commitment(item, known) for known in existing)
    ]
