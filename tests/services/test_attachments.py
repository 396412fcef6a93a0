"""Files kept with agreements: stored once by SHA-256, read-only, checked on every read; a file
too large or unreadable is refused with nothing stored or recorded."""

from __future__ import annotations

import hashlib
import json
import os
import stat

import pytest
from click.testing import CliRunner

from kerjasama_desk.cli import main
from kerjasama_desk.domain.errors import AttachmentProblem, RecordNotFound
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.services import attachments as attachments_module
from kerjasama_desk.services.attachments import Attachments, FileStore
from kerjasama_desk.services.demo import seed_story


@pytest.fixture
def files(service, tmp_path):
    seed_story(service)
    return Attachments(service, FileStore(tmp_path / "store"))


def _mou(service):
    return next(
        a for a in service.list_agreements(ListQuery(text="beihai")) if a.kind.value == "mou"
    ).id


def test_a_file_is_stored_once_under_its_hash_and_read_only(files, service, tmp_path):
    scan = tmp_path / "MoU signed.pdf"
    scan.write_bytes(b"%PDF scan" * 1000)
    first = files.attach(_mou(service), scan, "  signed original  ")
    second = files.attach(_mou(service), scan)
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert first.sha256 == second.sha256 == digest and first.size == 9000
    assert first.description == "signed original" and first.name == "MoU signed.pdf"
    stored = files.store.path(digest)
    assert stored == tmp_path / "store" / digest[:2] / digest
    assert [p for p in (tmp_path / "store").rglob("*") if p.is_file()] == [stored]
    assert stat.S_IMODE(stored.stat().st_mode) == 0o400
    assert [a.id for a in files.of(_mou(service))] == [first.id, second.id]
    files.remove(first.id)
    assert [a.id for a in files.of(_mou(service))] == [second.id]
    assert stored.exists()  # backups of the register may still refer to it


def test_a_damaged_or_missing_stored_file_is_named_never_shown(files, service, tmp_path):
    scan = tmp_path / "letter.txt"
    scan.write_text("DPRD", encoding="utf-8")
    kept = files.attach(_mou(service), scan)
    view = files.copy_to_view(kept.id, tmp_path / "view")
    assert view.read_text(encoding="utf-8") == "DPRD" and view.name == "letter.txt"
    stored = files.store.path(kept.sha256)
    stored.chmod(0o600)
    stored.write_text("DPRX", encoding="utf-8")
    with pytest.raises(AttachmentProblem, match="missing or damaged"):
        files.copy_to_view(kept.id, tmp_path / "view2")
    stored.unlink()
    with pytest.raises(AttachmentProblem, match="letter.txt"):
        files.export_copy(kept.id, tmp_path / "copy.txt")
    assert not (tmp_path / "copy.txt").exists()


def test_too_large_unreadable_or_unknown_is_refused_and_nothing_kept(
    files, service, tmp_path, monkeypatch
):
    monkeypatch.setattr(attachments_module, "MAX_ATTACHMENT_BYTES", 1000)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(AttachmentProblem, match="at most"):
        files.attach(_mou(service), big)
    with pytest.raises(AttachmentProblem, match="cannot be read"):
        files.attach(_mou(service), tmp_path / "gone.pdf")
    with pytest.raises(RecordNotFound):
        files.attach(999_999, big)
    assert files.of(_mou(service)) == []
    assert not [p for p in (tmp_path / "store").rglob("*") if p.is_file()]


def test_names_from_other_systems_become_safe_file_names(files, service, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"1")
    kept = files.attach(_mou(service), scan)
    with service.register.transaction():
        kept.name = 'C:\\Users\\rina\\..\\surat: "DPRD"?.pdf'
        service.register.attachments.update(kept)
    view = files.copy_to_view(kept.id, tmp_path / "view")
    assert view.parent.parent == tmp_path / "view"
    assert view.name == "C__Users_rina_.._surat_ _DPRD__.pdf"


def test_attach_and_list_from_the_command_line(tmp_path):
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["seed-demo", "--db", str(db)]).exit_code == 0
    listed = json.loads(runner.invoke(main, ["dashboard", "--db", str(db), "--json"]).output)
    agreement = listed["dormant"][0]["id"]
    scan = tmp_path / "MoU 2008.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    done = runner.invoke(
        main,
        [
            "attach",
            "--db",
            str(db),
            "--agreement",
            str(agreement),
            "--description",
            "signed original",
            str(scan),
        ],
    )
    assert done.exit_code == 0, done.output
    assert hashlib.sha256(b"%PDF-1.4 scan").hexdigest() in done.output
    shown = json.loads(
        runner.invoke(
            main, ["attachments", "--db", str(db), "--agreement", str(agreement), "--json"]
        ).output
    )
    assert [(a["name"], a["description"], a["size"]) for a in shown] == [
        ("MoU 2008.pdf", "signed original", 13)
    ]
    missing = runner.invoke(main, ["attach", "--db", str(db), "--agreement", "9999", str(scan)])
    assert missing.exit_code == 1 and "no agreement 9999" in missing.output
    assert os.access(db, os.R_OK)
