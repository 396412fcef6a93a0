"""The list page every register list shares: search, filters, sorting in SQL, paging, actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import DeleteRefused, RecordNotFound
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.formatting import format_value
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.help import HelpButton
from kerjasama_desk.ui.models import (
    Column,
    PagedTableModel,
)
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.retranslation import translate_ui


def _make_table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Names and titles differ at their end ("… Semarang–Beihai"): the middle gives way.
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    return view


FIRST_COLUMN_SHARE = 0.28  # of the list's width, for the name or title, at the least
NARROWEST_COLUMN = 44


def fit_columns(view: QTableView, widths: Sequence[int]) -> None:
    """Columns 2… at their ``widths``, shrunk together when the list is too narrow for them, and
    the first (the name or title) taking the rest: a list page never scrolls sideways."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    others = list(widths[1:]) + [100] * max(0, header.count() - len(widths))
    budget = view.viewport().width() * (1 - FIRST_COLUMN_SHARE)
    scale = min(1.0, budget / sum(others)) if others else 1.0
    model = view.model()
    metrics = header.fontMetrics()
    for section, width in enumerate(others, start=1):
        # never narrower than its heading: a clipped heading ("Penanggung jawa") reads wrong
        heading = str(model.headerData(section, Qt.Orientation.Horizontal) or "") if model else ""
        least = max(NARROWEST_COLUMN, metrics.horizontalAdvance(heading) + 28)
        view.setColumnWidth(section, max(least, int(width * scale)))


