"""The main window's pages: Overview, and the Partners, Agreements and Officers lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import DeleteRefused, RecordNotFound
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.vocab import AgreementKind, AgreementStage, OfficerStatus, PartnerLevel
from kerjasama_desk.formatting import country_name, format_timestamp, format_value
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.models import (
    AGREEMENT_COLUMNS,
    OFFICER_COLUMNS,
    PARTNER_COLUMNS,
    Column,
    PagedTableModel,
)
from kerjasama_desk.ui.operations import Operations


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
    view.horizontalHeader().setStretchLastSection(True)
    return view


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
        for section, width in enumerate(self.default_widths):
            self.view.setColumnWidth(section, width)

        top = self.top = QHBoxLayout()
        top.addWidget(self.title)
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
        self.retranslate_ui()
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

    def create_record(self) -> None:
        if not self.ops.read_only:
            self.editor(None).exec()

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
            self.tr("Draft an LoI or MoU for the selected record, or continue its latest draft")
        )

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == event.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _member(vocabulary: Any, value: Any) -> Any:
    """Qt hands enum item data back as plain strings; this restores the member."""
    return None if value is None else vocabulary(value)


def _country_choices(codes: list[str], language: str) -> list[tuple[Any, str]]:
    return sorted(
        ((code, country_name(code, language)) for code in codes),
        key=lambda pair: pair[1].casefold(),
    )


class PartnersPage(ListPage):
    drafts_from_here = True
    table_name = "partners"
    columns = PARTNER_COLUMNS
    default_widths = (190, 120, 150, 170, 130, 100, 90)

    def build_filters(self) -> None:
        self.country_filter = FilterCombo(self)
        self.level_filter = FilterCombo(self)
        self.add_filter(self.country_filter)
        self.add_filter(self.level_filter)

    def relabel_filters(self) -> None:
        language = self.languages.language
        self.country_filter.set_choices(
            self.tr("All countries"),
            _country_choices(self.ops.service.countries_in_use(), language),
        )
        self.level_filter.set_choices(
            self.tr("All levels"), [(level, level.label(language)) for level in PartnerLevel]
        )

    def filtered(self, query: ListQuery) -> ListQuery:
        return replace(
            query,
            country=self.country_filter.currentData(),
            level=_member(PartnerLevel, self.level_filter.currentData()),
        )

    def _fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        return self.ops.service.list_partners(query, offset=offset, limit=limit)

    def _count(self, query: ListQuery) -> int:
        return self.ops.service.count_partners(query)

    def count_text(self, count: int) -> str:
        return self.tr("%Ln partner(s)", "", count)

    def editor(self, record_id: int | None) -> QDialog:
        from kerjasama_desk.ui.editors import PartnerEditor  # loaded when first needed

        return PartnerEditor(self.ops, self.languages, record_id, self)

    def draft_for(self, record_id: int) -> None:
        from kerjasama_desk.ui.wizard import open_draft  # drafting loads on first use

        open_draft(self, self.ops, self.languages, partner_id=record_id)

    def delete_record(self, record_id: int) -> None:
        self.ops.delete_partner(record_id)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Partners"))


class AgreementsPage(ListPage):
    drafts_from_here = True
    table_name = "agreements"
    columns = AGREEMENT_COLUMNS
    default_widths = (230, 150, 50, 160, 135, 135, 140)

    export_selected = Signal()  # "Export to a file (.kdx)…" from the list's context menu

    def build_filters(self) -> None:
        # Several agreements can be chosen (Ctrl/Shift+click) to carry them in one .kdx.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.stage_filter = FilterCombo(self)
        self.kind_filter = FilterCombo(self)
        self.country_filter = FilterCombo(self)
        self.officer_filter = FilterCombo(self)
        for combo in (
            self.stage_filter,
            self.kind_filter,
            self.country_filter,
            self.officer_filter,
        ):
            self.add_filter(combo)

    def relabel_filters(self) -> None:
        language = self.languages.language
        self.stage_filter.set_choices(
            self.tr("All stages"), [(stage, stage.label(language)) for stage in AgreementStage]
        )
        self.kind_filter.set_choices(
            self.tr("All kinds"), [(kind, kind.label(language)) for kind in AgreementKind]
        )
        self.country_filter.set_choices(
            self.tr("All countries"),
            _country_choices(self.ops.service.countries_in_use(), language),
        )
        self.officer_filter.set_choices(
            self.tr("All officers"),
            [(officer_id, name) for officer_id, name, _ in self.ops.service.officer_choices()],
        )

    def filtered(self, query: ListQuery) -> ListQuery:
        return replace(
            query,
            stage=_member(AgreementStage, self.stage_filter.currentData()),
            kind=_member(AgreementKind, self.kind_filter.currentData()),
            country=self.country_filter.currentData(),
            officer_id=self.officer_filter.currentData(),
        )

    def _fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        return self.ops.service.list_agreements(query, offset=offset, limit=limit)

    def _count(self, query: ListQuery) -> int:
        return self.ops.service.count_agreements(query)

    def count_text(self, count: int) -> str:
        return self.tr("%Ln agreement(s)", "", count)

    def editor(self, record_id: int | None) -> QDialog:
        from kerjasama_desk.ui.agreement_editor import AgreementEditor  # loaded when first needed

        return AgreementEditor(self.ops, self.languages, record_id, self)

    def draft_for(self, record_id: int) -> None:
        from kerjasama_desk.ui.wizard import open_draft  # drafting loads on first use

        open_draft(self, self.ops, self.languages, agreement_id=record_id)

    def delete_record(self, record_id: int) -> None:
        self.ops.delete_agreement(record_id)

    def _context_menu(self, position: QPoint) -> None:
        chosen = len(self.selected_ids())
        if not chosen:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.edit_current)
        menu.addAction(
            theme.icon("file-text"),
            self.tr("Export %n agreement(s) to a file (.kdx)…", "", chosen),
            self.export_selected.emit,
        )
        menu.exec(self.view.viewport().mapToGlobal(position))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Agreements"))


class OfficersPage(ListPage):
    table_name = "officers"
    columns = OFFICER_COLUMNS
    default_widths = (220, 170, 260, 300, 110)

    def build_filters(self) -> None:
        self.status_filter = FilterCombo(self)
        self.add_filter(self.status_filter)
        self.handover_button = QPushButton(theme.icon("users"), "", self)
        self.handover_button.clicked.connect(self.hand_over_current)
        self.top.insertWidget(2, self.handover_button)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def _update_selection_state(self) -> None:
        super()._update_selection_state()
        if hasattr(self, "handover_button"):
            self.handover_button.setEnabled(
                self.current_id() is not None and not self.ops.read_only
            )

    def hand_over_current(self) -> None:
        officer_id = self.current_id()
        if officer_id is None or self.ops.read_only:
            return
        from kerjasama_desk.ui.handover import HandoverDialog

        try:
            HandoverDialog(self.ops, self.languages, officer_id, self).exec()
        except RecordNotFound:
            self.refresh()

    def dossier_current(self) -> None:
        officer_id = self.current_id()
        if officer_id is None:
            return
        from kerjasama_desk.ui.handover import save_dossier

        save_dossier(self, self.ops, self.languages, officer_id)

    def open_record(self, record_id: int) -> None:
        """After an officer is marked transferred, offers the handover of what they hold."""
        try:
            before = self.ops.service.officer(record_id).status
        except RecordNotFound:
            self.refresh()
            return
        super().open_record(record_id)
        try:
            after = self.ops.service.officer(record_id)
        except RecordNotFound:
            return
        if (
            before is OfficerStatus.ACTIVE
            and after.status is OfficerStatus.TRANSFERRED
            and not self.ops.read_only
        ):
            from kerjasama_desk.services.handover import held_by

            held = len(held_by(self.ops.service, record_id))
            if (
                held
                and QMessageBox.question(
                    self,
                    self.tr("Handover"),
                    self.tr(
                        "%1 is marked as transferred but still holds %n agreement(s) or "
                        "commitment(s). Hand them over to successors now?",
                        "",
                        held,
                    ).replace("%1", after.name),
                )
                == QMessageBox.StandardButton.Yes
            ):
                self.select_id(record_id)
                self.hand_over_current()

    def _context_menu(self, position: QPoint) -> None:
        if self.current_id() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.edit_current)
        handover = menu.addAction(
            theme.icon("users"), self.tr("Hand over to successors…"), self.hand_over_current
        )
        handover.setEnabled(not self.ops.read_only)
        menu.addAction(
            theme.icon("file-text"), self.tr("Save the handover dossier…"), self.dossier_current
        )
        menu.exec(self.view.viewport().mapToGlobal(position))

    def relabel_filters(self) -> None:
        language = self.languages.language
        self.status_filter.set_choices(
            self.tr("Active and transferred"),
            [(status, status.label(language)) for status in OfficerStatus],
        )

    def filtered(self, query: ListQuery) -> ListQuery:
        return replace(query, status=_member(OfficerStatus, self.status_filter.currentData()))

    def _fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        return self.ops.service.list_officers(query, offset=offset, limit=limit)

    def _count(self, query: ListQuery) -> int:
        return self.ops.service.count_officers(query)

    def count_text(self, count: int) -> str:
        return self.tr("%Ln officer(s)", "", count)

    def editor(self, record_id: int | None) -> QDialog:
        from kerjasama_desk.ui.editors import OfficerEditor  # loaded when first needed

        return OfficerEditor(self.ops, self.languages, record_id, self)

    def delete_record(self, record_id: int) -> None:
        self.ops.delete_officer(record_id)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Officers"))
        self.handover_button.setText(self.tr("Hand over…"))
        self.handover_button.setToolTip(
            self.tr(
                "The officer leaves the post (mutasi): give every agreement and open commitment "
                "they hold to successors in one pass, and save the handover dossier"
            )
        )


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
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 300), (2, 200), (3, 80), (4, 150)):
            self.table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.title)
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
        self.retranslate_ui()
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
        templates = self.ops.drafts.templates
        rows = self.ops.drafts.rows()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            template = templates.get(row.template_id)
            name = template.name.get(language, row.template_id) if template else row.template_id
            cells = (
                row.title,
                name,
                row.partner_name,
                str(row.version),
                format_timestamp(row.updated_at, language),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(number, column, item)
        self._update_buttons()

    def current_draft(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

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
        from kerjasama_desk.ui.wizard import open_draft

        open_draft(self, self.ops, self.languages)

    def open_selected(self) -> None:
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

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == event.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
