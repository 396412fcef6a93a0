"""Drafting checks: what a legal bureau would send back, found before it is.

Each finding has a severity, a message (English source text, translated by the UI with context
"DraftingCheck") and the question that fixes it, so the wizard can jump there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from kerjasama_desk.domain.followup import months_after, months_before
from kerjasama_desk.domain.messages import QT_TRANSLATE_NOOP
from kerjasama_desk.domain.vocab import PartnerLevel
from kerjasama_desk.drafting.answers import Answers
from kerjasama_desk.drafting.assemble import partner_level
from kerjasama_desk.drafting.document import Document, annex_label
from kerjasama_desk.drafting.template_format import PARTS, Template
from kerjasama_desk.formatting import (
    country_name,
    format_date,
    has_official_name,
    language_name,
    numbers_in,
)

CONTEXT = "DraftingCheck"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Settings:
    """Legal numbers that are practice, not statute (docs/domain.md §4): settings with defaults."""

    max_term_years: int = 5  # regional practice and guidance
    # country code → why a sister relationship is ruled out (drafting/eligibility.py)
    no_relations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class RegisterFacts:
    """What the register says about the draft's partner and agreement (None: not known)."""

    partner_name: str | None = None
    partner_native_name: str | None = None
    council_approved: bool | None = None  # the agreement is past the DPRD approval stage


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    question: str | None
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, language: str = "en", translate: Any = None) -> str:
        """The message in ``language``; ``translate(context, text)`` is the UI's translator
        (None: the English source)."""

        def tr(text: str) -> str:
            return str(translate(CONTEXT, text)) if translate is not None else text

        values: dict[str, Any] = {}
        for key, value in self.params.items():
            if isinstance(value, PartnerLevel):
                values[key] = value.label(language).lower()
            elif key == "part":
                values[key] = tr(PART_NAMES[value])
            elif key == "language":
                values[key] = tr(LANGUAGE_NAMES[value])
            elif key == "partner_language":
                values[key] = language_name(value, language)
            elif key == "country":
                values[key] = country_name(value, language)
            elif key == "parts":  # (part key, article number or 0) pairs
                values[key] = ", ".join(
                    tr(PART_LABELS[k]) if not n else f"{tr(ARTICLE_WORD)} {n}" for k, n in value
                )
            elif key == "annex":  # its number: "Lampiran II" / "Annex II"
                values[key] = annex_label(language, value)
            elif isinstance(value, date):
                values[key] = format_date(value, language)
            elif isinstance(value, Mapping):  # a question's label in each language
                values[key] = value.get(language) or value.get("en", "")
            else:
                values[key] = value
        return tr(MESSAGES[self.code]).format(**values)


EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")

MESSAGES = {
    "letterhead_missing": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "Letters are printed under our letterhead, which is not set up yet. Add the coat of "
        "arms, the name and the address of our government in Edit → Our government.",
    ),
    "annex_cycle": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The annexes lead back to this document (A annexes B, B annexes A). Remove the annex "
        "that closes the circle.",
    ),
    "annex_missing": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "{annex}: the annexed draft is no longer in the register. Remove it, or annex another.",
    ),
    "annex_letter": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "{annex} is a letter: a letter is sent, not annexed. Annex a plan of action or another "
        "document instead.",
    ),
    "annex_unfinished": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "{annex} still has unanswered questions; they show as gaps in the annex. Finish its "
        "draft before the signing copy.",
    ),
    "addendum_no_such_article": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The MoU has {count} articles: there is no Article {number} to amend. Check the "
        "article's number in the signed MoU.",
    ),
    "bad_nip": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The NIP “{nip}” is not 18 digits. Copy the signing official's NIP as it stands on "
        "the appointment decree.",
    ),
    "missing_part": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The document has no article on {part}, which every cooperation document needs. "
        "Answer the questions that include it.",
    ),
    "unanswered": QT_TRANSLATE_NOOP(
        "DraftingCheck", "“{question}” is not answered yet; the text shows a gap there."
    ),
    "term_too_long": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "A term of {years} years is longer than the usual maximum of {maximum} years. "
        "Shorten it, or record the legal basis for the longer term.",
    ),
    "no_termination_notice": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "There is no notice period for ending the agreement. "
        "Give the number of months of written notice (usually 6).",
    ),
    "termination_notice_too_short": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The MoU asks for {months} months' written notice: given on {notice}, this notice can end "
        "it on {earliest} at the earliest, not on {end}. Put the end on {earliest} or later.",
    ),
    "non_renewal_notice_too_late": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The MoU asks for {months} months' written notice: to end it on {end} without renewal, "
        "the notice must be given by {latest}, not on {notice}. Give notice of termination "
        "instead, or agree the end with the partner in writing.",
    ),
    "dates_out_of_order": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The signing date comes before the Letter of Intent it refers to. Check both dates.",
    ),
    "no_diplomatic_relations": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The partner is in {country}: {reason} A sister relationship needs diplomatic relations, "
        "so the Foreign Ministry would stop this draft.",
    ),
    "not_an_email": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "“{question}” is not an e-mail address. Write it as name@domain, for example "
        "kerjasama@semarangkota.go.id.",
    ),
    "partner_numbers_differ": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The numbers in Article {article} are not the same in the Indonesian and the "
        "{partner_language} text. Check that both say the same.",
    ),
    "unprintable_characters": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "No bundled font has these characters, so the PDF would leave them out: {characters}. "
        "Check the text, or export to Word, which keeps them.",
    ),
    "one_original": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "A bilateral document is made in at least two originals, one for each Party. "
        "Set the number of originals to 2 or more.",
    ),
    "no_official_name": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The official name of {country} is not in the names table, so the text uses its short "
        "name. Write the official name in the text, or have it added to the table of official "
        "country names.",
    ),
    "one_language_only": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "“{question}” is filled in only in {language}. Give the text in both languages.",
    ),
    "field_without_description": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The field “{field}” has no description of what will be done in it. "
        "Describe it, or untick it.",
    ),
    "partner_text_missing": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The {partner_language} text is still missing for: {parts}. Paste the partner's "
        "translation part by part.",
    ),
    "name_differs_from_register": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The partner is called {draft} here but {register} in the register. Use the register's "
        "name, or correct the register.",
    ),
    "no_dprd_approval": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The agreement has no Council (DPRD) approval recorded yet; an MoU may not be signed "
        "before it (PP 28/2018 art. 30). Record the approval on the agreement.",
    ),
    "numbers_differ": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "The numbers in Article {article} are not the same in the Indonesian and the English "
        "text. Check that both say the same.",
    ),
    "level_mismatch": QT_TRANSLATE_NOOP(
        "DraftingCheck",
        "A {ours} is paired with a partner of level {theirs}. "
        "Partners should be of equal level (city with city, province with province).",
    ),
}

