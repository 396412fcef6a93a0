"""The pipeline checklist of an agreement (a tab of its editor), and the question asked when a save
would move it past stages with items missing: complete them, or move on with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import (
    FieldError,
    GateBlocked,
    RecordNotFound,
    ValidationFailed,
)
from kerjasama_desk.domain.gates import GateItem, GateRecord
from kerjasama_desk.domain.messages import FIELD_LABELS
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.record_box import RecordBox
from kerjasama_desk.ui.widgets import OptionalDateEdit

_DONE, _STAGE, _ITEM, _REFERENCE, _DATE, _FILE = range(6)


class ChecklistView(RecordBox):
    """The pipeline checklist: each item's letter number, date and file, typed in place."""

    WATCHED = frozenset({"agreements", "attachments"})

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        self._rows: list[tuple[GateItem, GateRecord]] = []
        self._loading = False
        super().__init__(ops, languages, agreement_id, parent, columns=6)
        self.table.itemChanged.connect(self._item_changed)
        self.finish()

    def _make_table(self, columns: int, stretch: Sequence[int]) -> QTableWidget:
        table = QTableWidget(0, columns, self)
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(_DONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_STAGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_ITEM, QHeaderView.ResizeMode.Stretch)
        for column, width in ((_REFERENCE, 130), (_DATE, 150), (_FILE, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        return table

    def refresh(self) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.gates import checklist

        if self.ops.closed:
            return
        language = self.languages.language
        self._loading = True
        self._rows = (
            checklist(self.ops.service, self.agreement_id) if self.agreement_id is not None else []
        )
        stage = (
            self.ops.service.agreement(self.agreement_id).stage
            if self.agreement_id is not None
            else None
        )
        files = self.ops.attachments.of(self.agreement_id) if self.agreement_id else []
        writable = not self.ops.read_only and self.agreement_id is not None
        self.table.setRowCount(len(self._rows))
        for row, (item, record) in enumerate(self._rows):
            done = QTableWidgetItem()
            done.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | (Qt.ItemFlag.ItemIsUserCheckable if writable else Qt.ItemFlag.NoItemFlags)
            )
            done.setCheckState(Qt.CheckState.Checked if record.done else Qt.CheckState.Unchecked)
            self.table.setItem(row, _DONE, done)
            stage_cell = QTableWidgetItem(item.stage.numbered_label(language))
            stage_cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label = item.label.in_language(language) + ("" if item.required else " *")
            item_cell = QTableWidgetItem(label)
            item_cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item_cell.setToolTip(label)
            if (
                stage is not None
                and item.stage.position < stage.position
                and not record.done
                and item.required
            ):
                item_cell.setForeground(QBrush(theme.colour("ALARM")))
                item_cell.setToolTip(self.tr("Passed without this on record"))
            self.table.setItem(row, _STAGE, stage_cell)
            self.table.setItem(row, _ITEM, item_cell)
            reference = QTableWidgetItem(record.reference)
            reference.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | (
                    Qt.ItemFlag.ItemIsEditable
                    if writable and item.reference
                    else Qt.ItemFlag.NoItemFlags
                )
            )
            self.table.setItem(row, _REFERENCE, reference)
            dated = OptionalDateEdit(self.table, message_line=False)  # a tooltip in a table
            dated.setAccessibleName(translate("Field", FIELD_LABELS["gate.dated"]))
            dated.set_value(record.dated)
            dated.setEnabled(writable)
            dated.changed.connect(lambda row=row: self._date_changed(row))
            self.table.setCellWidget(row, _DATE, dated)
            chooser = QComboBox(self.table)
            chooser.addItem(self.tr("(no file)"), None)
            for attachment in files:
                chooser.addItem(attachment.description or attachment.name, attachment.id)
            chooser.setCurrentIndex(max(0, chooser.findData(record.attachment_id)))
            chooser.setEnabled(writable and bool(files))
            chooser.currentIndexChanged.connect(lambda _i, row=row: self._file_changed(row))
            self.table.setCellWidget(row, _FILE, chooser)
        self._loading = False

    def _save(self, row: int, record: GateRecord) -> None:
        if self._loading or self.agreement_id is None or self.ops.read_only:
            return
        try:
            self.ops.record_gate_item(self.agreement_id, record)
        except ValidationFailed as failure:
            QMessageBox.warning(
                self, self.tr("Checklist"), "\n".join(e.render(translate) for e in failure.errors)
            )
            self.refresh()
            return
        except RecordNotFound:
            return
        self._rows[row] = (self._rows[row][0], record)

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading:
            return
        row = cell.row()
        record = self._rows[row][1]
        if cell.column() == _DONE:
            self._save(row, replace(record, done=cell.checkState() == Qt.CheckState.Checked))
        elif cell.column() == _REFERENCE:
            self._save(row, replace(record, reference=cell.text()))

    def _date_changed(self, row: int) -> None:
        widget = self.table.cellWidget(row, _DATE)
        if isinstance(widget, OptionalDateEdit):
            self._save(row, replace(self._rows[row][1], dated=widget.value()))

    def _file_changed(self, row: int) -> None:
        widget = self.table.cellWidget(row, _FILE)
        if isinstance(widget, QComboBox):
            self._save(row, replace(self._rows[row][1], attachment_id=widget.currentData()))

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "What must be on record before the agreement moves past each stage of the "
                "pipeline. Ticks and numbers are kept at once. * only where it applies."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Done"),
                self.tr("Stage"),
                self.tr("Item"),
                self.tr("Number"),
                self.tr("Date"),
                self.tr("File"),
            ]
        )
        self.refresh()


class GateOverrideDialog(QDialog):
    """Lists what is missing and asks for the reason to move on anyway."""

    def __init__(self, blocked: GateBlocked, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("help_section", "pipeline")  # F1 opens the guide there
        self.setWindowTitle(self.tr("Checklist not complete"))
        intro = QLabel(
            self.tr("Moving from “%1” to “%2” passes stages with these items not on record:")
            .replace("%1", blocked.from_stage.label(language))
            .replace("%2", blocked.to_stage.label(language)),
            self,
        )
        intro.setWordWrap(True)
        items = QListWidget(self)
        for item in blocked.missing:
            items.addItem(
                f"{item.stage.numbered_label(language)} — {item.label.in_language(language)}"
            )
        reason_label = QLabel(
            self.tr("To move on anyway, say why (kept with the agreement's history):"), self
        )
        reason_label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setMaximumHeight(80)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move on anyway"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, items, reason_label, self.reason, self.error, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def _accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.error.setText(FieldError("gate.reason", "override_needs_reason").render(translate))
            self.error.show()
            return
        self.accept()
