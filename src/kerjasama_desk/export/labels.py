"""Words the printed document carries besides its text, in the document's languages (not the UI
language): page numbers, paraf boxes, the draft watermark, article numbers."""

from __future__ import annotations

from kerjasama_desk.drafting.document import Article, annex_label
from kerjasama_desk.formatting import PAGE_WORDS, article_title

_PARAF = {"id": "Paraf {party}", "en": "Initials, {party}"}
_PARTIES = {"id": ("Pihak I", "Pihak II"), "en": ("Party I", "Party II")}
_ORIGINAL = {"id": "Naskah asli {number} dari {total}", "en": "Original {number} of {total}"}
_DRAFT = {"id": "versi {version}", "en": "version {version}"}


def article_heading(language: str, article: Article) -> str:
    """An article's title in its column's language over its heading: "Pasal 4\nPembiayaan",
    "第四条\n经费" (formatting.article_title); a plan's section on one line, in capitals:
    "IV. PEMBIAYAAN"."""
    if article.label is not None:
        return f"{article.label} {article.heading.upper()}".strip()
    return f"{article_title(language, article.number)}\n{article.heading}".strip()


def footer_labels(languages: list[str], page: int, total: int) -> str:
    """ "Halaman 2 dari 5 / Page 2 of 5 / 第2页，共5页": in each of the document's languages."""
    return " / ".join(
        PAGE_WORDS[language].format(page=page, total=total)
        for language in languages
        if language in PAGE_WORDS
    )


def paraf_labels(languages: list[str], parties: tuple[str, ...] = (), count: int = 2) -> list[str]:
    """The caption of each signing party's paraf box: "Paraf Semarang / Initials, Semarang", or
    "Paraf Pihak I / Initials, Party I" while the parties' names are not known; ``count``: how
    many parties sign (a notice: our side alone, the first)."""
    known = [language for language in languages if language in _PARAF]
    return [
        " / ".join(
            _PARAF[language].format(
                party=parties[number] if parties else _PARTIES[language][number]
            )
            for language in known
        )
        for number in range(min(count, 2))
    ]


def original_label(languages: list[str], number: int, total: int) -> str:
    """ "Naskah asli 1 dari 2 / Original 1 of 2": which original of a signing copy this is."""
    return " / ".join(
        _ORIGINAL[language].format(number=number, total=total)
        for language in languages
        if language in _ORIGINAL
    )


def watermark(version: int | None, saved_at: str) -> str:
    parts = []
    if version is not None:
        parts.append(
            f"{_DRAFT['id'].format(version=version)} / {_DRAFT['en'].format(version=version)}"
        )
    if saved_at:
        parts.append(saved_at)
    return " · ".join(parts)


def annex_labels(languages: list[str], number: int) -> str:
    """ "Lampiran I / Annex I": an annex's heading in the document's languages."""
    return " / ".join(annex_label(language, number) for language in languages) or annex_label(
        "en", number
    )
