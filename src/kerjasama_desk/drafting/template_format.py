"""Reading a template file (YAML, format 1 or 2; see resources/templates/FORMAT.md) into a
:class:`Template`, with every problem reported by file and line.

A template is data: questions, and the parts of the document (title, parties, recitals, articles,
closing, signatures) with one text per language. Texts are Jinja templates rendered in a sandbox
(:mod:`kerjasama_desk.drafting.engine`); a placeholder that no question or helper defines is a
problem of the template, found here when it is loaded, never a blank in a document.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from typing import TYPE_CHECKING, Any

from jinja2 import TemplateSyntaxError, meta

if TYPE_CHECKING:  # YAML is read only when a template is not in the cache (library.py)
    import yaml

from kerjasama_desk.domain.gates import CHECKLISTS
from kerjasama_desk.drafting import engine

FORMAT_VERSION = 2
READABLE_FORMATS = (1, 2)  # format 1: no includes; its files load as they always did
DOCUMENT_LANGUAGES = ("id", "en")  # the languages a template writes; the partner's is typed in
QUESTION_TYPES = (
    "text",
    "bilingual",
    "date",
    "number",
    "choice",
    "multichoice",
    "partner",
    "fields",
    "activities",
    "officer",
    "annexes",
)
# A notice (of termination or non-renewal) is a document of the process, not an agreement: only
# our side signs it, and it starts no agreement record of its own.
# A letter (docs/letters.md) is an official letter under our letterhead; a plan (the Rencana Kerja
# Sama for the DPRD) is set out in numbered sections, not articles. Neither is signed by both sides.
KINDS = (
    "loi",
    "mou",
    "implementing_arrangement",
    "addendum",
    "notice",
    "minutes",
    "letter",
    "plan",
)
# The questions a letter's signature block is made of (drafting/assemble.py, _letter_signature).
LETTER_SIGNING = frozenset(
    {"our_signatory", "our_signatory_title", "signer", "deputy_name", "deputy_title", "deputy_nip"}
)
# The minimum content of a cooperation document (docs/domain.md §5); articles name the part they hold.
PARTS = (
    "purpose",
    "scope",
    "implementation",
    "financing",
    "contact",
    "disputes",
    "amendment",
    "duration",
    "termination",
)


class TemplateProblem(Exception):
    """Something wrong in a template file, at a line."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{source}:{line}: {message}")
        self.source = source
        self.line = line
        self.message = message


