"""The drafting wizard driven through its widgets: partner to saved draft, Back/Next keep every
answer, resume, versions, LoI → MoU carry-over, findings that jump, the debounced preview, and
the live language switch."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.models import Agreement
from kerjasama_desk.domain.vocab import AgreementKind, AgreementStage, CooperationField
from kerjasama_desk.ui.wizard import PREVIEW_DELAY_MS, DraftWizard
from kerjasama_desk.ui.wizard.memory_completer import GUARD_MS


@pytest.fixture
def open_wizard(window, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    opened = []

    def make(**kwargs):
        wizard = DraftWizard(window.ops, window.languages, parent=window, **kwargs)
        wizard.resize(1366, 740)
        wizard.show()
        opened.append(wizard)
        return wizard

    yield make
    for wizard in opened:
        wizard.close()
        wizard.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def partner_id(window, name):
    return next(p[0] for p in window.ops.service.pick_partners(name) if p[1] == name)


def step_of(wizard, question_id):
    return wizard._step_of[question_id]


def test_from_partner_to_saved_draft_with_back_next_and_resume(window, open_wizard, qtbot):
    split = partner_id(window, "Split")
    wizard = open_wizard(template_id="loi-sister-city", partner_id=split)
    editors = wizard.editors
    # Prefilled from the register (partner) and from the last draft saved (our side).
    assert editors["partner"].value()["name"] == "Split"
    assert editors["our_name"].value() == {"id": "Semarang", "en": "Semarang"}
    wizard.next_button.click()
    assert wizard.current == 1
    government = editors["partner_government"]
    # proposed from the partner's country and level; the officer writes over it
    assert government.value() == {
        "id": "Pemerintah Kota Split",
        "en": "the Government of the City of Split",
    }
    assert editors["partner_region"].value() == {"id": "Split-Dalmatia", "en": "Split-Dalmatia"}
    government.english.clear()
    qtbot.keyClicks(government.english, "the City of Split")
    wizard.next_button.click()
    editors["fields"].grid.set_checked([CooperationField.TOURISM])
    wizard.back_button.click()
    wizard.back_button.click()
    wizard.next_button.click()
    assert government.value() == {"id": "Pemerintah Kota Split", "en": "the City of Split"}
    wizard.steps.setCurrentRow(step_of(wizard, "signing_place"))
    qtbot.keyClicks(editors["signing_place"].edit, "Split")
    editors["signing_date"].edit.set_value(date(2027, 3, 1))
    wizard.save()
    # Issue 15, item 6: a new LoI drafted for a partner is recorded as its agreement
    assert wizard.status.text() == (
        "Saved as version 1. It is recorded in the register as a new agreement at the stage "
        "“Exploration”."
    )
    draft_id = wizard.draft_id
    made = window.ops.service.agreement(window.ops.drafts.draft(draft_id).agreement_id)
    assert (made.kind.value, made.partner_id, made.title_id) == (
        "loi",
        split,
        "Pernyataan Kehendak Semarang–Split",
    )
    assert wizard.agreement_id == made.id
    assert window.ops.drafts.answers(draft_id).values["fields"] == [{"code": "tourism"}]

    resumed = open_wizard(draft_id=draft_id)
    assert resumed.editors["partner_government"].value()["en"] == "the City of Split"
    assert resumed.editors["signing_date"].value() == "2027-03-01"
    assert resumed.editors["partner"].value()["name"] == "Split"
    resumed.editors["signing_place"].edit.setText("Semarang")
    resumed.save()
    assert resumed.status.text() == "Saved as version 2."
    assert window.ops.drafts.answers(draft_id, 1).values["signing_place"] == "Split"
    window.show_view("drafts")
    titles = [window.drafts.table.item(r, 0).text() for r in range(window.drafts.table.rowCount())]
    assert titles[0].endswith("— Split")
    assert window.drafts.table.item(0, 3).text() == "2"


def test_choosing_another_partner_proposes_its_designation_but_keeps_what_was_typed(
    window, open_wizard, qtbot
):
    wizard = open_wizard(template_id="loi-sister-city", partner_id=partner_id(window, "Split"))
    picker, government = wizard.editors["partner"], wizard.editors["partner_government"]
    region = wizard.editors["partner_region"]
    picker.search.setText("Ulsan")
    assert government.value() == {
        "id": "Pemerintah Kota Metropolitan Ulsan",
        "en": "Ulsan Metropolitan City",
    }
    assert region.value() is None  # "Ulsan" in Ulsan says nothing: the proposal is withdrawn
    government.english.setText("the Ulsan Metropolitan City Government")
    picker.search.setText("Split")
    assert government.value()["en"] == "the Ulsan Metropolitan City Government"  # typed: kept
    assert region.value() == {"id": "Split-Dalmatia", "en": "Split-Dalmatia"}  # proposed: follows


def test_an_mou_after_an_loi_carries_its_answers_over(window, open_wizard):
    service = window.ops.service
    loi = next(
        a for a in service.list_agreements(ListQuery(text="beihai")) if a.kind is AgreementKind.LOI
    )
    mou_id = window.ops.save_agreement(
        Agreement(
            partner_id=loi.partner_id,
            kind=AgreementKind.MOU,
            parent_id=loi.id,
            title_id="MSP Semarang–Beihai 2026",
            stage=AgreementStage.EXPLORATION,
        )
    )
    window.show_view("agreements")
    wizard = open_wizard(template_id="mou-sister-city", agreement_id=mou_id)
    assert wizard.template.id == "mou-sister-city"
    assert wizard.editors["partner_signatory"].value() == "Lian Younong"
    assert wizard.editors["loi_place"].value() == "Beihai"
    assert wizard.editors["partner"].value()["native_name"] == "北海市"
    assert wizard.editors["fields"].value()[0] == {"code": "port_logistics"}


def test_findings_jump_to_their_question_and_the_preview_waits_for_a_pause(
    window, open_wizard, qtbot
):
    wizard = open_wizard(template_id="mou-sister-city", partner_id=partner_id(window, "Ulsan"))
    wizard.steps.setCurrentRow(wizard.steps.count() - 1)
    messages = [wizard.findings.item(r).text() for r in range(wizard.findings.count())]
    place = next(r for r, text in enumerate(messages) if text.startswith("“Place of signing”"))
    wizard.findings.itemActivated.emit(wizard.findings.item(place))
    assert wizard.current == step_of(wizard, "signing_place")
    assert wizard.focusWidget() is wizard.editors["signing_place"].edit
    before = wizard.preview.toPlainText()
    qtbot.keyClicks(wizard.editors["signing_place"].edit, "Ulsan")
    assert wizard._timer.isActive()  # the keystrokes only restarted the timer
    assert wizard.preview.toPlainText() == before
    qtbot.waitUntil(
        lambda: "Done at Ulsan on" in wizard.preview.toPlainText(), timeout=PREVIEW_DELAY_MS * 10
    )
    wizard.steps.setCurrentRow(wizard.steps.count() - 1)
    remaining = [wizard.findings.item(r).text() for r in range(wizard.findings.count())]
    assert not any(text.startswith("“Place of signing”") for text in remaining)


def test_a_hidden_question_disappears_and_the_language_switch_relabels(window, open_wizard):
    wizard = open_wizard(template_id="mou-sister-city")
    province = wizard.editors["our_province"]
    wizard.steps.setCurrentRow(step_of(wizard, "our_province"))
    assert province.isVisible()
    wizard.editors["our_level"].set_value("province")
    assert not province.isVisible()
    assert wizard.windowTitle().startswith("Drafting: ")
    assert wizard.back_button.text() == "< &Back"
    window.languages.set_language("id")
    assert wizard.windowTitle().startswith("Penyusunan: ")
    assert wizard.back_button.text() == "< &Kembali"
    level_label = wizard.rows["our_level"][0].text()
    assert level_label == "Tingkat pemerintah kita *"
    assert wizard.editors["our_level"].combo.currentText() == "Provinsi"


def test_closing_with_unsaved_answers_asks_and_cancel_keeps_the_wizard(
    window, open_wizard, monkeypatch
):
    wizard = open_wizard(template_id="loi-sister-city")
    wizard.editors["signing_place"].edit.setText("Semarang")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    wizard.close()
    assert wizard.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    wizard.close()
    assert not wizard.isVisible() and wizard.draft_id is not None


def test_draft_document_button_resumes_the_agreements_draft(window, qtbot, monkeypatch):
    opened = {}

    def fake_exec(self):
        opened["draft"] = self.draft_id
        opened["template"] = self.template.id
        self._dirty = False
        return 0

    monkeypatch.setattr(DraftWizard, "exec", fake_exec)
    window.show_view("agreements")
    page = window.agreements
    page.search.setText("beihai")
    row = next(
        r for r in range(page.model.rowCount()) if page.model.row_at(r).kind is AgreementKind.MOU
    )
    page.select_id(page.model.id_at(row))
    assert page.draft_button.isEnabled()
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    saved = window.ops.drafts.latest_draft_of(page.model.id_at(row))
    assert opened == {"draft": saved, "template": "mou-sister-city"}


def test_two_saved_versions_can_be_compared(window, open_wizard):
    from kerjasama_desk.ui.wizard import CompareDialog

    wizard = open_wizard(template_id="mou-sister-city", partner_id=partner_id(window, "Split"))
    assert not wizard.compare_button.isEnabled()
    wizard.save()
    assert not wizard.compare_button.isEnabled()
    wizard.editors["term_years"].spin.setValue(3)
    wizard.editors["partner_signatory"].set_value("Cai Lihua")
    wizard.save()
    assert wizard.compare_button.isEnabled()
    dialog = CompareDialog(window.ops, wizard.draft_id, wizard)
    text = dialog.view.toPlainText()
    assert "Article 12 — Entry into Force and Duration · English" in text
    assert "5 (five)" in text and "3 (three)" in text
    # Parts without a heading of their own are named in the UI's words, not by raw ids.
    assert "Signatures · English" in text and "signatures" not in text
    window.languages.set_language("id")
    dialog.refresh()
    assert "Tanda tangan · Bahasa Inggris" in dialog.view.toPlainText()
    window.languages.set_language("en")
    dialog.after.setCurrentIndex(0)
    assert "The two versions make the same document." in dialog.view.toPlainText()
    dialog.deleteLater()


def test_findings_to_fix_and_to_look_at_have_different_icons(window, open_wizard):
    wizard = open_wizard(template_id="mou-sister-city", partner_id=partner_id(window, "Split"))
    wizard.editors["signing_place"].set_value("")  # required: to fix
    wizard.editors["term_years"].spin.setValue(12)  # longer than usual: to look at
    wizard.refresh_preview()
    items = [wizard.findings.item(row) for row in range(wizard.findings.count())]
    kinds = {item.toolTip(): item.icon().pixmap(16, 16).toImage() for item in items}
    assert set(kinds) == {"To fix before signing", "To look at"}
    assert kinds["To fix before signing"] != kinds["To look at"]


@pytest.fixture
def remembered(window, open_wizard):
    """An MoU for Split whose partner-government answer is empty, after an LoI that gave it."""
    first = open_wizard(template_id="loi-sister-city", partner_id=partner_id(window, "Split"))
    first.editors["partner_government"].set_value(
        {"id": "Pemerintah Kota Split", "en": "the City Government of Split"}
    )
    first.save()
    second = open_wizard(template_id="mou-sister-city", partner_id=partner_id(window, "Split"))
    editor = second.editors["partner_government"]
    editor.set_value(None)
    second.steps.setCurrentRow(step_of(second, "partner_government"))
    editor.indonesian.setFocus()
    return second, editor


def test_translation_memory_pops_up_while_typing_and_enter_fills_both_languages(remembered, qtbot):
    wizard, editor = remembered
    before = editor.geometry()
    qtbot.keyClicks(editor.indonesian, "pemerintah kota")
    memory = editor.memory
    assert memory.is_open()
    assert memory.popup.isWindow()  # floats over the form
    assert editor.geometry() == before  # and moves nothing
    assert memory.popup.model().index(0, 0).data() == (
        "Pemerintah Kota Split  →  the City Government of Split"
    )
    qtbot.keyClick(memory.popup, Qt.Key.Key_Down)
    qtbot.keyClick(memory.popup, Qt.Key.Key_Return)
    # Both languages of the pair, the Indonesian completed rather than left as typed.
    assert editor.value() == {"id": "Pemerintah Kota Split", "en": "the City Government of Split"}
    assert not memory.is_open()
    qtbot.keyClicks(editor.indonesian, " x")  # English is there now: nothing more pops up
    assert not memory.is_open()


def test_translation_memory_escape_and_a_stray_click_apply_nothing(remembered, qtbot):
    wizard, editor = remembered
    memory = editor.memory
    qtbot.keyClicks(editor.indonesian, "pemerintah kota")
    assert memory.is_open()
    qtbot.keyClick(memory.popup, Qt.Key.Key_Escape)
    assert not memory.is_open()
    assert editor.value() == {"id": "pemerintah kota", "en": ""}
    # Opened again on demand; a click somewhere else closes it and applies nothing.
    qtbot.keyClick(editor.indonesian, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert memory.is_open()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert not memory.is_open()
    assert editor.value() == {"id": "pemerintah kota", "en": ""}


def test_translation_memory_ignores_a_click_that_lands_as_the_popup_appears(
    remembered, qtbot, monkeypatch
):
    wizard, editor = remembered
    memory = editor.memory
    qtbot.keyClicks(editor.indonesian, "pemerintah kota")
    popup = memory.popup
    rect = popup.visualRect(popup.model().index(0, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.value() == {"id": "pemerintah kota", "en": ""}  # aimed at the field below
    qtbot.wait(GUARD_MS + 50)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.value() == {"id": "Pemerintah Kota Split", "en": "the City Government of Split"}


def test_translation_memory_asks_before_replacing_typed_english(remembered, qtbot, monkeypatch):
    wizard, editor = remembered
    memory = editor.memory
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClicks(editor.english, "Split City Government")
    qtbot.keyClicks(editor.indonesian, "pemerintah kota")
    assert not memory.is_open()  # English typed: nothing pops up by itself
    qtbot.keyClick(editor.indonesian, Qt.Key.Key_Down)  # on demand, the first row chosen
    assert memory.is_open()
    qtbot.keyClick(memory.popup, Qt.Key.Key_Return)
    assert "Split City Government" in asked[0]
    assert editor.value() == {"id": "pemerintah kota", "en": "Split City Government"}


def test_the_partners_language_text_is_entered_part_by_part_and_kept(window, open_wizard):
    wizard = open_wizard(template_id="mou-sister-city", partner_id=partner_id(window, "Beihai"))
    step = wizard.steps.item(wizard.partner_page)
    assert step.isHidden()
    wizard.partner_language.setCurrentIndex(wizard.partner_language.findData("zh"))
    assert not step.isHidden()
    assert wizard.partner_language.currentText() == "Chinese"
    wizard.partner_texts["title"].setPlainText("北海市与三宝垄市友好城市谅解备忘录")
    wizard.partner_texts["objective"].setPlainText("第一条 目的\n\n双方建立友好城市关系。")
    answers = wizard.answers()
    assert answers.languages == ("id", "en", "zh")
    assert set(answers.partner_texts) == {"title", "objective"}
    wizard.refresh_preview()
    # The columns are titled in the UI language, and follow a switch of it.
    assert "<th>Chinese</th>" in wizard.ops.drafts.preview(answers, reader="en")[0]
    assert (
        "第一条\n目的" in wizard.preview.toPlainText()
    )  # the title printed once, over the heading
    assert "Chinese" in wizard.preview.toPlainText()
    messages = [wizard.findings.item(r) for r in range(wizard.findings.count())]
    missing = next(i for i in messages if i.text().startswith("The Chinese text is still missing"))
    wizard.findings.itemActivated.emit(missing)
    assert wizard.current == wizard.partner_page
    wizard.save()
    resumed = open_wizard(draft_id=wizard.draft_id)
    assert resumed.partner_language.currentData() == "zh"
    assert resumed.partner_texts["objective"].toPlainText().startswith("第一条")
    wizard.languages.set_language("id")
    assert "Bahasa Tionghoa" in wizard.preview.toPlainText()
    assert "Bahasa Inggris" in wizard.preview.toPlainText()


def test_a_plan_of_action_under_an_mou_lists_activities_entered_in_the_table(window, open_wizard):
    service = window.ops.service
    mou = next(
        a for a in service.list_agreements(ListQuery(text="beihai")) if a.kind is AgreementKind.MOU
    )
    plan_id = window.ops.save_agreement(
        Agreement(
            partner_id=mou.partner_id,
            kind=AgreementKind.IMPLEMENTING_ARRANGEMENT,
            parent_id=mou.id,
            title_id="Rencana Aksi 2027",
            stage=AgreementStage.COOPERATION_PLAN,
        )
    )
    template = window.ops.drafts.template_for(AgreementKind.IMPLEMENTING_ARRANGEMENT.value)
    wizard = open_wizard(template_id=template, agreement_id=plan_id)
    assert wizard.editors["mou_date"].value() == "2008-10-14"  # the MoU draft's signing
    assert wizard.editors["partner_government"].value()["id"] == "Pemerintah Rakyat Kota Beihai"
    editor = wizard.editors["activities"]
    editor.add_button.click()
    for column, text in (
        (1, "pertukaran pelajar"),
        (2, "student exchange"),
        (3, "Dinas Pendidikan"),
        (4, "the Education Office"),
        (5, "Biro Pendidikan Beihai"),
        (6, "the Beihai Education Bureau"),
        (7, "Juli 2027"),
        (8, "July 2027"),
    ):
        editor.table.item(0, column).setText(text)
    field = editor.table.cellWidget(0, 0)
    field.setCurrentIndex(field.findData("education"))
    funding = editor.table.cellWidget(0, 9)
    funding.setCurrentIndex(funding.findData("theirs"))
    assert editor.value() == [
        {
            "activity": {"id": "pertukaran pelajar", "en": "student exchange"},
            "owner": {"id": "Dinas Pendidikan", "en": "the Education Office"},
            "partner_owner": {"id": "Biro Pendidikan Beihai", "en": "the Beihai Education Bureau"},
            "timing": {"id": "Juli 2027", "en": "July 2027"},
            "field": "education",
            "funding": "theirs",
        }
    ]
    office = wizard.editors["coordinating_office"]
    office.set_value({"id": "Bagian Kerja Sama", "en": "the Cooperation Division"})
    wizard.refresh_preview()
    text = wizard.preview.toPlainText()
    flat = " ".join(text.split())
    # the activities table, each cell in the preview's own small table
    for cell in (
        "a. student exchange",
        "the Education Office",
        "the Beihai Education Bureau",
        "July 2027",
        "borne by the People's Government of Beihai Municipality",
    ):
        assert cell in flat, cell
    assert "coordinated by the Cooperation Division for the Government of the City of" in (
        " ".join(text.split())
    )


def test_a_glossary_term_goes_into_both_sides_of_a_bilingual_answer(window, open_wizard, qtbot):
    wizard = open_wizard(template_id="mou-sister-city", partner_id=partner_id(window, "Split"))
    wizard.steps.setCurrentRow(step_of(wizard, "our_signatory_title"))
    title = wizard.editors["our_signatory_title"]
    title.set_value(None)
    wizard.activateWindow()
    title.indonesian.setFocus()
    wizard._focus_changed(None, title.indonesian)  # offscreen windows may not get focus events
    wizard.side.setCurrentWidget(wizard.glossary)
    wizard.glossary.search.setText("wali kota")
    first = wizard.glossary.results.item(0)
    assert first.text() == "Wali Kota  —  Mayor"
    wizard.glossary.results.itemActivated.emit(first)
    assert title.value() == {"id": "Wali Kota", "en": "Mayor"}
    wizard.glossary.search.setText("sister")
    results = wizard.glossary.results
    texts = [results.item(r).text() for r in range(results.count())]
    assert "kota bersaudara  —  sister city" in texts


def test_answers_are_kept_on_every_page_change_and_resumed_after_a_crash(
    window, open_wizard, monkeypatch
):
    wizard = open_wizard(template_id="loi-sister-city", partner_id=partner_id(window, "Split"))
    assert window.ops.service.autosaves() == []
    wizard.editors["signing_place"].edit.setText("Split")
    wizard._move(1)  # a page change keeps the answers
    [kept] = window.ops.service.autosaves()
    assert kept.answers["signing_place"] == "Split" and kept.partner_id
    # The process dies here: the wizard never closes, nothing is saved as a version.
    wizard._closed = True
    resumed = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: [b.click() for b in box.buttons() if b.text() == "Resume"] and 0,
    )
    monkeypatch.setattr(DraftWizard, "exec", lambda self: resumed.append(self) or 0)
    window.offer_resume()
    [again] = resumed
    assert again.editors["signing_place"].value() == "Split"
    assert again.editors["partner"].value()["name"] == "Split"
    again.save()
    assert window.ops.service.autosaves() == []  # a version now: nothing left to resume
    again._dirty = False
    again.reject()


def test_a_typed_date_is_an_answer_and_an_unreadable_one_stops_the_save(
    window, open_wizard, qtbot, monkeypatch
):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    wizard = open_wizard(template_id="loi-sister-city", partner_id=partner_id(window, "Split"))
    field = wizard.editors["signing_date"].edit
    wizard.steps.setCurrentRow(step_of(wizard, "signing_date"))
    field.line.setFocus()
    qtbot.keyClicks(field.line, "10/12/2026")
    field.line.editingFinished.emit()
    assert wizard.answers().values["signing_date"] == "2026-12-10"
    field.line.setText("31/02/2026")
    wizard.steps.setCurrentRow(0)
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    assert wizard.draft_id is None  # nothing saved with the date silently dropped
    assert warned and warned[0].startswith("Date of signing:") and "31/02/2026" in warned[0]
    assert wizard.current == step_of(wizard, "signing_date")  # taken to the field
    assert field.line.text() == "31/02/2026"


def test_which_document_lists_the_process_in_order_and_offers_the_next_step(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from kerjasama_desk.ui.wizard import launch

    asked = []

    def get_item(parent, title, label, items, current, editable):
        asked.append((list(items), current))
        return items[current], True

    opened = []
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(launch.DraftWizard, "exec", lambda wizard: opened.append(wizard))
    service = window.ops.service
    from kerjasama_desk.domain.models import Partner

    new = service.save_partner(Partner(name="Mostar", country="BA"))
    launch.open_draft(window, window.ops, window.languages, partner_id=new)
    launch.open_draft(window, window.ops, window.languages, partner_id=partner_id(window, "Beihai"))
    items, current = asked[0]
    assert [item.split(" — ")[0] for item in items] == [
        "Letter of Intent",
        "Memorandum of Understanding",
        "Plan of Action",
        "Addendum",
        "Agreed Minutes of a Joint Working Group meeting",
        "Notice of termination or non-renewal of an MoU",
        "Cooperation plan (terms of reference) for the DPRD",
        "Letter asking the DPRD's approval",
        "Extension of an MoU by exchange of letters",
        "Letter asking the Ministry of Home Affairs for facilitation",
        "Letter asking the Foreign Minister for full powers",
        "Reply to a partner's proposal of cooperation",
        "Request for an official travel permit abroad (PDLN)",
    ]
    assert current == 0  # a new partner starts with the Letter of Intent
    assert opened[0].template.id == "loi-sister-city"
    assert asked[1][1] == 2  # Beihai has an MoU: its plan of action comes next
    for wizard in opened:
        wizard.reject()
        wizard.deleteLater()


def test_a_part_already_translated_in_an_earlier_draft_is_offered_again(
    window, open_wizard, monkeypatch
):
    beihai = partner_id(window, "Beihai")
    first = open_wizard(template_id="mou-sister-city", partner_id=beihai)
    first.partner_language.setCurrentIndex(first.partner_language.findData("zh"))
    first.partner_texts["objective"].setPlainText("第一条 目的\n\n双方建立友好城市关系。")
    first.save()
    second = open_wizard(template_id="mou-sister-city", partner_id=beihai)
    second.partner_language.setCurrentIndex(second.partner_language.findData("zh"))
    menu = second.partner_earlier["objective"].menu()
    second._offer_earlier("objective", menu)
    [offered] = [a for a in menu.actions() if a.isEnabled()]
    assert "第一条 目的 双方建立友好城市关系。" in offered.text()
    offered.trigger()
    assert second.partner_texts["objective"].toPlainText().startswith("第一条 目的")
    second.partner_texts["objective"].setPlainText("我自己的译文")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    offered.trigger()
    assert second.partner_texts["objective"].toPlainText() == "我自己的译文"  # asked, kept
    second.partner_language.setCurrentIndex(second.partner_language.findData("ja"))
    second._offer_earlier("objective", menu)
    assert [a.isEnabled() for a in menu.actions()] == [False]  # none in Japanese
    assert menu.actions()[0].text() == "No earlier draft has this part in Japanese."


def test_a_notice_is_drafted_for_the_mou_it_ends_and_a_late_one_is_refused(
    window, open_wizard, qtbot
):
    """Issue 15, item 3: the wizard drafts a notice from the MoU's record; a notice that does
    not respect the MoU's notice period shows the error where the end date is asked."""
    mou = next(
        a
        for a in window.ops.service.list_agreements(ListQuery(text="beihai"))
        if a.kind is AgreementKind.MOU
    )
    wizard = open_wizard(template_id="notice-termination", agreement_id=mou.id)
    editors = wizard.editors
    assert editors["partner"].value()["name"] == "Beihai"
    assert editors["mou_date"].value() == "2008-10-14"
    editors["signing_date"].set_value("2026-12-01")
    editors["end_date"].set_value("2027-02-01")  # two months: the MoU asks for six
    wizard.refresh_preview()

    def notice_findings():
        items = [wizard.findings.item(row) for row in range(wizard.findings.count())]
        return [
            item.text()
            for item in items
            if item.data(Qt.ItemDataRole.UserRole) == "end_date" and "written notice" in item.text()
        ]

    [late] = notice_findings()
    assert "at the earliest" in late and "1 June 2027" in late
    assert "PEMBERITAHUAN PENGAKHIRAN" in wizard.preview.toPlainText()
    editors["end_date"].set_value("2027-06-01")
    wizard.refresh_preview()
    assert notice_findings() == []


