"""Drafts in the register: each save of an officer's answers is a new version, with its time and
author; a draft is assembled, checked and rendered from the answers of any version."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from kerjasama_desk import __version__, clock
from kerjasama_desk.domain.errors import RecordNotFound
from kerjasama_desk.domain.gates import CHECKLISTS, GateItem
from kerjasama_desk.domain.listing import DraftRow
from kerjasama_desk.domain.models import (
    Agreement,
    Autosave,
    Commitment,
    Draft,
    OurGovernment,
    Partner,
)
from kerjasama_desk.domain.parameters import DEFAULTS
from kerjasama_desk.domain.travel import Trip
from kerjasama_desk.domain.vocab import (
    AgreementKind,
    AgreementStage,
    CooperationField,
    OfficerStatus,
    TripPurpose,
)
from kerjasama_desk.drafting import (
    assemble,
    checks,
    eligibility,
    engine,
    glossary,
    library,
    memory,
)
from kerjasama_desk.drafting.answers import Answers, AnswersProblems, read_answers, value_problem
from kerjasama_desk.drafting.answers import suggestions as partner_suggestions
from kerjasama_desk.drafting.checks import Finding, Severity
from kerjasama_desk.drafting.document import Annex, Document, Letterhead, annex_label
from kerjasama_desk.drafting.memory import Suggestion
from kerjasama_desk.drafting.template_format import Question, Template

__all__ = [
    "AnnexChoice",
    "AnnexCycle",
    "Answers",
    "Assembled",
    "DraftService",
    "Document",
    "ExportInfo",
    "Finding",
    "Question",
    "Severity",
    "Suggestion",
    "Template",
    "annex_label",
    "bundled_templates",
    "field_descriptions",
]
from kerjasama_desk.formatting import (
    format_date,
    format_number,
    government_designation,
    listing,
    official_country_name,
    proposed_relationship,
)
from kerjasama_desk.paths import (
    build_commit,
    cache_dir,
    countries_dir,
    glossary_dir,
    templates_dir,
)
from kerjasama_desk.services.files import account_name
from kerjasama_desk.store.register import Register

# The documents a partner's process goes through, in order; the others (an addendum, a notice)
# are drafted for an agreement they change or end.
_PROCESS = (
    AgreementKind.LOI.value,
    AgreementKind.MOU.value,
    AgreementKind.IMPLEMENTING_ARRANGEMENT.value,
)

# The stage at which a text of each kind is being drafted (docs/domain.md §3): an LoI during
# exploration; an MoU or an implementing arrangement as part of the cooperation plan.
_DRAFTED_AT = {
    AgreementKind.LOI: AgreementStage.EXPLORATION,
    AgreementKind.MOU: AgreementStage.COOPERATION_PLAN,
    AgreementKind.IMPLEMENTING_ARRANGEMENT: AgreementStage.COOPERATION_PLAN,
}
_FOLLOWS = {
    AgreementKind.MOU: AgreementKind.LOI,
    AgreementKind.IMPLEMENTING_ARRANGEMENT: AgreementKind.MOU,
}

# Documents drafted for an agreement without being its text: they refer to it (the letters of
# its process and its cooperation plan too).
_DRAFTED_FOR = ("minutes", "notice", "letter", "plan")

# What a letter quotes from the agreement's checklist: an item's number and date (docs/letters.md).
_FROM_CHECKLIST = {
    "dprd_letter": ("dprd_number", "dprd_date"),
    "kemendagri": ("facilitation_number", "facilitation_date"),
}

# What our side answered once holds for the next draft too.
_OURS = frozenset(
    {
        "our_level",
        "our_name",
        "our_province",
        "our_contact",
        "our_contact_address",
        "our_contact_phone",
        "our_contact_email",
        "coordinating_office",
        "our_signatory",
        "our_signatory_title",
    }
)


def our_answers(ours: OurGovernment) -> dict[str, Any]:
    """The wizard's answers about our side, from the register's record of it."""

    def pair(indonesian: str, english: str) -> dict[str, str] | None:
        return {"id": indonesian, "en": english} if indonesian or english else None

    answers: dict[str, Any] = {
        "our_level": ours.level.value,
        "our_name": pair(ours.name_id, ours.name_en),
        "our_province": pair(ours.province_id, ours.province_en),
        "our_contact": pair(ours.office_id, ours.office_en),
        "coordinating_office": pair(ours.office_id, ours.office_en),
        "our_contact_address": ours.address or None,
        "our_contact_phone": ours.telephone or None,
        "our_contact_email": ours.email or None,
        "our_signatory": ours.head_name or None,
        "our_signatory_title": pair(ours.head_title_id, ours.head_title_en),
    }
    return {key: value for key, value in answers.items() if value}


def partner_profile(partner: Partner) -> str:
    """A first profile of the partner for a cooperation plan, in Indonesian, from its record:
    where it is, its population, what it is known for, its website. The officer completes it."""
    place = ", ".join(
        part for part in (partner.region, official_country_name(partner.country, "id")) if part
    )
    name = f"{partner.name} ({partner.native_name})" if partner.native_name else partner.name
    sentences = [f"{name} adalah {partner.level.label('id').lower()} di {place}"]
    if partner.population:
        sentences[0] += f" dengan penduduk sekitar {format_number(partner.population, 'id')} jiwa"
    if partner.characteristics:
        known = [c.label("id").lower() for c in partner.characteristics]
        sentences.append(f"Keunggulannya meliputi {listing(known, 'id')}")
    if partner.website:
        sentences.append(f"Laman resminya {partner.website}")
    return ". ".join(sentences) + "."


def letterhead_of(ours: OurGovernment | None) -> Letterhead | None:
    """The kop surat of our letters from the register's record of our government; None while
    its coat of arms, name or address is missing (a letter is never printed under a blank
    kop)."""
    if ours is None or not (ours.coat_of_arms and ours.name_id and ours.address):
        return None
    contacts = [
        f"{label} {value}"
        for label, value in (
            ("Telepon", ours.telephone),
            ("Pos-el", ours.email),
            ("Laman", ours.website),
        )
        if value
    ]
    return Letterhead(
        government=government_designation("ID", ours.level.value, ours.name_id, "id"),
        address=" ".join(ours.address.split()),
        contacts=", ".join(contacts),
        emblem=ours.coat_of_arms,
    )


def unprintable_findings(document: Document) -> list[Finding]:
    """A warning naming the characters no bundled font can draw (they would be left out of the
    PDF), before anyone exports; Latin text is never looked up, so the fonts load only then."""
    if all(ord(character) < 0x250 for text in document.texts() for character in text):
        return []
    from kerjasama_desk.services.exports import unprintable  # loads the fonts: only for scripts

    missing = unprintable(document)
    if not missing:
        return []
    return [
        Finding(
            "unprintable_characters",
            Severity.WARNING,
            "partner_texts" if document.languages[-1] not in ("id", "en") else None,
            {"characters": " ".join(missing[:20]) + (" …" if len(missing) > 20 else "")},
        )
    ]


def file_findings(template: Template, answers: Answers, document: Document) -> list[Finding]:
    """The checks of an answers file outside any register (draft check, draft render): the
    bundled eligibility data and the fonts count, the register's own facts cannot."""
    settings = checks.Settings(no_relations=no_relations_table())
    return checks.run(template, answers, document, settings) + unprintable_findings(document)