class FilterCombo(QComboBox):
    """A filter: "all" first, then (value, label) choices; keeps its choice across relabelling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(240)

    def set_choices(self, all_label: str, choices: list[tuple[Any, str]]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(all_label, None)
        for value, label in choices:
            self.addItem(label, value)
        found = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)


class ListPage(QWidget):
    """Search field, filters, actions and a paged table; subclasses say what it lists."""

    table_name = ""
    columns: list[Column[Any]] = []
    default_widths: tuple[int, ...] = ()
    drafts_from_here = False  # a "Draft document" button for the selected record
    help_section = "first-steps"  # the guide's section about this page (ui/help.py)

    def __init__(
        self, ops: Operations, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(260)
        self.new_button = QPushButton(theme.icon("plus"), "", self)
        self.edit_button = QPushButton(theme.icon("pencil"), "", self)
        self.delete_button = QPushButton(theme.icon("trash-2"), "", self)
        self.draft_button = QPushButton(theme.icon("file-text"), "", self)
        self.draft_button.setVisible(self.drafts_from_here)
        if self.drafts_from_here:  # not the button's own shortcut: setText() would clear it
            QShortcut(QKeySequence("Ctrl+D"), self, self.draft_button.click)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "muted")
        self.filters = QHBoxLayout()
        self.filters.setSpacing(8)
        self.view = _make_table(self)
        self.model: PagedTableModel[Any] = PagedTableModel(
            columns=self.columns,
            fetch=self._fetch,
            count=self._count,
            row_id=lambda row: row.id,
            languages=languages,
        )
        self._stale = True  # nothing loaded until the page is first shown
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.viewport().installEventFilter(self)  # columns follow the list's width

        top = self.top = QHBoxLayout()
        top.addWidget(self.title)
        self.setProperty("help_section", self.help_section)
        top.addWidget(HelpButton(self, self.help_section))
        top.addStretch(1)
        top.addWidget(self.draft_button)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addLayout(self.filters)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.build_filters()
        self.search.textChanged.connect(self.apply_query)
        self.new_button.clicked.connect(self.create_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.draft_button.clicked.connect(self._draft_current)
        self.view.activated.connect(lambda index: self.open_record(self.model.id_at(index.row())))
        delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_current)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_selection_state)
        self.view.selectionModel().selectionChanged.connect(self._update_selection_state)
        ops.changed.connect(self._tables_changed)
        ops.register_replaced.connect(self.refresh)
        languages.changed.connect(self._language_changed)
        translate_ui(self, self.ops)
        self.refresh()

    # What the subclass provides ----------------------------------------------------------------

    def _fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def _count(self, query: ListQuery) -> int:
        raise NotImplementedError

    def build_filters(self) -> None:
        """Adds filter widgets to ``self.filters``."""

    def filtered(self, query: ListQuery) -> ListQuery:
        return query

    def relabel_filters(self) -> None:
        """Re-sets filter labels in the UI language."""

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def editor(self, record_id: int | None) -> QDialog:
        """The editor dialog of one record (None: a new one)."""
        raise NotImplementedError

    def create_record(self) -> int | None:
        """A new record through its editor; its id once saved (None when cancelled)."""
        if self.ops.read_only:
            return None
        editor = self.editor(None)
        editor.exec()
        saved: int | None = getattr(editor, "saved_id", None)
        if saved is None:
            return None
        # The new record becomes the chosen one, so the next action (Draft document, Edit) is
        # about it; a search that hides it is cleared first.
        if not self.select_id(saved) and self.search.text():
            self.search.clear()  # reloads the list
            self.select_id(saved)
        return saved

    def open_record(self, record_id: int) -> None:
        try:
            dialog = self.editor(record_id)
        except RecordNotFound:  # deleted meanwhile, e.g. from another window
            self.refresh()
            return
        dialog.exec()

    def delete_record(self, record_id: int) -> None:
        raise NotImplementedError

    def record_name(self, row: int) -> str:
        return str(self.model.data(self.model.index(row, 0)))

    # Behaviour ---------------------------------------------------------------------------------

    def add_filter(self, combo: QComboBox) -> None:
        combo.currentIndexChanged.connect(self.apply_query)
        self.filters.addWidget(combo)

    def apply_query(self) -> None:
        if not self.isVisible():  # a hidden list catches up when it is next shown
            self._stale = True
            return
        query = ListQuery(
            text=self.search.text(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )
        self._reload_keeping_selection(lambda: self.model.set_query(self.filtered(query)))

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.relabel_filters()
        self.apply_query()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        fit_columns(self.view, self.default_widths)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if self.table_name in tables:
            self.refresh()

    def _reload_keeping_selection(self, reload: Callable[[], None]) -> None:
        selected = self.current_id()
        reload()
        if selected is not None:
            self.select_id(selected)
        self._update_selection_state()

    def current_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def selected_ids(self) -> list[int]:
        """Every selected record, in the list's order."""
        return [
            self.model.id_at(index.row())
            for index in sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        ]

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of_id(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_record(record_id)

    def delete_current(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or self.ops.read_only:
            return
        record_id = self.model.id_at(rows[0].row())
        name = self.record_name(rows[0].row())
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete “{name}”? This cannot be undone.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.delete_record(record_id)
        except DeleteRefused as refusal:
            language = self.languages.language
            QMessageBox.warning(
                self,
                self.tr("Cannot delete"),
                refusal.render(translate, lambda value: format_value(value, language)),
            )
        except RecordNotFound:
            self.refresh()

    def _draft_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.draft_for(record_id)

    def draft_for(self, record_id: int) -> None:
        """Opens the drafting wizard for the record (pages with ``drafts_from_here``)."""

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text(self.model.total))
        self._update_selection_state()

    def _update_selection_state(self) -> None:
        has = bool(self.view.selectionModel().selectedRows())
        writable = not self.ops.read_only
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has and writable)
        self.draft_button.setEnabled(has and writable)

    def _language_changed(self, language: str) -> None:
        self.relabel_filters()
        self._update_count()

    def retranslate_ui(self) -> None:
        QTimer.singleShot(0, self.fit_columns)  # once the headings are in the new language
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("Create a new record (Ctrl+N)"))
        self.edit_button.setText(self.tr("Open"))
        self.edit_button.setToolTip(self.tr("Open the selected record (Enter)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected record (Delete)"))
        self.draft_button.setText(self.tr("Draft document"))
        self.draft_button.setToolTip(
            self.tr(
                "Draft an LoI or MoU for the selected record, or continue its latest draft (Ctrl+D)"
            )
        )
