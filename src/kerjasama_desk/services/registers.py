"""Opening registers for the UI and the CLI: the chosen file, the default one or the demo."""

from __future__ import annotations

from pathlib import Path

from kerjasama_desk import paths
from kerjasama_desk.domain import messages
from kerjasama_desk.domain.progress import Progress, Stop
from kerjasama_desk.services.open_errors import describe_open_error
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.store.database import (
    DAMAGE,
    OpenProblem,
    RegisterOpenError,
    is_damage,
    probe,
)
from kerjasama_desk.store.lock import RegisterLock
from kerjasama_desk.store.migrations import LATEST_VERSION
from kerjasama_desk.store.register import Register

__all__ = [
    "DAMAGE",
    "damaged",
    "is_damage",
    "RegisterLock",
    "RegisterOpenError",
    "describe_held",
    "can_open_read_only",
    "describe_open_error",
    "refuse_empty",
    "open_for_reading",
    "open_untouched",
    "open_service",
    "migrate_file",
    "needs_migration",
    "schema_found",
    "resolve_path",
]


def resolve_path(db: Path | None, *, demo: bool) -> Path:
    if db is not None:
        return db
    return paths.demo_register_path() if demo else paths.default_register_path()


def open_service(
    path: Path,
    *,
    demo: bool = False,
    read_only: bool = False,
    guard: bool = True,
    probed: int | None = None,
) -> RegisterService:
    """Opens the register at ``path``; a demo register is filled with Semarang's story on first
    use. Raises :class:`RegisterOpenError` without touching a file that is not usable. A register
    of an older schema is backed up before its migrations run. ``read_only`` opens it without
    ever writing (see :meth:`Register.open`)."""
    if read_only:
        return RegisterService(Register.open(path, read_only=True))
    # ``probed``: the schema version the caller's probe of the file found just now
    found = probe(path, latest_version=LATEST_VERSION) if probed is None else probed
    if 0 < found < LATEST_VERSION:
        _back_up_before_migration(path, found)
    service = RegisterService(Register.open(path, guard=guard, probed=True))
    if demo:
        from kerjasama_desk.services.demo import seed_story  # the story only for the demo

        seed_story(service)
    return service


def schema_found(path: Path) -> int:
    """The schema version of the register at ``path`` (0: a new or empty file), read without
    writing; raises :class:`RegisterOpenError` for a file that cannot be opened at all."""
    return probe(path, latest_version=LATEST_VERSION)


def needs_migration(version: int) -> bool:
    """Whether a register of schema ``version`` is migrated when it is opened."""
    return 0 < version < LATEST_VERSION


def _back_up_before_migration(
    path: Path, found: int, progress: Progress | None = None, stop: Stop | None = None
) -> None:
    """The backup every migration is preceded by, of a file whose tables match its version."""
    from kerjasama_desk.services.backups import backup  # only when there is something to do
    from kerjasama_desk.store.backup import check_tables  # likewise

    check_tables(path, found)  # before a backup is made of a file no migration can take
    backup(path, path, "before-migration", progress=progress, stop=stop)


def migrate_file(path: Path, progress: Progress | None = None, stop: Stop | None = None) -> None:
    """Brings the register at ``path`` up to the latest schema, for a worker thread while the
    app shows a progress dialog: the backup first (``stop()`` heard while it is made: nothing
    changed), then each migration in its own transaction (no longer stoppable)."""
    found = probe(path, latest_version=LATEST_VERSION)
    if not 0 < found < LATEST_VERSION:
        return
    _back_up_before_migration(path, found, progress, stop)
    if progress is not None:
        progress(0, 0)
    Register.open(path, guard=False).close()


def can_open_read_only(error: RegisterOpenError) -> bool:
    """Whether the register refused for ``error`` can still be shown read-only."""
    return error.problem is OpenProblem.READ_ONLY and error.path.is_file()


def refuse_empty(path: Path) -> None:
    """An existing file of 0 bytes is not made a register by opening it: a command that reads,
    or the app given that file, says so and leaves it as it is. (A path that does not exist yet
    is where a new register starts.)"""
    if path.is_file() and path.stat().st_size == 0:
        raise RegisterOpenError(OpenProblem.EMPTY_FILE, path)


def open_untouched(path: Path) -> RegisterService:
    """The register at ``path`` exactly as it is, for an inspection (``audit verify``): opened
    read-only, so nothing is repaired or sealed on opening; a register of an older schema is
    opened as usual (its migrations run first)."""
    refuse_empty(path)
    try:
        return open_service(path, read_only=True)
    except RegisterOpenError as error:
        if error.problem is not OpenProblem.OLD_VERSION_READ_ONLY:
            raise
    return open_service(path)


def open_for_reading(path: Path) -> RegisterService:
    """The register at ``path`` for a command that only reads: opened for writing as usual, or
    read-only when the file or its folder cannot be written."""
    refuse_empty(path)
    try:
        # Nothing sealed nor repaired (docs/reliability.md): that is for the app and writers.
        return open_service(path, guard=False)
    except RegisterOpenError as error:
        if not can_open_read_only(error):
            raise
    return open_service(path, read_only=True)


def describe_held(lock: RegisterLock, translate: messages.Translate | None = None) -> str:
    """Why a register cannot be written now: another process holds its lock, named."""
    return messages.render(
        "register_held", {"path": str(lock.register), "holder": lock.holder()}, translate=translate
    )


def damaged(path: Path, error: BaseException) -> RegisterOpenError:
    """A register found damaged after it was opened (a page read for a list), as the error
    its opening would have raised: the app then offers its backups."""
    return RegisterOpenError(OpenProblem.CORRUPT, path, detail=str(error)[:200])