def test_agreed_minutes_take_due_dates_and_their_save_records_commitments(
    window, open_wizard, qtbot
):
    """Issue 15, item 3: the follow-up table of agreed minutes has a due date per row; saving
    records the dated rows as commitments of the MoU and says so."""
    mou = next(
        a
        for a in window.ops.service.list_agreements(ListQuery(text="beihai"))
        if a.kind is AgreementKind.MOU
    )
    wizard = open_wizard(template_id="minutes-jwg", agreement_id=mou.id)
    followups = wizard.editors["followups"]
    assert followups.table.columnCount() == followups._DUE + 1  # the due date's column
    followups.set_value(
        [
            {
                "field": "tourism",
                "activity": {"id": "Pameran wisata bersama", "en": "Joint tourism fair"},
                "due": "2027-05-31",
            },
            {"activity": {"id": "Menjajaki beasiswa", "en": "Explore scholarships"}},
        ]
    )
    assert [item.get("due") for item in followups.value()] == ["2027-05-31", None]
    for question, value in (
        ("signing_place", "Beihai"),
        ("signing_date", "2026-11-20"),
    ):
        wizard.editors[question].set_value(value)
    before = len(window.ops.service.register.commitments.for_agreement(mou.id))
    assert wizard.save()
    assert "1 follow-up item recorded as a commitment of the agreement." in wizard.status.text()
    titles = [c.title for c in window.ops.service.register.commitments.for_agreement(mou.id)]
    assert len(titles) == before + 1 and "Pameran wisata bersama" in titles


