"""The ``kerjasama-desk`` command group; without a subcommand it opens the app window.

Never imports PySide6 itself: the GUI is started through the composition root, ``app.py``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from kerjasama_desk import __version__
from kerjasama_desk.cli.common import db_option


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option()
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
