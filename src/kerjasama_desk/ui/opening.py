"""Opening a register from the UI, at start-up and from File → Open: one flow for both.

A register another Kerjasama Desk holds is refused with who holds it; a register that cannot be
opened is explained, with what can be done: restore one of its backups, show it read-only (when
only writing is impossible: a CD, a locked USB stick, a read-only share), or choose another file.
The file is never modified on the way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kerjasama_desk.i18n import translate
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.registers import (
    RegisterLock,
    RegisterOpenError,
    can_open_read_only,
    describe_open_error,
    migrate_file,
    needs_migration,
    open_service,
    refuse_empty,
    schema_found,
)


@dataclass
class OpenedRegister:
    service: RegisterService
    lock: RegisterLock | None  # None when read-only: nothing is written beside such a file

    def close(self) -> None:
        self.service.register.close()
        if self.lock is not None:
            self.lock.release()


def choose_register_file(parent: QWidget | None, folder: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("App", "Open register"),
        str(folder),
        translate("App", "Kerjasama Desk registers (*.sqlite *.db);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def open_register(
    path: Path, *, demo: bool = False, parent: QWidget | None = None
) -> OpenedRegister | None:
    """Opens ``path`` (taking its lock); on a problem explains it and offers what can be done.
    None when the officer gives up."""
    while True:
        lock = RegisterLock(path)
        if path.parent.is_dir() and not lock.acquire() and lock.held_elsewhere():
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("App", "The register is already open"),
                translate(
                    "App",
                    "%1 is open in another Kerjasama Desk (process "
                    "%2). Use that window, or open another "
                    "register.",
                )
                .replace("%1", str(path))
                .replace("%2", lock.holder()),
                parent=parent,
            )
            other = box.addButton(
                translate("App", "Open another register…"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            chosen = (
                choose_register_file(parent, path.parent) if box.clickedButton() is other else None
            )
            if chosen is None:
                return None
            path, demo = chosen, False
            continue
        try:
            refuse_empty(path)
            found = schema_found(path)  # the one probe of the file on this path
            migrated = needs_migration(found)
            if migrated and not _migrate(path, parent):
                lock.release()
                return None  # the officer stopped it: nothing was changed
            # A migrated file is probed again as it now is
            service = open_service(path, demo=demo, probed=None if migrated else found)
            # Not closed last time (lock.left_by_crash): the window's first backup, on a
            # worker thread, checks it in full (docs/reliability.md).
            return OpenedRegister(service, lock if lock.held else None)
        except RegisterOpenError as error:
            lock.release()
            next_step = _explain(error, path, parent)
        if next_step == "read-only":
            try:
                return OpenedRegister(open_service(path, read_only=True), None)
            except RegisterOpenError as error:
                QMessageBox.critical(
                    parent,
                    translate("App", "Cannot open the register"),
                    describe_open_error(error, translate),
                )
                return None
        if next_step == "again":
            continue
        chosen = choose_register_file(parent, path.parent) if next_step == "choose" else None
        if chosen is None:
            return None
        path, demo = chosen, False


def _migrate(path: Path, parent: QWidget | None) -> bool:
    """An older register is brought up to this version before it is shown, on a worker thread
    with a progress dialog (a big register's backup takes seconds); False when the officer
    cancelled while it was being backed up, which changes nothing."""
    from kerjasama_desk.domain.errors import Stopped  # only for an older register
    from kerjasama_desk.ui.background import run_in_background  # likewise

    finished, _ = run_in_background(
        parent,
        translate("App", "Updating the register"),
        translate(
            "App",
            "%1 was made by an older version of Kerjasama Desk. It is backed up, then updated "
            "for this version…",
        ).replace("%1", path.name),
        lambda progress, stop: migrate_file(path, progress, stop),
        stopped=Stopped,
    )
    return bool(finished)


def reopen_damaged(
    error: RegisterOpenError, path: Path, parent: QWidget | None
) -> OpenedRegister | None:
    """A register found damaged after it was opened: explained, with its backups offered, then
    opened again (or another one) as the officer chose; None when they gave up."""
    next_step = _explain(error, path, parent)
    if next_step == "again":
        return open_register(path, parent=parent)
    if next_step == "choose":
        chosen = choose_register_file(parent, path.parent)
        return open_register(chosen, parent=parent) if chosen else None
    return None


def _explain(error: RegisterOpenError, path: Path, parent: QWidget | None) -> str:
    """Shows why ``path`` cannot be opened; returns what the officer chose: "read-only",
    "again" (after a restore), "choose" (another file) or "close"."""
    from kerjasama_desk.services import backups  # only when something went wrong
    from kerjasama_desk.ui.backup_actions import confirm_restore  # likewise

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("App", "Cannot open the register"),
        describe_open_error(error, translate),
        parent=parent,
    )
    read_only = (
        box.addButton(translate("App", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        if can_open_read_only(error)
        else None
    )
    kept = backups.backups(path) if path.exists() and read_only is None else []
    restore = (
        box.addButton(translate("App", "Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
        if kept
        else None
    )
    choose = box.addButton(
        translate("App", "Open another register…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    if read_only is not None and clicked is read_only:
        return "read-only"
    if restore is not None and clicked is restore:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            translate("App", "Restore a backup"),
            str(kept[0].path),
            translate("App", "Register backups (*.sqlite)"),
        )
        if chosen and confirm_restore(parent, Path(chosen), path, ask_if_own=False):
            try:
                backups.restore(Path(chosen), path, other_register=True)  # confirmed
            except (backups.BackupProblem, OSError) as problem:
                QMessageBox.critical(parent, translate("App", "Cannot restore"), str(problem))
        return "again"
    return "choose" if clicked is choose else "close"
