"""Commitments in the app: overdue ones on the dashboard, marked done in one click; the editor's
refusal of a transferred owner; the annual cycle added from the agreement editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.vocab import CommitmentStatus
from kerjasama_desk.services.followup import commitments
from kerjasama_desk.ui.agreement_editor import AgreementEditor
from kerjasama_desk.ui.commitments import ProposeCommitmentsDialog
from kerjasama_desk.ui.followup_editors import CommitmentEditor


def _beihai_mou(window) -> int:
    return next(
        a.id
        for a in window.ops.service.list_agreements(ListQuery(text="beihai"))
        if a.kind.value == "mou"
    )


def _click(qtbot, table, row, column):
    qtbot.waitUntil(table.isVisible)
    QApplication.processEvents()  # the tab just shown is laid out
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(row, column)).center(),
    )


def test_overdue_commitments_show_their_transferred_owner_and_need_a_handover(
    window, qtbot, monkeypatch
):
    page = window.overview
    window.show_view("overview")
    qtbot.waitUntil(lambda: page.board is not None)
    assert page.cards["overdue"][0].text() == "8"
    assert page.tabs.tabText(1) == "Overdue commitments (8)"
    assert page.overdue.rowCount() == 0  # filled when its tab is first shown
    page.tabs.setCurrentIndex(1)
    assert (
        "Rencana aksi tahunan" in page.timeline_title.text()
        or "Beihai" in page.timeline_title.text()
    )
    assert page.overdue.item(0, 1).text() == "Rencana aksi tahunan, tahun ke-1"
    assert page.overdue.item(0, 3).text() == "Bambang Prasetyo (Transferred)"
    assert "hand this over" in page.overdue.item(0, 3).toolTip()
    assert page.overdue.item(0, 5).text() == "Mark done…"
    # Done is done, whoever held it: one click, the evidence, and it leaves the list.
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        staticmethod(lambda *args, **kwargs: ("Minutes no. 1", True)),
    )
    page.tabs.setCurrentIndex(1)
    first = page.overdue.item(0, 5).data(Qt.ItemDataRole.UserRole)
    _click(qtbot, page.overdue, 0, 5)
    qtbot.waitUntil(lambda: page.cards["overdue"][0].text() == "7")
    done = next(c for c in commitments(window.ops.service, _beihai_mou(window)) if c.id == first)
    assert (done.status, done.done_on, done.evidence) == (
        CommitmentStatus.DONE,
        date.today(),
        "Minutes no. 1",
    )


def test_an_open_commitment_cannot_stay_with_a_transferred_officer(window, qtbot):
    agreement = _beihai_mou(window)
    first = commitments(window.ops.service, agreement)[0]
    rina = next(
        i for i, name, _s in window.ops.service.officer_choices() if name.startswith("Rina")
    )
    editor = CommitmentEditor(window.ops, window.languages, agreement, first.id, window)
    qtbot.addWidget(editor)
    editor.save()
    assert "Bambang Prasetyo has been transferred" in editor.field_messages()["commitment.owner"]
    assert commitments(window.ops.service, agreement)[0].owner_id == first.owner_id
    editor.owner.setCurrentIndex(editor.owner.findData(rina))
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    assert commitments(window.ops.service, agreement)[0].owner_id == rina


def test_the_annual_cycle_is_added_from_the_agreement_editor(window, qtbot, monkeypatch):
    agreement = _beihai_mou(window)
    editor = AgreementEditor(window.ops, window.languages, agreement, window)
    qtbot.addWidget(editor)
    box = editor.commitments
    assert box.table.rowCount() == 8
    assert box.table.item(0, 1).foreground().color().name() == "#c0392b"  # overdue: red

    def untick_the_first_and_add(dialog):
        assert dialog.list.count() >= 6
        dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.add_chosen()
        return dialog.result()

    monkeypatch.setattr(ProposeCommitmentsDialog, "exec", untick_the_first_and_add)
    offered = len(ProposeCommitmentsDialog(window.ops, window.languages, agreement).proposals)
    box.cycle_button.click()
    assert box.table.rowCount() == 8 + offered - 1
    # Proposed again, only the unticked one is left to add.
    assert len(ProposeCommitmentsDialog(window.ops, window.languages, agreement).proposals) == 1


def test_the_handover_flow_gives_bambangs_work_to_a_successor(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kerjasama_desk.services.handover import held_by
    from kerjasama_desk.ui.handover import HandoverDialog

    officers = {name: i for i, name, _s in window.ops.service.officer_choices()}
    bambang, rina = officers["Bambang Prasetyo"], officers["Rina Handayani"]
    window.show_view("officers")
    page = window.officers
    qtbot.waitUntil(lambda: page.model.total == 4)
    assert page.select_id(bambang)
    assert page.handover_button.isEnabled()
    shown = []

    def choose_rina_for_all(dialog):
        shown.append(dialog)
        assert dialog.table.rowCount() == 10  # 2 agreements and 8 commitments
        # Beihai's commitments go to the MoU's responsible officer by default.
        assert dialog.combos[-1].currentData() == rina
        dialog.hand_over()  # Brisbane and the LoI have no successor yet: refused
        assert "choose a successor" in dialog.errors.text()
        dialog.everyone.setCurrentIndex(dialog.everyone.findData(rina))
        dialog.apply_all.click()
        dialog.hand_over()
        return dialog.result()

    monkeypatch.setattr(HandoverDialog, "exec", choose_rina_for_all)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.No)
    )
    page.handover_button.click()
    assert shown and shown[0].handover_id is not None
    assert held_by(window.ops.service, bambang) == []
    overview = window.overview
    window.show_view("overview")
    qtbot.waitUntil(lambda: overview.board is not None)
    overview.tabs.setCurrentIndex(1)
    qtbot.waitUntil(
        lambda: (
            overview.overdue.rowCount() == 8
            and {overview.overdue.item(r, 3).text() for r in range(8)} == {"Rina Handayani"}
        )
    )
