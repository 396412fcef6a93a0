"""Long work off the GUI thread (issue 16, item 4, for the audit trail check): the job runs on a
worker, the window keeps answering (a timer keeps ticking), Cancel stops it with nothing changed,
and a failure is raised again on the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from kerjasama_desk.domain.models import Partner
from kerjasama_desk.services import audit
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.store.register import Register
from kerjasama_desk.ui.background import run_in_background


class Halt(Exception):
    pass


def test_a_job_runs_on_a_worker_while_the_window_ticks(qapp):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    threads = []

    def job(progress, stop):
        threads.append(threading.current_thread() is threading.main_thread())
        for step in range(10):
            time.sleep(0.05)
            progress(step + 1, 10)
        return "done"

    finished, result = run_in_background(None, "t", "working", job, stopped=Halt)
    timer.stop()
    assert (finished, result) == (True, "done")
    assert threads == [False]  # not the GUI thread
    assert len(ticks) >= 10  # the event loop kept running for half a second of work


def test_cancel_stops_the_job(qapp):
    def job(progress, stop):
        for _ in range(200):
            if stop():
                raise Halt
            time.sleep(0.01)
        return "not stopped"

    def cancel_soon():
        for dialog in qapp.topLevelWidgets():
            if isinstance(dialog, QProgressDialog):
                for button in dialog.findChildren(QPushButton):  # as the officer clicks Cancel
                    button.click()

    QTimer.singleShot(100, cancel_soon)
    QTimer.singleShot(600, cancel_soon)  # the dialog shows after 400 ms
    assert run_in_background(None, "t", "working", job, stopped=Halt) == (False, None)


def test_a_failure_is_raised_on_the_gui_thread(qapp):
    def job(progress, stop):
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        run_in_background(None, "t", "working", job, stopped=Halt)
    assert QThread.currentThread() is qapp.thread()


def test_the_audit_check_runs_on_its_own_connection_and_says_intact(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from kerjasama_desk.app import build_window
    from kerjasama_desk.i18n import LanguageManager

    path = tmp_path / "register.sqlite"
    register = Register.open(path)
    service = RegisterService(register)
    service.save_partner(Partner(name="Beihai", country="CN"))
    assert audit.verify_file(path).intact
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(settings)
    languages.set_language("en")
    window = build_window(service, languages, settings)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window.verify_audit_trail()
    assert shown and "The audit trail is intact" in shown[0]
    window.close()
    window.deleteLater()
    register.close()
