"""The document model: what assembling a template with answers yields, per language.

The preview, the checks, the exports and the comparison of versions all read this; nothing else
assembles text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    key: str
    number: int
    heading: str
    paragraphs: tuple[str, ...]
    part: str | None = None


@dataclass(frozen=True)
class SignatureBlock:
    party: str
    name: str
    title: str


@dataclass(frozen=True)
class LanguageVersion:
    language: str
    title: str
    parties: tuple[str, ...]
    recitals: tuple[str, ...]
    articles: tuple[Article, ...]
    closing: tuple[str, ...]
    signatures: tuple[SignatureBlock, ...]


@dataclass(frozen=True)
class Document:
    template_id: str
    template_version: int
    languages: tuple[str, ...]
    versions: Mapping[str, LanguageVersion]
    gaps: tuple[str, ...]  # ids of questions whose missing answer shows as a gap in the text
    # the parties' short names, ours first ("Semarang", "Beihai"): the paraf boxes name them
    party_names: tuple[str, ...] = ()
    # how many parties sign it, and so initial its pages: 1 for a notice only our side signs
    signing_parties: int = 2

    def version(self, language: str) -> LanguageVersion:
        return self.versions[language]

    def texts(self) -> list[str]:
        """Every text of every language version, in document order."""
        found: list[str] = []
        for version in self.versions.values():
            found += [version.title, *version.parties, *version.recitals, *version.closing]
            for article in version.articles:
                found += [article.heading, *article.paragraphs]
            for block in version.signatures:
                found += [block.party, block.name, block.title]
        return found

    @property
    def parts(self) -> frozenset[str]:
        """The minimum-content parts (docs/domain.md §5) the articles hold."""
        first = self.versions[self.languages[0]]
        return frozenset(article.part for article in first.articles if article.part)


def table_rows(paragraph: str) -> list[list[str]] | None:
    """The rows of a paragraph written as a table, one "| cell | cell |" line per row with the
    header first (a plan of action's activities); None for ordinary text. Renderers draw it as
    a table; the checks and the comparison read it as text."""
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    if not lines or not all(line.startswith("|") and line.endswith("|") for line in lines):
        return None
    return [[cell.strip() for cell in line[1:-1].split("|")] for line in lines]


def grid_cells(
    tables: list[list[list[str]] | None], languages: list[str]
) -> list[list[list[tuple[str, str]]]]:
    """One table given in several languages (each language's :func:`table_rows`, None where a
    language has none) as one grid: row by row, column by column, each cell's (text, language)
    in every language that has it. The header row is the first."""
    present = [(rows, lang) for rows, lang in zip(tables, languages, strict=True) if rows]
    depth = max(len(rows) for rows, _ in present)
    count = max(len(row) for rows, _ in present for row in rows)
    return [
        [
            [
                (rows[index][column], lang)
                for rows, lang in present
                if index < len(rows) and column < len(rows[index]) and rows[index][column]
            ]
            for column in range(count)
        ]
        for index in range(depth)
    ]


def grid_widths(count: int, width: float) -> list[float]:
    """Column widths of such a grid: the first (what is done, the longest cell) a quarter and
    more of ``width``, the others sharing the rest."""
    first = width * 0.26
    return [first] + [(width - first) / max(count - 1, 1)] * (count - 1)
