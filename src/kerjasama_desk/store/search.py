"""Search-as-you-type: FTS5 indexes over names, countries (in both languages), numbers and notes,
and a substring fallback for Chinese, Japanese and Korean, whose words are not space-separated.

The store writes the index rows itself inside the same transaction as the record, so the index
can carry text SQL cannot compute (country names in Indonesian and English).
"""

from __future__ import annotations

import re
from typing import Any

import sqlite_utils

from kerjasama_desk.formatting import LANGUAGES, country_name

# Prefix indexes for 1–3 characters keep the first keystrokes of a search fast.
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"

CREATE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE partners_fts USING fts5(name, native_name, country, region, notes, "
    f"{_TOKENIZE})",
    f"CREATE VIRTUAL TABLE agreements_fts USING fts5(title_id, title_en, numbers, partner, notes, "
    f"{_TOKENIZE})",
    f"CREATE VIRTUAL TABLE officers_fts USING fts5(name, nip, position, unit, {_TOKENIZE})",
)

_FTS_COLUMNS = {
    "partners": ("name", "native_name", "country", "region", "notes"),
    "agreements": ("title_id", "title_en", "numbers", "partner", "notes"),
    "officers": ("name", "nip", "position", "unit"),
}

# Han (with extensions and compatibility forms), kana, Hangul: scripts written without spaces.
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff"
    "\U00020000-\U0003134f]"
)
_TOKEN = re.compile(r"\w+", re.UNICODE)


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


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
    )


def index_partner(db: sqlite_utils.Database, partner_id: int) -> None:
    db.execute("DELETE FROM partners_fts WHERE rowid = ?", [partner_id])
    rows = list(db.query("SELECT * FROM partners WHERE id = ?", [partner_id]))
    if rows:
        db.execute("INSERT INTO partners_fts(rowid, name, native_name, country, region, notes) "
                   "VALUES (?, ?, ?, ?, ?, ?)", partner_index_row(rows[0]))
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
    return (
        row["id"],
        row["title_id"],
        row["title_en"],
        f"{row['our_number']} {row['partner_number']}".strip(),
        partner,
        row["notes"],
    )


_INSERT_AGREEMENT = (
    "INSERT INTO agreements_fts(rowid, title_id, title_en, numbers, partner, notes) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def index_agreement(db: sqlite_utils.Database, agreement_id: int) -> None:
    db.execute("DELETE FROM agreements_fts WHERE rowid = ?", [agreement_id])
    for row in db.query(_AGREEMENT_SOURCE + " WHERE a.id = ?", [agreement_id]):
        db.execute(_INSERT_AGREEMENT, agreement_index_row(row))


def index_officer(db: sqlite_utils.Database, officer_id: int) -> None:
    db.execute("DELETE FROM officers_fts WHERE rowid = ?", [officer_id])
    db.execute(
        "INSERT INTO officers_fts(rowid, name, nip, position, unit) "
        "SELECT id, name, nip, position, unit FROM officers WHERE id = ?",
        [officer_id],
    )


def unindex(db: sqlite_utils.Database, table: str, record_id: int) -> None:
    if table not in _FTS_COLUMNS:
        raise ValueError(table)
    db.execute(f"DELETE FROM {table}_fts WHERE rowid = ?", [record_id])


def reindex_all(db: sqlite_utils.Database) -> None:
    """Rebuilds every index from the records (migrations, bulk loads)."""
    for table in _FTS_COLUMNS:
        db.execute(f"DELETE FROM {table}_fts")
    db.conn.executemany(
        "INSERT INTO partners_fts(rowid, name, native_name, country, region, notes) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (partner_index_row(row) for row in db.query("SELECT * FROM partners")),
    )
    db.conn.executemany(
        _INSERT_AGREEMENT, (agreement_index_row(row) for row in db.query(_AGREEMENT_SOURCE))
    )
    db.execute(
        "INSERT INTO officers_fts(rowid, name, nip, position, unit) "
        "SELECT id, name, nip, position, unit FROM officers"
    )


def match_only(table: str, text: str) -> tuple[str, list[Any]] | None:
    """A query counting the matches of ``text`` straight from the index, when FTS alone
    decides (no Chinese/Japanese/Korean substring part); None otherwise."""
    tokens = _TOKEN.findall(text)
    if not tokens or any(has_cjk(token) for token in tokens):
        return None
    expression = " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)
    return f"SELECT COUNT(*) FROM {table}_fts WHERE {table}_fts MATCH ?", [expression]


def condition(table: str, text: str, id_column: str) -> tuple[str, list[Any]] | None:
    """A WHERE fragment keeping the records of ``table`` that match ``text``, or None for an
    empty search. Every word must match: words in Latin and other spaced scripts as prefixes
    through FTS5, Chinese/Japanese/Korean runs as substrings anywhere in the indexed text."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    columns = _FTS_COLUMNS[table]
    spaced = [token for token in tokens if not has_cjk(token)]
    unspaced = [token for token in tokens if has_cjk(token)]
    parts: list[str] = []
    params: list[Any] = []
    if spaced:
        parts.append(f"{table}_fts MATCH ?")
        params.append(" ".join('"' + token.replace('"', '""') + '"*' for token in spaced))
    for token in unspaced:
        parts.append("(" + " OR ".join(f"instr({column}, ?) > 0" for column in columns) + ")")
        params.extend([token] * len(columns))
    subquery = f"SELECT rowid FROM {table}_fts WHERE " + " AND ".join(parts)
    return f"{id_column} IN ({subquery})", params
