"""One lock for every process (issue 12, item 2): the app and every CLI command that writes take
the same lock; a writer that finds the register held waits a bounded time, then names the holder
and exits 1 with nothing changed. A register replaced under an open connection is never saved
into."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from kerjasama_desk.cli import main
from kerjasama_desk.domain.errors import RegisterReplaced
from kerjasama_desk.domain.models import Partner
from kerjasama_desk.services import backups
from kerjasama_desk.store.lock import RegisterLock
from kerjasama_desk.store.register import Register

HOLD = (
    "import sys, time; from kerjasama_desk.store.lock import RegisterLock; "
    "lock = RegisterLock(__import__('pathlib').Path(sys.argv[1])); "
    "assert lock.acquire(0); print('locked', flush=True); time.sleep(float(sys.argv[2]))"
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def holding(path: Path, seconds: float, *, kill: bool = True) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the register's lock (killed at the end, as a crash would)."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None and process.stdout.readline().strip() == "locked"
            yield process
        finally:
            if kill:
                process.kill()
            process.wait()


@pytest.fixture
def register_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "register.sqlite"
    register = Register.open(path)
    with register.transaction():
        register.partners.insert(Partner(name="Beihai", country="CN"))
    register.close()
    return path


def test_the_lock_is_held_once_and_given_up_when_its_process_ends(tmp_path):
    path = tmp_path / "r.sqlite"
    first, second = RegisterLock(path), RegisterLock(path)
    assert first.acquire(0) and not second.acquire(0) and second.held_elsewhere()
    assert second.holder() == f"{os.getpid()} ({os.uname().nodename})"
    first.release()
    assert not Path(f"{path}.lock").exists() and second.acquire(0)
    second.release()
    with holding(path, 30):
        assert not RegisterLock(path).acquire(0)
    # killed, as in a crash: the operating system let go of the lock
    third = RegisterLock(path)
    assert third.acquire(1)
    third.release()


@pytest.mark.parametrize(
    "command",
    [
        ["restore", "{backup}"],
        ["import", "{kdx}", "--yes"],
        ["attach", "--agreement", "1", "{attachment}"],
        ["seed-demo"],
    ],
)
def test_a_writing_command_refuses_a_register_open_elsewhere(
    register_file, tmp_path, monkeypatch, command
):
    backup = backups.backup(register_file, register_file, "manual")
    kdx = tmp_path / "x.kdx"
    assert (
        CliRunner().invoke(main, ["export", "--db", str(register_file), "-o", str(kdx)]).exit_code
        == 0
    )
    attachment = tmp_path / "scan.pdf"
    attachment.write_bytes(b"%PDF-1.4 scan")
    before = _digest(register_file)
    monkeypatch.setenv("KERJASAMA_DESK_LOCK_WAIT", "0.3")
    args = [a.format(backup=backup, kdx=kdx, attachment=attachment) for a in command]
    with holding(register_file, 30) as holder:
        result = CliRunner().invoke(main, [args[0], "--db", str(register_file), *args[1:]])
    assert result.exit_code == 1, result.output
    assert f"is open in another Kerjasama Desk (process {holder.pid}" in result.output
    assert "Traceback" not in result.output
    assert _digest(register_file) == before


def test_a_writer_waits_for_the_lock_to_be_given_up(register_file, tmp_path, monkeypatch):
    backup = backups.backup(register_file, register_file, "manual")
    monkeypatch.setenv("KERJASAMA_DESK_LOCK_WAIT", "20")
    started = time.monotonic()
    with holding(register_file, 1.5, kill=False):
        result = CliRunner().invoke(main, ["restore", "--db", str(register_file), str(backup)])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 1.0  # it waited for the holder


def test_reading_commands_read_beside_the_app(register_file):
    with holding(register_file, 30):
        result = CliRunner().invoke(main, ["info", "--db", str(register_file)])
    assert result.exit_code == 0, result.output


def test_a_register_replaced_under_the_app_is_never_saved_into(register_file, tmp_path):
    """The old failure: after a restore by another program, every save went into the unlinked
    old file and was reported as saved."""
    register = Register.open(register_file)
    other = tmp_path / "other.sqlite"
    Register.open(other).close()
    os.replace(other, register_file)
    with pytest.raises(RegisterReplaced) as raised:
        with register.transaction():
            register.partners.insert(Partner(name="Lost", country="FR"))
    assert "was replaced or moved by another program" in raised.value.render()
    register.close()


def test_the_app_open_keeps_cli_writers_out_and_its_saves_land(
    qapp, register_file, tmp_path, monkeypatch
):
    """The concurrent-writer case of issue 12: the app holds the register, the command line
    tries restore and import; they refuse naming the app, and the app's next save lands in the
    file everyone sees."""
    from kerjasama_desk.ui.opening import open_register

    backup = backups.backup(register_file, register_file, "manual")
    kdx = tmp_path / "x.kdx"
    assert (
        CliRunner().invoke(main, ["export", "--db", str(register_file), "-o", str(kdx)]).exit_code
        == 0
    )
    monkeypatch.setenv("KERJASAMA_DESK_LOCK_WAIT", "0.2")
    opened = open_register(register_file)
    assert opened is not None and opened.lock is not None and opened.lock.held
    for args in (["restore", str(backup)], ["import", str(kdx), "--yes"]):
        result = CliRunner().invoke(main, [args[0], "--db", str(register_file), *args[1:]])
        assert result.exit_code == 1 and f"(process {os.getpid()}" in result.output
    opened.service.save_partner(Partner(name="Ulsan", country="KR"))
    opened.close()
    reread = Register.open(register_file)
    assert reread.counts().partners == 2  # Beihai and the app's save, in the one file
    reread.close()


def test_a_register_named_through_a_link_has_the_same_lock(register_file, tmp_path):
    link = tmp_path / "elsewhere.sqlite"
    link.symlink_to(register_file)
    first, second = RegisterLock(register_file), RegisterLock(link)
    assert first.acquire(0) and not second.acquire(0) and second.held_elsewhere()
    first.release()
