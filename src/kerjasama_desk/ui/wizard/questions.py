"""The wizard's question widgets: one per kind of template question (text, bilingual text, date,
number, choice, partner, officer, fields, activities, annexes), each with value() and
set_value()."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.vocab import CooperationField
from kerjasama_desk.services.drafts import (
    AnnexChoice,
    Question,
    annex_label,
    field_descriptions,
)
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.widgets import CheckGrid, OptionalDateEdit
from kerjasama_desk.ui.wizard.memory_completer import MemoryCompleter


class Editor(QWidget):
    """The input for one question; ``value()`` is its answer as JSON-able data, None when
    empty."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_language(self, language: str) -> None:
        """Re-labels choices in the UI language."""

    def set_name(self, name: str) -> None:
        """The question's label, for screen readers and for messages that name the field."""
        self.setAccessibleName(name)


class TextEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit(self)
        self.layout_.addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or ""))


class BilingualEditor(Editor):
    """Indonesian beside English. Passages completed before that resemble the Indonesian being
    typed are offered in a popup (translation memory, see ``MemoryCompleter``)."""

    def __init__(self, question: Question, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.ops = ops
        self.indonesian = QLineEdit(self)
        self.english = QLineEdit(self)
        for edit in (self.indonesian, self.english):
            self.layout_.addWidget(edit, 1)
            edit.textChanged.connect(self.changed)
        self.memory = MemoryCompleter(self.indonesian, self.english, ops.drafts.suggestions)
        self.setFocusProxy(self.indonesian)

    def value(self) -> Any:
        pair = {"id": self.indonesian.text().strip(), "en": self.english.text().strip()}
        return pair if any(pair.values()) else None

    def set_value(self, value: Any) -> None:
        value = value or {}
        self.indonesian.setText(str(value.get("id", "")))
        self.english.setText(str(value.get("en", "")))

    def set_language(self, language: str) -> None:
        self.indonesian.setPlaceholderText(self.tr("in Indonesian"))
        self.english.setPlaceholderText(self.tr("in English"))
        self.indonesian.setToolTip(
            self.tr("Ctrl+Space or Down: passages translated before that begin like this one")
        )


class DateEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = OptionalDateEdit(self)
        self.layout_.addWidget(self.edit)
        self.layout_.addStretch(1)
        self.edit.changed.connect(self.changed)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        chosen = self.edit.value()
        return chosen.isoformat() if chosen else None

    def set_value(self, value: Any) -> None:
        self.edit.set_value(date.fromisoformat(value) if value else None)

    def set_name(self, name: str) -> None:
        super().set_name(name)
        self.edit.setAccessibleName(name)


class NumberEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.spin = QSpinBox(self)
        self.spin.setRange(
            question.minimum if question.minimum is not None else 0,
            question.maximum if question.maximum is not None else 1_000_000,
        )
        self.layout_.addWidget(self.spin)
        self.layout_.addStretch(1)
        self.spin.valueChanged.connect(self.changed)
        self.setFocusProxy(self.spin)

    def value(self) -> Any:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        if isinstance(value, int):
            self.spin.setValue(value)


class ChoiceEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.combo = QComboBox(self)
        for choice in question.choices:
            self.combo.addItem("", choice.value)
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch(1)
        self.combo.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def set_language(self, language: str) -> None:
        for index, choice in enumerate(self.question.choices):
            self.combo.setItemText(index, choice.label.get(language, choice.value))


class MultiChoiceEditor(Editor):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for _choice in question.choices:
            box = QCheckBox(self)
            box.toggled.connect(self.changed)
            column.addWidget(box)
            self.boxes.append(box)
        self.layout_.addLayout(column)

    def value(self) -> Any:
        return [
            c.value
            for c, box in zip(self.question.choices, self.boxes, strict=True)
            if box.isChecked()
        ]

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        for choice, box in zip(self.question.choices, self.boxes, strict=True):
            box.setChecked(choice.value in wanted)

    def set_language(self, language: str) -> None:
        for choice, box in zip(self.question.choices, self.boxes, strict=True):
            box.setText(choice.label.get(language, choice.value))


class PartnerQuestion(Editor):
    """A partner of the register, found by typing part of its name."""

    def __init__(self, question: Question, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.ops = ops
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(280)
        self.layout_.addWidget(self.search, 1)
        self.layout_.addWidget(self.combo, 2)
        self._kept: dict[str, Any] | None = None  # a partner from the answers, not the register
        self.search.textChanged.connect(self._find)
        self.combo.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.search)
        self._find("")

    def _find(self, text: str) -> None:
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        if self._kept is not None:
            self.combo.addItem(
                self._label(self._kept["name"], self._kept.get("native_name", "")), -1
            )
        for partner_id, name, native, _country in self.ops.service.pick_partners(text, 50):
            self.combo.addItem(self._label(name, native), partner_id)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        if self.combo.currentData() != current:
            self.changed.emit()

    @staticmethod
    def _label(name: str, native: str) -> str:
        return f"{name} ({native})" if native else name

    def value(self) -> Any:
        partner_id = self.combo.currentData()
        if partner_id is None:
            return None
        if partner_id == -1:
            return self._kept
        partner = self.ops.service.partner(int(partner_id))
        value: dict[str, Any] = {
            "name": partner.name,
            "native_name": partner.native_name,
            "country": partner.country,
            "level": partner.level.value,
            "register_id": partner_id,
        }
        if partner.region:
            value["region"] = {"id": partner.region, "en": partner.region}
        return value

    def set_value(self, value: Any) -> None:
        if not value:
            return
        register_id = value.get("register_id")
        matches = [
            row
            for row in self.ops.service.pick_partners(value["name"], 50)
            if row[0] == register_id or (register_id is None and row[1] == value["name"])
        ]
        self._kept = None if matches else dict(value)
        self.search.blockSignals(True)
        self.search.setText(value["name"])
        self.search.blockSignals(False)
        self._find(value["name"])
        self.combo.setCurrentIndex(max(self.combo.findData(matches[0][0] if matches else -1), 0))

    def set_language(self, language: str) -> None:
        self.search.setPlaceholderText(self.tr("Find a partner…"))


class OfficerQuestion(Editor):
    """One of our officers from the register, active ones first."""

    def __init__(self, question: Question, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.ops = ops
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(280)
        self.combo.addItem("", 0)
        for officer_id, name, _status in ops.service.officer_choices():
            self.combo.addItem(name, officer_id)
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch(1)
        self.combo.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        officer_id = int(self.combo.currentData() or 0)
        if not officer_id:
            return None
        officer = self.ops.service.officer(officer_id)
        return {"name": officer.name, "position": officer.position, "register_id": officer_id}

    def set_value(self, value: Any) -> None:
        if not value:
            return
        index = self.combo.findData(value.get("register_id") or 0)
        if index <= 0:
            index = self.combo.findText(str(value.get("name", "")))
        if index > 0:
            self.combo.setCurrentIndex(index)


class FieldsEditor(Editor):
    """Standard cooperation fields to tick, and fields of our own in both languages with what
    will be done in them."""

    _STANDARD = [field for field in CooperationField if field is not CooperationField.OTHER]

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.grid = CheckGrid(self._STANDARD, columns=1, parent=self)
        self.custom = QTableWidget(0, 4, self)
        self.custom.setMinimumHeight(110)
        self.custom.verticalHeader().hide()
        self.custom.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(theme.icon("plus"), "", self)
        self.remove_button = QPushButton(theme.icon("trash-2"), "", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.custom_label = QLabel(self)
        self.custom_label.setProperty("role", "muted")
        column.addWidget(self.grid)
        column.addWidget(self.custom_label)
        column.addWidget(self.custom)
        column.addLayout(buttons)
        self.layout_.addLayout(column)
        self.grid.changed.connect(self.changed)
        self.custom.itemChanged.connect(self._custom_changed)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)

    def _custom_changed(self, _item: QTableWidgetItem) -> None:
        self.changed.emit()

    def _add(self) -> None:
        row = self.custom.rowCount()
        self.custom.insertRow(row)
        self.custom.setCurrentCell(row, 0)
        self.custom.editItem(self._cell(row, 0))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.custom.item(row, column)
        if item is None:
            item = QTableWidgetItem("")
            self.custom.setItem(row, column, item)
        return item

    def _remove(self) -> None:
        if self.custom.currentRow() >= 0:
            self.custom.removeRow(self.custom.currentRow())
            self.changed.emit()

    def value(self) -> Any:
        chosen: list[dict[str, Any]] = [
            {"code": field.value}
            for field in self.grid.checked()
            if isinstance(field, CooperationField)
        ]
        for row in range(self.custom.rowCount()):
            cells = [self._cell(row, column).text().strip() for column in range(4)]
            if not (cells[0] or cells[1]):
                continue
            item: dict[str, Any] = {"custom": {"id": cells[0], "en": cells[1]}}
            if cells[2] or cells[3]:
                item["description"] = {"id": cells[2], "en": cells[3]}
            chosen.append(item)
        return chosen

    def set_value(self, value: Any) -> None:
        items = value or []
        self.grid.set_checked(CooperationField(i["code"]) for i in items if "code" in i)
        self.custom.blockSignals(True)
        self.custom.setRowCount(0)
        for item in (i for i in items if "custom" in i):
            row = self.custom.rowCount()
            self.custom.insertRow(row)
            description = item.get("description") or {}
            for column, text in enumerate(
                (
                    item["custom"].get("id", ""),
                    item["custom"].get("en", ""),
                    description.get("id", ""),
                    description.get("en", ""),
                )
            ):
                self.custom.setItem(row, column, QTableWidgetItem(text))
        self.custom.blockSignals(False)

    def set_language(self, language: str) -> None:
        self.grid.set_language(language)
        descriptions = field_descriptions()
        for box, field in zip(self.grid.boxes, self._STANDARD, strict=True):
            box.setToolTip(descriptions.get(field.value, {}).get(language, ""))
        self.custom_label.setText(self.tr("Other fields, with what will be done in them:"))
        self.custom.setHorizontalHeaderLabels(
            [
                self.tr("Field (Indonesian)"),
                self.tr("Field (English)"),
                self.tr("Activities (Indonesian)"),
                self.tr("Activities (English)"),
            ]
        )
        self.add_button.setText(self.tr("Add a field"))
        self.remove_button.setText(self.tr("Remove"))


class ActivitiesEditor(Editor):
    """Activities of a plan of action: field, what is done (both languages), the office that
    carries it out on each side, when, and who pays; for a "dated" question (the follow-up of
    agreed minutes) also the day it is due, which makes it a commitment when the draft is
    saved."""

    _TEXTS = ("activity", "owner", "partner_owner", "timing")
    _FUNDING = 1 + 2 * len(_TEXTS)  # the funding column, after the field and the text pairs
    _DUE = _FUNDING + 1  # the due date's column, for a dated question

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, self._DUE + (1 if question.dated else 0), self)
        self.table.setMinimumHeight(180)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(theme.icon("plus"), "", self)
        self.remove_button = QPushButton(theme.icon("trash-2"), "", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self.layout_.addLayout(column)
        self.table.itemChanged.connect(self._cell_changed)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self._language = "id"

    def _cell_changed(self, _item: QTableWidgetItem) -> None:
        self.changed.emit()

    def _combo_changed(self, _index: int) -> None:
        self.changed.emit()

    def _add(self) -> None:
        self._append({})
        self.table.setCurrentCell(self.table.rowCount() - 1, 1)
        self.changed.emit()

    def _append(self, item: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        field = QComboBox(self.table)
        field.addItem("", "")
        for code in CooperationField:
            field.addItem(code.label(self._language), code.value)
        field.setCurrentIndex(max(field.findData(item.get("field") or ""), 0))
        funding = QComboBox(self.table)
        for choice in self.question.choices:
            funding.addItem(choice.label.get(self._language, choice.value), choice.value)
        funding.setCurrentIndex(max(funding.findData(item.get("funding") or ""), 0))
        self.table.setCellWidget(row, 0, field)
        self.table.setCellWidget(row, self._FUNDING, funding)
        if self.question.dated:
            due = OptionalDateEdit(self.table, message_line=False)
            due.set_value(date.fromisoformat(item["due"]) if item.get("due") else None)
            due.changed.connect(self.changed.emit)
            self.table.setCellWidget(row, self._DUE, due)
        for number, key in enumerate(self._TEXTS):
            texts = item.get(key) or {}
            self.table.setItem(row, 1 + 2 * number, QTableWidgetItem(str(texts.get("id", ""))))
            self.table.setItem(row, 2 + 2 * number, QTableWidgetItem(str(texts.get("en", ""))))
        self.table.blockSignals(False)
        field.currentIndexChanged.connect(self._combo_changed)
        funding.currentIndexChanged.connect(self._combo_changed)

    def _remove(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self.changed.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def value(self) -> Any:
        rows: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            item: dict[str, Any] = {}
            for number, key in enumerate(self._TEXTS):
                pair = {
                    "id": self._text(row, 1 + 2 * number),
                    "en": self._text(row, 2 + 2 * number),
                }
                if any(pair.values()):
                    item[key] = pair
            if "activity" not in item:
                continue  # a row without an activity is not one yet
            field, funding = (
                self.table.cellWidget(row, 0),
                self.table.cellWidget(row, self._FUNDING),
            )
            if isinstance(field, QComboBox) and field.currentData():
                item["field"] = field.currentData()
            if isinstance(funding, QComboBox) and funding.currentData():
                item["funding"] = funding.currentData()
            due = self.table.cellWidget(row, self._DUE) if self.question.dated else None
            if isinstance(due, OptionalDateEdit) and due.value() is not None:
                item["due"] = due.value().isoformat()  # type: ignore[union-attr]
            rows.append(item)
        return rows

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for item in value or []:
            self._append(item)

    def set_language(self, language: str) -> None:
        self._language = language
        current = self.value()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Activity (Indonesian)"),
                self.tr("Activity (English)"),
                self.tr("Our office (Indonesian)"),
                self.tr("Our office (English)"),
                self.tr("Partner's office (Indonesian)"),
                self.tr("Partner's office (English)"),
                self.tr("When (Indonesian)"),
                self.tr("When (English)"),
                self.tr("Funding"),
                *([self.tr("Due date")] if self.question.dated else []),
            ]
        )
        self.set_value(current)
        self.add_button.setText(self.tr("Add an activity"))
        self.remove_button.setText(self.tr("Remove"))


class AnnexesEditor(Editor):
    """The drafts annexed to the document, in order (docs/annexes.md): Add… offers the
    partner's other documents that are not letters and do not lead back to this one; the
    order is the annexes' numbering (Lampiran I, II, …)."""

    def __init__(self, question: Question, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.ops = ops
        # (draft id, partner id) of the wizard's draft: set by the wizard
        self.context: Callable[[], tuple[int | None, int | None]] = lambda: (None, None)
        self.items: list[dict[str, Any]] = []
        self.list = QListWidget(self)
        self.list.setMaximumHeight(96)
        self.add_button = QPushButton(theme.icon("plus"), "", self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(self.move_up)
        self.setFocusProxy(self.list)
        self._language = "en"

    def value(self) -> Any:
        return [dict(item) for item in self.items] or None

    def set_value(self, value: Any) -> None:
        self.items = [dict(item) for item in value or []]
        self._show()

    def set_language(self, language: str) -> None:
        self._language = language
        self.add_button.setText(self.tr("Annex a draft…"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        self._show()

    def _show(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for number, item in enumerate(self.items, 1):
            title = (item.get("title") or {}).get(self._language, "")
            self.list.addItem(f"{annex_label(self._language, number)}: {title}")
        self.list.setCurrentRow(min(current, self.list.count() - 1))

    def candidates(self) -> list[AnnexChoice]:
        draft_id, partner_id = self.context()
        taken = {item["draft"] for item in self.items}
        return [
            choice
            for choice in self.ops.drafts.annex_candidates(draft_id, partner_id)
            if choice.uuid not in taken
        ]

    def add(self) -> None:
        offered = self.candidates()
        if not offered:
            QMessageBox.information(
                self,
                self.tr("Annexes"),
                self.tr(
                    "No draft can be annexed: save the plan of action (or the other document) "
                    "as a draft of this partner first. Letters are not annexed."
                ),
            )
            return
        names = [f"{choice.title} ({choice.names.get(self._language, '')})" for choice in offered]
        chosen, accepted = QInputDialog.getItem(
            self, self.tr("Annexes"), self.tr("Which draft?"), names, 0, False
        )
        if accepted:
            self.items.append(offered[names.index(chosen)].answer())
            self._show()
            self.changed.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._show()
            self.changed.emit()

    def move_up(self) -> None:
        row = self.list.currentRow()
        if 0 < row < len(self.items):
            self.items[row - 1], self.items[row] = self.items[row], self.items[row - 1]
            self._show()
            self.list.setCurrentRow(row - 1)
            self.changed.emit()


def make_editor(question: Question, ops: Operations, parent: QWidget) -> Editor:
    kinds: dict[str, type[Editor]] = {
        "text": TextEditor,
        "date": DateEditor,
        "number": NumberEditor,
        "choice": ChoiceEditor,
        "multichoice": MultiChoiceEditor,
        "fields": FieldsEditor,
        "activities": ActivitiesEditor,
    }
    if question.type == "partner":
        return PartnerQuestion(question, ops, parent)
    if question.type == "bilingual":
        return BilingualEditor(question, ops, parent)
    if question.type == "officer":
        return OfficerQuestion(question, ops, parent)
    if question.type == "annexes":
        return AnnexesEditor(question, ops, parent)
    return kinds[question.type](question, parent)
