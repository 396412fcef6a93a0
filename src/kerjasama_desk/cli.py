"""The ``kerjasama-desk`` command: opens the app, or works headless (demo data, register info).

Never imports PySide6 itself: the GUI is started through the composition root, ``app.py``.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kerjasama_desk import __version__
from kerjasama_desk.services.registers import (
    RegisterOpenError,
    describe_open_error,
    open_for_reading,
    open_service,
    resolve_path,
)

if TYPE_CHECKING:  # drafting loads YAML and Jinja: only the draft commands import it
    from kerjasama_desk.drafting.answers import Answers
    from kerjasama_desk.drafting.library import Library
    from kerjasama_desk.services.drafts import DraftService

_DB_HELP = "Register file (SQLite). Default: register.sqlite in the user data folder."


def _open(path: Path, *, demo: bool = False, reading: bool = False):  # type: ignore[no-untyped-def]
    """The register at ``path``; a command that only ``reading`` also works on one it cannot
    write (a register on a CD or a locked USB stick), which it then never writes."""
    try:
        return open_for_reading(path) if reading else open_service(path, demo=demo)
    except RegisterOpenError as error:
        raise click.ClickException(describe_open_error(error)) from error


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option(
    "--lang",
    type=click.Choice(["id", "en"]),
    help="UI language (default: last used, else Indonesian).",
)
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
@click.option(
    "--scale",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Also add N synthetic partners (~1.5 N agreements, ~4 N activities).",
)
def seed_demo(db: Path, scale: int) -> None:
    """Write the demo register (Semarang's partnerships) to DB, headless."""
    from kerjasama_desk.services.demo import seed_scale

    service = _open(db, demo=True)
    try:
        if scale:
            seed_scale(
                service, scale, progress=lambda step: click.echo(f"adding {step}…", err=True)
            )
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
    service = _open(path, reading=True)
    try:
        counts = service.counts()
        version = service.register.schema_version
    finally:
        service.register.close()
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
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
def backup(db: Path | None) -> None:
    """Back up the register now (checked, into the data folder's backups); prints its path."""
    from kerjasama_desk.services.backups import BackupProblem
    from kerjasama_desk.services.backups import backup as make_backup

    path = _existing_register(db)
    service = _open(path)
    try:
        made = make_backup(service.register, path, "manual")
    except (BackupProblem, OSError) as error:
        raise click.ClickException(str(error)) from error
    finally:
        service.register.close()
    click.echo(str(made))


@main.command()
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.argument("backup_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
def restore(db: Path | None, backup_file: Path) -> None:
    """Replace the register with BACKUP_FILE, after checking it and backing up the register."""
    from kerjasama_desk.services.backups import BackupProblem
    from kerjasama_desk.services.backups import restore as restore_backup

    path = resolve_path(db, demo=False)
    try:
        safety = restore_backup(backup_file, path)
    except (BackupProblem, OSError) as error:
        raise click.ClickException(f"{error} The register was not changed.") from error
    if safety is not None:
        click.echo(f"The register as it was is kept in {safety}")
    click.echo(f"{path}: restored from {backup_file.name}")


@main.command("export")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The .kdx file to write.",
)
@click.option(
    "--agreement",
    "agreement_ids",
    type=int,
    multiple=True,
    help="Only this agreement (repeatable), with what it refers to.",
)
def export_command(db: Path | None, output: Path, agreement_ids: tuple[int, ...]) -> None:
    """Write the register (or chosen agreements) to one portable file (.kdx)."""
    from kerjasama_desk.domain.errors import AttachmentProblem, RecordNotFound
    from kerjasama_desk.services.exchange import export_register

    service = _open(_existing_register(db), reading=True)
    try:
        counts = export_register(service, output, list(agreement_ids) or None)
    except RecordNotFound as error:
        raise click.ClickException(f"There is no agreement {error.args[0]}.") from error
    except AttachmentProblem as error:
        raise click.ClickException(f"{error} Nothing was written.") from error
    except OSError as error:
        raise click.ClickException(f"Cannot write {output}: {error.strerror or error}") from error
    finally:
        service.register.close()
    click.echo(f"{output}: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))


@main.command("import")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.argument("kdx_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--yes", is_flag=True, help="Import without asking after the preview.")
def import_command(db: Path | None, kdx_file: Path, yes: bool) -> None:
    """Merge a .kdx into the register by UUID: checked first, then all or nothing."""
    from kerjasama_desk.services.exchange import ExchangeProblem, merge, read

    service = _open(_existing_register(db))
    try:
        try:
            body = read(kdx_file)
            preview = merge(service, body, dry_run=True)
        except ExchangeProblem as error:
            raise click.ClickException(f"{error}. The register was not changed.") from error
        for kind in preview.added:
            click.echo(
                f"{kind}: {preview.added[kind]} new, {preview.updated[kind]} updated, "
                f"{preview.unchanged[kind]} unchanged"
            )
        if not preview.changes:
            click.echo("Nothing to import: the register already holds all of it.")
            return
        if not yes and not click.confirm("Import these changes?", default=False):
            click.echo("Not imported.")
            return
        try:
            merge(service, body)
        except ExchangeProblem as error:
            raise click.ClickException(f"{error}. The register was not changed.") from error
        except OSError as error:
            raise click.ClickException(
                f"An attached file cannot be stored: "
                f"{error.strerror or error}. The register was not "
                "changed."
            ) from error
        click.echo("Imported.")
    finally:
        service.register.close()


@main.command("attach")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--agreement", "agreement_id", type=int, required=True, help="The agreement's id.")
@click.option("--description", default="", help='What the file is (e.g. "signed original").')
@click.argument(
    "files", type=click.Path(path_type=Path, dir_okay=False, exists=True), nargs=-1, required=True
)
def attach(db: Path | None, agreement_id: int, description: str, files: tuple[Path, ...]) -> None:
    """Keep files with an agreement (copied into the data folder under their SHA-256)."""
    from kerjasama_desk.domain.errors import AttachmentProblem, RecordNotFound
    from kerjasama_desk.services.attachments import Attachments

    service = _open(_existing_register(db))
    try:
        attachments = Attachments(service)
        for path in files:
            try:
                kept = attachments.attach(agreement_id, path, description)
            except RecordNotFound as error:
                raise click.ClickException(f"There is no agreement {agreement_id}.") from error
            except AttachmentProblem as error:
                raise click.ClickException(str(error)) from error
            click.echo(f"{kept.id}\t{kept.sha256}\t{kept.size}\t{kept.name}")
    finally:
        service.register.close()


@main.command("attachments")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--agreement", "agreement_id", type=int, required=True, help="The agreement's id.")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of objects with an id.")
def attachments_command(db: Path | None, agreement_id: int, as_json: bool) -> None:
    """List the files kept with an agreement, with their SHA-256."""
    from kerjasama_desk.domain.errors import RecordNotFound
    from kerjasama_desk.services.attachments import Attachments

    service = _open(_existing_register(db), reading=True)
    try:
        service.agreement(agreement_id)
        found = Attachments(service).of(agreement_id)
    except RecordNotFound as error:
        raise click.ClickException(f"There is no agreement {agreement_id}.") from error
    finally:
        service.register.close()
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "id": a.id,
                        "name": a.name,
                        "size": a.size,
                        "sha256": a.sha256,
                        "description": a.description,
                        "added": a.created_at,
                    }
                    for a in found
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for a in found:
        click.echo(f"{a.id}\t{a.sha256}\t{a.size}\t{a.name}\t{a.description}")


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
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Count from this day instead of today (YYYY-MM-DD).",
)
def dashboard(db: Path | None, as_json: bool, today: datetime | None) -> None:
    """What needs follow-up: dormant agreements, expiries, stages, load per officer."""
    from kerjasama_desk.services.followup import dashboard as build

    service = _open(_existing_register(db), reading=True)
    try:
        board = build(service, (today or datetime.now()).date())
    finally:
        service.register.close()
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
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="A JSON list of objects with an id.")
def officers(db: Path | None, as_json: bool) -> None:
    """List our officers with their status and the agreements they hold."""
    from kerjasama_desk.domain.listing import ListQuery

    service = _open(_existing_register(db), reading=True)
    try:
        rows = service.list_officers(ListQuery(sort="name"), limit=10_000)
    finally:
        service.register.close()
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