@cache
def no_relations_table() -> dict[str, Mapping[str, str]]:
    """The countries that rule out a sister relationship, bundled (drafting/eligibility.py)."""
    return eligibility.no_relations(countries_dir() / "no_relations.tsv")


# Answers about one signing, never carried to the next document.
_SIGNING = frozenset(
    {"signing_place", "signing_date", "loi_place", "loi_date", "mou_place", "mou_date"}
)


@cache
def bundled_glossary() -> list[glossary.Term]:
    """The glossary shipped in resources/glossary, loaded once per process."""
    return glossary.load(glossary_dir() / "terms.tsv")


@cache
def field_descriptions() -> dict[str, dict[str, str]]:
    """The vetted bilingual description of each standard cooperation field."""
    return glossary.field_descriptions(glossary_dir() / "fields.tsv")


def _compiled_texts_kept() -> None:
    engine.use_bytecode_cache(cache_dir() / "templates")
    library.use_cache(cache_dir() / "parsed-templates", f"{__version__} {build_commit()}")


@cache
def bundled_templates() -> library.Library:
    """The templates shipped in resources/templates, loaded once per process."""
    _compiled_texts_kept()
    return library.load(templates_dir())


class _OnDemand(Mapping[str, Template]):
    """The bundled templates, each loaded when first asked for (a command working on one draft
    needs only its template); listing them loads them all."""

    def __init__(self) -> None:
        self._loaded: dict[str, Template] = {}

    def __getitem__(self, template_id: str) -> Template:
        if template_id not in self._loaded:
            if bundled_templates.cache_info().currsize:
                self._loaded[template_id] = bundled_templates().templates[template_id]
            else:
                _compiled_texts_kept()
                found = library.load_one(templates_dir(), template_id)
                if found is None:
                    raise KeyError(template_id)
                self._loaded[template_id] = found
        return self._loaded[template_id]

    def __iter__(self) -> Iterator[str]:
        return iter(bundled_templates().templates)

    def __len__(self) -> int:
        return len(bundled_templates().templates)


def templates_on_demand() -> Mapping[str, Template]:
    return _OnDemand()


@dataclass(frozen=True)
class Assembled:
    template: Template
    answers: Answers
    document: Document
    findings: list[checks.Finding]


@dataclass(frozen=True)
class AnnexChoice:
    """A draft that may be annexed: its UUID, its title in lists, and how the main text
    names it per language."""

    uuid: str
    title: str
    names: Mapping[str, str]

    def answer(self) -> dict[str, Any]:
        return {"draft": self.uuid, "title": dict(self.names)}


def short_names(template: Template) -> dict[str, str]:
    """A template's name before any dash, per language ("Rencana Aksi" / "Plan of Action"): how
    a main text names its annex, and a new agreement record is titled."""
    return {language: name.split(" — ")[0] for language, name in template.name.items()}


@dataclass(frozen=True)
class ExportInfo:
    """What a printed draft says about itself: title, version, when saved, by whom."""

    title: str
    version: int
    saved_at: str
    author: str


class AnnexCycle(ValueError):
    """Annexes that lead back to the document they are annexed to: refused on saving."""

    def __init__(self, annexed: list[str]) -> None:
        super().__init__(
            "an annex cannot lead back to the document it is annexed to (A annexes B, B "
            "annexes A): remove the annex that closes the circle"
        )
        self.annexed = annexed


