"""GUI tests driving the real widgets offscreen: create, search, edit, delete; live language."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from kerjasama_desk.app import build_window
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.models import Agreement, Partner
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui.agreement_editor import AgreementEditor
from kerjasama_desk.ui.editors import OfficerEditor, PartnerEditor


def rows(model):
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_models_pass_the_model_tester(window, qtmodeltester):
    for name in ("partners", "agreements", "officers"):
        window.show_view(name)
        page = window.current_page()
        assert page.model.rowCount() > 0
        qtmodeltester.check(page.model)


def test_a_hidden_list_loads_when_shown_and_catches_up_with_changes(window, qtbot):
    window.show_view("overview")
    assert not window.agreements.model.loaded  # nothing queried for a page never shown
    window.show_view("partners")
    assert window.partners.model.loaded
    before = window.partners.model.total
    window.show_view("overview")
    window.ops.save_partner(Partner(name="Busan", country="KR"))
    assert window.partners.model.total == before  # hidden: not reloaded yet
    window.show_view("partners")
    assert window.partners.model.total == before + 1
    assert window.partners.count_label.text() == f"{before + 1} partners"
    window.partners.search.setText("busan")
    assert window.partners.count_label.text() == "1 partner"


def test_search_as_you_type_filters_the_partner_list(window, qtbot):
    window.show_view("partners")
    qtbot.keyClicks(window.partners.search, "beih")
    assert rows(window.partners.model) == ["Beihai"]
    window.partners.search.clear()
    window.partners.search.setText("九州")  # typed through an input method, not key events
    assert rows(window.partners.model) == ["Kitakyushu"]
    window.partners.search.clear()
    assert len(rows(window.partners.model)) == 7


def test_sorting_by_a_header_click_sorts_in_sql(window):
    window.show_view("partners")
    window.partners.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert rows(window.partners.model)[0] == "Ulsan"
    window.partners.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert rows(window.partners.model)[0] == "Beihai"


def test_create_edit_and_delete_a_partner(window, qtbot, monkeypatch):
    window.show_view("partners")
    editor = PartnerEditor(window.ops, window.languages, None, window)
    qtbot.keyClicks(editor.name, "Busan")
    editor.country.set_code("KR")
    qtbot.keyClicks(editor.population, "3.400.000")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.result() == editor.DialogCode.Accepted
    window.partners.search.setText("busan")
    assert rows(window.partners.model) == ["Busan"]
    partner_id = window.partners.model.id_at(0)
    assert window.ops.service.partner(partner_id).population == 3_400_000

    editor = PartnerEditor(window.ops, window.languages, partner_id, window)
    editor.region.setText("Busan Metropolitan City")
    editor.save()
    assert window.ops.service.partner(partner_id).region == "Busan Metropolitan City"

    window.partners.select_id(partner_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.partners.delete_current()
    assert rows(window.partners.model) == []
    assert window.ops.service.count_partners(ListQuery()) == 7


def test_bad_partner_input_shows_messages_next_to_the_fields_and_saves_nothing(window, qtbot):
    editor = PartnerEditor(window.ops, window.languages, None, window)
    qtbot.keyClicks(editor.name, "Beihai")
    editor.country.set_code("CN")
    qtbot.keyClicks(editor.population, "-5")
    editor.notes.setPlainText("x" * 10_000)
    editor.save()
    messages = editor.field_messages()
    assert "already in the register" in messages["partner.name"]
    assert "Population cannot be negative" in messages["partner.population"]
    assert "10,000 characters" in messages["partner.notes"]
    assert editor.result() != editor.DialogCode.Accepted
    assert window.ops.service.counts().partners == 7


def test_deleting_a_partner_with_agreements_is_refused_with_an_explanation(window, monkeypatch):
    window.show_view("partners")
    window.partners.search.setText("beihai")
    window.partners.select_id(window.partners.model.id_at(0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window.partners.delete_current()
    assert shown and "still has agreements in the register (2)" in shown[0]
    assert rows(window.partners.model) == ["Beihai"]


def test_create_and_delete_an_agreement(window, qtbot, monkeypatch):
    beihai = window.ops.service.list_partners(ListQuery(text="beihai"))[0]
    editor = AgreementEditor(window.ops, window.languages, None, window, partner_id=beihai.id)
    qtbot.keyClicks(editor.title_id, "Rencana Aksi Pariwisata 2027")
    editor.signed_on.set_value(date(2026, 11, 1))
    editor.expires_on.set_value(date(2026, 1, 1))
    editor.save()
    assert "cannot be earlier than Signed on" in editor.field_messages()["agreement.expires_on"]
    editor.expires_on.set_value(None)
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    window.show_view("agreements")
    qtbot.keyClicks(window.agreements.search, "rencana aksi")
    assert rows(window.agreements.model) == ["Rencana Aksi Pariwisata 2027"]
    window.agreements.select_id(window.agreements.model.id_at(0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.agreements.delete_current()
    assert rows(window.agreements.model) == []


def test_create_an_officer_and_validate_nip(window, qtbot):
    editor = OfficerEditor(window.ops, window.languages, None, window)
    qtbot.keyClicks(editor.name, "Dian Puspita")
    qtbot.keyClicks(editor.nip, "123")
    editor.save()
    assert "must have 18 digits" in editor.field_messages()["officer.nip"]
    editor.nip.clear()
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    window.show_view("officers")
    assert "Dian Puspita" in rows(window.officers.model)


def test_enter_opens_and_keyboard_shortcuts_move_focus(window, qtbot, monkeypatch):
    window.show_view("partners")
    opened = []
    monkeypatch.setattr(window.partners, "open_record", opened.append)
    window.partners.view.setFocus()
    window.partners.view.setCurrentIndex(window.partners.model.index(0, 0))
    qtbot.keyClick(window.partners.view, Qt.Key.Key_Return)
    assert opened == [window.partners.model.id_at(0)]
    window.find_action.trigger()
    assert window.partners.search.hasFocus() or window.partners.search.isActiveWindow() is False


def test_live_language_switch(window, qtbot):
    window.show_view("agreements")
    window.agreements.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # newest signing first
    model = window.agreements.model
    assert window.windowTitle() == "Register of foreign cooperation"  # Qt adds the app name
    assert window.file_menu.title() == "&File"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    assert model.data(model.index(0, 4)) == "14 October 2008"

    window.set_language("id")
    assert window.windowTitle() == "Register kerja sama luar negeri"
    assert window.file_menu.title() == "&Berkas"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Judul"
    assert model.data(model.index(0, 4)) == "14 Oktober 2008"
    assert model.data(model.index(0, 3)) == "Pelaksanaan"
    assert window.agreements.new_button.text() == "Baru"
    assert window.agreements.count_label.text() == "7 perjanjian"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Simpan"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    editor = PartnerEditor(window.ops, window.languages, None, window)
    editor.save()
    assert editor.field_messages()["partner.name"] == "Nama (huruf Latin) wajib diisi. Isilah."
    window.set_language("en")
    assert editor.field_messages()["partner.name"] == (
        "Name (Latin script) is required. Fill it in."
    )
    assert model.data(model.index(0, 4)) == "14 October 2008"


def test_language_choice_and_window_state_persist(window, languages, tmp_path):
    window.set_language("id")
    window.show_view("officers")
    window.close()
    settings = languages._settings
    settings.sync()
    again = LanguageManager(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert again.saved_language() == "id"
    assert (
        QSettings(settings.fileName(), QSettings.Format.IniFormat).value("window/view")
        == "officers"
    )


def test_one_change_notice_per_action_reloads_the_overview_once(window, monkeypatch):
    notices = []
    window.ops.changed.connect(notices.append)
    refreshes = []
    original = window.overview.refresh
    monkeypatch.setattr(window.overview, "refresh", lambda: (refreshes.append(1), original()))
    beihai = window.ops.service.list_partners(ListQuery(text="beihai"))[0]
    window.ops.save_agreement(Agreement(partner_id=beihai.id, title_id="Rencana Aksi 2027"))
    assert notices == [frozenset({"agreements", "partners", "officers"})]
    assert len(refreshes) == 1


def test_back_up_now_and_restore_from_the_file_menu(qtbot, languages, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from kerjasama_desk.services.registers import open_service

    path = tmp_path / "register.sqlite"
    service = open_service(path)
    service.save_partner(Partner(name="Beihai", country="CN"))
    main = build_window(service, languages, languages._settings)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main.backups.backup_now()
    made = shown[-1].split("\n")[-1]
    assert made.endswith("-manual.sqlite")
    main.ops.save_partner(Partner(name="Fuzhou", country="CN"))
    assert main.ops.service.counts().partners == 2
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (made, ""))
    main.backups.restore_backup()
    assert main.ops.service.counts().partners == 1
    assert "is kept in" in shown[-1] and "before-restore" in shown[-1]
    main.close()
    main.deleteLater()
    main.ops.service.register.close()


def test_restoring_another_registers_backup_asks_and_no_changes_nothing(
    qtbot, languages, tmp_path, monkeypatch
):
    """Issue 12, item 3: a backup of another register was restored without a word."""
    from PySide6.QtWidgets import QFileDialog

    from kerjasama_desk.services.registers import open_service

    path = tmp_path / "register.sqlite"
    service = open_service(path)
    service.save_partner(Partner(name="Beihai", country="CN"))
    other = tmp_path / "other.sqlite"
    open_service(other).close()
    main = build_window(service, languages, languages._settings)
    asked = []

    def answer_no(box):
        asked.append((box.text(), box.defaultButton() == box.button(QMessageBox.StandardButton.No)))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer_no)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    main.backups.restore_backup()
    assert asked and "is not a backup of register.sqlite" in asked[0][0] and asked[0][1]
    assert main.ops.service.counts().partners == 1
    main.close()
    main.deleteLater()
    main.ops.service.register.close()


def test_a_failed_daily_check_offers_the_backups(qtbot, languages, tmp_path, monkeypatch):
    from kerjasama_desk.services import backups
    from kerjasama_desk.services.registers import open_service

    window = build_window(
        open_service(tmp_path / "register.sqlite"), languages, languages._settings
    )

    def damaged(path, uuid, reason="daily", directory=None, *, progress=None, stop=None):
        raise backups.DamagedRegister("register.sqlite failed its check: Page 7: btreeInitPage")

    monkeypatch.setattr(backups, "take_due", damaged)
    monkeypatch.setattr(backups, "is_due", lambda *a, **k: True)
    shown = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: shown.append((box.text(), [b.text() for b in box.buttons()])) or 0,
    )
    window.backups.daily_backup()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # told from the worker thread
    assert "failed SQLite's integrity check" in shown[0][0] and "Restore a backup…" in shown[0][1]
    window.close()
    window.deleteLater()
    window.ops.service.register.close()


def _slow_backup(calls, started):
    """A take_due that runs until it is told to stop, as a big register's backup does."""
    from kerjasama_desk.domain.errors import Stopped

    def take_due(path, uuid, reason="daily", directory=None, *, progress=None, stop=None):
        calls.append(reason)
        started.set()
        for page in range(100_000):
            if stop is not None and stop():
                raise Stopped
            if progress is not None and page % 10 == 0:
                progress(page, 100_000)
            time.sleep(0.01)
        raise AssertionError("never told to stop")

    return take_due


