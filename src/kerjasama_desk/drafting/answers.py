"""Answers: what an officer has said so far, as plain JSON-able values keyed by question id.

An answers file is ``{"format": 1, "template": ID, "languages": ["id", "en"], "answers": {...}}``.
:func:`read_answers` checks each value against its question's type and says, per problem, which
question and what is expected. Missing answers are not problems here (a draft is unfinished by
nature); the drafting checks report them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kerjasama_desk.domain.vocab import CooperationField, PartnerLevel
from kerjasama_desk.drafting.template_format import DOCUMENT_LANGUAGES, Question, Template
from kerjasama_desk.formatting import PARTNER_LANGUAGES, government_designation

ANSWERS_FORMAT = 1
MAX_ANSWERS_BYTES = 5 * 1024 * 1024  # an answers file is text: a few kilobytes, never megabytes


@dataclass(frozen=True)
class Answers:
    """``languages`` are "id", maybe "en", and maybe the partner's language, whose text the
    officer enters part by part in ``partner_texts`` (title, parties, recitals, each article by
    its key, closing); an article's first line is its heading."""

    template_id: str
    languages: tuple[str, ...]
    values: Mapping[str, Any] = field(default_factory=dict)
    partner_texts: Mapping[str, str] = field(default_factory=dict)

    @property
    def partner_language(self) -> str | None:
        return next((code for code in self.languages if code not in DOCUMENT_LANGUAGES), None)

    def to_json(self) -> dict[str, Any]:
        data = {
            "format": ANSWERS_FORMAT,
            "template": self.template_id,
            "languages": list(self.languages),
            "answers": dict(self.values),
        }
        if self.partner_texts:
            data["partner_texts"] = dict(self.partner_texts)
        return data


class AnswersProblem(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _not_text(value: Any, depth: int = 0) -> str | None:
    """The first character in ``value`` (strings, lists, objects) that is not text: a control
    character or half of a surrogate pair, which the Word file and the web page cannot hold."""
    if depth > 20:
        return None  # deeper than any answer goes; the type checks say so
    if isinstance(value, str):
        found = _NOT_TEXT.search(value)
        return f"U+{ord(found.group()):04X}" if found else None
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    if isinstance(value, list):
        for item in value:
            bad = _not_text(item, depth + 1)
            if bad:
                return bad
    return None


def _bilingual_problem(value: Any) -> str | None:
    if (
        not isinstance(value, dict)
        or not set(value) <= set(DOCUMENT_LANGUAGES)
        or not all(isinstance(v, str) for v in value.values())
    ):
        return 'expected {"id": "…", "en": "…"}'
    return None


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def value_problem(question: Question, value: Any) -> str | None:
    """What is wrong with ``value`` as an answer to ``question``, or None."""
    kind = question.type
    if value is None:
        return None
    if kind == "text" and not isinstance(value, str):
        return "expected text"
    if kind == "bilingual":
        return _bilingual_problem(value)
    if kind == "date" and not _is_date(value):
        return "expected a date as YYYY-MM-DD"
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int):
            return "expected a whole number"
        if question.minimum is not None and value < question.minimum:
            return f"expected at least {question.minimum}"
        if question.maximum is not None and value > question.maximum:
            return f"expected at most {question.maximum}"
    choices = {choice.value for choice in question.choices}
    if kind == "choice" and (not isinstance(value, str) or value not in choices):
        return f"expected one of {', '.join(sorted(choices))}"
    if kind == "multichoice" and (
        not isinstance(value, list)
        or not all(isinstance(item, str) for item in value)
        or not set(value) <= choices
    ):
        return f"expected a list of {', '.join(sorted(choices))}"
    if kind == "partner":
        return _partner_problem(value)
    if kind == "fields":
        return _fields_problem(value)
    if kind == "activities":
        return _activities_problem(value, choices)
    if kind == "annexes":
        return _annexes_problem(value)
    if kind == "officer" and (
        not isinstance(value, dict)
        or not isinstance(value.get("name"), str)
        or not isinstance(value.get("position", ""), str)
    ):
        return 'expected {"name": …, "position": …}'

    return None


