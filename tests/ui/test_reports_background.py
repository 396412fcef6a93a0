"""The annual report and the handover dossier are built and written on a worker thread with
their own read-only connection (issue 16, item 4); a cancelled one writes nothing."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog

from kerjasama_desk.app import build_window
from kerjasama_desk.domain.errors import Stopped
from kerjasama_desk.services.demo import seed_story
from kerjasama_desk.services.registers import open_service
from kerjasama_desk.services.reports import write_report_file


def test_the_annual_report_is_built_beside_the_window(qtbot, languages, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from kerjasama_desk.services import annual_report as module
    from kerjasama_desk.ui.handover import save_annual_report

    service = open_service(tmp_path / "register.sqlite")
    seed_story(service)
    window = build_window(service, languages, languages._settings)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    threads = []
    real = module.annual_report

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "annual_report", recorded)
    assert save_annual_report(window, window.ops, languages, 2016) == target
    assert threads and threads[0] is not threading.main_thread()
    assert "2016" in PdfReader(str(target)).pages[0].extract_text()
    window.close()
    window.deleteLater()
    service.close()


def test_a_cancelled_report_writes_nothing(tmp_path):
    from kerjasama_desk.services.annual_report import annual_report

    path = tmp_path / "register.sqlite"
    service = open_service(path)
    seed_story(service)
    service.close()
    target = tmp_path / "report.pdf"
    with pytest.raises(Stopped):
        write_report_file(
            path,
            lambda service: annual_report(service, 2016, language="id", today=date(2026, 12, 1)),
            target,
            stop=lambda: True,
        )
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp", ".part")]
