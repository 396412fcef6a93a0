"""Our officers and the handovers between them."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from kerjasama_desk.domain.listing import (
    ListQuery,
    OfficerRow,
    OfficerSort,
)
from kerjasama_desk.domain.models import Officer
from kerjasama_desk.domain.validation import normalise_nip
from kerjasama_desk.domain.vocab import OfficerStatus
from kerjasama_desk.store import database, search, sort_keys
from kerjasama_desk.store.connection import Connection
from kerjasama_desk.store.queries import Search, Where, new_uuid, sql_direction


class OfficerRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db
        self._search = Search(db, "officers")

    def get(self, officer_id: int) -> Officer | None:
        rows = list(self._db.query("SELECT * FROM officers WHERE id = ?", [officer_id]))
        if not rows:
            return None
        row = rows[0]
        return Officer(
            id=row["id"],
            uuid=row["uuid"],
            name=row["name"],
            nip=row["nip"],
            position=row["position"],
            unit=row["unit"],
            status=OfficerStatus(row["status"]),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    @staticmethod
    def _values(officer: Officer) -> dict[str, Any]:
        return {
            "name": officer.name,
            "nip": normalise_nip(officer.nip),
            "position": officer.position,
            "unit": officer.unit,
            "status": officer.status.value,
        }

    def insert(self, officer: Officer) -> int:
        now = database.utc_now()
        officer_id = self._db.insert(
            "officers",
            {
                **self._values(officer),
                "uuid": officer.uuid or new_uuid(),
                "created_at": officer.created_at or now,
                "updated_at": officer.updated_at or now,
            },
        )
        assert isinstance(officer_id, int)
        search.index_officer(self._db, officer_id)
        return officer_id

    def update(self, officer: Officer) -> None:
        assert officer.id is not None
        values = {**self._values(officer), "updated_at": database.utc_now()}
        self._db.update("officers", officer.id, values)
        search.index_officer(self._db, officer.id)

    def delete(self, officer_id: int) -> None:
        self._db.execute("DELETE FROM officers WHERE id = ?", [officer_id])
        search.unindex(self._db, "officers", officer_id)

    def agreements_held(self, officer_id: int) -> int:
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM agreements "
                "WHERE responsible_officer_id = ? OR deputy_officer_id = ?",
                [officer_id, officer_id],
            ).fetchone()[0]
        )

    def _where(self, query: ListQuery) -> Where:
        where = Where()
        self._search.add_to(where, query.text, "officers.id")
        if query.status is not None:
            where.add("officers.status = ?", query.status.value)
        return where

    def page(self, query: ListQuery, *, offset: int = 0, limit: int = 200) -> list[OfficerRow]:
        keys = {
            OfficerSort.NAME: "officers.name COLLATE NOCASE",
            OfficerSort.NIP: "officers.nip",
            OfficerSort.POSITION: "officers.position COLLATE NOCASE",
            OfficerSort.UNIT: "officers.unit COLLATE NOCASE",
            OfficerSort.STATUS: sort_keys.vocabulary_order(
                "officers.status", [m.value for m in OfficerStatus]
            ),
            OfficerSort.AGREEMENTS: "agreements",
        }
        sort = OfficerSort(query.sort) if query.sort in list(OfficerSort) else OfficerSort.NAME
        where = self._where(query)
        direction = sql_direction(query)
        sql = (
            "SELECT officers.id, officers.name, officers.nip, officers.position, officers.unit,"
            " officers.status,"
            " (SELECT COUNT(*) FROM agreements WHERE responsible_officer_id = officers.id)"
            " + (SELECT COUNT(*) FROM agreements WHERE deputy_officer_id = officers.id"
            "    AND responsible_officer_id IS NOT officers.id) AS agreements FROM officers"
            + where.sql()
            + f" ORDER BY {keys[sort]}{direction}, officers.id{direction}"
            " LIMIT ? OFFSET ?"
        )
        return [
            OfficerRow(r[0], r[1], r[2], r[3], r[4], OfficerStatus(r[5]), r[6])
            for r in self._db.execute(sql, [*where.params, limit, offset])
        ]

    def count(self, query: ListQuery) -> int:
        where = self._where(query)
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM officers" + where.sql(), where.params
            ).fetchone()[0]
        )

    def choices(self) -> list[tuple[int, str, OfficerStatus]]:
        """(id, name, status) of every officer, active ones first, for pickers."""
        return [
            (r[0], r[1], OfficerStatus(r[2]))
            for r in self._db.execute(
                "SELECT id, name, status FROM officers "
                "ORDER BY status = 'transferred', name COLLATE NOCASE"
            )
        ]


class HandoverRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db

    def insert(
        self,
        officer_id: int,
        handed_on: date,
        items: list[dict[str, Any]],
        note: str,
        recorded_by: str,
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO handovers (uuid, officer_id, handed_on, items, note, recorded_by,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                new_uuid(),
                officer_id,
                handed_on.isoformat(),
                json.dumps(items, ensure_ascii=False),
                note,
                recorded_by,
                database.utc_now(),
            ],
        )
        return int(cursor.lastrowid or 0)

    def of(self, officer_id: int) -> list[dict[str, Any]]:
        """The officer's handovers, the latest first: date, items, note, who recorded it."""
        return [
            {
                "id": r[0],
                "handed_on": date.fromisoformat(r[1]),
                "items": json.loads(r[2]),
                "note": r[3],
                "recorded_by": r[4],
            }
            for r in self._db.execute(
                "SELECT id, handed_on, items, note, recorded_by FROM handovers WHERE officer_id = ?"
                " ORDER BY handed_on DESC, id DESC",
                [officer_id],
            )
        ]

    def count_of(self, officer_id: int) -> int:
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM handovers WHERE officer_id = ?", [officer_id]
            ).fetchone()[0]
        )
