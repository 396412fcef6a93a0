"""Small reusable widgets: an optional date field, a grid of checkboxes, inline field errors,
and the parts of the boxes that list an agreement's records (hint, table, buttons)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from kerjasama_desk import clock
from kerjasama_desk.domain import messages
from kerjasama_desk.domain.errors import FieldError
from kerjasama_desk.formatting import format_date, format_value, parse_date
from kerjasama_desk.i18n import translate, ui_language
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.retranslation import translate_ui


class OptionalDateEdit(QWidget):
    """A date that may be left empty: typed, picked in a calendar, or cleared with ×.

    Typing is read when the officer leaves the field or presses Enter (``formatting.parse_date``:
    10/12/2026, 2026-12-10, 10 Desember 2026…) and then shown in the UI language. A text that
    is not a date stays as typed, the field turns red and a line under it names the field and
    the fix; ``unreadable()`` tells forms to refuse saving until it is corrected. The calendar
    opens at the date shown, or at today for an empty field."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, message_line: bool = True) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self._language = "id"
        self._edit = QLineEdit(self)
        self._edit.setMinimumWidth(
            self._edit.fontMetrics().horizontalAdvance("30 September 2026  ")
        )
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        self._calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
        )
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self._calendar)  # the menu owns the calendar from here
        self._menu.addAction(holder)
        self._pick = QToolButton(self)
        self._pick.setIcon(theme.icon("calendar"))
        self._pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._pick.setMenu(self._menu)
        self._pick.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self._clear = QToolButton(self)
        self._clear.setText("×")
        self._message = QLabel(self)
        self._message.setProperty("role", "error")
        self._message.setWordWrap(True)
        self._message.hide()
        self._message_line = message_line
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self._edit, 1)
        row.addWidget(self._pick)
        row.addWidget(self._clear)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self._message)
        self._edit.editingFinished.connect(self._read)
        self._clear.clicked.connect(lambda: self.set_value(None))
        self._menu.aboutToShow.connect(self._open_calendar)
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)
        self.setFocusProxy(self._edit)
        translate_ui(self)

    @property
    def line(self) -> QLineEdit:
        """The box the date is typed in."""
        return self._edit

    def value(self) -> date | None:
        """The date shown; None when empty, or when the text typed is not a date."""
        try:
            return parse_date(self._edit.text())
        except ValueError:
            return None

    def unreadable(self) -> str | None:
        """The text typed when it is not a date (None when it is one, or empty)."""
        try:
            parse_date(self._edit.text())
        except ValueError:
            return self._edit.text().strip()
        return None

    def problem(self) -> str:
        """The message for an unreadable date, naming the field; empty when there is none."""
        typed = self.unreadable()
        if typed is None:
            return ""
        return messages.render(
            "not_a_date",
            {"field": self.accessibleName() or self.tr("Date"), "value": typed},
            translate=translate,
        )

    def set_value(self, value: date | None) -> None:
        self._edit.setText(format_date(value, self._language))
        self._show_problem()
        self._set(value)

    def _read(self) -> None:
        """Leaving the field: a date is shown in full, anything else is kept and flagged."""
        typed = self.unreadable()
        if typed is None:
            value = self.value()
            self._edit.setText(format_date(value, self._language))
            self._set(value)
        self._show_problem()
        if typed is not None and not self._message_line:
            QToolTip.showText(
                self._edit.mapToGlobal(self._edit.rect().bottomLeft()), self.problem()
            )

    def _set(self, value: date | None) -> None:
        if value != self._value:
            self._value = value
            self.changed.emit()

    def _open_calendar(self) -> None:
        shown = self.value() or self._value or clock.today()
        self._calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, chosen: QDate) -> None:
        self._menu.close()
        self.set_value(date(chosen.year(), chosen.month(), chosen.day()))
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_problem(self) -> None:
        text = self.problem()
        self._edit.setProperty("unreadable", bool(text))
        self._edit.setToolTip(text)
        self._message.setText(text)
        self._message.setVisible(bool(text) and self._message_line)
        self._repolish()

    def _repolish(self) -> None:
        self._edit.setProperty(
            "invalid", bool(self._edit.property("unreadable")) or bool(self.property("marked"))
        )
        self._edit.style().unpolish(self._edit)
        self._edit.style().polish(self._edit)

    def set_invalid(self, invalid: bool) -> None:
        """Marked by a form's check (a date in the wrong order, say), besides unreadable text."""
        self.setProperty("marked", invalid)
        self._repolish()

    def retranslate_ui(self) -> None:
        self._language = ui_language()
        self._calendar.setLocale(QLocale())
        if self.unreadable() is None:
            self._edit.setText(format_date(self.value(), self._language))
        self._edit.setPlaceholderText(self.tr("day/month/year"))
        self._pick.setToolTip(self.tr("Pick the date in a calendar"))
        self._pick.setAccessibleName(self.tr("Pick the date in a calendar"))
        self._clear.setToolTip(self.tr("Clear the date"))
        self._clear.setAccessibleName(self.tr("Clear the date"))
        self._show_problem()


