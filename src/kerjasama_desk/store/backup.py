"""Copies and checks of register files with SQLite's online backup API: the SQL half of the
backups, whose naming, rotation and restore flow live in ``services/backups.py``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kerjasama_desk.store.database import RegisterOpenError, probe, read_only_uri
from kerjasama_desk.store.migrations import LATEST_VERSION


class CopyProblem(Exception):
    """A file that is not a usable register, or a copy that failed; the message says why."""


def copy_database(source: sqlite3.Connection | Path, target: Path) -> None:
    """Copies a register (an open connection, or a file opened read-only) page by page into
    ``target``, consistent even while others write to it."""
    own = None
    try:
        if isinstance(source, Path):
            own = sqlite3.connect(read_only_uri(source), uri=True)
            source = own
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    except sqlite3.Error as error:
        raise CopyProblem(str(error)) from error
    finally:
        if own is not None:
            own.close()


def integrity_check(path: Path) -> str:
    """SQLite's verdict on the file: "ok", or the first problems it found."""
    try:
        connection = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
        try:
            return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise CopyProblem(str(error)) from error


def inspect_register_file(path: Path) -> str:
    """SQLite's verdict on a register file ("ok" or the problems found); raises CopyProblem
    when ``path`` is not a complete register of a version this app can open."""
    try:
        probe(path, latest_version=LATEST_VERSION)
    except RegisterOpenError as error:
        raise CopyProblem(str(error)) from error
    return integrity_check(path)
