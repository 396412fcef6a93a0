"""Backups from the window: the daily one, the one at exit, one now, and restoring one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from kerjasama_desk.i18n import translate
from kerjasama_desk.ui.operations import Operations


class BackupActions(QObject):
    def __init__(
        self, window: QMainWindow, ops: Operations, reopen: Callable[[Path], bool]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.reopen = reopen  # opens a register in the window (with its dialogs)

    def daily_backup(self) -> None:
        from kerjasama_desk.services import backups  # not needed before the window is up

        register = self.ops.service.register
        if register.path is None or register.read_only:
            return
        try:
            backups.backup_if_due(register)  # the day's integrity check of the register too
        except backups.DamagedRegister as error:
            self.damaged(str(error))
        except (backups.BackupProblem, OSError) as error:
            self.window.statusBar().showMessage(
                self.tr("The daily backup failed: %1").replace("%1", str(error))
            )

    def damaged(self, detail: str) -> None:
        """The register failed its integrity check: say so and offer its backups."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("The register is damaged"),
            self.tr(
                "The register failed SQLite's integrity check (%1). Work saved from now on may "
                "be lost. Restore the latest backup, then enter again what was done since."
            ).replace("%1", detail),
            parent=self.window,
        )
        restore = box.addButton(self.tr("Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_backup()

    def exit_backup(self) -> None:
        from kerjasama_desk.services import backups  # not needed before the window is up

        register = self.ops.service.register
        if register.path is None or register.read_only:
            return
        try:
            backups.backup(register, register.path, "exit")
            backups.rotate(register.path, register.uuid)
        except (backups.BackupProblem, OSError):
            pass  # the daily and manual backups remain; closing must not fail over this

    def backup_now(self) -> None:
        from kerjasama_desk.services import backups  # not needed before the window is up

        register = self.ops.service.register
        if register.path is None:
            return
        try:
            made = backups.backup(register, register.path, "manual")
        except (backups.BackupProblem, OSError) as error:
            QMessageBox.critical(self.window, self.tr("Backup failed"), str(error))
            return
        QMessageBox.information(
            self.window,
            self.tr("Backed up"),
            self.tr("The register is backed up and checked:\n%1").replace("%1", str(made)),
        )

    def restore_backup(self) -> None:
        """Replaces the open register with a chosen backup, after backing up the register."""
        from kerjasama_desk.services import backups  # not needed before the window is up

        register = self.ops.service.register
        if register.path is None:
            return
        path = register.path
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from backup"),
            str(backups.backup_dir()),
            self.tr("Register backups (*.sqlite)"),
        )
        if not chosen:
            return
        if not confirm_restore(self.window, Path(chosen), path):
            return
        try:
            backups.verify(Path(chosen))
        except backups.BackupProblem as error:
            QMessageBox.critical(self.window, self.tr("Cannot restore"), str(error))
            return
        register.close()
        try:
            safety = backups.restore(Path(chosen), path, other_register=True)  # confirmed
        except (backups.BackupProblem, OSError) as error:
            QMessageBox.critical(self.window, self.tr("Cannot restore"), str(error))
            safety = None
        reopened = self.reopen(path)
        if reopened and safety is not None:
            QMessageBox.information(
                self.window,
                self.tr("Restored"),
                self.tr("The register is restored. The register as it was is kept in %1.").replace(
                    "%1", str(safety)
                ),
            )


def confirm_restore(
    parent: QWidget | None, chosen: Path, register: Path, *, ask_if_own: bool = True
) -> bool:
    """Asks before a restore (of the register's own backup only with ``ask_if_own``); a backup
    of another register (or of none that says) is named as such, the answer defaulting to No."""
    from kerjasama_desk.services import backups  # not needed before the window is up

    if backups.is_of(chosen, register):
        if not ask_if_own:
            return True
        answer = QMessageBox.question(
            parent,
            translate("App", "Restore from backup"),
            translate(
                "App",
                "Replace the register with the backup %1? The register as it is now is "
                "backed up first.",
            ).replace("%1", chosen.name),
        )
        return answer == QMessageBox.StandardButton.Yes
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("App", "A backup of another register"),
        translate(
            "App",
            "%1 is not a backup of %2: it is of another register, or was made by an older "
            "version that does not say which. Restoring it replaces all the records of %2 with "
            "that register's (the register as it is now is backed up first). Restore it anyway?",
        )
        .replace("%1", chosen.name)
        .replace("%2", register.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
