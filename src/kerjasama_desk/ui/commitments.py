"""The commitments of an agreement, inside its editor: what was promised, by whom, by when.
Add one, edit it, mark it done, or take the annual cycle a signed agreement sets off (plan of
action, joint working group meeting, annual report, a first programme per field) in one pass."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk import clock
from kerjasama_desk.domain.errors import RecordNotFound, ValidationFailed
from kerjasama_desk.domain.models import Commitment
from kerjasama_desk.domain.vocab import CommitmentStatus
from kerjasama_desk.formatting import format_date
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.help import HelpButton
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.record_box import RecordBox

ALARM = theme.colour("ALARM")
MUTED = theme.colour("FAINT")


def failure_text(error: ValidationFailed) -> str:
    """The problems of a refused save, in the UI language, one per line."""
    return "\n".join(e.render(translate) for e in error.errors)


class CommitmentsBox(RecordBox):
    WATCHED = frozenset({"commitments", "officers"})

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int | None,
        parent: QWidget | None = None,
        *,
        in_tab: bool = False,
    ) -> None:
        super().__init__(ops, languages, agreement_id, parent, columns=4, in_tab=in_tab)
        self._owners: dict[int, str] = {}
        self.table.setMinimumHeight(96)
        self.table.setMaximumHeight(150)
        self.add_button = QPushButton(theme.icon("plus"), "", self)
        self.cycle_button = QPushButton(theme.icon("refresh-cw"), "", self)
        self.edit_button = QPushButton(theme.icon("pencil"), "", self)
        self.done_button = QPushButton(self)
        self.remove_button = QPushButton(theme.icon("trash-2"), "", self)
        self.add_button.clicked.connect(self.add)
        self.cycle_button.clicked.connect(self.propose)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.mark_done)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.finish(
            (
                self.add_button,
                self.cycle_button,
                self.edit_button,
                self.done_button,
                self.remove_button,
            )
        )

    # Showing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import commitments

        if self.ops.closed:
            return
        found = commitments(self.ops.service, self.agreement_id) if self.agreement_id else []
        language = self.languages.language
        names = {
            officer_id: name for officer_id, name, _status in self.ops.service.officer_choices()
        }
        today = clock.today()
        self.table.setRowCount(len(found))
        for row, item in enumerate(found):
            overdue = (
                item.status is CommitmentStatus.OPEN
                and item.due_on is not None
                and item.due_on < today
            )
            cells = (
                item.title,
                format_date(item.due_on, language),
                names.get(item.owner_id or 0, ""),
                item.status.label(language),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                cell.setToolTip(
                    text
                    if column
                    else "\n".join(part for part in (item.title, item.evidence) if part)
                )
                if overdue and column in (1, 3):
                    cell.setForeground(QBrush(ALARM))
                    cell.setToolTip(
                        self.tr("Overdue since %1").replace(
                            "%1", format_date(item.due_on, language)
                        )
                    )
                elif item.status is not CommitmentStatus.OPEN:
                    cell.setForeground(QBrush(MUTED))
                self.table.setItem(row, column, cell)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.add_button.setEnabled(self.can_write())
        self.cycle_button.setEnabled(self.can_write())
        self.edit_button.setEnabled(chosen)
        for button in (self.done_button, self.remove_button):
            button.setEnabled(chosen and not self.ops.read_only)

    # Acting ------------------------------------------------------------------------------------

    def add(self) -> None:
        if not self.can_write():
            return
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.followup_editors import CommitmentEditor

        assert self.agreement_id is not None
        CommitmentEditor(self.ops, self.languages, self.agreement_id, None, self).exec()

    def edit_selected(self) -> None:
        commitment_id = self.current()
        if commitment_id is None or self.agreement_id is None:
            return
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.followup_editors import CommitmentEditor

        try:
            CommitmentEditor(
                self.ops, self.languages, self.agreement_id, commitment_id, self
            ).exec()
        except RecordNotFound:
            self.refresh()

    def mark_done(self) -> None:
        commitment_id = self.current()
        if commitment_id is None or self.ops.read_only:
            return
        mark_done(self, self.ops, commitment_id)

    def remove_selected(self) -> None:
        commitment_id = self.current()
        if commitment_id is None or self.ops.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr(
                "Remove this commitment for good? To keep it in the history, mark it dropped "
                "instead (Edit… → Status) and say why."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ops.delete_commitment(commitment_id)

    def propose(self) -> None:
        if not self.can_write():
            return
        assert self.agreement_id is not None
        agreement = self.ops.service.agreement(self.agreement_id)
        if agreement.signed_on is None:
            QMessageBox.information(
                self,
                self.tr("Annual cycle"),
                self.tr(
                    "The annual cycle runs from the signing date. Enter the date the agreement was "
                    "signed (and save it) first."
                ),
            )
            return
        dialog = ProposeCommitmentsDialog(self.ops, self.languages, self.agreement_id, self)
        dialog.exec()

    # Language ----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.set_title(self.tr("Commitments"))
        if self.agreement_id is None:
            self.hint.setText(self.tr("Save the agreement first; then commitments can be added."))
        else:
            self.hint.setText(
                self.tr(
                    "What was promised, who sees it through and by when. Overdue ones are red and "
                    "are listed on the dashboard."
                )
            )
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Due"), self.tr("Owner"), self.tr("Status")]
        )
        self.add_button.setText(self.tr("Add…"))
        self.cycle_button.setText(self.tr("Annual cycle…"))
        self.cycle_button.setToolTip(
            self.tr(
                "Plan of action, joint working group meeting and annual report for each year, and a "
                "first programme in each cooperation field, counted from the signing date"
            )
        )
        self.edit_button.setText(self.tr("Edit…"))
        self.done_button.setText(self.tr("Mark done…"))
        self.remove_button.setText(self.tr("Remove"))
        self.refresh()


def mark_done(parent: QWidget, ops: Operations, commitment_id: int) -> bool:
    """Asks what shows the commitment was done, then marks it done today. A refusal (its owner
    was transferred, say) is shown, and nothing changes."""
    text, accepted = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("CommitmentsBox", "Mark done"),
        QCoreApplication.translate(
            "CommitmentsBox",
            "What shows it was done? (minutes, a letter number, the file "
            "attached to the agreement; optional)",
        ),
    )
    if not accepted:
        return False
    try:
        ops.set_commitment_status(commitment_id, CommitmentStatus.DONE, evidence=text)
    except ValidationFailed as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CommitmentsBox", "Not marked done"),
            failure_text(error),
        )
        return False
    except RecordNotFound:
        return False
    return True


class ProposeCommitmentsDialog(QDialog):
    """The annual cycle of a signed agreement for the next two years, each proposal ticked;
    what is already recorded is left out. OK adds the ticked ones in one transaction."""

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("help_section", "follow-up")  # F1 opens the guide there
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import propose_commitments

        self.ops = ops
        self.agreement = ops.service.agreement(agreement_id)
        language = languages.language
        since = max(
            clock.today(), self.agreement.effective_on or self.agreement.signed_on or clock.today()
        )
        self.proposals: list[Commitment] = propose_commitments(
            ops.service, agreement_id, since=since, language=language
        )
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        for number, proposal in enumerate(self.proposals):
            row = QListWidgetItem(f"{format_date(proposal.due_on, language)} — {proposal.title}")
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            row.setData(Qt.ItemDataRole.UserRole, number)
            self.list.addItem(row)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.addButton(HelpButton(self, "follow-up"), QDialogButtonBox.ButtonRole.HelpRole)
        self.buttons.accepted.connect(self.add_chosen)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Annual cycle of the agreement"))
        if self.proposals:
            self.hint.setText(
                self.tr(
                    "Counted from the signing date (%1) for the next two years. Untick what does "
                    "not apply; the owner is the responsible officer and can be changed later."
                ).replace("%1", format_date(self.agreement.signed_on, language))
            )
        else:
            self.hint.setText(
                self.tr(
                    "Nothing to add: the commitments of the next two years are already recorded, "
                    "or the agreement ends before any falls due."
                )
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add ticked"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.proposals))
        self.resize(720, 460)

    def chosen(self) -> list[Commitment]:
        return [
            self.proposals[int(self.list.item(row).data(Qt.ItemDataRole.UserRole))]
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def add_chosen(self) -> None:
        try:
            self.ops.add_commitments(self.chosen())
        except ValidationFailed as error:
            self.error.setText(failure_text(error))
            self.error.show()
            return
        self.accept()
