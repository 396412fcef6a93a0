"""What every command shares: opening the register named by ``--db`` and the common options."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.registers import (
    RegisterOpenError,
    describe_open_error,
    open_for_reading,
    open_service,
    resolve_path,
)

_DB_HELP = "Register file (SQLite). Default: register.sqlite in the user data folder."
F = TypeVar("F", bound=Callable[..., Any])


def db_option(*, required: bool = False) -> Callable[[F], F]:
    """The ``--db`` option every command that works on a register takes."""
    return click.option(
        "--db", type=click.Path(path_type=Path, dir_okay=False), required=required, help=_DB_HELP
    )


@contextmanager
def opened(path: Path, *, demo: bool = False, reading: bool = False) -> Iterator[RegisterService]:
    """The register at ``path``, open for the length of a command and closed whatever happens.
    A command that only ``reading`` also works on a register it cannot write (a register on a
    CD or a locked USB stick), which it then never writes."""
    try:
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
