"""Assembling a template with answers into the :class:`Document`, one language version per
document language, each formatted in its own locale."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from kerjasama_desk.domain.vocab import CooperationField, PartnerLevel
from kerjasama_desk.drafting import engine
from kerjasama_desk.drafting.answers import Answers
from kerjasama_desk.drafting.document import (
    Article,
    Document,
    LanguageVersion,
    LetterParts,
    SignatureBlock,
    annex_label,
    roman,
    table_rows,
)
from kerjasama_desk.drafting.template_format import (
    DOCUMENT_LANGUAGES,
    ArticleTemplate,
    Question,
    Template,
    Text,
)
from kerjasama_desk.formatting import (
    format_date,
    official_country_name,
    texts_authentic,
    texts_in,
    without_article_title,
)

_LISTS = ("multichoice", "fields", "activities", "annexes")  # types whose empty answer is []


class Gap:
    """An answer not given yet: shows as "[what is missing]" and is falsy in conditions."""

    def __init__(self, question: Question, language: str, seen: set[str] | None) -> None:
        self._question = question
        self._language = language
        self._seen = seen  # None: reported by another check (one language of two missing)

    def __str__(self) -> str:
        if self._seen is not None:
            self._seen.add(self._question.id)
        label = self._question.label.get(self._language) or self._question.id
        return f"[{label}]"

    def __bool__(self) -> bool:
        return False

    def __iter__(self) -> Any:
        return iter(())

    def __getattr__(self, name: str) -> Gap:
        if name.startswith("_"):
            raise AttributeError(name)
        return self  # partner.name of a missing partner is the same gap


class ChoiceValue(str):
    """A choice's code (compare with ``==``) and its ``label`` in the column's language."""

    label: str


@dataclass(frozen=True)
class PartnerValue:
    name: str
    native_name: str
    country: str
    region: str
    level: str

    @property
    def full_name(self) -> str:
        """The Latin name with the native-script one beside it: "Beihai (北海市)"."""
        return f"{self.name} ({self.native_name})" if self.native_name else self.name

    def __str__(self) -> str:
        return self.full_name


@dataclass(frozen=True)
class FieldValue:
    label: str
    description: str
    standard: bool

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class OfficerValue:
    """One of our officers, from the register."""

    name: str
    position: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class AnnexValue:
    """An annex as the main text cites it: "Lampiran I" and the annexed document's title."""

    label: str
    title: str

    def __str__(self) -> str:
        return f"{self.label} ({self.title})" if self.title else self.label


@dataclass(frozen=True)
class ActivityValue:
    field: str  # the cooperation field's label, lower-case; empty when none
    activity: str
    owner: str  # our implementing office
    partner_owner: str  # the partner's implementing office; empty when not given
    timing: str
    funding: ChoiceValue  # the funding choice: its code, and .label in the column's language
    due: str = ""  # the due date in the column's language ("dated" questions); empty when none

    def __str__(self) -> str:
        return self.activity


def _activity(question: Question, item: Mapping[str, Any], language: str) -> ActivityValue:
    def text(key: str) -> str:  # "|" draws the activities table's cells: never in a cell
        return str((item.get(key) or {}).get(language, "")).strip().replace("|", "/")

    code = item.get("field") or ""
    funding = item.get("funding")
    return ActivityValue(
        field=_lower_first(CooperationField(code).label(language)) if code else "",
        activity=text("activity"),
        owner=text("owner"),
        partner_owner=text("partner_owner"),
        timing=text("timing"),
        funding=_choice(question, funding, language) if funding else _no_choice(),
        due=format_date(date.fromisoformat(item["due"]), language) if item.get("due") else "",
    )


def _no_choice() -> ChoiceValue:
    empty = ChoiceValue("")
    empty.label = ""
    return empty


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _localise(question: Question, value: Any, language: str) -> Any:
    kind = question.type
    if kind == "bilingual":
        text = str(value.get(language) or "").strip()
        return text or Gap(question, language, None)
    if kind == "date":
        return format_date(date.fromisoformat(value), language)
    if kind == "choice":
        return _choice(question, value, language)
    if kind == "multichoice":
        return [_choice(question, code, language) for code in value]
    if kind == "partner":
        region = value.get("region") or {}
        return PartnerValue(
            name=value.get("name", ""),
            native_name=value.get("native_name", ""),
            country=official_country_name(value.get("country", ""), language),
            region=str(region.get(language, "")),
            level=value.get("level") or "",
        )
    if kind == "fields":
        return [_field(item, language) for item in value]
    if kind == "activities":
        return [_activity(question, item, language) for item in value]
    if kind == "officer":
        return OfficerValue(str(value.get("name", "")), str(value.get("position", "")))
    if kind == "annexes":
        return [
            AnnexValue(
                annex_label(language, number),
                str((item.get("title") or {}).get(language, "")).strip(),
            )
            for number, item in enumerate(value, 1)
        ]
    return value