# Reports ----------------------------------------------------------------------------------------


@main.group()
def report() -> None:
    """Reports as PDF or DOCX: handover dossiers and the annual implementation report."""


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


def _write_report(build, output: Path, db: Path | None) -> None:  # type: ignore[no-untyped-def]
    from kerjasama_desk.domain.errors import RecordNotFound
    from kerjasama_desk.services.reports import REPORT_FORMATS, write_report

    if output.suffix.lower() not in REPORT_FORMATS:
        raise click.BadParameter("the file name must end in .pdf or .docx", param_hint="-o")
    service = _open(_existing_register(db), reading=True)
    try:
        made = build(service)
    except RecordNotFound as error:
        raise click.ClickException(f"Not in the register: {error}") from error
    finally:
        service.register.close()
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
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--officer", "officer_id", type=int, help="The officer's id (see `officers`).")
@click.option("--agreement", "agreement_id", type=int, help="One agreement's id instead.")
@_OUTPUT
@_LANGUAGE
@_TODAY
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
    from kerjasama_desk.services.reports import agreement_dossier, handover_dossier

    if (officer_id is None) == (agreement_id is None):
        raise click.UsageError("Give either --officer or --agreement.")
    day = (today or datetime.now()).date()
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
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--year", type=click.IntRange(1945, 2200), required=True, help="The year reported.")
@_OUTPUT
@_LANGUAGE
@_TODAY
def report_annual(
    db: Path | None, year: int, output: Path, language: str, today: datetime | None
) -> None:
    """The annual cooperation implementation report: per agreement its stage, activities per
    field, results, obstacles and follow-up plan."""
    from kerjasama_desk.services.reports import annual_report

    day = (today or datetime.now()).date()
    _write_report(
        lambda service: annual_report(service, year, language=language, today=day), output, db
    )


