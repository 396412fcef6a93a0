"""The composition root: builds the Qt application, the language manager, the register service
and the main window, and runs the event loop."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from kerjasama_desk import paths
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.registers import DAMAGE, damaged, resolve_path
from kerjasama_desk.ui import errors, theme
from kerjasama_desk.ui.main_window import MainWindow
from kerjasama_desk.ui.opening import OpenedRegister, open_register, reopen_damaged
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


def build_window(
    service: RegisterService | OpenedRegister, languages: LanguageManager, settings: QSettings
) -> MainWindow:
    """The main window on ``service`` (or on an opened register, whose lock it keeps)."""
    opened = service if isinstance(service, OpenedRegister) else OpenedRegister(service, None)
    return MainWindow(Operations(opened.service), languages, settings, lock=opened.lock)


def run(*, db: Path | None = None, language: str | None = None, demo: bool = False) -> int:
    started = time.perf_counter()
    app = create_application()
    errors.install(paths.data_dir() / "logs")
    settings = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
    languages = LanguageManager(settings)
    languages.set_language(language or languages.saved_language())
    path = resolve_path(db, demo=demo)
    opened = open_register(path, demo=demo)
    while True:
        if opened is None:
            return 2
        try:
            window = build_window(opened, languages, settings)
            break
        except DAMAGE as error:  # a damaged page met while the window reads its first lists
            opened.close()
            where = opened.service.register.path or path
            opened = reopen_damaged(damaged(where, error), where, None)
    if os.environ.get(BENCHMARK_ENV):

        def report() -> None:
            print(f"shown {time.perf_counter() - started:.3f}", flush=True)
            app.quit()

        window.shown.connect(lambda: QTimer.singleShot(0, report))
    window.show()
    # The day's first backup, once the window is up, on a worker thread (a big register takes
    # seconds); at once after an unclean exit: its check of the copy checks the register.
    crashed = opened.lock is not None and opened.lock.left_by_crash
    QTimer.singleShot(500 if crashed else 2000, lambda: window.backups.daily_backup(forced=crashed))
    QTimer.singleShot(300, window.first_moments)  # kept answers; our government on a new register
    from kerjasama_desk.ui import shutdown  # once the window is up: start-up time

    termination = shutdown.install(app)  # SIGTERM (logout, shutdown) leaves as Close does
    code = app.exec()
    # A session that ends (SIGTERM) does not wait for a backup: the next start takes it.
    window.backups.exit_backup(take=not termination.asked)
    window.close_register()
    termination.close()
    return int(code)
