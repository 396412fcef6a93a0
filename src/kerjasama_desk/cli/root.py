"""The ``kerjasama-desk`` command group; without a subcommand it opens the app window.

Never imports PySide6 itself: the GUI is started through the composition root, ``app.py``."""

from __future__ import annotations

import errno
import importlib
import sys
from pathlib import Path

import click

from kerjasama_desk import __version__
from kerjasama_desk.cli.common import db_option
from kerjasama_desk.services.registers import DAMAGE, is_damage


class Commands(click.Group):
    """The commands, with what no command can foresee turned into a message and exit 1: a
    damaged page met while reading (after the checks made on opening), a full disk."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DAMAGE as error:
            if not is_damage(error):  # a rule of ours broken (a constraint): a bug
                raise
            detail = str(error)[:200] or type(error).__name__
            if "full" in detail:
                raise click.ClickException(
                    "The disk is full; nothing was saved. Free some space and run the command "
                    "again."
                ) from error
            raise click.ClickException(
                f"The register is damaged ({detail}); nothing was changed. Restore one of its "
                "backups with 'kerjasama-desk restore', or open it in Kerjasama Desk, which "
                "offers them."
            ) from error
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
            raise click.ClickException(
                "The disk is full; nothing was saved. Free some space and run the command again."
            ) from error


@click.group(
    cls=Commands,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@db_option()
@click.option(
    "--lang",
    type=click.Choice(["id", "en"]),
    help="UI language (default: last used, else Indonesian).",
)
@click.option("--demo", is_flag=True, help="Open the demo register (created on first use).")
@click.option(
    "--self-test",
    is_flag=True,
    help="Open every page of the window once in each language, then exit: 0 when Qt reported "
    "no problem, 1 naming it.",
)
@click.version_option(__version__, prog_name="kerjasama-desk")
@click.pass_context
def main(
    ctx: click.Context, db: Path | None, lang: str | None, demo: bool, self_test: bool
) -> None:
    """Kerjasama Desk: register, drafting and follow-up of regional foreign cooperation.

    Without a command, opens the app window.
    """
    if ctx.invoked_subcommand is not None:
        return
    app = importlib.import_module("kerjasama_desk.app")
    sys.exit(app.run(db=db, language=lang, demo=demo, self_test=self_test))
