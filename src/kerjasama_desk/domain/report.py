"""A report as plain data — title, sections of paragraphs, label/value facts and tables — in one
language. The handover dossier and the annual implementation report are built as this model;
``export`` turns it into PDF or DOCX, so no report knows about reportlab or Word."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Text:
    """A paragraph; ``emphasis`` sets it apart (a warning, a summary)."""

    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class Facts:
    """Label/value rows, e.g. "Signed on: 14 October 2008"."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Grid:
    """A table with a header row; ``widths`` are fractions of the line (they add up to 1)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    empty: str = ""  # said instead of an empty table

    def __post_init__(self) -> None:
        if len(self.widths) != len(self.headers) or any(
            len(row) != len(self.headers) for row in self.rows
        ):
            raise ValueError("every row needs one cell per header")


Block = Text | Facts | Grid


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...] = ()
    level: int = 1  # 1: starts a part (a new page in print), 2: within it
    new_page: bool = False


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    language: str  # "id" or "en": the whole report is in one language
    footer: str  # e.g. "Handover dossier · Rina Handayani · 27 November 2026"
    sections: tuple[Section, ...] = field(default_factory=tuple)
    author: str = ""

    def texts(self) -> list[str]:
        """Every text of the report, for checking that the fonts can draw them."""
        texts = [self.title, self.subtitle, self.footer]
        for section in self.sections:
            texts.append(section.heading)
            for block in section.blocks:
                if isinstance(block, Text):
                    texts.append(block.text)
                elif isinstance(block, Facts):
                    texts.extend(part for row in block.rows for part in row)
                else:
                    texts.extend(block.headers)
                    texts.extend(cell for row in block.rows for cell in row)
                    texts.append(block.empty)
        return texts
