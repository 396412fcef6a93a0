"""Opening a register file safely.

A file is probed read-only first (header, application id, schema version, schema readable);
only a file that passes is opened for writing. A file we cannot use is never modified. Every
connection gets foreign keys ON, WAL and a busy timeout.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

from kerjasama_desk.store.connection import Connection

APPLICATION_ID = 0x4B445331  # "KDS1": marks a SQLite file as a Kerjasama Desk register
BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"


class OpenProblem(StrEnum):
    NOT_SQLITE = "not_sqlite"
    NOT_A_REGISTER = "not_a_register"
    CORRUPT = "corrupt"
    NEWER_VERSION = "newer_version"
    READ_ONLY = "read_only"
    NO_FOLDER = "no_folder"
    OLD_VERSION_READ_ONLY = "old_version_read_only"
    JOURNAL_READ_ONLY = "journal_read_only"
    EMPTY_FILE = "empty_file"


class RegisterOpenError(Exception):
    """The file at ``path`` cannot be used as a register; it was not modified."""

    def __init__(self, problem: OpenProblem, path: Path, **details: object) -> None:
        self.problem = problem
        self.path = path
        self.details = details
        super().__init__(f"{problem.value}: {path} {details or ''}".strip())


def _text(value: bytes) -> str:
    """Text read from the file. A damaged file may hold bytes that are not UTF-8: they are read
    as U+FFFD instead of failing the whole read (the damage is then reported, not a crash)."""
    return value.decode("utf-8", "replace")


def tolerant(connection: sqlite3.Connection) -> sqlite3.Connection:
    """``connection`` reading text as :func:`_text` does."""
    connection.text_factory = _text
    return connection


# What reading a damaged file can raise besides RegisterOpenError.
DAMAGE = (sqlite3.DatabaseError, UnicodeDecodeError)


def is_damage(error: BaseException) -> bool:
    """A DAMAGE error that tells of the file, not of a rule of ours broken (a constraint)."""
    return isinstance(error, DAMAGE) and not isinstance(error, sqlite3.IntegrityError)


def utc_now() -> str:
    """The current moment as stored in the register: ISO 8601 UTC with milliseconds."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` names now (device and inode); None when there is none."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _read_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(100)


def probe(path: Path, *, latest_version: int, read_only: bool = False) -> int:
    """Checks that ``path`` can be opened as a register without writing to it.

    Returns the schema version found (0 for a new or empty file). Raises
    :class:`RegisterOpenError` otherwise. With ``read_only`` the file need not be writable, but
    it must exist and hold the latest schema (an older one would need its migrations).
    """
    if read_only and not path.is_file():
        raise RegisterOpenError(OpenProblem.NOT_A_REGISTER, path)
    if not path.exists():
        if not path.parent.is_dir():
            raise RegisterOpenError(OpenProblem.NO_FOLDER, path)
        if not os.access(path.parent, os.W_OK):
            raise RegisterOpenError(OpenProblem.READ_ONLY, path)
        return 0
    try:
        header = _read_header(path)
    except OSError as error:
        raise RegisterOpenError(OpenProblem.CORRUPT, path, detail=str(error)) from error
    if header and not header.startswith(_SQLITE_HEADER):
        raise RegisterOpenError(OpenProblem.NOT_SQLITE, path)
    if header and len(header) < 100:
        raise RegisterOpenError(OpenProblem.CORRUPT, path, detail="truncated header")
    version = int.from_bytes(header[60:64], "big") if header else 0
    application_id = int.from_bytes(header[68:72], "big") if header else 0
    if header and _journal_readable(path):
        # Open elsewhere (or left by a crash) with changes still in its journal: the header on
        # disk may be older than the register, so SQLite reads both.
        version, application_id = _marks(path) or (version, application_id)
    if application_id not in (0, APPLICATION_ID):
        raise RegisterOpenError(OpenProblem.NOT_A_REGISTER, path)
    if version > latest_version:
        raise RegisterOpenError(
            OpenProblem.NEWER_VERSION, path, found=version, known=latest_version
        )
    if header:
        if not _journal_readable(path):  # with a journal, pages may live in it alone
            _check_size(path, header)
        tables = read_tables(path)
        if application_id == 0 and tables:
            raise RegisterOpenError(OpenProblem.NOT_A_REGISTER, path)
    if read_only:
        if not header or application_id != APPLICATION_ID:
            raise RegisterOpenError(OpenProblem.NOT_A_REGISTER, path)
        if version < latest_version:
            raise RegisterOpenError(
                OpenProblem.OLD_VERSION_READ_ONLY, path, found=version, known=latest_version
            )
        return version
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise RegisterOpenError(OpenProblem.READ_ONLY, path)
    return version


