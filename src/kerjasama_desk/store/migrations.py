"""Numbered, append-only schema migrations.

A migration is never edited once released: a change of schema is a new entry at the end. The
register's ``PRAGMA user_version`` is the number of the last one applied; each runs in its own
transaction, so a failure leaves the register at the previous version.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from kerjasama_desk.store import audit, search, sort_keys
from kerjasama_desk.store.connection import Connection, Executes
from kerjasama_desk.store.database import APPLICATION_ID, TABLES, connect, transaction

# A step is SQL, or a function given sqlite-utils over the register's connection.
Step = str | Callable[[Executes], None]


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

_V2_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"

_SEARCH_AND_LISTS = (
    # Frozen as released; version 3 replaces these tables and fills them.
    f"CREATE VIRTUAL TABLE partners_fts USING fts5(name, native_name, country, region, notes, "
    f"{_V2_TOKENIZE})",
    f"CREATE VIRTUAL TABLE agreements_fts USING fts5(title_id, title_en, numbers, partner, notes, "
    f"{_V2_TOKENIZE})",
    f"CREATE VIRTUAL TABLE officers_fts USING fts5(name, nip, position, unit, {_V2_TOKENIZE})",
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
)


def _sort_indexes(db: Executes) -> None:
    for name, table, terms in sort_keys.INDEXES:
        db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table}({terms})")


_SORT_KEYS_AND_CJK: tuple[Step, ...] = (
    # Sorting a 50k list must not read every row: each sortable column gets an index in the
    # order the list asks for (blanks last in both directions), and the two columns that come
    # from other tables are kept on the row by triggers.
    *(
        f"DROP INDEX {name}"
        for name in (
            "partners_name",
            "partners_updated",
            "partners_population",
            "agreements_updated",
            "agreements_signed",
            "agreements_expires",
            "agreements_title",
        )
    ),
    "ALTER TABLE partners ADD COLUMN agreement_count INTEGER NOT NULL DEFAULT 0",
    "UPDATE partners SET agreement_count = "
    "(SELECT COUNT(*) FROM agreements WHERE partner_id = partners.id)",
    """
    CREATE TRIGGER agreements_count_insert AFTER INSERT ON agreements BEGIN
        UPDATE partners SET agreement_count = agreement_count + 1 WHERE id = NEW.partner_id;
    END
    """,
    """
    CREATE TRIGGER agreements_count_delete AFTER DELETE ON agreements BEGIN
        UPDATE partners SET agreement_count = agreement_count - 1 WHERE id = OLD.partner_id;
    END
    """,
    """
    CREATE TRIGGER agreements_count_move AFTER UPDATE OF partner_id ON agreements
    WHEN OLD.partner_id IS NOT NEW.partner_id BEGIN
        UPDATE partners SET agreement_count = agreement_count - 1 WHERE id = OLD.partner_id;
        UPDATE partners SET agreement_count = agreement_count + 1 WHERE id = NEW.partner_id;
    END
    """,
    "ALTER TABLE agreements ADD COLUMN officer_name TEXT",
    "UPDATE agreements SET officer_name = "
    "(SELECT name FROM officers WHERE id = agreements.responsible_officer_id)",
    """
    CREATE TRIGGER agreements_officer_insert AFTER INSERT ON agreements
    WHEN NEW.responsible_officer_id IS NOT NULL BEGIN
        UPDATE agreements SET officer_name =
            (SELECT name FROM officers WHERE id = NEW.responsible_officer_id)
        WHERE id = NEW.id;
    END
    """,
    """
    CREATE TRIGGER agreements_officer_change AFTER UPDATE OF responsible_officer_id ON agreements
    BEGIN
        UPDATE agreements SET officer_name =
            (SELECT name FROM officers WHERE id = NEW.responsible_officer_id)
        WHERE id = NEW.id;
    END
    """,
    """
    CREATE TRIGGER officers_rename AFTER UPDATE OF name ON officers BEGIN
        UPDATE agreements SET officer_name = NEW.name WHERE responsible_officer_id = NEW.id;
    END
    """,
    _sort_indexes,
    # Search: the index gains a column of CJK unigrams and bigrams.
    *search.DROP_STATEMENTS,
    *search.CREATE_STATEMENTS,
    search.reindex_all,
)

_DRAFTS = (
    """
    CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        template_id TEXT NOT NULL,
        partner_id INTEGER REFERENCES partners(id) ON DELETE RESTRICT,
        agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX drafts_partner ON drafts(partner_id)",
    "CREATE INDEX drafts_agreement ON drafts(agreement_id)",
    """
    CREATE TABLE draft_versions (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        template_version INTEGER NOT NULL,
        languages TEXT NOT NULL,
        answers TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (draft_id, number)
    )
    """,
)

