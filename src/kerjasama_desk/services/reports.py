"""Reports built from the register as the report model (``domain.report``), in Indonesian or
English, and written as PDF or DOCX:

- the **handover dossier** of an officer (every agreement they hold: why and how the partner was
  chosen, timeline, documents and their numbers, partner contacts, open commitments, risks, next
  steps), or of one agreement;
- the **annual cooperation implementation report** for the head of region and the ministry: per
  agreement its stage, activities per field, results, obstacles and follow-up plan.

Report words are the document's, not the UI's: like agreement texts they are chosen by the
report's language, whatever language the app shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kerjasama_desk.atomic import write_atomically
from kerjasama_desk.domain.errors import Stopped
from kerjasama_desk.domain.followup import (
    LIFE_SIGNS,
    LIVE_STAGES,
    FollowUpSettings,
    dormancy_cutoff,
    in_force_until,
    notice_deadline,
    timeline,
)
from kerjasama_desk.domain.models import Agreement, Commitment
from kerjasama_desk.domain.progress import Stop
from kerjasama_desk.domain.report import Facts, Grid, Report, Section, Text
from kerjasama_desk.domain.vocab import (
    ActivityKind,
    AgreementStage,
    CommitmentStatus,
    OfficerStatus,
)
from kerjasama_desk.formatting import country_name, format_date, format_number, format_timestamp
from kerjasama_desk.services import parameters
from kerjasama_desk.services.followup import partner_timeline
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.registers import open_service
from kerjasama_desk.services.report_words import word

REPORT_FORMATS = (".pdf", ".docx")


@dataclass(frozen=True)
class _Context:
    service: RegisterService
    language: str
    today: date
    settings: FollowUpSettings
    names: dict[int, str]
    transferred: set[int]

    def date(self, value: date | None) -> str:
        return format_date(value, self.language) or word("none", self.language)

    def officer(self, officer_id: int | None) -> str:
        if officer_id is None:
            return word("none", self.language)
        name = self.names.get(officer_id, "")
        if officer_id in self.transferred:
            return f"{name} ({OfficerStatus.TRANSFERRED.label(self.language)})"
        return name


def _context(service: RegisterService, language: str, today: date) -> _Context:
    choices = service.officer_choices()
    return _Context(
        service,
        language,
        today,
        parameters.follow_up(service),
        {i: name for i, name, _s in choices},
        {i for i, _n, status in choices if status is OfficerStatus.TRANSFERRED},
    )


def _activity_kind(kind: str, language: str) -> str:
    try:
        return ActivityKind(kind).label(language)
    except ValueError:
        return kind


def _agreement_facts(ctx: _Context, agreement: Agreement, role: str | None) -> Facts:
    w = ctx.language
    rows = []
    if role:
        rows.append((word("role", w), word(f"role_{role}", w)))
    expiry = word("open_ended", w) if agreement.open_ended else ctx.date(agreement.expires_on)
    rows += [
        (word("kind", w), agreement.kind.label(w)),
        (word("stage", w), agreement.stage.numbered_label(w)),
        (word("our_number", w), agreement.our_number or word("none", w)),
        (word("partner_number", w), agreement.partner_number or word("none", w)),
        (word("initiated", w), ctx.date(agreement.initiated_on)),
        (word("signed", w), ctx.date(agreement.signed_on)),
        (word("in_force", w), ctx.date(agreement.effective_on)),
        (word("expires", w), expiry),
    ]
    if agreement.expires_on is not None and not agreement.open_ended:
        rows.append(
            (word("notice", w), ctx.date(notice_deadline(agreement.expires_on, ctx.settings)))
        )
    rows += [
        (word("responsible", w), ctx.officer(agreement.responsible_officer_id)),
        (word("deputy", w), ctx.officer(agreement.deputy_officer_id)),
    ]
    fields = [choice.label(w) for choice in agreement.fields]
    if fields:
        rows.append((word("fields", w), "; ".join(fields)))
    return Facts(tuple(rows))


def _last_sign(ctx: _Context, agreement: Agreement) -> date | None:
    activities = ctx.service.register.activities.for_agreement(int(agreement.id or 0))
    days = [a.happened_on for a in activities if a.happened_on is not None]
    if agreement.signed_on is not None:
        days.append(agreement.signed_on)
    return max(days) if days else None


def _risks(ctx: _Context, agreement: Agreement, open_items: list[Commitment]) -> list[str]:
    w = ctx.language
    risks = []
    last = _last_sign(ctx, agreement)
    if (
        agreement.signed_on is not None
        and agreement.stage in LIVE_STAGES
        and last is not None
        and last < dormancy_cutoff(ctx.today, ctx.settings)
    ):
        risks.append(word("risk_dormant", w, day=ctx.date(last)))
    if (
        agreement.expires_on is not None
        and not agreement.open_ended
        and agreement.stage is not AgreementStage.ENDED
    ):
        if agreement.expires_on < ctx.today:
            risks.append(word("risk_expired", w, day=ctx.date(agreement.expires_on)))
        else:
            risks.append(word("risk_expiring", w, day=ctx.date(agreement.expires_on)))
            deadline = notice_deadline(agreement.expires_on, ctx.settings)
            if deadline >= ctx.today:
                risks.append(word("risk_notice", w, day=ctx.date(deadline)))
    late = [c for c in open_items if c.due_on is not None and c.due_on < ctx.today]
    if late:
        risks.append(word("risk_overdue", w, count=format_number(len(late), w)))
    stranded = [c for c in open_items if c.owner_id in ctx.transferred]
    if stranded:
        risks.append(word("risk_transferred", w, count=format_number(len(stranded), w)))
    if agreement.responsible_officer_id is None and agreement.stage is not AgreementStage.ENDED:
        risks.append(word("risk_no_officer", w))
    return risks


def _commitment_grid(
    ctx: _Context, items: list[Commitment], *, with_agreement: bool = False
) -> Grid:
    w = ctx.language
    rows = []
    for item in items:
        due = ctx.date(item.due_on)
        if item.due_on is not None and item.due_on < ctx.today:
            due = f"{due} ({word('late', w)})"
        cells = [due, item.title, ctx.officer(item.owner_id), item.status.label(w)]
        if with_agreement:
            agreement = ctx.service.agreement(int(item.agreement_id or 0))
            cells.insert(2, agreement.title_id)
        rows.append(tuple(cells))
    headers = [word("due", w), word("what", w), word("owner", w), word("status", w)]
    widths = [0.2, 0.45, 0.23, 0.12]
    if with_agreement:
        headers.insert(2, word("agreement", w))
        widths = [0.16, 0.3, 0.24, 0.18, 0.12]
    return Grid(tuple(headers), tuple(rows), tuple(widths), word("no_commitments", w))


def _agreement_part(
    ctx: _Context, agreement_id: int, role: str | None, *, new_page: bool
) -> list[Section]:
    """The dossier's part on one agreement."""
    w = ctx.language
    service = ctx.service
    register = service.register
    agreement = service.agreement(agreement_id)
    partner = service.partner(int(agreement.partner_id or 0))
    partner_name = (
        f"{partner.name} ({partner.native_name})" if partner.native_name else partner.name
    )
    why_rows = [
        (word("country", w), country_name(partner.country, w)),
        (word("level", w), partner.level.label(w)),
    ]
    if partner.population:
        why_rows.append((word("population", w), format_number(partner.population, w)))
    if partner.characteristics:
        why_rows.append(
            (word("characteristics", w), "; ".join(c.label(w) for c in partner.characteristics))
        )
    why: list[Facts | Text | Grid] = [Facts(tuple(why_rows))]
    for key, note in (("partner_notes", partner.notes), ("agreement_notes", agreement.notes)):
        if note.strip():
            why.append(Text(f"{word(key, w)}: {note.strip()}"))

    line = partner_timeline(service, int(partner.id or 0), ctx.today, ctx.settings)
    mine = {agreement_id, *(a for a in [agreement.parent_id] if a)}
    events = [e for e in line.events if e.agreement_id in mine]
    # The silences of this agreement (and the LoI before it), not the partner's, and none after
    # it stopped being in force: an MoU that ended in 2005 has not been quiet since then.
    until = in_force_until(agreement, ctx.today)
    if until is None and agreement.stage is AgreementStage.ENDED:
        until = max((e.day for e in events if e.what in LIFE_SIGNS), default=ctx.today)
    line = timeline(events, ctx.today, ctx.settings, until=until)
    event_rows = tuple(
        (
            ctx.date(e.day),
            word(f"{e.what}_event", w),
            f"{_activity_kind(e.kind, w)}: {e.text}" if e.what == "activity" else e.text,
        )
        for e in events
    )
    timeline_blocks: list[Facts | Text | Grid] = [
        Grid(
            (word("date", w), word("event", w), word("description", w)),
            event_rows,
            (0.2, 0.18, 0.62),
            word("no_events", w),
        )
    ]
    for silence in line.silences:
        timeline_blocks.append(
            Text(
                word(
                    "silence",
                    w,
                    years=format_number(int(silence.years), w),
                    start=ctx.date(silence.start),
                    end=ctx.date(silence.end),
                ),
                emphasis=True,
            )
        )

    attachments = register.attachments.for_agreement(agreement_id)
    documents: list[Facts | Text | Grid] = [
        Facts(
            (
                (word("our_number", w), agreement.our_number or word("none", w)),
                (word("partner_number", w), agreement.partner_number or word("none", w)),
            )
        ),
        Grid(
            (word("file", w), word("description", w), word("added", w), word("fingerprint", w)),
            tuple(
                (a.name, a.description, format_timestamp(a.created_at, w), a.sha256[:16] + "…")
                for a in attachments
            ),
            (0.34, 0.3, 0.18, 0.18),
            word("no_files", w),
        ),
    ]
    drafts = register.drafts.of_agreement(agreement_id)
    if drafts:
        documents.append(
            Grid(
                (word("title", w), word("template", w), word("versions", w), word("saved", w)),
                tuple(
                    (title, template, format_number(count, w), format_timestamp(saved, w))
                    for title, template, count, saved in drafts
                ),
                (0.46, 0.22, 0.12, 0.2),
            )
        )

    contacts = Grid(
        (
            word("person", w),
            word("organisation", w),
            word("email", w),
            word("phone", w),
            word("languages", w),
        ),
        tuple(
            (
                c.person,
                ", ".join(p for p in (c.title, c.organisation) if p),
                c.email,
                c.phone,
                c.languages,
            )
            for c in partner.contacts
        ),
        (0.22, 0.3, 0.2, 0.16, 0.12),
        word("no_contacts", w),
    )

    open_items = [
        c
        for c in register.commitments.for_agreement(agreement_id)
        if c.status is CommitmentStatus.OPEN
    ]
    risks = _risks(ctx, agreement, open_items)
    steps = [
        word(
            "step_commitment",
            w,
            day=ctx.date(c.due_on),
            what=c.title,
            owner=ctx.officer(c.owner_id),
        )
        for c in open_items[:8]
    ]
    if agreement.stage in LIVE_STAGES:
        if not open_items:
            steps.append(word("step_cycle", w))
        steps.append(word("step_log", w))
    if (
        agreement.expires_on is not None
        and not agreement.open_ended
        and notice_deadline(agreement.expires_on, ctx.settings) >= ctx.today
    ):
        steps.append(
            word(
                "step_decide", w, day=ctx.date(notice_deadline(agreement.expires_on, ctx.settings))
            )
        )
    return [
        Section(
            f"{partner_name} — {agreement.title_id}",
            (_agreement_facts(ctx, agreement, role),),
            level=1,
            new_page=new_page,
        ),
        Section(word("why", w), tuple(why), level=2),
        Section(word("timeline", w), tuple(timeline_blocks), level=2),
        Section(word("documents", w), tuple(documents), level=2),
        Section(word("contacts", w), (contacts,), level=2),
        Section(word("commitments", w), (_commitment_grid(ctx, open_items),), level=2),
        Section(
            word("risks", w),
            tuple(Text(r, emphasis=True) for r in risks) or (Text(word("no_risks", w)),),
            level=2,
        ),
        *(
            [Section(word("next_steps", w), tuple(Text(f"• {s}") for s in steps), level=2)]
            if steps
            else []
        ),
    ]


