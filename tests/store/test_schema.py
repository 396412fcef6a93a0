"""The golden schema: what running every migration makes is compared with the committed dump
``tests/store/schema.sql``. A migration released once is never changed: a change of schema is a
new migration, and the dump is made again on purpose:

    .venv/bin/python tests/store/test_schema.py > tests/store/schema.sql
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

from kerjasama_desk.store.migrations import LATEST_VERSION
from kerjasama_desk.store.register import Register

GOLDEN = Path(__file__).with_name("schema.sql")


def dump() -> str:
    """Every table, index, trigger and view of a new register, in a stable order."""
    register = Register.in_memory()
    try:
        rows = register.db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
        version = register.schema_version
    finally:
        register.close()
    parts = [f"-- schema version {version}"]
    parts += [f"-- {kind} {name}\n{sql.strip()};" for kind, name, sql in rows]
    return "\n\n".join(parts) + "\n"


def test_the_migrations_make_the_committed_schema():
    expected = GOLDEN.read_text(encoding="utf-8")
    actual = dump()
    difference = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            "tests/store/schema.sql",
            "the migrations",
        )
    )
    assert actual == expected, (
        "The schema the migrations make is not the committed one. Released migrations never "
        "change: add a new one, then write the dump again (see this module's docstring).\n"
        + difference
    )
    assert actual.startswith(f"-- schema version {LATEST_VERSION}\n")


if __name__ == "__main__":
    sys.stdout.write(dump())