class TemplateProblems(Exception):
    """Every problem found in one template file."""

    def __init__(self, problems: list[TemplateProblem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


# Located YAML: strings, mappings and lists remember the line they start on --------------------


class _Str(str):
    line = 0


class _Map(dict[str, Any]):
    line = 0


class _List(list[Any]):
    line = 0


@cache
def _loader() -> Any:
    """A YAML loader keeping each value's line (for problems) and refusing duplicate keys; built
    on libyaml's parser when the installed PyYAML has it (several times faster)."""
    # YAML only when a template is parsed; checked templates come from the cache
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def construct_str(loader: Any, node: yaml.ScalarNode) -> _Str:
        value = _Str(loader.construct_scalar(node))
        value.line = node.start_mark.line + 1
        return value

    def construct_map(loader: Any, node: yaml.MappingNode) -> _Map:
        loader.flatten_mapping(node)
        result = _Map()
        result.line = node.start_mark.line + 1
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in result:
                raise yaml.MarkedYAMLError(
                    problem=f"key {key!r} appears twice in this mapping",
                    problem_mark=key_node.start_mark,
                )
            result[key] = loader.construct_object(value_node, deep=True)
        return result

    def construct_list(loader: Any, node: yaml.SequenceNode) -> _List:
        result = _List(loader.construct_sequence(node, deep=True))
        result.line = node.start_mark.line + 1
        return result

    loader: Any = type("_Loader", (base,), {})
    loader.add_constructor("tag:yaml.org,2002:str", construct_str)
    loader.add_constructor("tag:yaml.org,2002:map", construct_map)
    loader.add_constructor("tag:yaml.org,2002:seq", construct_list)
    return loader


def _line(value: Any, default: int) -> int:
    return int(getattr(value, "line", 0)) or default


# The template ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """One text of the document in each language the template writes, with its condition."""

    by_language: Mapping[str, str]
    when: str | None = None
    line: int = 0


@dataclass(frozen=True)
class Choice:
    value: str
    label: Mapping[str, str]


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    label: Mapping[str, str]
    help: Mapping[str, str] = field(default_factory=dict)
    required: bool = True
    default: Any = None
    choices: tuple[Choice, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    when: str | None = None
    step: str = ""
    line: int = 0
    # activities only: each item also has a due date ("due"), and a saved draft of a document of
    # kind "minutes" records every dated item as a commitment of its agreement
    dated: bool = False


@dataclass(frozen=True)
class ArticleTemplate:
    key: str
    heading: Text
    paragraphs: tuple[Text, ...]
    part: str | None = None
    when: str | None = None
    line: int = 0


@dataclass(frozen=True)
class SignatureTemplate:
    party: Text
    name: Text
    title: Text
    rank: Text | None = None  # a letter's signatory: rank (pangkat) and NIP, when a civil servant
    nip: Text | None = None


@dataclass(frozen=True)
class LetterTemplate:
    """The parts of an official letter (docs/letters.md) besides its signature block."""

    place_date: Text
    number: Text
    nature: Text
    attachment: Text
    subject: Text
    addressee: tuple[Text, ...]
    destination: Text
    body: tuple[Text, ...]
    copies: tuple[Text, ...]

    def texts(self) -> Iterator[Text]:
        yield from (self.place_date, self.number, self.nature, self.attachment, self.subject)
        yield from self.addressee
        yield self.destination
        yield from self.body
        yield from self.copies


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    kind: str
    name: Mapping[str, str]
    description: Mapping[str, str]
    steps: tuple[tuple[str, Mapping[str, str]], ...]
    questions: tuple[Question, ...]
    title: Text
    parties: tuple[Text, ...]
    recitals: tuple[Text, ...]
    articles: tuple[ArticleTemplate, ...]
    closing: tuple[Text, ...]
    signatures: tuple[SignatureTemplate, ...]
    source: str = ""
    # the languages its texts are written in; a letter prints the first, and the second when
    # the officer asks for it too (a letter to a partner: English, or English and Indonesian)
    languages: tuple[str, ...] = DOCUMENT_LANGUAGES
    letter: LetterTemplate | None = None
    # a letter of the pipeline: the checklist item (domain/gates.py) its number and date fill
    gate: str = ""

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def texts(self) -> Iterator[Text]:
        yield self.title
        yield from self.parties
        yield from self.recitals
        for article in self.articles:
            yield article.heading
            yield from article.paragraphs
        yield from self.closing
        for signature in self.signatures:
            yield from (signature.party, signature.name, signature.title)
            yield from (text for text in (signature.rank, signature.nip) if text is not None)
        if self.letter is not None:
            yield from self.letter.texts()


class _Reader:
    """Turns the located YAML into a :class:`Template`, collecting problems instead of stopping
    at the first."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[TemplateProblem] = []
        self.written: tuple[str, ...] = DOCUMENT_LANGUAGES  # the languages of document texts

    def problem(self, where: Any, line: int, message: str) -> None:
        self.problems.append(TemplateProblem(self.source, _line(where, line), message))

    def mapping(self, value: Any, what: str, line: int) -> _Map:
        if isinstance(value, dict):
            return value if isinstance(value, _Map) else _Map(value)
        self.problem(value, line, f"{what} must be a mapping (key: value lines)")
        return _Map()

    def sequence(self, value: Any, what: str, line: int) -> list[Any]:
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self.problem(value, line, f"{what} must be a list (lines starting with '- ')")
        return []

    def string(self, data: _Map, key: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.problem(data, data.line, f"'{key}' is missing")
            return ""
        if not isinstance(value, str):
            self.problem(value, data.line, f"'{key}' must be text")
            return ""
        return str(value)

    def languages(
        self,
        value: Any,
        what: str,
        line: int,
        *,
        required: bool = True,
        wanted: tuple[str, ...] = DOCUMENT_LANGUAGES,
    ) -> dict[str, str]:
        """A text per language of ``wanted``: {id: ..., en: ...}."""
        if value is None and not required:
            return {}
        data = self.mapping(value, what, line)
        result: dict[str, str] = {}
        for language in wanted:
            text = data.get(language)
            if not isinstance(text, str) or not text.strip():
                self.problem(data, line, f"{what} has no text in language '{language}'")
                continue
            result[language] = str(text).strip()
        for extra in set(data) - set(DOCUMENT_LANGUAGES) - {"when"}:
            self.problem(data, line, f"{what}: unknown language '{extra}' (use id and en)")
        return result

    def text(self, value: Any, what: str, line: int) -> Text:
        data = self.mapping(value, what, line)
        when = data.get("when")
        return Text(
            self.languages(data, what, line, wanted=self.written),
            str(when) if when else None,
            _line(data, line),
        )

    def texts(self, value: Any, what: str, line: int) -> tuple[Text, ...]:
        return tuple(
            self.text(item, f"{what} {number}", _line(value, line))
            for number, item in enumerate(self.sequence(value, what, line), 1)
        )

    def question(self, value: Any, line: int, steps: set[str]) -> Question | None:
        data = self.mapping(value, "a question", line)
        question_id = self.string(data, "id")
        kind = self.string(data, "type")
        if kind and kind not in QUESTION_TYPES:
            self.problem(
                data.get("type"),
                data.line,
                f"question '{question_id}': unknown type '{kind}' "
                f"(one of {', '.join(QUESTION_TYPES)})",
            )
        step = self.string(data, "step", required=False)
        if step and step not in steps:
            self.problem(
                data.get("step"), data.line, f"question '{question_id}': unknown step '{step}'"
            )
        choices: list[Choice] = []
        for item in self.sequence(data.get("choices"), "choices", data.line):
            choice = self.mapping(item, "a choice", data.line)
            choices.append(
                Choice(
                    self.string(choice, "value"),
                    self.languages(choice.get("label"), "choice label", choice.line),
                )
            )
        if kind in ("choice", "multichoice", "activities") and not choices:
            self.problem(data, data.line, f"question '{question_id}' of type {kind} has no choices")
        default = data.get("default")
        if kind == "choice" and default is not None and default not in {c.value for c in choices}:
            self.problem(
                data,
                data.line,
                f"question '{question_id}': default '{default}' is not one of its choices",
            )
        bounds = {key: data.get(key) for key in ("min", "max")}
        for key, bound in bounds.items():
            if bound is not None and not isinstance(bound, int):
                self.problem(data, data.line, f"question '{question_id}': '{key}' must be a number")
        when = data.get("when")
        return Question(
            id=question_id,
            type=kind,
            label=self.languages(data.get("label"), f"question '{question_id}' label", data.line),
            help=self.languages(
                data.get("help"), f"question '{question_id}' help", data.line, required=False
            ),
            required=bool(data.get("required", True)),
            default=default,
            choices=tuple(choices),
            minimum=bounds["min"] if isinstance(bounds["min"], int) else None,
            maximum=bounds["max"] if isinstance(bounds["max"], int) else None,
            when=str(when) if when else None,
            step=step,
            line=data.line,
            dated=kind == "activities" and data.get("dated") is True,
        )

    def article(self, value: Any, line: int) -> ArticleTemplate:
        data = self.mapping(value, "an article", line)
        key = self.string(data, "key")
        part = data.get("part")
        if part is not None and part not in PARTS:
            self.problem(
                part,
                data.line,
                f"article '{key}': unknown part '{part}' (one of {', '.join(PARTS)})",
            )
        when = data.get("when")
        return ArticleTemplate(
            key=key,
            heading=self.text(data.get("heading"), f"article '{key}' heading", data.line),
            paragraphs=self.texts(data.get("paragraphs"), f"article '{key}' paragraph", data.line),
            part=str(part) if part in PARTS else None,
            when=str(when) if when else None,
            line=data.line,
        )


def _yaml(text: str, source: str) -> Any:
    """The located YAML of ``text``; TemplateProblems naming the line when it is not YAML."""
    # YAML only when a template is parsed; checked templates come from the cache
    import yaml

    try:
        return yaml.load(text, Loader=_loader())  # noqa: S506 - a SafeLoader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise TemplateProblems(
            [TemplateProblem(source, line, str(error.problem or error))]
        ) from error
    except yaml.YAMLError as error:
        raise TemplateProblems([TemplateProblem(source, 1, str(error))]) from error


@dataclass(frozen=True)
class SharedQuestions:
    """Question sets that templates of format 2 include by name (``- include: parties``), so
    the questions every document asks are defined once (resources/templates/shared/)."""

    sets: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)  # name → located YAML
    sources: Mapping[str, str] = field(default_factory=dict)  # name → the file defining it


def parse_shared(text: str, source: str) -> SharedQuestions:
    """The question sets of a shared file (``format: 2``, ``sets: {name: [questions]}``); each
    question is checked where a template includes it. Raises TemplateProblems."""
    reader = _Reader(source)
    data = reader.mapping(_yaml(text, source), "the shared questions", 1)
    if data.get("format") != FORMAT_VERSION:
        reader.problem(data, 1, f"'format: {FORMAT_VERSION}' is missing or not supported")
    sets = reader.mapping(data.get("sets"), "sets", 1)
    found: dict[str, tuple[Any, ...]] = {}
    for name, questions in sets.items():
        items = tuple(reader.sequence(questions, f"set '{name}'", sets.line))
        for item in items:
            if not isinstance(item, _Map):
                reader.problem(item, sets.line, f"set '{name}': a question must be a mapping")
        found[str(name)] = items
    if reader.problems:
        raise TemplateProblems(reader.problems)
    return SharedQuestions(found, dict.fromkeys(found, source))


def _included(
    item: Any, reader: _Reader, shared: SharedQuestions | None, steps: set[str], form: Any
) -> list[Question | None]:
    """The questions of ``- include: NAME`` (optionally ``step: STEP``, the wizard page they
    are asked on in this template), each checked against the shared file it comes from."""
    line = _line(item, 1)
    name = item.get("include")
    if form != 2:
        reader.problem(item, line, "'include' needs 'format: 2'")
        return []
    unknown = sorted(set(item) - {"include", "step"})
    if unknown:
        reader.problem(item, line, f"an include takes 'include' and 'step' only, not {unknown}")
    if shared is None or name not in shared.sets:
        known = ", ".join(sorted(shared.sets)) if shared else "none"
        reader.problem(
            item, line, f"include '{name}': no such shared question set (known: {known})"
        )
        return []
    step = item.get("step")
    if step is not None and step not in steps:
        reader.problem(item, line, f"include '{name}': unknown step '{step}'")
        step = None
    origin = _Reader(shared.sources[name])
    questions: list[Question | None] = []
    for raw in shared.sets[name]:
        if not isinstance(raw, _Map):
            continue
        question = raw
        if step is not None:
            question = _Map(raw)
            question.line = raw.line
            question["step"] = step
        questions.append(origin.question(question, raw.line, steps))
    reader.problems.extend(origin.problems)
    return questions


def parse_template(
    text: str, source: str = "<template>", shared: SharedQuestions | None = None
) -> Template:
    """The template in ``text`` (the contents of ``source``), its ``include``s taken from
    ``shared``; raises :class:`TemplateProblems` listing every problem found."""
    raw = _yaml(text, source)
    reader = _Reader(source)
    data = reader.mapping(raw, "the template", 1)
    if data.get("format") not in READABLE_FORMATS:
        reader.problem(
            data,
            1,
            f"'format' is missing or not supported: give 'format: {FORMAT_VERSION}' "
            f"(or 1, which has no includes; found {data.get('format')!r})",
        )
    kind = reader.string(data, "kind")
    if kind and kind not in KINDS:
        reader.problem(data.get("kind"), 1, f"unknown kind '{kind}' (one of {', '.join(KINDS)})")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        reader.problem(data, 1, "'version' must be a whole number from 1")
    steps: list[tuple[str, Mapping[str, str]]] = []
    for item in reader.sequence(data.get("steps"), "steps", 1):
        step = reader.mapping(item, "a step", 1)
        steps.append(
            (
                reader.string(step, "id"),
                reader.languages(step.get("label"), "step label", step.line),
            )
        )
    written = data.get("languages", list(DOCUMENT_LANGUAGES))
    if (
        not isinstance(written, list)
        or not written
        or "id" not in written
        and kind != "letter"
        or any(code not in DOCUMENT_LANGUAGES for code in written)
        or len(set(written)) != len(written)
    ):
        reader.problem(data.get("languages"), 1, "'languages' must list id and/or en, each once")
        written = list(DOCUMENT_LANGUAGES)
    reader.written = tuple(str(code) for code in written)
    step_ids = {step_id for step_id, _ in steps}
    questions: list[Question | None] = []
    for item in reader.sequence(data.get("questions"), "questions", 1):
        if isinstance(item, dict) and "include" in item:
            questions.extend(_included(item, reader, shared, step_ids, data.get("format")))
        else:
            questions.append(reader.question(item, 1, step_ids))
    document = reader.mapping(data.get("document"), "document", 1)
    signatures = []
    for item in reader.sequence(document.get("signatures"), "signatures", document.line):
        block = reader.mapping(item, "a signature block", document.line)
        signatures.append(
            SignatureTemplate(
                *(
                    reader.text(block.get(key), f"signature {key}", block.line)
                    for key in ("party", "name", "title")
                ),
                *(
                    reader.text(block[key], f"signature {key}", block.line)
                    if key in block
                    else None
                    for key in ("rank", "nip")
                ),
            )
        )
    letter = _letter(reader, document.get("letter"), document.line) if kind == "letter" else None
    if kind == "letter" and letter is None:
        reader.problem(document, document.line, "a letter needs 'document: letter:'")
    if kind != "letter" and "letter" in document:
        reader.problem(document, document.line, "'letter' belongs to templates of kind letter")
    gate = data.get("gate") or ""
    items = [item.code for item in CHECKLISTS if item.reference]
    if gate and (kind != "letter" or gate not in items):
        reader.problem(
            gate, 1, f"'gate' names the checklist item a letter fills (one of {', '.join(items)})"
        )
        gate = ""
    template = Template(
        id=reader.string(data, "id"),
        version=version if isinstance(version, int) else 0,
        kind=kind,
        name=reader.languages(data.get("name"), "name", 1),
        description=reader.languages(data.get("description"), "description", 1, required=False),
        steps=tuple(steps),
        questions=tuple(q for q in questions if q is not None),
        title=reader.text(document.get("title"), "title", document.line),
        parties=reader.texts(document.get("parties"), "parties paragraph", document.line),
        recitals=reader.texts(document.get("recitals"), "recital", document.line),
        articles=tuple(
            reader.article(item, document.line)
            for item in reader.sequence(document.get("articles"), "articles", document.line)
        ),
        closing=reader.texts(document.get("closing"), "closing paragraph", document.line),
        signatures=tuple(signatures),
        source=source,
        languages=reader.written,
        letter=letter,
        gate=str(gate),
    )
    _check_names(template, reader)
    if reader.problems:
        raise TemplateProblems(reader.problems)
    return template


def _letter(reader: _Reader, value: Any, line: int) -> LetterTemplate | None:
    if value is None:
        return None
    data = reader.mapping(value, "letter", line)
    known = {part.name for part in fields(LetterTemplate)}
    for key in sorted(set(data) - known):
        reader.problem(data, data.line, f"letter: unknown part '{key}' (one of {sorted(known)})")
    # A letter to a foreign government has no Sifat line: a part left out is printed as none.
    one = {
        key: reader.text(data.get(key), f"letter {key}", data.line)
        if key in data or key in ("place_date", "subject")
        else Text(dict.fromkeys(reader.written, ""))
        for key in ("place_date", "number", "nature", "attachment", "subject", "destination")
    }
    many = {
        key: reader.texts(data.get(key), f"letter {key}", data.line)
        for key in ("addressee", "body", "copies")
    }
    for key in ("addressee", "body"):
        if not many[key]:
            reader.problem(data, data.line, f"letter: '{key}' is missing")
    return LetterTemplate(
        place_date=one["place_date"],
        number=one["number"],
        nature=one["nature"],
        attachment=one["attachment"],
        subject=one["subject"],
        addressee=many["addressee"],
        destination=one["destination"],
        body=many["body"],
        copies=many["copies"],
    )


def _check_names(template: Template, reader: _Reader) -> None:
    """Question ids are unique, and every name a text or condition uses is defined."""
    seen: set[str] = set()
    for question in template.questions:
        if question.id in seen:
            reader.problem(None, question.line, f"question id '{question.id}' is used twice")
        seen.add(question.id)
    if template.letter is not None and not LETTER_SIGNING <= seen:
        reader.problem(
            None, 1, "a letter asks who signs it: '- include: letter_signing' is missing"
        )
    known = seen | set(engine.HELPERS)
    keys = [article.key for article in template.articles]
    for key in {k for k in keys if keys.count(k) > 1}:
        reader.problem(None, 1, f"article key '{key}' is used twice")

    def check(source: str, line: int, what: str, expression: bool) -> None:
        try:
            parsed = engine.parse(source, expression=expression)
        except TemplateSyntaxError as error:
            reader.problem(None, line, f"{what}: {error.message}")
            return
        for name in sorted(meta.find_undeclared_variables(parsed) - known):
            reader.problem(None, line, f"{what}: placeholder '{name}' is not a question or helper")

    conditions = [(q.when, q.line, f"question '{q.id}' condition") for q in template.questions]
    conditions += [(a.when, a.line, f"article '{a.key}' condition") for a in template.articles]
    for text in template.texts():
        conditions.append((text.when, text.line, "condition"))
        for language, body in text.by_language.items():
            check(body, text.line, f"text ({language})", expression=False)
    for condition, line, what in conditions:
        if condition:
            check(condition, line, what, expression=True)
