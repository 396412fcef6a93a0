"""Numbered, append-only schema migrations.

A migration is never edited once released: a change of schema is a new entry at the end. The
register's ``PRAGMA user_version`` is the number of the last one applied; each runs in its own
transaction, so a failure leaves the register at the previous version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from kerjasama_desk.store import search
from kerjasama_desk.store.database import APPLICATION_ID, transaction

Step = str | Callable[[sqlite_utils.Database], None]


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    steps: tuple[Step, ...]


_CORE = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    """
    CREATE TABLE officers (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        nip TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'transferred')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE partners (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        native_name TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL,
        region TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL,
        population INTEGER CHECK (population IS NULL OR population >= 0),
        characteristics TEXT NOT NULL DEFAULT '[]',
        website TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (name_key, country)
    )
    """,
    """
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        person TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX contacts_partner ON contacts(partner_id)",
    """
    CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL,
        parent_id INTEGER REFERENCES agreements(id) ON DELETE RESTRICT,
        title_id TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        our_number TEXT NOT NULL DEFAULT '',
        partner_number TEXT NOT NULL DEFAULT '',
        stage TEXT NOT NULL,
        initiated_on TEXT,
        signed_on TEXT,
        effective_on TEXT,
        expires_on TEXT,
        open_ended INTEGER NOT NULL DEFAULT 0,
        responsible_officer_id INTEGER REFERENCES officers(id) ON DELETE RESTRICT,
        deputy_officer_id INTEGER REFERENCES officers(id) ON DELETE RESTRICT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX agreements_partner ON agreements(partner_id)",
    "CREATE INDEX agreements_parent ON agreements(parent_id)",
    "CREATE INDEX agreements_responsible ON agreements(responsible_officer_id)",
    "CREATE INDEX agreements_deputy ON agreements(deputy_officer_id)",
    """
    CREATE TABLE agreement_fields (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT,
        custom_id TEXT NOT NULL DEFAULT '',
        custom_en TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX agreement_fields_agreement ON agreement_fields(agreement_id)",
    """
    CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        happened_on TEXT NOT NULL,
        field_code TEXT,
        kind TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        participants TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX activities_agreement_date ON activities(agreement_id, happened_on)",
)

_SEARCH_AND_LISTS = (
    *search.CREATE_STATEMENTS,
    # Indexes behind the sortable columns of the lists and the overview.
    "CREATE INDEX partners_name ON partners(name COLLATE NOCASE)",
    "CREATE INDEX partners_country ON partners(country, name COLLATE NOCASE)",
    "CREATE INDEX partners_updated ON partners(updated_at)",
    "CREATE INDEX partners_population ON partners(population)",
    "CREATE INDEX agreements_stage ON agreements(stage)",
    "CREATE INDEX agreements_updated ON agreements(updated_at)",
    "CREATE INDEX agreements_signed ON agreements(signed_on)",
    "CREATE INDEX agreements_expires ON agreements(expires_on)",
    "CREATE INDEX agreements_title ON agreements(title_id COLLATE NOCASE)",
    search.reindex_all,
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "partners, contacts, agreements, officers, activities", _CORE),
    Migration(2, "full-text search and list indexes", _SEARCH_AND_LISTS),
)
LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, *, target: int = LATEST_VERSION) -> list[int]:
    """Applies the migrations above the register's version up to ``target``; returns their
    numbers. Applying again is a no-op."""
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version <= schema_version(db) or migration.version > target:
            continue
        with transaction(db):
            for step in migration.steps:
                if isinstance(step, str):
                    db.execute(step)
                else:
                    step(db)
            db.execute(f"PRAGMA user_version = {migration.version}")
        applied.append(migration.version)
    return applied
