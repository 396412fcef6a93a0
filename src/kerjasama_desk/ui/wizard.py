"""The drafting wizard: questions step by step in the UI language, a live preview of the document
with its languages side by side, the checks' findings with a jump to the question that fixes
each, and Save draft at any step (every save is a new version in the register).

Back and Next only move between pages: every answer stays where it was typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.vocab import CooperationField
from kerjasama_desk.formatting import PARTNER_LANGUAGES, language_name
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.services.drafts import (
    Answers,
    Finding,
    Question,
    Severity,
    Template,
    field_descriptions,
)
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.widgets import CheckGrid, OptionalDateEdit

PREVIEW_DELAY_MS = 300  # the preview follows typing after this pause, never during a keystroke
AUTOSAVE_INTERVAL_MS = 30_000  # and on every change of page


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
    """Indonesian beside English. While the Indonesian is typed, passages completed before that
    resemble it are offered below (translation memory); choosing one fills the English."""

    def __init__(self, question: Question, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.ops = ops
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        pair = QHBoxLayout()
        self.indonesian = QLineEdit(self)
        self.english = QLineEdit(self)
        for edit in (self.indonesian, self.english):
            pair.addWidget(edit, 1)
            edit.textChanged.connect(self.changed)
        self.suggestions = QListWidget(self)
        self.suggestions.setMaximumHeight(64)
        self.suggestions.setProperty("role", "suggestions")
        self.suggestions.hide()
        column.addLayout(pair)
        column.addWidget(self.suggestions)
        self.layout_.addLayout(column)
        self.indonesian.textEdited.connect(self._offer)
        self.suggestions.itemClicked.connect(self._accept)
        self.suggestions.itemActivated.connect(self._accept)
        self.setFocusProxy(self.indonesian)

    def _offer(self, text: str) -> None:
        self.suggestions.clear()
        found = [] if self.english.text().strip() else self.ops.drafts.suggestions(text)
        for suggestion in found:
            item = QListWidgetItem(
                f"{suggestion.indonesian}  →  {suggestion.english}", self.suggestions
            )
            item.setData(Qt.ItemDataRole.UserRole, suggestion.english)
            item.setToolTip(self.tr("Click to use this English text"))
        self.suggestions.setVisible(bool(found))

    def _accept(self, item: QListWidgetItem) -> None:
        self.english.setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.suggestions.hide()

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


class PartnerEditor(Editor):
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


class OfficerEditor(Editor):
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
                self.tr("Field (id)"),
                self.tr("Field (en)"),
                self.tr("Activities (id)"),
                self.tr("Activities (en)"),
            ]
        )
        self.add_button.setText(self.tr("Add a field"))
        self.remove_button.setText(self.tr("Remove"))


class ActivitiesEditor(Editor):
    """Activities of a plan of action: field, what is done (both languages), who carries it
    out, when, and who pays."""

    _TEXTS = ("activity", "owner", "timing")

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 8, self)
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
        self.table.setCellWidget(row, 7, funding)
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
            field, funding = self.table.cellWidget(row, 0), self.table.cellWidget(row, 7)
            if isinstance(field, QComboBox) and field.currentData():
                item["field"] = field.currentData()
            if isinstance(funding, QComboBox) and funding.currentData():
                item["funding"] = funding.currentData()
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
                self.tr("Activity (id)"),
                self.tr("Activity (en)"),
                self.tr("Carried out by (id)"),
                self.tr("Carried out by (en)"),
                self.tr("When (id)"),
                self.tr("When (en)"),
                self.tr("Funding"),
            ]
        )
        self.set_value(current)
        self.add_button.setText(self.tr("Add an activity"))
        self.remove_button.setText(self.tr("Remove"))


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
        return PartnerEditor(question, ops, parent)
    if question.type == "bilingual":
        return BilingualEditor(question, ops, parent)
    if question.type == "officer":
        return OfficerEditor(question, ops, parent)
    return kinds[question.type](question, parent)


class GlossaryPanel(QWidget):
    """Vetted Indonesian ↔ English terms, searched as you type; Insert puts the term into the
    field last edited (both languages at once in a bilingual answer)."""

    insert = Signal(str, str)  # Indonesian, English

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.results = QListWidget(self)
        self.results.setWordWrap(True)
        self.insert_button = QPushButton(theme.icon("plus"), "", self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.insert_button)
        self.search.textChanged.connect(self.find_terms)
        self.results.itemActivated.connect(self._insert_item)
        self.insert_button.clicked.connect(self._insert_current)
        self.find_terms("")

    def find_terms(self, text: str) -> None:
        self.results.clear()
        for term in self.ops.drafts.glossary(text):
            item = QListWidgetItem(f"{term.indonesian}  —  {term.english}", self.results)
            item.setData(Qt.ItemDataRole.UserRole, (term.indonesian, term.english))
        if self.results.count():
            self.results.setCurrentRow(0)

    def _insert_item(self, item: QListWidgetItem) -> None:
        indonesian, english = item.data(Qt.ItemDataRole.UserRole)
        self.insert.emit(indonesian, english)

    def _insert_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._insert_item(item)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a term, in Indonesian or English…"))
        self.hint.setText(
            self.tr(
                "Double-click a term (or press Insert) to put it into the field you were typing in."
            )
        )
        self.insert_button.setText(self.tr("Insert"))


class DraftWizard(QDialog):
    """Drafting one document; ``draft_id`` resumes a saved draft, else a new one starts from
    what the register knows (see ``DraftService.start``)."""

    saved = Signal(int, int)  # draft id, version number

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        *,
        draft_id: int | None = None,
        template_id: str | None = None,
        partner_id: int | None = None,
        agreement_id: int | None = None,
        autosave_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.draft_id = draft_id
        self.agreement_id = agreement_id
        self.partner_id = partner_id
        self.title_text = ""
        drafts = ops.drafts
        self.autosave_id = autosave_id
        if autosave_id is not None:  # resuming answers kept before a crash
            kept, answers = drafts.autosaved(autosave_id)
            self.draft_id = draft_id = kept.draft_id
            self.agreement_id, self.partner_id = kept.agreement_id, kept.partner_id
            self.title_text = kept.title
        elif draft_id is not None:
            draft = drafts.draft(draft_id)
            answers = drafts.answers(draft_id)
            self.agreement_id, self.partner_id = draft.agreement_id, draft.partner_id
            self.title_text = draft.title
        else:
            chosen = template_id or next(iter(drafts.templates))
            answers = drafts.start(chosen, partner_id=partner_id, agreement_id=agreement_id)
        self.template: Template = drafts.templates[answers.template_id]
        # Prefilled answers are not the officer's typing; resumed ones are.
        self._dirty = autosave_id is not None
        self._closed = False
        self._loading = True
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1320, 720)

        self.steps = QListWidget(self)
        self.steps.setObjectName("navigation")
        self.steps.setFixedWidth(240)
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget(self)
        self.editors: dict[str, Editor] = {}
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        self._step_of: dict[str, int] = {}
        self._build_document_page(answers)
        for step_id, _label in self.template.steps:
            self._build_step(step_id)
        self._build_partner_text_page()
        self._build_review_page()
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.glossary = GlossaryPanel(ops, self)
        self.side = QTabWidget(self)
        self.side.addTab(self.preview, "")
        self.side.addTab(self.glossary, "")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([560, 550])

        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.save_button = QPushButton(theme.icon("save"), "", self)
        self.compare_button = QPushButton(self)
        self.export_button = QPushButton(theme.icon("file-text"), "", self)
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addSpacing(24)
        for button in (self.back_button, self.next_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        for question in self.template.questions:
            editor = self.editors[question.id]
            value = answers.values.get(question.id, question.default)
            if value is not None:
                editor.set_value(value)
            editor.changed.connect(self._answer_changed)
        self.english.setChecked("en" in answers.languages)
        self.english.toggled.connect(self._answer_changed)
        self.partner_language.setCurrentIndex(
            max(self.partner_language.findData(answers.partner_language or ""), 0)
        )
        for part, edit in self.partner_texts.items():
            edit.setPlainText(answers.partner_texts.get(part, ""))
            edit.textChanged.connect(self._answer_changed)
        self.partner_language.currentIndexChanged.connect(self._answer_changed)
        self.steps.currentRowChanged.connect(self._show_step)
        self.back_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        self.save_button.clicked.connect(self.save)
        self.compare_button.clicked.connect(self.compare_versions)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_preview)
        self.close_button.clicked.connect(self.reject)
        self.findings.itemActivated.connect(self._jump)
        self.glossary.insert.connect(self.insert_term)
        self._last_edit: QLineEdit | QPlainTextEdit | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        languages.changed.connect(self._language_changed)
        self._loading = False
        self.retranslate_ui()
        self.steps.setCurrentRow(0)
        self._update_visibility()
        self._update_compare()
        self.refresh_preview()

    # Pages ---------------------------------------------------------------------------------------

    def _form_page(self) -> tuple[QScrollArea, QFormLayout]:
        inner = QWidget(self)
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.pages.addWidget(scroll)
        QListWidgetItem("", self.steps)
        return scroll, form

    def _build_document_page(self, answers: Answers) -> None:
        _, form = self._form_page()
        self.template_label = QLabel(self)
        self.template_name = QLabel(self)
        self.template_name.setWordWrap(True)
        self.english = QCheckBox(self)
        self.partner_language_label = QLabel(self)
        self.partner_language = QComboBox(self)
        self.partner_language.addItem("", "")  # not None: PySide mis-counts a None item data
        for code in PARTNER_LANGUAGES:
            self.partner_language.addItem("", code)
        self.document_hint = QLabel(self)
        self.document_hint.setWordWrap(True)
        self.document_hint.setProperty("role", "muted")
        form.addRow(self.template_label, self.template_name)
        form.addRow(self.english)
        form.addRow(self.partner_language_label, self.partner_language)
        form.addRow(self.document_hint)

    def _build_step(self, step_id: str) -> None:
        _, form = self._form_page()
        for question in self.template.questions:
            if question.step != step_id:
                continue
            label = QLabel(self)
            label.setWordWrap(True)
            help_label = QLabel(self)
            help_label.setWordWrap(True)
            help_label.setProperty("role", "muted")
            editor = make_editor(question, self.ops, self)
            form.addRow(label)
            form.addRow(editor)
            form.addRow(help_label)
            self.editors[question.id] = editor
            self.rows[question.id] = (label, help_label)
            self._step_of[question.id] = self.pages.count() - 1

    def _build_partner_text_page(self) -> None:
        """One box per part for the partner's own language version, pasted part by part."""
        _, form = self._form_page()
        self.partner_page = self.pages.count() - 1
        self.partner_hint = QLabel(self)
        self.partner_hint.setWordWrap(True)
        self.partner_hint.setProperty("role", "muted")
        form.addRow(self.partner_hint)
        self.partner_texts: dict[str, QPlainTextEdit] = {}
        self.partner_labels: dict[str, QLabel] = {}
        keys = ["title", "parties", "recitals", *(a.key for a in self.template.articles), "closing"]
        for key in keys:
            label = QLabel(self)
            edit = QPlainTextEdit(self)
            edit.setFixedHeight(84 if key != "title" else 56)
            form.addRow(label)
            form.addRow(edit)
            self.partner_texts[key] = edit
            self.partner_labels[key] = label

    def _build_review_page(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.review_title = QLabel(page)
        self.review_title.setProperty("role", "page-title")
        self.review_hint = QLabel(page)
        self.review_hint.setWordWrap(True)
        self.review_hint.setProperty("role", "muted")
        self.findings = QListWidget(page)
        self.findings.setWordWrap(True)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.review_title)
        layout.addWidget(self.review_hint)
        layout.addWidget(self.findings, 1)
        self.pages.addWidget(page)
        QListWidgetItem("", self.steps)

    # Behaviour -----------------------------------------------------------------------------------

    @property
    def current(self) -> int:
        return self.steps.currentRow()

    def _move(self, step: int) -> None:
        row = self.current + step
        while 0 <= row < self.steps.count() and self.steps.item(row).isHidden():
            row += step
        if 0 <= row < self.steps.count():
            self.steps.setCurrentRow(row)

    def _show_step(self, row: int) -> None:
        if row < 0:
            return
        self.autosave()
        self.pages.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.steps.count() - 1)
        if row == self.steps.count() - 1:
            self.refresh_preview()

    def answers(self) -> Answers:
        values = {}
        for question_id, editor in self.editors.items():
            value = editor.value()
            if value is not None and value != []:
                values[question_id] = value
            elif value == [] and editor.question.type == "multichoice":
                values[question_id] = value  # "none of these" is an answer too
        languages = ("id", "en") if self.english.isChecked() else ("id",)
        partner_language = self.partner_language.currentData()
        texts: dict[str, str] = {}
        if partner_language:
            languages = (*languages, partner_language)
            texts = {
                key: edit.toPlainText().strip()
                for key, edit in self.partner_texts.items()
                if edit.toPlainText().strip()
            }
        return Answers(self.template.id, languages, values, texts)

    def _answer_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_visibility()
        self._timer.start()  # restarted by every keystroke: the preview waits for a pause

    def _label_steps(self) -> None:
        """Numbers the steps shown (the partner's language only when there is one)."""
        language = self.languages.language
        labels = [self.tr("Document")]
        labels += [label.get(language, step) for step, label in self.template.steps]
        labels += [self.tr("The partner's language"), self.tr("Review and checks")]
        number = 0
        for row, text in enumerate(labels):
            item = self.steps.item(row)
            if item is not None and not item.isHidden():
                number += 1
                item.setText(f"{number}. {text}")
                item.setToolTip(text)

    def _update_visibility(self) -> None:
        item = self.steps.item(self.partner_page)
        if item is not None:
            item.setHidden(not self.partner_language.currentData())
            self._label_steps()
        hidden = self.ops.drafts.hidden_questions(self.answers())
        for question_id, editor in self.editors.items():
            label, help_label = self.rows[question_id]
            for widget in (label, editor, help_label):
                widget.setVisible(question_id not in hidden)
            help_label.setVisible(question_id not in hidden and bool(help_label.text()))

    def refresh_preview(self) -> None:
        self._timer.stop()
        html, findings = self.ops.drafts.preview(
            self.answers(), partner_id=self.partner_id, agreement_id=self.agreement_id
        )
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(html)
        bar.setValue(position)
        self._show_findings(findings)

    def _show_findings(self, findings: list[Finding]) -> None:
        language = self.languages.language
        self.findings.clear()
        for finding in findings:
            icon = "circle-alert" if finding.severity is Severity.ERROR else "info"
            item = QListWidgetItem(
                theme.icon(icon), finding.message(language, translate), self.findings
            )
            item.setData(Qt.ItemDataRole.UserRole, finding.question)
        errors = sum(f.severity is Severity.ERROR for f in findings)
        warnings = len(findings) - errors
        if findings:
            self.review_hint.setText(
                self.tr(
                    "%1 to fix and %2 to look at. Double-click a finding to go to its question."
                )
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
            )
        else:
            self.review_hint.setText(self.tr("The checks found nothing to fix."))

    def _jump(self, item: QListWidgetItem) -> None:
        question_id = item.data(Qt.ItemDataRole.UserRole)
        if question_id == "partner_texts":
            self.steps.setCurrentRow(self.partner_page)
            return
        if question_id in self._step_of:
            self.steps.setCurrentRow(self._step_of[question_id])
            editor = self.editors[question_id]
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            scroll = self.pages.currentWidget()
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(editor)

    def save(self) -> None:
        answers = self.answers()
        partner = answers.values.get("partner") or {}
        partner_id = partner.get("register_id") or self.partner_id
        title = self.title_text or " — ".join(
            part
            for part in (self.template.name[self.languages.language], partner.get("name"))
            if part
        )
        self.draft_id, number = self.ops.save_draft(
            answers,
            draft_id=self.draft_id,
            partner_id=partner_id,
            agreement_id=self.agreement_id,
            title=title,
            author="",
        )
        self.title_text = title
        self._dirty = False
        self._forget_autosave()  # the answers are a version now
        self.status.setText(self.tr("Saved as version %1.").replace("%1", str(number)))
        self.saved.emit(self.draft_id, number)
        self._update_compare()

    def _update_compare(self) -> None:
        count = len(self.ops.drafts.versions(self.draft_id)) if self.draft_id else 0
        self.compare_button.setEnabled(count >= 2)

    def export(self) -> None:
        """Saves unsaved answers as a version first, so the file names the version it shows."""
        from kerjasama_desk.ui.export_dialog import export_draft  # reportlab loads on first use

        if self._dirty or self.draft_id is None:
            self.save()
        if self.draft_id is not None:
            export_draft(self, self.ops, self.draft_id, self.languages.language)

    def print_preview(self) -> None:
        """The document as it prints (of the version saved first, like Export)."""
        from kerjasama_desk.ui.print_preview import preview_draft  # PDFium loads on first use

        if self._dirty or self.draft_id is None:
            self.save()
        if self.draft_id is not None:
            preview_draft(self, self.ops, self.draft_id, self.languages.language)

    def compare_versions(self) -> None:
        if self.draft_id is not None:
            CompareDialog(self.ops, self.draft_id, self).exec()

    def _text_boxes(self) -> list[QLineEdit | QPlainTextEdit]:
        """The boxes a glossary term can go into."""
        boxes: list[QLineEdit | QPlainTextEdit] = list(self.partner_texts.values())
        for editor in self.editors.values():
            if isinstance(editor, BilingualEditor):
                boxes += [editor.indonesian, editor.english]
            elif isinstance(editor, TextEditor):
                boxes.append(editor.edit)
        return boxes

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and any(new is box for box in self._text_boxes()):
            self._last_edit = new  # type: ignore[assignment]

    def insert_term(self, indonesian: str, english: str) -> None:
        """Puts a glossary term where the officer was typing: in a bilingual answer the
        Indonesian term on the Indonesian side and the English one on the English side; in the
        partner's text or a plain answer, the Indonesian."""
        target = self._last_edit
        if target is None:
            return
        bilingual = next(
            (
                e
                for e in self.editors.values()
                if isinstance(e, BilingualEditor) and target in (e.indonesian, e.english)
            ),
            None,
        )
        if bilingual is not None:
            bilingual.indonesian.insert(indonesian)
            bilingual.english.insert(english)
        elif isinstance(target, QLineEdit):
            target.insert(indonesian)
        else:
            target.insertPlainText(indonesian)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def autosave(self) -> None:
        """Keeps unsaved answers in the register, so a crash loses nothing (not a version)."""
        if not self._dirty or self._loading or self._closed:
            return
        self.autosave_id = self.ops.drafts.autosave(
            self.autosave_id,
            self.answers(),
            draft_id=self.draft_id,
            partner_id=self.partner_id,
            agreement_id=self.agreement_id,
            title=self.title_text,
        )

    def _forget_autosave(self) -> None:
        if self.autosave_id is not None:
            self.ops.drafts.discard_autosave(self.autosave_id)
            self.autosave_id = None

    def _may_close(self) -> bool:
        """Asks about unsaved answers; False when the officer cancels."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Save the draft?"),
            self.tr(
                "This draft has answers that are not saved yet. Save them as a new "
                "version before closing?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        return True

    def reject(self) -> None:
        # Close, Esc and the window's close button all come here (QDialog routes its close
        # event to reject()); a cancelled question keeps the wizard open.
        if not self._may_close():
            return
        if not self._closed:
            self._forget_autosave()  # saved, or dropped on purpose
            self._closed = True
            self._timer.stop()
            self._autosave_timer.stop()
            self.languages.changed.disconnect(self._language_changed)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.disconnect(self._focus_changed)
        super().reject()

    # Language ------------------------------------------------------------------------------------

    def _language_changed(self, _language: str) -> None:
        self.retranslate_ui()
        self.refresh_preview()

    def retranslate_ui(self) -> None:
        language = self.languages.language
        self.setWindowTitle(
            self.tr("Drafting: %1").replace(
                "%1", self.template.name.get(language, self.template.id)
            )
        )
        self._label_steps()
        self.template_label.setText(self.tr("Template"))
        self.template_name.setText(self.template.name.get(language, self.template.id))
        self.english.setText(self.tr("Also an English text beside the Indonesian"))
        self.partner_language_label.setText(self.tr("The partner's language version"))
        self.partner_language.setItemText(0, self.tr("none"))
        for index in range(1, self.partner_language.count()):
            self.partner_language.setItemText(
                index, language_name(str(self.partner_language.itemData(index)), language)
            )
        self.partner_hint.setText(
            self.tr(
                "Paste the partner's translation part by part. For an article, the first line is its "
                "heading. The checks list the parts still missing."
            )
        )
        headings = {
            a.key: a.heading.by_language.get(language, a.key) for a in self.template.articles
        }
        fixed = {
            "title": self.tr("Title"),
            "parties": self.tr("Parties"),
            "recitals": self.tr("Recitals"),
            "closing": self.tr("Closing"),
        }
        for key, label in self.partner_labels.items():
            label.setText(fixed.get(key) or self.tr("Article: %1").replace("%1", headings[key]))
        self.document_hint.setText(
            self.tr(
                "The Indonesian text is always made. The partner's own language version is usually "
                "prepared by the partner; the preview on the right shows the texts side by side."
            )
        )
        for question_id, editor in self.editors.items():
            question = editor.question
            label, help_label = self.rows[question_id]
            required = "" if not question.required else " *"
            label.setText(question.label.get(language, question_id) + required)
            help_label.setText(question.help.get(language, ""))
            editor.set_language(language)
        self.review_title.setText(self.tr("Review and checks"))
        self.back_button.setText(self.tr("< Back"))
        self.next_button.setText(self.tr("Next >"))
        self.save_button.setText(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Save the answers as a new version (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        self.side.setTabText(0, self.tr("Preview"))
        self.side.setTabText(1, self.tr("Glossary"))
        self.glossary.retranslate()
        self.compare_button.setText(self.tr("Compare versions…"))
        self.export_button.setText(self.tr("Export PDF/DOCX…"))
        self.print_button.setText(self.tr("Print preview…"))
        self.export_button.setToolTip(self.tr("Save this draft as PDF or Word, to print or send"))
        self.compare_button.setToolTip(self.tr("Show what changed between two saved versions"))
        self._update_visibility()


class CompareDialog(QDialog):
    """Two versions of a draft side by side, article by article, changed words marked."""

    def __init__(self, ops: Operations, draft_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.draft_id = draft_id
        self.resize(1200, 700)
        numbers = ops.drafts.versions(draft_id)
        self.before = QComboBox(self)
        self.after = QComboBox(self)
        for combo in (self.before, self.after):
            for number in numbers:
                combo.addItem(str(number), number)
        self.before.setCurrentIndex(max(len(numbers) - 2, 0))
        self.after.setCurrentIndex(len(numbers) - 1)
        self.before_label = QLabel(self)
        self.after_label = QLabel(self)
        self.view = QTextBrowser(self)
        self.close_button = QPushButton(self)
        top = QHBoxLayout()
        for widget in (self.before_label, self.before, self.after_label, self.after):
            top.addWidget(widget)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.before.currentIndexChanged.connect(self.refresh)
        self.after.currentIndexChanged.connect(self.refresh)
        self.close_button.clicked.connect(self.accept)
        self.setWindowTitle(self.tr("Compare versions"))
        self.before_label.setText(self.tr("Version"))
        self.after_label.setText(self.tr("with version"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()

    def refresh(self) -> None:
        headings = {
            "before": self.tr("Version"),
            "after": self.tr("Version"),
            "added": self.tr("added"),
            "removed": self.tr("removed"),
            "same": self.tr("The two versions make the same document."),
        }
        self.view.setHtml(
            self.ops.drafts.comparison(
                self.draft_id,
                int(self.before.currentData()),
                int(self.after.currentData()),
                headings,
            )
        )


def open_draft(
    parent: QWidget,
    ops: Operations,
    languages: LanguageManager,
    *,
    draft_id: int | None = None,
    partner_id: int | None = None,
    agreement_id: int | None = None,
    template_id: str | None = None,
) -> None:
    """Opens the wizard: a saved draft; else an agreement's latest draft, or a new one from the
    template for its kind; else a new draft for the partner from a template the officer picks.
    Nothing on a read-only register: the wizard saves and autosaves into it."""
    if ops.read_only:
        return
    drafts = ops.drafts
    if draft_id is None and agreement_id is not None:
        draft_id = drafts.latest_draft_of(agreement_id)
        if draft_id is None and template_id is None:
            template_id = drafts.template_for(ops.service.agreement(agreement_id).kind.value)
            if template_id is None:
                QMessageBox.information(
                    parent,
                    QCoreApplication.translate("DraftWizard", "No template"),
                    QCoreApplication.translate(
                        "DraftWizard",
                        "There is no template for this kind of agreement yet. "
                        "Templates exist for Letters of Intent and Memoranda of Understanding.",
                    ),
                )
                return
    if draft_id is None and template_id is None:
        names = {t.name.get(languages.language, t.id): t.id for t in drafts.templates.values()}
        chosen, accepted = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("DraftWizard", "New draft"),
            QCoreApplication.translate("DraftWizard", "Which document?"),
            list(names),
            0,
            False,
        )
        if not accepted:
            return
        template_id = names[chosen]
    DraftWizard(
        ops,
        languages,
        draft_id=draft_id,
        template_id=template_id,
        partner_id=partner_id,
        agreement_id=agreement_id,
        parent=parent,
    ).exec()
