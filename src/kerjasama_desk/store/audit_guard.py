"""What the audit trail's chain cannot catch on its own: changes made to the file by another
program (an SQL tool, a script) and triggers removed or altered to stop the logging.

- An entry written by a trigger but not sealed by the app that made the change was written
  outside Kerjasama Desk. The app seals such entries under :data:`OUTSIDE`, before its own
  entries and never under the officer's name (:func:`seal_outside`, called when a register is
  opened and before every action).
- Every audited table's triggers must be exactly those the migrations make. Missing, altered
  or added triggers are found by :func:`trigger_problems`, reported by ``audit verify`` and put
  back when the app opens the register (:func:`restore_triggers`), with the gap written into
  the trail.

See docs/reliability.md, "The audit trail and outside edits".
"""

from __future__ import annotations

import json

import sqlite_utils

from kerjasama_desk.store import audit, database
from kerjasama_desk.store.audit import OUTSIDE, REPAIRED_BY
from kerjasama_desk.store.migrations import expected_schema, schema_version, triggers_of


def trigger_problems(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(trigger name, "missing" | "altered" | "not expected"), by name; empty when the
    register's triggers are exactly those its schema version makes."""
    expected = expected_schema(schema_version(db))[1]
    found = triggers_of(db)
    problems = [
        (name, "missing" if name not in found else "altered")
        for name, sql in sorted(expected.items())
        if found.get(name) != sql
    ]
    problems += [(name, "not expected") for name in sorted(set(found) - set(expected))]
    return problems


def restore_triggers(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """Puts the expected triggers back (inside the caller's transaction) and records the gap in
    the trail; returns what was wrong (empty: nothing was)."""
    problems = trigger_problems(db)
    if not problems:
        return []
    expected = expected_schema(schema_version(db))[1]
    for name, problem in problems:
        if problem != "missing":
            db.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        if name in expected:
            db.execute(expected[name])  # the migrations' statement, its spaces folded
    db.execute(
        "INSERT INTO audit_log (at, table_name, record_id, record_uuid, action, before, after,"
        " scope_table, scope_id) VALUES (?, 'sqlite_master', NULL, NULL, 'update', ?, ?,"
        " 'register', NULL)",
        [
            database.utc_now(),
            json.dumps({name: problem for name, problem in problems}),
            json.dumps({name: "restored" for name, _ in problems}),
        ],
    )
    audit.seal(db, REPAIRED_BY)
    return problems


def unsealed(db: sqlite_utils.Database) -> int:
    """Entries in the trail no one has sealed: changes made outside Kerjasama Desk (or by a
    transaction still open elsewhere)."""
    return int(db.execute("SELECT COUNT(*) FROM audit_log WHERE hash IS NULL").fetchone()[0])


def seal_outside(db: sqlite_utils.Database) -> int:
    """Seals the entries left unsealed by another program, under :data:`OUTSIDE`; returns how
    many. Call inside a transaction, before the app's own changes."""
    return audit.seal(db, OUTSIDE)
