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
    """Check the chain: exit 0 when intact, 1 naming the first entry that breaks it."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.audit import verify

    with opened(existing_register(db), reading=True) as service:
        verdict = verify(service)
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