def test_a_new_document_for_an_agreement_is_drafted_from_its_list(window, monkeypatch):
    """The Agreements list offers "New document for this agreement…": the minutes, addendum or
    notice chosen is a new draft linked to it, never its own text reopened."""
    from PySide6.QtWidgets import QInputDialog

    from kerjasama_desk.ui.wizard import launch

    mou = next(
        a
        for a in window.ops.service.list_agreements(ListQuery(text="beihai"))
        if a.kind is AgreementKind.MOU
    )
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        lambda parent, title, label, items, current, editable: (
            next(i for i in items if i.startswith("Agreed Minutes")),
            True,
        ),
    )
    opened = []
    monkeypatch.setattr(launch.DraftWizard, "exec", lambda wizard: opened.append(wizard))
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    page = window.agreements
    window.show_view("agreements")
    assert page.select_id(mou.id)
    from PySide6.QtCore import QTimer

    def choose_from_the_menu():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        [action] = [a for a in menu.actions() if a.text() == "New document for this agreement…"]
        menu.close()
        action.trigger()

    QTimer.singleShot(200, choose_from_the_menu)
    page.view.customContextMenuRequested.emit(QPoint(5, 5))  # the officer right-clicks
    [wizard] = opened
    assert wizard.template.id == "minutes-jwg" and wizard.agreement_id == mou.id
    assert wizard.draft_id is None  # a new draft, not the MoU's text
    wizard.reject()