@main.command()
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="FILE.ics",
)
@_LANGUAGE
@_TODAY
def calendar(db: Path | None, output: Path, language: str, today: datetime | None) -> None:
    """Deadlines as an iCalendar file for Outlook or Thunderbird: expiries, notice deadlines and
    open commitments (joint working group meetings among them), with reminders."""
    from kerjasama_desk.services.calendar import export_calendar

    if output.suffix.lower() != ".ics":
        raise click.BadParameter("the file name must end in .ics", param_hint="-o")
    service = _open(_existing_register(db), reading=True)
    try:
        count = export_calendar(
            service, output, today=(today or datetime.now()).date(), language=language
        )
    except OSError as error:
        click.echo(
            f"{output}: cannot write the file ({error.strerror or error}); nothing was written.",
            err=True,
        )
        sys.exit(1)
    finally:
        service.register.close()
    click.echo(f"{output}: {count} events")


@main.command()
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="FILE.xlsx (every table) or FILE.csv (one table).",
)
@click.option(
    "--table",
    type=click.Choice(["agreements", "partners", "commitments", "activities", "officers"]),
    default="agreements",
    show_default=True,
    help="The table of a .csv.",
)
@_LANGUAGE
def sheet(db: Path | None, output: Path, table: str, language: str) -> None:
    """The register as a spreadsheet: agreements, partners, commitments, activities and
    officers as sheets of an .xlsx, or one of them as a .csv."""
    from kerjasama_desk.services.sheets import SHEET_FORMATS, export_sheet

    if output.suffix.lower() not in SHEET_FORMATS:
        raise click.BadParameter("the file name must end in .xlsx or .csv", param_hint="-o")
    service = _open(_existing_register(db), reading=True)
    try:
        counts = export_sheet(service, output, language=language, table=table)
    except OSError as error:
        click.echo(
            f"{output}: cannot write the file ({error.strerror or error}); nothing was written.",
            err=True,
        )
        sys.exit(1)
    finally:
        service.register.close()
    click.echo(f"{output}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))


# Audit trail ------------------------------------------------------------------------------------


@main.group()
def audit() -> None:
    """The audit trail: every change, who and when, before and after, hash-chained."""


@audit.command("verify")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
def audit_verify(db: Path | None) -> None:
    """Check the chain: exit 0 when intact, 1 naming the first entry that breaks it."""
    from kerjasama_desk.services.audit import verify

    service = _open(_existing_register(db), reading=True)
    try:
        verdict = verify(service)
    finally:
        service.register.close()
    if verdict.intact:
        click.echo(f"intact: {verdict.entries} entries; last hash {verdict.head}")
        return
    why = {
        "changed": "its content no longer matches its hash (the entry was edited)",
        "missing before": "the entry before it is missing (an entry was deleted)",
        "unsealed": "it was never sealed, yet entries after it were (it was tampered with)",
    }
    click.echo(
        f"broken at entry {verdict.broken_id}: {why[verdict.problem]}. "
        f"{verdict.entries} entries read.",
        err=True,
    )
    sys.exit(1)


@audit.command("log")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--agreement", "agreement_id", type=int, help="An agreement's id.")
@click.option("--partner", "partner_id", type=int, help="A partner's id.")
@click.option("--officer", "officer_id", type=int, help="An officer's id.")
@click.option("--json", "as_json", is_flag=True, help="A JSON list, the newest change first.")
def audit_log(
    db: Path | None,
    agreement_id: int | None,
    partner_id: int | None,
    officer_id: int | None,
    as_json: bool,
) -> None:
    """The changes under one record: who, when, and each value before → after."""
    from kerjasama_desk.services.audit import changes, history

    given = [
        (scope, value)
        for scope, value in (
            ("agreements", agreement_id),
            ("partners", partner_id),
            ("officers", officer_id),
        )
        if value is not None
    ]
    if len(given) != 1:
        raise click.UsageError("Give one of --agreement, --partner or --officer.")
    service = _open(_existing_register(db), reading=True)
    try:
        entries = history(service, *given[0])
    finally:
        service.register.close()
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "id": e.id,
                        "at": e.at,
                        "who": e.who,
                        "table": e.table,
                        "record": e.record_id,
                        "action": e.action,
                        "changes": [
                            {"column": c.column, "before": c.before, "after": c.after}
                            for c in changes(e)
                        ],
                    }
                    for e in entries
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for entry in entries:
        click.echo(
            f"{entry.at}  {entry.who or '?'}  {entry.action} {entry.table} {entry.record_id}"
        )
        for change in changes(entry):
            click.echo(f"    {change.column}: {change.before or '—'} → {change.after or '—'}")


