"""The composition root: builds the Qt application, the language manager, the register service
and the main window, and runs the event loop."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

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
    app.setWindowIcon(QIcon(str(paths.icons_dir() / "app.png")))  # tests/tools/make_app_icon.py
    theme.apply(app)
    return app


def no_data_folder(error: OSError) -> int:
    """The data folder cannot be made (a locked-down profile, a full or read-only disk): say
    which folder and why, in both languages (the chosen one is kept in that folder), and exit
    1. Nothing else is tried."""
    folder = error.filename or paths.data_folder_name()
    reason = error.strerror or str(error)
    QMessageBox.critical(
        None,
        "Kerjasama Desk",
        f"Folder data tidak dapat dibuat:\n{folder}\n({reason})\n\nKerjasama Desk menyimpan "
        "registernya di folder itu. Mintalah bagian TI memberi izin tulis pada folder itu, "
        "lalu buka kembali program ini.\n\n"
        f"The data folder cannot be created:\n{folder}\n({reason})\n\nKerjasama Desk keeps "
        "its register there. Ask IT for permission to write in that folder, then open the "
        "program again.",
    )
    print(f"The data folder cannot be created: {folder} ({reason})", file=sys.stderr)
    return 1


def build_window(
    service: RegisterService | OpenedRegister, languages: LanguageManager, settings: QSettings
) -> MainWindow:
    """The main window on ``service`` (or on an opened register, whose lock it keeps)."""
    opened = service if isinstance(service, OpenedRegister) else OpenedRegister(service, None)
    return MainWindow(Operations(opened.service), languages, settings, lock=opened.lock)


def run(
    *,
    db: Path | None = None,
    language: str | None = None,
    demo: bool = False,
    self_test: bool = False,
) -> int:
    started = time.perf_counter()
    app = create_application()
    try:
        data = paths.data_dir()
    except OSError as error:
        return no_data_folder(error)
    errors.install(data / "logs")
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
    if self_test:  # every page once in each language, then out (ui/self_test.py)
        from kerjasama_desk.ui.self_test import run_self_test  # only for --self-test

        QTimer.singleShot(0, lambda: app.exit(1 if run_self_test(window, app) else 0))
        code = app.exec()
        window.close_register()
        return int(code)
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
