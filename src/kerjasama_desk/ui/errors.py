"""Unexpected errors: written to a rotating log in the data folder and shown in a dialog with a
report the officer can copy; the app keeps running with its data intact (every action is one
transaction, so a failed action changed nothing)."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from kerjasama_desk import __version__
from kerjasama_desk.domain.errors import RegisterReplaced
from kerjasama_desk.i18n import translate

LOG_NAME = "kerjasama-desk.log"


class ErrorReporter(QObject):
    """Receives errors from any thread and shows them on the GUI thread."""

    report = Signal(str, str)  # summary, details
    replaced = Signal(str)  # the register's file was replaced under the app: what to do

    def __init__(self, log_dir: Path) -> None:
        super().__init__()
        self.log_dir = log_dir
        self.log_path = log_dir / LOG_NAME
        self._handler: Any = None  # the log opens with the first error (start-up stays light)
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.replaced.connect(self._show_replaced, Qt.ConnectionType.QueuedConnection)

    def _log(self) -> Any:
        # logging.handlers (with socket) costs start-up time: only when there is an error to log
        from logging.handlers import RotatingFileHandler

        logger = logging.getLogger("kerjasama_desk")
        if self._handler is None:
            self.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._handler = RotatingFileHandler(
                self.log_path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            )
            self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            logger.addHandler(self._handler)
            logger.setLevel(logging.INFO)
        return logger

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """sys.excepthook: log, then show (queued to the GUI thread). The log and the report
        name the error and where it happened, not its message, which may quote the document
        or the register (a name, a clause): they are sent to whoever supports the office."""
        if isinstance(error, RegisterReplaced):  # not a bug: the officer is told what to do
            self.replaced.emit(error.render(translate))
            return
        details = safe_report(kind, error, trace)
        self._log().error("Kerjasama Desk %s: unexpected error\n%s", __version__, details)
        self.report.emit(_summary(kind, error), details)

    def _show_replaced(self, text: str) -> None:
        QMessageBox.warning(None, self.tr("The register was replaced"), text)

    def _show(self, summary: str, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Something went wrong"),
            self.tr(
                "An unexpected error stopped the last action; nothing it "
                "was doing was saved half-way, and your register is intact. "
                "The details are in %1. Please send them with a short note "
                "of what you did."
            ).replace("%1", str(self.log_path)),
        )
        box.setDetailedText(f"Kerjasama Desk {__version__}\n{summary}\n\n{details}")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def close(self) -> None:
        if self._handler is not None:
            self._log().removeHandler(self._handler)
            self._handler.close()
            self._handler = None


# Errors whose message says what failed without quoting what the officer wrote.
_PLAIN = (OSError, MemoryError, RecursionError, ImportError, AssertionError)


def _summary(kind: type[BaseException], error: BaseException) -> str:
    if isinstance(error, _PLAIN) or kind.__module__ == "sqlite3":
        return f"{kind.__name__}: {error}"
    return f"{kind.__name__} (its message is left out: it may quote the document)"


def safe_report(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """The traceback (files, lines, code) and the error's kind; its message only when it
    cannot quote the document (a file error, a database error)."""
    frames = "".join(traceback.format_tb(trace))
    cause = error.__cause__ or error.__context__
    text = f"Traceback (most recent call last):\n{frames}{_summary(kind, error)}"
    if cause is not None:
        text = safe_report(type(cause), cause, cause.__traceback__) + "\n\nThen:\n" + text
    return text


def install(log_dir: Path) -> ErrorReporter:
    reporter = ErrorReporter(log_dir)
    sys.excepthook = reporter.handle
    app = QApplication.instance()
    if app is not None:
        reporter.setParent(app)
    return reporter