PART_NAMES = {
    "purpose": QT_TRANSLATE_NOOP("DraftingCheck", "purpose"),
    "scope": QT_TRANSLATE_NOOP("DraftingCheck", "scope"),
    "implementation": QT_TRANSLATE_NOOP("DraftingCheck", "implementation"),
    "financing": QT_TRANSLATE_NOOP("DraftingCheck", "financing"),
    "contact": QT_TRANSLATE_NOOP("DraftingCheck", "contact points"),
    "disputes": QT_TRANSLATE_NOOP("DraftingCheck", "settlement of disputes"),
    "amendment": QT_TRANSLATE_NOOP("DraftingCheck", "amendment"),
    "duration": QT_TRANSLATE_NOOP("DraftingCheck", "entry into force and duration"),
    "termination": QT_TRANSLATE_NOOP("DraftingCheck", "termination"),
}
PART_LABELS = {
    "title": QT_TRANSLATE_NOOP("DraftingCheck", "the title"),
    "parties": QT_TRANSLATE_NOOP("DraftingCheck", "the parties"),
    "recitals": QT_TRANSLATE_NOOP("DraftingCheck", "the recitals"),
    "closing": QT_TRANSLATE_NOOP("DraftingCheck", "the closing"),
    "signatures": QT_TRANSLATE_NOOP("DraftingCheck", "the signature blocks"),
}
ARTICLE_WORD = QT_TRANSLATE_NOOP("DraftingCheck", "Article")
LANGUAGE_NAMES = {
    "id": QT_TRANSLATE_NOOP("DraftingCheck", "Indonesian"),
    "en": QT_TRANSLATE_NOOP("DraftingCheck", "English"),
}

# The minimum content (docs/domain.md §5) each kind of document must hold.
REQUIRED_PARTS: Mapping[str, tuple[str, ...]] = {
    "mou": PARTS,
    "loi": ("purpose",),
    "implementing_arrangement": ("purpose", "implementation", "financing", "duration"),
    "addendum": ("amendment", "duration"),
    "notice": ("termination",),
    "minutes": ("implementation",),
    "plan": ("purpose", "scope", "financing", "duration"),
    "letter": (),
}

_LEVEL_GROUP = {
    PartnerLevel.CITY: "local",
    PartnerLevel.REGENCY: "local",
    PartnerLevel.PROVINCE: "regional",
}