def handover_dossier(
    service: RegisterService, officer_id: int, *, language: str, today: date
) -> Report:
    """Everything a successor needs of the officer's work: a summary, the latest handover,
    then a part per agreement held, and the commitments held under other agreements."""
    ctx = _context(service, language, today)
    w = language
    officer = service.officer(officer_id)
    register = service.register
    held = register.agreements.held_by(officer_id)
    held_ids = {agreement_id for _role, agreement_id, _t, _o in held}
    owned = register.commitments.open_of(officer_id)
    overdue = [c for c in owned if c.due_on < today]
    summary: list[Facts | Text | Grid] = [
        Facts(
            (
                (word("officer", w), officer.name),
                (word("nip", w), officer.nip or word("none", w)),
                (word("position", w), officer.position or word("none", w)),
                (word("unit", w), officer.unit or word("none", w)),
                (word("status", w), officer.status.label(w)),
                (word("agreements_held", w), format_number(len(held), w)),
                (word("open_commitments", w), format_number(len(owned), w)),
                (word("overdue", w), format_number(len(overdue), w)),
            )
        )
    ]
    handovers = register.handovers.of(officer_id)
    if handovers:
        latest = handovers[0]
        summary.append(
            Text(word("handed_over", w, day=ctx.date(latest["handed_on"])), emphasis=False)
        )
        summary.append(
            Grid(
                (word("what", w), word("role", w), word("handed_to", w)),
                tuple(
                    (
                        item["title"],
                        word(f"role_{item['kind']}", w),
                        item["successor"] or word("none", w),
                    )
                    for item in latest["items"]
                ),
                (0.55, 0.2, 0.25),
            )
        )
        if latest["note"]:
            summary.append(Text(latest["note"]))
    sections = [Section(word("summary", w), tuple(summary))]
    parts = [(role, agreement_id) for role, agreement_id, _title, _other in held]
    # Commitments under agreements the officer does not hold come with their agreement too.
    parts += [
        ("commitment", agreement_id)
        for agreement_id in dict.fromkeys(
            c.agreement_id for c in owned if c.agreement_id not in held_ids
        )
    ]
    for number, (role, agreement_id) in enumerate(parts):
        sections += _agreement_part(ctx, agreement_id, role, new_page=number > 0)
    title = word("dossier", w)
    day = format_date(today, w)
    return Report(
        title=f"{title}: {officer.name}",
        subtitle=", ".join(p for p in (officer.position, officer.unit) if p)
        + (" · " if officer.position or officer.unit else "")
        + word("prepared", w, day=day),
        language=w,
        footer=f"{title} · {officer.name} · {day}",
        sections=tuple(sections),
        author=officer.name,
    )


