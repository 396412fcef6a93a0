"""Leaving when the system asks (logout, shutdown, ``kill``): SIGTERM, SIGHUP and SIGINT do what
the window's Close does, within about two seconds — answers typed in an open draft are kept (the
wizard's autosave), a running export or preview may finish, the register is closed and its lock
given up. The exit backup is left for the next start's daily one (a big register takes longer
than a shutdown waits). Before, SIGTERM while a worker thread ran aborted the app (exit 134).

Python runs a signal handler only between bytecodes, which a Qt event loop waiting for events
never executes: the signal's number is written to a socket the loop watches, so the handler runs
at once, and it only schedules the leaving on the event loop (never in the middle of a save)."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QThread, QTimer
from PySide6.QtWidgets import QApplication

SIGNALS = tuple(
    s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None), signal.SIGINT) if s is not None
)
THREAD_WAIT_MS = 1500


def keep_open_work() -> None:
    """What Close keeps before leaving: every open draft's answers, every running worker."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for widget in app.topLevelWidgets():
        autosave = getattr(widget, "autosave", None)
        if callable(autosave):
            with contextlib.suppress(Exception):  # leaving must not fail over one window
                autosave()
        for thread in widget.findChildren(QThread):
            if thread.isRunning():
                thread.wait(THREAD_WAIT_MS)


class Termination(QObject):
    """Turns the signals above into ``leave`` on the event loop."""

    def __init__(self, app: QApplication, leave: Callable[[], None]) -> None:
        super().__init__(app)
        self.asked = False
        self._leave = leave
        self._reader, self._writer = _wakeup_pair()
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_fd = signal.set_wakeup_fd(self._writer)
        for number in SIGNALS:
            signal.signal(number, self._handle)

    def _handle(self, _number: int, _frame: object) -> None:
        if not self.asked:
            self.asked = True
            QTimer.singleShot(0, self._leave)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            while os.read(self._reader, 64):
                pass

    def close(self) -> None:
        for number in SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        os.close(self._reader)
        os.close(self._writer)


def _wakeup_pair() -> tuple[int, int]:
    """A non-blocking pipe the signal's number is written to (a socket pair on Windows, where
    signal.set_wakeup_fd takes only sockets)."""
    if os.name == "nt":  # pragma: no cover - the CI runs on Linux
        import socket  # Windows only

        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        return reader.detach(), writer.detach()
    reader_fd, writer_fd = os.pipe()
    os.set_blocking(reader_fd, False)
    os.set_blocking(writer_fd, False)
    return reader_fd, writer_fd


def install(app: QApplication) -> Termination:
    """From now on the signals above leave the app as Close does."""

    def leave() -> None:
        keep_open_work()
        app.quit()

    return Termination(app, leave)
