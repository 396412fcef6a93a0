"""The audit trail in the app: an agreement's history tab, and File → Check the audit trail."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.vocab import AgreementStage
from kerjasama_desk.ui.editors import AgreementEditor


def test_the_history_tab_shows_who_changed_what(window, qtbot):
    service = window.ops.service
    beihai = next(a.id for a in service.list_agreements(ListQuery(text="beihai"))
                  if a.kind.value == "mou")
    window.ops.save_agreement(replace(service.agreement(beihai), stage=AgreementStage.EVALUATION))
    editor = AgreementEditor(window.ops, window.languages, beihai, window)
    qtbot.addWidget(editor)
    table = editor.history.table
    assert table.item(0, 2).text() == "Agreement changed"
    assert table.item(0, 3).text() == "Stage: Implementation → Evaluation"
    assert "Commitment added" in {table.item(r, 2).text() for r in range(table.rowCount())}
    window.set_language("id")
    assert editor.history.table.item(0, 3).text() == "Tahap: Pelaksanaan → Evaluasi"
    window.set_language("en")


def test_check_the_audit_trail_says_intact_or_names_the_altered_entry(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _p, _t, text: shown.append(("ok", text))))
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _p, _t, text: shown.append(("bad", text))))
    window.verify_action.trigger()
    assert shown[-1][0] == "ok" and "is intact" in shown[-1][1]
    db = window.ops.service.register.db
    db.execute("DROP TRIGGER audit_log_sealed_update")
    db.execute("UPDATE audit_log SET after = '{}' WHERE id = 5")
    db.conn.commit()
    window.verify_action.trigger()
    assert shown[-1][0] == "bad" and "at entry 5" in shown[-1][1]
    assert isinstance(db.conn, sqlite3.Connection)