def test_an_agreements_documents_are_listed_in_its_editor(window, qtbot, monkeypatch):
    """Issue 15, item 6: the agreement's view lists its drafts (its text and the documents
    drafted for it) and opens them in the wizard."""
    import json
    from pathlib import Path

    from kerjasama_desk.drafting.answers import read_answers
    from kerjasama_desk.ui.agreement_editor import AgreementEditor
    from kerjasama_desk.ui.wizard import launch

    mou = next(
        a
        for a in window.ops.service.list_agreements(ListQuery(text="beihai"))
        if a.kind is AgreementKind.MOU
    )
    editor = AgreementEditor(window.ops, window.languages, mou.id, window)
    box = editor.drafts
    before = box.table.rowCount()
    samples = Path(__file__).parents[1] / "drafting" / "minutes-beihai.json"
    data = json.loads(samples.read_text(encoding="utf-8"))
    answers = read_answers(data, window.ops.drafts.templates)
    window.ops.save_draft(
        answers,
        draft_id=None,
        partner_id=mou.partner_id,
        agreement_id=mou.id,
        title="Notulen 2026",
        author="",
    )
    assert box.table.rowCount() == before + 1  # refreshed by the save
    assert box.table.item(0, 0).text() == "Agreed Minutes of a Joint Working Group meeting"
    opened = []
    monkeypatch.setattr(launch.DraftWizard, "exec", lambda wizard: opened.append(wizard))
    box.table.selectRow(0)
    box.open_button.click()  # the button, as the officer clicks it
    assert opened and opened[0].template.id == "minutes-jwg"
    opened[0].reject()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        lambda parent, title, label, items, current, editable: (
            next(i for i in items if i.startswith("Addendum")),
            True,
        ),
    )
    box.new_button.click()
    assert opened[-1].template.id == "addendum-mou" and opened[-1].agreement_id == mou.id
    opened[-1].reject()
    editor.reject()
