"""Search-as-you-type: FTS5 indexes over names, countries (in both languages), numbers and notes.

Words in Latin and other spaced scripts match as prefixes. Chinese, Japanese and Korean are not
written with spaces, so a word there is any run of characters: besides the text, each index row
carries the unigrams and bigrams of its CJK runs in a ``grams`` column. A CJK search word matches
through its bigrams (or its one character) in the index, and runs longer than two characters are
then confirmed as substrings on the few rows found.

The store writes the index rows itself inside the same transaction as the record, so the index
can carry text SQL cannot compute (country names in Indonesian and English).

A search that matches most of a big table is listed by walking the sort index and probing the
full-text index per row (a few hundred probes for a page); a narrower one collects its matches
first. :func:`probe_each_row` makes that choice from the number of matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kerjasama_desk.formatting import LANGUAGES, country_name
from kerjasama_desk.store.connection import Connection, Executes

# Prefix indexes for 1–3 characters keep the first keystrokes of a search fast.
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"

_FTS_COLUMNS = {
    "partners": ("name", "native_name", "country", "region", "notes"),
    "agreements": ("title_id", "title_en", "numbers", "partner", "notes"),
    "officers": ("name", "nip", "position", "unit"),
}

CREATE_STATEMENTS = tuple(
    f"CREATE VIRTUAL TABLE {table}_fts USING fts5({', '.join(columns)}, grams, {_TOKENIZE})"
    for table, columns in _FTS_COLUMNS.items()
)
DROP_STATEMENTS = tuple(f"DROP TABLE IF EXISTS {table}_fts" for table in _FTS_COLUMNS)

# Han (with extensions and compatibility forms), kana, Hangul: scripts written without spaces.
_CJK_CHARS = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff"
    "\U00020000-\U0003134f"
)


@cache
def _cjk(run: bool = False) -> re.Pattern[str]:
    """One CJK character (or a run of them). Compiled when first needed: these ranges take about
    5 ms to compile, which opening the window and exporting a draft need not pay."""
    return re.compile(f"[{_CJK_CHARS}]" + ("+" if run else ""))


_TOKEN = re.compile(r"\w+", re.UNICODE)


def has_cjk(text: str) -> bool:
    return _cjk().search(text) is not None


def _bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def grams(*texts: str | None) -> str:
    """The unigrams and bigrams of every CJK run in ``texts``, space-separated and each once."""
    found: dict[str, None] = {}
    for text in texts:
        for run in _cjk(run=True).findall(text or ""):
            found.update(dict.fromkeys(run))
            found.update(dict.fromkeys(_bigrams(run)))
    return " ".join(found)


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


@dataclass(frozen=True)
class Match:
    """A parsed search: the FTS5 expression and the CJK runs to confirm as substrings."""

    expression: str
    substrings: tuple[str, ...]


def parse(text: str) -> Match | None:
    """None for a search with no word in it (empty, or punctuation only)."""
    terms: list[str] = []
    substrings: list[str] = []
    for token in _TOKEN.findall(text):
        if not has_cjk(token):
            terms.append(_quoted(token) + "*")
            continue
        for part in re.split(f"([{_CJK_CHARS}]+)", token):
            if not part:
                continue
            if not has_cjk(part):
                terms.append(_quoted(part) + "*")
            elif len(part) == 1:
                terms.append(_quoted(part))
            else:
                terms.extend(_quoted(gram) for gram in dict.fromkeys(_bigrams(part)))
                if len(part) > 2:
                    substrings.append(part)
    if not terms:
        return None
    return Match(" ".join(terms), tuple(substrings))


def _confirm(table: str, match: Match) -> tuple[str, list[Any]]:
    """SQL (on the FTS table) confirming the longer CJK runs as substrings of the text."""
    columns = _FTS_COLUMNS[table]
    parts: list[str] = []
    params: list[Any] = []
    for run in match.substrings:
        parts.append("(" + " OR ".join(f"instr({column}, ?) > 0" for column in columns) + ")")
        params.extend([run] * len(columns))
    return "".join(f" AND {part}" for part in parts), params


def condition(
    table: str, match: Match, id_column: str, *, per_row: bool = False
) -> tuple[str, list[Any]]:
    """A WHERE fragment keeping the records of ``table`` that match. ``per_row`` probes the
    index once per candidate row instead of collecting all matches first."""
    confirm, params = _confirm(table, match)
    fts = f"{table}_fts"
    if per_row:
        return (
            f"EXISTS (SELECT 1 FROM {fts} WHERE {fts} MATCH ? AND {fts}.rowid = {id_column}"
            f"{confirm})",
            [match.expression, *params],
        )
    return (
        f"{id_column} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?{confirm})",
        [match.expression, *params],
    )


def count(db: Connection, table: str, match: Match) -> int:
    """How many records of ``table`` match, straight from the index."""
    confirm, params = _confirm(table, match)
    fts = f"{table}_fts"
    return int(
        db.execute(
            f"SELECT COUNT(*) FROM {fts} WHERE {fts} MATCH ?{confirm}", [match.expression, *params]
        ).fetchone()[0]
    )


# Measured on the 50k register (tests/benchmarks): probing the index for one row costs about
# 150 times as much as collecting one match.
_PROBE_COST = 150


def probe_each_row(matches: int, table_size: int, rows_needed: int) -> bool:
    """Whether walking the sort order and probing each row beats collecting all ``matches``
    first, to produce the first ``rows_needed`` rows of a list over ``table_size`` records."""
    if matches == 0 or table_size == 0:
        return False
    rows_walked = rows_needed * table_size / matches
    return rows_walked * _PROBE_COST < matches


def _country_text(code: str) -> str:
    return " ".join(dict.fromkeys([code, *(country_name(code, lang) for lang in LANGUAGES)]))


def partner_index_row(row: dict[str, Any]) -> tuple[Any, ...]:
    return (
        row["id"],
        row["name"],
        row["native_name"],
        _country_text(row["country"]),
        row["region"],
        row["notes"],
        grams(row["name"], row["native_name"], row["region"], row["notes"]),
    )


_INSERT_PARTNER = (
    "INSERT INTO partners_fts(rowid, name, native_name, country, region, notes, grams) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def index_partner(db: Connection, partner_id: int) -> None:
    db.execute("DELETE FROM partners_fts WHERE rowid = ?", [partner_id])
    rows = list(db.query("SELECT * FROM partners WHERE id = ?", [partner_id]))
    if rows:
        db.execute(_INSERT_PARTNER, partner_index_row(rows[0]))
        for (agreement_id,) in db.execute(
            "SELECT id FROM agreements WHERE partner_id = ?", [partner_id]
        ).fetchall():
            index_agreement(db, agreement_id)


_AGREEMENT_SOURCE = """
    SELECT a.id, a.title_id, a.title_en, a.our_number, a.partner_number, a.notes,
           p.name AS partner_name, p.native_name AS partner_native_name, p.country
    FROM agreements a JOIN partners p ON p.id = a.partner_id
