"""A full disk during an import or a backup (issue 12, item 16): a message and exit 1, nothing
partial left behind, the register intact. Needs a small filesystem of its own (the
``small_disk`` fixture of tests/conftest.py), else skipped saying so."""

from __future__ import annotations

import os

from click.testing import CliRunner

from kerjasama_desk.cli import main
from kerjasama_desk.store.register import Register
from tests.conftest import fill_disk


def test_a_full_disk_stops_an_import_and_a_backup_cleanly(small_disk, tmp_path, monkeypatch):
    source = tmp_path / "source.sqlite"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "source-data"))
    assert CliRunner().invoke(main, ["seed-demo", "--db", str(source)]).exit_code == 0
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(os.urandom(700_000))
    assert (
        CliRunner()
        .invoke(main, ["attach", "--db", str(source), "--agreement", "1", str(scan)])
        .exit_code
        == 0
    )
    kdx = tmp_path / "big.kdx"
    assert CliRunner().invoke(main, ["export", "--db", str(source), "-o", str(kdx)]).exit_code == 0

    monkeypatch.setenv("XDG_DATA_HOME", str(small_disk / "data"))
    register = small_disk / "register.sqlite"
    assert CliRunner().invoke(main, ["init", "--db", str(register)]).exit_code == 0
    fill_disk(small_disk, 200_000)
    result = CliRunner().invoke(main, ["import", "--db", str(register), str(kdx), "--yes"])
    assert result.exit_code == 1, result.output
    assert "No space left on device" in result.output or "disk is full" in result.output
    assert "The register was not changed" in result.output or "nothing was saved" in result.output
    assert "Traceback" not in result.output
    opened = Register.open(register)
    assert opened.counts().partners == 0 and opened.integrity_check() == "ok"
    opened.close()
    store = small_disk / "data" / "kerjasama-desk" / "attachments"
    assert not [p for p in store.rglob("*") if p.is_file()]  # nothing half-stored

    fill_disk(small_disk, 0)
    result = CliRunner().invoke(main, ["backup", "--db", str(register)])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    backups = small_disk / "data" / "kerjasama-desk" / "backups"
    assert not list(backups.glob("*.part")) and not list(backups.glob("*.sqlite"))