def _annexes_problem(value: Any) -> str | None:
    """Annexes: [{"draft": the annexed draft's UUID, "title": {"id": …, "en": …}}], each draft
    once (docs/annexes.md)."""
    if not isinstance(value, list):
        return "expected a list of annexes"
    seen = set()
    for number, item in enumerate(value, 1):
        if not isinstance(item, dict) or not isinstance(item.get("draft"), str):
            return f'annex {number}: expected {{"draft": its UUID, "title": …}}'
        if item["draft"] in seen:
            return f"annex {number}: the same draft is annexed twice"
        seen.add(item["draft"])
        title = item.get("title", {})
        if not isinstance(title, dict) or not all(isinstance(t, str) for t in title.values()):
            return f"annex {number}: the title must be a text per language"
    return None


def _activities_problem(value: Any, funding: set[str]) -> str | None:
    if not isinstance(value, list):
        return "expected a list of activities"
    for number, item in enumerate(value, 1):
        if not isinstance(item, dict):
            return f"activity {number}: expected an object"
        if item.get("field") not in (None, "", *CooperationField):
            return f"activity {number}: unknown field {item.get('field')!r}"
        for key in ("activity", "owner", "partner_owner", "timing"):
            if key in item and _bilingual_problem(item[key]):
                return f'activity {number}: {key}: expected {{"id": "…", "en": "…"}}'
        if item.get("funding") not in (None, *funding):
            return f"activity {number}: funding must be one of {', '.join(sorted(funding))}"
        if "due" in item and not _is_iso_date(item["due"]):
            return f"activity {number}: due: expected a date, YYYY-MM-DD"
    return None


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _partner_problem(value: Any) -> str | None:
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        return 'expected {"name": …, "native_name": …, "country": "CN", "level": "city", …}'
    if value.get("level") not in (None, *PartnerLevel):
        return f"level must be one of {', '.join(PartnerLevel)}"
    if "region" in value and _bilingual_problem(value["region"]):
        return 'region: expected {"id": "…", "en": "…"}'
    return None


def _fields_problem(value: Any) -> str | None:
    if not isinstance(value, list):
        return "expected a list of fields"
    seen: set[str] = set()
    for number, item in enumerate(value, 1):
        if not isinstance(item, dict):
            return f'field {number}: expected {{"code": …}} or {{"custom": {{…}}}}'
        if "code" in item and (
            not isinstance(item["code"], str) or item["code"] not in set(CooperationField)
        ):
            return f"field {number}: unknown code {item['code']!r}"
        custom = item.get("custom")
        custom_id = custom.get("id", "") if isinstance(custom, dict) else ""
        name = str(item.get("code") or custom_id).casefold()
        if name and name in seen:
            return f"field {number}: {name!r} is listed twice"
        seen.add(name)
        if "code" not in item and _bilingual_problem(item.get("custom")):
            return f'field {number}: a custom field needs "custom": {{"id": …, "en": …}}'
        if "description" in item and _bilingual_problem(item["description"]):
            return f'field {number}: description: expected {{"id": "…", "en": "…"}}'
    return None


# Questions the templates no longer ask; drafts saved before still hold answers to them, which are
# left out when read. "partner_language" asked again, on a later step, what the first page's
# choice of the partner's language version decides (the document's own languages). The plan of
# action's "coordinator" named an officer, which a transfer makes wrong; it asks for the
# coordinating office of each side instead (docs/domain.md §8).
RETIRED_QUESTIONS = frozenset({"partner_language", "coordinator"})


