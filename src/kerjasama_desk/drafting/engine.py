"""The sandboxed renderer of template texts (Jinja2's SandboxedEnvironment).

Template text can only fill in values and choose among texts: it cannot reach Python objects'
internals, import anything or run code, and a name nothing defines is an error (StrictUndefined),
never an empty string. Language-aware helpers read the language of the column being rendered:

- ``{{ term_years | words }}`` → "5 (lima)" / "5 (five)";
- ``{{ term_years | years }}`` → "5 (lima) tahun" / "1 (one) year" (``months`` likewise);
- ``{{ originals | originals }}`` → "rangkap 2 (dua)" / "in duplicate";
- ``{{ items | enumerate_list }}`` → "a, b, dan c" / "a, b and c" (formatting.listing);
- ``{{ partner_first }}``: true in the partner's original of an alternat (its name first);
- ``{{ name | upper_first }}``: the first letter in capitals, the rest as written;
- ``{{ texts_in }}`` → "bahasa Indonesia dan bahasa Inggris" / "the Indonesian and English
  languages", and ``{{ authentic }}`` → "kedua naskah sama autentik" / "both texts being equally
  authentic": the document's own languages, so the closing never names a text it lacks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    FileSystemBytecodeCache,
    StrictUndefined,
    Template,
    nodes,
    pass_context,
)
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from kerjasama_desk.formatting import counted, listing, originals, with_words

HELPERS = (
    "lang",
    "texts_in",
    "authentic",
    "has_english",
    "partner_first",
)  # besides the questions' names


@pass_context
def _words(context: Context, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        return str(value)  # a gap marker stays visible
    return with_words(value, str(context["lang"]))


def _counted(unit: str) -> Callable[[Context, Any], str]:
    @pass_context
    def count(context: Context, value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int):
            return str(value)  # a gap marker stays visible
        return counted(value, unit, str(context["lang"]))

    return count


@pass_context
def _originals(context: Context, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        return str(value)
    return originals(value, str(context["lang"]))


@pass_context
def _enumerate_list(context: Context, values: Iterable[Any]) -> str:
    return listing([str(value) for value in values], str(context["lang"]))


def _upper_first(value: Any) -> str:
    """The first letter in capitals, the rest as written ("the People's …" → "The People's …"),
    for a name that begins a sentence; Jinja's capitalize would lower the rest."""
    text = str(value)
    return text[:1].upper() + text[1:]


def _items(value: Any) -> list[str]:
    """A list typed on one line, its items separated by semicolons ("Gubernur Jawa Tengah;
    Ketua DPRD"): the items, trimmed; none for an empty answer."""
    return [item.strip() for item in str(value or "").split(";") if item.strip()] if value else []


def _letter(number: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]


class _Sources(BaseLoader):
    """Template texts by the hash of their source, so Jinja's bytecode cache (compiled texts
    kept between runs) can find them by name."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def get_source(self, environment: Any, template: str) -> tuple[str, None, Callable[[], bool]]:
        return self.texts[template], None, lambda: True


_SOURCES = _Sources()
_ENVIRONMENT = SandboxedEnvironment(
    undefined=StrictUndefined,
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
    loader=_SOURCES,
)


def use_bytecode_cache(directory: Path) -> None:
    """Keeps compiled template texts in ``directory`` between runs (compiling is most of the
    cost of loading a template). Call before the first template is loaded."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # no cache: everything still works, only slower
    _ENVIRONMENT.bytecode_cache = FileSystemBytecodeCache(str(directory))


_ENVIRONMENT.filters.update(
    words=_words,
    years=_counted("year"),
    months=_counted("month"),
    originals=_originals,
    enumerate_list=_enumerate_list,
    letter=_letter,
    upper_first=_upper_first,
    items=_items,
)


@lru_cache(maxsize=4096)
def _compiled(source: str) -> Template:
    if _ENVIRONMENT.bytecode_cache is None:
        return _ENVIRONMENT.from_string(source)
    name = hashlib.sha1(source.encode("utf-8")).hexdigest()
    _SOURCES.texts[name] = source
    return _ENVIRONMENT.get_template(name)


@lru_cache(maxsize=1024)
def _condition(source: str) -> Template:
    # A condition is compiled as a text that writes "1" when it holds, so the bytecode cache
    # keeps it too: a command that finds every text compiled never needs Jinja's lexer.
    return _compiled("{% if " + source + " %}1{% endif %}")


def render(source: str, context: Mapping[str, Any]) -> str:
    """``source`` filled in from ``context``; texts are compiled once and reused."""
    return _compiled(source).render(context).strip()


def evaluate(condition: str, context: Mapping[str, Any]) -> bool:
    return _condition(condition).render(context) == "1"


def parse(source: str, *, expression: bool = False) -> nodes.Template:
    """The parsed text (or condition); it is compiled too, so an unknown filter is found."""
    if expression:
        _condition(source)
        return _ENVIRONMENT.parse("{{ " + source + " }}")
    _compiled(source)  # compiles (and keeps) it, so rendering later costs no compiling
    return _ENVIRONMENT.parse(source)
