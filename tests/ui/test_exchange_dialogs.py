"""File → Export: the agreements selected in Agreements, or the whole register, to a .kdx."""

from __future__ import annotations

import json
import zipfile

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QMessageBox


def _select_rows(page, rows):
    model = page.view.selectionModel()
    model.clearSelection()
    for row in rows:
        model.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _exported(path):
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("register.json"))


def test_the_selected_agreements_or_the_whole_register_go_to_a_file(
    qtbot, window, tmp_path, monkeypatch
):
    window.show_view("agreements")
    page = window.agreements
    qtbot.waitUntil(lambda: page.model.rowCount() == 7)
    _select_rows(page, [0, 4])
    chosen = page.selected_ids()
    assert len(chosen) == 2
    answers = iter(["Only the 2 selected agreements", "The whole register"])
    asked = []

    def click(box):
        asked.append([b.text() for b in box.buttons()])
        wanted = next(answers)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    targets = iter([tmp_path / "chosen.kdx", tmp_path / "whole"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    window.export_exchange()
    body = _exported(tmp_path / "chosen.kdx")
    titles = {window.ops.service.agreement(i).uuid for i in chosen}
    assert titles <= {a["uuid"] for a in body["agreements"]}
    assert len(body["agreements"]) < 7  # only those, with the agreements they follow from
    window.export_exchange()
    assert len(_exported(tmp_path / "whole.kdx")["agreements"]) == 7
    assert "Cancel" in asked[0]