class DraftService:
    def __init__(self, register: Register, templates: Mapping[str, Template] | None = None) -> None:
        self.register = register
        self.templates = templates if templates is not None else bundled_templates().templates
        self._memory: list[tuple[str, str]] | None = None  # read once, again after a save

    def _term_years(self) -> int:
        """The register's maximum term (its legal parameters), for the term check."""
        return self.register.parameters.values().get("term_years", DEFAULTS["term_years"])

    def save(
        self,
        answers: Answers,
        *,
        draft_id: int | None = None,
        partner_id: int | None = None,
        agreement_id: int | None = None,
        title: str = "",
        author: str = "",
    ) -> tuple[int, int]:
        """Saves ``answers`` as the next version of the draft (a new draft when ``draft_id`` is
        None); returns (draft id, version number). One transaction."""
        template = self.templates[answers.template_id]
        self.recorded = self.unowned = 0
        self.created_agreement = None
        own = self.register.drafts.get(draft_id) if draft_id is not None else None
        annexed = [
            item["draft"]
            for q in template.questions
            if q.type == "annexes"
            for item in answers.values.get(q.id) or []
        ]
        if annexed and self._leads_back(own.uuid if own else None, annexed):
            raise AnnexCycle(annexed)
        with self.register.transaction():
            if draft_id is None and agreement_id is None and partner_id is not None:
                agreement_id = self.created_agreement = self._new_agreement(
                    template, answers, partner_id
                )
            if draft_id is None:
                draft_id = self.register.drafts.insert(
                    Draft(
                        template_id=template.id,
                        partner_id=partner_id,
                        agreement_id=agreement_id,
                        title=title or template.name["id"],
                    )
                )
            elif self.register.drafts.get(draft_id) is None:
                raise RecordNotFound(draft_id)
            number = self.register.drafts.add_version(
                draft_id,
                template_version=template.version,
                languages=answers.languages,
                answers=dict(answers.values),
                author=author or account_name(),
                partner_texts=dict(answers.partner_texts),
            )
            self.register.memory.remember(memory.passages(answers.values))
            if template.kind == "minutes":
                saved = self.register.drafts.get(draft_id)
                if saved is not None and saved.agreement_id is not None:
                    self.recorded = self._record_follow_up(template, answers, saved.agreement_id)
        self._memory = None
        return draft_id, number

    def _record_follow_up(self, template: Template, answers: Answers, agreement_id: int) -> int:
        """Agreed minutes' dated follow-up items as commitments of their agreement, in the same
        transaction as the draft's save: each item once (saving again records only new ones, by
        its text and due date). Returns how many were recorded."""
        # Imported here: only agreed minutes record commitments
        from kerjasama_desk.services.followup import add_commitments
        from kerjasama_desk.services.register import RegisterService

        # The officer who sees the agreement through sees its follow-up through: the responsible
        # officer, else the deputy (an active one). With neither, nothing is recorded and
        # ``unowned`` says how many items wait for one.
        agreement = self.register.agreements.get(agreement_id)
        candidates = (
            (agreement.responsible_officer_id, agreement.deputy_officer_id) if agreement else ()
        )
        keeper = None
        for officer_id in candidates:
            officer = self.register.officers.get(officer_id) if officer_id is not None else None
            if officer is not None and officer.status is OfficerStatus.ACTIVE:
                keeper = officer.id
                break
        known = {(c.title, c.due_on) for c in self.register.commitments.for_agreement(agreement_id)}
        met = answers.values.get("signing_date")
        origin = (
            f"Notulen Kelompok Kerja Bersama, {format_date(date.fromisoformat(met), 'id')}"
            if met
            else "Notulen Kelompok Kerja Bersama"
        )
        new: list[Commitment] = []
        for question in template.questions:
            if question.type != "activities" or not question.dated:
                continue
            for item in answers.values.get(question.id) or []:
                texts = item.get("activity") or {}
                title = str(texts.get("id") or texts.get("en") or "").strip()
                if not title or not item.get("due"):
                    continue
                due = date.fromisoformat(item["due"])
                if (title, due) in known:
                    continue
                known.add((title, due))
                owner = item.get("owner") or {}
                office = str(owner.get("id") or owner.get("en") or "").strip()
                new.append(
                    Commitment(
                        agreement_id=agreement_id,
                        owner_id=keeper,
                        title=title,
                        due_on=due,
                        field=CooperationField(item["field"]) if item.get("field") else None,
                        notes=f"{origin}. Pelaksana: {office}" if office else origin,
                    )
                )
        self.unowned = len(new) if keeper is None else 0
        if keeper is None:
            return 0
        add_commitments(RegisterService(self.register), new, clock.today())
        return len(new)

    def _new_agreement(self, template: Template, answers: Answers, partner_id: int) -> int | None:
        """A new agreement text (an LoI, an MoU, an implementing arrangement) drafted for a
        partner belongs to a new agreement record, at the stage where such a text is drafted,
        following the partner's latest agreement of the kind before it (docs/domain.md §3).
        Letters, minutes and notices are drafted for an agreement that exists: none is made."""
        if template.kind not in _PROCESS:
            return None
        # Imported here: only a new agreement text makes a record
        from kerjasama_desk.services.register import RegisterService

        partner = self.register.partners.get(partner_id)
        if partner is None:
            raise RecordNotFound(partner_id)
        kind = AgreementKind(template.kind)
        ours = answers.values.get("our_name")
        titles = {}
        for language, name in short_names(template).items():
            our = str(ours.get(language) or "") if isinstance(ours, Mapping) else ""
            titles[language] = f"{name} {our}–{partner.name}" if our else f"{name} {partner.name}"
        return RegisterService(self.register).save_agreement(
            Agreement(
                partner_id=partner_id,
                kind=kind,
                parent_id=self._preceding(partner_id, kind),
                title_id=titles["id"],
                title_en=titles["en"],
                stage=_DRAFTED_AT[kind],
            )
        )

    def _preceding(self, partner_id: int, kind: AgreementKind) -> int | None:
        """The partner's latest agreement of the kind a new one of ``kind`` follows: an MoU
        follows an LoI, an implementing arrangement an MoU."""
        before = _FOLLOWS.get(kind)
        found = [a for a in self.register.agreements.for_partner(partner_id) if a.kind is before]
        return max(found, key=lambda a: a.id or 0).id if found else None

    recorded = 0  # the commitments the last save of agreed minutes recorded
    created_agreement: int | None = None  # the agreement record the last save made, if any
    unowned = 0  # follow-up items it could not record: the agreement has no active officer

    def rows(
        self, *, agreement_id: int | None = None, partner_id: int | None = None
    ) -> list[DraftRow]:
        """Every draft; or the drafts of one agreement: its text, and the minutes, addenda,
        notices and letters drafted for it; or of one partner and its agreements."""
        return self.register.drafts.rows(agreement_id=agreement_id, partner_id=partner_id)

    # Autosave: what the wizard keeps on its own, to resume after a crash ---------------------

    def autosave(
        self,
        autosave_id: int | None,
        answers: Answers,
        *,
        draft_id: int | None,
        partner_id: int | None,
        agreement_id: int | None,
        title: str,
    ) -> int:
        with self.register.transaction():
            return self.register.autosaves.put(
                autosave_id,
                draft_id=draft_id,
                template_id=answers.template_id,
                partner_id=partner_id,
                agreement_id=agreement_id,
                title=title,
                languages=answers.languages,
                answers=dict(answers.values),
                partner_texts=dict(answers.partner_texts),
            )

    def discard_autosave(self, autosave_id: int) -> None:
        with self.register.transaction():
            self.register.autosaves.delete(autosave_id)

    def autosaved(self, autosave_id: int) -> tuple[Autosave, Answers]:
        """An autosave and its answers, checked against the template as it is now."""
        found = next((a for a in self.register.autosaves.kept() if a.id == autosave_id), None)
        if found is None:
            raise RecordNotFound(autosave_id)
        answers = read_answers(
            {
                "template": found.template_id,
                "languages": list(found.languages),
                "answers": found.answers,
                "partner_texts": found.partner_texts,
            },
            self.templates,
        )
        return found, answers

    @staticmethod
    def glossary(text: str, limit: int = 40) -> list[glossary.Term]:
        """Glossary terms containing ``text`` in either language, those starting with it
        first."""
        return glossary.search(bundled_glossary(), text, limit)

    def suggestions(self, indonesian: str, limit: int = 5) -> list[Suggestion]:
        """Earlier passages like ``indonesian``, with the English given them."""
        if self._memory is None:
            self._memory = self.register.memory.entries()
        return memory.closest(indonesian, self._memory, limit)

    def partner_texts_before(
        self, language: str, part: str, *, besides: int | None = None
    ) -> list[tuple[str, str]]:
        """What earlier drafts say for ``part`` in the partner's ``language``: (the draft's
        title, the text), the most recently saved first, each text once; ``besides`` leaves
        out the draft being edited. A recital or an article translated once is not translated
        again for the next document of that partner or language."""
        found: list[tuple[str, str]] = []
        seen: set[str] = set()
        for row in self.rows():  # most recently saved first
            if row.id == besides:
                continue
            try:
                answers = self.answers(row.id)
            except (AnswersProblems, RecordNotFound):
                continue  # a draft that cannot be read offers nothing
            text = answers.partner_texts.get(part, "").strip()
            if answers.partner_language == language and text and text not in seen:
                seen.add(text)
                found.append((row.title, text))
        return found

    def for_export(
        self, draft_id: int, *, partner_first: bool = False
    ) -> tuple[Assembled, ExportInfo]:
        """The draft's latest version assembled (with the register's checks) and its details
        for the printed document; ``partner_first``: the partner's original of an alternat."""
        draft = self.register.drafts.get(draft_id)
        version = self.register.drafts.version(draft_id)
        if draft is None or version is None:
            raise RecordNotFound(draft_id)
        assembled = self.assemble(
            self.answers(draft_id),
            partner_id=draft.partner_id,
            agreement_id=draft.agreement_id,
            partner_first=partner_first,
            draft_id=draft_id,
        )
        return assembled, ExportInfo(
            draft.title, version.number, version.created_at, version.author
        )

    def originals(self, draft_id: int) -> int:
        """How many originals the draft's document is made in."""
        answers = self.answers(draft_id)
        return assemble.originals_of(self.templates[answers.template_id], answers)

    def template_name(self, template_id: str, language: str) -> str:
        """A template's name for a reader of ``language`` (its id when it is not installed)."""
        template = self.templates.get(template_id)
        return template.name.get(language, template_id) if template else template_id

    def shown_title(self, title: str, template_id: str, partner_name: str, language: str) -> str:
        """A draft's title for a reader of ``language``: one the wizard made ("template —
        partner", in the UI language of the day it was first saved) is said again in
        ``language``; one the officer chose stays as it is."""
        template = self.templates.get(template_id)
        if template is None:
            return title

        def made(name: str) -> str:
            return " — ".join(part for part in (name, partner_name) if part)

        if title and title not in {made(name) for name in template.name.values()}:
            return title
        return made(template.name.get(language, template.id))

    def title_of(self, draft_id: int, language: str) -> str:
        """:meth:`shown_title` of a saved draft."""
        draft = self.draft(draft_id)
        partner = self.register.partners.get(draft.partner_id) if draft.partner_id else None
        return self.shown_title(
            draft.title, draft.template_id, partner.name if partner else "", language
        )

    def signing_refusals(self, draft_id: int) -> list[Finding]:
        """What stops the draft's latest version from being written as a signing copy (see
        ``checks.signing_refusals``)."""
        assembled, _info = self.for_export(draft_id)
        return checks.signing_refusals(assembled.template, assembled.document, assembled.findings)

    def letter_gate(self, draft_id: int) -> GateItem | None:
        """The checklist item the draft's letter fills once signed (docs/letters.md); None for
        a draft that fills none, or belongs to no agreement."""
        draft = self.draft(draft_id)
        template = self.templates.get(draft.template_id)
        if template is None or not template.gate or draft.agreement_id is None:
            return None
        return next(item for item in CHECKLISTS if item.code == template.gate)

    def draft(self, draft_id: int) -> Draft:
        found = self.register.drafts.get(draft_id)
        if found is None:
            raise RecordNotFound(draft_id)
        return found

    def latest_draft_of(self, agreement_id: int) -> int | None:
        """The agreement's own text: its latest draft (see :meth:`_own_draft`)."""
        agreement = self.register.agreements.get(agreement_id)
        draft = self._own_draft(agreement) if agreement is not None else None
        return draft.id if draft is not None else None

    def _own_draft(self, agreement: Agreement) -> Draft | None:
        """The latest draft of ``agreement`` from a template of its kind: its own text, never
        the minutes or notices drafted for it. Without one of its kind (a template of another
        version of the app), the latest draft that is not such a document."""
        own = [t.id for t in self.templates.values() if t.kind == agreement.kind.value]
        found = (
            self.register.drafts.latest_for(agreement_id=agreement.id, template_ids=own)
            if own
            else None
        )
        drafted_for = [t.id for t in self.templates.values() if t.kind in _DRAFTED_FOR]
        return found or self.register.drafts.latest_for(
            agreement_id=agreement.id, excluded=drafted_for
        )

    def templates_in_order(self) -> list[Template]:
        """The templates in the order of the process (docs/domain.md §2): LoI, MoU,
        implementing arrangement, addendum; then the minutes and notices drafted under an
        agreement, the cooperation plan, and the letters."""
        kinds = [kind.value for kind in AgreementKind] + ["minutes", "notice", "plan", "letter"]
        order = {kind: number for number, kind in enumerate(kinds)}
        return sorted(self.templates.values(), key=lambda t: (order.get(t.kind, len(order)), t.id))

    def next_template(self, partner_id: int | None) -> str | None:
        """The document the partner's process calls for next: the template after the furthest
        kind it has an agreement or a draft of (an LoI for a new partner, an MoU after an LoI, an
        implementing arrangement once there is an MoU). An addendum and a notice are never
        proposed this way: they are drafted for the agreement they change or end."""
        ordered = [t for t in self.templates_in_order() if t.kind in _PROCESS]
        if not ordered:
            return None
        if partner_id is None:
            return ordered[0].id
        kinds = {a.kind.value for a in self.register.agreements.for_partner(partner_id)}
        kinds |= {
            self.templates[t].kind
            for t in self.register.drafts.templates_of_partner(partner_id)
            if t in self.templates
        }
        reached = [n for n, template in enumerate(ordered) if template.kind in kinds]
        if not reached:
            return ordered[0].id
        return ordered[min(max(reached) + 1, len(ordered) - 1)].id

    def template_for(self, kind: str) -> str | None:
        """The first template that drafts agreements of ``kind`` (an AgreementKind value)."""
        return next((t.id for t in self.templates.values() if t.kind == kind), None)

    def answers(self, draft_id: int, number: int | None = None) -> Answers:
        """The answers of version ``number`` (default: the latest), checked against the
        template as it is now."""
        draft = self.register.drafts.get(draft_id)
        version = self.register.drafts.version(draft_id, number)
        if draft is None or version is None:
            raise RecordNotFound(draft_id)
        return read_answers(
            {
                "template": draft.template_id,
                "languages": list(version.languages),
                "answers": version.answers,
                "partner_texts": version.partner_texts,
            },
            self.templates,
        )

    def start(
        self,
        template_id: str,
        *,
        partner_id: int | None = None,
        agreement_id: int | None = None,
        trip_id: int | None = None,
    ) -> Answers:
        """The answers a new draft starts with: the partner from the register; our side as set
        in the register (else as answered in the last draft saved); an agreement's signing date;
        and, for a document that follows another (an MoU after an LoI, an arrangement under an
        MoU) or ends it (a notice), the answers of the earlier document's draft, its place and
        date of signing becoming the reference to it."""
        template = self.templates[template_id]
        asked = {question.id for question in template.questions}
        values: dict[str, Any] = {}
        trip = self._trip(trip_id) if trip_id is not None else None
        if trip is not None and agreement_id is None:  # a trip's agreement names the partner
            agreement_id = trip.agreement_id
        ours = self.register.ours.get()
        if ours is not None:  # set once for every document (Edit → Our government)
            values.update({k: v for k, v in our_answers(ours).items() if k in asked})
        else:  # else what our side answered in the last draft saved
            latest = self.register.drafts.latest_for()
            if latest is not None and latest.id is not None:
                earlier = self._values(latest.id)
                values.update({k: v for k, v in earlier.items() if k in _OURS and k in asked})
        agreement = self.register.agreements.get(agreement_id) if agreement_id else None
        if agreement is None and partner_id is not None and template.kind in _PROCESS:
            # A new text for a partner follows its latest agreement of the kind before: "the
            # MoU after this LoI" starts from what the LoI says, as from the LoI's record.
            before = self._preceding(partner_id, AgreementKind(template.kind))
            followed_record = self.register.agreements.get(before) if before else None
            if followed_record is not None:
                self._carry(values, asked, followed_record, _SIGNING)
        if agreement is not None:
            partner_id = partner_id or agreement.partner_id
            # A notice ends the agreement it is drafted for, and an addendum drafted for an MoU
            # changes it: they start from that agreement's own draft. Any other document (an
            # addendum's own record included) from the draft of the document it follows.
            refers_to_itself = template.kind in _DRAFTED_FOR or (
                template.kind == AgreementKind.ADDENDUM.value
                and agreement.kind is not AgreementKind.ADDENDUM
            )
            followed = (
                agreement
                if refers_to_itself
                else self.register.agreements.get(agreement.parent_id)
                if agreement.parent_id
                else None
            )
            # An MoU recorded under an MoU renews it: the new one refers to the one it replaces.
            renewal = template.kind == AgreementKind.MOU.value and (
                followed is not None and followed.kind is AgreementKind.MOU
            )
            if followed is not None:
                skipped = _SIGNING | ({"loi_place", "loi_date"} if renewal else set())
                if template.kind in ("letter", "plan"):  # they cite the LoI the text cites,
                    skipped -= {"loi_place", "loi_date"}  # and today's head of region signs
                    skipped |= _OURS if ours is not None else set()
                self._carry(values, asked, followed, skipped)
            if renewal and "replaces" in asked:
                values["replaces"] = "earlier_mou"
                if followed is not None and followed.signed_on and not values.get("mou_date"):
                    values["mou_date"] = followed.signed_on.isoformat()
            records = self.register.gates.records(agreement.id) if agreement.id else {}
            for code, (number, dated) in _FROM_CHECKLIST.items():
                record = records.get(code)
                if record is not None and number in asked and record.reference:
                    values[number] = record.reference
                if record is not None and dated in asked and record.dated is not None:
                    values[dated] = record.dated.isoformat()
            if agreement.signed_on is not None:
                if refers_to_itself:  # its own date is the new document's; the MoU's is this
                    if "mou_date" in asked and not values.get("mou_date"):
                        values["mou_date"] = agreement.signed_on.isoformat()
                elif "signing_date" in asked:
                    values["signing_date"] = agreement.signed_on.isoformat()
        partner = self.register.partners.get(partner_id) if partner_id else None
        if partner is not None and "partner" in asked:
            carried_partner = values.get("partner")  # what the earlier document said of it
            values["partner"] = {
                "name": partner.name,
                "native_name": partner.native_name,
                "country": partner.country,
                "level": partner.level.value,
                **(
                    {"region": {"id": partner.region, "en": partner.region}}
                    if partner.region
                    else {}
                ),
                # The earlier document's answer keeps what the register holds less fully (the
                # region in both languages); a changed name is the checks' to point out.
                **(carried_partner if isinstance(carried_partner, dict) else {}),
            }
            for key, suggested in partner_suggestions(values["partner"]).items():
                if key in asked and not values.get(key):
                    values[key] = suggested
            if "relationship" in asked and not values.get("relationship"):  # an LoI's choice stays
                values["relationship"] = proposed_relationship(partner.country, partner.level.value)
            if "partner_profile" in asked and not values.get("partner_profile"):
                values["partner_profile"] = partner_profile(partner)
        if "letter_place" in asked and not values.get("letter_place") and ours is not None:
            values["letter_place"] = ours.name_id or None
        if trip is not None:
            answered = self._trip_answers(trip, agreement)
            values.update({k: v for k, v in answered.items() if k in asked})
        # A letter to an Indonesian office is in Indonesian alone; any other document starts
        # with the English text beside the Indonesian (a letter to a partner: in English).
        languages = ("id",) if template.languages == ("id",) else ("id", "en")
        return Answers(template_id, languages, {k: v for k, v in values.items() if v})

    def _carry(
        self, values: dict[str, Any], asked: Set[str], followed: Agreement, skipped: Set[str]
    ) -> None:
        """Into ``values``: the answers of ``followed``'s own draft that the new document asks,
        but the ``skipped``; its place and date of signing become the new document's reference
        to it, by its kind ("loi_place", "mou_date")."""
        parent = self._own_draft(followed)
        if parent is None or parent.id is None:
            return
        carried = self._values(parent.id)
        values.update({k: v for k, v in carried.items() if k in asked and k not in skipped})
        for source, target in (
            ("signing_place", f"{followed.kind.value}_place"),
            ("signing_date", f"{followed.kind.value}_date"),
        ):
            if target in asked and carried.get(source):
                values[target] = carried[source]

    def trip_agreement(self, trip_id: int) -> int | None:
        """The agreement a planned trip is for (a PDLN request drafted for the trip belongs to
        it); None for a trip of no agreement."""
        return self._trip(trip_id).agreement_id

    def _trip(self, trip_id: int) -> Trip:
        found = self.register.trips.get(trip_id)
        if found is None:
            raise RecordNotFound(trip_id)
        return found[0]

    @staticmethod
    def _trip_answers(trip: Trip, agreement: Agreement | None) -> dict[str, Any]:
        """A PDLN request's answers from a planned trip (and the agreement it is for):
        destination, dates, delegation, purpose (docs/domain.md, "Official travel abroad")."""
        purpose = trip.purpose.label("id")
        if agreement is not None and agreement.title_id:
            # "penandatanganan Memorandum …", "penjajakan Rencana …"; else the agreement aside
            joined = trip.purpose in (TripPurpose.SIGNING, TripPurpose.EXPLORATION)
            purpose += f" {agreement.title_id}" if joined else f" ({agreement.title_id})"
        return {
            "destination": trip.destination or None,
            "departs_on": trip.departs_on.isoformat() if trip.departs_on else None,
            "returns_on": trip.returns_on.isoformat() if trip.returns_on else None,
            "delegation": "; ".join(m.strip() for m in trip.delegation if m.strip()) or None,
            "purpose": purpose[:1].lower() + purpose[1:],
            "host_confirmed": "yes" if trip.host_confirmed else "no",
        }

    def _values(self, draft_id: int) -> dict[str, Any]:
        version = self.register.drafts.version(draft_id)
        return dict(version.answers) if version is not None else {}

    def assemble(
        self,
        answers: Answers,
        *,
        partner_id: int | None = None,
        agreement_id: int | None = None,
        partner_first: bool = False,
        draft_id: int | None = None,
    ) -> Assembled:
        """The document and the checks' findings, including those that compare the draft with
        the register's partner and agreement when they are given; ``draft_id``: the draft these
        answers are of (an annex may not lead back to it)."""
        template = self.templates[answers.template_id]
        answers, annexes, annex_findings = self._annexes(template, answers, draft_id)
        document = assemble.assemble(template, answers, partner_first=partner_first)
        document = replace(document, annexes=annexes)
        facts = self.facts(answers, partner_id=partner_id, agreement_id=agreement_id)
        findings: list[Finding] = []
        if document.is_letter:  # printed under the register's letterhead, or not at all
            head = letterhead_of(self.register.ours.get())
            document = replace(document, letterhead=head)
            if head is None:
                findings.append(Finding("letterhead_missing", Severity.ERROR, None))
        findings += checks.run(
            template,
            answers,
            document,
            checks.Settings(max_term_years=self._term_years(), no_relations=no_relations_table()),
            facts=facts,
        )
        findings += annex_findings
        if template.kind == AgreementKind.ADDENDUM.value and agreement_id is not None:
            findings += self._amended_article(answers, agreement_id)
        return Assembled(template, answers, document, findings + unprintable_findings(document))

    def _amended_article(self, answers: Answers, agreement_id: int) -> list[Finding]:
        """An addendum changes an article of its MoU: an error when the MoU's text (its own
        draft in the register) has no article of that number."""
        number = answers.values.get("article_number")
        agreement = self.register.agreements.get(agreement_id)
        if not isinstance(number, int) or agreement is None:
            return []
        if agreement.kind is not AgreementKind.MOU and agreement.parent_id is not None:
            agreement = self.register.agreements.get(agreement.parent_id)  # the addendum's MoU
        own = self._own_draft(agreement) if agreement is not None else None
        if own is None or own.id is None:
            return []  # the MoU's text is not in the register: nothing to compare with
        template = self.templates.get(own.template_id)
        if template is None or template.kind != AgreementKind.MOU.value:
            return []
        count = len(assemble.assemble(template, self.answers(own.id)).version("id").articles)
        if number <= count:
            return []
        return [
            Finding(
                "addendum_no_such_article",
                Severity.ERROR,
                "article_number",
                {"number": number, "count": count},
            )
        ]

    # Annexes (docs/annexes.md) ------------------------------------------------------------

    def _annexes(
        self, template: Template, answers: Answers, draft_id: int | None
    ) -> tuple[Answers, tuple[Annex, ...], list[Finding]]:
        """The drafts annexed to a document, assembled, in order; the answers with each annex's
        title as it is now; and what is wrong: an annexed draft gone, a letter, one with gaps,
        or annexes that lead back to the document (a cycle)."""
        questions = [q.id for q in template.questions if q.type == "annexes"]
        items = [item for qid in questions for item in answers.values.get(qid) or []]
        if not items:
            return answers, (), []
        findings: list[Finding] = []
        own = self.register.drafts.get(draft_id) if draft_id is not None else None
        if self._leads_back(own.uuid if own else None, [item["draft"] for item in items]):
            findings.append(Finding("annex_cycle", Severity.ERROR, questions[0]))
        annexes: list[Annex] = []
        titled: list[dict[str, Any]] = []
        for number, item in enumerate(items, 1):
            annexed_id = self.register.drafts.id_of(item["draft"])
            annexed = self.templates.get(self.draft(annexed_id).template_id) if annexed_id else None
            if annexed_id is None or annexed is None:
                findings.append(
                    Finding("annex_missing", Severity.ERROR, questions[0], {"annex": number})
                )
                titled.append(item)
                continue
            if annexed.kind == "letter":
                findings.append(
                    Finding("annex_letter", Severity.ERROR, questions[0], {"annex": number})
                )
            document = assemble.assemble(annexed, self.answers(annexed_id))
            if document.gaps:
                findings.append(
                    Finding("annex_unfinished", Severity.WARNING, questions[0], {"annex": number})
                )
            annexes.append(Annex(number, document))
            titled.append({**item, "title": short_names(annexed)})
        values = dict(answers.values)
        values[questions[0]] = titled
        return replace(answers, values=values), tuple(annexes), findings

    def _leads_back(self, own: str | None, annexed: list[str]) -> bool:
        """Whether following annexes from ``annexed`` comes back to ``own``, or goes round in a
        circle anywhere (A annexes B, B annexes A)."""
        path: list[str] = [own] if own else []

        def visit(uuid: str) -> bool:
            if uuid in path:
                return True
            draft_id = self.register.drafts.id_of(uuid)
            if draft_id is None:
                return False
            template = self.templates.get(self.draft(draft_id).template_id)
            asks = [q.id for q in template.questions if q.type == "annexes"] if template else []
            values = self._values(draft_id) if asks else {}
            path.append(uuid)
            found = any(
                visit(item["draft"])
                for key in asks
                for item in values.get(key) or []
                if isinstance(item, dict) and isinstance(item.get("draft"), str)
            )
            path.pop()
            return found

        return any(visit(uuid) for uuid in annexed)

    def annex_candidates(self, draft_id: int | None, partner_id: int | None) -> list[AnnexChoice]:
        """The drafts that may be annexed to a draft: the partner's (or all) other documents
        that are not letters and do not lead back to it; each with its title."""
        own = self.register.drafts.get(draft_id) if draft_id is not None else None
        found = []
        for row in self.rows(partner_id=partner_id) if partner_id else self.rows():
            template = self.templates.get(row.template_id)
            draft = self.register.drafts.get(row.id)
            if template is None or template.kind == "letter" or draft is None or not draft.uuid:
                continue
            if row.id == draft_id or self._leads_back(own.uuid if own else None, [draft.uuid]):
                continue
            found.append(AnnexChoice(draft.uuid, row.title, short_names(template)))
        return found

    def facts(
        self, answers: Answers, *, partner_id: int | None = None, agreement_id: int | None = None
    ) -> checks.RegisterFacts:
        partner_answer = answers.values.get("partner")
        if isinstance(partner_answer, dict) and partner_answer.get("register_id"):
            partner_id = int(partner_answer["register_id"])
        partner = self.register.partners.get(partner_id) if partner_id else None
        agreement = self.register.agreements.get(agreement_id) if agreement_id else None
        return checks.RegisterFacts(
            partner_name=partner.name if partner else None,
            partner_native_name=partner.native_name if partner else None,
            council_approved=(
                agreement.stage.position > AgreementStage.DPRD_APPROVAL.position
                if agreement
                else None
            ),
        )

    def preview(
        self,
        answers: Answers,
        *,
        partner_id: int | None = None,
        agreement_id: int | None = None,
        reader: str | None = None,
        draft_id: int | None = None,
    ) -> tuple[str, list[Finding]]:
        """The document as HTML, the languages side by side (their columns titled in the
        ``reader``'s language), and the checks' findings."""
        assembled = self.assemble(
            answers, partner_id=partner_id, agreement_id=agreement_id, draft_id=draft_id
        )
        from kerjasama_desk.drafting import html  # the preview's HTML: not for exports

        return html.render(assembled.document, reader), assembled.findings

    @staticmethod
    def suggested_answers(partner: Any) -> dict[str, dict[str, str]]:
        """What the chosen partner proposes for its government's designation and its region."""
        return partner_suggestions(partner)

    def hidden_questions(self, answers: Answers) -> set[str]:
        """Questions whose condition the answers so far make false (not asked)."""
        template = self.templates[answers.template_id]
        names = assemble.context(template, answers, "id", set())
        return {q.id for q in template.questions if q.when and not engine.evaluate(q.when, names)}

    def versions(self, draft_id: int) -> list[int]:
        return self.register.drafts.version_numbers(draft_id)

    def comparison(
        self,
        draft_id: int,
        before: int,
        after: int,
        headings: dict[str, str],
        reader: str | None = None,
    ) -> str:
        """Versions ``before`` and ``after`` of the draft compared, as HTML, its words in the
        ``reader``'s (UI) language."""
        old = assemble.assemble(
            self.templates[self.answers(draft_id, before).template_id],
            self.answers(draft_id, before),
        )
        new = assemble.assemble(
            self.templates[self.answers(draft_id, after).template_id], self.answers(draft_id, after)
        )
        # the diff and HTML only for a comparison
        from kerjasama_desk.drafting import compare, html

        return html.render_comparison(
            compare.compare(old, new),
            number_before=before,
            number_after=after,
            headings=headings,
            reader=reader,
        )

    @staticmethod
    def problem(question: Question, value: Any) -> str | None:
        """What is wrong with ``value`` as an answer to ``question`` (English), or None."""
        return value_problem(question, value)
