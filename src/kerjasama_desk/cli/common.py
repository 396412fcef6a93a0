"""What every command shares: opening the register named by ``--db`` and the common options."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.registers import (
    RegisterLock,
    RegisterOpenError,
    describe_held,
    describe_open_error,
    open_for_reading,
    open_service,
    open_untouched,
    refuse_empty,
    resolve_path,
)

_DB_HELP = "Register file (SQLite). Default: register.sqlite in the user data folder."
F = TypeVar("F", bound=Callable[..., Any])


def db_option(*, required: bool = False) -> Callable[[F], F]:
    """The ``--db`` option every command that works on a register takes."""
    return click.option(
        "--db", type=click.Path(path_type=Path, dir_okay=False), required=required, help=_DB_HELP
    )


# How long a command that writes waits for the app (or another command) to let go of the
# register before it gives up; the environment can change it (scripts, tests).
LOCK_WAIT_ENV = "KERJASAMA_DESK_LOCK_WAIT"
LOCK_WAIT_SECONDS = 10.0


def lock_wait() -> float:
    try:
        return max(0.0, float(os.environ.get(LOCK_WAIT_ENV, LOCK_WAIT_SECONDS)))
    except ValueError:
        return LOCK_WAIT_SECONDS


@contextmanager
def writing_lock(path: Path) -> Iterator[None]:
    """The register's lock for a command that writes (the app takes the same one): waits
    :func:`lock_wait` seconds, then refuses naming the process that holds it (exit 1)."""
    lock = RegisterLock(path, "kerjasama-desk (command line)")
    if path.parent.is_dir() and not lock.acquire(wait=lock_wait()) and lock.held_elsewhere():
        raise click.ClickException(describe_held(lock))
    try:
        yield
    finally:
        lock.release()


@contextmanager
def opened(
    path: Path, *, demo: bool = False, reading: bool = False, untouched: bool = False
) -> Iterator[RegisterService]:
    """The register at ``path``, open for the length of a command and closed whatever happens.
    A command that only ``reading`` also works on a register it cannot write (a register on a
    CD or a locked USB stick), which it then never writes; it reads beside the app. A command
    that writes holds the register's lock (:func:`writing_lock`) from before opening to after
    closing. ``untouched``: read as it is, nothing repaired on opening (an inspection)."""
    with contextlib.ExitStack() as stack:
        if not reading and not untouched:
            stack.enter_context(writing_lock(path))
        try:
            refuse_empty(path)
            if untouched:
                service = open_untouched(path)
            else:
                service = open_for_reading(path) if reading else open_service(path, demo=demo)
        except RegisterOpenError as error:
            raise click.ClickException(describe_open_error(error)) from error
        try:
            yield service
        finally:
            service.close()


LANGUAGE = click.option(
    "--language",
    type=click.Choice(["id", "en"]),
    default="id",
    show_default=True,
    help="The report's language.",
)


TODAY = click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Count from this day instead of today (YYYY-MM-DD).",
)


def output_option(help: str) -> Callable[[F], F]:
    """The ``-o/--output`` file every writing command takes."""
    return click.option(
        "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True, help=help
    )


OUTPUT = output_option("FILE.pdf or FILE.docx.")


def existing_register(db: Path | None) -> Path:
    path = resolve_path(db, demo=False)
    if not path.exists():
        raise click.ClickException(f"{path} does not exist. Give an existing register with --db.")
    return path
