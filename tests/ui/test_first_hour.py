"""The officer's first hour, driven with the keyboard only (issue 13): a new partner, its Letter
of Intent with a partner language, the UI switched to the other language halfway, then the MoU,
its preview and its export. Every answer typed survives the switch.

Modal dialogs block the test while they run their own event loop; the keys they receive are sent
from a timer inside that loop (``while_modal``). The wizard and the export dialog, opened with
exec() by the app, are shown without modality here so the test can type into them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kerjasama_desk.ui.export_dialog import ExportDialog
from kerjasama_desk.ui.wizard import DraftWizard

ANIMATED_CLICK_MS = 150  # QAbstractButton.animateClick() shows the press for 100 ms


def while_modal(qtbot, action: Callable[[QWidget], None]) -> None:
    """Runs ``action`` on the modal dialog once it is up (from inside its event loop)."""

    def attempt(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        assert dialog is not None, "no modal dialog came up"
        action(dialog)

    QTimer.singleShot(0, attempt)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Replaces the box's text as typed; text beyond ASCII is pasted (Ctrl+V), as officers do
    with the partner's translation (QTest can type only ASCII keys)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        QApplication.clipboard().setText(text)
        qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def activate(qtbot, window: QWidget) -> None:
    """Back to ``window`` after a dialog, as a window manager does (the offscreen platform leaves
    the last popup, hidden, as the active window, and shortcuts look at the active window)."""
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def alt(qtbot, widget: QWidget, key: Qt.Key) -> None:
    """Alt+letter, a button's mnemonic: the button clicks itself a moment later (it shows the
    press first), so the test waits for that moment."""
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(ANIMATED_CLICK_MS)


@pytest.fixture
def non_modal(monkeypatch, qtbot):
    """The wizard and the export dialog as the test can type into them."""
    shown: list[QWidget] = []

    def show(dialog: QWidget) -> int:
        dialog.show()
        activate(qtbot, dialog)
        shown.append(dialog)
        return 0

    monkeypatch.setattr(DraftWizard, "exec", show)
    monkeypatch.setattr(ExportDialog, "exec", show)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Close)
    yield shown
    for dialog in shown:
        dialog.close()
        dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def mnemonic(button: QWidget) -> Qt.Key:
    """The Alt+letter of a button in the UI language: "&Next >" N, "&Lanjut >" L."""
    text = button.text()  # type: ignore[attr-defined]
    return Qt.Key(ord(text[text.index("&") + 1].upper()))


def step_to(qtbot, wizard: DraftWizard, question_id: str) -> None:
    """Alt+N (Next; Alt+L in Indonesian) until the page with ``question_id`` shows."""
    for _ in range(wizard.steps.count()):
        if wizard.current == wizard._step_of[question_id]:
            return
        alt(qtbot, wizard, mnemonic(wizard.next_button))
    raise AssertionError(f"{question_id} was not reached with Next")


def export_by_keyboard(qtbot, non_modal, wizard: DraftWizard, path) -> None:
    alt(qtbot, wizard, mnemonic(wizard.export_button))  # Export PDF/DOCX… (saves first)
    dialog = non_modal[-1]
    assert isinstance(dialog, ExportDialog)
    type_into(qtbot, dialog.path, str(path))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # the dialog's default: Save
    dialog.wait()
    assert path.read_bytes().startswith(b"%PDF")
    qtbot.keyClick(dialog.path, Qt.Key.Key_Escape)  # Close
    assert not dialog.isVisible()
    activate(qtbot, wizard)


def test_new_partner_loi_with_partner_language_then_mou_by_keyboard(
    window, qtbot, non_modal, tmp_path
):
    window.activateWindow()
    window.show_view("partners")
    page = window.partners

    # A new partner: Ctrl+N, its name and country typed, Enter saves.
    def fill_partner(editor: QWidget) -> None:
        type_into(qtbot, editor.name, "Kawasaki")
        type_into(qtbot, editor.country.lineEdit(), "Japan")
        popup = editor.country.completer().popup()
        if popup.isVisible():  # Enter takes the completion offered
            qtbot.keyClick(popup, Qt.Key.Key_Return)
        qtbot.keyClick(editor.name, Qt.Key.Key_Return)

    while_modal(qtbot, fill_partner)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    kawasaki = page.current_id()
    assert kawasaki is not None and window.ops.service.partner(kawasaki).name == "Kawasaki"

    # Ctrl+D: "Which document?" offers the Letter of Intent first for a new partner; Enter.
    activate(qtbot, window)
    while_modal(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    loi = non_modal[-1]
    assert isinstance(loi, DraftWizard) and loi.template.id == "loi-sister-city"

    # The partner's language, chosen with the arrow keys on the first page.
    combo = loi.partner_language
    combo.setFocus()
    while combo.currentData() != "ja":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    step_to(qtbot, loi, "partner_government")
    government = loi.editors["partner_government"]
    type_into(qtbot, government.indonesian, "Pemerintah Kota Kawasaki")
    type_into(qtbot, government.english, "the City Government of Kawasaki")
    step_to(qtbot, loi, "signing_place")
    type_into(qtbot, loi.editors["signing_place"].edit, "Semarang")
    date_field = loi.editors["signing_date"].edit
    type_into(qtbot, date_field.line, "10/12/2026")
    qtbot.keyClick(date_field.line, Qt.Key.Key_Tab)
    type_into(qtbot, loi.editors["partner_signatory"].edit, "Norihiko Fukuda")
    before = loi.answers()
    assert before.values["signing_date"] == "2026-12-10"

    # Halfway: the language button, reached from the keyboard, switches the whole UI.
    loi.language_button.setFocus()
    qtbot.keyClick(loi.language_button, Qt.Key.Key_Space)
    assert window.languages.language == "id"
    assert loi.back_button.text() == "< &Kembali"
    assert loi.answers() == before  # nothing typed is lost
    assert date_field.line.text() == "10 Desember 2026"
    assert "Bahasa Jepang" in loi.preview.toPlainText()  # the preview's columns follow

    # The partner's own text, then Ctrl+S.
    assert mnemonic(loi.next_button) == Qt.Key.Key_L  # Lanjut: "Next" in Indonesian
    while loi.current != loi.partner_page:
        alt(qtbot, loi, Qt.Key.Key_L)
    type_into(qtbot, loi.partner_texts["title"], "川崎市とスマラン市の友好都市に関する意向書")
    loi.activateWindow()
    qtbot.keyClick(loi, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert loi.draft_id is not None
    saved = window.ops.drafts.answers(loi.draft_id)
    assert saved.languages == ("id", "en", "ja")
    assert saved.values["partner_government"] == {
        "id": "Pemerintah Kota Kawasaki",
        "en": "the City Government of Kawasaki",
    }
    assert saved.partner_texts["title"].startswith("川崎市")
    export_by_keyboard(qtbot, non_modal, loi, tmp_path / "loi-kawasaki.pdf")
    alt(qtbot, loi, mnemonic(loi.close_button))  # Tutup: Close
    assert not loi.isVisible()

    # The MoU comes next for this partner; what was typed for the LoI is remembered.
    activate(qtbot, window)
    page.view.setFocus()
    while_modal(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    mou = non_modal[-1]
    assert isinstance(mou, DraftWizard) and mou.template.id == "mou-sister-city"
    step_to(qtbot, mou, "partner_government")
    government = mou.editors["partner_government"]
    government.set_value(None)
    type_into(qtbot, government.indonesian, "Pemerintah Kota Kaw")
    assert government.memory.is_open()
    qtbot.keyClick(government.memory.popup, Qt.Key.Key_Down)
    qtbot.keyClick(government.memory.popup, Qt.Key.Key_Return)
    assert government.value() == {
        "id": "Pemerintah Kota Kawasaki",
        "en": "the City Government of Kawasaki",
    }
    mou.refresh_preview()
    preview = mou.preview.toPlainText()
    assert "MEMORANDUM SALING PENGERTIAN" in preview and "Kawasaki" in preview
    export_by_keyboard(qtbot, non_modal, mou, tmp_path / "mou-kawasaki.pdf")
    window.languages.set_language("en")
