"""Backups of the register with SQLite's online backup API: taken while the register is open,
checked before they are kept, rotated, and restored only after the current register has itself
been backed up.

Backups live in ``<data folder>/backups`` as
``<register name>-<register id>-<UTC time>-<reason>.sqlite``: the id is the start of the UUID the
register carries (schema 19 on), so two registers of the same file name never share a rotation
nor see each other's backups. Backups named without an id (made before schema 19, or of a
register that did not say) are listed under the register's name and never rotated. Rotation
keeps the newest backup of each of the last 7 days and of each of the last 4 weeks
(configurable), and every backup made by hand or before a restore. A restore accepts a backup of
another register (or of none that says) only when asked to (``other_register``).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kerjasama_desk.atomic import replace_file
from kerjasama_desk.domain.errors import Stopped
from kerjasama_desk.domain.progress import Progress, Stop
from kerjasama_desk.paths import data_dir
from kerjasama_desk.services.open_errors import describe_open_error
from kerjasama_desk.store.backup import (
    CopyProblem,
    copy_database,
    inspect_register_file,
    register_uuid,
)
from kerjasama_desk.store.database import RegisterOpenError
from kerjasama_desk.store.register import Register

_NAME = re.compile(
    r"^(?P<stem>.+?)(?:-(?P<id>[0-9a-f]{12}))?-(?P<when>\d{8}T\d{6}\d{0,6}Z)"
    r"-(?P<reason>[a-z-]+)\.sqlite$"
)
KEPT_ALWAYS = ("manual", "before-restore", "before-restore-damaged", "before-migration")


class BackupProblem(Exception):
    """A backup that cannot be made or used; the message says why."""


class DamagedRegister(BackupProblem):
    """The register itself failed SQLite's integrity check while it was being backed up."""


class OtherRegister(BackupProblem):
    """The backup is of another register (or does not say which): restored only when asked."""


@dataclass(frozen=True)
class Backup:
    path: Path
    register: str  # the register's file name without extension
    identity: str  # the start of the register's UUID ("" in names made before schema 19)
    taken: datetime
    reason: str  # daily, exit, manual, before-restore, before-migration


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def identity(uuid: str | None) -> str:
    """The part of a register's UUID its backups' names carry."""
    return (uuid or "").replace("-", "")[:12]


def _target(register: Path, reason: str, directory: Path, uuid: str | None) -> Path:
    when = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    marked = f"-{identity(uuid)}" if uuid else ""
    return directory / f"{register.stem}{marked}-{when}-{reason}.sqlite"


def verify(path: Path, *, stop: Stop | None = None) -> None:
    """Raises BackupProblem unless ``path`` is a complete register this app can open."""
    try:
        result = inspect_register_file(path, stop=stop)
    except RegisterOpenError as error:
        raise BackupProblem(
            f"{path.name} is not a usable register backup: {describe_open_error(error)}"
        ) from error
    except CopyProblem as error:
        raise BackupProblem(f"{path.name} is not a usable register backup: {error}") from error
    if result != "ok":
        raise BackupProblem(f"{path.name} failed the integrity check: {result}")


