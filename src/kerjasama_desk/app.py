"""The composition root: builds the Qt application, the language manager, the register service
and the main window, and runs the event loop."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kerjasama_desk import paths
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.registers import (
    RegisterOpenError,
    describe_open_error,
    open_service,
    resolve_path,
)
from kerjasama_desk.ui import errors, theme
from kerjasama_desk.ui.locks import RegisterLock
from kerjasama_desk.ui.main_window import MainWindow
from kerjasama_desk.ui.operations import Operations

# Set by the start-up benchmark: print when the window is shown, then quit.
BENCHMARK_ENV = "KERJASAMA_DESK_EXIT_WHEN_SHOWN"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Kerjasama Desk")
    app.setOrganizationName("kerjasama-desk")
    app.setApplicationDisplayName("Kerjasama Desk")
    theme.apply(app)
    return app


def build_window(service: RegisterService, languages: LanguageManager,
                 settings: QSettings) -> MainWindow:
    return MainWindow(Operations(service), languages, settings)


_LOCKS: list[RegisterLock] = []


def _open_with_dialogs(path: Path, demo: bool) -> RegisterService | None:
    """Opens ``path``; on a problem explains it and offers what can be done: restore one of the
    register's backups (when there are any), or pick another file."""
    while True:
        lock = RegisterLock(path)
        if path.parent.is_dir() and not lock.acquire():
            box = QMessageBox(QMessageBox.Icon.Warning,
                              translate("App", "The register is already open"),
                              translate("App", "%1 is open in another Kerjasama Desk (process "
                                               "%2). Use that window, or open another "
                                               "register.").replace("%1", str(path)).replace(
                                  "%2", lock.holder()))
            other = box.addButton(translate("App", "Open another register…"),
                                  QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is not other:
                return None
            chosen, _ = QFileDialog.getOpenFileName(
                None, translate("App", "Open register"), str(path.parent),
                translate("App", "Kerjasama Desk registers (*.sqlite *.db);;All files (*)"))
            if not chosen:
                return None
            path, demo = Path(chosen), False
            continue
        try:
            service = open_service(path, demo=demo)
            _LOCKS.append(lock)  # held until the process ends
            return service
        except RegisterOpenError as error:
            lock.release()
            from kerjasama_desk.services import backups  # only when something went wrong

            box = QMessageBox(QMessageBox.Icon.Critical,
                              translate("App", "Cannot open the register"),
                              describe_open_error(error, translate))
            kept = backups.backups(path) if path.exists() else []
            restore = (box.addButton(translate("App", "Restore a backup…"),
                                     QMessageBox.ButtonRole.AcceptRole) if kept else None)
            choose = box.addButton(translate("App", "Open another register…"),
                                   QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if restore is not None and box.clickedButton() is restore:
                chosen, _ = QFileDialog.getOpenFileName(
                    None, translate("App", "Restore a backup"), str(kept[0].path),
                    translate("App", "Register backups (*.sqlite)"))
                if chosen:
                    try:
                        backups.restore(Path(chosen), path)
                    except (backups.BackupProblem, OSError) as problem:
                        QMessageBox.critical(None, translate("App", "Cannot restore"),
                                             str(problem))
                continue
            if box.clickedButton() is not choose:
                return None
            chosen, _ = QFileDialog.getOpenFileName(
                None, translate("App", "Open register"), str(path.parent),
                translate("App", "Kerjasama Desk registers (*.sqlite *.db);;All files (*)"))
            if not chosen:
                return None
            path, demo = Path(chosen), False


def run(*, db: Path | None = None, language: str | None = None, demo: bool = False) -> int:
    started = time.perf_counter()
    app = create_application()
    errors.install(paths.data_dir() / "logs")
    settings = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
    languages = LanguageManager(settings)
    languages.set_language(language or languages.saved_language())
    service = _open_with_dialogs(resolve_path(db, demo=demo), demo)
    if service is None:
        return 2
    window = build_window(service, languages, settings)
    if os.environ.get(BENCHMARK_ENV):
        def report() -> None:
            print(f"shown {time.perf_counter() - started:.3f}", flush=True)
            app.quit()

        window.shown.connect(lambda: QTimer.singleShot(0, report))
    window.show()
    # The day's first backup, once the window is up (a big register takes a moment).
    QTimer.singleShot(2000, window.daily_backup)
    QTimer.singleShot(300, window.offer_resume)  # answers kept before a crash
    code = app.exec()
    window.exit_backup()
    window.ops.service.register.close()
    return int(code)
