"""SIGTERM (logout, shutdown) leaves the app as Close does (issue 12, item 17): before, SIGTERM
while a worker thread ran aborted the app (exit 134)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from kerjasama_desk.store.register import Register

APP = (
    "import sys; from kerjasama_desk.app import run; "
    "sys.exit(run(db=__import__('pathlib').Path(sys.argv[1]), language='en'))"
)


def _start(path: Path, tmp_path: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.Popen([sys.executable, "-c", APP, str(path)], env=env)


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_sigterm_closes_the_app_as_close_does(tmp_path):
    path = tmp_path / "register.sqlite"
    Register.open(path).close()
    lock = Path(f"{path}.lock")
    app = _start(path, tmp_path)
    try:
        assert _wait_for(lambda: lock.exists() and lock.stat().st_size > 0, 60), "not started"
        time.sleep(1.0)  # the window is up, its first timers have run
        asked = time.monotonic()
        app.send_signal(signal.SIGTERM)
        code = app.wait(timeout=10)
        took = time.monotonic() - asked
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 0
    assert took < 2.5, took
    assert not lock.exists()  # the lock given up, as Close does
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    register = Register.open(path)
    assert register.integrity_check() == "ok"
    register.close()


def test_sigterm_keeps_the_answers_of_an_open_draft(qapp, tmp_path, monkeypatch):
    """In process: the leaving step autosaves every open wizard and waits for workers."""
    from kerjasama_desk.ui import shutdown

    saved = []

    class Wizard:
        def autosave(self):
            saved.append(True)

    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    dialog.autosave = Wizard().autosave  # type: ignore[attr-defined]
    dialog.show()
    shutdown.keep_open_work()
    dialog.close()
    assert saved == [True]
