"""Commands of the follow-up after signing: dashboard, officers, calendar and spreadsheet."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import click

from kerjasama_desk import clock
from kerjasama_desk.cli.common import (
    LANGUAGE,
    TODAY,
    db_option,
    existing_register,
    opened,
    output_option,
)
from kerjasama_desk.cli.root import main


def _row(row) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "id": row.id,
        "title": row.title_id,
        "partner": row.partner_name,
        "stage": row.stage.value,
        "officer": row.officer_name,
        "since": row.since.isoformat() if row.since else None,
    }


def _commitment_row(row) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "id": row.id,
        "agreement_id": row.agreement_id,
        "title": row.title,
        "agreement": row.agreement_title,
        "partner": row.partner_name,
        "owner_id": row.owner_id,
        "owner": row.owner_name,
        "due_on": row.due_on.isoformat(),
        "status": row.status.value,
    }


@main.command()
@db_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Count from this day instead of today (YYYY-MM-DD).",
)
def dashboard(db: Path | None, as_json: bool, today: datetime | None) -> None:
    """What needs follow-up: dormant agreements, expiries, stages, load per officer."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.followup import dashboard as build

    with opened(existing_register(db), reading=True) as service:
        board = build(service, (today or clock.now()).date())
    data = {
        "today": board.today.isoformat(),
        "dormancy_months": board.settings.dormancy_months,
        "dormant_total": board.dormant_total,
        "dormant": [_row(r) for r in board.dormant],
        "expiring_total": board.expiring_total,
        "expiring": [_row(r) for r in board.expiring],
        "overdue_total": board.overdue_total,
        "overdue": [_commitment_row(r) for r in board.overdue],
        "notice_months": board.settings.notice_months,
        "notice_total": board.notice_total,
        "notice": [_row(r) for r in board.notice],
        "stages": {count.stage.value: count.count for count in board.stages},
        "load": [{"officer": name, "agreements": n} for name, n in board.load],
    }
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(
        f"Dormant (no activity for {board.settings.dormancy_months} months): {board.dormant_total}"
    )
    for row in board.dormant[:10]:
        click.echo(f"  since {row.since}: {row.partner_name} — {row.title_id}")
    click.echo(f"Expiring or expired: {board.expiring_total}")
    for row in board.expiring[:10]:
        click.echo(f"  {row.since}: {row.partner_name} — {row.title_id}")
    click.echo(f"Notice deadlines ahead: {board.notice_total}")
    for row in board.notice[:10]:
        click.echo(f"  notice by {row.since}: {row.partner_name} — {row.title_id}")
    click.echo(f"Overdue commitments: {board.overdue_total}")
    for item in board.overdue[:10]:
        click.echo(
            f"  due {item.due_on}: {item.title} ({item.partner_name}; "
            f"{item.owner_name or 'no owner'})"
        )


@main.command()
@db_option()
@click.option("--json", "as_json", is_flag=True, help="A JSON list of objects with an id.")
def officers(db: Path | None, as_json: bool) -> None:
    """List our officers with their status and the agreements they hold."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.domain.listing import ListQuery

    with opened(existing_register(db), reading=True) as service:
        rows = service.list_officers(ListQuery(sort="name"), limit=10_000)
    data = [
        {
            "id": r.id,
            "name": r.name,
            "nip": r.nip,
            "position": r.position,
            "unit": r.unit,
            "status": r.status.value,
            "agreements": r.agreements,
        }
        for r in rows
    ]
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    for row in data:
        click.echo(f"{row['id']}\t{row['name']}\t{row['status']}\t{row['agreements']}")


@main.command()
@db_option()
@output_option("FILE.ics")
@LANGUAGE
@TODAY
def calendar(db: Path | None, output: Path, language: str, today: datetime | None) -> None:
    """Deadlines as an iCalendar file for Outlook or Thunderbird: expiries, notice deadlines and
    open commitments (joint working group meetings among them), with reminders."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.calendar import export_calendar

    if output.suffix.lower() != ".ics":
        raise click.BadParameter("the file name must end in .ics", param_hint="-o")
    with opened(existing_register(db), reading=True) as service:
        try:
            count = export_calendar(
                service, output, today=(today or clock.now()).date(), language=language
            )
        except OSError as error:
            click.echo(
                f"{output}: cannot write the file ({error.strerror or error}); nothing was written.",
                err=True,
            )
            sys.exit(1)
    click.echo(f"{output}: {count} events")


@main.command()
@db_option()
@output_option("FILE.xlsx (every table) or FILE.csv (one table).")
@click.option(
    "--table",
    type=click.Choice(["agreements", "partners", "commitments", "activities", "officers"]),
    default="agreements",
    show_default=True,
    help="The table of a .csv.",
)
@LANGUAGE
def sheet(db: Path | None, output: Path, table: str, language: str) -> None:
    """The register as a spreadsheet: agreements, partners, commitments, activities and
    officers as sheets of an .xlsx, or one of them as a .csv."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.sheets import SHEET_FORMATS, export_sheet

    if output.suffix.lower() not in SHEET_FORMATS:
        raise click.BadParameter("the file name must end in .xlsx or .csv", param_hint="-o")
    with opened(existing_register(db), reading=True) as service:
        try:
            counts = export_sheet(service, output, language=language, table=table)
        except OSError as error:
            click.echo(
                f"{output}: cannot write the file ({error.strerror or error}); nothing was written.",
                err=True,
            )
            sys.exit(1)
    click.echo(f"{output}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
