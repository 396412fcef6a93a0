"""What keeps an agreement alive: activities, commitments, pipeline gate records and trips."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from kerjasama_desk.domain.gates import GateRecord
from kerjasama_desk.domain.listing import CommitmentRow
from kerjasama_desk.domain.models import (
    Activity,
    Commitment,
)
from kerjasama_desk.domain.travel import Trip
from kerjasama_desk.domain.vocab import (
    CommitmentSource,
    CommitmentStatus,
    CooperationField,
    TripPurpose,
    TripStatus,
)
from kerjasama_desk.store import database
from kerjasama_desk.store.connection import Connection
from kerjasama_desk.store.queries import date_or_none, iso_or_none, new_uuid


class ActivityRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db

    @staticmethod
    def _values(activity: Activity) -> dict[str, Any]:
        return {
            "agreement_id": activity.agreement_id,
            "happened_on": iso_or_none(activity.happened_on),
            "field_code": activity.field.value if activity.field else None,
            "kind": activity.kind,
            "description": activity.description,
            "participants": activity.participants,
            "outcome": activity.outcome,
            "evidence_id": activity.evidence_id,
        }

    def insert_many(self, activities: Iterable[Activity]) -> None:
        now = database.utc_now()
        self._db.conn.executemany(
            "INSERT INTO activities (uuid, agreement_id, happened_on, field_code, kind,"
            " description, participants, outcome, created_at, updated_at) VALUES"
            " (:uuid, :agreement_id, :happened_on, :field_code, :kind, :description,"
            " :participants, :outcome, :now, :now)",
            ({**self._values(a), "uuid": a.uuid or new_uuid(), "now": now} for a in activities),
        )

    def insert(self, activity: Activity) -> int:
        now = database.utc_now()
        cursor = self._db.execute(
            "INSERT INTO activities (uuid, agreement_id, happened_on, field_code, kind,"
            " description, participants, outcome, evidence_id, created_at, updated_at) VALUES"
            " (:uuid, :agreement_id, :happened_on, :field_code, :kind, :description,"
            " :participants, :outcome, :evidence_id, :now, :now)",
            {**self._values(activity), "uuid": activity.uuid or new_uuid(), "now": now},
        )
        return int(cursor.lastrowid or 0)

    def update(self, activity: Activity) -> None:
        """Saves a changed activity (a correction from another register's exchange file)."""
        self._db.execute(
            "UPDATE activities SET agreement_id = :agreement_id, happened_on = :happened_on,"
            " field_code = :field_code, kind = :kind, description = :description,"
            " participants = :participants, outcome = :outcome, evidence_id = :evidence_id,"
            " updated_at = :now WHERE id = :id",
            {**self._values(activity), "id": activity.id, "now": database.utc_now()},
        )

    def set_evidence(self, activity_id: int, attachment_id: int | None) -> None:
        self._db.execute(
            "UPDATE activities SET evidence_id = ?, updated_at = ? WHERE id = ?",
            [attachment_id, database.utc_now(), activity_id],
        )

    def timeline(self, partner_id: int) -> list[tuple[str, str, int, str, str]]:
        """The dated events of a partner, oldest first: (date, what, agreement id, agreement
        kind, text) where ``what`` is "initiated", "signed", "expires" or "activity"."""
        return [
            (str(r[0]), str(r[1]), int(r[2]), str(r[3]), str(r[4]))
            for r in self._db.execute(
                "SELECT initiated_on, 'initiated', id, kind, title_id FROM agreements"
                "  WHERE partner_id = :p AND initiated_on IS NOT NULL"
                " UNION ALL SELECT signed_on, 'signed', id, kind, title_id FROM agreements"
                "  WHERE partner_id = :p AND signed_on IS NOT NULL"
                " UNION ALL SELECT expires_on, 'expires', id, kind, title_id FROM agreements"
                "  WHERE partner_id = :p AND expires_on IS NOT NULL AND NOT open_ended"
                " UNION ALL SELECT v.happened_on, 'activity', a.id, v.kind, v.description"
                "  FROM activities v JOIN agreements a ON a.id = v.agreement_id"
                "  WHERE a.partner_id = :p"
                " ORDER BY 1, 2",
                {"p": partner_id},
            )
        ]

    def between(self, start: date, end: date) -> list[Activity]:
        """Activities from ``start`` to ``end``, by agreement and date."""
        return [
            self._activity(r)
            for r in self._db.query(
                "SELECT * FROM activities WHERE happened_on BETWEEN ? AND ?"
                " ORDER BY agreement_id, happened_on, id",
                [start.isoformat(), end.isoformat()],
            )
        ]

    @staticmethod
    def _activity(r: Any) -> Activity:
        return Activity(
            id=r["id"],
            uuid=r["uuid"],
            agreement_id=r["agreement_id"],
            happened_on=date_or_none(r["happened_on"]),
            field=CooperationField(r["field_code"]) if r["field_code"] else None,
            kind=r["kind"],
            description=r["description"],
            participants=r["participants"],
            outcome=r["outcome"],
            evidence_id=r["evidence_id"],
        )

    def for_agreement(self, agreement_id: int) -> list[Activity]:
        return [
            self._activity(r)
            for r in self._db.query(
                "SELECT * FROM activities WHERE agreement_id = ? ORDER BY happened_on, id",
                [agreement_id],
            )
        ]


class CommitmentRepository:
    _COLUMNS = (
        "agreement_id",
        "title",
        "owner_id",
        "due_on",
        "status",
        "done_on",
        "evidence",
        "source",
        "field_code",
        "notes",
    )
    _ROW = (
        "SELECT c.id, c.agreement_id, c.title, a.title_id, p.name, c.owner_id,"
        " COALESCE(o.name, ''), c.due_on, c.status FROM commitments c"
        " JOIN agreements a ON a.id = c.agreement_id JOIN partners p ON p.id = a.partner_id"
        " LEFT JOIN officers o ON o.id = c.owner_id"
    )

    def __init__(self, db: Connection) -> None:
        self._db = db

    @staticmethod
    def _values(c: Commitment) -> list[Any]:
        return [
            c.agreement_id,
            c.title,
            c.owner_id,
            iso_or_none(c.due_on),
            c.status.value,
            iso_or_none(c.done_on),
            c.evidence,
            c.source.value,
            c.field.value if c.field else None,
            c.notes,
        ]

    @staticmethod
    def _commitment(r: Any) -> Commitment:
        return Commitment(
            id=r["id"],
            uuid=r["uuid"],
            agreement_id=r["agreement_id"],
            title=r["title"],
            owner_id=r["owner_id"],
            due_on=date_or_none(r["due_on"]),
            status=CommitmentStatus(r["status"]),
            done_on=date_or_none(r["done_on"]),
            evidence=r["evidence"],
            source=CommitmentSource(r["source"]),
            field=CooperationField(r["field_code"]) if r["field_code"] else None,
            notes=r["notes"],
        )

    @staticmethod
    def _row(r: Sequence[Any]) -> CommitmentRow:
        return CommitmentRow(
            int(r[0]),
            int(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            r[5],
            str(r[6]),
            date.fromisoformat(r[7]),
            CommitmentStatus(r[8]),
        )

    def insert(self, commitment: Commitment) -> int:
        now = database.utc_now()
        columns = ", ".join(self._COLUMNS)
        marks = ", ".join("?" * (len(self._COLUMNS) + 3))
        cursor = self._db.execute(
            f"INSERT INTO commitments (uuid, {columns}, created_at, updated_at) VALUES ({marks})",
            [commitment.uuid or new_uuid(), *self._values(commitment), now, now],
        )
        return int(cursor.lastrowid or 0)

    def update(self, commitment: Commitment) -> None:
        assignments = ", ".join(f"{column} = ?" for column in self._COLUMNS)
        self._db.execute(
            f"UPDATE commitments SET {assignments}, updated_at = ? WHERE id = ?",
            [*self._values(commitment), database.utc_now(), commitment.id],
        )

    def get(self, commitment_id: int) -> Commitment | None:
        rows = list(self._db.query("SELECT * FROM commitments WHERE id = ?", [commitment_id]))
        return self._commitment(rows[0]) if rows else None

    def delete(self, commitment_id: int) -> None:
        self._db.execute("DELETE FROM commitments WHERE id = ?", [commitment_id])

    def for_agreement(self, agreement_id: int) -> list[Commitment]:
        return [
            self._commitment(r)
            for r in self._db.query(
                "SELECT * FROM commitments WHERE agreement_id = ? ORDER BY due_on, id",
                [agreement_id],
            )
        ]

    def overdue(self, today: date, limit: int = 200) -> tuple[int, list[CommitmentRow]]:
        """Open commitments due before ``today``: how many, and the oldest first."""
        total = int(
            self._db.execute(
                "SELECT COUNT(*) FROM commitments WHERE status = 'open' AND due_on < ?",
                [today.isoformat()],
            ).fetchone()[0]
        )
        rows = self._db.execute(
            self._ROW + " WHERE c.status = 'open' AND c.due_on < ? ORDER BY c.due_on, c.id LIMIT ?",
            [today.isoformat(), limit],
        ).fetchall()
        return total, [self._row(r) for r in rows]

    def open_between(self, start: date | None, end: date | None) -> list[CommitmentRow]:
        """Open commitments due from ``start`` to ``end`` (either may be open), soonest first."""
        rows = self._db.execute(
            self._ROW + " WHERE c.status = 'open' AND c.due_on >= ? AND c.due_on <= ?"
            " ORDER BY c.due_on, c.id",
            [iso_or_none(start) or "0000-00-00", iso_or_none(end) or "9999-99-99"],
        ).fetchall()
        return [self._row(r) for r in rows]

    def count_open_between(self, start: date, end: date) -> int:
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM commitments WHERE status = 'open' AND due_on BETWEEN ? AND ?",
                [start.isoformat(), end.isoformat()],
            ).fetchone()[0]
        )

    def open_of(self, officer_id: int) -> list[CommitmentRow]:
        """The open commitments an officer owns, soonest first."""
        rows = self._db.execute(
            self._ROW + " WHERE c.owner_id = ? AND c.status = 'open' ORDER BY c.due_on, c.id",
            [officer_id],
        ).fetchall()
        return [self._row(r) for r in rows]

    def all_of(self, agreement_ids: list[int] | None = None) -> list[Commitment]:
        """Every commitment (of ``agreement_ids``, or all), by agreement and due date."""
        rows = self._db.query("SELECT * FROM commitments ORDER BY agreement_id, due_on, id")
        wanted = set(agreement_ids) if agreement_ids is not None else None
        return [self._commitment(r) for r in rows if wanted is None or r["agreement_id"] in wanted]

    def count_of(self, officer_id: int) -> int:
        """All commitments (any status) an officer is named on."""
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM commitments WHERE owner_id = ?", [officer_id]
            ).fetchone()[0]
        )


class GateRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db

    def records(self, agreement_id: int) -> dict[str, GateRecord]:
        return {
            r[0]: GateRecord(r[0], bool(r[1]), r[2], date_or_none(r[3]), r[4], r[5])
            for r in self._db.execute(
                "SELECT code, done, reference, dated, attachment_id, note FROM gate_records"
                " WHERE agreement_id = ?",
                [agreement_id],
            )
        }

    def put(self, agreement_id: int, record: GateRecord) -> None:
        self._db.execute(
            "INSERT INTO gate_records (agreement_id, code, done, reference, dated,"
            " attachment_id, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (agreement_id, code) DO UPDATE SET done = excluded.done,"
            " reference = excluded.reference, dated = excluded.dated,"
            " attachment_id = excluded.attachment_id, note = excluded.note,"
            " updated_at = excluded.updated_at",
            [
                agreement_id,
                record.code,
                int(record.done),
                record.reference,
                iso_or_none(record.dated),
                record.attachment_id,
                record.note,
                database.utc_now(),
            ],
        )

    def record_override(
        self,
        agreement_id: int,
        from_stage: str,
        to_stage: str,
        missing: list[str],
        reason: str,
        who: str,
    ) -> None:
        self._db.execute(
            "INSERT INTO gate_overrides (agreement_id, from_stage, to_stage, missing, reason,"
            " who, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                agreement_id,
                from_stage,
                to_stage,
                json.dumps(missing),
                reason,
                who,
                database.utc_now(),
            ],
        )

    def overrides(self, agreement_id: int) -> list[dict[str, Any]]:
        return [
            {
                "from": r[0],
                "to": r[1],
                "missing": json.loads(r[2]),
                "reason": r[3],
                "who": r[4],
                "at": r[5],
            }
            for r in self._db.execute(
                "SELECT from_stage, to_stage, missing, reason, who, at FROM gate_overrides"
                " WHERE agreement_id = ? ORDER BY at DESC, id DESC",
                [agreement_id],
            )
        ]


