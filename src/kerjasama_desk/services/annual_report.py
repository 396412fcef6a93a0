"""The annual cooperation implementation report for the head of region and the ministry: per
agreement in force that year its stage, activities per field, results, obstacles and follow-up
plan."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from kerjasama_desk.domain.models import Activity, Agreement, Commitment
from kerjasama_desk.domain.report import Facts, Grid, Report, Section, Text
from kerjasama_desk.domain.vocab import (
    CommitmentStatus,
)
from kerjasama_desk.formatting import format_date, format_number
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.report_words import word
from kerjasama_desk.services.reports import (
    _activity_kind,
    _agreement_facts,
    _commitment_grid,
    _context,
)


def annual_report(service: RegisterService, year: int, *, language: str, today: date) -> Report:
    """The year's implementation report: a summary, then per agreement in force during the
    year its stage, activities per field, results, obstacles and follow-up plan."""
    ctx = _context(service, language, today)
    w = language
    register = service.register
    start, end = date(year, 1, 1), date(year, 12, 31)
    reported: list[Agreement] = []
    for agreement_id in register.ids("agreements"):
        agreement = service.agreement(agreement_id)
        if agreement.signed_on is None or agreement.signed_on > end:
            continue
        if (
            agreement.expires_on is not None
            and not agreement.open_ended
            and agreement.expires_on < start
        ):
            continue
        reported.append(agreement)
    activities: dict[int, list[Activity]] = defaultdict(list)
    for activity in register.activities.between(start, end):
        activities[int(activity.agreement_id or 0)].append(activity)
    commitments: dict[int, list[Commitment]] = defaultdict(list)
    for item in register.commitments.all_of([int(a.id or 0) for a in reported]):
        commitments[int(item.agreement_id or 0)].append(item)
    done = sum(
        1
        for items in commitments.values()
        for c in items
        if c.status is CommitmentStatus.DONE and c.done_on is not None and start <= c.done_on <= end
    )
    overdue = sum(
        1
        for items in commitments.values()
        for c in items
        if c.status is CommitmentStatus.OPEN
        and c.due_on is not None
        and c.due_on <= end
        and c.due_on < today
    )
    quiet = [a for a in reported if not activities.get(int(a.id or 0))]
    summary = Facts(
        (
            (word("agreements_reported", w), format_number(len(reported), w)),
            (
                word("activities_year", w),
                format_number(sum(len(v) for v in activities.values()), w),
            ),
            (word("commitments_done", w), format_number(done, w)),
            (word("commitments_overdue", w), format_number(overdue, w)),
            (word("quiet_agreements", w), format_number(len(quiet), w)),
        )
    )
    sections = [Section(word("summary", w), (summary,))]
    for agreement in reported:
        agreement_id = int(agreement.id or 0)
        partner = service.partner(int(agreement.partner_id or 0))
        done_here = activities.get(agreement_id, [])
        by_field: dict[str, list[Activity]] = defaultdict(list)
        for activity in done_here:
            by_field[activity.field.label(w) if activity.field else word("no_field", w)].append(
                activity
            )
        rows = tuple(
            (field, ctx.date(a.happened_on), _activity_kind(a.kind, w), a.description)
            for field in sorted(by_field)
            for a in by_field[field]
        )
        results = [f"• {ctx.date(a.happened_on)}: {a.outcome}" for a in done_here if a.outcome]
        items = commitments.get(agreement_id, [])
        obstacles = [word("obstacle_quiet", w)] if not done_here else []
        obstacles += [
            word("obstacle_dropped", w, what=c.title, why=c.evidence)
            for c in items
            if c.status is CommitmentStatus.DROPPED
        ]
        late = [
            c
            for c in items
            if c.status is CommitmentStatus.OPEN
            and c.due_on is not None
            and c.due_on <= end
            and c.due_on < today
        ]
        if late:
            obstacles.append(word("risk_overdue", w, count=format_number(len(late), w)))
        plan = [
            c
            for c in items
            if c.status is CommitmentStatus.OPEN
            and c.due_on is not None
            and c.due_on > end
            and c.due_on.year == year + 1
        ]
        sections += [
            Section(
                f"{partner.name} — {agreement.title_id}",
                (_agreement_facts(ctx, agreement, None),),
                level=1,
                new_page=True,
            ),
            Section(
                word("per_field", w),
                (
                    Grid(
                        (
                            word("field", w),
                            word("date", w),
                            word("kind", w),
                            word("description", w),
                        ),
                        rows,
                        (0.22, 0.16, 0.18, 0.44),
                        word("no_activities", w),
                    ),
                ),
                level=2,
            ),
            Section(
                word("results", w),
                tuple(Text(r) for r in results) or (Text(word("no_results", w)),),
                level=2,
            ),
            Section(
                word("obstacles", w),
                tuple(Text(f"• {o}") for o in obstacles) or (Text(word("no_obstacles", w)),),
                level=2,
            ),
            Section(
                word("follow_up", w),
                (_commitment_grid(ctx, plan),) if plan else (Text(word("no_follow_up", w)),),
                level=2,
            ),
        ]
    day = format_date(today, w)
    return Report(
        title=word("annual", w, year=year),
        subtitle=word("annual_subtitle", w, day=day),
        language=w,
        footer=word("annual_footer", w, year=year),
        sections=tuple(sections),
    )