def first_unreadable_date(root: QWidget) -> OptionalDateEdit | None:
    """The first date field under ``root`` whose text is not a date, shown and focused, so a form
    can refuse to save instead of saving the date as empty."""
    for field in root.findChildren(OptionalDateEdit):
        if field.isEnabled() and field.unreadable() is not None:
            field._show_problem()
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return field
    return None


class CheckGrid(QWidget):
    """Checkboxes for a vocabulary, in columns; labels follow the UI language."""

    changed = Signal()

    def __init__(
        self, items: Sequence[object], columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._items = list(items)
        self._boxes: list[QCheckBox] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(2)  # fourteen fields fit a 720-pixel screen with the form
        rows = (len(self._items) + columns - 1) // columns
        for number, _item in enumerate(self._items):
            box = QCheckBox(self)
            box.toggled.connect(self.changed)
            layout.addWidget(box, number % rows, number // rows)
            self._boxes.append(box)

    @property
    def boxes(self) -> list[QCheckBox]:
        return list(self._boxes)

    def set_language(self, language: str) -> None:
        for box, item in zip(self._boxes, self._items, strict=True):
            box.setText(item.label(language))  # type: ignore[attr-defined]

    def checked(self) -> list[object]:
        return [item for box, item in zip(self._boxes, self._items, strict=True) if box.isChecked()]

    def set_checked(self, items: Iterable[object]) -> None:
        wanted = set(items)
        for box, item in zip(self._boxes, self._items, strict=True):
            box.setChecked(item in wanted)


class FieldErrors:
    """Shows each field's problems in a red line under the field, in the UI language."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._errors: list[FieldError] = []
        self._language = "id"

    def add(self, key: str, widget: QWidget, label: QLabel) -> None:
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        self._fields[key] = (widget, label)

    def show(self, errors: list[FieldError], language: str) -> QWidget | None:
        """Marks the fields; returns the first faulty widget (to move the focus there)."""
        self._errors = list(errors)
        self._language = language
        by_field: dict[str, list[str]] = {}
        for error in errors:
            key = error.field if error.field in self._fields else self._fallback(error.field)
            by_field.setdefault(key, []).append(
                error.render(translate, lambda value: format_value(value, language))
            )
        first: QWidget | None = None
        for key, (widget, label) in self._fields.items():
            texts = by_field.get(key, [])
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
            setter = getattr(widget, "set_invalid", None)
            if setter is not None:
                setter(bool(texts))
            else:
                widget.setProperty("invalid", bool(texts))
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            if texts and first is None:
                first = widget
        return first

    def _fallback(self, field: str) -> str:
        # A problem inside a table row (a contact) is shown under that table.
        if field.startswith("contact.") and "partner.contacts" in self._fields:
            return "partner.contacts"
        return next(iter(self._fields))

    def retranslate(self, language: str) -> None:
        if self._errors:
            self.show(self._errors, language)

    def messages(self) -> dict[str, str]:
        return {key: label.text() for key, (_, label) in self._fields.items() if label.text()}


def fit_headings(table: QTableWidget) -> None:
    """Each column at least as wide as its heading, the last one taking what is left; a table
    too narrow for them scrolls sideways rather than clipping a heading."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    metrics = header.fontMetrics()
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        heading = item.text() if item is not None else ""
        table.setColumnWidth(column, max(64, metrics.horizontalAdvance(heading) + 28))


def hint_label(parent: QWidget) -> QLabel:
    """The muted, wrapping line that says what a box is for."""
    label = QLabel(parent)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def record_table(parent: QWidget, columns: int, *, stretch: Sequence[int] = (0,)) -> QTableWidget:
    """A read-only list of records, one chosen at a time: the ``stretch`` columns share the
    width, the others fit their texts."""
    table = QTableWidget(0, columns, parent)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    for column in range(columns):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents,
        )
    return table


def button_rows(buttons: Sequence[QWidget], per_row: int = 3) -> QGridLayout:
    """Buttons in rows of ``per_row``, left-aligned (one long row would widen a narrow box)."""
    grid = QGridLayout()
    for number, button in enumerate(buttons):
        grid.addWidget(button, number // per_row, number % per_row)
    grid.setColumnStretch(per_row, 1)
    return grid
