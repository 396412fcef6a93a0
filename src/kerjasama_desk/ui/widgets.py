"""Small reusable widgets: an optional date field, a grid of checkboxes, inline field errors,
and the parts of the boxes that list an agreement's records (hint, table, buttons)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QToolButton,
    QWidget,
)

from kerjasama_desk.domain.errors import FieldError
from kerjasama_desk.formatting import format_value
from kerjasama_desk.i18n import translate
from kerjasama_desk.ui.retranslation import translate_ui

_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a calendar date field plus a button that clears it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = QDateEdit(self)
        self._edit.setCalendarPopup(True)
        self._edit.setMinimumDate(_EMPTY)
        self._edit.setSpecialValueText(" ")  # shown while the date is empty
        self._edit.setDisplayFormat("d MMMM yyyy")
        self._edit.setDate(_EMPTY)
        self._edit.calendarWidget().setGridVisible(True)
        self._clear = QToolButton(self)
        self._clear.setText("×")
        self._clear.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._clear)
        self._edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self._edit)
        translate_ui(self)

    def value(self) -> date | None:
        current = self._edit.date()
        if current == _EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self._edit.setDate(_EMPTY)
        else:
            self._edit.setDate(QDate(value.year, value.month, value.day))

    def set_invalid(self, invalid: bool) -> None:
        self._edit.setProperty("invalid", invalid)
        self._edit.style().unpolish(self._edit)
        self._edit.style().polish(self._edit)

    def retranslate_ui(self) -> None:
        self._edit.setLocale(QLocale())
        self._clear.setToolTip(self.tr("Clear the date"))
        self._clear.setAccessibleName(self.tr("Clear the date"))


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
