"""Issue 17: a register on a network drive keeps its journal without WAL, which needs memory
shared between the programs using the file (docs/reliability.md, "On a network drive"); a file
another program holds for a moment is replaced once it lets go (Windows)."""

from __future__ import annotations

import os

import pytest

from kerjasama_desk import atomic
from kerjasama_desk.store import database


def _journal(path) -> str:  # noqa: ANN001
    connection = database.connect(path)
    try:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        connection.close()


def test_a_register_on_a_network_share_is_journaled_without_wal(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//server/kerjasama {share} cifs rw 0 0\n"
    monkeypatch.setattr(database, "_mounts", lambda: mounts)
    assert database.on_network_drive(share / "register.sqlite")
    assert not database.on_network_drive(tmp_path / "register.sqlite")
    assert _journal(share / "register.sqlite") == "delete"
    assert not (share / "register.sqlite-wal").exists()
    assert _journal(tmp_path / "register.sqlite") == "wal"
    # a register made on a local disk and moved to the share leaves WAL when opened there
    (tmp_path / "register.sqlite").rename(share / "moved.sqlite")
    assert _journal(share / "moved.sqlite") == "delete"


def test_mount_points_with_spaces_and_the_deepest_mount_win(tmp_path, monkeypatch):
    folder = tmp_path / "Bagian Kerja Sama"
    local = folder / "local"
    local.mkdir(parents=True)
    escaped = str(folder).replace(" ", "\\040")  # as /proc/mounts writes a space
    inner = str(local).replace(" ", "\\040")
    mounts = f"server:/x {escaped} nfs4 rw 0 0\n/dev/sdb1 {inner} ext4 rw 0 0\n"
    monkeypatch.setattr(database, "_mounts", lambda: mounts)
    assert database.on_network_drive(folder / "r.sqlite")
    assert not database.on_network_drive(local / "r.sqlite")


def test_a_replace_waits_out_a_brief_hold_and_reports_a_lasting_one(tmp_path, monkeypatch):
    target = tmp_path / "mou.pdf"
    target.write_bytes(b"old")
    calls = []
    real = os.replace

    def held_twice(source, destination):  # noqa: ANN001, ANN202
        calls.append(destination)
        if len(calls) <= 2:
            raise PermissionError(13, "The process cannot access the file", str(destination))
        real(source, destination)

    monkeypatch.setattr(atomic.os, "replace", held_twice)
    monkeypatch.setattr(atomic, "REPLACE_WAITS_S", (0.0,) * 5)
    atomic.write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and len(calls) == 3

    def held(source, destination):  # noqa: ANN001, ANN202
        raise PermissionError(13, "The process cannot access the file", str(destination))

    monkeypatch.setattr(atomic.os, "replace", held)
    with pytest.raises(PermissionError):
        atomic.write_atomically(target, b"newer")
    assert target.read_bytes() == b"new"  # as it was
    assert [p.name for p in tmp_path.iterdir()] == ["mou.pdf"]  # no part file left
