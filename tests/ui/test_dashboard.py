"""The opening screen: dormant and expiring agreements, each opened or given an activity in one
click, and the timeline of the chosen row's partner with its silences."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.ui.agreement_editor import AgreementEditor
from kerjasama_desk.ui.followup_editors import ActivityEditor


def _click(qtbot, table, row, text):
    item = next(table.item(row, c) for c in (4, 5) if table.item(row, c).text() == text)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(item).center()
    )


def test_the_dashboard_shows_beihai_quiet_since_2008_with_its_timeline(window, qtbot):
    page = window.overview
    window.show_view("overview")
    qtbot.waitUntil(lambda: page.board is not None)
    assert page.cards["dormant"][0].text() == "2"
    # In force with nothing dated on record: the quietest of all, and said so.
    assert page.dormant.item(0, 0).text() == "Jung-gu"
    assert page.dormant.item(0, 2).text() == "not recorded"
    assert page.dormant.item(1, 0).text() == "Beihai"
    assert page.dormant.item(1, 2).text() == "14 October 2008"
    assert page.dormant.item(1, 1).text().startswith("Memorandum of Understanding")  # English UI
    page.dormant.selectRow(1)
    assert "Beihai" in page.timeline_title.text()
    labels = page.timeline.silence_labels()
    assert any(label.startswith(f"{date.today().year - 2008} years") for label in labels)
    picture = page.timeline.grab()
    assert picture.width() > 300


def test_one_click_opens_the_agreement_or_logs_an_activity(window, qtbot, monkeypatch):
    page = window.overview
    window.show_view("overview")
    qtbot.waitUntil(lambda: page.board is not None)
    opened = []
    monkeypatch.setattr(
        AgreementEditor, "exec", lambda dialog: opened.append(dialog.agreement.title_id) or 0
    )
    _click(qtbot, page.dormant, 1, "Open")
    assert opened and "Beihai" in opened[0]

    def fill_and_save(dialog):
        dialog.description.setPlainText("Video call with Beihai's foreign affairs office")
        dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ActivityEditor, "exec", fill_and_save)
    _click(qtbot, page.dormant, 1, "Log activity…")
    qtbot.waitUntil(lambda: page.cards["dormant"][0].text() == "1")
    assert page.dormant.rowCount() == 1  # Beihai shows life again
    assert page.dormant.item(0, 0).text() == "Jung-gu"


def test_an_activity_in_the_future_or_without_text_is_refused_in_the_dialog(window, qtbot):
    beihai = next(
        a
        for a in window.ops.service.list_agreements(ListQuery(text="beihai"))
        if a.kind.value == "mou"
    )
    dialog = ActivityEditor(window.ops, window.languages, beihai.id, window)
    qtbot.addWidget(dialog)
    dialog.happened_on.set_value(date(2999, 1, 1))
    dialog.save()
    messages = dialog.field_messages()
    assert "after today" in messages["activity.happened_on"]
    assert "What happened is required" in messages["activity.description"]
    assert window.ops.service.counts().activities == 1  # the demo's visit of 2007 only


def test_the_timeline_says_what_it_waits_for(qapp):
    """Issue 13: with no partner chosen it said "Nothing dated yet for this partner"."""
    from datetime import date

    from kerjasama_desk.domain.followup import FollowUpSettings, timeline
    from kerjasama_desk.ui.timeline import TimelineView

    view = TimelineView()
    assert view.empty_text() == "Choose a partner to see its timeline."
    view.set_timeline(timeline([], date(2026, 11, 30), FollowUpSettings()))
    assert view.empty_text() == "Nothing dated yet for this partner."
    view.deleteLater()
