"""The opening screen: what needs follow-up. Agreements gone quiet (no activity for the dormancy
threshold), agreements expiring or expired, notice deadlines ahead, overdue commitments, counts per
stage, load per officer, and the timeline of the partner of the chosen row. Each row opens its
agreement, logs an activity or marks a commitment done in one click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk import clock
from kerjasama_desk.domain.listing import CommitmentRow, FollowUpRow
from kerjasama_desk.domain.vocab import AgreementStage, OfficerStatus
from kerjasama_desk.formatting import format_date, format_number
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.help import HelpButton
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.retranslation import translate_ui
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
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # titles differ at their end
    # The title takes what the other columns leave: they fit their texts (a date, a name, two
    # links), so at 1280 pixels the title still shows its first words.
    header = table.horizontalHeader()
    header.setMinimumSectionSize(48)
    for column in range(6):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column == 1
            else QHeaderView.ResizeMode.ResizeToContents,
        )
    return table


class _Row:
    """One row of a follow-up table: the agreement it opens, its cells, which cells are red
    (with the tooltip saying why), and the id the second action acts on."""

    __slots__ = ("agreement_id", "cells", "alarms", "action_id")

    def __init__(
        self, agreement_id: int, cells: tuple[str, ...], alarms: dict[int, str], action_id: int
    ) -> None:
        self.agreement_id = agreement_id
        self.cells = cells
        self.alarms = alarms
        self.action_id = action_id


class FirstSteps(QFrame):
    """What to do first in an empty register, one button per step; ``chosen`` names the step:
    "ours" (Edit → Our government), "partner", "loi" (a partner, then its Letter of Intent) or
    "demo" (open the demo register to look around)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.title = QLabel(self)
        self.title.setProperty("role", "section")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setProperty("role", "muted")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for step, icon in (
            ("ours", "building-2"),
            ("partner", "plus"),
            ("loi", "file-text"),
            ("demo", "folder-open"),
        ):
            button = QPushButton(theme.icon(icon), "", self)
            button.clicked.connect(lambda _checked=False, step=step: self.chosen.emit(step))
            row.addWidget(button)
            self.buttons[step] = button
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 12)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addLayout(row)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("First steps"))
        self.text.setText(
            self.tr(
                "This register is empty. Set up our own government once, add the first partner "
                "city or province, then draft the Letter of Intent that opens the process. To "
                "look around first, open the demo register with Semarang's partnerships."
            )
        )
        self.buttons["ours"].setText(self.tr("1. Our government…"))
        self.buttons["partner"].setText(self.tr("2. Add the first partner…"))
        self.buttons["loi"].setText(self.tr("3. Draft a Letter of Intent…"))
        self.buttons["demo"].setText(self.tr("Open the demo register"))