class TripRepository:
    COLUMNS = (  # a trip's own columns (the exchange carries them too: store/exchange.py)
        "agreement_id",
        "purpose",
        "destination",
        "departs_on",
        "returns_on",
        "delegation",
        "requested_on",
        "terms_of_reference",
        "follow_up_plan",
        "host_confirmed",
        "status",
        "rules",
        "notes",
    )

    def __init__(self, db: Connection) -> None:
        self._db = db

    @staticmethod
    def _values(trip: Trip, rules: str) -> list[Any]:
        return [
            trip.agreement_id,
            trip.purpose.value,
            trip.destination,
            iso_or_none(trip.departs_on),
            iso_or_none(trip.returns_on),
            json.dumps(trip.delegation, ensure_ascii=False),
            iso_or_none(trip.requested_on),
            trip.terms_of_reference,
            trip.follow_up_plan,
            int(trip.host_confirmed),
            trip.status.value,
            rules,
            trip.notes,
        ]

    @staticmethod
    def _trip(r: Any) -> tuple[Trip, str]:
        return Trip(
            id=r["id"],
            uuid=r["uuid"],
            agreement_id=r["agreement_id"],
            purpose=TripPurpose(r["purpose"]),
            destination=r["destination"],
            departs_on=date_or_none(r["departs_on"]),
            returns_on=date_or_none(r["returns_on"]),
            delegation=json.loads(r["delegation"]),
            requested_on=date_or_none(r["requested_on"]),
            terms_of_reference=r["terms_of_reference"],
            follow_up_plan=r["follow_up_plan"],
            host_confirmed=bool(r["host_confirmed"]),
            status=TripStatus(r["status"]),
            notes=r["notes"],
        ), str(r["rules"])

    def insert(self, trip: Trip, rules: str) -> int:
        now = database.utc_now()
        marks = ", ".join("?" * (len(self.COLUMNS) + 3))
        cursor = self._db.execute(
            f"INSERT INTO trips (uuid, {', '.join(self.COLUMNS)}, created_at, updated_at)"
            f" VALUES ({marks})",
            [trip.uuid or new_uuid(), *self._values(trip, rules), now, now],
        )
        return int(cursor.lastrowid or 0)

    def update(self, trip: Trip, rules: str) -> None:
        assignments = ", ".join(f"{column} = ?" for column in self.COLUMNS)
        self._db.execute(
            f"UPDATE trips SET {assignments}, updated_at = ? WHERE id = ?",
            [*self._values(trip, rules), database.utc_now(), trip.id],
        )

    def get(self, trip_id: int) -> tuple[Trip, str] | None:
        rows = list(self._db.query("SELECT * FROM trips WHERE id = ?", [trip_id]))
        return self._trip(rows[0]) if rows else None

    def for_agreement(self, agreement_id: int) -> list[Trip]:
        return [
            self._trip(r)[0]
            for r in self._db.query(
                "SELECT * FROM trips WHERE agreement_id = ? ORDER BY departs_on, id", [agreement_id]
            )
        ]

    def around(self, start: date, end: date) -> list[Trip]:
        """Trips not cancelled that overlap ``start``–``end``."""
        return [
            self._trip(r)[0]
            for r in self._db.query(
                "SELECT * FROM trips WHERE status <> 'cancelled' AND departs_on <= ?"
                " AND returns_on >= ?",
                [end.isoformat(), start.isoformat()],
            )
        ]

    def planned_from(self, start: date) -> list[Trip]:
        return [
            self._trip(r)[0]
            for r in self._db.query(
                "SELECT * FROM trips WHERE status = 'planned' AND returns_on >= ?"
                " ORDER BY departs_on",
                [start.isoformat()],
            )
        ]
