"""What exchange version 4 keeps in the register and the rows it carries that have no repository
of their own for this purpose (docs/exchange.md):

- ``exchange_bases``: per record, the content hash both registers agreed on at the last exchange;
- ``uuid_aliases``: another register's UUID for a record of ours the officer said is the same;
- the rows of trips, checklist records and overrides, handovers, legal parameters and the
  translation memory, read and written column by column (each table's columns are fixed here;
  records refer to others by id, which the exchange service maps to UUIDs).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from kerjasama_desk.store import database
from kerjasama_desk.store.connection import Connection
from kerjasama_desk.store.followup import TripRepository

# Carried columns of each table (besides ``id``); the exchange maps *_id columns to UUIDs.
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "trips": ("uuid", *TripRepository.COLUMNS, "updated_at"),
    "gate_records": (
        "agreement_id",
        "code",
        "done",
        "reference",
        "dated",
        "attachment_id",
        "note",
        "updated_at",
    ),
    "gate_overrides": ("agreement_id", "from_stage", "to_stage", "missing", "reason", "who", "at"),
    "handovers": (
        "uuid",
        "officer_id",
        "handed_on",
        "items",
        "note",
        "recorded_by",
        "created_at",
    ),
    "parameters": ("key", "value", "updated_at"),
    "translation_memory": ("key", "text_id", "text_en", "uses", "updated_at"),
}
_CREATED = {"trips": "created_at"}  # set when a row is added


class ExchangeRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db

    # Bases and aliases --------------------------------------------------------------------------

    def bases(self, kind: str) -> dict[str, str]:
        return {
            str(k): str(h)
            for k, h in self._db.execute(
                "SELECT key, hash FROM exchange_bases WHERE kind = ?", [kind]
            )
        }

    def put_bases(self, kind: str, hashes: Mapping[str, str]) -> None:
        self._db.conn.executemany(
            "INSERT INTO exchange_bases (kind, key, hash) VALUES (?, ?, ?)"
            " ON CONFLICT (kind, key) DO UPDATE SET hash = excluded.hash",
            [(kind, key, value) for key, value in hashes.items()],
        )

    def aliases(self, kind: str) -> dict[str, str]:
        """Another register's UUID → ours, for records said to be the same."""
        return {
            str(a): str(u)
            for a, u in self._db.execute(
                "SELECT alias, uuid FROM uuid_aliases WHERE kind = ?", [kind]
            )
        }

    def put_alias(self, kind: str, alias: str, uuid: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO uuid_aliases (kind, alias, uuid) VALUES (?, ?, ?)",
            [kind, alias, uuid],
        )

    # Rows -----------------------------------------------------------------------------------------

    def rows(self, table: str, agreement_ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
        """Every row of ``table`` (of the agreements given, for tables that belong to one), with
        its id, oldest first."""
        columns = COLUMNS[table]
        sql = f"SELECT rowid, {', '.join(columns)} FROM {table}"
        params: list[Any] = []
        if agreement_ids is not None and "agreement_id" in columns:
            sql += " WHERE agreement_id IN (SELECT value FROM json_each(?))"
            params.append(_json_list(agreement_ids))
        order = "key" if table in ("parameters", "translation_memory") else "id"
        return [
            dict(zip(("id", *columns), row, strict=True))
            for row in self._db.execute(f"{sql} ORDER BY {order}", params)
        ]

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        row = {c: values[c] for c in COLUMNS[table] if c in values}
        now = database.utc_now()
        if "updated_at" in COLUMNS[table]:
            row["updated_at"] = now
        if table in _CREATED:
            row[_CREATED[table]] = now
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self._db.execute(
            f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values())
        )
        return int(cursor.lastrowid or 0)

    def update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        row = {c: values[c] for c in COLUMNS[table] if c in values and c != "updated_at"}
        if "updated_at" in COLUMNS[table]:
            row["updated_at"] = database.utc_now()
        assignments = ", ".join(f"{c} = ?" for c in row)
        self._db.execute(
            f"UPDATE {table} SET {assignments} WHERE rowid = ?", [*row.values(), row_id]
        )


def _json_list(values: Iterable[int]) -> str:
    return json.dumps(list(values))