"""


def agreement_index_row(row: dict[str, Any]) -> tuple[Any, ...]:
    partner = " ".join(
        part
        for part in (row["partner_name"], row["partner_native_name"], _country_text(row["country"]))
        if part
    )
    numbers = f"{row['our_number']} {row['partner_number']}".strip()
    return (
        row["id"],
        row["title_id"],
        row["title_en"],
        numbers,
        partner,
        row["notes"],
        grams(
            row["title_id"],
            row["title_en"],
            numbers,
            row["partner_name"],
            row["partner_native_name"],
            row["notes"],
        ),
    )


_INSERT_AGREEMENT = (
    "INSERT INTO agreements_fts(rowid, title_id, title_en, numbers, partner, notes, grams) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def index_agreement(db: Connection, agreement_id: int) -> None:
    db.execute("DELETE FROM agreements_fts WHERE rowid = ?", [agreement_id])
    for row in db.query(_AGREEMENT_SOURCE + " WHERE a.id = ?", [agreement_id]):
        db.execute(_INSERT_AGREEMENT, agreement_index_row(row))


def officer_index_row(row: dict[str, Any]) -> tuple[Any, ...]:
    return (
        row["id"],
        row["name"],
        row["nip"],
        row["position"],
        row["unit"],
        grams(row["name"], row["position"], row["unit"]),
    )


_INSERT_OFFICER = (
    "INSERT INTO officers_fts(rowid, name, nip, position, unit, grams) VALUES (?, ?, ?, ?, ?, ?)"
)


def index_officer(db: Connection, officer_id: int) -> None:
    db.execute("DELETE FROM officers_fts WHERE rowid = ?", [officer_id])
    for row in db.query("SELECT * FROM officers WHERE id = ?", [officer_id]):
        db.execute(_INSERT_OFFICER, officer_index_row(row))


def unindex(db: Connection, table: str, record_id: int) -> None:
    if table not in _FTS_COLUMNS:
        raise ValueError(table)
    db.execute(f"DELETE FROM {table}_fts WHERE rowid = ?", [record_id])


def reindex_all(db: Executes) -> None:
    """Rebuilds every index from the records (migrations, bulk loads)."""
    for table in _FTS_COLUMNS:
        db.execute(f"DELETE FROM {table}_fts")
    db.conn.executemany(
        _INSERT_PARTNER, (partner_index_row(row) for row in db.query("SELECT * FROM partners"))
    )
    db.conn.executemany(
        _INSERT_AGREEMENT, (agreement_index_row(row) for row in db.query(_AGREEMENT_SOURCE))
    )
    db.conn.executemany(
        _INSERT_OFFICER, (officer_index_row(row) for row in db.query("SELECT * FROM officers"))
    )
