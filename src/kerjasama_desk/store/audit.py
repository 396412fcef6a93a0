"""The audit trail: every change to the register's records — who, when, what, before → after —
kept in ``audit_log`` and chained by SHA-256 so that an edited or deleted entry is detected.

Triggers write an entry for each insert, update and delete of an audited table, whatever code
made the change (the app, an import, a restore of a record), so nothing escapes the log. The
entry is *sealed* when the transaction that made it commits: the account that made the change is
written in, and the entry's hash covers its content and the previous entry's hash. Sealed entries
cannot be updated or deleted through SQLite (triggers refuse it); someone who removes those
triggers with another tool is found out by :func:`verify`.

What the chain cannot show on its own: entries cut off at the end. ``verify`` prints the number of
entries and the last hash, so an office can note them (e.g. in its paper register) and compare.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kerjasama_desk.domain.progress import Ticker
from kerjasama_desk.store.connection import Connection, Executes

GENESIS = "0" * 64
# The accounts under which entries the app did not make are sealed (see audit_guard).
OUTSIDE = "(changed outside Kerjasama Desk)"
REPAIRED_BY = "(Kerjasama Desk: audit triggers restored)"
OUTSIDE_ACCOUNTS = (OUTSIDE, REPAIRED_BY)

# Audited tables: columns left out of the log (bookkeeping and values derived by triggers), the
# record's "scope" (the record a change is shown under) and the actions logged.
_AUDITED: dict[str, tuple[frozenset[str], str, str, tuple[str, ...]]] = {
    # table: (left out, scope table, scope id expression, actions)
    "officers": (frozenset({"updated_at"}), "officers", "{row}.id", ("insert", "update", "delete")),
    "partners": (
        frozenset({"updated_at", "agreement_count", "name_key"}),
        "partners",
        "{row}.id",
        ("insert", "update", "delete"),
    ),
    "contacts": (
        frozenset({"updated_at"}),
        "partners",
        "{row}.partner_id",
        ("insert", "update", "delete"),
    ),
    "agreements": (
        frozenset({"updated_at", "officer_name", "last_activity_on"}),
        "agreements",
        "{row}.id",
        ("insert", "update", "delete"),
    ),
    "agreement_fields": (
        frozenset({"id"}),
        "agreements",
        "{row}.agreement_id",
        ("insert", "delete"),
    ),
    "activities": (
        frozenset({"updated_at"}),
        "agreements",
        "{row}.agreement_id",
        ("insert", "update", "delete"),
    ),
    "commitments": (
        frozenset({"updated_at"}),
        "agreements",
        "{row}.agreement_id",
        ("insert", "update", "delete"),
    ),
    "attachments": (
        frozenset({"updated_at"}),
        "agreements",
        "{row}.agreement_id",
        ("insert", "update", "delete"),
    ),
    "drafts": (frozenset({"updated_at"}), "drafts", "{row}.id", ("insert", "update", "delete")),
    # A version is never changed; its answers stay in the version itself.
    "draft_versions": (
        frozenset({"answers", "partner_texts", "languages"}),
        "drafts",
        "{row}.draft_id",
        ("insert",),
    ),
    "handovers": (frozenset(), "officers", "{row}.officer_id", ("insert",)),
    "gate_records": (
        frozenset({"updated_at"}),
        "agreements",
        "{row}.agreement_id",
        ("insert", "update", "delete"),
    ),
    "gate_overrides": (frozenset(), "agreements", "{row}.agreement_id", ("insert",)),
    "trips": (
        frozenset({"updated_at"}),
        "agreements",
        "{row}.agreement_id",
        ("insert", "update", "delete"),
    ),
    "parameters": (frozenset({"updated_at"}), "parameters", "NULL", ("insert", "update", "delete")),
    # The picture itself is not JSON; its fingerprint stands for it in the log.
    "our_government": (
        frozenset({"updated_at", "coat_of_arms"}),
        "our_government",
        "{row}.id",
        ("insert", "update", "delete"),
    ),
}
V12_TABLES = (
    "officers",
    "partners",
    "contacts",
    "agreements",
    "agreement_fields",
    "activities",
    "commitments",
    "attachments",
    "drafts",
    "draft_versions",
    "handovers",
)

CREATE = (
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT,
        table_name TEXT NOT NULL,
        record_id INTEGER,
        record_uuid TEXT,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        before TEXT,
        after TEXT,
        scope_table TEXT NOT NULL,
        scope_id INTEGER,
        prev_hash TEXT,
        hash TEXT
    )
    """,
    "CREATE INDEX audit_scope ON audit_log(scope_table, scope_id, id)",
    "CREATE INDEX audit_unsealed ON audit_log(id) WHERE hash IS NULL",
    # Once sealed, an entry stays as it is.
    """
    CREATE TRIGGER audit_log_sealed_update BEFORE UPDATE ON audit_log
    WHEN OLD.hash IS NOT NULL BEGIN
        SELECT RAISE(ABORT, 'the audit trail cannot be changed');
    END
    """,
    """
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit trail cannot be changed');
    END
    """,
)


def _columns(db: Executes, table: str) -> list[str]:
    return [str(row[1]) for row in db.execute(f"PRAGMA table_info({table})")]


def _json(columns: Sequence[str], row: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {row}.{c}" for c in columns) + ")"


def triggers_for(*tables: str) -> Callable[[Executes], None]:
    """A migration step creating the audit triggers of ``tables``."""

    def step(db: Executes) -> None:
        create_triggers(db, tables)

    return step


