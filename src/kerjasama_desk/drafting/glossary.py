"""The glossary: vetted Indonesian ↔ English term pairs for cooperation documents (offices and
titles, institutions, documents, legal formulas, implementation, fields), from
``resources/glossary/terms.tsv`` (tab-separated: indonesian, english, category)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

CATEGORIES = ("office", "institution", "document", "legal", "implementation", "field")


@dataclass(frozen=True)
class Term:
    indonesian: str
    english: str
    category: str


class GlossaryProblem(Exception):
    pass


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load(path: Path) -> list[Term]:
    """Every term of the file; raises :class:`GlossaryProblem` naming the line of each problem
    (a wrong number of columns, an empty side, an unknown category, a repeated entry)."""
    problems: list[str] = []
    terms: list[Term] = []
    seen: dict[str, int] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != ["indonesian", "english", "category"]:
        raise GlossaryProblem(f"{path}:1: the header must be: indonesian, english, category")
    for number, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != 3 or not all(cells):
            problems.append(f"{path}:{number}: expected three filled columns separated by tabs")
            continue
        term = Term(*cells)
        if term.category not in CATEGORIES:
            problems.append(f"{path}:{number}: unknown category '{term.category}'")
        key = _fold(term.indonesian)
        if key in seen:
            problems.append(f"{path}:{number}: '{term.indonesian}' is already on line {seen[key]}")
        seen[key] = number
        terms.append(term)
    if problems:
        raise GlossaryProblem("\n".join(problems))
    return terms


def search(terms: list[Term], text: str, limit: int = 20) -> list[Term]:
    """Terms whose Indonesian or English contains ``text`` (ignoring case and accents): those
    starting with it first, then the rest, each group in file order."""
    wanted = _fold(text.strip())
    if not wanted:
        return terms[:limit]
    starting, containing = [], []
    for term in terms:
        sides = (_fold(term.indonesian), _fold(term.english))
        if any(side.startswith(wanted) for side in sides):
            starting.append(term)
        elif any(wanted in side for side in sides):
            containing.append(term)
    return (starting + containing)[:limit]


def field_descriptions(path: Path) -> dict[str, dict[str, str]]:
    """The vetted description of each standard cooperation field, by code and language, from
    ``resources/glossary/fields.tsv`` (code, indonesian, english)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != ["code", "indonesian", "english"]:
        raise GlossaryProblem(f"{path}:1: the header must be: code, indonesian, english")
    found: dict[str, dict[str, str]] = {}
    for number, line in enumerate(lines[1:], 2):
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != 3 or not all(cells):
            raise GlossaryProblem(f"{path}:{number}: expected three filled columns")
        found[cells[0]] = {"id": cells[1], "en": cells[2]}
    return found
