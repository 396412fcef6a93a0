"""The ``kerjasama-desk`` command: opens the app, or works headless (demo data, register info).

Never imports PySide6 itself: the GUI is started through the composition root, ``app.py``.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import click

from kerjasama_desk import __version__
from kerjasama_desk.services.registers import (
    RegisterOpenError,
    describe_open_error,
    open_service,
    resolve_path,
)

_DB_HELP = "Register file (SQLite). Default: register.sqlite in the user data folder."


def _open(path: Path, *, demo: bool = False):  # type: ignore[no-untyped-def]
    try:
        return open_service(path, demo=demo)
    except RegisterOpenError as error:
        raise click.ClickException(describe_open_error(error)) from error


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--lang", type=click.Choice(["id", "en"]), help="UI language (default: last used, "
              "else Indonesian).")
@click.option("--demo", is_flag=True, help="Open the demo register (created on first use).")
@click.version_option(__version__, prog_name="kerjasama-desk")
@click.pass_context
def main(ctx: click.Context, db: Path | None, lang: str | None, demo: bool) -> None:
    """Kerjasama Desk: register, drafting and follow-up of regional foreign cooperation.

    Without a command, opens the app window.
    """
    if ctx.invoked_subcommand is not None:
        return
    app = importlib.import_module("kerjasama_desk.app")
    sys.exit(app.run(db=db, language=lang, demo=demo))


@main.command("seed-demo")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), required=True, help=_DB_HELP)
@click.option("--scale", type=click.IntRange(min=0), default=0, show_default=True,
              help="Also add N synthetic partners (~1.5 N agreements, ~4 N activities).")
def seed_demo(db: Path, scale: int) -> None:
    """Write the demo register (Semarang's partnerships) to DB, headless."""
    from kerjasama_desk.services.demo import seed_scale

    service = _open(db, demo=True)
    try:
        if scale:
            seed_scale(service, scale,
                       progress=lambda step: click.echo(f"adding {step}…", err=True))
        counts = service.counts()
    finally:
        service.register.close()
    click.echo(
        f"{db}: {counts.partners} partners, {counts.agreements} agreements, "
        f"{counts.activities} activities, {counts.officers} officers"
    )


@main.command()
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="One JSON object with a counts mapping.")
def info(db: Path | None, as_json: bool) -> None:
    """Print the register's schema version and the number of each kind of record."""
    path = resolve_path(db, demo=False)
    if not path.exists():
        raise click.ClickException(f"{path} does not exist. Give an existing register with --db.")
    service = _open(path)
    try:
        counts = service.counts()
        version = service.register.schema_version
    finally:
        service.register.close()
    data = {
        "path": str(path),
        "schema_version": version,
        "counts": {
            "partners": counts.partners,
            "contacts": counts.contacts,
            "agreements": counts.agreements,
            "officers": counts.officers,
            "activities": counts.activities,
        },
    }
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(f"Register: {path}")
    click.echo(f"Schema version: {version}")
    for name, value in data["counts"].items():
        click.echo(f"{name.capitalize()}: {value}")
