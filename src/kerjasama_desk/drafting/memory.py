"""Translation memory: the Indonesian ↔ English passages officers have completed, offered again
when a new Indonesian text resembles one of them."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MIN_LENGTH = 3  # fewer characters match too much to be worth offering
MIN_SCORE = 85.0
PREFIX_LENGTH = 4  # a typed beginning this long may be completed from memory
PREFIX_WEIGHT = 0.95  # a completed beginning ranks below the same whole passage


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


def score(wanted: str, remembered: str) -> float:
    """How well a remembered passage (its key) answers what is typed so far (a key), 0–100.

    Either the officer is typing the same passage again, so the typed text is the beginning of
    the remembered one (a typo or two allowed), or the two are the same words more or less
    reordered. A passage that merely contains the typed words somewhere is not offered: "kota"
    must not bring up every passage naming a city."""
    from rapidfuzz import fuzz  # only when suggesting: exports need no matching

    whole = fuzz.token_sort_ratio(wanted, remembered)
    if len(wanted) >= PREFIX_LENGTH and len(remembered) > len(wanted):
        beginning = fuzz.ratio(wanted, remembered[: len(wanted)])
        return max(whole, beginning * PREFIX_WEIGHT)
    return whole


def closest(text: str, entries: Sequence[tuple[str, str]], limit: int = 5) -> list[Suggestion]:
    """The remembered passages most like ``text``, best first; an exact one first of all."""
    wanted = key(text)
    if len(wanted) < MIN_LENGTH or not entries:
        return []
    scored = []
    for position, (indonesian, english) in enumerate(entries):
        found = score(wanted, key(indonesian))
        if found >= MIN_SCORE:
            scored.append((-found, position, Suggestion(indonesian, english, found)))
    scored.sort(key=lambda entry: entry[:2])  # ties keep the register's order (most used first)
    return [suggestion for *_order, suggestion in scored[:limit]]
