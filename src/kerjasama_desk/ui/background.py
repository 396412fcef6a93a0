"""Long work off the GUI thread: a job runs on a worker thread while a progress dialog with Cancel
shows how far it is, and the window keeps answering. The job gets ``progress(done, total)`` and
``stop()``; it opens its own connection to the register (a connection belongs to its thread).

A job that is cancelled stops at its next check and changes nothing (the jobs given here only
read); one that fails has its error raised again on the GUI thread, where the error reporter
shows it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from kerjasama_desk.i18n import translate

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, stopping: threading.Event) -> None:
        super().__init__()
        self.job = job
        self.stopping = stopping

    @Slot()
    def run(self) -> None:
        try:
            result = self.job(self.progress.emit, self.stopping.is_set)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, raised there
            self.failed.emit(error)
            return
        self.done.emit(result)


class _Receiver(QObject):
    """Lives on the GUI thread, so the worker's signals arrive there (queued)."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog = dialog
        self.loop = loop
        self.outcome: tuple[str, Any] = ("cancelled", None)

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    @Slot(object)
    def done(self, result: object) -> None:
        self.outcome = ("done", result)
        self.loop.quit()

    @Slot(object)
    def failed(self, error: object) -> None:
        self.outcome = ("failed", error)
        self.loop.quit()


def run_in_background(
    parent: QWidget | None, title: str, text: str, job: Job, *, stopped: type[BaseException]
) -> tuple[bool, Any]:
    """Runs ``job`` on a worker thread with a progress dialog; returns (True, its result), or
    (False, None) when the officer cancelled (the job raised ``stopped``)."""
    dialog = QProgressDialog(text, translate("App", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setMinimumWidth(380)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    stopping = threading.Event()
    loop = QEventLoop()
    receiver = _Receiver(dialog, loop)
    thread = QThread()
    worker = _Worker(job, stopping)
    worker.moveToThread(thread)
    worker.progress.connect(receiver.progress)
    worker.done.connect(receiver.done)
    worker.failed.connect(receiver.failed)
    dialog.canceled.connect(stopping.set)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    kind, value = receiver.outcome
    if kind == "failed":
        if isinstance(value, stopped):
            return False, None
        assert isinstance(value, BaseException)
        raise value
    return True, value
