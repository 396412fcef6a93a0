"""The sort order of every list column, and the indexes that let SQLite read a page of a sorted
50k list without touching the other rows.

One definition serves both the ORDER BY of the lists and the CREATE INDEX of the migrations:
SQLite only walks an index whose terms are the same expressions, in the same order, as the
ORDER BY. Blanks sort last whichever way a column is sorted; that needs a second index whose
"is blank" term is descending, which SQLite walks backwards for a descending sort. Ties are
broken by the record's id (the rowid every index ends with).

The index set is created by migration 3; a change here needs a new migration that drops the
indexes of the old keys and creates the new ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kerjasama_desk.domain.vocab import AgreementKind, AgreementStage, PartnerLevel


def vocabulary_order(column: str, members: Sequence[str]) -> str:
    """Sorts a vocabulary column in the vocabulary's own order (the pipeline, not A–Z)."""
    whens = " ".join(f"WHEN '{member}' THEN {index}" for index, member in enumerate(members))
    return f"(CASE {column} {whens} ELSE {len(members)} END)"


@dataclass(frozen=True)
class SortKey:
    """A list column's order over one table. ``terms`` and ``blank`` use ``{t}.`` before each
    column name, which becomes the query's alias (and nothing, in an index)."""

    table: str
    name: str
    terms: tuple[str, ...]
    blank: str | None = None  # true for a record with nothing in the column

    def order_by(self, alias: str, descending: bool) -> str:
        direction = " DESC" if descending else ""
        terms = [term.format(t=f"{alias}.") + direction for term in self.terms]
        if self.blank is not None:
            terms.insert(0, self.blank.format(t=f"{alias}."))
        return ", ".join([*terms, f"{alias}.id{direction}"])

    def indexes(self) -> list[tuple[str, str, str]]:
        """(index name, table, indexed terms) for this key."""
        terms = [term.format(t="") for term in self.terms]
        if self.blank is None:
            return [(f"{self.table}_by_{self.name}", self.table, ", ".join(terms))]
        blank = self.blank.format(t="")
        return [
            (f"{self.table}_by_{self.name}", self.table, ", ".join([blank, *terms])),
            (f"{self.table}_by_{self.name}_desc", self.table, ", ".join([f"{blank} DESC", *terms])),
        ]


def _text(table: str, name: str, column: str) -> SortKey:
    return SortKey(table, name, (f"{{t}}{column} COLLATE NOCASE",), f"({{t}}{column} = '')")


def _nullable(table: str, name: str, column: str) -> SortKey:
    return SortKey(table, name, (f"{{t}}{column}",), f"({{t}}{column} IS NULL)")


PARTNER_KEYS: dict[str, SortKey] = {
    "name": SortKey("partners", "name", ("{t}name COLLATE NOCASE",)),
    "native_name": _text("partners", "native_name", "native_name"),
    "region": _text("partners", "region", "region"),
    "level": SortKey(
        "partners", "level", (vocabulary_order("{t}level", [m.value for m in PartnerLevel]),)
    ),
    "population": _nullable("partners", "population", "population"),
    "agreements": SortKey("partners", "agreements", ("{t}agreement_count",)),
    "updated": SortKey("partners", "updated", ("{t}updated_at",)),
}

AGREEMENT_KEYS: dict[str, SortKey] = {
    "title_id": SortKey("agreements", "title_id", ("{t}title_id COLLATE NOCASE",)),
    "title_en": SortKey(
        "agreements", "title_en", ("COALESCE(NULLIF({t}title_en, ''), {t}title_id) COLLATE NOCASE",)
    ),
    "kind": SortKey(
        "agreements", "kind", (vocabulary_order("{t}kind", [m.value for m in AgreementKind]),)
    ),
    "stage": SortKey(
        "agreements", "stage", (vocabulary_order("{t}stage", [m.value for m in AgreementStage]),)
    ),
    "signed": _nullable("agreements", "signed", "signed_on"),
    "expires": _nullable("agreements", "expires", "expires_on"),
    "officer": SortKey(
        "agreements", "officer", ("{t}officer_name COLLATE NOCASE",), "({t}officer_name IS NULL)"
    ),
    "updated": SortKey("agreements", "updated", ("{t}updated_at",)),
}

INDEXES: tuple[tuple[str, str, str], ...] = tuple(
    index
    for keys in (PARTNER_KEYS, AGREEMENT_KEYS)
    for key in keys.values()
    for index in key.indexes()
)