def test_the_daily_backup_runs_beside_the_window_and_closing_postpones_it(
    qtbot, languages, tmp_path, monkeypatch
):
    """Issue 16, item 2: the window keeps answering while a big register is backed up, its
    progress in the status bar; closing stops it (leaving nothing) and the next start takes
    it, whatever backups that day has."""
    import threading

    from PySide6.QtCore import QTimer

    from kerjasama_desk.services import backups
    from kerjasama_desk.services.registers import open_service

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "register.sqlite"
    window = build_window(open_service(path), languages, languages._settings)
    register = window.ops.service.register
    assert backups.is_due(path, register.uuid)
    calls: list[str] = []
    started = threading.Event()
    monkeypatch.setattr(backups, "take_due", _slow_backup(calls, started))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    window.backups.daily_backup()
    qtbot.waitUntil(lambda: "%" in window.statusBar().currentMessage(), timeout=10_000)
    assert window.statusBar().currentMessage().startswith("Backing up the register…")
    qtbot.wait(200)
    timer.stop()
    assert len(ticks) >= 5  # the GUI thread ran its timer while the backup worked
    assert window.backups.job is not None and window.backups.job.running()
    # Closing: the start's backup is given the exit's second, then stopped and postponed
    window.backups.exit_backup()
    assert window.backups.job is None and calls == ["daily"]
    assert list((tmp_path / "data").rglob("*.due"))
    monkeypatch.undo()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert backups.is_due(path, register.uuid)
    made = backups.take_due(path, register.uuid)  # the next start's, for real
    assert made.exists() and not backups.is_due(path, register.uuid)
    assert not list((tmp_path / "data").rglob("*.part"))
    window.close()
    window.deleteLater()
    register.close()


