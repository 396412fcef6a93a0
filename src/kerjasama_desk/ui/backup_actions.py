"""Backups from the window: the daily one, the one at exit, one now, and restoring one."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from kerjasama_desk.domain.errors import Stopped
from kerjasama_desk.i18n import translate
from kerjasama_desk.ui.background import BackgroundJob
from kerjasama_desk.ui.operations import Operations

# Closing the app waits at most this long for a backup; a longer one is postponed to the next
# start (docs/reliability.md, "Backups").
EXIT_WAIT_SECONDS = 1.0


class BackupActions(QObject):
    def __init__(
        self, window: QMainWindow, ops: Operations, reopen: Callable[[Path], bool]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.reopen = reopen  # opens a register in the window (with its dialogs)
        self.job: BackgroundJob | None = None  # the start's backup, while it runs

    def daily_backup(self, *, forced: bool = False) -> None:
        """The day's first backup (and so the day's integrity check of the register, made on
        its exact copy), on a worker thread with its progress in the status bar; ``forced``
        after an unclean exit, whatever backups the day has."""
        from kerjasama_desk.services import backups  # not needed before the window is up

        register = self.ops.service.register
        path, uuid = register.path, register.uuid
        if path is None or register.read_only or self.job is not None:
            return
        try:
            if not forced and not backups.is_due(path, uuid):
                return
        except OSError as error:  # the data folder cannot be written
            self._failed(error)
            return
        self.job = BackgroundJob(
            lambda progress, stop: backups.take_due(path, uuid, progress=progress, stop=stop),
            self,
        )
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self._progress(0, 1)
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        if total:
            text = self.tr("Backing up the register… %1%").replace("%1", str(done * 100 // total))
        else:
            text = self.tr("Checking the backup of the register…")
        self.window.statusBar().showMessage(text)

    def _done(self, made: object) -> None:
        self.job = None
        self.window.statusBar().showMessage(
            self.tr("The register is backed up and checked: %1").replace(
                "%1", Path(str(made)).name
            ),
            8000,
        )

    def _failed(self, error: object) -> None:
        from kerjasama_desk.services import backups  # not needed before the window is up

        self.job = None
        if isinstance(error, backups.DamagedRegister):
            self.window.statusBar().clearMessage()
            self.damaged(str(error))
        elif isinstance(error, Stopped):
            self.window.statusBar().clearMessage()
        elif isinstance(error, backups.BackupProblem | OSError):
            self.window.statusBar().showMessage(
                self.tr(
                    "The daily backup failed: %1. It is tried again at the next start."
                ).replace("%1", str(error))
            )
        else:
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))

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

    def settle(self, wait_seconds: float = 0.0) -> bool:
        """Gives the start's backup, if it still runs, up to ``wait_seconds``; then stops it
        (nothing is left of it) and postpones it to the register's next start. True when no
        backup was left undone."""
        from kerjasama_desk.services import backups  # not needed before the window is up

        job, self.job = self.job, None
        if job is None or job.finish(int(wait_seconds * 1000)):
            return True
        register = self.ops.service.register
        if register.path is not None:
            try:
                backups.postpone(register.path, register.uuid)
            except OSError:
                pass  # the data folder cannot be written: the daily backup remains
        self.window.statusBar().clearMessage()
        return False

    def exit_backup(self, *, take: bool = True) -> None:
        """Closing: a backup of the register as it is left, on a worker thread, given
        :data:`EXIT_WAIT_SECONDS` in all (the start's backup, if that still runs, included).
        One that takes longer is stopped, leaving nothing, and postponed to the register's next
        start; so is every one when ``take`` is False (the session is ending)."""
        from kerjasama_desk.services import backups  # not needed before the window is up

        register = self.ops.service.register
        path, uuid = register.path, register.uuid
        if path is None or register.read_only:
            return
        deadline = time.monotonic() + (EXIT_WAIT_SECONDS if take else 0.0)
        finished = False
        if self.settle(EXIT_WAIT_SECONDS if take else 0.0) and time.monotonic() < deadline:
            stopping = threading.Event()
            outcome: list[BaseException | None] = []

            def job() -> None:
                try:
                    backups.take_due(path, uuid, "exit", stop=stopping.is_set)
                    outcome.append(None)
                except BaseException as error:  # noqa: BLE001 - looked at below
                    outcome.append(error)

            thread = threading.Thread(target=job, name="exit backup", daemon=True)
            thread.start()
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                stopping.set()  # the copy or the check ends at its next step, leaving nothing
                thread.join()
            finished = outcome == [None]
        if not finished:
            try:
                backups.postpone(path, uuid)
            except OSError:
                pass  # the data folder cannot be written: the daily backup remains

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
        from kerjasama_desk.ui.background import run_in_background  # likewise

        # On a worker thread, the register closed meanwhile: the backup is checked, the register
        # backed up as it is, the backup copied beside it; only then is the register replaced.
        # A problem or Cancel before that leaves the register as it was.
        self.settle()  # the start's backup, if it still runs, reads the file being replaced
        register.close()
        safety: Path | None = None
        try:
            finished, safety = run_in_background(
                self.window,
                self.tr("Restore from backup"),
                self.tr("Checking %1 and restoring it…").replace("%1", Path(chosen).name),
                lambda progress, stop: backups.restore(
                    Path(chosen), path, other_register=True, progress=progress, stop=stop
                ),  # other_register: confirmed above
                stopped=Stopped,
            )
        except (backups.BackupProblem, OSError) as error:
            QMessageBox.critical(self.window, self.tr("Cannot restore"), str(error))
            finished = False
        if not finished:
            safety = None
            self.window.statusBar().showMessage(
                self.tr("The register was not restored; it is as it was."), 8000
            )
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