# Drafting ---------------------------------------------------------------------------------------


@main.group()
def draft() -> None:
    """Agreement drafts: templates, checks and rendering, headless."""


def _library() -> Library:
    from kerjasama_desk.drafting import library
    from kerjasama_desk.paths import templates_dir

    loaded = library.load(templates_dir())
    for problem in loaded.problems:
        click.echo(f"template problem: {problem}", err=True)
    return loaded


def _answers_and_template(path: Path):  # type: ignore[no-untyped-def]
    """The answers in ``path`` and their template; a problem ends the command with exit 2."""
    from kerjasama_desk.drafting.answers import AnswersProblems, read_answers

    templates = _library().templates
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        click.echo(f"{path}: cannot read the file ({error})", err=True)
        sys.exit(2)
    except json.JSONDecodeError as error:
        click.echo(f"{path}:{error.lineno}: not valid JSON ({error.msg})", err=True)
        sys.exit(2)
    try:
        answers = read_answers(data, templates)
    except AnswersProblems as problems:
        for problem in problems.problems:
            click.echo(f"{path}: {problem}", err=True)
        sys.exit(2)
    return answers, templates[answers.template_id]


@draft.command("templates")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of objects with an id.")
def draft_templates(as_json: bool) -> None:
    """List the drafting templates (a broken template file is reported on stderr)."""
    templates = _library().templates
    rows = [
        {
            "id": t.id,
            "version": t.version,
            "kind": t.kind,
            "name_id": t.name["id"],
            "name_en": t.name["en"],
        }
        for t in templates.values()
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for row in rows:
        click.echo(f"{row['id']} (v{row['version']}, {row['kind']}): {row['name_en']}")


@draft.command("check")
@click.argument("answers_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
def draft_check(answers_file: Path) -> None:
    """Print the drafting checks' findings for ANSWERS_FILE; exit 1 if any is an error."""
    from kerjasama_desk.drafting import assemble, checks

    answers, template = _answers_and_template(answers_file)
    findings = checks.run(template, answers, assemble.assemble(template, answers))
    for finding in findings:
        where = f" [{finding.question}]" if finding.question else ""
        click.echo(f"{finding.severity}{where}: {finding.message()}")
    if not findings:
        click.echo("No findings.")
    sys.exit(1 if checks.has_errors(findings) else 0)


F = TypeVar("F", bound=Callable[..., Any])


def _export_options(function: F) -> F:
    """The options every command that writes a document takes."""
    function = click.option(
        "--final", is_flag=True, help="No KONSEP / DRAFT watermark (the text to be signed)."
    )(function)
    function = click.option(
        "--paper",
        type=click.Choice(["a4", "f4", "letter"]),
        default="a4",
        show_default=True,
        help="F4 is 215 × 330 mm.",
    )(function)
    function = click.option(
        "--layout",
        type=click.Choice(["parallel", "sequential"]),
        default="parallel",
        show_default=True,
        help="Languages side by side, or one after another.",
    )(function)
    return click.option(
        "-o",
        "--output",
        type=click.Path(path_type=Path, dir_okay=False),
        required=True,
        help="The file to write: .pdf, .docx or .html.",
    )(function)


def _write(document, output: Path, options) -> None:  # type: ignore[no-untyped-def]
    """Writes the document; a problem ends the command with a message and exit 1, leaving no
    file behind."""
    from kerjasama_desk.services.exports import export_document

    try:
        missing = export_document(document, output, options)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"Cannot write {output}: {error.strerror or error}") from error
    if missing:
        click.echo(
            f"warning: no bundled font has these characters, so the PDF leaves them out: "
            f"{' '.join(missing)}",
            err=True,
        )


@draft.command("render")
@click.argument("answers_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@_export_options
def draft_render(answers_file: Path, output: Path, layout: str, paper: str, final: bool) -> None:
    """Assemble ANSWERS_FILE with its template and write the document (PDF, DOCX or HTML)."""
    from kerjasama_desk.drafting import assemble
    from kerjasama_desk.services.exports import PdfOptions

    answers, template = _answers_and_template(answers_file)
    document = assemble.assemble(template, answers)
    _write(
        document,
        output,
        PdfOptions(
            layout=layout, paper=paper, final=final, title=template.name["id"], subject=template.id
        ),
    )
    click.echo(
        f"{output}: {template.id} v{template.version}, "
        f"{len(document.version('id').articles)} articles, "
        f"{len(document.gaps)} unanswered"
    )


def _existing_register(db: Path | None) -> Path:
    path = resolve_path(db, demo=False)
    if not path.exists():
        raise click.ClickException(f"{path} does not exist. Give an existing register with --db.")
    return path


@draft.command("list")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="A JSON list of objects with an id.")
def draft_list(db: Path | None, as_json: bool) -> None:
    """List the drafts saved in the register, the most recently saved first."""
    from kerjasama_desk.services.drafts import DraftService

    service = _open(_existing_register(db), reading=True)
    try:
        rows = DraftService(service.register).rows()
    finally:
        service.register.close()
    data = [
        {
            "id": r.id,
            "title": r.title,
            "template": r.template_id,
            "partner": r.partner_name,
            "agreement": r.agreement_title,
            "version": r.version,
            "updated": r.updated_at,
        }
        for r in rows
    ]
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    for row in data:
        click.echo(
            f"{row['id']}\t{row['template']} v{row['version']}\t{row['partner']}\t"
            f"{row['title']}\t{row['updated']}"
        )


@contextmanager
def _drafts(db: Path | None) -> Iterator[DraftService]:
    """The drafts of the register at ``db``, open for the length of a command."""
    from kerjasama_desk.services.drafts import DraftService, templates_on_demand

    service = _open(_existing_register(db), reading=True)
    try:
        yield DraftService(service.register, templates_on_demand())
    finally:
        service.register.close()


def _answers_of(drafts: DraftService, draft_id: int) -> Answers:
    from kerjasama_desk.domain.errors import RecordNotFound
    from kerjasama_desk.drafting.answers import AnswersProblems

    try:
        drafts.draft(draft_id)
        return drafts.answers(draft_id)
    except RecordNotFound:
        raise click.ClickException(f"There is no draft {draft_id} in the register.") from None
    except AnswersProblems as problems:
        for problem in problems.problems:
            click.echo(f"draft {draft_id}: {problem}", err=True)
        sys.exit(2)


@draft.command("answers")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--draft", "draft_id", type=int, required=True, help="The draft's id.")
def draft_answers(db: Path | None, draft_id: int) -> None:
    """Print a draft's latest answers as an answers file (JSON)."""
    with _drafts(db) as drafts:
        answers = _answers_of(drafts, draft_id)
    click.echo(json.dumps(answers.to_json(), ensure_ascii=False, indent=2))


@draft.command("export")
@click.option("--db", type=click.Path(path_type=Path, dir_okay=False), help=_DB_HELP)
@click.option("--draft", "draft_id", type=int, required=True, help="The draft's id.")
@_export_options
def draft_export(
    db: Path | None, draft_id: int, output: Path, layout: str, paper: str, final: bool
) -> None:
    """Write a draft's latest version (PDF, DOCX or HTML)."""
    from kerjasama_desk.formatting import format_timestamp
    from kerjasama_desk.services.exports import PdfOptions

    with _drafts(db) as drafts:
        _answers_of(drafts, draft_id)  # a draft that is missing or unreadable says so
        assembled, info = drafts.for_export(draft_id)
    _write(
        assembled.document,
        output,
        PdfOptions(
            layout=layout,
            paper=paper,
            final=final,
            version=info.version,
            saved_at=format_timestamp(info.saved_at, "id"),
            title=info.title,
            author=info.author,
            subject=assembled.template.name["en"],
        ),
    )
    click.echo(
        f"{output}: draft {draft_id} version {info.version}, {len(assembled.findings)} findings"
    )
