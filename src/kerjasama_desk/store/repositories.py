"""Repositories: reading and writing partners, contacts, agreements, officers and activities.

Callers (the services) wrap each user action in :meth:`Register.transaction`; repository methods
never commit on their own. Lists are paged, sorted and filtered in SQL.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils

from kerjasama_desk.domain.errors import DuplicateRecord
from kerjasama_desk.domain.gates import GateRecord
from kerjasama_desk.domain.listing import (
    AgreementRow,
    AgreementSort,
    CommitmentRow,
    DraftRow,
    FollowUpRow,
    ListQuery,
    OfficerRow,
    OfficerSort,
    PartnerRow,
    PartnerSort,
    RegisterCounts,
    StageCount,
)
from kerjasama_desk.domain.models import (
    Activity,
    Agreement,
    AgreementSummary,
    Attachment,
    Autosave,
    Commitment,
    Contact,
    Draft,
    DraftVersion,
    FieldChoice,
    Officer,
    Partner,
)
from kerjasama_desk.domain.travel import Trip
from kerjasama_desk.domain.validation import name_key, normalise_nip
from kerjasama_desk.domain.vocab import (
    AgreementKind,
    AgreementStage,
    Characteristic,
    CommitmentSource,
    CommitmentStatus,
    CooperationField,
    OfficerStatus,
    PartnerLevel,
    TripPurpose,
    TripStatus,
)
from kerjasama_desk.formatting import LANGUAGES, countries
from kerjasama_desk.store import audit, database, search, sort_keys
from kerjasama_desk.store.backup import copy_database
from kerjasama_desk.store.migrations import LATEST_VERSION, migrate, schema_version

AUDIT_VERSION = 12  # the schema version that brought the audit trail


def _new_uuid() -> str:
    return str(uuid.uuid4())


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _direction(query: ListQuery) -> str:
    return " DESC" if query.descending else ""


def _language(query: ListQuery) -> str:
    return query.language if query.language in LANGUAGES else "en"


@contextmanager
def _unique(table: str) -> Iterator[None]:
    """A unique key met on ``table`` (a twin written meanwhile) as the register's error."""
    try:
        yield
    except sqlite3.IntegrityError as error:
        if "UNIQUE" not in str(error):
            raise
        raise DuplicateRecord(table) from error


class _Where:
    """Collects WHERE conditions with their parameters."""

    def __init__(self) -> None:
        self.parts: builtins.list[str] = []
        self.params: builtins.list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


class _Search:
    """The full-text part of a list's WHERE, choosing how SQLite should run it."""

    def __init__(self, db: sqlite_utils.Database, table: str) -> None:
        self._db = db
        self._table = table
        self._counts: dict[search.Match, int] = {}
        self._version: tuple[int, int] | None = None

    def matches(self, match: search.Match) -> int:
        """How many records match; remembered until the register changes."""
        version = (
            self._db.conn.total_changes,
            int(self._db.execute("PRAGMA data_version").fetchone()[0]),
        )
        if version != self._version:
            self._counts.clear()
            self._version = version
        if match not in self._counts:
            self._counts[match] = search.count(self._db, self._table, match)
        return self._counts[match]

    def add_to(
        self, where: _Where, text: str, id_column: str, *, rows_needed: int | None = None
    ) -> None:
        """Adds the condition for ``text``; ``rows_needed`` (a page of a list with no other
        filter) lets a search matching most records probe row by row along the sort order."""
        match = search.parse(text)
        if match is None:
            return
        per_row = False
        if rows_needed is not None:
            size = int(
                self._db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {self._table}").fetchone()[0]
            )
            per_row = search.probe_each_row(self.matches(match), size, rows_needed)
        sql, params = search.condition(self._table, match, id_column, per_row=per_row)
        where.add(sql, *params)

    def count_only(self, text: str) -> int | None:
        """The number of records matching ``text``, or None for a search with no word."""
        match = search.parse(text)
        return None if match is None else self.matches(match)


class PartnerRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._search = _Search(db, "partners")
        self._country_names = False

    def get(self, partner_id: int) -> Partner | None:
        rows = list(self._db.query("SELECT * FROM partners WHERE id = ?", [partner_id]))
        if not rows:
            return None
        row = rows[0]
        contacts = [
            Contact(
                id=c["id"],
                uuid=c["uuid"],
                partner_id=partner_id,
                person=c["person"],
                title=c["title"],
                organisation=c["organisation"],
                email=c["email"],
                phone=c["phone"],
                languages=c["languages"],
            )
            for c in self._db.query(
                "SELECT * FROM contacts WHERE partner_id = ? ORDER BY position, id", [partner_id]
            )
        ]
        return Partner(
            id=row["id"],
            uuid=row["uuid"],
            name=row["name"],
            native_name=row["native_name"],
            country=row["country"],
            region=row["region"],
            level=PartnerLevel(row["level"]),
            population=row["population"],
            characteristics=[Characteristic(code) for code in json.loads(row["characteristics"])],
            website=row["website"],
            notes=row["notes"],
            contacts=contacts,
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def find_same(self, name: str, country: str) -> Partner | None:
        """The partner already registered under this name (ignoring case, accents, spacing)."""
        found = self._db.execute(
            "SELECT id FROM partners WHERE name_key = ? AND country = ?", [name_key(name), country]
        ).fetchone()
        return self.get(found[0]) if found else None

    def _values(self, partner: Partner) -> dict[str, Any]:
        return {
            "name": partner.name,
            "name_key": name_key(partner.name),
            "native_name": partner.native_name,
            "country": partner.country,
            "region": partner.region,
            "level": partner.level.value,
            "population": partner.population,
            "characteristics": json.dumps([c.value for c in partner.characteristics]),
            "website": partner.website,
            "notes": partner.notes,
        }

    def insert(self, partner: Partner) -> int:
        now = database.utc_now()
        values = {
            **self._values(partner),
            "uuid": partner.uuid or _new_uuid(),
            "created_at": partner.created_at or now,
            "updated_at": partner.updated_at or now,
        }
        with _unique("partners"):
            partner_id = self._db.table("partners").insert(values).last_pk
        assert isinstance(partner_id, int)
        self._save_contacts(partner_id, partner.contacts, now)
        search.index_partner(self._db, partner_id)
        return partner_id

    def update(self, partner: Partner) -> None:
        assert partner.id is not None
        now = database.utc_now()
        with _unique("partners"):
            self._db.table("partners").update(
                partner.id, {**self._values(partner), "updated_at": now}
            )
        self._save_contacts(partner.id, partner.contacts, now)
        search.index_partner(self._db, partner.id)

    def _save_contacts(self, partner_id: int, contacts: builtins.list[Contact], now: str) -> None:
        kept = [c.id for c in contacts if c.id is not None]
        placeholders = ",".join("?" * len(kept))
        self._db.execute(
            f"DELETE FROM contacts WHERE partner_id = ? AND id NOT IN ({placeholders})"
            if kept
            else "DELETE FROM contacts WHERE partner_id = ?",
            [partner_id, *kept],
        )
        for position, contact in enumerate(contacts):
            values = {
                "partner_id": partner_id,
                "position": position,
                "person": contact.person,
                "title": contact.title,
                "organisation": contact.organisation,
                "email": contact.email,
                "phone": contact.phone,
                "languages": contact.languages,
                "updated_at": now,
            }
            if contact.id is None:
                self._db.table("contacts").insert(
                    {**values, "uuid": contact.uuid or _new_uuid(), "created_at": now}
                )
            else:
                self._db.table("contacts").update(contact.id, values)

    def delete(self, partner_id: int) -> None:
        self._db.execute("DELETE FROM partners WHERE id = ?", [partner_id])
        search.unindex(self._db, "partners", partner_id)

    def agreement_count(self, partner_id: int) -> int:
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM agreements WHERE partner_id = ?", [partner_id]
            ).fetchone()[0]
        )

    @staticmethod
    def _filtered(query: ListQuery) -> bool:
        return bool(query.country or query.level)

    def _where(self, query: ListQuery, rows_needed: int | None = None) -> _Where:
        where = _Where()
        self._search.add_to(
            where,
            query.text,
            "partners.id",
            rows_needed=None if self._filtered(query) else rows_needed,
        )
        if query.country:
            where.add("partners.country = ?", query.country)
        if query.level is not None:
            where.add("partners.level = ?", query.level.value)
        return where

    def _ensure_country_names(self) -> None:
        """A per-connection table of country names in both languages, made when a list is first
        sorted by country (it needs the locale data of both, which start-up does not)."""
        if self._country_names:
            return
        self._db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS country_names "
            "(code TEXT PRIMARY KEY, name_id TEXT, name_en TEXT)"
        )
        english = dict(countries("en"))
        self._db.conn.executemany(
            "INSERT OR REPLACE INTO temp.country_names VALUES (?, ?, ?)",
            [(code, name, english.get(code, code)) for code, name in countries("id")],
        )
        # A code the locale data no longer knows still lists its partners (under the code).
        self._db.execute(
            "INSERT OR IGNORE INTO temp.country_names "
            "SELECT DISTINCT country, country, country FROM partners"
        )
        for language in LANGUAGES:
            self._db.execute(
                f"CREATE INDEX IF NOT EXISTS temp.country_names_{language} "
                f"ON country_names(name_{language} COLLATE NOCASE, code)"
            )
        self._country_names = True

    def _from_and_order(self, query: ListQuery) -> tuple[str, str]:
        sort = PartnerSort(query.sort) if query.sort in list(PartnerSort) else PartnerSort.NAME
        direction = _direction(query)
        if sort is PartnerSort.COUNTRY:
            # Walks the countries in the order of their names in the UI language, and the
            # partners of each by name (index partners_country).
            self._ensure_country_names()
            name = f"name_{_language(query)}"
            return (
                " FROM temp.country_names cn CROSS JOIN partners ON partners.country = cn.code",
                f" ORDER BY cn.{name} COLLATE NOCASE{direction}, cn.code{direction},"
                f" partners.name COLLATE NOCASE{direction}, partners.id{direction}",
            )
        key = sort_keys.PARTNER_KEYS[sort.value]
        return " FROM partners", " ORDER BY " + key.order_by("partners", query.descending)

    def list(
        self, query: ListQuery, *, offset: int = 0, limit: int = 200
    ) -> builtins.list[PartnerRow]:
        where = self._where(query, rows_needed=offset + limit)
        source, order = self._from_and_order(query)
        sql = (
            "SELECT partners.id, partners.name, partners.native_name, partners.country, "
            "partners.region, partners.level, partners.population, partners.agreement_count, "
            "partners.updated_at" + source + where.sql() + order + " LIMIT ? OFFSET ?"
        )
        return [
            PartnerRow(r[0], r[1], r[2], r[3], r[4], PartnerLevel(r[5]), r[6], r[7], r[8])
            for r in self._db.execute(sql, [*where.params, limit, offset]).fetchall()
        ]

    def count(self, query: ListQuery) -> int:
        if not self._filtered(query):
            found = self._search.count_only(query.text)
            if found is not None:
                return found
        where = self._where(query)
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM partners" + where.sql(), where.params
            ).fetchone()[0]
        )

    def countries_in_use(self) -> builtins.list[str]:
        return [r[0] for r in self._db.execute("SELECT DISTINCT country FROM partners")]

    def pick(self, text: str, *, limit: int = 25) -> builtins.list[tuple[int, str, str, str]]:
        """(id, name, native name, country) of partners matching ``text``, for pickers."""
        where = _Where()
        self._search.add_to(where, text, "partners.id")
        return [
            (r[0], r[1], r[2], r[3])
            for r in self._db.execute(
                "SELECT id, name, native_name, country FROM partners"
                + where.sql()
                + " ORDER BY name COLLATE NOCASE LIMIT ?",
                [*where.params, limit],
            ).fetchall()
        ]

    def insert_many(self, partners: Iterable[Partner]) -> None:
        """Bulk load without indexing (call :func:`search.reindex_all` afterwards)."""
        now = database.utc_now()
        self._db.conn.executemany(
            "INSERT INTO partners (id, uuid, name, name_key, native_name, country, region, level,"
            " population, characteristics, website, notes, created_at, updated_at) "
            "VALUES (:id, :uuid, :name, :name_key, :native_name, :country, :region, :level,"
            " :population, :characteristics, :website, :notes, :created_at, :updated_at)",
            (
                {
                    **self._values(p),
                    "id": p.id,
                    "uuid": p.uuid or _new_uuid(),
                    "created_at": p.created_at or now,
                    "updated_at": p.updated_at or now,
                }
                for p in partners
            ),
        )


class AgreementRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._search = _Search(db, "agreements")

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
            initiated_on=_date(row["initiated_on"]),
            signed_on=_date(row["signed_on"]),
            effective_on=_date(row["effective_on"]),
            expires_on=_date(row["expires_on"]),
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
            signed_on=_date(row[5]),
        )

    def for_partner(self, partner_id: int) -> builtins.list[AgreementSummary]:
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
            "initiated_on": _iso(agreement.initiated_on),
            "signed_on": _iso(agreement.signed_on),
            "effective_on": _iso(agreement.effective_on),
            "expires_on": _iso(agreement.expires_on),
            "open_ended": int(agreement.open_ended),
            "responsible_officer_id": agreement.responsible_officer_id,
            "deputy_officer_id": agreement.deputy_officer_id,
            "notes": agreement.notes,
        }

    def insert(self, agreement: Agreement) -> int:
        now = database.utc_now()
        agreement_id = (
            self._db.table("agreements")
            .insert(
                {
                    **self._values(agreement),
                    "uuid": agreement.uuid or _new_uuid(),
                    "created_at": agreement.created_at or now,
                    "updated_at": agreement.updated_at or now,
                }
            )
            .last_pk
        )
        assert isinstance(agreement_id, int)
        self._save_fields(agreement_id, agreement.fields)
        search.index_agreement(self._db, agreement_id)
        return agreement_id

    def update(self, agreement: Agreement) -> None:
        assert agreement.id is not None
        values = {**self._values(agreement), "updated_at": database.utc_now()}
        self._db.table("agreements").update(agreement.id, values)
        self._save_fields(agreement.id, agreement.fields)
        search.index_agreement(self._db, agreement.id)

    def _save_fields(self, agreement_id: int, fields: builtins.list[FieldChoice]) -> None:
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

    def _where(self, query: ListQuery, rows_needed: int | None = None) -> _Where:
        where = _Where()
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
            direction = _direction(query)
            return f" ORDER BY p.name COLLATE NOCASE{direction}, p.id{direction}, a.id{direction}"
        name = f"title_{_language(query)}" if sort is AgreementSort.TITLE else sort.value
        return " ORDER BY " + sort_keys.AGREEMENT_KEYS[name].order_by("a", query.descending)

    def list(
        self, query: ListQuery, *, offset: int = 0, limit: int = 200
    ) -> builtins.list[AgreementRow]:
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
            _date(r[8]),
            _date(r[9]),
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
        self, cutoff: date, stages: Sequence[str], limit: int = 200
    ) -> tuple[int, builtins.list[FollowUpRow]]:
        """Signed agreements in ``stages`` with no sign of life (activity, else signing) since
        ``cutoff``: how many, and the quietest first."""
        marks = ", ".join("?" * len(stages))
        quiet = "COALESCE(a.last_activity_on, a.signed_on)"
        total = int(
            self._db.execute(
                f"SELECT COUNT(*) FROM agreements a WHERE a.signed_on IS NOT NULL AND {quiet} < ?"
                f" AND a.stage IN ({marks})",
                [cutoff.isoformat(), *stages],
            ).fetchone()[0]
        )
        # "+a.stage" keeps SQLite walking the quiet-date index in order, stopping at ``limit``.
        rows = self._db.execute(
            "SELECT a.id, a.title_id, p.name, a.stage, COALESCE(a.officer_name, ''),"
            f" {quiet} FROM agreements a JOIN partners p ON p.id = a.partner_id"
            f" WHERE a.signed_on IS NOT NULL AND {quiet} < ? AND +a.stage IN ({marks})"
            f" ORDER BY {quiet}, a.id LIMIT ?",
            [cutoff.isoformat(), *stages, limit],
        ).fetchall()
        return total, [
            FollowUpRow(r[0], r[1], r[2], AgreementStage(r[3]), r[4], _date(r[5])) for r in rows
        ]

    def expiring(self, horizon: date, limit: int = 200) -> tuple[int, builtins.list[FollowUpRow]]:
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
            "SELECT a.id, a.title_id, p.name, a.stage, COALESCE(a.officer_name, ''), a.expires_on"
            " FROM agreements a JOIN partners p ON p.id = a.partner_id"
            + condition
            + " ORDER BY a.expires_on, a.id LIMIT ?",
            [horizon.isoformat(), limit],
        ).fetchall()
        return total, [
            FollowUpRow(r[0], r[1], r[2], AgreementStage(r[3]), r[4], _date(r[5])) for r in rows
        ]

    _LIVE_EXPIRY = (
        " WHERE a.expires_on BETWEEN ? AND ? AND a.open_ended = 0"
        " AND a.stage <> 'ended' AND a.signed_on IS NOT NULL"
    )

    def expiring_between(
        self, first: date, last: date, limit: int = -1
    ) -> builtins.list[FollowUpRow]:
        """Signed agreements, neither ended nor open-ended, expiring from ``first`` to ``last``
        (``since`` is the expiry), the soonest first (at most ``limit``)."""
        rows = self._db.execute(
            "SELECT a.id, a.title_id, p.name, a.stage, COALESCE(a.officer_name, ''), a.expires_on"
            " FROM agreements a JOIN partners p ON p.id = a.partner_id"
            + self._LIVE_EXPIRY
            + " ORDER BY a.expires_on, a.id LIMIT ?",
            [first.isoformat(), last.isoformat(), limit],
        ).fetchall()
        return [
            FollowUpRow(r[0], r[1], r[2], AgreementStage(r[3]), r[4], _date(r[5])) for r in rows
        ]

    def count_expiring_between(self, first: date, last: date) -> int:
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM agreements a" + self._LIVE_EXPIRY,
                [first.isoformat(), last.isoformat()],
            ).fetchone()[0]
        )

    def held_by(self, officer_id: int) -> builtins.list[tuple[str, int, str, int | None]]:
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
        sets: builtins.list[str] = []
        values: builtins.list[int | None] = []
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

    def load_per_officer(self) -> builtins.list[tuple[str, int]]:
        """(responsible officer, agreements not ended), the busiest first."""
        return [
            (r[0], int(r[1]))
            for r in self._db.execute(
                "SELECT officer_name, COUNT(*) FROM agreements WHERE responsible_officer_id IS NOT NULL"
                " AND stage <> 'ended' GROUP BY responsible_officer_id ORDER BY 2 DESC, 1"
            )
        ]

    def stage_counts(self) -> builtins.list[StageCount]:
        found = dict(
            self._db.execute("SELECT stage, COUNT(*) FROM agreements GROUP BY stage").fetchall()
        )
        return [StageCount(stage, int(found.get(stage.value, 0))) for stage in AgreementStage]

    def insert_many(self, agreements: Iterable[Agreement]) -> None:
        """Bulk load without indexing (call :func:`search.reindex_all` afterwards)."""
        now = database.utc_now()
        rows: builtins.list[dict[str, Any]] = []
        fields: builtins.list[tuple[Any, ...]] = []
        for a in agreements:
            rows.append(
                {
                    **self._values(a),
                    "id": a.id,
                    "uuid": a.uuid or _new_uuid(),
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


class OfficerRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._search = _Search(db, "officers")

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
        officer_id = (
            self._db.table("officers")
            .insert(
                {
                    **self._values(officer),
                    "uuid": officer.uuid or _new_uuid(),
                    "created_at": officer.created_at or now,
                    "updated_at": officer.updated_at or now,
                }
            )
            .last_pk
        )
        assert isinstance(officer_id, int)
        search.index_officer(self._db, officer_id)
        return officer_id

    def update(self, officer: Officer) -> None:
        assert officer.id is not None
        values = {**self._values(officer), "updated_at": database.utc_now()}
        self._db.table("officers").update(officer.id, values)
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

    def _where(self, query: ListQuery) -> _Where:
        where = _Where()
        self._search.add_to(where, query.text, "officers.id")
        if query.status is not None:
            where.add("officers.status = ?", query.status.value)
        return where

    def list(
        self, query: ListQuery, *, offset: int = 0, limit: int = 200
    ) -> builtins.list[OfficerRow]:
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
        direction = _direction(query)
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

    def choices(self) -> builtins.list[tuple[int, str, OfficerStatus]]:
        """(id, name, status) of every officer, active ones first, for pickers."""
        return [
            (r[0], r[1], OfficerStatus(r[2]))
            for r in self._db.execute(
                "SELECT id, name, status FROM officers "
                "ORDER BY status = 'transferred', name COLLATE NOCASE"
            )
        ]


class ActivityRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    @staticmethod
    def _values(activity: Activity) -> dict[str, Any]:
        return {
            "agreement_id": activity.agreement_id,
            "happened_on": _iso(activity.happened_on),
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
            ({**self._values(a), "uuid": a.uuid or _new_uuid(), "now": now} for a in activities),
        )

    def insert(self, activity: Activity) -> int:
        now = database.utc_now()
        cursor = self._db.execute(
            "INSERT INTO activities (uuid, agreement_id, happened_on, field_code, kind,"
            " description, participants, outcome, evidence_id, created_at, updated_at) VALUES"
            " (:uuid, :agreement_id, :happened_on, :field_code, :kind, :description,"
            " :participants, :outcome, :evidence_id, :now, :now)",
            {**self._values(activity), "uuid": activity.uuid or _new_uuid(), "now": now},
        )
        return int(cursor.lastrowid or 0)

    def timeline(self, partner_id: int) -> builtins.list[tuple[str, str, int, str, str]]:
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

    def between(self, start: date, end: date) -> builtins.list[Activity]:
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
            happened_on=_date(r["happened_on"]),
            field=CooperationField(r["field_code"]) if r["field_code"] else None,
            kind=r["kind"],
            description=r["description"],
            participants=r["participants"],
            outcome=r["outcome"],
            evidence_id=r["evidence_id"],
        )

    def for_agreement(self, agreement_id: int) -> builtins.list[Activity]:
        return [
            self._activity(r)
            for r in self._db.query(
                "SELECT * FROM activities WHERE agreement_id = ? ORDER BY happened_on, id",
                [agreement_id],
            )
        ]


class DraftRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def insert(self, draft: Draft) -> int:
        now = database.utc_now()
        cursor = self._db.execute(
            "INSERT INTO drafts (uuid, template_id, partner_id, agreement_id, title, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                draft.uuid or _new_uuid(),
                draft.template_id,
                draft.partner_id,
                draft.agreement_id,
                draft.title,
                now,
                now,
            ],
        )
        return int(cursor.lastrowid or 0)

    def get(self, draft_id: int) -> Draft | None:
        rows = list(self._db.query("SELECT * FROM drafts WHERE id = ?", [draft_id]))
        if not rows:
            return None
        r = rows[0]
        return Draft(
            id=r["id"],
            uuid=r["uuid"],
            template_id=r["template_id"],
            partner_id=r["partner_id"],
            agreement_id=r["agreement_id"],
            title=r["title"],
            created_at=r["created_at"],
            updated_at=r["updated_at"],
        )

    def add_version(
        self,
        draft_id: int,
        *,
        template_version: int,
        languages: Sequence[str],
        answers: dict[str, Any],
        author: str,
        partner_texts: dict[str, str] | None = None,
    ) -> int:
        """Stores the answers as the draft's next version; returns its number."""
        now = database.utc_now()
        number = int(
            self._db.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM draft_versions WHERE draft_id = ?",
                [draft_id],
            ).fetchone()[0]
        )
        self._db.table("draft_versions").insert(
            {
                "draft_id": draft_id,
                "number": number,
                "template_version": template_version,
                "languages": json.dumps(list(languages)),
                "answers": json.dumps(answers, ensure_ascii=False, sort_keys=True),
                "partner_texts": json.dumps(
                    partner_texts or {}, ensure_ascii=False, sort_keys=True
                ),
                "author": author,
                "created_at": now,
            }
        )
        self._db.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", [now, draft_id])
        return number

    def version(self, draft_id: int, number: int | None = None) -> DraftVersion | None:
        """Version ``number`` of the draft, or its latest."""
        sql = "SELECT * FROM draft_versions WHERE draft_id = ?"
        params: list[Any] = [draft_id]
        if number is None:
            sql += " ORDER BY number DESC LIMIT 1"
        else:
            sql += " AND number = ?"
            params.append(number)
        rows = list(self._db.query(sql, params))
        if not rows:
            return None
        r = rows[0]
        return DraftVersion(
            draft_id=draft_id,
            number=r["number"],
            template_version=r["template_version"],
            languages=tuple(json.loads(r["languages"])),
            answers=json.loads(r["answers"]),
            author=r["author"],
            created_at=r["created_at"],
            partner_texts=json.loads(r["partner_texts"]),
        )

    def version_numbers(self, draft_id: int) -> builtins.list[int]:
        return [
            int(r[0])
            for r in self._db.execute(
                "SELECT number FROM draft_versions WHERE draft_id = ? ORDER BY number", [draft_id]
            )
        ]

    def latest_for(self, *, agreement_id: int | None = None) -> Draft | None:
        """The most recently saved draft of the agreement (any agreement: None)."""
        sql = "SELECT id FROM drafts"
        params: list[Any] = []
        if agreement_id is not None:
            sql += " WHERE agreement_id = ?"
            params.append(agreement_id)
        row = self._db.execute(
            sql + " ORDER BY updated_at DESC, id DESC LIMIT 1", params
        ).fetchone()
        return self.get(int(row[0])) if row else None

    def of_agreement(self, agreement_id: int) -> builtins.list[tuple[str, str, int, str]]:
        """(title, template, versions, last saved) of the drafts of an agreement."""
        return [
            (str(r[0]), str(r[1]), int(r[2]), str(r[3]))
            for r in self._db.execute(
                "SELECT d.title, d.template_id, COUNT(v.id), d.updated_at FROM drafts d"
                " LEFT JOIN draft_versions v ON v.draft_id = d.id WHERE d.agreement_id = ?"
                " GROUP BY d.id ORDER BY d.updated_at DESC",
                [agreement_id],
            )
        ]

    def rows(self) -> builtins.list[DraftRow]:
        """Every draft, the most recently saved first."""
        return [
            DraftRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], r[6])
            for r in self._db.execute(
                "SELECT d.id, d.title, d.template_id, p.name, a.title_id,"
                " (SELECT MAX(number) FROM draft_versions WHERE draft_id = d.id), d.updated_at"
                " FROM drafts d LEFT JOIN partners p ON p.id = d.partner_id"
                " LEFT JOIN agreements a ON a.id = d.agreement_id"
                " ORDER BY d.updated_at DESC, d.id DESC"
            )
        ]


class AttachmentRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    @staticmethod
    def _row(r: Any) -> Attachment:
        return Attachment(
            id=r["id"],
            uuid=r["uuid"],
            agreement_id=r["agreement_id"],
            sha256=r["sha256"],
            name=r["name"],
            size=r["size"],
            description=r["description"],
            created_at=r["created_at"],
        )

    def insert(self, attachment: Attachment) -> int:
        now = database.utc_now()
        cursor = self._db.execute(
            "INSERT INTO attachments (uuid, agreement_id, sha256, name, size, description,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                attachment.uuid or _new_uuid(),
                attachment.agreement_id,
                attachment.sha256,
                attachment.name,
                attachment.size,
                attachment.description,
                attachment.created_at or now,
                now,
            ],
        )
        return int(cursor.lastrowid or 0)

    def update(self, attachment: Attachment) -> None:
        self._db.execute(
            "UPDATE attachments SET agreement_id = ?, sha256 = ?, name = ?, size = ?,"
            " description = ?, updated_at = ? WHERE id = ?",
            [
                attachment.agreement_id,
                attachment.sha256,
                attachment.name,
                attachment.size,
                attachment.description,
                database.utc_now(),
                attachment.id,
            ],
        )

    def get(self, attachment_id: int) -> Attachment | None:
        rows = builtins.list(
            self._db.query("SELECT * FROM attachments WHERE id = ?", [attachment_id])
        )
        return self._row(rows[0]) if rows else None

    def for_agreement(self, agreement_id: int) -> builtins.list[Attachment]:
        return [
            self._row(r)
            for r in self._db.query(
                "SELECT * FROM attachments WHERE agreement_id = ? ORDER BY created_at, id",
                [agreement_id],
            )
        ]

    def delete(self, attachment_id: int) -> None:
        self._db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])

    def uses(self, sha256: str) -> int:
        """How many attachments hold the file with this hash."""
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM attachments WHERE sha256 = ?", [sha256]
            ).fetchone()[0]
        )

    def hashes(self) -> set[str]:
        return {str(r[0]) for r in self._db.execute("SELECT DISTINCT sha256 FROM attachments")}


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

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    @staticmethod
    def _values(c: Commitment) -> builtins.list[Any]:
        return [
            c.agreement_id,
            c.title,
            c.owner_id,
            _iso(c.due_on),
            c.status.value,
            _iso(c.done_on),
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
            due_on=_date(r["due_on"]),
            status=CommitmentStatus(r["status"]),
            done_on=_date(r["done_on"]),
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
            [commitment.uuid or _new_uuid(), *self._values(commitment), now, now],
        )
        return int(cursor.lastrowid or 0)

    def update(self, commitment: Commitment) -> None:
        assignments = ", ".join(f"{column} = ?" for column in self._COLUMNS)
        self._db.execute(
            f"UPDATE commitments SET {assignments}, updated_at = ? WHERE id = ?",
            [*self._values(commitment), database.utc_now(), commitment.id],
        )

    def get(self, commitment_id: int) -> Commitment | None:
        rows = builtins.list(
            self._db.query("SELECT * FROM commitments WHERE id = ?", [commitment_id])
        )
        return self._commitment(rows[0]) if rows else None

    def delete(self, commitment_id: int) -> None:
        self._db.execute("DELETE FROM commitments WHERE id = ?", [commitment_id])

    def for_agreement(self, agreement_id: int) -> builtins.list[Commitment]:
        return [
            self._commitment(r)
            for r in self._db.query(
                "SELECT * FROM commitments WHERE agreement_id = ? ORDER BY due_on, id",
                [agreement_id],
            )
        ]

    def overdue(self, today: date, limit: int = 200) -> tuple[int, builtins.list[CommitmentRow]]:
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

    def open_between(self, start: date | None, end: date | None) -> builtins.list[CommitmentRow]:
        """Open commitments due from ``start`` to ``end`` (either may be open), soonest first."""
        rows = self._db.execute(
            self._ROW + " WHERE c.status = 'open' AND c.due_on >= ? AND c.due_on <= ?"
            " ORDER BY c.due_on, c.id",
            [_iso(start) or "0000-00-00", _iso(end) or "9999-99-99"],
        ).fetchall()
        return [self._row(r) for r in rows]

    def count_open_between(self, start: date, end: date) -> int:
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM commitments WHERE status = 'open' AND due_on BETWEEN ? AND ?",
                [start.isoformat(), end.isoformat()],
            ).fetchone()[0]
        )

    def open_of(self, officer_id: int) -> builtins.list[CommitmentRow]:
        """The open commitments an officer owns, soonest first."""
        rows = self._db.execute(
            self._ROW + " WHERE c.owner_id = ? AND c.status = 'open' ORDER BY c.due_on, c.id",
            [officer_id],
        ).fetchall()
        return [self._row(r) for r in rows]

    def all_of(self, agreement_ids: builtins.list[int] | None = None) -> builtins.list[Commitment]:
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


class HandoverRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def insert(
        self,
        officer_id: int,
        handed_on: date,
        items: builtins.list[dict[str, Any]],
        note: str,
        recorded_by: str,
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO handovers (uuid, officer_id, handed_on, items, note, recorded_by,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                _new_uuid(),
                officer_id,
                handed_on.isoformat(),
                json.dumps(items, ensure_ascii=False),
                note,
                recorded_by,
                database.utc_now(),
            ],
        )
        return int(cursor.lastrowid or 0)

    def of(self, officer_id: int) -> builtins.list[dict[str, Any]]:
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


class GateRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def records(self, agreement_id: int) -> dict[str, GateRecord]:
        return {
            r[0]: GateRecord(r[0], bool(r[1]), r[2], _date(r[3]), r[4], r[5])
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
                _iso(record.dated),
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
        missing: builtins.list[str],
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

    def overrides(self, agreement_id: int) -> builtins.list[dict[str, Any]]:
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
    _COLUMNS = (
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

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    @staticmethod
    def _values(trip: Trip, rules: str) -> builtins.list[Any]:
        return [
            trip.agreement_id,
            trip.purpose.value,
            trip.destination,
            _iso(trip.departs_on),
            _iso(trip.returns_on),
            json.dumps(trip.delegation, ensure_ascii=False),
            _iso(trip.requested_on),
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
            departs_on=_date(r["departs_on"]),
            returns_on=_date(r["returns_on"]),
            delegation=json.loads(r["delegation"]),
            requested_on=_date(r["requested_on"]),
            terms_of_reference=r["terms_of_reference"],
            follow_up_plan=r["follow_up_plan"],
            host_confirmed=bool(r["host_confirmed"]),
            status=TripStatus(r["status"]),
            notes=r["notes"],
        ), str(r["rules"])

    def insert(self, trip: Trip, rules: str) -> int:
        now = database.utc_now()
        marks = ", ".join("?" * (len(self._COLUMNS) + 3))
        cursor = self._db.execute(
            f"INSERT INTO trips (uuid, {', '.join(self._COLUMNS)}, created_at, updated_at)"
            f" VALUES ({marks})",
            [trip.uuid or _new_uuid(), *self._values(trip, rules), now, now],
        )
        return int(cursor.lastrowid or 0)

    def update(self, trip: Trip, rules: str) -> None:
        assignments = ", ".join(f"{column} = ?" for column in self._COLUMNS)
        self._db.execute(
            f"UPDATE trips SET {assignments}, updated_at = ? WHERE id = ?",
            [*self._values(trip, rules), database.utc_now(), trip.id],
        )

    def get(self, trip_id: int) -> tuple[Trip, str] | None:
        rows = builtins.list(self._db.query("SELECT * FROM trips WHERE id = ?", [trip_id]))
        return self._trip(rows[0]) if rows else None

    def for_agreement(self, agreement_id: int) -> builtins.list[Trip]:
        return [
            self._trip(r)[0]
            for r in self._db.query(
                "SELECT * FROM trips WHERE agreement_id = ? ORDER BY departs_on, id", [agreement_id]
            )
        ]

    def around(self, start: date, end: date) -> builtins.list[Trip]:
        """Trips not cancelled that overlap ``start``–``end``."""
        return [
            self._trip(r)[0]
            for r in self._db.query(
                "SELECT * FROM trips WHERE status <> 'cancelled' AND departs_on <= ?"
                " AND returns_on >= ?",
                [end.isoformat(), start.isoformat()],
            )
        ]

    def planned_from(self, start: date) -> builtins.list[Trip]:
        return [
            self._trip(r)[0]
            for r in self._db.query(
                "SELECT * FROM trips WHERE status = 'planned' AND returns_on >= ?"
                " ORDER BY departs_on",
                [start.isoformat()],
            )
        ]


class SheetQueries:
    """Whole tables in one query each, for spreadsheets: plain values, joined names."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def agreements(self) -> Iterator[tuple[Any, ...]]:
        yield from self._db.execute(
            "SELECT p.name, p.country, a.kind, a.title_id, a.title_en, a.our_number,"
            " a.partner_number, a.stage, a.initiated_on, a.signed_on, a.effective_on,"
            " a.expires_on, a.open_ended, COALESCE(r.name, ''), COALESCE(d.name, ''),"
            " a.last_activity_on,"
            " (SELECT group_concat(COALESCE(f.code, f.custom_id || ' / ' || f.custom_en), ';')"
            "  FROM agreement_fields f WHERE f.agreement_id = a.id)"
            " FROM agreements a JOIN partners p ON p.id = a.partner_id"
            " LEFT JOIN officers r ON r.id = a.responsible_officer_id"
            " LEFT JOIN officers d ON d.id = a.deputy_officer_id ORDER BY p.name, a.id"
        )

    def partners(self) -> Iterator[tuple[Any, ...]]:
        yield from self._db.execute(
            "SELECT name, native_name, country, region, level, population, characteristics,"
            " website, agreement_count FROM partners ORDER BY name, id"
        )

    def commitments(self) -> Iterator[tuple[Any, ...]]:
        yield from self._db.execute(
            "SELECT a.title_id, p.name, c.title, COALESCE(o.name, ''), c.due_on, c.status,"
            " c.done_on, c.evidence, c.source FROM commitments c"
            " JOIN agreements a ON a.id = c.agreement_id JOIN partners p ON p.id = a.partner_id"
            " LEFT JOIN officers o ON o.id = c.owner_id ORDER BY c.due_on, c.id"
        )

    def activities(self) -> Iterator[tuple[Any, ...]]:
        yield from self._db.execute(
            "SELECT a.title_id, p.name, v.happened_on, v.kind, v.field_code, v.description,"
            " v.participants, v.outcome FROM activities v"
            " JOIN agreements a ON a.id = v.agreement_id JOIN partners p ON p.id = a.partner_id"
            " ORDER BY v.happened_on, v.id"
        )

    def officers(self) -> Iterator[tuple[Any, ...]]:
        yield from self._db.execute(
            "SELECT name, nip, position, unit, status FROM officers ORDER BY name, id"
        )


class ParameterRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def values(self) -> dict[str, int]:
        return {str(r[0]): int(r[1]) for r in self._db.execute("SELECT key, value FROM parameters")}

    def put(self, key: str, value: int) -> None:
        self._db.execute(
            "INSERT INTO parameters (key, value, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
            " updated_at = excluded.updated_at WHERE value <> excluded.value",
            [key, value, database.utc_now()],
        )


class AutosaveRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def put(
        self,
        autosave_id: int | None,
        *,
        draft_id: int | None,
        template_id: str,
        partner_id: int | None,
        agreement_id: int | None,
        title: str,
        languages: Sequence[str],
        answers: dict[str, Any],
        partner_texts: dict[str, str],
    ) -> int:
        """Stores the wizard's answers (again, under ``autosave_id``); returns the id."""
        values = [
            draft_id,
            template_id,
            partner_id,
            agreement_id,
            title,
            json.dumps(list(languages)),
            json.dumps(answers, ensure_ascii=False),
            json.dumps(partner_texts, ensure_ascii=False),
            database.utc_now(),
        ]
        if autosave_id is not None:
            cursor = self._db.execute(
                "UPDATE draft_autosaves SET draft_id = ?, template_id = ?, partner_id = ?,"
                " agreement_id = ?, title = ?, languages = ?, answers = ?, partner_texts = ?,"
                " saved_at = ? WHERE id = ?",
                [*values, autosave_id],
            )
            if cursor.rowcount:
                return autosave_id
        cursor = self._db.execute(
            "INSERT INTO draft_autosaves (draft_id, template_id, partner_id, agreement_id, title,"
            " languages, answers, partner_texts, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        return int(cursor.lastrowid or 0)

    def delete(self, autosave_id: int) -> None:
        self._db.execute("DELETE FROM draft_autosaves WHERE id = ?", [autosave_id])

    def all(self) -> builtins.list[Autosave]:
        """Every autosave, the newest first."""
        return [
            Autosave(
                id=r["id"],
                draft_id=r["draft_id"],
                template_id=r["template_id"],
                partner_id=r["partner_id"],
                agreement_id=r["agreement_id"],
                title=r["title"],
                languages=tuple(json.loads(r["languages"])),
                answers=json.loads(r["answers"]),
                partner_texts=json.loads(r["partner_texts"]),
                saved_at=r["saved_at"],
            )
            for r in self._db.query("SELECT * FROM draft_autosaves ORDER BY saved_at DESC, id DESC")
        ]


class TranslationMemoryRepository:
    """Indonesian passages with the English an officer gave them, keyed by the folded
    Indonesian text."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def remember(self, pairs: Iterable[tuple[str, str, str]]) -> None:
        """(key, Indonesian, English) pairs; a known key takes the latest English."""
        now = database.utc_now()
        self._db.conn.executemany(
            "INSERT INTO translation_memory (key, text_id, text_en, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET text_id = excluded.text_id,"
            " text_en = excluded.text_en, uses = uses + 1, updated_at = excluded.updated_at",
            [(key, text_id, text_en, now) for key, text_id, text_en in pairs],
        )

    def entries(self) -> builtins.list[tuple[str, str]]:
        """(Indonesian, English), the most used first."""
        return [
            (r[0], r[1])
            for r in self._db.execute(
                "SELECT text_id, text_en FROM translation_memory ORDER BY uses DESC, updated_at DESC"
            )
        ]


class Register:
    """An open register: one SQLite file (or memory) and its repositories."""

    def __init__(
        self, db: sqlite_utils.Database, path: Path | None, *, read_only: bool = False
    ) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self.partners = PartnerRepository(db)
        self.agreements = AgreementRepository(db)
        self.officers = OfficerRepository(db)
        self.activities = ActivityRepository(db)
        self.drafts = DraftRepository(db)
        self.memory = TranslationMemoryRepository(db)
        self.autosaves = AutosaveRepository(db)
        self.attachments = AttachmentRepository(db)
        self.who = ""  # the account whose changes the audit trail records
        self.commitments = CommitmentRepository(db)
        self.handovers = HandoverRepository(db)
        self.gates = GateRepository(db)
        self.trips = TripRepository(db)
        self.sheets = SheetQueries(db)
        self.parameters = ParameterRepository(db)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Register:
        """Opens (creating if absent) the register at ``path`` and brings its schema up to date.

        Raises :class:`database.RegisterOpenError` before writing anything to a file that is
        not a usable register. ``read_only`` opens an existing register of the latest schema
        without ever writing to it (a register on a CD, a locked USB stick or a read-only
        share); every write then fails.
        """
        if read_only:
            database.probe(path, latest_version=LATEST_VERSION, read_only=True)
            return cls(database.connect_read_only(path), path, read_only=True)
        database.probe(path, latest_version=LATEST_VERSION)
        db = database.connect(path)
        try:
            migrate(db)
        except BaseException:
            db.close()
            raise
        return cls(db, path)

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the open register in ``target`` (SQLite's online backup)."""
        copy_database(self.db.conn, target)

    def integrity_check(self) -> str:
        """SQLite's verdict on the open register: "ok", or the first problems found."""
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    @classmethod
    def in_memory(cls, *, version: int = LATEST_VERSION) -> Register:
        db = database.connect(":memory:")
        migrate(db, target=version)
        return cls(db, None)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One user action; the outermost level seals its audit entries before it commits."""
        outermost = not self.db.conn.in_transaction
        with database.transaction(self.db):
            yield
            if outermost and self.schema_version >= AUDIT_VERSION:
                audit.seal(self.db, self.who)

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def reindex(self) -> None:
        search.reindex_all(self.db)

    def counts(self) -> RegisterCounts:
        def count(table: str) -> int:
            return int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

        return RegisterCounts(
            partners=count("partners"),
            contacts=count("contacts"),
            agreements=count("agreements"),
            officers=count("officers"),
            activities=count("activities"),
            drafts=count("drafts"),
            draft_versions=count("draft_versions"),
            attachments=count("attachments"),
            commitments=count("commitments"),
        )

    _EXCHANGED = (
        "partners",
        "agreements",
        "officers",
        "activities",
        "commitments",
        "drafts",
        "attachments",
    )

    def ids(self, table: str) -> builtins.list[int]:
        """Every record id of ``table``, in creation order."""
        if table not in self._EXCHANGED:
            raise ValueError(table)
        return [int(r[0]) for r in self.db.execute(f"SELECT id FROM {table} ORDER BY id")]

    def id_of(self, table: str, uuid: str) -> int | None:
        """The id of the record with ``uuid`` in ``table``."""
        if table not in self._EXCHANGED:
            raise ValueError(table)
        row = self.db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [uuid]).fetchone()
        return int(row[0]) if row else None

    def uuids(self, table: str, ids: Iterable[int]) -> dict[int, str]:
        """The UUIDs of the records ``ids`` of ``table``, in one query."""
        if table not in self._EXCHANGED:
            raise ValueError(table)
        wanted = builtins.list(dict.fromkeys(ids))
        if not wanted:
            return {}
        return {
            int(r[0]): str(r[1])
            for r in self.db.execute(
                f"SELECT id, uuid FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(wanted)],
            )
        }

    def max_id(self, table: str) -> int:
        if table not in ("partners", "agreements", "officers", "activities", "contacts"):
            raise ValueError(table)
        return int(self.db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])

    @property
    def closed(self) -> bool:
        return bool(getattr(self, "_closed", False))

    def close(self) -> None:
        """Closes the register (again: nothing happens)."""
        if getattr(self, "_closed", False):
            return
        self._closed = True
        if self.path is not None and not self.read_only and not self.db.conn.in_transaction:
            # Fold the WAL back into the main file so a copied .sqlite is complete on its own.
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
