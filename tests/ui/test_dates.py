"""Date fields as an officer uses them: typed in either UI language, picked in a calendar that
opens at today, and refused with a message naming the field when the text is not a date."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from kerjasama_desk import clock
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.ui.followup_editors import ActivityEditor
from kerjasama_desk.ui.widgets import OptionalDateEdit


@pytest.fixture
def field(qtbot, languages):
    widget = OptionalDateEdit()
    widget.setAccessibleName("Tanggal mulai")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_date(qtbot, field, text):
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    field.line.editingFinished.emit()  # offscreen: the focus may not move without a window


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [
        ("id", "10/12/2026", "10 Desember 2026"),
        ("id", "2026-12-10", "10 Desember 2026"),
        ("en", "10/12/2026", "10 December 2026"),
        ("en", "2026-12-10", "10 December 2026"),
    ],
)
def test_a_typed_date_is_kept_and_shown_in_the_ui_language(
    qtbot, languages, field, language, typed, shown
):
    languages.set_language(language)
    with qtbot.waitSignal(field.changed):
        type_date(qtbot, field, typed)
    assert field.value() == date(2026, 12, 10)
    assert field.line.text() == shown
    other = "en" if language == "id" else "id"
    languages.set_language(other)  # the same date, now in the other language
    assert field.value() == date(2026, 12, 10)
    assert field.line.text() != shown


def test_a_date_that_cannot_be_read_keeps_its_text_and_names_the_field(qtbot, languages, field):
    languages.set_language("id")
    field.set_value(date(2026, 1, 5))
    type_date(qtbot, field, "31/02/2026")
    assert field.line.text() == "31/02/2026"  # kept for the officer to correct
    assert field.value() is None and field.unreadable() == "31/02/2026"
    message = field.problem()
    assert message.startswith("Tanggal mulai:") and "31/02/2026" in message
    assert "2026-12-10" in message  # the fix: how to type it
    assert field._message.isVisible() and field._message.text() == message
    assert field.line.property("invalid") is True
    type_date(qtbot, field, "28/02/2026")
    assert field.value() == date(2026, 2, 28) and not field._message.isVisible()


def test_the_calendar_of_an_empty_field_opens_at_today(qtbot, languages, field):
    with clock.frozen(datetime(2026, 11, 30, 9, 0)):
        field._menu.aboutToShow.emit()
        assert field._calendar.selectedDate() == QDate(2026, 11, 30)
    field.set_value(date(2008, 10, 14))
    field._menu.aboutToShow.emit()
    assert field._calendar.selectedDate() == QDate(2008, 10, 14)
    with qtbot.waitSignal(field.changed):
        field._calendar.clicked.emit(QDate(2008, 10, 20))
    assert field.value() == date(2008, 10, 20)


def test_a_record_with_an_unreadable_date_is_not_saved(window, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    beihai = next(
        a
        for a in window.ops.service.list_agreements(ListQuery(text="beihai"))
        if a.kind.value == "mou"
    )
    dialog = ActivityEditor(window.ops, window.languages, beihai.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    stored = []
    monkeypatch.setattr(dialog, "store", lambda record: stored.append(record) or 1)
    dialog.description.setPlainText("Kunjungan kerja")
    type_date(qtbot, dialog.happened_on, "31/02/2026")
    dialog.save()
    assert dialog.isVisible() and stored == []  # not saved as an activity without a date
    assert dialog.happened_on.line.text() == "31/02/2026"
    assert dialog.happened_on.problem().startswith("Date:")  # the field's own label