def has_journal(path: Path) -> bool:
    """Whether a write-ahead log with pages in it lies beside the register."""
    journal = Path(f"{path}-wal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _journal_readable(path: Path) -> bool:
    """A journal is there and SQLite can read it without writing beside a file on a read-only
    medium (its ``-shm`` index is there, or the folder can be written)."""
    return has_journal(path) and (Path(f"{path}-shm").exists() or os.access(path.parent, os.W_OK))


def _marks(path: Path) -> tuple[int, int] | None:
    """(schema version, application id) of a register read with its journal; None when the
    journal cannot be read (a read-only folder without its index: see connect_read_only)."""
    try:
        connection = tolerant(sqlite3.connect(read_only_uri(path), uri=True))
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        finally:
            connection.close()
    except DAMAGE:
        return None
    return version, application_id


def _check_size(path: Path, header: bytes) -> None:
    """Catches truncated copies (a bad USB copy) from the header alone, without reading pages."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise RegisterOpenError(OpenProblem.CORRUPT, path, detail="bad page size")
    pages = int.from_bytes(header[28:32], "big")
    size_is_valid = header[24:28] == header[92:96]
    if size_is_valid and pages and path.stat().st_size < pages * page_size:
        raise RegisterOpenError(OpenProblem.CORRUPT, path, detail="file is truncated")


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """The URI that opens ``path`` read-only. The path is quoted, so a ``#`` or ``?`` in a folder
    name cannot make SQLite open another (empty) file. ``immutable``: no locks and nothing
    written next to the file, for a file no one else writes."""
    return f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")


# The register's own tables (FTS5's virtual tables left out; their shadow tables are listed).
TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    " AND sql NOT LIKE 'CREATE VIRTUAL%'"
)


def read_tables(path: Path) -> list[str]:
    """The tables of the file at ``path``, read without writing anything; each is touched once,
    so damage to a table's first page raises :class:`RegisterOpenError` now."""
    # immutable: no locks, no -wal/-shm files, nothing written next to the file (unless a
    # journal is there already: then it is read too, as the register is what both hold).
    uri = read_only_uri(path, immutable=not _journal_readable(path))
    try:
        connection = tolerant(sqlite3.connect(uri, uri=True))
    except DAMAGE as error:
        raise RegisterOpenError(OpenProblem.CORRUPT, path, detail=str(error)) from error
    try:
        rows = connection.execute(TABLES).fetchall()
        # Reading one row of every table touches each root page: damage there shows now,
        # not in the middle of a save. (A full integrity check takes seconds on big files.)
        for (table,) in rows:
            connection.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchall()
    except DAMAGE as error:
        raise RegisterOpenError(OpenProblem.CORRUPT, path, detail=str(error)) from error
    finally:
        connection.close()
    return [row[0] for row in rows]


# Filesystems of another computer's disk (Linux's names in /proc/mounts).
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ceph",
     "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "ncpfs"}
)  # fmt: skip
_DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive


def _mounts() -> str:
    return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")


def on_network_drive(path: Path) -> bool:
    """Whether ``path`` lies on another computer's disk: a mapped drive or \\\\server\\share
    on Windows, an NFS or SMB mount on Linux. SQLite's WAL needs memory shared between the
    programs that use the file, which a network drive cannot give: such a register keeps its
    journal the older way (docs/reliability.md, "On a network drive")."""
    try:
        where = path.resolve()
    except OSError:
        return False
    if sys.platform == "win32":  # pragma: no cover - the CI runs on Linux
        import ctypes  # Windows only

        text = str(where)
        if text.startswith("\\\\"):
            return True
        root = os.path.splitdrive(text)[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == _DRIVE_REMOTE)
    try:
        mounts = _mounts()
    except OSError:
        return False
    folder, best, kind = str(where.parent), "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = folder == point or folder.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind in NETWORK_FILESYSTEMS


def connect(path: Path | str) -> Connection:
    """A connection with the register's settings; ``":memory:"`` for tests."""
    connection = tolerant(
        sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    )
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if str(path) != ":memory:":
        journal = "DELETE" if on_network_drive(Path(path)) else "WAL"
        connection.execute(f"PRAGMA journal_mode = {journal}")
    # FULL: a write the app reported as saved survives a power cut, not only a crash.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA recursive_triggers = OFF")  # triggers do not fire triggers
    return Connection(connection)


def connect_read_only(path: Path) -> Connection:
    """A connection that cannot write, for a register on a read-only medium: nothing is written
    to the file or beside it. A journal (``-wal``) left with changes in it is read through its
    ``-shm`` index; without one that cannot work on a read-only folder, and the register is
    refused rather than shown without its last changes."""
    journaled = has_journal(path)
    if journaled and not Path(f"{path}-shm").exists() and not os.access(path.parent, os.W_OK):
        raise RegisterOpenError(OpenProblem.JOURNAL_READ_ONLY, path)
    # immutable=1: no locks and no -shm file (nothing can change a file on a read-only medium).
    uri = read_only_uri(path, immutable=not journaled)
    try:
        connection = tolerant(
            sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        )
        connection.execute("PRAGMA query_only = ON")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except DAMAGE as error:
        raise RegisterOpenError(OpenProblem.CORRUPT, path, detail=str(error)) from error
    return Connection(connection)


@contextmanager
def transaction(db: Connection) -> Iterator[None]:
    """One user action: everything inside commits together or not at all.

    The outermost level takes the write lock at once (BEGIN IMMEDIATE), so a second writer waits
    on the busy timeout instead of failing half-way; inner levels are savepoints.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