def agreement_dossier(
    service: RegisterService, agreement_id: int, *, language: str, today: date
) -> Report:
    """The dossier of one agreement, for whoever takes it over."""
    ctx = _context(service, language, today)
    agreement = service.agreement(agreement_id)
    title = word("agreement_dossier", language)
    day = format_date(today, language)
    return Report(
        title=f"{title}: {agreement.title_id}",
        subtitle=word("prepared", language, day=day),
        language=language,
        footer=f"{title} · {day}",
        sections=tuple(_agreement_part(ctx, agreement_id, None, new_page=False)),
    )


def write_report_file(
    register: Path,
    build: Callable[[RegisterService], Report],
    path: Path,
    *,
    stop: Stop | None = None,
) -> None:
    """:func:`write_report` of what ``build`` makes of the register at ``register``, read on
    its own read-only connection, for a worker thread beside the window's. ``stop()`` is heard
    between building, rendering and writing: once it says so, :class:`Stopped` is raised and
    nothing is written."""

    def heard() -> None:
        if stop is not None and stop():
            raise Stopped

    service = open_service(register, read_only=True)
    try:
        report = build(service)
    finally:
        service.close()
    heard()
    write_report(report, path, before_writing=heard)


def write_report(
    report: Report, path: Path, *, before_writing: Callable[[], None] | None = None
) -> None:
    """Writes ``report`` as PDF or DOCX by the file's extension, whole or not at all. Raises
    ValueError for another extension, OSError when the file cannot be written.
    ``before_writing`` runs once the file's content is made, before it is written."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from kerjasama_desk.export import report_pdf
        from kerjasama_desk.services.exports import fonts_folder

        data = report_pdf.render(report, fonts_folder())
    elif suffix == ".docx":
        from kerjasama_desk.export import report_docx

        data = report_docx.render(report)
    else:
        raise ValueError(f"{path.name}: the file name must end in .pdf or .docx")
    if before_writing is not None:
        before_writing()
    write_atomically(path, data)
