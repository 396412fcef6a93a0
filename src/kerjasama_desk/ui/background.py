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
        else:  # a step that cannot say how far it is (a check): the bar just moves
            self.dialog.setMaximum(0)

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


class BackgroundJob(QObject):
    """A job on a worker thread with no dialog: the window stays fully usable and shows its
    progress where it likes (the status bar). The app's closing stops it or waits a moment for
    it (:meth:`finish`)."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stopping = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(job, self._stopping)
        self._worker.moveToThread(self._thread)
        # Queued onto this object's (the GUI) thread; the end is told once the thread is over
        self._worker.progress.connect(self.progress)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._thread.started.connect(self._worker.run)
        # Direct: the thread ends even when the GUI's event loop no longer runs (closing)
        self._worker.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker.failed.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        self._thread.start()

    @Slot(object)
    def _done(self, result: object) -> None:
        self._thread.wait()  # it has quit already: a moment
        self.done.emit(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._thread.wait()
        self.failed.emit(error)

    def running(self) -> bool:
        return self._thread.isRunning()

    def finish(self, wait_ms: int) -> bool:
        """Waits up to ``wait_ms`` for the job; then asks it to stop and waits for that (a job
        checks often). True when it finished on its own."""
        finished = self._thread.wait(max(0, wait_ms))
        if not finished:
            self._stopping.set()
            self._thread.wait()
        return bool(finished)
