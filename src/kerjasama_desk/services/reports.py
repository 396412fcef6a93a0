"""Reports built from the register as the report model (``domain.report``), in Indonesian or
English, and written as PDF or DOCX:

- the **handover dossier** of an officer (every agreement they hold: why and how the partner was
  chosen, timeline, documents and their numbers, partner contacts, open commitments, risks, next
  steps), or of one agreement;
- the **annual cooperation implementation report** for the head of region and the ministry: per
  agreement its stage, activities per field, results, obstacles and follow-up plan.

Report words are the document's, not the UI's: like agreement texts they are chosen by the
report's language, whatever language the app shows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kerjasama_desk.domain.followup import (
    LIVE_STAGES,
    FollowUpSettings,
    dormancy_cutoff,
    notice_deadline,
)
from kerjasama_desk.domain.models import Activity, Agreement, Commitment
from kerjasama_desk.domain.report import Facts, Grid, Report, Section, Text
from kerjasama_desk.domain.vocab import (
    ActivityKind,
    AgreementStage,
    CommitmentStatus,
    OfficerStatus,
    Term,
)
from kerjasama_desk.formatting import country_name, format_date, format_number, format_timestamp
from kerjasama_desk.services import parameters
from kerjasama_desk.services.files import write_atomically
from kerjasama_desk.services.followup import partner_timeline
from kerjasama_desk.services.register import RegisterService

REPORT_FORMATS = (".pdf", ".docx")

_WORDS: dict[str, Term] = {
    "dossier": Term("Berkas Serah Terima", "Handover dossier"),
    "agreement_dossier": Term("Berkas Kerja Sama", "Agreement dossier"),
    "prepared": Term("Disusun {day}", "Prepared {day}"),
    "summary": Term("Ringkasan", "Summary"),
    "officer": Term("Pejabat", "Officer"),
    "nip": Term("NIP", "NIP"),
    "position": Term("Jabatan", "Position"),
    "unit": Term("Unit kerja", "Unit"),
    "status": Term("Status", "Status"),
    "agreements_held": Term("Kerja sama yang dipegang", "Agreements held"),
    "open_commitments": Term("Komitmen terbuka", "Open commitments"),
    "overdue": Term("Lewat tenggat", "Overdue"),
    "handed_over": Term("Serah terima {day}", "Handed over on {day}"),
    "handed_to": Term("Diserahkan kepada", "Handed to"),
    "what": Term("Apa", "What"),
    "role_responsible": Term("penanggung jawab", "responsible officer"),
    "role_deputy": Term("wakil", "deputy"),
    "role_commitment": Term("pemegang komitmen", "owner of commitments"),
    "role": Term("Peran pejabat", "The officer's role"),
    "kind": Term("Jenis", "Kind"),
    "stage": Term("Tahap", "Stage"),
    "our_number": Term("Nomor kita", "Our number"),
    "partner_number": Term("Nomor mitra", "Partner's number"),
    "initiated": Term("Prakarsa", "Initiated"),
    "signed": Term("Ditandatangani", "Signed"),
    "in_force": Term("Berlaku sejak", "In force from"),
    "expires": Term("Berakhir", "Expires"),
    "open_ended": Term("tanpa batas waktu", "open-ended"),
    "notice": Term("Batas pemberitahuan pengakhiran", "Last day for notice of termination"),
    "responsible": Term("Penanggung jawab", "Responsible officer"),
    "deputy": Term("Wakil", "Deputy"),
    "last_sign": Term("Tanda kehidupan terakhir", "Last sign of life"),
    "none": Term("—", "—"),
    "why": Term(
        "Mengapa mitra ini dan bagaimana dipilih", "Why this partner, and how it was chosen"
    ),
    "country": Term("Negara", "Country"),
    "level": Term("Tingkat", "Level"),
    "population": Term("Penduduk", "Population"),
    "characteristics": Term("Karakteristik", "Characteristics"),
    "partner_notes": Term("Catatan tentang mitra", "Notes on the partner"),
    "agreement_notes": Term("Catatan tentang kerja sama", "Notes on the agreement"),
    "fields": Term("Bidang kerja sama", "Cooperation fields"),
    "timeline": Term("Riwayat", "Timeline"),
    "date": Term("Tanggal", "Date"),
    "event": Term("Peristiwa", "Event"),
    "initiated_event": Term("Prakarsa", "Initiative"),
    "signed_event": Term("Penandatanganan", "Signing"),
    "expires_event": Term("Berakhir", "Expiry"),
    "activity_event": Term("Kegiatan", "Activity"),
    "silence": Term(
        "Tanpa kegiatan {years} tahun: {start} sampai {end}.",
        "No activity for {years} years: {start} to {end}.",
    ),
    "no_events": Term("Belum ada peristiwa yang tercatat.", "No events recorded yet."),
    "documents": Term("Dokumen dan nomornya", "Documents and their numbers"),
    "file": Term("Berkas", "File"),
    "description": Term("Keterangan", "Description"),
    "added": Term("Ditambahkan", "Added"),
    "fingerprint": Term("Sidik (SHA-256)", "Fingerprint (SHA-256)"),
    "no_files": Term("Tidak ada berkas yang dilampirkan.", "No files attached."),
    "drafts": Term("Konsep dokumen", "Drafts"),
    "title": Term("Judul", "Title"),
    "template": Term("Templat", "Template"),
    "versions": Term("Versi", "Versions"),
    "saved": Term("Terakhir disimpan", "Last saved"),
    "contacts": Term("Kontak di pihak mitra", "Partner contacts"),
    "person": Term("Nama", "Person"),
    "organisation": Term("Jabatan / organisasi", "Title / organisation"),
    "email": Term("Surel", "E-mail"),
    "phone": Term("Telepon", "Phone"),
    "languages": Term("Bahasa", "Languages"),
    "no_contacts": Term("Belum ada kontak yang tercatat.", "No contacts recorded."),
    "commitments": Term("Komitmen terbuka", "Open commitments"),
    "due": Term("Tenggat", "Due"),
    "owner": Term("Penanggung jawab", "Owner"),
    "late": Term("terlambat", "overdue"),
    "no_commitments": Term("Tidak ada komitmen terbuka.", "No open commitments."),
    "risks": Term("Risiko", "Risks"),
    "no_risks": Term(
        "Tidak ada risiko yang terlihat dari register.", "The register shows no risk."
    ),
    "risk_dormant": Term(
        "Tidak ada kegiatan sejak {day}: kerja sama ini diam.",
        "No activity since {day}: this agreement has gone quiet.",
    ),
    "risk_expired": Term(
        "Berakhir pada {day} tanpa perpanjangan tercatat.",
        "Expired on {day} with no renewal recorded.",
    ),
    "risk_expiring": Term("Berakhir pada {day}.", "Expires on {day}."),
    "risk_notice": Term(
        "Pemberitahuan pengakhiran atau perpanjangan paling lambat {day}.",
        "Notice of termination or renewal is due by {day}.",
    ),
    "risk_overdue": Term("{count} komitmen lewat tenggat.", "{count} commitment(s) overdue."),
    "risk_transferred": Term(
        "{count} komitmen terbuka masih dipegang pejabat yang sudah dimutasi.",
        "{count} open commitment(s) still held by a transferred officer.",
    ),
    "risk_no_officer": Term("Tidak ada penanggung jawab.", "No responsible officer."),
    "next_steps": Term("Langkah berikutnya", "Next steps"),
    "step_commitment": Term("{day}: {what} ({owner}).", "{day}: {what} ({owner})."),
    "step_log": Term(
        "Catat kegiatan berikutnya; tanpa itu kerja sama tampak diam.",
        "Log the next activity; without one the agreement looks dormant.",
    ),
    "step_cycle": Term(
        "Tetapkan siklus tahunan (rencana aksi, sidang kelompok kerja bersama, "
        "laporan tahunan) sebagai komitmen.",
        "Record the annual cycle (plan of action, joint working group "
        "meeting, annual report) as commitments.",
    ),
    "step_decide": Term(
        "Putuskan perpanjangan atau pengakhiran sebelum {day}.",
        "Decide on renewal or ending before {day}.",
    ),
    "agreement": Term("Kerja sama", "Agreement"),
    "annual": Term(
        "Laporan Pelaksanaan Kerja Sama Luar Negeri Tahun {year}",
        "Report on the Implementation of Foreign Cooperation, {year}",
    ),
    "annual_subtitle": Term(
        "Untuk kepala daerah dan Kementerian Dalam Negeri · disusun {day}",
        "For the head of region and the Ministry of Home Affairs · prepared {day}",
    ),
    "annual_footer": Term("Laporan tahunan {year}", "Annual report {year}"),
    "agreements_reported": Term("Kerja sama yang berlaku", "Agreements in force"),
    "activities_year": Term("Kegiatan dalam tahun ini", "Activities in the year"),
    "commitments_done": Term("Komitmen selesai", "Commitments done"),
    "commitments_overdue": Term(
        "Komitmen lewat tenggat (akhir tahun)", "Commitments overdue (end of year)"
    ),
    "quiet_agreements": Term(
        "Kerja sama tanpa kegiatan dalam tahun ini", "Agreements without activity in the year"
    ),
    "per_field": Term("Kegiatan per bidang", "Activities per field"),
    "field": Term("Bidang", "Field"),
    "no_field": Term("(lintas bidang)", "(several fields)"),
    "no_activities": Term(
        "Tidak ada kegiatan tercatat dalam tahun ini.", "No activity recorded in the year."
    ),
    "results": Term("Hasil", "Results"),
    "no_results": Term("Tidak ada hasil yang tercatat.", "No results recorded."),
    "obstacles": Term("Hambatan", "Obstacles"),
    "no_obstacles": Term("Tidak ada hambatan yang tercatat.", "No obstacles recorded."),
    "obstacle_quiet": Term("Tidak ada kegiatan dalam tahun ini.", "No activity in the year."),
    "obstacle_dropped": Term("Dibatalkan: {what} — {why}", "Dropped: {what} — {why}"),
    "follow_up": Term("Rencana tindak lanjut", "Follow-up plan"),
    "no_follow_up": Term(
        "Belum ada komitmen untuk tahun berikutnya: tetapkan siklus tahunan.",
        "No commitments for the next year yet: record the annual cycle.",
    ),
}


def word(key: str, language: str, **values: object) -> str:
    text = _WORDS[key].in_language(language)
    return text.format(**values) if values else text


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
        (word("stage", w), f"{agreement.stage.position}. {agreement.stage.label(w)}"),
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


def write_report(report: Report, path: Path) -> None:
    """Writes ``report`` as PDF or DOCX by the file's extension, whole or not at all. Raises
    ValueError for another extension, OSError when the file cannot be written."""
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
    write_atomically(path, data)