def signing_refusals(
    template: Template, document: Document, findings: list[Finding]
) -> list[Finding]:
    """What stops a signing copy (final, no KONSEP / DRAFT watermark): every error finding, and
    every gap left in the text, an optional question's too ("[Tempat penandatanganan]" cannot
    be signed). Empty: the copy may be written."""
    refusals = [f for f in findings if f.severity is Severity.ERROR]
    for finding in findings:  # a signing copy has every part in every language: one per part
        if finding.code == "partner_text_missing":
            refusals += [
                Finding(
                    finding.code,
                    Severity.ERROR,
                    finding.question,
                    {**finding.params, "parts": (part,)},
                )
                for part in finding.params["parts"]
            ]
    reported = {f.question for f in refusals if f.code == "unanswered"}
    for question_id in document.gaps:
        if question_id in reported:
            continue
        question = template.question(question_id)
        label = question.label if question is not None else {"id": question_id, "en": question_id}
        refusals.append(Finding("unanswered", Severity.ERROR, question_id, {"question": label}))
    return refusals


def run(
    template: Template,
    answers: Answers,
    document: Document,
    settings: Settings | None = None,
    facts: RegisterFacts | None = None,
) -> list[Finding]:
    settings = settings or Settings()
    findings: list[Finding] = []
    findings += _register_findings(template, answers, facts or RegisterFacts())
    findings += _numbers_findings(document)
    parts_question = {a.part: a.key for a in template.articles if a.part}
    for part in REQUIRED_PARTS.get(template.kind, ()):
        if part not in document.parts:
            findings.append(
                Finding("missing_part", Severity.ERROR, parts_question.get(part), {"part": part})
            )
    for question_id in document.gaps:
        question = template.question(question_id)
        if question is not None and question.required:
            findings.append(
                Finding("unanswered", Severity.ERROR, question_id, {"question": question.label})
            )
    values = {q.id: answers.values.get(q.id, q.default) for q in template.questions}
    nip = values.get("deputy_nip") if values.get("signer") == "on_behalf" else None
    if isinstance(nip, str) and nip.strip() and not re.fullmatch(r"\d{18}", nip.replace(" ", "")):
        findings.append(Finding("bad_nip", Severity.ERROR, "deputy_nip", {"nip": nip.strip()}))
    for question in template.questions:  # the contact points' e-mail addresses
        address = values.get(question.id)
        if question.id.endswith("_email") and isinstance(address, str) and address.strip():
            if not EMAIL.fullmatch(address.strip()):
                findings.append(
                    Finding(
                        "not_an_email", Severity.ERROR, question.id, {"question": question.label}
                    )
                )
    count = values.get("originals")
    if isinstance(count, int) and not isinstance(count, bool) and count < 2:
        findings.append(Finding("one_original", Severity.ERROR, "originals", {}))
    years = values.get("term_years")
    if isinstance(years, int) and years > settings.max_term_years:
        findings.append(
            Finding(
                "term_too_long",
                Severity.WARNING,
                "term_years",
                {"years": years, "maximum": settings.max_term_years},
            )
        )
    if (
        template.question("notice_months") is not None
        and not values.get("notice_months")
        and "notice_months" not in document.gaps
    ):  # a gap is reported as unanswered
        findings.append(Finding("no_termination_notice", Severity.ERROR, "notice_months"))
    signed, intent = values.get("signing_date"), values.get("loi_date")
    if signed and intent and date.fromisoformat(signed) < date.fromisoformat(intent):
        findings.append(Finding("dates_out_of_order", Severity.ERROR, "signing_date"))
    if template.kind == "notice":
        findings += _notice_findings(values)
    for question in template.questions:
        value = values.get(question.id)
        if question.type == "bilingual" and isinstance(value, dict):
            filled = [lang for lang in ("id", "en") if str(value.get(lang) or "").strip()]
            # A bilingual answer has Indonesian and English only: the partner's language comes
            # from its own texts (checked below), never from here.
            wanted = [lang for lang in answers.languages if lang in ("id", "en")]
            if filled and any(lang not in filled for lang in wanted):
                findings.append(
                    Finding(
                        "one_language_only",
                        Severity.ERROR,
                        question.id,
                        {"question": question.label, "language": filled[0]},
                    )
                )
    for question in template.questions:
        if question.type != "fields":
            continue
        for item in values.get(question.id) or []:
            described = any(str(v).strip() for v in (item.get("description") or {}).values())
            if "custom" in item and not described:
                custom = item["custom"]
                either = str(custom.get("id") or custom.get("en") or "")
                # Named in the reader's language (the message picks it), the other as a fallback.
                name = {"id": custom.get("id") or either, "en": custom.get("en") or either}
                findings.append(
                    Finding(
                        "field_without_description", Severity.WARNING, question.id, {"field": name}
                    )
                )
    partner_language = answers.partner_language
    if partner_language is not None:
        version = document.version(partner_language)
        missing = [
            (key, 0)
            for key, text in (
                ("title", version.title),
                ("parties", version.parties),
                ("recitals", version.recitals),
            )
            if not text
        ]
        missing += [(a.key, a.number) for a in version.articles if not (a.heading and a.paragraphs)]
        missing += [("closing", 0)] if not version.closing else []
        if template.signatures and len(version.signatures) < len(template.signatures):
            missing += [("signatures", 0)]
        if missing:
            findings.append(
                Finding(
                    "partner_text_missing",
                    Severity.WARNING,
                    "partner_texts",
                    {"partner_language": partner_language, "parts": tuple(missing)},
                )
            )
    ours = values.get("our_level")
    theirs = partner_level(answers)
    if ours in set(PartnerLevel) and theirs in _LEVEL_GROUP:
        if _LEVEL_GROUP.get(PartnerLevel(ours)) != _LEVEL_GROUP[theirs]:
            findings.append(
                Finding(
                    "level_mismatch",
                    Severity.WARNING,
                    "partner",
                    {"ours": PartnerLevel(ours), "theirs": theirs},
                )
            )
    partner = values.get("partner")
    country = str(partner.get("country") or "").upper() if isinstance(partner, dict) else ""
    if country and not has_official_name(country):
        findings.append(
            Finding("no_official_name", Severity.WARNING, "partner", {"country": country})
        )
    if country in settings.no_relations:
        findings.append(
            Finding(
                "no_diplomatic_relations",
                Severity.ERROR,
                "partner",
                {"country": country, "reason": settings.no_relations[country]},
            )
        )
    return findings


