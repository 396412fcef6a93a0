"""What the everyday paths import (issue 16): opening the window loads neither the command
line's machinery nor the libraries of drafting, export and schema changes; the launcher sends
every command line it does not fully understand to the click commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kerjasama_desk.launch import window_options
from kerjasama_desk.store.register import Register

NOT_ON_THE_OPENING_PATH = ("sqlite_utils", "jinja2", "reportlab", "docx", "yaml", "click")

CHILD = r"""
import sys
from pathlib import Path
from kerjasama_desk.ui.main_window import MainWindow

show = MainWindow.showEvent

def shown(self, event):
    loaded = sorted(name for name in sys.modules if "." not in name)
    print("loaded " + " ".join(loaded), flush=True)
    show(self, event)

MainWindow.showEvent = shown
sys.argv = ["kerjasama-desk", "--db", sys.argv[1], "--lang", "id"]
from kerjasama_desk.launch import main
main()
"""


def test_opening_the_window_imports_no_library_it_does_not_use(tmp_path):
    path = tmp_path / "register.sqlite"
    Register.open(path).close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KERJASAMA_DESK_EXIT_WHEN_SHOWN": "1",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    [line] = [line for line in result.stdout.splitlines() if line.startswith("loaded ")]
    loaded = set(line.split()[1:])
    assert "PySide6" in loaded and "kerjasama_desk" in loaded  # the list is real
    assert loaded.isdisjoint(NOT_ON_THE_OPENING_PATH), loaded & set(NOT_ON_THE_OPENING_PATH)


EXPORT_CHILD = r"""
import atexit, sys
atexit.register(lambda: print("loaded " + " ".join(sorted(n for n in sys.modules if "." not in n))))
sys.argv = ["kerjasama-desk", "draft", "export", "--db", sys.argv[1], "--draft", sys.argv[2],
            "-o", sys.argv[3]]
from kerjasama_desk.launch import main
main()
"""


def test_draft_export_imports_neither_qt_nor_sqlite_utils(tmp_path):
    """Issue 16, item 3: the export reads one draft through the standard library's sqlite3."""
    from click.testing import CliRunner

    from kerjasama_desk.cli import main

    db = tmp_path / "demo.sqlite"
    assert CliRunner().invoke(main, ["seed-demo", "--db", str(db)]).exit_code == 0
    target = tmp_path / "mou.pdf"
    result = subprocess.run(
        [sys.executable, "-c", EXPORT_CHILD, str(db), "2", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    [line] = [line for line in result.stdout.splitlines() if line.startswith("loaded ")]
    loaded = set(line.split()[1:])
    assert target.stat().st_size > 10_000 and "reportlab" in loaded  # it did export
    assert loaded.isdisjoint({"PySide6", "shiboken6", "sqlite_utils"}), loaded


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ([], {"db": None, "language": None, "demo": False}),
        (["--demo"], {"db": None, "language": None, "demo": True}),
        (["--lang", "en"], {"db": None, "language": "en", "demo": False}),
        (["--lang=id", "--db=r.sqlite"], {"db": Path("r.sqlite"), "language": "id", "demo": False}),
        (["--db", "r.sqlite", "--demo"], {"db": Path("r.sqlite"), "language": None, "demo": True}),
        (
            ["--db", "r.sqlite", "--self-test"],
            {"db": Path("r.sqlite"), "language": None, "demo": False, "self_test": True},
        ),
    ],
)
def test_the_launcher_opens_the_window_for_the_window_options(arguments, expected):
    assert window_options(arguments) == {"self_test": False, **expected}


@pytest.mark.parametrize(
    "arguments",
    [
        ["--help"],
        ["--version"],
        ["report", "dormant"],
        ["--lang", "fr"],  # click names the choices
        ["--lang"],  # click says the value is missing
        ["--db", ""],
        ["--demo=yes"],
        ["--self-test=1"],
        ["--self-test", "--self-test"],
        ["--lang", "id", "--lang", "en"],  # repeated: click's rule, not ours
        ["--db", "r.sqlite", "seed-demo"],
        ["--", "--demo"],
    ],
)
def test_everything_else_goes_to_the_commands(arguments):
    assert window_options(arguments) is None


def test_a_folder_as_the_register_goes_to_the_commands_which_refuse_it(tmp_path):
    assert window_options(["--db", str(tmp_path)]) is None
    result = subprocess.run(
        [sys.executable, "-m", "kerjasama_desk", "--db", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "is a directory" in result.stderr