class DashboardPage(QWidget):
    open_agreement = Signal(int)

    def __init__(
        self, ops: Operations, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.board: Dashboard | None = None
        self._rows: dict[QTableWidget, list[_Row]] = {}
        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")
        self.digest = QLabel(self)  # what falls due soon: read first thing in the morning
        self.digest.setProperty("role", "muted")
        self.digest.setTextFormat(Qt.TextFormat.PlainText)
        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for key in ("dormant", "overdue", "expiring", "notice", "agreements", "drafts"):
            frame, number, caption = _card(
                self,
                "card-alarm"
                if key in ("dormant", "overdue")
                else "card-warning"
                if key in ("expiring", "notice")
                else "card-number",
            )
            cards.addWidget(frame)
            self.cards[key] = (number, caption)

        self.tabs = QTabWidget(self)
        # Four tab names with counts are wider than the list in Indonesian: the bar scrolls
        # rather than squeezing the stage counts beside it.
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setExpanding(False)
        self._pages: dict[QTableWidget, QWidget] = {}
        self._pending: dict[QTableWidget, bool] = {}
        self._opened = False
        self.dormant, self.dormant_title = self._tab()
        self.overdue, self.overdue_title = self._tab()
        self.expiring, self.expiring_title = self._tab()
        self.notice, self.notice_title = self._tab()
        self.tables = (self.dormant, self.overdue, self.expiring, self.notice)
        self._link = QBrush(theme.colour("ACCENT"))
        self._muted = QBrush(theme.colour("FAINT"))
        self._alarm = QBrush(theme.colour("ALARM"))
        self._link_font = QFont(self.font())
        self._link_font.setUnderline(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        for table in self.tables:
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
        left.addWidget(self.tabs, 1)
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
        body.addLayout(left, 2)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(8)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        self.setProperty("help_section", "follow-up")
        heading.addWidget(HelpButton(self, "follow-up"))
        heading.addStretch(1)
        heading.addWidget(self.digest)
        self.first_steps = FirstSteps(self)
        self.first_steps.hide()
        self.first_step = self.first_steps.chosen
        layout.addLayout(heading)
        layout.addWidget(self.first_steps)
        layout.addLayout(cards)
        layout.addLayout(body, 1)

        # Bound methods, not lambdas: Qt drops them when this page is destroyed.
        ops.changed.connect(self._something_changed)
        ops.register_replaced.connect(self.refresh)
        languages.changed.connect(self._something_changed)
        self._stale = True
        translate_ui(self, self.ops)

    def _tab(self) -> tuple[QTableWidget, QLabel]:
        page = QWidget(self.tabs)
        hint = QLabel(page)
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        table = _follow_up_table(page)
        box = QVBoxLayout(page)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(hint)
        box.addWidget(table, 1)
        self.tabs.addTab(page, "")
        self._pages[table] = page
        return table, hint

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
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import dashboard, digest, local_today

        board = dashboard(self.ops.service, local_today())
        self.board = board
        empty = self.ops.service.is_empty()
        self.first_steps.setVisible(empty)
        for step in ("ours", "partner", "loi"):
            self.first_steps.buttons[step].setEnabled(not self.ops.read_only)
        self.soon = digest(self.ops.service, board.today)
        language = self.languages.language
        numbers = {
            "dormant": board.dormant_total,
            "expiring": board.expiring_total,
            "overdue": board.overdue_total,
            "notice": board.notice_total,
            "agreements": sum(stage.count for stage in board.stages),
            "drafts": board.drafts_total,
        }
        for key, (number, _caption) in self.cards.items():
            number.setText(format_number(numbers[key], language))
        # Each list is filled when its tab is first shown: the opening screen fills one.
        self._pending = {table: True for table in self.tables}
        total = max(1, max((s.count for s in board.stages), default=1))
        for stage_count in board.stages:
            label, bar, count = self.stage_rows[stage_count.stage]
            label.setText(stage_count.stage.numbered_label(language))
            bar.setMaximum(total)
            bar.setValue(stage_count.count)
            count.setText(format_number(stage_count.count, language))
        nobody = self.tr("(no officer)")
        self.load.setText(
            "\n".join(
                f"{name or nobody}: {format_number(count, language)}"
                for name, count in board.load[:8]
            )
        )
        self._retitle()
        totals = {
            self.dormant: board.dormant_total,
            self.overdue: board.overdue_total,
            self.expiring: board.expiring_total,
            self.notice: board.notice_total,
        }
        current = next((t for t, p in self._pages.items() if p is self.tabs.currentWidget()), None)
        # The first time, the first list with something in it; after that, the officer's tab.
        chosen = (
            current
            if self._opened and current is not None
            else next((table for table in self.tables if totals[table]), self.dormant)
        )
        self._opened = True
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self._pages[chosen])
        self.tabs.blockSignals(False)
        self._show_tab(chosen)

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        table = next((t for t, p in self._pages.items() if p is page), None)
        if table is not None:
            self._show_tab(table)

    def _show_tab(self, table: QTableWidget) -> None:
        """Fills the tab's list if it was not yet, and shows the timeline of its first row."""
        board = self.board
        if board is not None and self._pending.pop(table, False):
            today = clock.today()
            if table is self.dormant:
                rows = [
                    self._agreement_row(
                        r,
                        self.tr("No activity or signing day on record")
                        if r.since is None
                        else None,
                    )
                    for r in board.dormant
                ]
            elif table is self.expiring:
                rows = [
                    self._agreement_row(
                        r,
                        self.tr("%1 (expired)")
                        if r.since is not None and r.since < today
                        else None,
                    )
                    for r in board.expiring
                ]
            elif table is self.notice:
                rows = [self._agreement_row(r, None) for r in board.notice]
            else:
                transferred = {
                    officer_id
                    for officer_id, _name, status in self.ops.service.officer_choices()
                    if status is OfficerStatus.TRANSFERRED
                }
                rows = [self._commitment_row(r, transferred) for r in board.overdue]
            self._fill(
                table,
                rows,
                self.tr("Mark done…") if table is self.overdue else self.tr("Log activity…"),
            )
        if table.rowCount():
            if not table.selectionModel().selectedRows():
                table.selectRow(0)
            else:
                self.show_timeline(self._chosen(table))
        else:
            self.show_timeline(None)

    def _agreement_row(self, row: FollowUpRow, alarm: str | None) -> _Row:
        since = format_date(row.since, self.languages.language) or self.tr("not recorded")
        return _Row(
            row.id,
            (row.partner_name, row.title(self.languages.language), since, row.officer_name),
            {2: alarm.replace("%1", since)} if alarm else {},
            row.id,
        )

    def _commitment_row(self, row: CommitmentRow, transferred: set[int]) -> _Row:
        language = self.languages.language
        due = format_date(row.due_on, language)
        owner = row.owner_name
        alarms = {2: self.tr("Overdue since %1").replace("%1", due)}
        if row.owner_id in transferred:
            owner = f"{owner} ({OfficerStatus.TRANSFERRED.label(language)})"
            alarms[3] = self.tr("%1 was transferred: hand this over to a successor").replace(
                "%1", row.owner_name
            )
        return _Row(row.agreement_id, (row.partner_name, row.title, due, owner), alarms, row.id)

    def _fill(self, table: QTableWidget, rows: list[_Row], action: str) -> None:
        self._rows[table] = rows
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.agreement_id)
                item.setToolTip(text)
                if column in row.alarms:  # red, and the tooltip says why
                    item.setForeground(self._alarm)
                    item.setToolTip(row.alarms[column])
                table.setItem(number, column, item)
            # One click on these cells acts (plain items: 50 rows of buttons would cost the
            # opening screen a tenth of a second).
            for column, text, enabled, target in (
                (4, self.tr("Open"), True, row.agreement_id),
                (5, action, not self.ops.read_only, row.action_id),
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, target)
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
        target = int(item.data(Qt.ItemDataRole.UserRole))
        if column == 4:
            self.open_agreement.emit(target)
        elif table is self.overdue:
            self.mark_done(target)
        else:
            self.log_activity(target)

    # Actions -----------------------------------------------------------------------------------

    def log_activity(self, agreement_id: int) -> None:
        if self.ops.read_only:
            return
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.followup_editors import ActivityEditor

        ActivityEditor(self.ops, self.languages, agreement_id, self).exec()

    def mark_done(self, commitment_id: int) -> None:
        if self.ops.read_only:
            return
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.commitments import mark_done

        mark_done(self, self.ops, commitment_id)

    def _chosen(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        item = table.item(rows[0].row(), 0) if rows else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _row_chosen(self) -> None:
        table = self.sender()
        if not isinstance(table, QTableWidget):
            return
        self.show_timeline(self._chosen(table))

    def _row_activated(self, item: QTableWidgetItem) -> None:
        self.open_agreement.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_timeline(self, agreement_id: int | None) -> None:
        """The timeline of the partner of ``agreement_id`` (none for None)."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import partner_timeline

        if agreement_id is None:
            self.timeline.set_timeline(None)
            self.timeline_title.setText(self.tr("Timeline"))
            return
        partner = self.ops.service.partner(
            int(self.ops.service.agreement(agreement_id).partner_id or 0)
        )
        self.timeline.set_timeline(
            partner_timeline(self.ops.service, int(partner.id or 0), clock.today())
        )
        name = f"{partner.name} ({partner.native_name})" if partner.native_name else partner.name
        self.timeline_title.setText(self.tr("Timeline: %1").replace("%1", name))

    # Language ----------------------------------------------------------------------------------

    def _retitle(self) -> None:
        soon = getattr(self, "soon", None)
        if soon is not None:
            self.digest.setText(
                self.tr("Nothing falls due in the next %n day(s).", "", soon.days)
                if soon.empty
                else self.tr(
                    "Next %n day(s): commitments due %1 · notice deadlines %2 · expiries %3",
                    "",
                    soon.days,
                )
                .replace("%1", str(soon.commitments))
                .replace("%2", str(soon.notices))
                .replace("%3", str(soon.expiries))
            )
        board = self.board
        settings = board.settings if board else None
        months = settings.dormancy_months if settings else 12
        warning = settings.expiry_warning_months if settings else 6
        notice = settings.notice_months if settings else 6
        self.dormant_title.setText(
            self.tr(
                "Signed agreements with no activity for %n month(s) or more, the quietest first. "
                "Log what happened, or open the agreement to plan its next step.",
                "",
                months,
            )
        )
        self.expiring_title.setText(
            self.tr(
                "Agreements expiring within %n month(s), or already expired: renew them or record "
                "their end.",
                "",
                warning,
            )
        )
        self.notice_title.setText(
            self.tr(
                "The last day to give written notice (%n month(s) before expiry) falls within the "
                "warning period: decide now between renewal and ending.",
                "",
                notice,
            )
        )
        self.overdue_title.setText(
            self.tr(
                "Open commitments past their due date, the oldest first. Mark them done with "
                "their evidence, or open the agreement to reschedule or drop them."
            )
        )
        counts = (
            (self.dormant, self.tr("Gone quiet"), board.dormant_total if board else 0),
            (self.overdue, self.tr("Overdue commitments"), board.overdue_total if board else 0),
            (self.expiring, self.tr("Expiring"), board.expiring_total if board else 0),
            (self.notice, self.tr("Notice deadlines"), board.notice_total if board else 0),
        )
        language = self.languages.language
        for table, name, count in counts:
            self.tabs.setTabText(
                self.tabs.indexOf(self._pages[table]), f"{name} ({format_number(count, language)})"
            )

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Overview: what needs follow-up"))
        captions = {
            "dormant": self.tr("agreements gone quiet"),
            "overdue": self.tr("commitments overdue"),
            "expiring": self.tr("expiring or expired"),
            "notice": self.tr("notice deadlines ahead"),
            "agreements": self.tr("agreements in the register"),
            "drafts": self.tr("drafts and letters"),
        }
        for key, (_number, caption) in self.cards.items():
            caption.setText(captions[key])
        headers = [
            self.tr("Partner"),
            self.tr("Agreement"),
            self.tr("Quiet since"),
            self.tr("Officer"),
            "",
            "",
        ]
        self.dormant.setHorizontalHeaderLabels(headers)
        headers[2] = self.tr("Expires")
        self.expiring.setHorizontalHeaderLabels(headers)
        headers[2] = self.tr("Notice by")
        self.notice.setHorizontalHeaderLabels(headers)
        self.overdue.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Commitment"), self.tr("Due"), self.tr("Owner"), "", ""]
        )
        metrics = self.dormant.fontMetrics()
        for table in self.tables:
            action = self.tr("Mark done…") if table is self.overdue else self.tr("Log activity…")
            for column, text in ((4, self.tr("Open")), (5, action)):
                table.setColumnWidth(column, metrics.horizontalAdvance(text) + 40)
        self.stage_title.setText(self.tr("Agreements per stage of the pipeline"))
        self.load_title.setText(self.tr("Agreements per responsible officer"))
        self._retitle()
        if self.timeline.timeline is None:
            self.timeline_title.setText(self.tr("Timeline"))
