"""Long jobs off the GUI thread (issue 16, item 4): the annual report and the handover dossier
are built and written on a worker thread with their own read-only connection, a .kdx is checked
and merged on one with its own connection, a backup is restored on one; a cancelled job leaves
no file and no change."""

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


def test_a_kdx_is_checked_and_imported_beside_the_window(qtbot, languages, tmp_path, monkeypatch):
    """Issue 16, item 4: reading, checking and merging a .kdx run on a worker thread with
    their own connection; the window's lists show the import."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from kerjasama_desk.services import exchange
    from kerjasama_desk.ui.import_dialog import ImportPreview

    service = open_service(tmp_path / "register.sqlite")
    seed_story(service)
    window = build_window(service, languages, languages._settings)
    window.show()
    target = tmp_path / "semarang.kdx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.export_exchange()
    body = exchange.read(target)
    body["partners"].append(
        {
            **body["partners"][1],
            "uuid": "new-uuid",
            "name": "Busan",
            "country": "KR",
            "contacts": [],
        }
    )
    threads = []
    real = exchange.merge_file

    def recorded(*args, **kwargs):
        threads.append((threading.current_thread(), kwargs.get("dry_run")))
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange, "merge_file", recorded)
    monkeypatch.setattr(exchange, "read", lambda path: body)
    monkeypatch.setattr(ImportPreview, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.show_view("partners")
    before = window.partners.model.total
    window.import_exchange()
    assert [dry for _, dry in threads] == [True, False]
    assert all(thread is not threading.main_thread() for thread, _ in threads)
    assert window.partners.model.total == before + 1
    assert window.ops.service.register.id_of("partners", "new-uuid") is not None
    window.close()
    window.deleteLater()
    service.close()


def test_a_stopped_import_changes_nothing(tmp_path, monkeypatch):
    import sys

    from kerjasama_desk.services import exchange

    monkeypatch.setattr(sys.modules["kerjasama_desk.services.exchange.merge"], "TICK_EVERY", 1)

    source = open_service(tmp_path / "source.sqlite")
    seed_story(source)
    source.close()
    kdx = tmp_path / "source.kdx"
    exchange.export_register_file(tmp_path / "source.sqlite", kdx)
    path = tmp_path / "register.sqlite"
    open_service(path).close()
    ticks = []

    def stop() -> bool:
        return len(ticks) > 0

    with pytest.raises(Stopped):
        exchange.merge_file(
            path, exchange.read(kdx), progress=lambda done, total: ticks.append(done), stop=stop
        )
    assert ticks  # it was under way
    register = open_service(path)
    assert register.counts().partners == 0 and register.counts().agreements == 0
    register.close()


@pytest.mark.parametrize("when", ["checking", "backing up", "copying"])
def test_a_stopped_restore_leaves_the_register_and_the_backups_as_they_were(
    tmp_path, monkeypatch, when
):
    import hashlib

    from kerjasama_desk.domain.models import Partner
    from kerjasama_desk.services import backups
    from kerjasama_desk.store import backup as store_backup

    monkeypatch.setattr(store_backup, "STEP_PAGES", 1)
    monkeypatch.setattr(store_backup, "CHECK_STEPS", 50)
    folder = tmp_path / "backups"
    folder.mkdir()
    path = tmp_path / "register.sqlite"
    service = open_service(path)
    service.save_partner(Partner(name="Beihai", country="CN"))
    made = backups.backup(path, path, "manual", folder)
    service.save_partner(Partner(name="Fuzhou", country="CN"))
    service.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    seen: list[tuple[int, int]] = []

    def stop() -> bool:
        copies = sum(1 for s in seen if s[1])
        if when == "checking":
            return bool(seen)
        if when == "backing up":
            return copies >= 2
        # the backup copied beside the register: copies told after the safety backup's check
        checks = [i for i, s in enumerate(seen) if s == (0, 0)]
        return len(checks) >= 2 and any(s[1] for s in seen[checks[1] :])

    with pytest.raises(Stopped):
        backups.restore(made, path, folder, progress=lambda d, t: seen.append((d, t)), stop=stop)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in folder.iterdir()) == [made.name]
    assert not list(tmp_path.glob("*.part"))


def test_an_older_register_is_updated_on_a_worker_before_the_window(qapp, tmp_path, monkeypatch):
    """Issue 16, item 2: a migration that must run first shows a progress dialog; its backup
    and the migrations run on a worker thread."""
    from kerjasama_desk.services import backups
    from kerjasama_desk.store import database
    from kerjasama_desk.store.migrations import LATEST_VERSION, migrate
    from kerjasama_desk.ui import opening

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "old.sqlite"
    db = database.connect(path)
    migrate(db, target=12)
    db.close()
    threads = []
    real = opening.migrate_file

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(opening, "migrate_file", recorded)
    opened = opening.open_register(path)
    assert opened is not None
    assert threads and threads[0] is not threading.main_thread()
    assert opened.service.register.schema_version == LATEST_VERSION
    [kept] = [b for b in backups.backups(path) if b.reason == "before-migration"]
    opened.close()
    # Stopped while it is backed up: nothing changed, the register not opened
    db = database.connect(tmp_path / "old2.sqlite")
    migrate(db, target=12)
    db.close()
    monkeypatch.setattr(opening, "migrate_file", lambda *a, **k: (_ for _ in ()).throw(Stopped()))
    assert opening.open_register(tmp_path / "old2.sqlite") is None
    connection = database.connect(tmp_path / "old2.sqlite")
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 12
    connection.close()
    assert kept.path.exists()