def _choice(question: Question, code: str, language: str) -> ChoiceValue:
    result = ChoiceValue(code)
    labels = next((c.label for c in question.choices if c.value == code), {})
    result.label = labels.get(language, code)
    return result


def _field(item: Mapping[str, Any], language: str) -> FieldValue:
    description = str((item.get("description") or {}).get(language, ""))
    if "code" in item:
        label = _lower_first(CooperationField(item["code"]).label(language))
        return FieldValue(label, description, True)
    return FieldValue(_lower_first(str(item["custom"].get(language, ""))), description, False)


def context(
    template: Template,
    answers: Answers,
    language: str,
    seen: set[str],
    *,
    partner_first: bool = False,
) -> dict[str, Any]:
    """The names a text can use, in ``language``: every question's answer (or its default, or
    a :class:`Gap`), and the helpers."""
    values: dict[str, Any] = {
        "lang": language,
        "texts_in": texts_in(answers.languages, language),
        "authentic": texts_authentic(len(answers.languages), language),
        "has_english": "en" in answers.languages,
        "partner_first": partner_first,
    }
    for question in template.questions:
        value = answers.values.get(question.id, question.default)
        if value is None or value == "" or value == []:
            values[question.id] = (
                Gap(question, language, seen) if question.type not in _LISTS else []
            )
        else:
            values[question.id] = _localise(question, value, language)
    # A question its condition hides (our province, when we are a province) counts as empty,
    # whatever answer it still holds from before.
    for question in template.questions:
        if question.when and not engine.evaluate(question.when, values):
            values[question.id] = [] if question.type in _LISTS else ""
    return values


def _included(condition: str | None, names: Mapping[str, Any]) -> bool:
    return condition is None or engine.evaluate(condition, names)


def assemble(template: Template, answers: Answers, *, partner_first: bool = False) -> Document:
    """The document ``answers`` make of ``template``, in each of the answers' languages.
    ``partner_first`` makes the partner's original of an alternat: the partner is named first
    in the title and the parties, and signs on the left (docs/domain.md §8)."""
    seen: set[str] = set()
    # Conditions decide the article set once, so every language has the same articles.
    deciding = context(template, answers, "id", set())
    included: Callable[[Text], bool] = lambda text: _included(text.when, deciding)  # noqa: E731
    articles = [a for a in template.articles if _included(a.when, deciding)]
    versions: dict[str, LanguageVersion] = {}
    languages = document_languages(template, answers)
    for language in languages:
        if language not in DOCUMENT_LANGUAGES:
            versions[language] = _partner_version(
                language, answers.partner_texts, articles, partner_first=partner_first
            )
            continue
        names = context(template, answers, language, seen, partner_first=partner_first)

        def text(item: Text, names: Mapping[str, Any] = names, language: str = language) -> str:
            return engine.render(item.by_language[language], names)

        def paragraphs(
            items: tuple[Text, ...], text: Callable[[Text], str] = text
        ) -> tuple[str, ...]:
            found: list[str] = []
            for item in items:
                if included(item):
                    found.extend(p.strip() for p in text(item).split("\n\n") if p.strip())
            return tuple(found)

        versions[language] = LanguageVersion(
            language=language,
            title=text(template.title),
            parties=paragraphs(template.parties),
            recitals=paragraphs(template.recitals),
            articles=tuple(
                Article(
                    article.key,
                    number,
                    text(article.heading),
                    # a plan's sections are prose, not a legal text's ayat
                    paragraphs(article.paragraphs)
                    if template.kind == "plan"
                    else number_ayat(paragraphs(article.paragraphs)),
                    article.part,
                    f"{roman(number)}." if template.kind == "plan" else None,
                )
                for number, article in enumerate(articles, 1)
            ),
            closing=paragraphs(template.closing),
            signatures=_letter_signature(names, language)
            if template.kind == "letter"
            else tuple(
                SignatureBlock(
                    text(block.party),
                    text(block.name),
                    text(block.title),
                    text(block.rank) if block.rank is not None else "",
                    text(block.nip) if block.nip is not None else "",
                )
                for block in (
                    reversed(template.signatures) if partner_first else template.signatures
                )
            ),
            letter=_letter(template, text, paragraphs, language),
        )
    # The partner's signature captions carry the same names as ours (one name per signatory).
    named = versions.get("id")
    for language, version in list(versions.items()):
        if language in DOCUMENT_LANGUAGES or named is None:
            continue
        blocks = [
            replace(block, name=named.signatures[index].name)
            if index < len(named.signatures)
            else block
            for index, block in enumerate(version.signatures)
        ]
        versions[language] = replace(version, signatures=tuple(blocks))
    return Document(
        template.id,
        template.version,
        languages,
        versions,
        tuple(sorted(seen)),
        _party_names(answers)[:: -1 if partner_first else 1],
        # a plan and a letter are no agreement's text: no paraf boxes
        0 if template.kind in ("plan", "letter") else len(template.signatures) or 2,
        kind=template.kind,
    )


