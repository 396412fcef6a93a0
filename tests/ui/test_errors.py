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
    quoted = " ".join(["a partner", "with no name"])  # as a document's text would come
    try:
        raise ValueError(quoted)
    except ValueError:
        reporter.handle(*sys.exc_info())
    QApplication.processEvents()  # the dialog is queued to the GUI thread
    log = (tmp_path / "logs" / errors.LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError" in log and "Traceback" in log and "test_errors.py" in log
    # The message may quote the document (issue 12): neither the log nor the report holds it.
    assert "a partner with no name" not in log
    assert shown and "nothing it was doing was saved half-way" in shown[0][0]
    assert "ValueError" in shown[0][1] and "a partner with no name" not in shown[0][1]
    try:
        raise OSError(28, "No space left on device")
    except OSError:
        reporter.handle(*sys.exc_info())
    log = (tmp_path / "logs" / errors.LOG_NAME).read_text(encoding="utf-8")
    assert "No space left on device" in log  # a file error says what failed, nothing more
    reporter.close()


def test_a_register_replaced_under_the_app_is_explained_not_reported_as_a_bug(
    qapp, tmp_path, monkeypatch
):
    from kerjasama_desk.domain.errors import RegisterReplaced

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    reporter = errors.ErrorReporter(tmp_path / "logs")
    try:
        raise RegisterReplaced("register_replaced", {"path": "/data/register.sqlite"})
    except RegisterReplaced:
        reporter.handle(*sys.exc_info())
    QApplication.processEvents()
    assert shown and "was replaced or moved by another program" in shown[0]
    assert not (tmp_path / "logs" / errors.LOG_NAME).exists()  # nothing to report
    reporter.close()
