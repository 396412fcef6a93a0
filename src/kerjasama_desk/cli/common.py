"""What every command shares: opening the register named by ``--db`` and the common options."""

from __future__ import annotations

from pathlib import Path

import click

from kerjasama_desk.services.registers import (
    RegisterOpenError,
    describe_open_error,
    open_for_reading,
    open_service,
    resolve_path,
)

_DB_HELP = "Register file (SQLite). Default: register.sqlite in the user data folder."


def _open(path: Path, *, demo: bool = False, reading: bool = False):  # type: ignore[no-untyped-def]
    """The register at ``path``; a command that only ``reading`` also works on one it cannot
    write (a register on a CD or a locked USB stick), which it then never writes."""
    try:
        return open_for_reading(path) if reading else open_service(path, demo=demo)
    except RegisterOpenError as error:
        raise click.ClickException(describe_open_error(error)) from error


_LANGUAGE = click.option(
    "--language",
    type=click.Choice(["id", "en"]),
    default="id",
    show_default=True,
    help="The report's language.",
)


_TODAY = click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Count from this day instead of today (YYYY-MM-DD).",
)


_OUTPUT = click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="FILE.pdf or FILE.docx.",
)


def _existing_register(db: Path | None) -> Path:
    path = resolve_path(db, demo=False)
    if not path.exists():
        raise click.ClickException(f"{path} does not exist. Give an existing register with --db.")
    return path
