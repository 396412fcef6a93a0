"""The ``kerjasama-desk`` command's entry point (and ``python -m kerjasama_desk``).

Opening the window is the path an officer takes every day, so it does not load the command
line's machinery (click and every command module, about 60 ms): a command line that only opens
the window (``--db PATH``, ``--lang id|en``, ``--demo``, ``--self-test``, each at most once)
goes straight to the app. Anything else, ``--help`` and every mistake included, goes to the click commands in
:mod:`kerjasama_desk.cli`, which also accept the forms above (docs/benchmarks.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

LANGUAGES = ("id", "en")


def window_options(arguments: list[str]) -> dict[str, Any] | None:
    """The app's options when ``arguments`` only open the window; None for anything else."""
    options: dict[str, Any] = {"db": None, "language": None, "demo": False, "self_test": False}
    seen: set[str] = set()
    rest = list(arguments)
    while rest:
        argument = rest.pop(0)
        name, equals, value = argument.partition("=")
        if name not in ("--db", "--lang", "--demo", "--self-test") or name in seen:
            return None
        seen.add(name)
        if name in ("--demo", "--self-test"):
            if equals:
                return None
            options[name[2:].replace("-", "_")] = True
            continue
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if name == "--lang":
            if value not in LANGUAGES:
                return None
            options["language"] = value
        else:
            # As click's Path(dir_okay=False): an empty name or a folder is its error to tell.
            if not value or Path(value).is_dir():
                return None
            options["db"] = Path(value)
    return options


def main() -> None:
    options = window_options(sys.argv[1:])
    if options is None:
        # Imported here: the commands' machinery only when a command (or help) is asked for.
        from kerjasama_desk.cli import main as commands

        commands()
        return
    # Imported here: Qt only when the window opens. The layers below the window, which need no
    # Qt, are imported before it: once loaded, PySide6 reads the source of every module imported
    # after it (for its ``from __feature__`` imports), about 0.15 ms a module (docs/benchmarks.md).
    import kerjasama_desk.formatting
    import kerjasama_desk.services.followup
    import kerjasama_desk.services.registers  # noqa: F401
    from kerjasama_desk import app

    sys.exit(app.run(**options))
