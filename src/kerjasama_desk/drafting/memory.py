"""Translation memory: the Indonesian ↔ English passages officers have completed, offered again
when a new Indonesian text resembles one of them."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MIN_LENGTH = 3  # fewer characters match too much to be worth offering
MIN_SCORE = 60.0


@dataclass(frozen=True)
class Suggestion:
    indonesian: str
    english: str
    score: float  # 0–100, 100 the same text


def key(text: str) -> str:
    """The form passages are compared and stored under: case, accents and spacing folded."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def passages(values: Mapping[str, Any]) -> Iterable[tuple[str, str, str]]:
    """Every completed bilingual passage in a draft's answers, as (key, Indonesian, English):
    bilingual answers, and custom fields with their descriptions."""

    def pair(value: Any) -> Iterable[tuple[str, str, str]]:
        if isinstance(value, dict) and set(value) <= {"id", "en"}:
            indonesian, english = (
                str(value.get("id") or "").strip(),
                str(value.get("en") or "").strip(),
            )
            if len(indonesian) >= MIN_LENGTH and english:
                yield key(indonesian), indonesian, english

    for value in values.values():
        yield from pair(value)
        if isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    for part in ("custom", "description", "activity", "owner", "timing"):
                        yield from pair(item.get(part))


def closest(text: str, entries: Sequence[tuple[str, str]], limit: int = 3) -> list[Suggestion]:
    """The remembered passages most like ``text`` (fuzzy), best first."""
    wanted = key(text)
    if len(wanted) < MIN_LENGTH or not entries:
        return []
    keys = [key(indonesian) for indonesian, _ in entries]
    from rapidfuzz import fuzz, process  # only when suggesting: exports need no matching

    found = process.extract(wanted, keys, scorer=fuzz.WRatio, limit=limit, score_cutoff=MIN_SCORE)
    return [
        Suggestion(entries[index][0], entries[index][1], float(score))
        for _match, score, index in found
    ]
