"""Attachments in the agreement editor: added by button or drop, opened as a copy, removed; none
for an unsaved agreement or a read-only register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QMessageBox

from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.ui.agreement_editor import AgreementEditor


def _beihai_mou(service) -> int:
    return next(
        a for a in service.list_agreements(ListQuery(text="beihai")) if a.kind.value == "mou"
    ).id


def test_files_are_attached_opened_and_removed_in_the_editor(
    qtbot, window, service, tmp_path, monkeypatch
):
    editor = AgreementEditor(window.ops, window.languages, _beihai_mou(service), window)
    qtbot.addWidget(editor)
    box = editor.attachments
    assert box.add_button.isEnabled() and box.table.rowCount() == 0
    scan = tmp_path / "MoU 2008 signed.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the signed MoU")
    box.attach([scan])
    assert box.table.rowCount() == 1
    assert box.table.item(0, 0).text() == "MoU 2008 signed.pdf"
    assert box.table.item(0, 2).text() == "31 B"

    letter = tmp_path / "DPRD approval.txt"
    letter.write_text("Persetujuan DPRD", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(letter))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    box.dropEvent(drop)
    assert box.table.rowCount() == 2

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    box.table.selectRow(0)
    box.open_selected()
    copy = opened[0].toLocalFile()
    assert copy.endswith("MoU 2008 signed.pdf") and copy != str(scan)
    assert Path(copy).read_bytes() == scan.read_bytes()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    box.remove_selected()
    assert box.table.rowCount() == 1 and box.table.item(0, 0).text() == "DPRD approval.txt"


def test_a_new_agreement_or_a_read_only_register_attaches_nothing(
    qtbot, window, service, tmp_path, monkeypatch
):
    editor = AgreementEditor(window.ops, window.languages, None, window)
    qtbot.addWidget(editor)
    assert not editor.attachments.add_button.isEnabled()
    assert "Save the agreement first" in editor.attachments.hint.text()
    monkeypatch.setattr(type(window.ops), "read_only", property(lambda _self: True))
    editor = AgreementEditor(window.ops, window.languages, _beihai_mou(service), window)
    qtbot.addWidget(editor)
    assert not editor.attachments.add_button.isEnabled()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"x")
    editor.attachments.attach([scan])
    assert editor.attachments.table.rowCount() == 0