def document_languages(template: Template, answers: Answers) -> tuple[str, ...]:
    """The languages the document is printed in. An agreement: the answers' (Indonesian, maybe
    English, maybe the partner's). A letter: its template's first language always, the second
    when the officer asks for two (the wizard's second-language box: "en" in the answers); a
    letter has no partner-language version."""
    if template.kind != "letter":
        return tuple(
            code
            for code in answers.languages
            if code in template.languages or code not in DOCUMENT_LANGUAGES
        )
    lead, *others = template.languages
    return (lead, *(code for code in others if "en" in answers.languages))


def _letter_signature(names: Mapping[str, Any], language: str) -> tuple[SignatureBlock, ...]:
    """A letter's signature block (docs/letters.md): the head of region's office and name, or,
    signed on the head's behalf, "a.n." and the head's office over the official's office, name,
    rank and NIP. In Indonesian the offices are in capitals and end with a comma."""
    head = str(names["our_signatory_title"])
    if str(names.get("signer")) != "on_behalf":
        office = f"{head.upper()}," if language == "id" else head
        return (SignatureBlock("", str(names["our_signatory"]), office),)
    deputy = str(names["deputy_title"])
    nip = str(names["deputy_nip"])
    return (
        SignatureBlock(
            f"a.n. {head.upper()}" if language == "id" else f"For the {head}",
            str(names["deputy_name"]),
            f"{deputy.upper()}," if language == "id" else deputy,
            str(names.get("deputy_rank") or ""),
            f"NIP {nip}" if nip else "",
        ),
    )


def _letter(
    template: Template,
    text: Callable[[Text], str],
    paragraphs: Callable[[tuple[Text, ...]], tuple[str, ...]],
    language: str,
) -> LetterParts | None:
    """A letter's header lines, body and copies in ``language``; None for other documents.
    An addressee or a copy of several lines is as many lines; an empty one is left out."""
    letter = template.letter
    if letter is None:
        return None

    def lines(items: tuple[Text, ...]) -> tuple[str, ...]:
        return tuple(
            line.strip()
            for paragraph in paragraphs(items)
            for line in paragraph.splitlines()
            if line.strip()
        )

    return LetterParts(
        place_date=text(letter.place_date),
        number=text(letter.number),
        nature=text(letter.nature),
        attachment=text(letter.attachment),
        subject=text(letter.subject),
        addressee=lines(letter.addressee),
        destination=text(letter.destination),
        body=paragraphs(letter.body),
        copies=lines(letter.copies),
        labels=LETTER_LABELS.get(language, LETTER_LABELS["en"]),
    )


# The labels of a letter's header lines (docs/letters.md): Tata Naskah Dinas in Indonesian, and
# the usual English of a diplomatic letter.
LETTER_LABELS = {
    "id": ("Nomor", "Sifat", "Lampiran", "Hal"),
    "en": ("Number", "Classification", "Enclosure", "Subject"),
}


