"""What every record editor shares: the dialog base (Save/Cancel, problems under each field,
retranslation, the closed-register guard), form layouts, the officer and country choosers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import FieldError, ValidationFailed
from kerjasama_desk.domain.messages import FIELD_LABELS
from kerjasama_desk.domain.vocab import OfficerStatus
from kerjasama_desk.formatting import countries
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.ui.help import HelpButton
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.retranslation import translate_ui
from kerjasama_desk.ui.widgets import FieldErrors, first_unreadable_date


def _field_label(key: str) -> str:
    return translate("Field", FIELD_LABELS[key])


def fill_officers(combo: QComboBox, ops: Operations, language: str, none_text: str) -> None:
    """The officers to choose from, transferred ones marked so; the choice is kept."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for officer_id, name, status in ops.service.officer_choices():
        suffix = f" ({status.label(language)})" if status is OfficerStatus.TRANSFERRED else ""
        combo.addItem(name + suffix, officer_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class EditorDialog(QDialog):
    """Form rows with error lines under them, Save/Cancel, and live re-validation."""

    help_section = "first-steps"  # the guide's section about this editor (ui/help.py)

    def __init__(
        self, ops: Operations, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.errors = FieldErrors()
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._live = False
        self.saved_id: int | None = None
        self._shown_as: Any = None  # the record as first shown, to tell unsaved edits
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(150)
        self._recheck.timeout.connect(self._revalidate)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setProperty("help_section", self.help_section)
        self.buttons.addButton(
            HelpButton(self, self.help_section), QDialogButtonBox.ButtonRole.HelpRole
        )
        if ops.read_only:
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            save.setEnabled(False)
            save.setToolTip(self.tr("The register is open read-only."))
        self.setModal(True)
        translate_ui(self, self.ops, now=False)

    def add_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel(form.parentWidget())
        label.setBuddy(widget)
        error = QLabel(form.parentWidget())
        holder = QWidget(form.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(label, holder)
        self._labels[key] = label
        self._fields[key] = widget
        self.errors.add(key, widget, error)
        widget.setAccessibleName(_field_label(key))

    def watch(self, *signals: Any) -> None:
        for signal in signals:
            signal.connect(self._changed)

    def _changed(self, *_: object) -> None:
        if self._live:
            self._recheck.start()

    def _revalidate(self) -> None:
        self.errors.show(self.check(self.collect()), self.languages.language)

    def save(self) -> None:
        if self.ops.read_only:
            return
        if first_unreadable_date(self) is not None:
            return  # kept as typed and named under the field, not saved as "no date"
        record = self.collect()
        try:
            self.saved_id = self.store(record)
        except ValidationFailed as failure:
            self._show(failure.errors)
            return
        self.accept()

    def _show(self, errors: list[FieldError]) -> None:
        self._live = True
        first = self.errors.show(errors, self.languages.language)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._shown_as is None:
            self._shown_as = self.collect()
        super().showEvent(event)

    def has_unsaved_edits(self) -> bool:
        return (
            not self.ops.read_only
            and self._shown_as is not None
            and self.collect() != self._shown_as
        )

    def reject(self) -> None:
        """Cancel, Escape or the window's close: typed edits are not dropped without asking."""
        if self.has_unsaved_edits():
            answer = QMessageBox.question(
                self,
                self.tr("Save the changes?"),
                self.tr("What you typed here is not saved yet. Save it before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()  # closes when it passes; shows the problems otherwise
                return
        super().reject()

    def field_messages(self) -> dict[str, str]:
        """The error lines currently shown, by field (for tests and accessibility)."""
        return self.errors.messages()

    # Subclasses --------------------------------------------------------------------------------

    def collect(self) -> Any:
        raise NotImplementedError

    def check(self, record: Any) -> list[FieldError]:
        raise NotImplementedError

    def store(self, record: Any) -> int:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        for key, label in self._labels.items():
            label.setText(_field_label(key) + ":")
            self._fields[key].setAccessibleName(_field_label(key))  # messages name the field
        self.errors.retranslate(self.languages.language)


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setVerticalSpacing(6)
    form.setHorizontalSpacing(10)
    return form


class CountryBox(QComboBox):
    """Every country by its name in the UI language; type to find one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_language(self, language: str) -> None:
        code = self.code()
        self.blockSignals(True)
        self.clear()
        for value, name in countries(language):
            self.addItem(name, value)
        self.blockSignals(False)
        self.set_code(code)

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return text.upper() if len(text) == 2 else (text and "?")

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
