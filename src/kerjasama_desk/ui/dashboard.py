"""The opening screen: what needs follow-up. Agreements gone quiet (no activity for the dormancy
threshold), agreements expiring or expired, counts per stage, load per officer, and the timeline
of the partner of the chosen row. Each row opens its agreement or logs an activity in one click.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.listing import FollowUpRow, ListQuery
from kerjasama_desk.domain.vocab import AgreementStage
from kerjasama_desk.formatting import format_date, format_number
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.timeline import TimelineView

if TYPE_CHECKING:
    from kerjasama_desk.services.followup import Dashboard


def _card(parent: QWidget, role: str = "card-number") -> tuple[QFrame, QLabel, QLabel]:
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    number = QLabel("0", frame)
    number.setProperty("role", role)
    caption = QLabel(frame)
    caption.setProperty("role", "muted")
    caption.setWordWrap(True)
    box = QVBoxLayout(frame)
    box.setContentsMargins(14, 8, 14, 8)
    box.setSpacing(0)
    box.addWidget(number)
    box.addWidget(caption)
    return frame, number, caption


def _follow_up_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 6, parent)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(28)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    for column, width in ((0, 120), (2, 118), (3, 124), (4, 56), (5, 118)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(column, width)
    return table


class DashboardPage(QWidget):
    open_agreement = Signal(int)

    def __init__(self, ops: Operations, languages: LanguageManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.board: Dashboard | None = None
        self._rows: dict[QTableWidget, list[FollowUpRow]] = {}
        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")
        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for key in ("dormant", "expiring", "agreements", "partners"):
            frame, number, caption = _card(self, "card-alarm" if key == "dormant" else
                                           "card-warning" if key == "expiring" else
                                           "card-number")
            cards.addWidget(frame)
            self.cards[key] = (number, caption)

        self.dormant_title = QLabel(self)
        self.dormant_title.setProperty("role", "section")
        self.dormant = _follow_up_table(self)
        self.expiring_title = QLabel(self)
        self.expiring_title.setProperty("role", "section")
        self.expiring = _follow_up_table(self)
        self._link = QBrush(QColor("#1f5f8b"))
        self._muted = QBrush(QColor("#8a96a3"))
        self._alarm = QBrush(QColor("#c0392b"))
        self._link_font = QFont(self.font())
        self._link_font.setUnderline(True)
        for table in (self.dormant, self.expiring):
            table.itemSelectionChanged.connect(self._row_chosen)
            table.itemActivated.connect(self._row_activated)
            table.cellClicked.connect(self._cell_clicked)
            self._rows[table] = []

        self.timeline_title = QLabel(self)
        self.timeline_title.setProperty("role", "section")
        self.timeline = TimelineView(self)
        self.stage_title = QLabel(self)
        self.stage_title.setProperty("role", "section")
        stage_frame = QFrame(self)
        stage_frame.setProperty("role", "card")
        grid = QGridLayout(stage_frame)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setVerticalSpacing(2)
        self.stage_rows: dict[AgreementStage, tuple[QLabel, QProgressBar, QLabel]] = {}
        for row, stage in enumerate(AgreementStage):
            label = QLabel(stage_frame)
            bar = QProgressBar(stage_frame)
            bar.setTextVisible(False)
            bar.setMaximumHeight(10)
            count = QLabel(stage_frame)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setMinimumWidth(56)
            grid.addWidget(label, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(count, row, 2)
            self.stage_rows[stage] = (label, bar, count)
        grid.setColumnStretch(1, 1)
        self.load_title = QLabel(self)
        self.load_title.setProperty("role", "section")
        self.load = QLabel(self)
        self.load.setWordWrap(True)
        self.load.setTextFormat(Qt.TextFormat.PlainText)

        left = QVBoxLayout()
        left.addWidget(self.dormant_title)
        left.addWidget(self.dormant, 3)
        left.addWidget(self.expiring_title)
        left.addWidget(self.expiring, 2)
        right = QVBoxLayout()
        right.addWidget(self.timeline_title)
        right.addWidget(self.timeline)
        right.addWidget(self.stage_title)
        right.addWidget(stage_frame)
        right.addWidget(self.load_title)
        right.addWidget(self.load)
        right.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addLayout(left, 5)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(cards)
        layout.addLayout(body, 1)

        # Bound methods, not lambdas: Qt drops them when this page is destroyed.
        ops.changed.connect(self._something_changed)
        ops.register_replaced.connect(self.refresh)
        languages.changed.connect(self._something_changed)
        self._stale = True
        self.retranslate_ui()

    # Data --------------------------------------------------------------------------------------

    def _something_changed(self, _what: object) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            # After the window is painted: the counts follow a moment later.
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        from kerjasama_desk.services.followup import dashboard

        board = dashboard(self.ops.service, date.today())
        self.board = board
        language = self.languages.language
        numbers = {"dormant": board.dormant_total, "expiring": board.expiring_total,
                   "agreements": sum(stage.count for stage in board.stages),
                   "partners": self.ops.service.count_partners(ListQuery())}
        for key, (number, _caption) in self.cards.items():
            number.setText(format_number(numbers[key], language))
        self._fill(self.dormant, board.dormant, expiring=False)
        self._fill(self.expiring, board.expiring, expiring=True)
        total = max(1, max((s.count for s in board.stages), default=1))
        for stage_count in board.stages:
            label, bar, count = self.stage_rows[stage_count.stage]
            label.setText(f"{stage_count.stage.position}. {stage_count.stage.label(language)}")
            bar.setMaximum(total)
            bar.setValue(stage_count.count)
            count.setText(format_number(stage_count.count, language))
        nobody = self.tr("(no officer)")
        self.load.setText("\n".join(f"{name or nobody}: {format_number(count, language)}"
                                     for name, count in board.load[:8]))
        self._retitle()
        if self.dormant.rowCount():
            self.dormant.selectRow(0)
        elif self.expiring.rowCount():
            self.expiring.selectRow(0)
        else:
            self.show_timeline(None)

    def _fill(self, table: QTableWidget, rows: list[FollowUpRow], *, expiring: bool) -> None:
        language = self.languages.language
        self._rows[table] = rows
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            since = format_date(row.since, language)
            expired = expiring and row.since is not None and row.since < date.today()
            for column, text in enumerate((row.partner_name, row.title_id, since,
                                           row.officer_name)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setToolTip(text)
                if column == 2 and expired:  # already expired: red, and said in the tooltip
                    item.setForeground(self._alarm)
                    item.setToolTip(self.tr("%1 (expired)").replace("%1", text))
                table.setItem(number, column, item)
            # One click on these cells acts (plain items: 50 rows of buttons would cost the
            # opening screen a tenth of a second).
            for column, text, enabled in ((4, self.tr("Open"), True),
                                          (5, self.tr("Log activity…"), not self.ops.read_only)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setForeground(self._link if enabled else self._muted)
                item.setFont(self._link_font)
                item.setToolTip(text)
                table.setItem(number, column, item)
        table.blockSignals(False)

    def _cell_clicked(self, row: int, column: int) -> None:
        table = self.sender()
        if not isinstance(table, QTableWidget) or column not in (4, 5):
            return
        item = table.item(row, column)
        if item is None:
            return
        agreement_id = int(item.data(Qt.ItemDataRole.UserRole))
        if column == 4:
            self.open_agreement.emit(agreement_id)
        else:
            self.log_activity(agreement_id)

    # Actions -----------------------------------------------------------------------------------

    def log_activity(self, agreement_id: int) -> None:
        if self.ops.read_only:
            return
        from kerjasama_desk.ui.editors import ActivityEditor

        ActivityEditor(self.ops, self.languages, agreement_id, self).exec()

    def _chosen(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        item = table.item(rows[0].row(), 0) if rows else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _row_chosen(self) -> None:
        table = self.sender()
        if not isinstance(table, QTableWidget):
            return
        other = self.expiring if table is self.dormant else self.dormant
        agreement_id = self._chosen(table)
        if agreement_id is not None:
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self.show_timeline(agreement_id)

    def _row_activated(self, item: QTableWidgetItem) -> None:
        self.open_agreement.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_timeline(self, agreement_id: int | None) -> None:
        """The timeline of the partner of ``agreement_id`` (none for None)."""
        from kerjasama_desk.services.followup import partner_timeline

        if agreement_id is None:
            self.timeline.set_timeline(None)
            self.timeline_title.setText(self.tr("Timeline"))
            return
        partner = self.ops.service.partner(int(self.ops.service.agreement(agreement_id)
                                               .partner_id or 0))
        self.timeline.set_timeline(partner_timeline(self.ops.service, int(partner.id or 0),
                                                    date.today()))
        name = f"{partner.name} ({partner.native_name})" if partner.native_name else partner.name
        self.timeline_title.setText(self.tr("Timeline: %1").replace("%1", name))

    # Language ----------------------------------------------------------------------------------

    def _retitle(self) -> None:
        board = self.board
        months = board.settings.dormancy_months if board else 12
        warning = board.settings.expiry_warning_months if board else 6
        self.dormant_title.setText(self.tr(
            "Gone quiet: signed, no activity for %n month(s) or more", "", months))
        self.expiring_title.setText(self.tr(
            "Expiring within %n month(s), or expired", "", warning))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Overview: what needs follow-up"))
        captions = {"dormant": self.tr("agreements gone quiet"),
                    "expiring": self.tr("expiring or expired"),
                    "agreements": self.tr("agreements in the register"),
                    "partners": self.tr("partners")}
        for key, (_number, caption) in self.cards.items():
            caption.setText(captions[key])
        headers = [self.tr("Partner"), self.tr("Agreement"), self.tr("Quiet since"),
                   self.tr("Officer"), "", ""]
        self.dormant.setHorizontalHeaderLabels(headers)
        headers[2] = self.tr("Expires")
        self.expiring.setHorizontalHeaderLabels(headers)
        metrics = self.dormant.fontMetrics()
        for table in (self.dormant, self.expiring):
            for column, text in ((4, self.tr("Open")), (5, self.tr("Log activity…"))):
                table.setColumnWidth(column, metrics.horizontalAdvance(text) + 40)
        self.stage_title.setText(self.tr("Agreements per stage of the pipeline"))
        self.load_title.setText(self.tr("Agreements per responsible officer"))
        self._retitle()
        if self.timeline.timeline is None:
            self.timeline_title.setText(self.tr("Timeline"))

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == event.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
