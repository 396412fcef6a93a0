"""An unexpected error is logged and explained, and the app goes on."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from kerjasama_desk.ui import errors


def test_an_unexpected_error_is_logged_and_shown_with_a_copyable_report(
    qapp, tmp_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0
    )
    reporter = errors.ErrorReporter(tmp_path / "logs")
    try:
        raise ValueError("a partner with no name")
    except ValueError:
        reporter.handle(*sys.exc_info())
    QApplication.processEvents()  # the dialog is queued to the GUI thread
    log = (tmp_path / "logs" / errors.LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError: a partner with no name" in log and "Traceback" in log
    assert shown and "nothing it was doing was saved half-way" in shown[0][0]
    assert "ValueError: a partner with no name" in shown[0][1]
    reporter.close()
