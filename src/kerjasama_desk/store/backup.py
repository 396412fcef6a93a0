"""Copies and checks of register files with SQLite's online backup API: the SQL half of the
backups, whose naming, rotation and restore flow live in ``services/backups.py``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kerjasama_desk.domain.errors import Stopped
from kerjasama_desk.domain.progress import Progress, Stop
from kerjasama_desk.store.database import (
    DAMAGE,
    OpenProblem,
    RegisterOpenError,
    probe,
    read_only_uri,
    read_tables,
    tolerant,
)
from kerjasama_desk.store.migrations import LATEST_VERSION, expected_schema


class CopyProblem(Exception):
    """A file that is not a usable register, or a copy that failed; the message says why."""


# Pages copied per step of a backup: about 16 MB, a few tenths of a second, between two reports
# of progress and two chances to stop.
STEP_PAGES = 4096


def copy_database(
    source: sqlite3.Connection | Path,
    target: Path,
    *,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> None:
    """Copies a register (an open connection, or a file opened read-only) page by page into
    ``target``, consistent even while others write to it (a write by another connection makes
    SQLite start the copy again). ``progress(pages done, pages)`` is told after each step;
    :class:`Stopped` is raised, the copy abandoned, when ``stop()`` says so."""

    def step(_status: int, remaining: int, total: int) -> None:
        if stop is not None and stop():
            raise Stopped
        if progress is not None:
            progress(total - remaining, total)

    own = None
    try:
        if isinstance(source, Path):
            own = sqlite3.connect(read_only_uri(source), uri=True)
            source = own
        destination = sqlite3.connect(target)
        try:
            if progress is None and stop is None:
                source.backup(destination)
            else:
                source.backup(destination, pages=STEP_PAGES, progress=step)
            # A copy of a WAL register is marked WAL too, and reading it would leave -wal and
            # -shm files beside it: the copy is a plain file instead.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    except DAMAGE as error:
        raise CopyProblem(str(error)) from error
    finally:
        if own is not None:
            own.close()


def register_uuid(path: Path) -> str | None:
    """The UUID the register file at ``path`` carries (None: a file of a version before 19, or
    one that cannot be read). Read-only; the file's journal is read too."""
    try:
        connection = tolerant(sqlite3.connect(read_only_uri(path), uri=True))
        try:
            row = connection.execute(
                "SELECT value FROM register_meta WHERE key = 'uuid'"
            ).fetchone()
        finally:
            connection.close()
    except DAMAGE:
        return None
    return str(row[0]) if row else None


# Steps of SQLite's virtual machine between two checks of stop() (a few milliseconds).
CHECK_STEPS = 100_000


@contextmanager
def stoppable(connection: sqlite3.Connection, stop: Stop | None) -> Iterator[None]:
    """Within it, a statement of ``connection`` ends with :class:`Stopped` soon after
    ``stop()`` says so (SQLite asks every :data:`CHECK_STEPS` steps of its virtual machine)."""
    if stop is None:
        yield
        return
    connection.set_progress_handler(lambda: 1 if stop() else 0, CHECK_STEPS)
    try:
        yield
    except sqlite3.OperationalError as error:
        if stop() and "interrupt" in str(error):
            raise Stopped from error
        raise
    finally:
        connection.set_progress_handler(None, 0)


def integrity_check(path: Path, *, stop: Stop | None = None) -> str:
    """SQLite's verdict on the file: "ok", or the first problems it found."""
    try:
        connection = tolerant(sqlite3.connect(read_only_uri(path, immutable=True), uri=True))
        try:
            with stoppable(connection, stop):
                return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            connection.close()
    except DAMAGE as error:
        raise CopyProblem(str(error)) from error


def inspect_register_file(path: Path, *, stop: Stop | None = None) -> str:
    """SQLite's verdict on a register file ("ok" or the problems found). Raises
    :class:`RegisterOpenError` when the file cannot be opened as a register, and CopyProblem
    when it is not a complete register of its version: an empty file or database, our mark
    with no tables, or a schema version that does not match the tables."""
    version = probe(path, latest_version=LATEST_VERSION)
    if version < 1:
        raise CopyProblem("it holds no register (the file or the database is empty)")
    found = set(read_tables(path))
    expected = _tables_at(version)
    if found != expected:
        missing = ", ".join(sorted(expected - found)[:5]) or "none"
        unexpected = ", ".join(sorted(found - expected)[:5]) or "none"
        raise CopyProblem(
            f"its tables are not those of a register of version {version} "
            f"(missing: {missing}; not expected: {unexpected})"
        )
    return integrity_check(path, stop=stop)


def check_tables(path: Path, version: int) -> None:
    """Raises :class:`RegisterOpenError` (damaged) unless the file holds exactly the tables of
    a register of ``version``: a lowered or raised schema version would make the migrations
    run again over tables that are there already."""
    found = set(read_tables(path))
    expected = _tables_at(version)
    if found != expected:
        raise RegisterOpenError(
            OpenProblem.CORRUPT,
            path,
            detail=f"its schema version ({version}) does not match its tables",
        )


def _tables_at(version: int) -> frozenset[str]:
    """The tables the migrations make up to ``version``."""
    return expected_schema(version)[0]
