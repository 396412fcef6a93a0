"""The ``kerjasama-desk`` command: opens the app, or works headless. One module per group of
commands; importing them registers their commands on :data:`main`."""

from kerjasama_desk.cli import audit, drafts, exchange, followup, registers, reports
from kerjasama_desk.cli.root import main

__all__ = ["main", "audit", "drafts", "exchange", "followup", "registers", "reports"]