def _party_names(answers: Answers) -> tuple[str, ...]:
    """Our region's name and the partner's, as the paraf boxes name the parties; empty when
    either is not given yet (the boxes then say Party I / Party II)."""
    ours = answers.values.get("our_name")
    partner = answers.values.get("partner")
    our_name = str(ours.get("id") or ours.get("en") or "") if isinstance(ours, Mapping) else ""
    their_name = str(partner.get("name") or "") if isinstance(partner, Mapping) else ""
    return (our_name.strip(), their_name.strip()) if our_name.strip() and their_name.strip() else ()


_LIST_ITEM = re.compile(r"^[a-z]\.\s")  # "a. pelabuhan dan logistik;": part of an ayat


def number_ayat(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """An article of two or more ayat numbers them "(1)", "(2)" so that "Pasal 13 ayat (2)" can
    be cited (docs/domain.md §8, UU 12/2011 Lampiran II); list items "a.", "b." belong to the
    ayat before them and keep their letters. An article of one ayat is not numbered."""
    starts = [
        index
        for index, text in enumerate(paragraphs)
        if not _LIST_ITEM.match(text) and table_rows(text) is None  # a table belongs to its ayat
    ]
    if len(starts) < 2:
        return paragraphs
    number = {index: count for count, index in enumerate(starts, 1)}
    return tuple(
        f"({number[index]}) {text}" if index in number else text
        for index, text in enumerate(paragraphs)
    )


def split_paragraphs(text: str | None) -> tuple[str, ...]:
    """Paragraphs of a pasted text: separated by blank lines."""
    return tuple(p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip())


def _partner_version(
    language: str,
    texts: Mapping[str, str],
    articles: list[ArticleTemplate],
    *,
    partner_first: bool = False,
) -> LanguageVersion:
    """The partner's language version from the texts the officer entered; an article's first
    line is its heading. Parts not entered yet are empty (the checks list them)."""
    numbered = []
    for number, article in enumerate(articles, 1):
        heading, _, body = (texts.get(article.key) or "").strip().partition("\n")
        numbered.append(
            Article(
                article.key,
                number,
                without_article_title(heading),  # the document prints its own "第四条"
                split_paragraphs(body),
                article.part,
            )
        )
    return LanguageVersion(
        language=language,
        title=(texts.get("title") or "").strip(),
        parties=split_paragraphs(texts.get("parties")),
        recitals=split_paragraphs(texts.get("recitals")),
        articles=tuple(numbered),
        closing=split_paragraphs(texts.get("closing")),
        signatures=_partner_signatures(texts.get("signatures"), partner_first=partner_first),
    )


def _partner_signatures(text: str | None, *, partner_first: bool) -> tuple[SignatureBlock, ...]:
    """The signature blocks' captions in the partner's language: a block per party, ours first,
    separated by a blank line; a block's first line is the party's designation ("代表三宝垄市
    人民政府"), the next its signatory's title. The names are the same in every language."""
    blocks = []
    for block in split_paragraphs(text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        blocks.append(SignatureBlock(lines[0], "", " ".join(lines[1:])))
    return tuple(reversed(blocks)) if partner_first else tuple(blocks)


def partner_level(answers: Answers, question_id: str = "partner") -> PartnerLevel | None:
    value = answers.values.get(question_id)
    level = value.get("level") if isinstance(value, dict) else None
    return PartnerLevel(level) if level in set(PartnerLevel) else None


def originals_of(template: Template, answers: Answers) -> int:
    """How many originals the document is made in (its "originals" answer; 2 by default)."""
    question = template.question("originals")
    value = answers.values.get("originals", question.default if question else None)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 2


def original_problem(
    template: Template, answers: Answers, original: int | None, *, alternat: bool, final: bool
) -> str | None:
    """Why a numbered original or an alternat cannot be written, or None. An original is
    numbered only on a signing copy, within the document's originals; an alternat (each party's
    original names that party first: ours is original 1, the partner's original 2) needs two
    originals and says which one (docs/domain.md §8)."""
    count = originals_of(template, answers)
    if original is not None and not final:
        return "--original numbers a signing copy: add --final."
    if original is not None and not 1 <= original <= count:
        return f"--original must be between 1 and {count}, the document's number of originals."
    if alternat and count != 2:
        return f"--alternat needs a document in two originals; this one has {count}."
    if alternat and original is None:
        return "--alternat needs --original 1 (ours, named first) or 2 (the partner's)."
    return None


def partner_first(original: int | None, *, alternat: bool) -> bool:
    """Whether this original names the partner first: the partner's original of an alternat."""
    return alternat and original == 2