def create_triggers(db: Executes, tables: Sequence[str]) -> None:
    """One trigger per audited table and action (a migration step: the columns are those of the
    schema at that version; a later migration that adds columns recreates these)."""
    for table in tables:
        left_out, scope_table, scope_id, actions = _AUDITED[table]
        columns = [c for c in _columns(db, table) if c not in left_out]
        has_uuid = "uuid" in columns
        for action in actions:
            row = "OLD" if action == "delete" else "NEW"
            before = _json(columns, "OLD") if action != "insert" else "NULL"
            after = _json(columns, "NEW") if action != "delete" else "NULL"
            when = ""
            if action == "update":
                when = "WHEN " + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
            record_id = f"{row}.id" if "id" in _columns(db, table) else "NULL"
            db.execute(f"""
                CREATE TRIGGER audit_{table}_{action} AFTER {action.upper()} ON {table}
                {when} BEGIN
                    INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before,
                                           after, scope_table, scope_id)
                    VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '{table}', {record_id},
                            {f"{row}.uuid" if has_uuid else "NULL"}, '{action}', {before},
                            {after}, '{scope_table}', {scope_id.format(row=row)});
                END""")


def _digest(row: Sequence[Any], who: str, previous: str) -> str:
    entry_id, at, table, record_id, record_uuid, action, before, after = row[:8]
    payload = json.dumps(
        [entry_id, at, who, table, record_id, record_uuid, action, before, after, previous],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


_ENTRY = "id, at, table_name, record_id, record_uuid, action, before, after"


def seal(db: Connection, who: str) -> int:
    """Writes ``who`` into the entries not sealed yet and chains them; call inside the
    transaction that made them. Returns how many were sealed."""
    pending = db.execute(
        f"SELECT {_ENTRY} FROM audit_log WHERE hash IS NULL ORDER BY id"
    ).fetchall()
    if not pending:
        return 0
    last = db.execute(
        "SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1", [pending[0][0]]
    ).fetchone()
    previous = last[0] if last and last[0] else GENESIS
    updates = []
    for row in pending:
        digest = _digest(row, who, previous)
        updates.append((who, previous, digest, row[0]))
        previous = digest
    db.conn.executemany(
        "UPDATE audit_log SET who = ?, prev_hash = ?, hash = ? WHERE id = ?", updates
    )
    return len(updates)


@dataclass(frozen=True)
class Verdict:
    """What :func:`verify` found: how many entries, the last hash, and the first entry that
    breaks the chain (with why), if any."""

    entries: int
    head: str
    broken_id: int | None = None
    problem: str = ""  # "changed", "missing before" or "unsealed"
    unsealed: tuple[int, ...] = ()  # entries no one sealed: written by another program
    outside: tuple[int, ...] = ()  # entries sealed as made outside Kerjasama Desk
    triggers: tuple[tuple[str, str], ...] = ()  # (name, problem), see audit_guard

    @property
    def intact(self) -> bool:
        return self.broken_id is None and not self.unsealed and not self.triggers

    @property
    def clean(self) -> bool:
        """Intact, and nothing in it was changed outside Kerjasama Desk."""
        return self.intact and not self.outside


def verify(
    db: Connection,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Verdict:
    """Walks the chain from the first entry: each entry's hash must match its content and the
    hash before it. An edited entry fails the first test; a deleted one makes the next entry's
    link fail. ``progress(done, total)`` is told every few thousand entries; ``stop`` returning
    true raises ``Stopped`` there (:class:`domain.progress.Ticker`)."""
    previous = GENESIS
    count = 0
    unsealed: list[int] = []
    outside: list[int] = []
    total = int(db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]) if progress else 0
    ticker = Ticker(total, progress, stop, every=5000)
    for row in db.execute(f"SELECT {_ENTRY}, who, prev_hash, hash FROM audit_log ORDER BY id"):
        count += 1
        ticker.tick()
        who, prev_hash, digest = row[8], row[9], row[10]
        if digest is None:  # written by another program (or a transaction still open)
            unsealed.append(int(row[0]))
            continue
        if unsealed:
            return Verdict(count, previous, unsealed[0], "unsealed", tuple(unsealed))
        if prev_hash != previous:
            return Verdict(count, previous, int(row[0]), "missing before")
        if _digest(row, who or "", previous) != digest:
            return Verdict(count, previous, int(row[0]), "changed")
        if who in OUTSIDE_ACCOUNTS:
            outside.append(int(row[0]))
        previous = digest
    return Verdict(count, previous, unsealed=tuple(unsealed), outside=tuple(outside))


@dataclass(frozen=True)
class Entry:
    id: int
    at: str
    who: str
    table: str
    record_id: int | None
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def history(db: Connection, scope_table: str, scope_id: int, limit: int = 500) -> list[Entry]:
    """The changes shown under a record (an agreement with its fields, activities, commitments
    and files; a partner with its contacts; an officer with their handovers), newest first."""
    return [
        Entry(
            int(r[0]),
            str(r[1]),
            str(r[2] or ""),
            str(r[3]),
            r[4],
            str(r[5]),
            json.loads(r[6]) if r[6] else None,
            json.loads(r[7]) if r[7] else None,
        )
        for r in db.execute(
            "SELECT id, at, who, table_name, record_id, action, before, after FROM audit_log"
            " WHERE scope_table = ? AND scope_id = ? ORDER BY id DESC LIMIT ?",
            [scope_table, scope_id, limit],
        )
    ]