def _notice_findings(values: Mapping[str, Any]) -> list[Finding]:
    """A notice respects the notice period of the MoU it ends (docs/domain.md, "Ending an
    agreement"): a termination ends it no sooner than the period after the notice; a notice of
    non-renewal is given no later than the period before the MoU's end."""
    notice, end, months = (
        values.get("signing_date"),
        values.get("end_date"),
        values.get("notice_months"),
    )
    if not (notice and end and isinstance(months, int) and not isinstance(months, bool)):
        return []
    given, ends = date.fromisoformat(notice), date.fromisoformat(end)
    params: dict[str, Any] = {"months": months, "notice": given, "end": ends}
    if values.get("notice_kind") == "non_renewal":
        latest = months_before(ends, months)
        if given > latest:
            return [
                Finding(
                    "non_renewal_notice_too_late",
                    Severity.ERROR,
                    "signing_date",
                    {**params, "latest": latest},
                )
            ]
        return []
    earliest = months_after(given, months)
    if ends < earliest:
        return [
            Finding(
                "termination_notice_too_short",
                Severity.ERROR,
                "end_date",
                {**params, "earliest": earliest},
            )
        ]
    return []


def _register_findings(template: Template, answers: Answers, facts: RegisterFacts) -> list[Finding]:
    found: list[Finding] = []
    partner = answers.values.get("partner")
    if isinstance(partner, dict) and facts.partner_name is not None:
        names = (partner.get("name", ""), partner.get("native_name", "") or "")
        registered = (facts.partner_name, facts.partner_native_name or "")
        if names != registered:
            found.append(
                Finding(
                    "name_differs_from_register",
                    Severity.WARNING,
                    "partner",
                    {
                        "draft": " / ".join(n for n in names if n),
                        "register": " / ".join(n for n in registered if n),
                    },
                )
            )
    if template.kind == "mou" and facts.council_approved is False:
        signing = bool(answers.values.get("signing_date"))
        found.append(
            Finding("no_dprd_approval", Severity.ERROR if signing else Severity.WARNING, None)
        )
    return found


_MARKER = re.compile(r"^\s*(?:[(（]\d+[)）]|\d+[.、]|[a-z][.)])\s*")  # "(1)", "1.", "a."


def _numbers_findings(document: Document) -> list[Finding]:
    """Numbers (figures, dates' days, months and years) that are not the same in an article's
    Indonesian text and its English text, or its partner-language text where there is one;
    ayat and list markers do not count."""
    if "id" not in document.languages:
        return []
    found: list[Finding] = []

    def numbers(article: Any) -> list[str]:
        return numbers_in(" ".join(_MARKER.sub("", text) for text in article.paragraphs))

    indonesian = document.version("id")
    for language in document.languages:
        if language == "id":
            continue
        other = document.version(language)
        for ours, theirs in zip(indonesian.articles, other.articles, strict=True):
            if not theirs.paragraphs or numbers(ours) == numbers(theirs):
                continue
            if language == "en":
                finding = Finding(
                    "numbers_differ", Severity.WARNING, ours.key, {"article": ours.number}
                )
            else:
                finding = Finding(
                    "partner_numbers_differ",
                    Severity.WARNING,
                    "partner_texts",
                    {"article": ours.number, "partner_language": language},
                )
            found.append(finding)
    return found


def has_errors(findings: list[Finding]) -> bool:
    return any(finding.severity is Severity.ERROR for finding in findings)
