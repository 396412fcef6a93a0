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
    label: str | None = None  # a plan's section number ("II."), printed instead of "Pasal 2"


@dataclass(frozen=True)
class SignatureBlock:
    party: str  # an agreement: the party's designation; a letter: "a.n. WALI KOTA …" or ""
    name: str
    title: str
    rank: str = ""  # a letter signed by a civil servant: the rank (pangkat) …
    nip: str = ""  # … and the NIP under the name (a head of region has neither)


@dataclass(frozen=True)
class LetterParts:
    """What an official letter has besides its body (docs/letters.md): the lines under the
    letterhead, the addressee and the copies, in one language."""

    place_date: str  # "Semarang, 12 Agustus 2008"
    number: str
    nature: str  # Sifat: Biasa, Segera, Sangat Segera, Rahasia
    attachment: str  # Lampiran: "1 (satu) berkas", or "-"
    subject: str  # Hal
    addressee: tuple[str, ...]  # "Yth. Ketua DPRD Kota Semarang", and more lines
    destination: str  # the place after "di"
    body: tuple[str, ...]
    copies: tuple[str, ...] = ()  # Tembusan, one per line
    labels: tuple[str, str, str, str] = ("Nomor", "Sifat", "Lampiran", "Hal")

    def header_lines(self) -> list[tuple[str, str]]:
        """Nomor, Sifat, Lampiran and Hal with their values, each line that has one (a letter
        abroad has no Sifat)."""
        values = (self.number, self.nature, self.attachment, self.subject)
        return [(label, value) for label, value in zip(self.labels, values, strict=True) if value]


@dataclass(frozen=True)
class Letterhead:
    """The kop surat of our government's letters, from the register (Edit → Our government):
    the coat of arms (PNG) and the lines beside it."""

    government: str  # "Pemerintah Kota Semarang", printed in capitals
    address: str
    contacts: str  # "Telepon (024) 3513366 · Pos-el … · Laman …"
    emblem: bytes


@dataclass(frozen=True)
class LanguageVersion:
    language: str
    title: str
    parties: tuple[str, ...]
    recitals: tuple[str, ...]
    articles: tuple[Article, ...]
    closing: tuple[str, ...]
    signatures: tuple[SignatureBlock, ...]
    letter: LetterParts | None = None  # an official letter: its header lines, body and copies

    def copy_lines(self) -> list[str]:
        """A letter's copies as printed (docs/letters.md): "Tembusan:" and a numbered list,
        each item but the last ending in a semicolon; one copy is not numbered. Empty without
        copies, and for other documents."""
        copies = self.letter.copies if self.letter else ()
        if not copies:
            return []
        caption = "Tembusan:" if self.language == "id" else "Copies to:"
        if len(copies) == 1:
            return [caption, copies[0]]
        last = len(copies)
        return [caption] + [
            f"{number}. {text.rstrip(';.')}{'.' if number == last else ';'}"
            for number, text in enumerate(copies, 1)
        ]


@dataclass(frozen=True)
class Annex:
    """A document printed after the signatures of the one it is annexed to, with its own
    heading ("LAMPIRAN I" / "ANNEX I") and page numbers (docs/annexes.md)."""

    number: int
    document: Document

    def label(self, language: str) -> str:
        return annex_label(language, self.number)


def annex_label(language: str, number: int) -> str:
    """ "Lampiran I", "Annex I": an annex's name, numbered in Roman numerals."""
    word = {"id": "Lampiran"}.get(language, "Annex")
    return f"{word} {roman(number)}"


def roman(number: int) -> str:
    """A number in Roman numerals, as annexes and a plan's sections are numbered: 4 → "IV"."""
    found = ""
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while number >= value:
            found += letters
            number -= value
    return found


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
    kind: str = ""  # the template's kind: "letter" prints as a letter, "plan" by sections
    letterhead: Letterhead | None = None  # a letter's kop, set from the register at export
    annexes: tuple[Annex, ...] = ()  # set from the register: the annexed drafts, in order

    @property
    def is_letter(self) -> bool:
        return self.kind == "letter"

    @property
    def template_languages(self) -> list[str]:
        """The document's languages a template writes (Indonesian, English), in its order: the
        ones its page numbers, paraf boxes and annex headings speak."""
        return [language for language in self.languages if language in ("id", "en")]

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
                found += [text for text in (block.rank, block.nip) if text]  # a letter's
            letter = version.letter
            if letter is not None:  # its parts that have a text (a letter abroad has no Sifat)
                parts = [letter.place_date, letter.number, letter.nature, letter.attachment]
                parts += [letter.subject, *letter.addressee, letter.destination]
                found += [text for text in (*parts, *letter.body, *letter.copies) if text]
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
