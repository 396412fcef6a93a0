"""Commands that make, describe, back up and restore a register."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from kerjasama_desk.cli.common import db_option, existing_register, opened, writing_lock
from kerjasama_desk.cli.root import main
from kerjasama_desk.domain.messages import sentence
from kerjasama_desk.services.registers import (
    resolve_path,
)


@main.command("init")
@db_option(required=True)
def init_command(db: Path) -> None:
    """Make a new, empty register at DB (for an office whose first records come in a .kdx)."""
    if db.exists():
        raise click.ClickException(
            f"{db} already exists. Give the name of a file that does not exist yet."
        )
    with opened(db) as service:
        version = service.register.schema_version
    click.echo(f"{db}: a new, empty register (schema version {version})")


@main.command("seed-demo")
@db_option(required=True)
@click.option(
    "--scale",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Also add N synthetic partners (~1.5 N agreements, ~4 N activities).",
)
def seed_demo(db: Path, scale: int) -> None:
    """Write the demo register (Semarang's partnerships) to DB, headless."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.demo import seed_scale

    with opened(db, demo=True) as service:
        if scale:
            seed_scale(
                service, scale, progress=lambda step: click.echo(f"adding {step}…", err=True)
            )
        counts = service.counts()
    click.echo(
        f"{db}: {counts.partners} partners, {counts.agreements} agreements, "
        f"{counts.activities} activities, {counts.officers} officers"
    )


@main.command()
@db_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON object with a counts mapping.")
def info(db: Path | None, as_json: bool) -> None:
    """Print the register's schema version and the number of each kind of record."""
    path = existing_register(db)
    with opened(path, reading=True) as service:
        counts = service.counts()
        version = service.register.schema_version
    data = {
        "path": str(path),
        "schema_version": version,
        "counts": asdict(counts),
    }
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(f"Register: {path}")
    click.echo(f"Schema version: {version}")
    for name, value in asdict(counts).items():
        click.echo(f"{name.replace('_', ' ').capitalize()}: {value}")


@main.command()
@db_option()
def backup(db: Path | None) -> None:
    """Back up the register now (checked, into the data folder's backups); prints its path."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.backups import BackupProblem
    from kerjasama_desk.services.backups import backup as make_backup

    path = existing_register(db)
    with opened(path, reading=True) as service:  # a backup only reads: a read-only medium too
        try:
            made = make_backup(service.register, path, "manual")
        except (BackupProblem, OSError) as error:
            raise click.ClickException(str(error)) from error
    click.echo(str(made))


@main.command()
@db_option()
@click.argument("backup_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--other-register",
    is_flag=True,
    help="Restore even a backup of another register (or of an older version that does not "
    "say which register it is of).",
)
def restore(db: Path | None, backup_file: Path, other_register: bool) -> None:
    """Replace the register with BACKUP_FILE, after checking it and backing up the register."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.backups import BackupProblem, OtherRegister
    from kerjasama_desk.services.backups import restore as restore_backup

    path = resolve_path(db, demo=False)
    with writing_lock(path):
        try:
            safety = restore_backup(backup_file, path, other_register=other_register)
        except OtherRegister as error:
            raise click.ClickException(
                f"{sentence(error)} The register was not changed. If that is what you want, "
                "run the command again with --other-register."
            ) from error
        except (BackupProblem, OSError) as error:
            raise click.ClickException(
                f"{sentence(error)} The register was not changed."
            ) from error
    if safety is not None:
        click.echo(f"The register as it was is kept in {safety}")
    click.echo(f"{path}: restored from {backup_file.name}")
