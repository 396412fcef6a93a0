"""The drafting commands: templates, checks, rendering answers files, and the drafts kept in a
register."""

from __future__ import annotations

import json
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kerjasama_desk.cli.common import db_option, existing_register, opened, output_option
from kerjasama_desk.cli.root import main

if TYPE_CHECKING:  # drafting loads YAML and Jinja: only the draft commands import it
    from kerjasama_desk.drafting.answers import Answers
    from kerjasama_desk.drafting.checks import Finding
    from kerjasama_desk.drafting.library import Library
    from kerjasama_desk.services.drafts import DraftService


@main.group()
def draft() -> None:
    """Agreement drafts: templates, checks and rendering, headless."""


def _library() -> Library:
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.drafting import library
    from kerjasama_desk.paths import templates_dir

    loaded = library.load(templates_dir())
    for problem in loaded.problems:
        click.echo(f"template problem: {problem}", err=True)
    return loaded


def _answers_and_template(path: Path):  # type: ignore[no-untyped-def]
    """The answers in ``path`` and their template; a problem ends the command with exit 2."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.drafting.answers import MAX_ANSWERS_BYTES, AnswersProblems, read_answers

    templates = _library().templates
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):  # a pipe or a device would be waited on forever
            click.echo(f"{path}: not a regular file; give an answers file (.json)", err=True)
            sys.exit(2)
        if found.st_size > MAX_ANSWERS_BYTES:
            click.echo(
                f"{path}: {found.st_size / 1024 / 1024:.1f} MB; an answers file is at most "
                f"{MAX_ANSWERS_BYTES // 1024 // 1024} MB",
                err=True,
            )
            sys.exit(2)
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        click.echo(f"{path}: cannot read the file ({error})", err=True)
        sys.exit(2)
    except json.JSONDecodeError as error:
        click.echo(f"{path}:{error.lineno}: not valid JSON ({error.msg})", err=True)
        sys.exit(2)
    except RecursionError:
        click.echo(f"{path}: lists or objects nested too deeply to be answers", err=True)
        sys.exit(2)
    except ValueError:  # a number of more than 4300 digits
        click.echo(f"{path}: holds a number too long to be an answer", err=True)
        sys.exit(2)
    try:
        answers = read_answers(data, templates, strict=True)  # a file given to a command
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
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.drafting import assemble, checks
    from kerjasama_desk.services.drafts import file_findings  # the bundled data and fonts

    answers, template = _answers_and_template(answers_file)
    findings = file_findings(template, answers, assemble.assemble(template, answers))
    for finding in findings:
        where = f" [{finding.question}]" if finding.question else ""
        click.echo(f"{finding.severity}{where}: {finding.message()}")
    if not findings:
        click.echo("No findings.")
    sys.exit(1 if checks.has_errors(findings) else 0)


F = TypeVar("F", bound=Callable[..., Any])


def _export_options(function: F, *, output: str = "The file to write: .pdf, .docx or .html.") -> F:
    """The options every command that writes a document takes."""
    function = click.option(
        "--alternat",
        is_flag=True,
        help="Each party's original names that party first: original 1 is ours, 2 the "
        "partner's (with --original; a document in two originals).",
    )(function)
    function = click.option(
        "--original",
        type=click.IntRange(min=1),
        default=None,
        help="Number this signing copy's original: 'Naskah asli 1 dari 2 / Original 1 of 2'.",
    )(function)
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
    if output:
        function = output_option(output)(function)
    return function


def _numbering(  # type: ignore[no-untyped-def]
    template, answers, original: int | None, *, alternat: bool, final: bool
) -> tuple[bool, tuple[int, int] | None]:
    """Whether this copy names the partner first, and (this original, of how many) to print;
    an original or an alternat that cannot be is a usage error (exit 2) naming the fix."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.drafting import assemble

    problem = assemble.original_problem(template, answers, original, alternat=alternat, final=final)
    if problem:
        raise click.UsageError(problem)
    count = assemble.originals_of(template, answers)
    return assemble.partner_first(original, alternat=alternat), (
        (original, count) if original else None
    )


