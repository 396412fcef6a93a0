"""Comparing two versions of a draft: article by article, per language, with the changed words
marked."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from html import escape

from kerjasama_desk.drafting.document import Document, LanguageVersion


@dataclass(frozen=True)
class Change:
    """One part of the document (the title, the parties, an article…) that differs in one
    language. ``before``/``after`` are its texts, empty where the part is absent."""

    key: str  # "title", "parties", "recitals", "closing", "signatures" or an article's key
    language: str
    label_before: str
    label_after: str
    before: tuple[str, ...]
    after: tuple[str, ...]

    @property
    def kind(self) -> str:
        if not self.before:
            return "added"
        if not self.after:
            return "removed"
        return "changed"


def _parts(version: LanguageVersion) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each part's label and texts, in document order."""
    article_word = "Pasal" if version.language == "id" else "Article"
    parts: dict[str, tuple[str, tuple[str, ...]]] = {
        "title": ("", (version.title,)),
        "parties": ("", version.parties),
        "recitals": ("", version.recitals),
    }
    for article in version.articles:
        parts[article.key] = (
            f"{article_word} {article.number} — {article.heading}",
            (article.heading, *article.paragraphs),
        )
    parts["closing"] = ("", version.closing)
    parts["signatures"] = (
        "",
        tuple(f"{s.party} / {s.name} / {s.title}" for s in version.signatures),
    )
    return parts


def compare(before: Document, after: Document) -> list[Change]:
    """What differs from ``before`` to ``after``, for each language both have."""
    changes: list[Change] = []
    for language in after.languages:
        if language not in before.versions:
            continue
        old, new = _parts(before.version(language)), _parts(after.version(language))
        for key in dict.fromkeys([*new, *old]):
            label_before, texts_before = old.get(key, ("", ()))
            label_after, texts_after = new.get(key, ("", ()))
            if texts_before != texts_after:
                changes.append(
                    Change(key, language, label_before, label_after, texts_before, texts_after)
                )
    return changes


_WORD = re.compile(r"\s+|[^\s]+")


def marked(before: str, after: str) -> tuple[str, str]:
    """Both texts as HTML, the words removed from ``before`` struck through and the words new in
    ``after`` underlined."""
    old, new = _WORD.findall(before), _WORD.findall(after)
    old_html: list[str] = []
    new_html: list[str] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = escape("".join(old[i1:i2])), escape("".join(new[j1:j2]))
        if tag == "equal":
            old_html.append(removed)
            new_html.append(added)
            continue
        if removed:
            old_html.append(f"<del>{removed}</del>")
        if added:
            new_html.append(f"<ins>{added}</ins>")
    return "".join(old_html), "".join(new_html)