_TRANSLATION_MEMORY = (
    """
    CREATE TABLE translation_memory (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        text_id TEXT NOT NULL,
        text_en TEXT NOT NULL,
        uses INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
    )
    """,
)


def _register_uuid(db: Executes) -> None:
    db.execute("INSERT INTO register_meta (key, value) VALUES ('uuid', ?)", [str(uuid.uuid4())])


def _version_uuids(db: Executes) -> None:
    ids = [int(row[0]) for row in db.execute("SELECT id FROM draft_versions")]
    db.conn.executemany(
        "UPDATE draft_versions SET uuid = ? WHERE id = ?", [(str(uuid.uuid4()), i) for i in ids]
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "partners, contacts, agreements, officers, activities", _CORE),
    Migration(2, "full-text search and list indexes", _SEARCH_AND_LISTS),
    Migration(3, "sort indexes for every list column; CJK bigram search", _SORT_KEYS_AND_CJK),
    Migration(4, "drafts and their versions", _DRAFTS),
    Migration(5, "translation memory", _TRANSLATION_MEMORY),
    Migration(
        6,
        "the partner's language text of a draft version",
        ("ALTER TABLE draft_versions ADD COLUMN partner_texts TEXT NOT NULL DEFAULT '{}'",),
    ),
    Migration(
        7,
        "autosaved wizard answers, to resume after a crash",
        (
            """
        CREATE TABLE draft_autosaves (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER REFERENCES drafts(id) ON DELETE CASCADE,
            template_id TEXT NOT NULL,
            partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
            agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
            title TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL,
            answers TEXT NOT NULL,
            partner_texts TEXT NOT NULL DEFAULT '{}',
            saved_at TEXT NOT NULL
        )
        """,
        ),
    ),
    Migration(
        8,
        "the date of each agreement's last activity, for dormancy",
        (
            "ALTER TABLE agreements ADD COLUMN last_activity_on TEXT",
            "UPDATE agreements SET last_activity_on = "
            "(SELECT MAX(happened_on) FROM activities WHERE agreement_id = agreements.id)",
            """
        CREATE TRIGGER activities_last_insert AFTER INSERT ON activities BEGIN
            UPDATE agreements SET last_activity_on = NEW.happened_on
            WHERE id = NEW.agreement_id
              AND (last_activity_on IS NULL OR last_activity_on < NEW.happened_on);
        END
        """,
            """
        CREATE TRIGGER activities_last_delete AFTER DELETE ON activities BEGIN
            UPDATE agreements SET last_activity_on =
                (SELECT MAX(happened_on) FROM activities WHERE agreement_id = OLD.agreement_id)
            WHERE id = OLD.agreement_id;
        END
        """,
            """
        CREATE TRIGGER activities_last_update AFTER UPDATE OF happened_on, agreement_id
        ON activities BEGIN
            UPDATE agreements SET last_activity_on =
                (SELECT MAX(happened_on) FROM activities WHERE agreement_id = agreements.id)
            WHERE id IN (OLD.agreement_id, NEW.agreement_id);
        END
        """,
            # Dormancy looks at signed agreements by the date they last showed life; the dashboard
            # counts from covering indexes, so 75 000 agreements are counted without reading them.
            "CREATE INDEX agreements_quiet ON agreements(COALESCE(last_activity_on, signed_on))"
            " WHERE signed_on IS NOT NULL",
            "CREATE INDEX agreements_quiet_by_stage ON agreements"
            "(stage, COALESCE(last_activity_on, signed_on)) WHERE signed_on IS NOT NULL",
            "CREATE INDEX agreements_expiring ON agreements(expires_on, open_ended, stage)"
            " WHERE expires_on IS NOT NULL",
            "CREATE INDEX agreements_load ON agreements(responsible_officer_id, stage, officer_name)",
        ),
    ),
    Migration(
        9,
        "files attached to agreements (stored by SHA-256 in the data folder)",
        (
            """
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            name TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
            "CREATE INDEX attachments_agreement ON attachments(agreement_id, created_at)",
            "CREATE INDEX attachments_sha256 ON attachments(sha256)",
        ),
    ),
    Migration(
        10,
        "commitments: what was promised under an agreement, by whom, by when",
        (
            """
        CREATE TABLE commitments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            owner_id INTEGER REFERENCES officers(id) ON DELETE RESTRICT,
            due_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            done_on TEXT,
            evidence TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual',
            field_code TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
            "CREATE INDEX commitments_agreement ON commitments(agreement_id, due_on)",
            # Overdue ones, the oldest first, without reading the done ones.
            "CREATE INDEX commitments_open ON commitments(due_on) WHERE status = 'open'",
            "CREATE INDEX commitments_owner ON commitments(owner_id, status)",
        ),
    ),
    Migration(
        11,
        "handovers: what a transferred officer handed to whom, and when",
        (
            """
        CREATE TABLE handovers (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            officer_id INTEGER NOT NULL REFERENCES officers(id) ON DELETE RESTRICT,
            handed_on TEXT NOT NULL,
            items TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """,
            "CREATE INDEX handovers_officer ON handovers(officer_id, handed_on)",
        ),
    ),
    # Records made before this version have no entry until their first change, whose "before"
    # shows them as they were.
    Migration(
        12,
        "the audit trail: every change, who and when, before and after, hash-chained",
        (*audit.CREATE, audit.triggers_for(*audit.V12_TABLES)),
    ),
    Migration(
        13,
        "pipeline gates: checklist records per agreement, and overrides with reasons",
        (
            """
        CREATE TABLE gate_records (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            reference TEXT NOT NULL DEFAULT '',
            dated TEXT,
            attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (agreement_id, code)
        )
        """,
            """
        CREATE TABLE gate_overrides (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            from_stage TEXT NOT NULL,
            to_stage TEXT NOT NULL,
            missing TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            who TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        )
        """,
            "CREATE INDEX gate_overrides_agreement ON gate_overrides(agreement_id, at)",
            audit.triggers_for("gate_records", "gate_overrides"),
        ),
    ),
    Migration(
        14,
        "official trips abroad (PDLN) tied to agreements",
        (
            """
        CREATE TABLE trips (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            purpose TEXT NOT NULL,
            destination TEXT NOT NULL,
            departs_on TEXT NOT NULL,
            returns_on TEXT NOT NULL,
            delegation TEXT NOT NULL DEFAULT '[]',
            requested_on TEXT,
            terms_of_reference TEXT NOT NULL DEFAULT '',
            follow_up_plan TEXT NOT NULL DEFAULT '',
            host_confirmed INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'planned',
            rules TEXT NOT NULL DEFAULT 'pdln_2024',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
            "CREATE INDEX trips_agreement ON trips(agreement_id, departs_on)",
            "CREATE INDEX trips_dates ON trips(departs_on, returns_on)",
            audit.triggers_for("trips"),
        ),
    ),
    Migration(
        15,
        "the register's legal parameters (docs/domain.md §4), where an office changed one",
        (
            """
        CREATE TABLE parameters (
            key TEXT PRIMARY KEY,
            value INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
            audit.triggers_for("parameters"),
        ),
    ),
    Migration(
        16,
        "an activity's evidence: one of the agreement's attached files",
        (
            "ALTER TABLE activities ADD COLUMN evidence_id INTEGER"
            " REFERENCES attachments(id) ON DELETE SET NULL",
            # The audit trail's triggers name the table's columns: made again with the new one.
            *(
                f"DROP TRIGGER audit_activities_{action}"
                for action in ("insert", "update", "delete")
            ),
            audit.triggers_for("activities"),
        ),
    ),
    Migration(
        17,
        "dormancy also for agreements in force whose signing day is not recorded",
        (
            # '' stands for "no sign of life on record": it sorts before every date, so such an
            # agreement is the quietest of all; the stage alone decides who is watched.
            "DROP INDEX agreements_quiet",
            "DROP INDEX agreements_quiet_by_stage",
            "CREATE INDEX agreements_quiet ON agreements(COALESCE(last_activity_on, signed_on, ''))",
            "CREATE INDEX agreements_quiet_by_stage ON agreements"
            "(stage, COALESCE(last_activity_on, signed_on, ''))",
        ),
    ),
    Migration(
        18,
        "our own government, set once for every draft and letter",
        (
            """
        CREATE TABLE our_government (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name_id TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT 'city',
            province_id TEXT NOT NULL DEFAULT '',
            province_en TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT 'ID',
            head_name TEXT NOT NULL DEFAULT '',
            head_title_id TEXT NOT NULL DEFAULT '',
            head_title_en TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            telephone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            office_id TEXT NOT NULL DEFAULT '',
            office_en TEXT NOT NULL DEFAULT '',
            coat_of_arms BLOB,
            coat_of_arms_sha256 TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )
        """,
            audit.triggers_for("our_government"),
        ),
    ),
    Migration(
        19,
        "the register's own UUID (its backups are matched by it), draft versions with UUIDs, "
        "and what exchange version 4 remembers between imports (docs/exchange.md)",
        (
            "CREATE TABLE register_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            _register_uuid,
            "ALTER TABLE draft_versions ADD COLUMN uuid TEXT",
            _version_uuids,
            "CREATE UNIQUE INDEX draft_versions_uuid ON draft_versions(uuid)",
            "DROP TRIGGER audit_draft_versions_insert",
            audit.triggers_for("draft_versions"),
            # Per record: the content hash both registers agreed on at the last exchange, so a
            # change made on both sides since is told from a change made on one.
            """
        CREATE TABLE exchange_bases (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        ) WITHOUT ROWID
        """,
            # Another register's UUID for a record of ours the officer said is the same one
            # (the same partner recorded in both offices).
            """
        CREATE TABLE uuid_aliases (
            kind TEXT NOT NULL,
            alias TEXT NOT NULL,
            uuid TEXT NOT NULL,
            PRIMARY KEY (kind, alias)
        ) WITHOUT ROWID
        """,
        ),
    ),
)
LATEST_VERSION = MIGRATIONS[-1].version


@cache
def expected_schema(version: int = LATEST_VERSION) -> tuple[frozenset[str], dict[str, str]]:
    """The tables and the triggers (name: SQL, spaces folded) the migrations make up to
    ``version``: what a register of that version must hold."""
    db = connect(":memory:")
    try:
        migrate(db, target=version)
        tables = frozenset(row[0] for row in db.execute(TABLES))
        return tables, triggers_of(db)
    finally:
        db.close()


def triggers_of(db: Connection) -> dict[str, str]:
    """The register's triggers: name → SQL with runs of white space folded to one."""
    return {
        str(name): " ".join(str(sql).split())
        for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }


def schema_version(db: Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Connection, *, target: int = LATEST_VERSION) -> list[int]:
    """Applies the migrations above the register's version up to ``target``; returns their
    numbers. Applying again is a no-op."""
    applied: list[int] = []
    found = schema_version(db)
    for migration in MIGRATIONS:
        if migration.version <= found or migration.version > target:
            continue
        with transaction(db):
            for step in migration.steps:
                if isinstance(step, str):
                    db.execute(step)
                else:
                    step(db.utils())
            db.execute(f"PRAGMA user_version = {migration.version}")
        applied.append(migration.version)
        found = migration.version
    return applied
