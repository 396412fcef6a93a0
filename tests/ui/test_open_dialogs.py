"""Opening a register that cannot be opened: the dialog offers to restore one of its backups."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from kerjasama_desk import app as app_module
from kerjasama_desk.domain.models import Partner
from kerjasama_desk.services import backups
from kerjasama_desk.store.repositories import Register


def test_a_damaged_register_is_restored_from_its_backup_from_the_dialog(qapp, tmp_path,
                                                                         monkeypatch):
    path = tmp_path / "register.sqlite"
    register = Register.open(path)
    with register.transaction():
        register.partners.insert(Partner(name="Beihai", country="CN"))
    made = backups.backup(register.db.conn, path, "manual")
    register.close()
    path.write_bytes(b"the disk failed" * 200)
    offered = []

    def click_restore(box):
        offered.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == "Restore a backup…").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made), ""))
    service = app_module._open_with_dialogs(path, False)
    assert service is not None and service.counts().partners == 1
    assert "Open another register…" in offered[0]
    service.register.close()


def test_a_register_open_in_another_instance_is_not_opened_twice(qapp, tmp_path, monkeypatch):
    import subprocess
    import sys
    import time

    path = tmp_path / "register.sqlite"
    Register.open(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from PySide6.QtCore import QLockFile; "
         f"lock = QLockFile({str(path) + '.lock'!r}); lock.setStaleLockTime(0); "
         "assert lock.tryLock(0); print('locked', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        texts = []

        def close(box):
            texts.append(box.text())
            return 0  # Close

        monkeypatch.setattr(QMessageBox, "exec", close)
        assert app_module._open_with_dialogs(path, False) is None
        assert "is open in another Kerjasama Desk (process" in texts[0]
        assert str(holder.pid) in texts[0]
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    service = app_module._open_with_dialogs(path, False)  # the holder is gone: stale lock
    assert service is not None
    service.register.close()
    app_module._LOCKS.pop().release()
