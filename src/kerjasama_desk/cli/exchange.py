"""Commands that carry records between registers (.kdx) and keep files with agreements."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kerjasama_desk.cli.common import (
    db_option,
    existing_register,
    opened,
    output_option,
)
from kerjasama_desk.cli.root import main
from kerjasama_desk.domain.messages import sentence
from kerjasama_desk.formatting import one_line
from kerjasama_desk.services.registers import resolve_path


@main.command("export")
@db_option()
@output_option("The .kdx file to write.")
@click.option(
    "--agreement",
    "agreement_ids",
    type=int,
    multiple=True,
    help="Only this agreement (repeatable), with what it refers to.",
)
def export_command(db: Path | None, output: Path, agreement_ids: tuple[int, ...]) -> None:
    """Write the register (or chosen agreements) to one portable file (.kdx)."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.domain.errors import AttachmentProblem, RecordNotFound
    from kerjasama_desk.services.exchange import ExchangeProblem, export_register

    with opened(existing_register(db), reading=True) as service:
        try:
            counts = export_register(service, output, list(agreement_ids) or None)
        except RecordNotFound as error:
            raise click.ClickException(f"There is no agreement {error.args[0]}.") from error
        except AttachmentProblem as error:
            raise click.ClickException(f"{error} Nothing was written.") from error
        except ExchangeProblem as error:
            raise click.ClickException(sentence(error)) from error
        except OSError as error:
            raise click.ClickException(
                f"Cannot write {output}: {error.strerror or error}"
            ) from error
    click.echo(f"{output}: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))


@main.command("import")
@db_option()
@click.argument("kdx_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--yes", is_flag=True, help="Import without asking after the preview.")
@click.option(
    "--prefer",
    type=click.Choice(["ours", "theirs"]),
    default=None,
    help="For records changed both here and in the other register since the last exchange: "
    "keep ours, or take theirs. Without it such conflicts are listed and nothing is imported.",
)
@click.option(
    "--link-same-partners",
    is_flag=True,
    help="Partners of the file named like ours (same name and country) under another record "
    "are the same partners: link them, with what both registers recorded under them (agreements "
    "of the same kind and title, their commitments, activities, files and trips, officers of the "
    "same name and NIP). Without it they are listed and nothing is imported.",
)
def import_command(
    db: Path | None, kdx_file: Path, yes: bool, prefer: str | None, link_same_partners: bool
) -> None:
    """Merge a .kdx into the register by UUID: checked first, then all or nothing. A register
    that does not exist yet is made."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.exchange import ExchangeProblem, SamePartners, merge, read

    path = resolve_path(db, demo=False)
    try:
        body = read(kdx_file)
    except ExchangeProblem as error:
        raise click.ClickException(f"{sentence(error)} The register was not changed.") from error
    with opened(path) as service:
        try:
            preview = merge(
                service, body, dry_run=True, prefer=prefer, link_partners=link_same_partners
            )
        except SamePartners as error:
            for same in error.plan.same_partners:
                click.echo(
                    f"same partner?  {one_line(same.name)} ({same.country}) is recorded here "
                    f"(partner {same.our_id}) and in the file under another record",
                    err=True,
                )
            raise click.ClickException(
                "The file records partners this register already holds under other records. "
                "If they are the same partners, run the command again with "
                "--link-same-partners. The register was not changed."
            ) from error
        except ExchangeProblem as error:
            raise click.ClickException(
                f"{sentence(error)} The register was not changed."
            ) from error
        for kind in preview.added:
            if preview.added[kind] or preview.updated[kind] or preview.unchanged[kind]:
                click.echo(
                    f"{kind}: {preview.added[kind]} new, {preview.updated[kind]} updated, "
                    f"{preview.unchanged[kind]} unchanged"
                )
        for same in preview.linked:
            click.echo(f"linked: {one_line(same.name)} ({same.country}) is the same partner")
        for conflict in preview.conflicts:
            side = preview.settled.get((conflict.kind, conflict.key), "?")
            click.echo(
                f"conflict: {conflict.kind} {one_line(conflict.label)} "
                f"({', '.join(conflict.fields)}; here {conflict.ours_changed or '?'}, "
                f"there {conflict.theirs_changed or '?'}) -> {side}",
                err=not preview.settled,
            )
        if preview.unsettled:
            raise click.ClickException(
                f"{len(preview.unsettled)} records were changed both here and in the other "
                "register since the last exchange (listed above). Run the command again with "
                "--prefer ours (keep this register's) or --prefer theirs (take the file's). "
                "The register was not changed."
            )
        if not preview.changes:
            click.echo("Nothing to import: the register already holds all of it.")
            return
        if not yes and not click.confirm("Import these changes?", default=False):
            click.echo("Not imported.")
            return
        try:
            merge(service, body, prefer=prefer, link_partners=link_same_partners)
        except ExchangeProblem as error:
            raise click.ClickException(
                f"{sentence(error)} The register was not changed."
            ) from error
        except OSError as error:
            raise click.ClickException(
                f"An attached file cannot be stored: "
                f"{error.strerror or error}. The register was not "
                "changed."
            ) from error
        click.echo("Imported.")


@main.command("attach")
@db_option()
@click.option("--agreement", "agreement_id", type=int, required=True, help="The agreement's id.")
@click.option("--description", default="", help='What the file is (e.g. "signed original").')
@click.argument(
    "files", type=click.Path(path_type=Path, dir_okay=False, exists=True), nargs=-1, required=True
)
def attach(db: Path | None, agreement_id: int, description: str, files: tuple[Path, ...]) -> None:
    """Keep files with an agreement (copied into the data folder under their SHA-256)."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.domain.errors import AttachmentProblem, RecordNotFound
    from kerjasama_desk.services.attachments import Attachments

    with opened(existing_register(db)) as service:
        attachments = Attachments(service)
        for path in files:
            try:
                kept = attachments.attach(agreement_id, path, description)
            except RecordNotFound as error:
                raise click.ClickException(f"There is no agreement {agreement_id}.") from error
            except AttachmentProblem as error:
                raise click.ClickException(str(error)) from error
            click.echo(f"{kept.id}\t{kept.sha256}\t{kept.size}\t{one_line(kept.name)}")


@main.command("attachments")
@db_option()
@click.option("--agreement", "agreement_id", type=int, required=True, help="The agreement's id.")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of objects with an id.")
def attachments_command(db: Path | None, agreement_id: int, as_json: bool) -> None:
    """List the files kept with an agreement, with their SHA-256."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.domain.errors import RecordNotFound
    from kerjasama_desk.services.attachments import Attachments

    with opened(existing_register(db), reading=True) as service:
        try:
            service.agreement(agreement_id)
            found = Attachments(service).of(agreement_id)
        except RecordNotFound as error:
            raise click.ClickException(f"There is no agreement {agreement_id}.") from error
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
        # one line per file, whatever a name or a description holds
        click.echo(f"{a.id}\t{a.sha256}\t{a.size}\t{one_line(a.name)}\t{one_line(a.description)}")