def _refuse_final(refusals: list[Finding]) -> None:
    """A signing copy (--final) with an error finding or a gap: exit 1, nothing written."""
    if refusals:
        raise click.ClickException(
            "a signing copy (--final) cannot be written while these remain:\n"
            + "\n".join(f"  - {finding.message('en')}" for finding in refusals)
            + "\nAnswer them, or leave out --final to write a draft with the KONSEP / DRAFT mark."
        )


def _write(document, output: Path, options) -> None:  # type: ignore[no-untyped-def]
    """Writes the document; a problem ends the command with a message and exit 1, leaving no
    file behind."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.exports import export_document

    try:
        missing = export_document(document, output, options)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:
        where = Path(error.filename).resolve().parent if error.filename else None
        elsewhere = where is not None and where != output.resolve().parent
        if elsewhere:  # not the file asked for (nor its part file): a part of the installation
            raise click.ClickException(
                f"Cannot make {output.name}: {error.filename}: {error.strerror or error}"
            ) from error
        if isinstance(error, PermissionError) and output.exists():  # Windows: a viewer holds it
            raise click.ClickException(
                f"Cannot write {output}: another program has it open (a PDF viewer, Word), or "
                "it is not yours to change. Close it there, or write another file."
            ) from error
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
def draft_render(
    answers_file: Path,
    output: Path,
    layout: str,
    paper: str,
    final: bool,
    original: int | None,
    alternat: bool,
) -> None:
    """Assemble ANSWERS_FILE with its template and write the document (PDF, DOCX or HTML)."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.drafting import assemble
    from kerjasama_desk.services.exports import PdfOptions

    answers, template = _answers_and_template(answers_file)
    first, numbered = _numbering(template, answers, original, alternat=alternat, final=final)
    document = assemble.assemble(template, answers, partner_first=first)
    if final:
        from kerjasama_desk.drafting import checks  # only a signing copy is checked here
        from kerjasama_desk.services.drafts import file_findings  # the bundled data and fonts

        found = file_findings(template, answers, document)
        _refuse_final(checks.signing_refusals(template, document, found))
    _write(
        document,
        output,
        PdfOptions(
            layout=layout,
            paper=paper,
            final=final,
            title=template.name["id"],
            subject=template.id,
            original=numbered,
        ),
    )
    click.echo(
        f"{output}: {template.id} v{template.version}, "
        f"{len(document.version('id').articles)} articles, "
        f"{len(document.gaps)} unanswered"
    )


@draft.command("list")
@db_option()
@click.option("--json", "as_json", is_flag=True, help="A JSON list of objects with an id.")
def draft_list(db: Path | None, as_json: bool) -> None:
    """List the drafts saved in the register, the most recently saved first."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.drafts import DraftService

    with opened(existing_register(db), reading=True) as service:
        rows = DraftService(service.register).rows()
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
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.services.drafts import DraftService, templates_on_demand

    with opened(existing_register(db), reading=True) as service:
        yield DraftService(service.register, templates_on_demand())


def _answers_of(drafts: DraftService, draft_id: int) -> Answers:
    # this command's own: every command starts by importing the whole CLI
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
@db_option()
@click.option("--draft", "draft_id", type=int, required=True, help="The draft's id.")
def draft_answers(db: Path | None, draft_id: int) -> None:
    """Print a draft's latest answers as an answers file (JSON)."""
    with _drafts(db) as drafts:
        answers = _answers_of(drafts, draft_id)
    click.echo(json.dumps(answers.to_json(), ensure_ascii=False, indent=2))


def _export_options_without_output(function: F) -> F:
    return _export_options(function, output="")


def _batch_output(function: F) -> F:
    function = click.option(
        "--format",
        "suffix",
        type=click.Choice(["pdf", "docx", "html"]),
        default=None,
        help="With -o a folder: the documents' format (default pdf).",
    )(function)
    return click.option(
        "-o",
        "--output",
        type=click.Path(path_type=Path),
        required=True,
        help="The file to write (.pdf, .docx or .html); with several --draft, a folder, "
        "where each draft is written under its title.",
    )(function)


