"""The backups of a register run beside the window, never before it (issue 16, item 2): the
window shows first, the day's backup follows on a worker thread, closing waits at most a second,
and an app killed in the middle of a backup leaves the register whole and no backup behind;
its next start checks the register through a new backup."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kerjasama_desk.domain.models import Partner
from kerjasama_desk.store.register import Register
from tests.conftest import fill_disk

CHILD = r"""
import sys, time
from pathlib import Path
from kerjasama_desk.services import backups
from kerjasama_desk.store import backup as store_backup
from kerjasama_desk.ui.main_window import MainWindow

slow = sys.argv[2] == "slow"
if slow:
    store_backup.STEP_PAGES = 1  # a page per step, each a moment: a big register's pace
real = backups.take_due

def take_due(path, uuid, reason="daily", directory=None, *, progress=None, stop=None):
    print(f"backup {reason}", flush=True)

    def told(done, total):
        if slow and total:
            print(f"copied {done}/{total}", flush=True)
            time.sleep(0.05)
        if progress is not None:
            progress(done, total)

    return real(path, uuid, reason, directory, progress=told, stop=stop)

backups.take_due = take_due
show = MainWindow.showEvent

def shown(self, event):
    print("window shown", flush=True)
    show(self, event)

MainWindow.showEvent = shown
from kerjasama_desk.app import run
sys.exit(run(db=Path(sys.argv[1]), language="en"))
"""


def _start(path: Path, tmp_path: Path, mode: str, **extra: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        **extra,
    }
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), mode], stdout=subprocess.PIPE, text=True, env=env
    )


def _backups(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "data").rglob("*.sqlite"))


def test_the_window_shows_before_any_backup_and_closing_takes_one(tmp_path):
    path = tmp_path / "register.sqlite"
    Register.open(path).close()
    app = _start(path, tmp_path, "fast", KERJASAMA_DESK_EXIT_WHEN_SHOWN="1")
    out, _ = app.communicate(timeout=120)
    lines = [line for line in out.splitlines() if not line.startswith("shown ")]
    assert app.returncode == 0, out
    assert lines[0] == "window shown", out
    assert "backup exit" in lines  # a small register: the closing's backup, within its second
    assert [p.name.endswith("-exit.sqlite") for p in _backups(tmp_path)] == [True]
    assert not list((tmp_path / "data").rglob("*.due"))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_killed_during_its_backup_the_app_leaves_the_register_whole(tmp_path):
    path = tmp_path / "register.sqlite"
    register = Register.open(path)
    with register.transaction():
        for number in range(300):
            register.partners.insert(Partner(name=f"Kota {number}", country="CN", notes="x" * 900))
    register.close()
    app = _start(path, tmp_path, "slow")
    try:
        assert app.stdout is not None
        seen = []
        for line in app.stdout:
            seen.append(line.strip())
            if line.startswith("copied 3/"):
                break
        assert seen[0] == "window shown" and "backup daily" in seen, seen
        app.send_signal(signal.SIGKILL)  # a power cut in the middle of the copy
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        if app.stdout is not None:
            app.stdout.close()
    assert _backups(tmp_path) == []  # no half backup among the backups
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT COUNT(*) FROM partners").fetchone()[0] == 300
    finally:
        connection.close()
    # The next start: the lock tells of the crash, so the backup (whose check of the exact
    # copy checks the register) runs at once, beside the window
    again = _start(path, tmp_path, "fast")
    try:
        assert again.stdout is not None
        assert again.stdout.readline().strip() == "window shown"
        assert again.stdout.readline().strip() == "backup daily"
        deadline = time.monotonic() + 60
        while not _backups(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.1)
        again.send_signal(signal.SIGTERM)
        again.wait(timeout=30)
    finally:
        if again.poll() is None:
            again.kill()
            again.wait()
        if again.stdout is not None:
            again.stdout.close()
    [made] = [p for p in _backups(tmp_path) if p.name.endswith("-daily.sqlite")]
    connection = sqlite3.connect(made)
    try:
        assert connection.execute("SELECT COUNT(*) FROM partners").fetchone()[0] == 300
    finally:
        connection.close()


def test_a_full_disk_fails_the_daily_backup_in_the_status_bar(
    small_disk, tmp_path, monkeypatch, qtbot, languages
):
    """Issue 16, bad input: the backup fails with a message in the status bar, the register is
    untouched, and the next start tries again."""
    import hashlib

    from kerjasama_desk.app import build_window
    from kerjasama_desk.services import backups
    from kerjasama_desk.services.demo import seed_story
    from kerjasama_desk.services.registers import open_service

    path = tmp_path / "register.sqlite"
    service = open_service(path)
    seed_story(service)
    service.close()
    monkeypatch.setenv("XDG_DATA_HOME", str(small_disk / "data"))
    service = open_service(path)
    window = build_window(service, languages, languages._settings)
    backups.backup_dir()  # the folder exists; then the disk is full
    fill_disk(small_disk, leave=16_384)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    window.backups.daily_backup()
    qtbot.waitUntil(lambda: window.backups.job is None, timeout=30_000)
    message = window.statusBar().currentMessage()
    assert message.startswith("The daily backup failed:") and "next start" in message
    assert "full" in message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert backups.is_due(path, service.register.uuid)  # the next start tries again
    assert not list((small_disk / "data").rglob("*.sqlite"))
    assert not list((small_disk / "data").rglob("*.part"))
    window.close()
    window.deleteLater()
    service.close()