def _clean(value: Any) -> Any:
    """``value`` with the characters that are not text taken out (see :func:`_not_text`)."""
    if isinstance(value, str):
        return _NOT_TEXT.sub("", value)
    if isinstance(value, dict):
        return {_clean(key): _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


def read_answers(data: Any, templates: Mapping[str, Template], *, strict: bool = False) -> Answers:
    """The answers in ``data`` (parsed JSON); raises :class:`AnswersProblems` listing every
    problem. A character that is not text (a control character pasted from a PDF, half of a
    surrogate pair) is a problem when ``strict`` (a file given to a command), and is taken out
    otherwise (answers saved in the register stay readable)."""
    problems: list[AnswersProblem] = []
    if not isinstance(data, dict):
        raise AnswersProblems([AnswersProblem("file", "expected a JSON object")])
    if data.get("format", ANSWERS_FORMAT) != ANSWERS_FORMAT:
        problems.append(AnswersProblem("format", f"unsupported answers format {data['format']!r}"))
    template = templates.get(str(data.get("template")))
    if template is None:
        known = ", ".join(sorted(templates))
        raise AnswersProblems(
            [
                AnswersProblem(
                    "template", f"unknown template {data.get('template')!r} (known: {known})"
                )
            ]
        )
    languages = data.get("languages", ["id", "en"])
    extra = (
        [code for code in languages if code not in DOCUMENT_LANGUAGES]
        if isinstance(languages, list)
        else []
    )
    if (
        not isinstance(languages, list)
        or "id" not in languages
        or not all(isinstance(code, str) for code in languages)
        or len(set(languages)) != len(languages)  # each language once
        or len(extra) > 1
        or any(code not in PARTNER_LANGUAGES for code in extra)
    ):
        problems.append(
            AnswersProblem(
                "languages",
                'expected "id", maybe "en", and maybe one partner language, each once, of '
                f"{', '.join(PARTNER_LANGUAGES)}",
            )
        )
        languages = ["id", "en"]
    texts = data.get("partner_texts", {})
    parts = {
        "title",
        "parties",
        "recitals",
        "closing",
        "signatures",
        *(a.key for a in template.articles),
    }
    if not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
        problems.append(AnswersProblem("partner_texts", "expected texts by part"))
        texts = {}
    for part in sorted(set(texts) - parts):
        problems.append(AnswersProblem("partner_texts", f"no part '{part}' in {template.id}"))
    for part, text in texts.items():
        if strict and (bad := _not_text(text)):
            problems.append(
                AnswersProblem("partner_texts", f"{part}: contains {bad}, which is not text")
            )
    values = data.get("answers", {})
    if not isinstance(values, dict):
        raise AnswersProblems([*problems, AnswersProblem("answers", "expected a JSON object")])
    values = {key: value for key, value in values.items() if key not in RETIRED_QUESTIONS}
    for key, value in values.items():
        question = template.question(key)
        if question is None:
            problems.append(AnswersProblem(key, f"no such question in {template.id}"))
            continue
        bad = _not_text(value) if strict else None
        problem = f"contains {bad}, which is not text; remove it" if bad else None
        problem = problem or value_problem(question, value)
        if problem:
            problems.append(AnswersProblem(key, problem))
    if problems:
        raise AnswersProblems(problems)
    return Answers(template.id, tuple(languages), _clean(dict(values)), _clean(dict(texts)))


class AnswersProblems(Exception):
    def __init__(self, problems: list[AnswersProblem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def suggestions(partner: Any) -> dict[str, dict[str, str]]:
    """What a partner answer proposes for the questions about its government: the designation
    its country and level call for ("Pemerintah Rakyat Kota Beihai" / "the People's Government
    of Beihai Municipality") and the region it carries. The officer may write others; the wizard
    and a new draft fill these only where nothing was written."""
    if not isinstance(partner, Mapping) or not str(partner.get("name") or "").strip():
        return {}
    name = str(partner["name"]).strip()
    country, level = str(partner.get("country") or ""), str(partner.get("level") or "city")
    found = {
        "partner_government": {
            language: government_designation(country, level, name, language)
            for language in DOCUMENT_LANGUAGES
        }
    }
    region = partner.get("region")
    # A region named like the partner itself (Ulsan, a metropolitan city) says nothing more.
    if (
        isinstance(region, Mapping)
        and any(str(text).strip() for text in region.values())
        and {str(text).strip().casefold() for text in region.values() if text} != {name.casefold()}
    ):
        found["partner_region"] = {
            language: str(region.get(language) or "").strip() for language in DOCUMENT_LANGUAGES
        }
    return found
