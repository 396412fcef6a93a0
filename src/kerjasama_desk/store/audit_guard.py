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

import hashlib
import json

from kerjasama_desk.store import audit, database
from kerjasama_desk.store.audit import OUTSIDE, REPAIRED_BY
from kerjasama_desk.store.connection import Connection
from kerjasama_desk.store.migrations import (
    LATEST_VERSION,
    expected_schema,
    schema_version,
    triggers_of,
)

# The fingerprint of the triggers the migrations make up to LATEST_VERSION, so that opening a
# sound register does not migrate an empty one in memory to compare (20 ms of start-up). A new
# migration changes it: tests/store/test_audit.py says the new value.
LATEST_TRIGGERS = "2737e762867e9e2be86d8fbc25542a4d214c56d19e8a14ed881ad2b59a4e013e"


def fingerprint(triggers: dict[str, str]) -> str:
    text = json.dumps(sorted(triggers.items()), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def trigger_problems(db: Connection) -> list[tuple[str, str]]:
    """(trigger name, "missing" | "altered" | "not expected"), by name; empty when the
    register's triggers are exactly those its schema version makes."""
    found = triggers_of(db)
    version = schema_version(db)
    if version == LATEST_VERSION and fingerprint(found) == LATEST_TRIGGERS:
        return []
    expected = expected_schema(version)[1]
    problems = [
        (name, "missing" if name not in found else "altered")
        for name, sql in sorted(expected.items())
        if found.get(name) != sql
    ]
    problems += [(name, "not expected") for name in sorted(set(found) - set(expected))]
    return problems


def restore_triggers(db: Connection, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Puts the expected triggers back (inside the caller's transaction) after
    :func:`trigger_problems` found ``problems``, and records the gap in the trail; returns
    them."""
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


def unsealed(db: Connection) -> int:
    """Entries in the trail no one has sealed: changes made outside Kerjasama Desk (or by a
    transaction still open elsewhere)."""
    return int(db.execute("SELECT COUNT(*) FROM audit_log WHERE hash IS NULL").fetchone()[0])


def seal_outside(db: Connection) -> int:
    """Seals the entries left unsealed by another program, under :data:`OUTSIDE`; returns how
    many. Call inside a transaction, before the app's own changes."""
    return audit.seal(db, OUTSIDE)