def test_export_and_import_a_kdx_from_the_file_menu(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from kerjasama_desk.services.exchange import read

    target = tmp_path / "semarang.kdx"
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window.export_exchange()
    assert "7 partners, 7 agreements, 4 officers, 7 drafts and 0 attached files" in shown[-1]
    body = read(target)
    body["partners"][0]["notes"] = "Changed in another office."
    body["partners"].append(
        {
            **body["partners"][1],
            "uuid": "new-uuid",
            "name": "Busan",
            "country": "KR",
            "contacts": [],
        }
    )
    from kerjasama_desk.ui.import_dialog import ImportPreview

    shown_previews = []

    def take_theirs(dialog):
        # The file's change was not made from an exchange this register took part in: the
        # partner counts as changed on both sides, and the officer chooses.
        shown_previews.append(dialog)
        dialog.all_theirs.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreview, "exec", take_theirs)
    monkeypatch.setattr("kerjasama_desk.services.exchange.read", lambda path: body)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.show_view("partners")
    before = window.partners.model.total
    window.import_exchange()
    preview = shown_previews[-1]
    assert [c.label for c in preview.plan.conflicts] == ["Brisbane (AU)"]
    assert preview.table.item(0, 2).text() == "Notes: Changed in another office."
    assert window.partners.model.total == before + 1
    brisbane = window.ops.service.register.id_of("partners", body["partners"][0]["uuid"])
    assert window.ops.service.partner(brisbane).notes == "Changed in another office."


