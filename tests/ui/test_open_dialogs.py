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
