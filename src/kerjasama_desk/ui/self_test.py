"""``kerjasama-desk --self-test``: the window opens every page once in each UI language, with
Help → About, and the program exits 0 when Qt said nothing amiss (a warning or worse), 1 when
it did, naming what. A bundle's smoke test runs it (docs/bundle.md): a missing plugin, font or
translation shows there before an officer meets it."""

from __future__ import annotations

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kerjasama_desk.i18n import LANGUAGES
from kerjasama_desk.ui.main_window import VIEWS, MainWindow

# What the offscreen platform (the smoke test's) says of itself: it cannot resize or raise a
# window as a window manager would. Not a problem of the program.
_PLATFORM_LIMITS = ("This plugin does not support",)


def run_self_test(window: MainWindow, app: QApplication) -> list[str]:
    """Opens every page in every language and prints what it found; returns the problems
    heard (none: the program exits 0)."""
    heard: list[str] = []

    def listen(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            if not message.startswith(_PLATFORM_LIMITS):
                heard.append(f"{kind.name}: {message}")

    previous = qInstallMessageHandler(listen)
    opened = 0
    try:
        for language in LANGUAGES:
            window.set_language(language)
            for view in VIEWS:
                window.show_view(view)
                for _ in range(3):  # the page's data come a moment after it shows
                    app.processEvents()
                if window.page(view).isVisible():
                    opened += 1
                else:
                    heard.append(f"page {view} ({language}) did not show")
            from kerjasama_desk.ui.about import AboutDialog  # as Help → About loads it

            about = AboutDialog(window.ops, window.languages, window)
            about.show()
            app.processEvents()
            about.close()
    finally:
        qInstallMessageHandler(previous)
    print(
        f"self-test: {opened} pages opened in {', '.join(LANGUAGES)}; {len(heard)} problem(s)",
        flush=True,
    )
    for line in heard:
        print(f"  {line}", flush=True)
    return heard
