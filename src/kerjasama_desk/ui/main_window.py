"""The main window: navigation among Overview, Partners, Agreements and Officers; menus for
files, editing, views and the UI language; geometry and last view remembered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import AttachmentProblem
from kerjasama_desk.domain.messages import sentence
from kerjasama_desk.formatting import format_timestamp, language_autonym
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.paths import demo_register_path
from kerjasama_desk.services.registers import (
    RegisterLock,
    RegisterOpenError,
    describe_open_error,
    open_service,
)
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.backup_actions import BackupActions
from kerjasama_desk.ui.dashboard import DashboardPage
from kerjasama_desk.ui.opening import OpenedRegister, choose_register_file
from kerjasama_desk.ui.opening import open_register as open_with_dialogs
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.report_actions import ReportActions
from kerjasama_desk.ui.retranslation import translate_ui

if TYPE_CHECKING:  # the exchange and the list pages load on first use
    from kerjasama_desk.services.exchange import Plan
    from kerjasama_desk.ui.drafts_page import DraftsPage
    from kerjasama_desk.ui.register_pages import AgreementsPage, OfficersPage, PartnersPage

LISTS = ("partners", "agreements", "officers")  # the views with a searchable list of records

VIEWS = ("overview", "partners", "agreements", "officers", "drafts")
_ICONS = {
    "overview": "layout-dashboard",
    "partners": "building-2",
    "agreements": "handshake",
    "officers": "users",
    "drafts": "file-text",
}


class MainWindow(QMainWindow):
    shown = Signal()

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        settings: QSettings,
        *,
        lock: RegisterLock | None = None,
    ) -> None:
        super().__init__()
        self.ops = ops
        self._lock = lock  # the open register's, released when another one is opened
        self.languages = languages
        self.settings = settings
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(200)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget(self)
        self.overview = DashboardPage(ops, languages, self)
        # A list page is built when it is first shown (or asked for): the window shows sooner,
        # showing only the view it opens on (docs/benchmarks.md). Until then a placeholder
        # holds its place in the stack.
        self.pages: dict[str, QWidget] = {"overview": self.overview}
        for name in VIEWS:
            item = QListWidgetItem(theme.icon(_ICONS[name]), "", self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.stack.addWidget(self.pages.get(name) or QWidget(self.stack))
        self.navigation.currentRowChanged.connect(self._show_row)
        self.overview.open_agreement.connect(lambda record: self.agreements.open_record(record))
        self.overview.first_step.connect(self.take_first_step)

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.read_only_banner = QLabel(central)
        self.read_only_banner.setProperty("role", "banner")
        self.read_only_banner.setWordWrap(True)
        outer.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.register_label = QLabel(self)
        self.register_label.setProperty("role", "muted")
        self.statusBar().addPermanentWidget(self.register_label)

        self.reports = ReportActions(self, ops, languages)
        self.backups = BackupActions(self, ops, self.open_register)
        self._build_actions()
        translate_ui(self)
        self._restore()
        self._show_register_path()
        ops.register_replaced.connect(self._show_register_path)

    # Actions and menus -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = QAction(theme.icon("plus"), "", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.open_action = QAction(theme.icon("folder-open"), "", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_register)
        self.backup_action = QAction(theme.icon("save"), "", self)
        self.backup_action.triggered.connect(self.backups.backup_now)
        self.restore_action = QAction(theme.icon("refresh-cw"), "", self)
        self.restore_action.triggered.connect(self.backups.restore_backup)
        self.export_kdx_action = QAction("", self)
        self.export_kdx_action.triggered.connect(self.export_exchange)
        self.import_kdx_action = QAction("", self)
        self.import_kdx_action.triggered.connect(self.import_exchange)
        self.verify_action = QAction("", self)
        self.verify_action.triggered.connect(self.verify_audit_trail)
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.parameters_action = QAction("", self)
        self.parameters_action.triggered.connect(self.edit_parameters)
        self.ours_action = QAction(theme.icon("building-2"), "", self)
        self.ours_action.triggered.connect(self.edit_our_government)
        self.find_action = QAction(theme.icon("search"), "", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_records)
        self.view_actions: dict[str, QAction] = {}
        for number, name in enumerate(VIEWS, start=1):
            action = QAction(theme.icon(_ICONS[name]), "", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, view=name: self.show_view(view))
            self.view_actions[name] = action
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for language in ("id", "en"):
            action = QAction("", self)
            action.setCheckable(True)
            action.setChecked(language == self.languages.language)
            action.triggered.connect(lambda _checked=False, lang=language: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_actions[language] = action
        self.guide_action = QAction(theme.icon("info"), "", self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        # F1 works in every window of the app, a modal dialog's too
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(theme.icon("info"), "", self)
        self.about_action.triggered.connect(self.about)
        self.annual_action = QAction(theme.icon("file-text"), "", self)
        self.annual_action.triggered.connect(self.reports.annual_report)
        self.dossier_action = QAction(theme.icon("users"), "", self)
        self.dossier_action.triggered.connect(self.reports.handover_dossier)
        self.calendar_action = QAction("", self)
        self.calendar_action.triggered.connect(self.reports.export_calendar)
        self.sheet_action = QAction("", self)
        self.sheet_action.triggered.connect(self.reports.export_sheet)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_kdx_action)
        self.file_menu.addAction(self.import_kdx_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.verify_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.ours_action)
        self.edit_menu.addAction(self.parameters_action)
        self.view_menu = bar.addMenu("")
        for action in self.view_actions.values():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu(theme.icon("languages"), "")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.reports_menu = bar.addMenu("")
        self.reports_menu.addAction(self.annual_action)
        self.reports_menu.addAction(self.dossier_action)
        self.reports_menu.addSeparator()
        self.reports_menu.addAction(self.calendar_action)
        self.reports_menu.addAction(self.sheet_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        # Qt adds the application's name to the title itself
        self.setWindowTitle(self.tr("Register of foreign cooperation"))
        labels = {
            "overview": self.tr("Overview"),
            "partners": self.tr("Partners"),
            "agreements": self.tr("Agreements"),
            "officers": self.tr("Officers"),
            "drafts": self.tr("Drafts"),
        }
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            item.setText(labels[item.data(Qt.ItemDataRole.UserRole)])
        for name, action in self.view_actions.items():
            action.setText(labels[name])
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.reports_menu.setTitle(self.tr("&Reports"))
        self.annual_action.setText(self.tr("&Annual implementation report…"))
        self.dossier_action.setText(self.tr("&Handover dossier of an officer…"))
        self.calendar_action.setText(self.tr("&Calendar of deadlines (.ics)…"))
        self.sheet_action.setText(self.tr("Register as a &spreadsheet (XLSX, CSV)…"))
        self.language_menu.setTitle(self.tr("Language / Bahasa"))
        for code, action in self.language_actions.items():
            action.setText(language_autonym(code))  # each language named in itself
        self.open_action.setText(self.tr("&Open register…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find"))
        self.parameters_action.setText(self.tr("&Legal parameters…"))
        self.ours_action.setText(self.tr("&Our government…"))
        self.about_action.setText(self.tr("&About Kerjasama Desk"))
        self.guide_action.setText(self.tr("&Guide"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.export_kdx_action.setText(self.tr("E&xport to a file (.kdx)…"))
        self.import_kdx_action.setText(self.tr("&Import from a file (.kdx)…"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.verify_action.setText(self.tr("&Check the audit trail"))
        self._update_actions()
        self._show_register_path()

    def _update_actions(self) -> None:
        names = {
            "partners": self.tr("&New partner"),
            "agreements": self.tr("&New agreement"),
            "officers": self.tr("&New officer"),
            "drafts": self.tr("&New draft"),
        }
        name = self.current_view()
        self.new_action.setText(names.get(name, self.tr("&New partner")))

    def show_guide(self) -> None:
        """Help → Guide, F1: the guide at the section about what has the focus."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.help import context_help

        context_help(self)

    def take_first_step(self, step: str) -> None:
        """A button of the first-steps panel of an empty register."""
        if step == "demo":
            self.open_register(demo_register_path(), demo=True)
        elif step == "ours":
            self.edit_our_government()
        elif step in ("partner", "loi"):
            self.show_view("partners")
            partner_id = self.partners.create_record()
            if step == "loi" and partner_id is not None:
                from kerjasama_desk.ui.wizard import open_draft  # drafting loads on first use

                open_draft(
                    self,
                    self.ops,
                    self.languages,
                    partner_id=partner_id,
                    template_id=self.ops.drafts.next_template(partner_id),
                )

    def first_moments(self) -> None:
        """Once the window is up: answers kept before a crash, then the set-up of a new
        register, one after the other."""
        self.tell_outside_changes()
        self.offer_resume()
        self.offer_setup()

    def tell_outside_changes(self) -> None:
        """What opening the register found: changes another program made (now in the history
        under "changed outside Kerjasama Desk") and audit triggers it put back."""
        found = self.ops.service.found_on_opening
        parts = []
        if found.outside_changes:
            parts.append(
                self.tr(
                    "%n change(s) were made to this register by another program, not by "
                    "Kerjasama Desk. They are in the records' history, marked “changed outside "
                    "Kerjasama Desk”.",
                    "",
                    found.outside_changes,
                )
            )
        if found.triggers:
            parts.append(
                self.tr(
                    "The audit trail's safeguards had been removed or altered (%1), so changes "
                    "made meanwhile may be missing from the history. They are put back, and the "
                    "gap is recorded in the audit trail."
                ).replace("%1", ", ".join(name for name, _ in found.triggers))
            )
        if parts:
            parts.append(self.tr("Find out who changed the file, and keep this register as it is."))
            QMessageBox.warning(self, self.tr("Changed outside Kerjasama Desk"), "\n\n".join(parts))

    def offer_setup(self) -> None:
        """The first start on a new, empty register opens Edit → Our government: everything
        drafted later starts from it."""
        service = self.ops.service
        if not self.ops.read_only and service.our_government() is None:
            if service.is_empty():
                self.edit_our_government()

    def edit_our_government(self) -> bool:
        """Edit → Our government; True when it was saved."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.our_government import OurGovernmentDialog

        return bool(OurGovernmentDialog(self.ops, self.languages, self).exec())

    def edit_parameters(self) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.parameters import ParametersDialog

        ParametersDialog(self.ops, self.languages, self).exec()

    def verify_audit_trail(self) -> None:
        """Walks the audit trail's hash chain and says whether any entry was altered."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.audit import Stopped, verify, verify_file
        from kerjasama_desk.ui.background import run_in_background

        path = self.ops.service.register.path
        verdict = None
        if path is not None:
            try:  # on a worker thread with its own read-only connection: the window answers
                finished, verdict = run_in_background(
                    self,
                    self.tr("Audit trail"),
                    self.tr("Checking every entry of the audit trail…"),
                    lambda progress, stop: verify_file(path, progress, stop),
                    stopped=Stopped,
                )
            except RegisterOpenError:
                verdict = None  # not readable that way (an older schema): here, as before
            else:
                if not finished:
                    return  # cancelled: nothing was changed
        if verdict is None:
            verdict = verify(self.ops.service)
        if verdict.intact and verdict.outside:
            QMessageBox.warning(
                self,
                self.tr("Audit trail"),
                self.tr(
                    "The audit trail is intact: %1 entries, none altered or removed. But %2 of "
                    "them record changes made by another program, not by Kerjasama Desk (marked "
                    "“changed outside Kerjasama Desk” in the history). Find out who made them."
                )
                .replace("%1", str(verdict.entries))
                .replace("%2", str(len(verdict.outside))),
            )
            return
        if verdict.intact:
            QMessageBox.information(
                self,
                self.tr("Audit trail"),
                self.tr(
                    "The audit trail is intact: %1 entries, none altered or removed.\n\nLast "
                    "fingerprint: %2\nNote it down to compare later: entries cut off at the end "
                    "can only be found that way."
                )
                .replace("%1", str(verdict.entries))
                .replace("%2", verdict.head),
            )
            return
        reasons = {
            "changed": self.tr("its content was changed after it was written"),
            "missing before": self.tr("the entry before it was removed"),
            "unsealed": self.tr("it was never sealed, yet later entries were"),
        }
        if verdict.broken_id is None:  # unsealed entries at the end, or triggers altered
            QMessageBox.critical(
                self,
                self.tr("Audit trail"),
                self.tr(
                    "The register was changed outside Kerjasama Desk while it was open here, or "
                    "its audit safeguards were altered. Close and open the register again: the "
                    "changes are then marked in the history and the safeguards put back."
                ),
            )
            return
        QMessageBox.critical(
            self,
            self.tr("Audit trail"),
            self.tr(
                "The audit trail was altered outside Kerjasama Desk: at entry %1, %2. Keep this "
                "register as it is and tell whoever keeps your office's records; a backup from "
                "before the change may be compared."
            )
            .replace("%1", str(verdict.broken_id))
            .replace("%2", reasons[verdict.problem]),
        )

    # Reports -----------------------------------------------------------------------------------

    # Behaviour ---------------------------------------------------------------------------------

    def current_view(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "overview"

    def current_page(self) -> QWidget:
        return self.page(self.current_view())

    def page(self, name: str) -> QWidget:
        """The view ``name``'s page, built now if it was not yet."""
        found = self.pages.get(name)
        if found is not None:
            return found
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.drafts_page import DraftsPage
        from kerjasama_desk.ui.register_pages import AgreementsPage, OfficersPage, PartnersPage

        kinds: dict[str, Callable[[Operations, LanguageManager, QWidget], QWidget]] = {
            "partners": PartnersPage,
            "agreements": AgreementsPage,
            "officers": OfficersPage,
            "drafts": DraftsPage,
        }
        built = kinds[name](self.ops, self.languages, self)
        if isinstance(built, AgreementsPage):
            built.export_selected.connect(self.export_selected_agreements)
        self.pages[name] = built
        index = VIEWS.index(name)
        current = self.stack.currentIndex()
        placeholder = self.stack.widget(index)
        assert placeholder is not None
        self.stack.insertWidget(index, built)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        return built

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.page(VIEWS[row])
        self.stack.setCurrentIndex(row)
        self._update_actions()

    @property
    def partners(self) -> PartnersPage:
        return self.page("partners")  # type: ignore[return-value]

    @property
    def agreements(self) -> AgreementsPage:
        return self.page("agreements")  # type: ignore[return-value]

    @property
    def officers(self) -> OfficersPage:
        return self.page("officers")  # type: ignore[return-value]

    @property
    def drafts(self) -> DraftsPage:
        return self.page("drafts")  # type: ignore[return-value]

    def show_view(self, name: str) -> None:
        self.navigation.setCurrentRow(VIEWS.index(name))

    def new_record(self) -> None:
        if self.ops.read_only:
            return
        view = self.current_view()
        if view == "drafts":
            self.drafts.new_draft()
            return
        if view not in LISTS:
            self.show_view("partners")
            view = "partners"
        self.page(view).create_record()  # type: ignore[attr-defined]

    def find_records(self) -> None:
        view = self.current_view()
        if view not in LISTS:
            self.show_view("partners")
            view = "partners"
        self.page(view).focus_search()  # type: ignore[attr-defined]

    def set_language(self, language: str) -> None:
        self.languages.set_language(language)
        self.language_actions[language].setChecked(True)

    def choose_register(self) -> None:
        current = self.ops.service.register.path
        path = choose_register_file(self, current.parent if current else Path.home())
        if path is not None:
            self.open_register(path)

    def open_register(self, path: Path, *, demo: bool = False) -> bool:
        """Shows the register at ``path`` instead of the open one, taking its lock (and giving
        up the old one). The same file again is reopened under the lock already held (after a
        restore). ``demo``: a new file there is filled with the demo story."""
        current = self.ops.service.register.path
        if current is not None and path.resolve() == current.resolve():
            try:
                service = open_service(path)
            except RegisterOpenError as error:
                QMessageBox.critical(
                    self, self.tr("Cannot open the register"), describe_open_error(error, translate)
                )
                return False
            self.ops.replace_service(service)
            return True
        opened = open_with_dialogs(path, demo=demo, parent=self)
        if opened is None:
            return False
        self.backups.settle()  # the old register's backup, if it still runs: at its next start
        old_lock, self._lock = self._lock, opened.lock
        self.ops.replace_service(opened.service)
        if old_lock is not None:
            old_lock.release()
        self.tell_outside_changes()
        # Its day's backup; at once after an unclean exit (the copy's check checks it)
        self.backups.daily_backup(forced=opened.lock is not None and opened.lock.left_by_crash)
        return True

    def close_register(self) -> None:
        """At exit: closes the register and gives up its lock."""
        OpenedRegister(self.ops.service, self._lock).close()
        self._lock = None

    def offer_resume(self) -> None:
        """After a crash: offers the wizard answers that were kept but never saved."""
        pending = [] if self.ops.read_only else self.ops.service.autosaves()
        if not pending:
            return
        latest = pending[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved draft"),
            self.tr(
                "Kerjasama Desk closed while a draft had unsaved answers (%1, kept at %2). "
                "Go on with it?"
            )
            .replace("%1", latest.title or latest.template_id)
            .replace("%2", format_timestamp(latest.saved_at, self.languages.language)),
            parent=self,
        )
        resume = box.addButton(self.tr("Resume"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is resume:
            from kerjasama_desk.ui.wizard import DraftWizard

            DraftWizard(self.ops, self.languages, autosave_id=latest.id, parent=self).exec()
        elif box.clickedButton() is discard:
            self.ops.drafts.discard_autosave(latest.id)

    # Exchange between officers and offices ----------------------------------------------------

    def export_exchange(self) -> None:
        """The whole register, or the agreements chosen in Agreements (with what they refer
        to), to one .kdx."""
        chosen_ids = self.agreements.selected_ids()
        if chosen_ids:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Export to a file"),
                self.tr(
                    "Export only the agreements selected in Agreements (with the partners, "
                    "officers, drafts and files they refer to), or the whole register?"
                ),
                parent=self,
            )
            only = box.addButton(
                self.tr("Only the %n selected agreement(s)", "", len(chosen_ids)),
                QMessageBox.ButtonRole.AcceptRole,
            )
            whole = box.addButton(self.tr("The whole register"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() not in (only, whole):
                return
            if box.clickedButton() is whole:
                chosen_ids = []
        self._export_to_file(chosen_ids or None)

    def export_selected_agreements(self) -> None:
        chosen_ids = self.agreements.selected_ids()
        if chosen_ids:
            self._export_to_file(chosen_ids)

    def _export_to_file(self, agreement_ids: list[int] | None) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.exchange import ExchangeProblem

        folder = self.ops.service.register.path
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to a file"),
            str(folder.parent if folder else Path.home()),
            self.tr("Kerjasama Desk exchange files (*.kdx)"),
        )
        if not chosen:
            return
        path = Path(chosen).with_suffix(".kdx")
        try:
            counts = self._export_in_background(path, agreement_ids)
            if counts is None:
                self.statusBar().showMessage(self.tr("Cancelled; nothing was written."), 8000)
                return
        except AttachmentProblem as problem:
            QMessageBox.critical(self, self.tr("Export failed"), problem.render(translate))
            return
        except ExchangeProblem as problem:  # larger than an import accepts
            QMessageBox.critical(self, self.tr("Export failed"), sentence(problem))
            return
        except OSError as error:
            QMessageBox.critical(self, self.tr("Export failed"), str(error))
            return
        QMessageBox.information(
            self,
            self.tr("Exported"),
            self.tr(
                "%1 partners, %2 agreements, %3 officers, %4 drafts and %5 attached files are in "
                "%6."
            )
            .replace("%1", str(counts["partners"]))
            .replace("%2", str(counts["agreements"]))
            .replace("%3", str(counts["officers"]))
            .replace("%4", str(counts["drafts"]))
            .replace("%5", str(counts["attachments"]))
            .replace("%6", str(path)),
        )

    def _export_in_background(
        self, path: Path, agreement_ids: list[int] | None
    ) -> dict[str, int] | None:
        """Writes the .kdx on a worker with its own read-only connection (a big register takes
        seconds); None when cancelled. A register that cannot be read that way is written
        here, as before."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.domain.errors import Stopped
        from kerjasama_desk.services.exchange import export_register, export_register_file
        from kerjasama_desk.ui.background import run_in_background

        register = self.ops.service.register.path
        if register is not None:
            try:
                finished, counts = run_in_background(
                    self,
                    self.tr("Export to a file"),
                    self.tr("Writing %1…").replace("%1", path.name),
                    lambda progress, stop: export_register_file(
                        register, path, agreement_ids, progress, stop
                    ),
                    stopped=Stopped,
                )
            except RegisterOpenError:
                pass  # not readable on its own (an older schema): here
            else:
                return dict(counts) if finished else None
        return export_register(self.ops.service, path, agreement_ids)

    def import_exchange(self) -> None:
        """Checks a .kdx, shows what it would change (asking about partners recorded in both
        registers and records changed on both sides), then merges it (all or nothing)."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.exchange import ExchangeProblem, SamePartners
        from kerjasama_desk.ui.import_dialog import ImportPreview

        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            str(Path.home()),
            self.tr("Kerjasama Desk exchange files (*.kdx)"),
        )
        if not chosen:
            return
        link = False
        try:
            checked = self._merge_kdx(Path(chosen), None, dry_run=True, link=False)
            if checked is None:
                return  # cancelled: nothing was changed
            body, preview = checked
        except SamePartners as same:
            if not self._same_partners(same.plan):
                return
            link = True
            try:
                checked = self._merge_kdx(Path(chosen), None, dry_run=True, link=True)
            except ExchangeProblem as error:
                self._cannot_import(error)
                return
            if checked is None:
                return
            body, preview = checked
        except ExchangeProblem as error:
            self._cannot_import(error)
            return
        if not preview.changes and not preview.conflicts:
            QMessageBox.information(
                self,
                self.tr("Import"),
                self.tr("The register already holds everything in this file."),
            )
            return
        dialog = ImportPreview(preview, self.languages.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            done = self._merge_kdx(
                Path(chosen), body, dry_run=False, link=link, choices=dialog.chosen()
            )
        except (ExchangeProblem, OSError) as error:  # OSError: a file could not be stored
            self._cannot_import(error)
            return
        if done is None:
            self.statusBar().showMessage(self.tr("Import cancelled; nothing was changed."), 8000)

    def _merge_kdx(
        self,
        path: Path,
        body: dict[str, Any] | None,
        *,
        dry_run: bool,
        link: bool,
        choices: dict[tuple[str, str], str] | None = None,
    ) -> tuple[dict[str, Any], Plan] | None:
        """Reads ``path`` (unless its ``body`` is given) and merges it, or only tries
        (``dry_run``): on a worker thread with its own connection, a progress dialog and
        Cancel, which rolls everything back (None). The window's lists show an import."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.domain.errors import Stopped
        from kerjasama_desk.services.exchange import merge, merge_file, read
        from kerjasama_desk.ui.background import run_in_background

        register = self.ops.service.register.path
        if register is None:  # a register in memory (tests): on this thread
            body = body if body is not None else read(path)
            if dry_run:
                return body, merge(
                    self.ops.service, body, dry_run=True, link_partners=link, choices=choices
                )
            return body, self.ops.import_exchange(body, choices=choices, link_partners=link)

        def job(progress: Callable[[int, int], None], stop: Callable[[], bool]) -> object:
            content = body if body is not None else read(path)
            plan = merge_file(
                register,
                content,
                dry_run=dry_run,
                choices=choices,
                link_partners=link,
                progress=progress,
                stop=stop,
            )
            return content, plan

        finished, result = run_in_background(
            self,
            self.tr("Import"),
            self.tr("Checking %1…").replace("%1", path.name)
            if dry_run
            else self.tr("Importing %1…").replace("%1", path.name),
            job,
            stopped=Stopped,
        )
        if not finished:
            return None
        content, plan = result
        if not dry_run:
            self.ops.imported(plan)
        return content, plan

    def _same_partners(self, plan: Plan) -> bool:
        """Asks whether partners of the file named like ours are the same partners."""
        listed = "\n".join(f"• {p.name} ({p.country})" for p in plan.same_partners)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("The same partners?"),
            self.tr(
                "The file records these partners, which this register also holds under its own "
                "records:\n\n%1\n\nAre they the same partners? Yes links them, with what both "
                "registers recorded under them (the same agreements, commitments, activities and "
                "officers); the file's other records come under this register's partners. No "
                "imports nothing."
            ).replace("%1", listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _cannot_import(self, error: Exception) -> None:
        QMessageBox.critical(
            self,
            self.tr("Cannot import"),
            self.tr("%1 The register was not changed.").replace("%1", sentence(error)),
        )

    # Backups ---------------------------------------------------------------------------------

    def _show_register_path(self) -> None:
        """The register's path in the status bar; a read-only register gets a banner, and every
        action that would change it is off."""
        path = self.ops.service.register.path
        read_only = self.ops.read_only
        self.register_label.setText(
            (
                self.tr("Register (read-only): {path}")
                if read_only
                else self.tr("Register: {path}")
            ).format(path=str(path))
            if path
            else ""
        )
        self.read_only_banner.setText(
            self.tr(
                "This register is open read-only: it is on a medium or in a folder that cannot be "
                "written. You can look, search, export and print; to change it, copy the file to "
                "your computer and open the copy."
            )
        )
        self.read_only_banner.setVisible(read_only)
        for action in (
            self.new_action,
            self.backup_action,
            self.restore_action,
            self.import_kdx_action,
        ):
            action.setEnabled(not read_only)

    def about(self) -> None:
        """Help → About: version, commit, data folder and register, to copy for support."""
        from kerjasama_desk.ui.about import AboutDialog  # loaded on first use: start-up time

        AboutDialog(self.ops, self.languages, self).exec()

    # Window state ------------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        view = str(self.settings.value("window/view", "overview"))
        self.show_view(view if view in VIEWS else "overview")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/view", self.current_view())
        self.settings.sync()
        super().closeEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.shown.emit()
