"""The drafts page: the Letters of Intent and MoUs being drafted, each save kept as a version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.formatting import format_timestamp
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.help import HelpButton
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.retranslation import translate_ui


class DraftTable(QTableWidget):
    """A list of drafts, one per row, chosen one at a time; each row knows its draft's id."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def fill(self, rows: list[tuple[int, tuple[str, ...]]]) -> None:
        """``rows``: (draft id, the row's cells)."""
        self.setRowCount(len(rows))
        for number, (draft_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long name is cut in a narrow column
                item.setData(Qt.ItemDataRole.UserRole, draft_id)
                self.setItem(number, column, item)

    def current_draft(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        item = self.item(rows[0].row(), 0) if rows else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


class DraftsPage(QWidget):
    """The drafts saved in the register, the most recently saved first; open one to go on."""

    def __init__(
        self, ops: Operations, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self._stale = True
        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.new_button = QPushButton(theme.icon("plus"), "", self)
        self.open_button = QPushButton(theme.icon("pencil"), "", self)
        self.export_button = QPushButton(theme.icon("file-text"), "", self)
        self.print_button = QPushButton(self)
        self.table = DraftTable(5, self)
        self.table.setAlternatingRowColors(True)
        for column, width in ((1, 300), (2, 200), (3, 80), (4, 150)):
            self.table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.title)
        self.setProperty("help_section", "drafting")
        top.addWidget(HelpButton(self, "drafting"))
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new_draft)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.print_button.clicked.connect(self.preview_selected)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ops.changed.connect(self._tables_changed)
        ops.register_replaced.connect(self.refresh)
        languages.changed.connect(self._language_changed)
        translate_ui(self, self.ops)
        self._update_buttons()

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if tables & {"drafts", "partners", "agreements"}:
            self.refresh()

    def _language_changed(self, _language: str) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        language = self.languages.language
        drafts = self.ops.drafts
        self.table.fill(
            [
                (
                    row.id,
                    (
                        drafts.shown_title(row.title, row.template_id, row.partner_name, language),
                        drafts.template_name(row.template_id, language),
                        row.partner_name,
                        str(row.version),
                        format_timestamp(row.updated_at, language),
                    ),
                )
                for row in drafts.rows()
            ]
        )
        self._update_buttons()

    def current_draft(self) -> int | None:
        return self.table.current_draft()

    def _update_buttons(self) -> None:
        writable = not self.ops.read_only  # the wizard saves and autosaves into the register
        self.new_button.setEnabled(writable)
        self.open_button.setEnabled(writable and self.current_draft() is not None)
        self.export_button.setEnabled(self.current_draft() is not None)
        self.print_button.setEnabled(self.current_draft() is not None)

    def preview_selected(self) -> None:
        from kerjasama_desk.ui.print_preview import preview_draft  # PDFium loads on first use

        draft_id = self.current_draft()
        if draft_id is not None:
            preview_draft(self, self.ops, draft_id, self.languages.language)

    def export_selected(self) -> None:
        from kerjasama_desk.ui.export_dialog import export_draft  # reportlab loads on first use

        draft_id = self.current_draft()
        if draft_id is not None:
            export_draft(self, self.ops, draft_id, self.languages.language)

    def new_draft(self) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.wizard import open_draft

        open_draft(self, self.ops, self.languages)

    def open_selected(self) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.wizard import open_draft

        draft_id = self.current_draft()
        if draft_id is not None:
            open_draft(self, self.ops, self.languages, draft_id=draft_id)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Drafts"))
        self.hint.setText(
            self.tr(
                "Letters of Intent and MoUs being drafted. Every save is kept as a version. Start a "
                "draft here, or from a partner or an agreement with “Draft document”."
            )
        )
        self.new_button.setText(self.tr("New draft"))
        self.open_button.setText(self.tr("Open"))
        self.export_button.setText(self.tr("Export PDF/DOCX…"))
        self.print_button.setText(self.tr("Print preview…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Template"),
                self.tr("Partner"),
                self.tr("Version"),
                self.tr("Last saved"),
            ]
        )
