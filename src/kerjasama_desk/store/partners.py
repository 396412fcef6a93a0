"""Partners and their contacts: reading, writing, listing, searching and sorting in SQL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from kerjasama_desk.domain.listing import (
    ListQuery,
    PartnerRow,
    PartnerSort,
)
from kerjasama_desk.domain.models import (
    Contact,
    Partner,
)
from kerjasama_desk.domain.validation import name_key
from kerjasama_desk.domain.vocab import (
    Characteristic,
    PartnerLevel,
)
from kerjasama_desk.formatting import LANGUAGES, countries
from kerjasama_desk.store import database, search, sort_keys
from kerjasama_desk.store.connection import Connection
from kerjasama_desk.store.queries import (
    Search,
    Where,
    new_uuid,
    query_language,
    sql_direction,
    unique_key,
)


class PartnerRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db
        self._search = Search(db, "partners")
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

    def name_keys(self) -> set[tuple[str, str]]:
        """(name key, country) of every partner: what a new partner's name must not repeat."""
        return {
            (str(k), str(c)) for k, c in self._db.execute("SELECT name_key, country FROM partners")
        }

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
            "uuid": partner.uuid or new_uuid(),
            "created_at": partner.created_at or now,
            "updated_at": partner.updated_at or now,
        }
        with unique_key("partners"):
            partner_id = self._db.insert("partners", values)
        assert isinstance(partner_id, int)
        self._save_contacts(partner_id, partner.contacts, now)
        search.index_partner(self._db, partner_id)
        return partner_id

    def update(self, partner: Partner) -> None:
        assert partner.id is not None
        now = database.utc_now()
        with unique_key("partners"):
            self._db.update("partners", partner.id, {**self._values(partner), "updated_at": now})
        self._save_contacts(partner.id, partner.contacts, now)
        search.index_partner(self._db, partner.id)

    def _save_contacts(self, partner_id: int, contacts: list[Contact], now: str) -> None:
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
                self._db.insert(
                    "contacts", {**values, "uuid": contact.uuid or new_uuid(), "created_at": now}
                )
            else:
                self._db.update("contacts", contact.id, values)

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

    def _where(self, query: ListQuery, rows_needed: int | None = None) -> Where:
        where = Where()
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
        direction = sql_direction(query)
        if sort is PartnerSort.COUNTRY:
            # Walks the countries in the order of their names in the UI language, and the
            # partners of each by name (index partners_country).
            self._ensure_country_names()
            name = f"name_{query_language(query)}"
            return (
                " FROM temp.country_names cn CROSS JOIN partners ON partners.country = cn.code",
                f" ORDER BY cn.{name} COLLATE NOCASE{direction}, cn.code{direction},"
                f" partners.name COLLATE NOCASE{direction}, partners.id{direction}",
            )
        key = sort_keys.PARTNER_KEYS[sort.value]
        return " FROM partners", " ORDER BY " + key.order_by("partners", query.descending)

    def page(self, query: ListQuery, *, offset: int = 0, limit: int = 200) -> list[PartnerRow]:
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

    def countries_in_use(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT DISTINCT country FROM partners")]

    def pick(self, text: str, *, limit: int = 25) -> list[tuple[int, str, str, str]]:
        """(id, name, native name, country) of partners matching ``text``, for pickers."""
        where = Where()
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
                    "uuid": p.uuid or new_uuid(),
                    "created_at": p.created_at or now,
                    "updated_at": p.updated_at or now,
                }
                for p in partners
            ),
        )
