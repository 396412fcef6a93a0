"""Issue 17: ``--self-test`` opens every page in both languages without a Qt warning; Help →
About says what this copy is and where its data are, to copy; a data folder that cannot be
made stops the program with which folder and why."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QMessageBox

from kerjasama_desk import __version__, paths


def test_the_self_test_opens_every_page_in_both_languages_without_a_warning(window, qapp):
    from kerjasama_desk.ui.self_test import run_self_test

    assert run_self_test(window, qapp) == []


def test_the_self_test_names_a_warning(window, qapp, monkeypatch):
    from kerjasama_desk.ui import main_window
    from kerjasama_desk.ui.self_test import run_self_test

    shown = main_window.MainWindow.show_view

    def noisy(self, name):  # noqa: ANN001, ANN202
        if name == "drafts":
            qWarning("QPainter::begin: Paint device returned engine == 0")
        shown(self, name)

    monkeypatch.setattr(main_window.MainWindow, "show_view", noisy)
    heard = run_self_test(window, qapp)
    assert heard == ["QtWarningMsg: QPainter::begin: Paint device returned engine == 0"] * 2


def test_the_command_runs_the_self_test_and_exits_0(tmp_path):
    db = tmp_path / "demo.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    seeded = subprocess.run(
        [sys.executable, "-m", "kerjasama_desk", "seed-demo", "--db", str(db)], env=env
    )
    assert seeded.returncode == 0
    run = subprocess.run(
        [sys.executable, "-m", "kerjasama_desk", "--db", str(db), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test: 10 pages opened in id, en; 0 problem(s)" in run.stdout


def test_about_says_the_version_commit_data_folder_and_register_and_copies_them(window, qtbot):
    from kerjasama_desk.ui.about import AboutDialog

    dialog = AboutDialog(window.ops, window.languages, window)
    qtbot.addWidget(dialog)
    text = dialog.details.toPlainText()
    assert f"Version: {__version__}" in text
    assert f"Built from commit: {paths.build_commit() or 'not known'}" in text
    assert f"Data folder: {paths.data_dir()}" in text
    assert f"Register: {window.ops.service.register.path or 'in memory'}" in text
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == f"Kerjasama Desk\n{text}"
    assert dialog.copy_button.text() == "Copied"
    window.set_language("id")
    assert "Folder data: " in dialog.details.toPlainText()
    assert dialog.copy_button.text() == "Salin"
    window.set_language("en")


def test_a_data_folder_that_cannot_be_made_is_named_and_the_program_exits_1(
    qapp, tmp_path, monkeypatch
):
    from kerjasama_desk import app

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder's parent should be", encoding="utf-8")
    monkeypatch.setattr(paths, "data_folder_name", lambda: blocker / "kerjasama-desk")
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    assert app.run(db=tmp_path / "r.sqlite") == 1
    [message] = said
    assert str(blocker / "kerjasama-desk") in message
    assert "Folder data tidak dapat dibuat" in message and "cannot be created" in message
    assert not (tmp_path / "r.sqlite").exists()  # nothing else was tried
