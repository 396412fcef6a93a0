"""The audit trail commands: verify the chain, read one record's history."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kerjasama_desk.cli.common import db_option, existing_register, opened
from kerjasama_desk.cli.root import main


@main.group()
def audit() -> None:
    """The audit trail: every change, who and when, before and after, hash-chained."""


@audit.command("verify")
@db_option()
def audit_verify(db: Path | None) -> None:
    """Check the trail: exit 0 when the chain is intact, every entry was made by Kerjasama Desk
    and the audit triggers are those the app made; 1 naming each problem."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.audit import verify

    with opened(existing_register(db), untouched=True) as service:
        verdict = verify(service)
    if verdict.clean:
        click.echo(f"intact: {verdict.entries} entries; last hash {verdict.head}")
        return
    why = {
        "changed": "its content no longer matches its hash (the entry was edited)",
        "missing before": "the entry before it is missing (an entry was deleted)",
        "unsealed": "it was never sealed, yet entries after it were (it was tampered with)",
    }
    if verdict.broken_id is not None:
        click.echo(f"broken at entry {verdict.broken_id}: {why[verdict.problem]}.", err=True)
    elif verdict.unsealed:
        click.echo(
            f"{_entries(verdict.unsealed)} written by another program, not by Kerjasama "
            f"Desk, and not sealed ({_ids(verdict.unsealed)}): the register was changed outside "
            "the app.",
            err=True,
        )
    if verdict.outside:
        click.echo(
            f"{_entries(verdict.outside)} recorded as made outside Kerjasama Desk "
            f"({_ids(verdict.outside)}; see audit log).",
            err=True,
        )
    for name, problem in verdict.triggers:
        click.echo(
            f"audit trigger {name} is {problem}: changes to its table are not logged as the "
            "app logs them. Opening the register in Kerjasama Desk puts it back.",
            err=True,
        )
    click.echo(f"{verdict.entries} entries read; last hash {verdict.head}.", err=True)
    sys.exit(1)


def _entries(ids: tuple[int, ...]) -> str:
    """ "1 entry was" / "3 entries were"."""
    return "1 entry was" if len(ids) == 1 else f"{len(ids)} entries were"


def _ids(ids: tuple[int, ...]) -> str:
    shown = ("entry " if len(ids) == 1 else "entries ") + ", ".join(str(i) for i in ids[:10])
    return shown + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")


@audit.command("log")
@db_option()
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
    # this command's own: every command starts by importing the whole CLI
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
    with opened(existing_register(db), reading=True) as service:
        entries = history(service, *given[0])
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
