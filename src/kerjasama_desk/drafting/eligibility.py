"""Which partners' countries rule out a sister relationship (resources/countries/no_relations.tsv):
Indonesia must have diplomatic relations with the partner's state (docs/domain.md §8)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def no_relations(path: Path) -> dict[str, Mapping[str, str]]:
    """Country code → the reason, in Indonesian and English, read from ``path`` (a TSV with
    code, reason_id, reason_en, source; lines starting with # are notes)."""
    table: dict[str, Mapping[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, indonesian, english, _source = line.split("\t")
        table[code.strip().upper()] = {"id": indonesian.strip(), "en": english.strip()}
    return table
