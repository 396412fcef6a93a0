"""The Reports menu's actions: the annual report, the handover dossier, the calendar of
deadlines and the register as a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
)

from kerjasama_desk import clock
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.services.registers import RegisterOpenError
from kerjasama_desk.ui.operations import Operations


class ReportActions(QObject):
    def __init__(self, window: QMainWindow, ops: Operations, languages: LanguageManager) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.languages = languages

    def annual_report(self) -> None:
        """Asks for the year, then saves its implementation report as PDF or Word."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.handover import save_annual_report

        this_year = clock.today().year
        year, accepted = QInputDialog.getInt(
            self.window,
            self.tr("Annual implementation report"),
            self.tr("Year to report on:"),
            this_year - 1 if clock.today().month < 4 else this_year,
            1945,
            this_year,
        )
        if accepted:
            save_annual_report(self.window, self.ops, self.languages, year)

    def export_calendar(self) -> None:
        """Saves expiries, notice deadlines and open commitments as an .ics calendar."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.calendar import export_calendar

        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Calendar of deadlines"),
            str(Path.home() / "kerjasama-desk.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not chosen:
            return
        path = Path(chosen).with_suffix(".ics")
        try:
            count = export_calendar(
                self.ops.service, path, today=clock.today(), language=self.languages.language
            )
        except OSError as error:
            QMessageBox.critical(
                self.window,
                self.tr("Not saved"),
                self.tr("%1 cannot be written (%2). Choose another folder; nothing was written.")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return
        QMessageBox.information(
            self.window,
            self.tr("Calendar of deadlines"),
            self.tr(
                "%1 dates are in %2. Open the file with Outlook or Thunderbird to add them; "
                "importing a newer file later updates the same events."
            )
            .replace("%1", str(count))
            .replace("%2", str(path)),
        )

    def export_sheet(self) -> None:
        """Saves the register as an Excel workbook (every table) or its agreements as CSV."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.domain.errors import Stopped
        from kerjasama_desk.services.sheets import export_sheet, export_sheet_file
        from kerjasama_desk.ui.background import run_in_background

        workbook = self.tr("Excel workbook, every table (*.xlsx)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Register as a spreadsheet"),
            str(Path.home() / self.tr("register of agreements.xlsx")),
            workbook + ";;" + self.tr("CSV, the agreements (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx" if chosen_filter == workbook else ".csv")
        language = self.languages.language
        register = self.ops.service.register.path
        try:
            if register is not None and path.suffix.lower() == ".xlsx":
                # On a worker with its own read-only connection: the window answers meanwhile.
                finished, counts = run_in_background(
                    self.window,
                    self.tr("Register as a spreadsheet"),
                    self.tr("Writing %1…").replace("%1", path.name),
                    lambda progress, stop: export_sheet_file(
                        register, path, language=language, progress=progress, stop=stop
                    ),
                    stopped=Stopped,
                )
                if not finished:
                    self.window.statusBar().showMessage(
                        self.tr("Cancelled; nothing was written."), 8000
                    )
                    return
            else:
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    counts = export_sheet(self.ops.service, path, language=language)
                finally:
                    QGuiApplication.restoreOverrideCursor()
        except RegisterOpenError:  # cannot be read on its own (an older schema): here
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                counts = export_sheet(self.ops.service, path, language=language)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except OSError as error:
            QMessageBox.critical(
                self.window,
                self.tr("Not saved"),
                self.tr("%1 cannot be written (%2). Choose another folder; nothing was written.")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return
        self.window.statusBar().showMessage(
            self.tr("%1 rows written to %2")
            .replace("%1", str(sum(counts.values())))
            .replace("%2", str(path)),
            8000,
        )

    def handover_dossier(self) -> None:
        """Asks which officer, then saves their handover dossier as PDF or Word."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.handover import save_dossier

        choices = self.ops.service.officer_choices()
        if not choices:
            QMessageBox.information(
                self.window,
                self.tr("Handover dossier"),
                self.tr("There are no officers in the register yet."),
            )
            return
        language = self.languages.language
        names = [f"{name} ({status.label(language)})" for _id, name, status in choices]
        chosen, accepted = QInputDialog.getItem(
            self.window, self.tr("Handover dossier"), self.tr("Officer:"), names, 0, False
        )
        if accepted:
            save_dossier(self.window, self.ops, self.languages, choices[names.index(chosen)][0])
