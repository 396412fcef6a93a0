"""Opening a register from the UI: a damaged one offers its backups, one held by another instance
is refused, a read-only one can be shown read-only, and switching registers moves the lock."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QFileDialog, QMessageBox

from kerjasama_desk.domain.models import Partner
from kerjasama_desk.services import backups
from kerjasama_desk.store import database
from kerjasama_desk.store.register import Register
from kerjasama_desk.ui.opening import open_register


def test_a_damaged_register_is_restored_from_its_backup_from_the_dialog(
    qapp, tmp_path, monkeypatch
):
    path = tmp_path / "register.sqlite"
    register = Register.open(path)
    with register.transaction():
        register.partners.insert(Partner(name="Beihai", country="CN"))
    made = backups.backup(register, path, "manual")
    register.close()
    path.write_bytes(b"the disk failed" * 200)
    offered = []

    def click_restore(box):
        offered.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == "Restore a backup…").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made), ""))
    opened = open_register(path)
    assert opened is not None and opened.service.counts().partners == 1
    assert "Open another register…" in offered[0]
    opened.close()


def test_a_register_open_in_another_instance_is_not_opened_twice(qapp, tmp_path, monkeypatch):
    import subprocess
    import sys
    import time

    path = tmp_path / "register.sqlite"
    Register.open(path).close()
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from PySide6.QtCore import QLockFile; "
            f"lock = QLockFile({str(path) + '.lock'!r}); lock.setStaleLockTime(0); "
            "assert lock.tryLock(0); print('locked', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            texts = []

            def close(box):
                texts.append(box.text())
                return 0  # Close

            monkeypatch.setattr(QMessageBox, "exec", close)
            assert open_register(path) is None
            assert "is open in another Kerjasama Desk (process" in texts[0]
            assert str(holder.pid) in texts[0]
        finally:
            holder.kill()
            holder.wait()
    time.sleep(0.1)
    opened = open_register(path)  # the holder is gone: stale lock
    assert opened is not None and opened.lock is not None and opened.lock.held
    opened.close()
    assert not (tmp_path / "register.sqlite.lock").exists()


def _read_only_medium(monkeypatch, folder):
    """As on a CD: nothing in ``folder`` can be written (asked through os.access, so this holds
    when the tests run as root too)."""
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        inside = str(path).startswith(str(folder))
        return False if mode == os.W_OK and inside else real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(database.os, "access", access)


def test_a_register_on_a_read_only_medium_opens_read_only(qapp, tmp_path, monkeypatch):
    import hashlib

    path = tmp_path / "register.sqlite"
    register = Register.open(path)
    with register.transaction():
        register.partners.insert(Partner(name="Beihai", country="CN"))
    register.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    _read_only_medium(monkeypatch, tmp_path)
    offered = []

    def click_read_only(box):
        offered.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Open read-only").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_read_only)
    opened = open_register(path)
    assert opened is not None and opened.lock is None
    assert opened.service.register.read_only and opened.service.counts().partners == 1
    assert "cannot be written" in offered[0][0]
    assert "Restore a backup…" not in offered[0][1]  # nothing is wrong with the file
    opened.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_window_on_a_read_only_register_offers_no_changes(
    qtbot, qapp, tmp_path, monkeypatch, languages
):
    from kerjasama_desk.app import build_window
    from kerjasama_desk.services.registers import open_service
    from kerjasama_desk.ui.editors import PartnerEditor

    path = tmp_path / "register.sqlite"
    register = Register.open(path)
    with register.transaction():
        register.partners.insert(Partner(name="Beihai", country="CN"))
    register.close()
    window = build_window(open_service(path, read_only=True), languages, languages._settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_view("partners")
    qtbot.waitUntil(lambda: window.partners.model.rowCount() == 1)
    window.partners.view.selectRow(0)
    assert not window.read_only_banner.isHidden()
    assert "read-only" in window.register_label.text()
    assert not window.new_action.isEnabled() and not window.import_kdx_action.isEnabled()
    assert not window.restore_action.isEnabled() and not window.backup_action.isEnabled()
    assert window.partners.edit_button.isEnabled()  # records can still be opened and read
    assert not window.partners.delete_button.isEnabled()
    assert not window.partners.new_button.isEnabled()
    editor = PartnerEditor(window.ops, languages, window.partners.current_id(), window)
    qtbot.addWidget(editor)
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()
    window.show_view("drafts")
    assert not window.drafts.new_button.isEnabled()
    window.close_register()


def test_opening_another_register_moves_the_lock(qtbot, qapp, tmp_path, languages):
    from kerjasama_desk.app import build_window

    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    Register.open(second).close()
    opened = open_register(first)
    assert opened is not None and opened.lock is not None
    window = build_window(opened, languages, languages._settings)
    qtbot.addWidget(window)
    assert (tmp_path / "a.sqlite.lock").exists()
    assert window.open_register(second)
    assert window.ops.service.register.path == second
    assert (tmp_path / "b.sqlite.lock").exists()
    assert not (tmp_path / "a.sqlite.lock").exists()  # the first one is free again
    assert window.open_register(second)  # the same file again: reopened under its lock
    assert (tmp_path / "b.sqlite.lock").exists()
    window.close_register()
    assert not (tmp_path / "b.sqlite.lock").exists()


def test_an_empty_file_is_not_made_a_register_by_the_app(qapp, tmp_path, monkeypatch):
    """A 0-byte file given to the app is explained and left as it is (issue 12)."""
    path = tmp_path / "register.sqlite"
    path.write_bytes(b"")
    said = []

    def close(box):
        said.append(box.text())
        next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
        ).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", close)
    assert open_register(path) is None
    assert said and said[0].startswith(f"{path} is an empty file, not a register")
    assert path.stat().st_size == 0
