"""The report commands: handover dossier and annual implementation report."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from kerjasama_desk import clock
from kerjasama_desk.cli.common import LANGUAGE, OUTPUT, TODAY, db_option, existing_register, opened
from kerjasama_desk.cli.root import main


@main.group()
def report() -> None:
    """Reports as PDF or DOCX: handover dossiers and the annual implementation report."""


def _write_report(build, output: Path, db: Path | None) -> None:  # type: ignore[no-untyped-def]
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.domain.errors import RecordNotFound
    from kerjasama_desk.services.reports import REPORT_FORMATS, write_report

    if output.suffix.lower() not in REPORT_FORMATS:
        raise click.BadParameter("the file name must end in .pdf or .docx", param_hint="-o")
    with opened(existing_register(db), reading=True) as service:
        try:
            made = build(service)
        except RecordNotFound as error:
            raise click.ClickException(f"Not in the register: {error}") from error
    try:
        write_report(made, output)
    except OSError as error:
        click.echo(
            f"{output}: cannot write the file ({error.strerror or error}); nothing was written.",
            err=True,
        )
        sys.exit(1)
    click.echo(f"{output}: {made.title}")


@report.command("handover")
@db_option()
@click.option("--officer", "officer_id", type=int, help="The officer's id (see `officers`).")
@click.option("--agreement", "agreement_id", type=int, help="One agreement's id instead.")
@OUTPUT
@LANGUAGE
@TODAY
def report_handover(
    db: Path | None,
    officer_id: int | None,
    agreement_id: int | None,
    output: Path,
    language: str,
    today: datetime | None,
) -> None:
    """The handover dossier of an officer (or of one agreement): why and how each partner was
    chosen, timeline, documents and numbers, contacts, open commitments, risks, next steps."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.reports import agreement_dossier, handover_dossier

    if (officer_id is None) == (agreement_id is None):
        raise click.UsageError("Give either --officer or --agreement.")
    day = (today or clock.now()).date()
    if officer_id is not None:
        _write_report(
            lambda service: handover_dossier(service, officer_id, language=language, today=day),
            output,
            db,
        )
    else:
        _write_report(
            lambda service: agreement_dossier(
                service, int(agreement_id or 0), language=language, today=day
            ),
            output,
            db,
        )


@report.command("annual")
@db_option()
@click.option("--year", type=click.IntRange(1945, 2200), required=True, help="The year reported.")
@OUTPUT
@LANGUAGE
@TODAY
def report_annual(
    db: Path | None, year: int, output: Path, language: str, today: datetime | None
) -> None:
    """The annual cooperation implementation report: per agreement its stage, activities per
    field, results, obstacles and follow-up plan."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.annual_report import annual_report

    day = (today or clock.now()).date()
    _write_report(
        lambda service: annual_report(service, year, language=language, today=day), output, db
    )
