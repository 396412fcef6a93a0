"""Agreements with their fields and stages: reading, writing, listing, searching, sorting and
the follow-up queries of the dashboard."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from kerjasama_desk.domain.listing import (
    AgreementRow,
    AgreementSort,
    FollowUpRow,
    ListQuery,
    StageCount,
)
from kerjasama_desk.domain.models import (
    Agreement,
    AgreementSummary,
    FieldChoice,
)
from kerjasama_desk.domain.vocab import (
    AgreementKind,
    AgreementStage,
    CooperationField,
)
from kerjasama_desk.store import database, search, sort_keys
from kerjasama_desk.store.connection import Connection
from kerjasama_desk.store.queries import (
    Search,
    Where,
    date_or_none,
    iso_or_none,
    new_uuid,
    query_language,
    sql_direction,
)


def _follow_up_row(r: Sequence[Any]) -> FollowUpRow:
    """id, title_id, partner, stage, officer, the day that says why, title_en."""
    return FollowUpRow(r[0], r[1], r[2], AgreementStage(r[3]), r[4], date_or_none(r[5]), r[6])


class AgreementRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db
        self._search = Search(db, "agreements")

    def get(self, agreement_id: int) -> Agreement | None:
        rows = list(self._db.query("SELECT * FROM agreements WHERE id = ?", [agreement_id]))
        if not rows:
            return None
        row = rows[0]
        fields = [
            FieldChoice(
                standard=CooperationField(f["code"]) if f["code"] else None,
                custom_id=f["custom_id"],
                custom_en=f["custom_en"],
            )
            for f in self._db.query(
                "SELECT * FROM agreement_fields WHERE agreement_id = ? ORDER BY position",
                [agreement_id],
            )
        ]
        return Agreement(
            id=row["id"],
            uuid=row["uuid"],
            partner_id=row["partner_id"],
            kind=AgreementKind(row["kind"]),
            parent_id=row["parent_id"],
            title_id=row["title_id"],
            title_en=row["title_en"],
            our_number=row["our_number"],
            partner_number=row["partner_number"],
            stage=AgreementStage(row["stage"]),
            initiated_on=date_or_none(row["initiated_on"]),
            signed_on=date_or_none(row["signed_on"]),
            effective_on=date_or_none(row["effective_on"]),
            expires_on=date_or_none(row["expires_on"]),
            open_ended=bool(row["open_ended"]),
            fields=fields,
            responsible_officer_id=row["responsible_officer_id"],
            deputy_officer_id=row["deputy_officer_id"],
            notes=row["notes"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def summary(self, agreement_id: int) -> AgreementSummary | None:
        row = self._db.execute(
            "SELECT id, partner_id, kind, title_id, title_en, signed_on FROM agreements "
            "WHERE id = ?",
            [agreement_id],
        ).fetchone()
        return self._summary(row) if row else None

    @staticmethod
    def _summary(row: Sequence[Any]) -> AgreementSummary:
        return AgreementSummary(
            id=row[0],
            partner_id=row[1],
            kind=AgreementKind(row[2]),
            title_id=row[3],
            title_en=row[4],
            signed_on=date_or_none(row[5]),
        )

    def for_partner(self, partner_id: int) -> list[AgreementSummary]:
        return [
            self._summary(row)
            for row in self._db.execute(
                "SELECT id, partner_id, kind, title_id, title_en, signed_on FROM agreements "
                "WHERE partner_id = ? ORDER BY signed_on IS NULL, signed_on, id",
                [partner_id],
            ).fetchall()
        ]

    def descendants(self, agreement_id: int) -> set[int]:
        """Ids of every agreement that follows from this one, directly or further down."""
        return {
            row[0]
            for row in self._db.execute(
                "WITH RECURSIVE below(id) AS ("
                " SELECT id FROM agreements WHERE parent_id = ?"
                " UNION SELECT a.id FROM agreements a JOIN below b ON a.parent_id = b.id)"
                " SELECT id FROM below",
                [agreement_id],
            ).fetchall()
        }

    def follower_count(self, agreement_id: int) -> int:
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM agreements WHERE parent_id = ?", [agreement_id]
            ).fetchone()[0]
        )

    @staticmethod
    def _values(agreement: Agreement) -> dict[str, Any]:
        return {
            "partner_id": agreement.partner_id,
            "kind": agreement.kind.value,
            "parent_id": agreement.parent_id,
            "title_id": agreement.title_id,
            "title_en": agreement.title_en,
            "our_number": agreement.our_number,
            "partner_number": agreement.partner_number,
            "stage": agreement.stage.value,
            "initiated_on": iso_or_none(agreement.initiated_on),
            "signed_on": iso_or_none(agreement.signed_on),
            "effective_on": iso_or_none(agreement.effective_on),
            "expires_on": iso_or_none(agreement.expires_on),
            "open_ended": int(agreement.open_ended),
            "responsible_officer_id": agreement.responsible_officer_id,
            "deputy_officer_id": agreement.deputy_officer_id,
            "notes": agreement.notes,
        }

    def insert(self, agreement: Agreement) -> int:
        now = database.utc_now()
        agreement_id = self._db.insert(
            "agreements",
            {
                **self._values(agreement),
                "uuid": agreement.uuid or new_uuid(),
                "created_at": agreement.created_at or now,
                "updated_at": agreement.updated_at or now,
            },
        )
        assert isinstance(agreement_id, int)
        self._save_fields(agreement_id, agreement.fields)
        search.index_agreement(self._db, agreement_id)
        return agreement_id

    def update(self, agreement: Agreement) -> None:
        assert agreement.id is not None
        values = {**self._values(agreement), "updated_at": database.utc_now()}
        self._db.update("agreements", agreement.id, values)
        self._save_fields(agreement.id, agreement.fields)
        search.index_agreement(self._db, agreement.id)

    def _save_fields(self, agreement_id: int, fields: list[FieldChoice]) -> None:
        wanted = [
            (
                agreement_id,
                position,
                choice.standard.value if choice.standard else None,
                choice.custom_id,
                choice.custom_en,
            )
            for position, choice in enumerate(fields)
        ]
        kept = self._db.execute(
            "SELECT agreement_id, position, code, custom_id, custom_en FROM agreement_fields"
            " WHERE agreement_id = ? ORDER BY position",
            [agreement_id],
        ).fetchall()
        if [tuple(row) for row in kept] == wanted:
            return  # unchanged: nothing rewritten, nothing in the audit trail
        self._db.execute("DELETE FROM agreement_fields WHERE agreement_id = ?", [agreement_id])
        self._db.conn.executemany(
            "INSERT INTO agreement_fields (agreement_id, position, code, custom_id, custom_en) "
            "VALUES (?, ?, ?, ?, ?)",
            wanted,
        )

    def delete(self, agreement_id: int) -> None:
        self._db.execute("DELETE FROM agreements WHERE id = ?", [agreement_id])
        search.unindex(self._db, "agreements", agreement_id)

    _FROM = " FROM agreements a JOIN partners p ON p.id = a.partner_id"
    _COLUMNS = (
        "SELECT a.id, a.title_id, a.title_en, a.partner_id, p.name, p.native_name, a.kind,"
        " a.stage, a.signed_on, a.expires_on, a.open_ended, COALESCE(a.officer_name, ''),"
        " a.updated_at"
    )

    @staticmethod
    def _filtered(query: ListQuery) -> bool:
        return bool(
            query.stage
            or query.kind
            or query.country
            or query.officer_id is not None
            or query.partner_id is not None
        )

    def _where(self, query: ListQuery, rows_needed: int | None = None) -> Where:
        where = Where()
        self._search.add_to(
            where, query.text, "a.id", rows_needed=None if self._filtered(query) else rows_needed
        )
        if query.stage is not None:
            where.add("a.stage = ?", query.stage.value)
        if query.kind is not None:
            where.add("a.kind = ?", query.kind.value)
        if query.country:
            where.add("p.country = ?", query.country)
        if query.officer_id is not None:
            where.add(
                "(a.responsible_officer_id = ? OR a.deputy_officer_id = ?)",
                query.officer_id,
                query.officer_id,
            )
        if query.partner_id is not None:
            where.add("a.partner_id = ?", query.partner_id)
        return where

    @staticmethod
    def _order(query: ListQuery) -> str:
        sort = (
            AgreementSort(query.sort) if query.sort in list(AgreementSort) else AgreementSort.TITLE
        )
        if sort is AgreementSort.PARTNER:
            # Walks the partners by name (index partners_by_name), then each one's agreements.
            direction = sql_direction(query)
            return f" ORDER BY p.name COLLATE NOCASE{direction}, p.id{direction}, a.id{direction}"
        name = f"title_{query_language(query)}" if sort is AgreementSort.TITLE else sort.value
        return " ORDER BY " + sort_keys.AGREEMENT_KEYS[name].order_by("a", query.descending)

    def page(self, query: ListQuery, *, offset: int = 0, limit: int = 200) -> list[AgreementRow]:
        where = self._where(query, rows_needed=offset + limit)
        sql = self._COLUMNS + self._FROM + where.sql() + self._order(query) + " LIMIT ? OFFSET ?"
        return [self._row(r) for r in self._db.execute(sql, [*where.params, limit, offset])]

    @staticmethod
    def _row(r: Sequence[Any]) -> AgreementRow:
        return AgreementRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            AgreementKind(r[6]),
            AgreementStage(r[7]),
            date_or_none(r[8]),
            date_or_none(r[9]),
            bool(r[10]),
            r[11],
            r[12],
        )

    def count(self, query: ListQuery) -> int:
        if not self._filtered(query):
            found = self._search.count_only(query.text)
            if found is not None:
                return found
        where = self._where(query)
        source = self._FROM if query.country else " FROM agreements a"
        return int(
            self._db.execute("SELECT COUNT(*)" + source + where.sql(), where.params).fetchone()[0]
        )

    def dormant(
        self,
        cutoff: date,
        stages: Sequence[str],
        undated_stages: Sequence[str] = (),
        limit: int = 200,
    ) -> tuple[int, list[FollowUpRow]]:
        """Agreements in ``stages`` with no sign of life (activity, else signing) since
        ``cutoff``: how many, and the quietest first. One with neither on record counts only in
        ``undated_stages`` (in force, its signing day unknown); it is the quietest of all, its
        date None."""
        marks = ", ".join("?" * len(stages))
        undated = ", ".join("?" * len(undated_stages)) or "NULL"
        quiet = "COALESCE(a.last_activity_on, a.signed_on, '')"  # the index's expression
        dated = f"({quiet} <> '' OR a.stage IN ({undated}))"
        total = int(
            self._db.execute(
                f"SELECT COUNT(*) FROM agreements a WHERE {quiet} < ?"
                f" AND a.stage IN ({marks}) AND {dated}",
                [cutoff.isoformat(), *stages, *undated_stages],
            ).fetchone()[0]
        )
        # "+a.stage" keeps SQLite walking the quiet-date index in order, stopping at ``limit``.
        rows = self._db.execute(
            "SELECT a.id, a.title_id, p.name, a.stage, COALESCE(a.officer_name, ''),"
            f" {quiet}, a.title_en FROM agreements a JOIN partners p ON p.id = a.partner_id"
            f" WHERE {quiet} < ? AND +a.stage IN ({marks}) AND {dated}"
            f" ORDER BY {quiet}, a.id LIMIT ?",
            [cutoff.isoformat(), *stages, *undated_stages, limit],
        ).fetchall()
        return total, [_follow_up_row(r) for r in rows]

    def expiring(self, horizon: date, limit: int = 200) -> tuple[int, list[FollowUpRow]]:
        """Agreements that expire on or before ``horizon`` (or have expired) and are not ended
        or open-ended: how many, and the soonest first."""
        condition = (
            " WHERE a.expires_on IS NOT NULL AND a.expires_on <= ?"
            " AND a.open_ended = 0 AND a.stage <> 'ended'"
        )
        total = int(
            self._db.execute(
                "SELECT COUNT(*) FROM agreements a" + condition, [horizon.isoformat()]
            ).fetchone()[0]
        )
        rows = self._db.execute(
            "SELECT a.id, a.title_id, p.name, a.stage, COALESCE(a.officer_name, ''), a.expires_on,"
            " a.title_en"
            " FROM agreements a JOIN partners p ON p.id = a.partner_id"
            + condition
            + " ORDER BY a.expires_on, a.id LIMIT ?",
            [horizon.isoformat(), limit],
        ).fetchall()
        return total, [_follow_up_row(r) for r in rows]

    _LIVE_EXPIRY = (
        " WHERE a.expires_on BETWEEN ? AND ? AND a.open_ended = 0"
        " AND a.stage <> 'ended' AND a.signed_on IS NOT NULL"
    )

    def expiring_between(self, first: date, last: date, limit: int = -1) -> list[FollowUpRow]:
        """Signed agreements, neither ended nor open-ended, expiring from ``first`` to ``last``
        (``since`` is the expiry), the soonest first (at most ``limit``)."""
        rows = self._db.execute(
            "SELECT a.id, a.title_id, p.name, a.stage, COALESCE(a.officer_name, ''), a.expires_on,"
            " a.title_en"
            " FROM agreements a JOIN partners p ON p.id = a.partner_id"
            + self._LIVE_EXPIRY
            + " ORDER BY a.expires_on, a.id LIMIT ?",
            [first.isoformat(), last.isoformat(), limit],
        ).fetchall()
        return [_follow_up_row(r) for r in rows]

    def count_expiring_between(self, first: date, last: date) -> int:
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM agreements a" + self._LIVE_EXPIRY,
                [first.isoformat(), last.isoformat()],
            ).fetchone()[0]
        )

    def held_by(self, officer_id: int) -> list[tuple[str, int, str, int | None]]:
        """(role, agreement id, title, the other officer) for every agreement the officer is
        responsible ("responsible") or deputy ("deputy") for, the newest first."""
        return [
            (str(r[0]), int(r[1]), str(r[2]), r[3])
            for r in self._db.execute(
                "SELECT 'responsible', id, title_id, deputy_officer_id, signed_on FROM agreements"
                " WHERE responsible_officer_id = :o"
                " UNION ALL SELECT 'deputy', id, title_id, responsible_officer_id, signed_on"
                " FROM agreements WHERE deputy_officer_id = :o"
                " ORDER BY 1 DESC, 5 DESC, 2",
                {"o": officer_id},
            )
        ]

    def reassign(
        self,
        agreement_id: int,
        *,
        responsible: int | None = None,
        deputy: int | None = None,
        clear_deputy: bool = False,
    ) -> None:
        """Moves an agreement to other officers (one change, its own updated_at)."""
        sets: list[str] = []
        values: list[int | None] = []
        if responsible is not None:
            sets.append("responsible_officer_id = ?")
            values.append(responsible)
        if deputy is not None or clear_deputy:
            sets.append("deputy_officer_id = ?")
            values.append(deputy)
        if sets:
            self._db.execute(
                f"UPDATE agreements SET {', '.join(sets)}, updated_at = ? WHERE id = ?",
                [*values, database.utc_now(), agreement_id],
            )

    def load_per_officer(self) -> list[tuple[str, int]]:
        """(responsible officer, agreements not ended), the busiest first."""
        return [
            (r[0], int(r[1]))
            for r in self._db.execute(
                "SELECT officer_name, COUNT(*) FROM agreements WHERE responsible_officer_id IS NOT NULL"
                " AND stage <> 'ended' GROUP BY responsible_officer_id ORDER BY 2 DESC, 1"
            )
        ]

    def stage_counts(self) -> list[StageCount]:
        found = dict(
            self._db.execute("SELECT stage, COUNT(*) FROM agreements GROUP BY stage").fetchall()
        )
        return [StageCount(stage, int(found.get(stage.value, 0))) for stage in AgreementStage]

    def insert_many(self, agreements: Iterable[Agreement]) -> None:
        """Bulk load without indexing (call :func:`search.reindex_all` afterwards)."""
        now = database.utc_now()
        rows: list[dict[str, Any]] = []
        fields: list[tuple[Any, ...]] = []
        for a in agreements:
            rows.append(
                {
                    **self._values(a),
                    "id": a.id,
                    "uuid": a.uuid or new_uuid(),
                    "created_at": a.created_at or now,
                    "updated_at": a.updated_at or now,
                }
            )
            fields.extend(
                (a.id, position, c.standard.value if c.standard else None, c.custom_id, c.custom_en)
                for position, c in enumerate(a.fields)
            )
        columns = list(rows[0]) if rows else []
        if rows:
            self._db.conn.executemany(
                f"INSERT INTO agreements ({', '.join(columns)}) "
                f"VALUES ({', '.join(':' + c for c in columns)})",
                rows,
            )
        self._db.conn.executemany(
            "INSERT INTO agreement_fields (agreement_id, position, code, custom_id, custom_en) "
            "VALUES (?, ?, ?, ?, ?)",
            fields,
        )