def test_escape_asks_before_typed_edits_are_dropped(window, qtbot, monkeypatch):
    """Issue 13: Escape in the partner editor discarded what was typed without a word."""
    asked = []
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or next(answers)
    )
    editor = PartnerEditor(window.ops, window.languages, None, window)
    editor.show()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not editor.isVisible() and asked == []

    editor = PartnerEditor(window.ops, window.languages, None, window)
    editor.show()
    qtbot.keyClicks(editor.name, "Busan")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.name.text() == "Busan"  # Cancel: still editing
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and len(asked) == 2  # Discard: closed, nothing saved
    window.partners.search.setText("busan")
    assert rows(window.partners.model) == []


def test_a_new_partner_becomes_the_chosen_row(window, monkeypatch):
    """Issue 13: after saving a new partner the selection stayed on the previous row, so the
    next Draft document drafted for the wrong partner. A search that hides it is cleared."""

    def fill_and_save(editor):
        editor.name.setText("Busan")
        editor.country.set_code("KR")
        editor.save()
        return editor.result()

    monkeypatch.setattr(PartnerEditor, "exec", fill_and_save)
    window.show_view("partners")
    window.partners.search.setText("beihai")
    window.partners.select_id(window.partners.model.id_at(0))
    window.new_record()
    assert window.partners.search.text() == ""
    chosen = window.partners.current_id()
    assert chosen is not None and window.ops.service.partner(chosen).name == "Busan"


def test_the_app_says_when_another_program_changed_the_register(
    qtbot, languages, tmp_path, monkeypatch
):
    """Issue 12, item 12: changes made outside the app are told on opening, never sealed under
    the officer's name."""
    import sqlite3

    from kerjasama_desk.services.registers import open_service

    path = tmp_path / "register.sqlite"
    service = open_service(path)
    service.save_partner(Partner(name="Beihai", country="CN"))
    service.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE partners SET notes = 'edited with an SQL tool'")
        db.execute("DROP TRIGGER audit_officers_update")
    db.close()
    service = open_service(path)
    main = build_window(service, languages, languages._settings)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    main.tell_outside_changes()
    assert "1 change was made to this register by another program" in shown[0]
    assert "audit_officers_update" in shown[0]
    main.close()
    main.deleteLater()
    main.ops.service.register.close()


def test_the_kdx_export_from_the_menu_runs_off_the_gui_thread(
    qtbot, languages, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from kerjasama_desk.services.demo import seed_story
    from kerjasama_desk.services.registers import open_service
    from kerjasama_desk.ui import background

    service = open_service(tmp_path / "register.sqlite")
    seed_story(service)
    main = build_window(service, languages, languages._settings)
    target = tmp_path / "semarang.kdx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    used = []
    real = background.run_in_background
    monkeypatch.setattr(
        background, "run_in_background", lambda *a, **k: used.append(True) or real(*a, **k)
    )
    main.export_exchange()
    assert used and target.exists()
    assert "7 partners, 7 agreements" in shown[-1]
    main.close()
    main.deleteLater()
    main.ops.service.register.close()