@draft.command("export")
@_export_options_without_output
@db_option()
@click.option(
    "--draft",
    "draft_ids",
    type=int,
    required=True,
    multiple=True,
    help="The draft's id; give it again for more drafts (one start-up for all of them).",
)
@_batch_output
@click.option(
    "--record",
    is_flag=True,
    help="For a letter of the pipeline written as a signing copy (--final, PDF): you confirm "
    "its number from the agenda book, and its number, date and PDF fill the agreement's "
    "checklist item.",
)
def draft_export(
    db: Path | None,
    draft_ids: tuple[int, ...],
    output: Path,
    suffix: str | None,
    layout: str,
    paper: str,
    final: bool,
    original: int | None,
    alternat: bool,
    record: bool,
) -> None:
    """Write drafts' latest versions (PDF, DOCX or HTML).

    Every draft is read and checked before anything is written: a draft that is missing, or
    a signing copy (--final) that cannot be, ends the command with nothing written."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk.formatting import format_timestamp
    from kerjasama_desk.services.exports import SUFFIXES, PdfOptions, file_name

    if record and not final:
        raise click.UsageError("--record files a signing copy: add --final.")
    into_folder = len(set(draft_ids)) > 1 or output.is_dir() or suffix is not None
    if not into_folder and output.suffix.lower() not in SUFFIXES:
        raise click.UsageError(
            f"-o {output}: give a file ending in .pdf, .docx or .html, or a folder with --format."
        )
    if into_folder and output.exists() and not output.is_dir():
        raise click.UsageError(f"-o {output}: several drafts are written into a folder.")
    jobs = []
    with _drafts(db) as drafts:
        for draft_id in dict.fromkeys(draft_ids):  # each once, in the order given
            answers = _answers_of(drafts, draft_id)  # a missing or unreadable draft says so
            template = drafts.templates[answers.template_id]
            first, numbered = _numbering(
                template, answers, original, alternat=alternat, final=final
            )
            assembled, info = drafts.for_export(draft_id, partner_first=first)
            if final:
                _refuse_final(drafts.signing_refusals(draft_id))
            target = (
                output / file_name(info.title, info.version, f".{suffix or 'pdf'}")
                if into_folder
                else output
            )
            jobs.append((draft_id, target, assembled, info, numbered))
    if into_folder:
        names = [target for _, target, *_ in jobs]
        if len(set(names)) < len(names):  # two drafts of one title and version
            jobs = [
                (draft_id, target.with_name(f"{draft_id}-{target.name}"), assembled, info, number)
                for draft_id, target, assembled, info, number in jobs
            ]
        output.mkdir(parents=True, exist_ok=True)
    for draft_id, target, assembled, info, numbered in jobs:
        _write(
            assembled.document,
            target,
            PdfOptions(
                layout=layout,
                paper=paper,
                final=final,
                version=info.version,
                saved_at=format_timestamp(info.saved_at, "id"),
                title=info.title,
                author=info.author,
                subject=assembled.template.name["en"],
                original=numbered,
            ),
        )
        click.echo(
            f"{target}: draft {draft_id} version {info.version}, {len(assembled.findings)} findings"
        )
    if record:
        _record_letters(db, [(draft_id, target) for draft_id, target, *_ in jobs])


def _record_letters(db: Path | None, written: list[tuple[int, Path]]) -> None:
    """``--record``: each letter written fills its checklist item (services/letters.py)."""
    # this command's own: every command starts by importing the whole CLI
    from kerjasama_desk import clock
    from kerjasama_desk.domain.errors import ValidationFailed
    from kerjasama_desk.services.drafts import DraftService, templates_on_demand
    from kerjasama_desk.services.letters import NotFileable, record_letter

    with opened(existing_register(db)) as service:
        drafts = DraftService(service.register, templates_on_demand())
        for draft_id, target in written:
            if target.suffix.lower() != ".pdf":
                raise click.ClickException(f"--record keeps the letter's PDF: not {target.name}")
            try:
                kept = record_letter(service, drafts, draft_id, target, clock.today())
            except (NotFileable, ValidationFailed) as error:
                raise click.ClickException(f"draft {draft_id}: {error}") from error
            click.echo(f"checklist item {kept.code}: {kept.reference}, {kept.dated}, file kept")
