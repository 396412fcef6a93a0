"""The audit trail in the app: an agreement's history tab, and File → Check the audit trail."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.vocab import AgreementStage
from kerjasama_desk.ui.agreement_editor import AgreementEditor


def test_the_history_tab_shows_who_changed_what(window, qtbot):
    service = window.ops.service
    beihai = next(
        a.id for a in service.list_agreements(ListQuery(text="beihai")) if a.kind.value == "mou"
    )
    window.ops.save_agreement(replace(service.agreement(beihai), our_number="070/123/2008"))
    editor = AgreementEditor(window.ops, window.languages, beihai, window)
    qtbot.addWidget(editor)
    table = editor.history.table
    assert table.item(0, 2).text() == "Agreement changed"
    assert table.item(0, 3).text() == "Our number: — → 070/123/2008"
    assert "Commitment added" in {table.item(r, 2).text() for r in range(table.rowCount())}
    window.set_language("id")
    assert editor.history.table.item(0, 3).text() == "Nomor kita: — → 070/123/2008"
    window.set_language("en")


def test_check_the_audit_trail_says_intact_or_names_the_altered_entry(window, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: shown.append(("ok", text)))
    )
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: shown.append(("bad", text)))
    )
    window.verify_action.trigger()
    assert shown[-1][0] == "ok" and "is intact" in shown[-1][1]
    db = window.ops.service.register.db
    db.execute("DROP TRIGGER audit_log_sealed_update")
    db.execute("UPDATE audit_log SET after = '{}' WHERE id = 5")
    db.conn.commit()
    window.verify_action.trigger()
    assert shown[-1][0] == "bad" and "at entry 5" in shown[-1][1]
    assert isinstance(db.conn, sqlite3.Connection)


def test_moving_past_a_stage_asks_for_its_checklist_or_a_reason(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from kerjasama_desk.services.gates import overrides
    from kerjasama_desk.ui.gates import GateOverrideDialog

    service = window.ops.service
    ulsan = next(a.id for a in service.list_agreements(ListQuery(text="ulsan")))
    editor = AgreementEditor(window.ops, window.languages, ulsan, window)
    qtbot.addWidget(editor)
    assert editor.checklist.table.rowCount() == 19  # with our own three request letters
    editor.stage.setCurrentIndex(editor.stage.findData(AgreementStage.COOPERATION_PLAN))
    monkeypatch.setattr(GateOverrideDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    editor.save()
    assert "3 checklist item(s)" in editor.field_messages()["agreement.stage"]
    assert service.agreement(ulsan).stage is AgreementStage.EXPLORATION  # nothing saved

    def give_a_reason(dialog):
        dialog.reason.setPlainText("Profiles exchanged by e-mail in 2019; kept by Bappeda")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(GateOverrideDialog, "exec", give_a_reason)
    editor.save()
    assert service.agreement(ulsan).stage is AgreementStage.COOPERATION_PLAN
    assert overrides(service, ulsan)[0]["reason"].startswith("Profiles exchanged")


def test_a_trip_is_checked_and_its_follow_up_becomes_commitments(window, qtbot, monkeypatch):
    from kerjasama_desk.services.followup import commitments
    from kerjasama_desk.ui.travel import TripEditor

    service = window.ops.service
    ulsan = next(a.id for a in service.list_agreements(ListQuery(text="ulsan")))
    editor = AgreementEditor(window.ops, window.languages, ulsan, window)
    qtbot.addWidget(editor)
    box = editor.trips
    assert box.table.rowCount() == 1 and box.table.item(0, 4).text() == "Planned"
    box.table.selectRow(0)
    shown = []

    def confirm_the_host(dialog):
        dialog.save()
        shown.append(dict(dialog.field_messages()))
        dialog.host_confirmed.setChecked(True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(TripEditor, "exec", confirm_the_host)
    box.edit_button.click()
    assert "has not confirmed" in shown[0]["trip.host_confirmed"]
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    box.table.selectRow(0)
    box.done_button.click()
    assert box.table.item(0, 4).text() == "Done"
    assert [c.title for c in commitments(service, ulsan)] == [
        "Kirim profil infrastruktur Kota Semarang ke Ulsan",
        "Susun rancangan rencana kerja sama bersama Bappeda",
    ]


def test_the_legal_parameters_dialog_shows_each_basis_and_saves(window, qtbot, monkeypatch):
    from kerjasama_desk.services.parameters import values
    from kerjasama_desk.ui.parameters import ParametersDialog

    dialog = ParametersDialog(window.ops, window.languages, window)
    qtbot.addWidget(dialog)
    labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Dormancy alarm" in labels
    row = labels.index("Termination notice")
    assert "6 months' prior written notice" in dialog.table.item(row, 3).text()
    dialog.spins["dormancy_months"].setValue(18)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert values(window.ops.service)["dormancy_months"] == 18


def test_partner_and_officer_editors_show_their_history(window, qtbot):
    from kerjasama_desk.ui.editors import OfficerEditor, PartnerEditor

    service = window.ops.service
    beihai = next(p.id for p in service.list_partners(ListQuery(text="beihai")))
    editor = PartnerEditor(window.ops, window.languages, beihai, window)
    qtbot.addWidget(editor)
    texts = {editor.history.table.item(r, 2).text() for r in range(editor.history.table.rowCount())}
    assert {"Partner added", "Contact added"} <= texts
    rina = next(i for i, name, _s in service.officer_choices() if name.startswith("Rina"))
    officer = OfficerEditor(window.ops, window.languages, rina, window)
    qtbot.addWidget(officer)
    assert officer.history.table.item(0, 2).text() == "Officer added"
