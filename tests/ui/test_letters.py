"""Issue 15 in the app: a letter is refused without a letterhead, a signed letter fills its
checklist item once the officer confirms, a trip drafts its permit request, and the wizard
offers a letter's own languages only."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QMessageBox

from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.ui.agreement_editor import AgreementEditor


def _beihai_mou(window) -> int:  # noqa: ANN001
    service = window.ops.service
    return next(
        a.id for a in service.list_agreements(ListQuery(text="beihai")) if a.kind.value == "mou"
    )


def _letter(window, template_id: str) -> int:  # noqa: ANN001
    return next(r.id for r in window.ops.drafts.rows() if r.template_id == template_id)


def test_a_letter_without_a_letterhead_is_refused_with_where_to_set_it_up(
    window, qtbot, monkeypatch
):
    from kerjasama_desk.ui import export_dialog, print_preview

    ours = window.ops.service.our_government()
    window.ops.save_our_government(replace(ours, coat_of_arms=None))
    warned, opened = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[1:3]))
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda d: opened.append(d))
    monkeypatch.setattr(print_preview.PrintPreview, "exec", lambda d: opened.append(d))
    draft_id = _letter(window, "letter-dprd-approval")
    export_dialog.export_draft(window, window.ops, draft_id, "en")
    print_preview.preview_draft(window, window.ops, draft_id, "en")
    assert not opened and len(warned) == 2
    title, text = warned[0]
    assert title == "No letterhead" and "Edit → Our government" in text
    window.set_language("id")
    export_dialog.export_draft(window, window.ops, draft_id, "id")
    assert "Sunting → Pemerintah daerah kita" in warned[-1][1]
    window.set_language("en")
    # An agreement's text is not a letter: it opens as before
    mou_text = window.ops.drafts.latest_draft_of(_beihai_mou(window))
    export_dialog.export_draft(window, window.ops, mou_text, "en")
    assert len(opened) == 1


def test_a_signed_letter_fills_its_checklist_item_when_the_officer_confirms(
    window, qtbot, tmp_path, monkeypatch
):
    from kerjasama_desk.ui import export_dialog

    ops = window.ops
    mou = _beihai_mou(window)
    draft_id = _letter(window, "letter-dprd-approval")
    answers = ops.drafts.answers(draft_id)
    numbered = replace(
        answers,
        values={**answers.values, "letter_number": "172/301/2008", "letter_date": "2008-06-02"},
    )
    ops.save_draft(
        numbered, draft_id=draft_id, partner_id=None, agreement_id=mou, title="", author=""
    )
    asked = []

    def question(parent, title, text, *args):  # noqa: ANN001, ANN202
        asked.append((title, text))
        if title == "Record in the checklist":
            return QMessageBox.StandardButton.Yes
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "question", question)

    def sign(dialog):  # noqa: ANN001, ANN202 - the officer ticks Final and writes the PDF
        dialog.path.setText(str(tmp_path / "dprd.pdf"))
        dialog.final.setChecked(True)
        with qtbot.waitSignal(dialog.exported, timeout=20_000):
            dialog.export()
        dialog.wait()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", sign)
    export_dialog.export_draft(window, ops, draft_id, "en")
    [(_, text)] = [a for a in asked if a[0] == "Record in the checklist"]
    assert "172/301/2008" in text and "2 June 2008" in text
    assert "Our letter asking the DPRD's approval" in text
    record = ops.service.register.gates.records(mou)["dprd_request"]
    assert (record.done, record.reference) == (True, "172/301/2008")
    editor = AgreementEditor(ops, window.languages, mou, window)
    qtbot.addWidget(editor)
    names = [
        editor.attachments.table.item(r, 0).text()
        for r in range(editor.attachments.table.rowCount())
    ]
    assert "dprd.pdf" in names


def test_a_planned_trip_drafts_its_permit_request(window, qtbot, monkeypatch):
    from kerjasama_desk.ui.wizard import launch

    service = window.ops.service
    ulsan = next(a.id for a in service.list_agreements(ListQuery(text="ulsan")))
    editor = AgreementEditor(window.ops, window.languages, ulsan, window)
    qtbot.addWidget(editor)
    box = editor.trips
    assert not box.letter_button.isEnabled()  # no trip chosen yet
    box.table.selectRow(0)
    assert box.letter_button.isEnabled() and box.letter_button.text() == "Permit request letter…"
    opened = []
    monkeypatch.setattr(launch.DraftWizard, "exec", lambda wizard: opened.append(wizard))
    box.letter_button.click()
    [wizard] = opened
    assert wizard.template.id == "letter-pdln" and wizard.agreement_id == ulsan
    assert wizard.editors["destination"].value()  # from the trip
    assert wizard.editors["delegation"].value().count(";") >= 1
    assert not wizard.english.isVisibleTo(wizard)  # an Indonesian letter: Indonesian only
    assert not wizard.partner_language.isVisibleTo(wizard)
    wizard.close()


def test_a_letter_abroad_offers_the_indonesian_beside_the_english(window, qtbot):
    from kerjasama_desk.ui.wizard import DraftWizard

    wizard = DraftWizard(
        window.ops,
        window.languages,
        template_id="letter-partner-reply",
        agreement_id=_beihai_mou(window),
        parent=window,
    )
    qtbot.addWidget(wizard)
    assert wizard.english.isVisibleTo(wizard)
    assert wizard.english.text() == "Also the Indonesian text beside the English"
    window.set_language("id")
    assert wizard.english.text() == "Juga naskah bahasa Indonesia di samping bahasa Inggris"
    window.set_language("en")
    wizard.refresh_preview()
    assert "Proposal of Sister City Cooperation" in wizard.preview.toPlainText()
    wizard.close()


def test_a_coat_of_arms_that_cannot_be_read_is_said_in_the_ui_language(window, monkeypatch):
    from kerjasama_desk.ui import export_dialog

    ours = window.ops.service.our_government()
    with window.ops.service.register.transaction():  # damaged on disk, past the validation
        window.ops.service.register.db.execute(
            "UPDATE our_government SET coat_of_arms = ? WHERE id = 1",
            [b"\x89PNG\r\n\x1a\n" + b"\x00" * 40],
        )
    assert ours is not None
    warned, opened = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda d: opened.append(d))
    window.set_language("id")
    export_dialog.export_draft(window, window.ops, _letter(window, "letter-dprd-approval"), "id")
    window.set_language("en")
    assert not opened
    assert warned == [
        "Lambang daerah yang tersimpan di register tidak dapat dibaca sebagai gambar. Pilih "
        "kembali di Sunting → Pemerintah daerah kita."
    ]