def backup(
    source: Register | Path,
    register: Path,
    reason: str,
    directory: Path | None = None,
    *,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> Path:
    """Copies the register (open, or a file) into a checked backup; returns its path. Nothing
    is left behind when it fails, nor when ``stop()`` ends it (:class:`Stopped`).

    A file given as ``source`` is read through its own connection, so the copy can run on a
    worker thread while the app works on. ``progress(pages copied, pages)`` is told while it
    copies, then ``progress(0, 0)`` while it checks the copy."""
    directory = directory or backup_dir()
    uuid = register_uuid(source) if isinstance(source, Path) else source.uuid
    target = _target(register, reason, directory, uuid)
    _remove_abandoned(directory)
    descriptor, temporary = tempfile.mkstemp(dir=directory, suffix=".part")
    os.close(descriptor)
    try:
        try:
            if isinstance(source, Path):
                copy_database(source, Path(temporary), progress=progress, stop=stop)
            else:
                source.backup_to(Path(temporary))
        except CopyProblem as error:
            raise BackupProblem(f"{register.name} could not be backed up: {error}") from error
        if progress is not None:
            progress(0, 0)
        try:
            verify(Path(temporary), stop=stop)
        except BackupProblem as error:
            # The copy is page for page the register: what fails in it fails in the register.
            raise DamagedRegister(
                f"{register.name} failed its check: {str(error).split(': ', 1)[-1]}"
            ) from error
        replace_file(Path(temporary), target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


ABANDONED_AFTER = 6 * 3600  # seconds: no backup takes this long, so its part was left by a crash


def _remove_abandoned(directory: Path) -> None:
    """Parts of backups left by a process that died while copying (a crash, a power cut)."""
    now = datetime.now(UTC).timestamp()
    for part in directory.glob("*.part"):
        try:
            if now - part.stat().st_mtime > ABANDONED_AFTER:
                part.unlink()
        except OSError:
            continue


def backups(
    register: Path | None = None,
    directory: Path | None = None,
    *,
    uuid: str | None = None,
    legacy: bool = True,
) -> list[Backup]:
    """Backups (of ``register`` only, when given), the newest first. With the register's
    ``uuid``, only its own backups, and (``legacy``) those named without an id; without it,
    every backup under the register's name."""
    found: list[Backup] = []
    wanted = identity(uuid)
    for path in (directory or backup_dir()).glob("*.sqlite"):
        match = _NAME.match(path.name)
        if match is None or (register is not None and match["stem"] != register.stem):
            continue
        mark = match["id"] or ""
        if wanted and mark != wanted and not (legacy and not mark):
            continue
        when = match["when"]
        # To the microsecond where the name has it: two backups of one second keep their order
        moment = when[:-1] if len(when) > 16 else when[:15]
        pattern = "%Y%m%dT%H%M%S%f" if len(moment) > 15 else "%Y%m%dT%H%M%S"
        taken = datetime.strptime(moment, pattern).replace(tzinfo=UTC)
        found.append(Backup(path, match["stem"], mark, taken, match["reason"]))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def rotate(
    register: Path,
    uuid: str | None,
    *,
    daily: int = 7,
    weekly: int = 4,
    directory: Path | None = None,
) -> list[Path]:
    """Deletes automatic backups of the register with ``uuid`` beyond the newest of each of the
    last ``daily`` days and ``weekly`` weeks; returns what it deleted. Nothing is deleted for a
    register that does not say which it is, nor any backup whose name does not."""
    if not uuid:
        return []
    keep: set[Path] = set()
    days: set[str] = set()
    weeks: set[str] = set()
    automatic = [
        b
        for b in backups(register, directory, uuid=uuid, legacy=False)
        if b.reason not in KEPT_ALWAYS
    ]
    for item in automatic:  # newest first
        day = item.taken.strftime("%Y-%m-%d")
        year, week_number, _ = item.taken.isocalendar()
        week = f"{year}-{week_number:02d}"
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(item.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(item.path)
    deleted = [item.path for item in automatic if item.path not in keep]
    for path in deleted:
        for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            companion.unlink(missing_ok=True)
    return deleted


def _due_mark(register: Path, uuid: str | None, directory: Path | None) -> Path:
    return (directory or backup_dir()) / f"{register.stem}-{identity(uuid) or 'register'}.due"


def postpone(register: Path, uuid: str | None, directory: Path | None = None) -> None:
    """A backup that could not be taken now (closing the app does not wait for a big
    register's): the register's next start takes it, whatever backups that day has."""
    _due_mark(register, uuid, directory).touch()


def is_due(
    register: Path, uuid: str | None, directory: Path | None = None, *, now: datetime | None = None
) -> bool:
    """Whether the register needs a backup at its start: none of its own taken today (UTC), or
    one postponed."""
    if _due_mark(register, uuid, directory).exists():
        return True
    today = (now or datetime.now(UTC)).date()
    own = backups(register, directory, uuid=uuid, legacy=False)
    return not any(b.taken.date() == today for b in own)


def take_due(
    register: Path,
    uuid: str | None,
    reason: str = "daily",
    directory: Path | None = None,
    *,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> Path:
    """The backup the register's start (or its closing) takes, from the file through a
    connection of its own (a worker thread's), then the rotation; a postponed backup is then no
    longer due."""
    made = backup(register, register, reason, directory, progress=progress, stop=stop)
    _due_mark(register, uuid, directory).unlink(missing_ok=True)
    rotate(register, uuid, directory=directory)
    return made


def backup_if_due(source: Register, directory: Path | None = None) -> Path | None:
    """The day's first backup of an open register, when none was taken today (UTC) or one was
    postponed (on the calling thread: the commands and tests; the app uses :func:`take_due` on a
    worker)."""
    assert source.path is not None
    if not is_due(source.path, source.uuid, directory):
        return None
    return take_due(source.path, source.uuid, "daily", directory)


def is_of(backup_path: Path, register: Path) -> bool:
    """Whether ``backup_path`` is a backup of the register at ``register`` (both carry the same
    UUID); also true when there is no register there, or one that cannot say which it is."""
    ours = register_uuid(register) if register.exists() else None
    return ours is None or register_uuid(backup_path) == ours


def restore(
    backup_path: Path,
    register: Path,
    directory: Path | None = None,
    *,
    other_register: bool = False,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> Path | None:
    """Replaces the register (closed) with a checked backup, after backing up the register as
    it is; returns that safety backup (None when there was no register). A backup of another
    register is refused (:class:`OtherRegister`) unless ``other_register``.

    ``stop()`` is heard until the backup's copy is made beside the register: then
    :class:`Stopped` is raised and everything is as it was (the safety backup deleted again).
    ``progress`` is told as :func:`backup` tells it, for the safety backup and the copy."""
    if progress is not None:
        progress(0, 0)
    verify(backup_path, stop=stop)
    if not other_register and not is_of(backup_path, register):
        raise OtherRegister(
            f"{backup_path.name} is not a backup of {register.name}: it is of another register, "
            "or was made by an older version that does not say which. Restoring it would "
            "replace this register's records with that one's"
        )
    safety = None
    if register.exists():
        try:
            safety = backup(
                register, register, "before-restore", directory, progress=progress, stop=stop
            )
        except BackupProblem:
            # A damaged register cannot be backed up through SQLite: keep its bytes as they are.
            safety = _target(register, "before-restore", directory or backup_dir(), None)
            safety = safety.with_name(safety.stem + "-damaged.sqlite")
            shutil.copy2(register, safety)
    descriptor, temporary = tempfile.mkstemp(dir=register.parent, suffix=".part")
    os.close(descriptor)
    try:
        try:
            copy_database(backup_path, Path(temporary), progress=progress, stop=stop)
        except CopyProblem as error:
            raise BackupProblem(f"{backup_path.name} could not be read: {error}") from error
        except Stopped:
            if safety is not None:
                safety.unlink(missing_ok=True)  # nothing of a restore that did not happen
            raise
        for suffix in ("-wal", "-shm"):  # a stale log must not be replayed into the backup
            Path(f"{register}{suffix}").unlink(missing_ok=True)
        if register.exists():  # the register keeps its permissions (mkstemp makes 0600)
            os.chmod(temporary, register.stat().st_mode & 0o777)
        replace_file(Path(temporary), register)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return safety
