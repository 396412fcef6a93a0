"""Backups: made while the register is open, checked, rotated, restored only after the register
itself was backed up; a bad backup changes nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from kerjasama_desk.cli import main
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.models import Partner
from kerjasama_desk.services import backups
from kerjasama_desk.store.register import Register


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def register_file(tmp_path):
    path = tmp_path / "register.sqlite"
    register = Register.open(path)
    with register.transaction():
        register.partners.insert(Partner(name="Beihai", country="CN"))
    register.close()
    return path


def test_backup_of_an_open_register_is_complete_and_restorable(register_file, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    register = Register.open(register_file)
    made = backups.backup(register, register_file, "manual", folder)
    with register.transaction():  # a change after the backup
        register.partners.insert(Partner(name="Fuzhou", country="CN"))
    register.close()
    backups.verify(made)
    assert [b.reason for b in backups.backups(register_file, folder)] == ["manual"]
    safety = backups.restore(made, register_file, folder)
    assert safety is not None and safety.name.endswith("-before-restore.sqlite")
    restored = Register.open(register_file)
    assert [p.name for p in restored.partners.page(ListQuery())] == ["Beihai"]
    restored.close()
    kept = Register.open(safety)  # the state before the restore is not lost
    assert kept.counts().partners == 2
    kept.close()


def test_a_bad_backup_is_refused_and_the_register_left_alone(register_file, tmp_path):
    bad = tmp_path / "notes-20261127T101010Z-manual.sqlite"
    bad.write_bytes(b"not a register" * 100)
    before = digest(register_file)
    with pytest.raises(backups.BackupProblem, match="is not a usable register backup"):
        backups.restore(bad, register_file, tmp_path)
    assert digest(register_file) == before
    result = CliRunner().invoke(main, ["restore", "--db", str(register_file), str(bad)])
    assert result.exit_code == 1 and "The register was not changed." in result.output
    assert digest(register_file) == before


def test_rotation_keeps_a_week_of_days_and_a_month_of_weeks(register_file, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    now = datetime.now(UTC)
    uuid = Register.open(register_file).uuid
    mark = backups.identity(uuid)
    for days in range(40):
        when = (now - timedelta(days=days)).strftime("%Y%m%dT%H%M%S%fZ")
        (folder / f"register-{mark}-{when}-daily.sqlite").write_bytes(b"x")
        (folder / f"register-{mark}-{when}-daily.sqlite-wal").write_bytes(b"x")  # older code's
    (folder / f"register-{mark}-20200101T000000000000Z-manual.sqlite").write_bytes(b"x")
    backups.rotate(register_file, uuid, directory=folder)
    left = backups.backups(register_file, folder, uuid=uuid)
    sidecars = {p.name.removesuffix("-wal") for p in folder.glob("*-wal")}
    assert sidecars == {b.path.name for b in left if b.reason == "daily"}  # none orphaned
    days = sorted({b.taken.date() for b in left if b.reason == "daily"}, reverse=True)
    assert days[:7] == [(now - timedelta(days=d)).date() for d in range(7)]
    assert 7 <= len(days) <= 11  # 7 days and the newest of 4 weeks, which may overlap
    assert any(b.reason == "manual" for b in left)  # made by hand: never rotated away


def test_the_first_start_of_a_day_makes_one_backup(register_file, tmp_path):
    folder = tmp_path / "daily"
    folder.mkdir()
    register = Register.open(register_file)
    assert backups.backup_if_due(register, folder) is not None
    assert backups.backup_if_due(register, folder) is None
    register.close()


def test_backup_command_prints_the_checked_copy(register_file):
    result = CliRunner().invoke(main, ["backup", "--db", str(register_file)])
    assert result.exit_code == 0, result.output
    made = Path(result.output.strip())
    assert made.exists() and made.name.endswith("-manual.sqlite")
    backups.verify(made)


def test_an_older_register_is_backed_up_before_its_migrations_run(tmp_path):
    from kerjasama_desk.services.registers import open_service
    from kerjasama_desk.store import database
    from kerjasama_desk.store.migrations import LATEST_VERSION, migrate

    path = tmp_path / "old.sqlite"
    db = database.connect(path)
    migrate(db, target=2)
    db.close()
    service = open_service(path)
    assert service.register.schema_version == LATEST_VERSION
    service.register.close()
    [kept] = [b for b in backups.backups(path) if b.reason == "before-migration"]
    connection = sqlite3.connect(kept.path)  # the backup is the register as it was: version 2
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
    connection.close()
    open_service(path).register.close()  # already current: no second backup
    assert len([b for b in backups.backups(path) if b.reason == "before-migration"]) == 1


def test_a_damaged_register_can_be_restored_and_its_bytes_are_kept(register_file, tmp_path):
    folder = tmp_path / "kept"
    folder.mkdir()
    good = backups.backup(register_file, register_file, "manual", folder)
    register_file.write_bytes(b"garbage, the disk failed" * 100)
    damaged = register_file.read_bytes()
    safety = backups.restore(good, register_file, folder)
    assert safety is not None and safety.read_bytes() == damaged
    assert safety.name.endswith("-damaged.sqlite")
    restored = Register.open(register_file)
    assert restored.counts().partners == 1
    restored.close()


@pytest.mark.parametrize("folder_name", ["d #1", "what?", "100% kept"])
def test_a_register_in_a_folder_with_uri_characters_is_backed_up_and_restored_whole(
    tmp_path, folder_name
):
    """``#``, ``?`` and ``%`` end or change a SQLite URI: unquoted, the backup of such a path
    opened another, empty file and the safety copy before a restore had no tables."""
    home = tmp_path / folder_name
    home.mkdir()
    path = home / "reg.sqlite"
    register = Register.open(path)
    with register.transaction():
        register.partners.insert(Partner(name="Beihai", country="CN"))
    register.close()
    other = tmp_path / "other.sqlite"
    Register.open(other).close()
    folder = home / "backups"
    folder.mkdir()
    copy = backups.backup(path, path, "manual", folder)
    assert Register.open(copy).counts().partners == 1
    with pytest.raises(backups.OtherRegister):
        backups.restore(other, path, folder)
    safety = backups.restore(other, path, folder, other_register=True)
    assert safety is not None
    kept = Register.open(safety)
    assert kept.counts().partners == 1
    kept.close()
    backups.restore(safety, path, folder, other_register=True)  # path now holds the other
    assert Register.open(path).counts().partners == 1


def _our_mark_without_tables(path: Path) -> None:
    from kerjasama_desk.store.database import APPLICATION_ID

    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("VACUUM")
    connection.close()


def _empty_database(path: Path) -> None:
    connection = sqlite3.connect(path)  # a real SQLite file with no table left in it
    connection.execute("CREATE TABLE t (x)")
    connection.execute("DROP TABLE t")
    connection.close()
    assert path.stat().st_size > 0


def _lowered_version(path: Path, register_file: Path) -> None:
    path.write_bytes(register_file.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 2")
    connection.close()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda path, _good: path.write_bytes(b""), id="0-byte file"),
        pytest.param(lambda path, _good: _empty_database(path), id="empty database"),
        pytest.param(lambda path, _good: _our_mark_without_tables(path), id="our mark, no tables"),
        pytest.param(_lowered_version, id="lowered schema version"),
    ],
)
def test_restore_refuses_what_is_not_a_complete_register(register_file, tmp_path, make):
    """Issue 12: each of these replaced the register, after which every command failed with
    "no such table" (or, for the empty file, the register was silently emptied)."""
    folder = tmp_path / "kept"
    folder.mkdir()
    bad = tmp_path / "bad.sqlite"
    make(bad, register_file)
    before = digest(register_file)
    with pytest.raises(backups.BackupProblem, match="bad.sqlite"):
        backups.restore(bad, register_file, folder)
    assert digest(register_file) == before
    assert list(folder.iterdir()) == []  # nothing was backed up either: nothing happened


def test_restore_keeps_the_registers_permissions_and_leaves_no_sidecars(register_file, tmp_path):
    """Issue 12: restore turned a 0644 register into 0600, and reading a backup (a copy of a WAL
    register, marked WAL) left -wal and -shm files in the backups folder."""
    folder = tmp_path / "kept"
    folder.mkdir()
    register_file.chmod(0o644)
    made = backups.backup(register_file, register_file, "manual", folder)
    backups.restore(made, register_file, folder)
    assert register_file.stat().st_mode & 0o777 == 0o644
    assert sorted(p.suffix for p in folder.iterdir()) == [".sqlite", ".sqlite"]
    restored = Register.open(register_file)
    assert restored.counts().partners == 1
    restored.close()


def test_a_register_on_a_read_only_medium_can_be_backed_up(register_file, monkeypatch):
    """Issue 12: `backup` refused a read-only register although a backup only reads it."""
    from kerjasama_desk.store import database

    real_access = database.os.access

    def access(path, mode, *args, **kwargs):
        inside = str(path).startswith(str(register_file.parent))
        return False if mode == os.W_OK and inside else real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(database.os, "access", access)
    result = CliRunner().invoke(main, ["backup", "--db", str(register_file)])
    assert result.exit_code == 0, result.output
    made = Path(result.output.strip())
    assert made.is_file() and made.parent != register_file.parent
    backups.verify(made)


def test_two_registers_of_the_same_name_keep_their_own_backups(tmp_path):
    """The old failure: backups were matched by file name, so closing the second
    ``register.sqlite`` rotated away the first one's only backup, and "Restore a backup…"
    listed the other register's."""
    folder = tmp_path / "backups"
    folder.mkdir()
    first_dir, second_dir = tmp_path / "office-a", tmp_path / "office-b"
    first_dir.mkdir()
    second_dir.mkdir()
    first = Register.open(first_dir / "register.sqlite")
    second = Register.open(second_dir / "register.sqlite")
    assert first.uuid and second.uuid and first.uuid != second.uuid
    old = datetime.now(UTC) - timedelta(days=60)
    only = folder / (
        f"register-{backups.identity(first.uuid)}-{old.strftime('%Y%m%dT%H%M%S%fZ')}-exit.sqlite"
    )
    backups.backup(first, first.path, "exit", folder).rename(only)
    for _ in range(3):
        backups.backup(second, second.path, "exit", folder)
        backups.rotate(second.path, second.uuid, directory=folder)
    assert only.exists()  # the first register's only backup survives the second's rotation
    listed = backups.backups(first.path, folder, uuid=first.uuid)
    assert [b.path for b in listed] == [only]
    assert all(
        b.identity == backups.identity(second.uuid)
        for b in backups.backups(second.path, folder, uuid=second.uuid)
    )
    first.close()
    second.close()


def test_restoring_another_registers_backup_needs_to_be_asked_for(
    register_file, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    other = tmp_path / "other.sqlite"
    Register.open(other).close()
    before = digest(register_file)
    result = CliRunner().invoke(main, ["restore", "--db", str(register_file), str(other)])
    assert result.exit_code == 1
    assert "is not a backup of register.sqlite" in result.output
    assert "--other-register" in result.output and digest(register_file) == before
    own = backups.backup(register_file, register_file, "manual")
    assert (
        CliRunner().invoke(main, ["restore", "--db", str(register_file), str(own)]).exit_code == 0
    )
    result = CliRunner().invoke(
        main, ["restore", "--db", str(register_file), "--other-register", str(other)]
    )
    assert result.exit_code == 0, result.output
    assert Register.open(register_file).counts().partners == 0


def test_a_lowered_schema_version_is_refused_before_any_migration_or_backup(
    register_file, tmp_path, monkeypatch
):
    """The old failure: the migrations ran again (a traceback), and each try left another
    before-migration backup."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with sqlite3.connect(register_file) as db:
        db.execute("PRAGMA user_version = 5")
    db.close()
    before = digest(register_file)
    for _ in range(2):
        result = CliRunner().invoke(main, ["info", "--db", str(register_file)])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert "does not match its tables" in result.output
    assert digest(register_file) == before
    assert not list((tmp_path / "data").rglob("*before-migration*"))


def test_a_backup_with_flipped_bytes_is_refused_or_restored_never_a_traceback(
    register_file, tmp_path, monkeypatch
):
    """Issue 12, item 16: a restore from a backup with flipped bytes raised a traceback."""
    import random

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    good = backups.backup(register_file, register_file, "manual").read_bytes()
    rng = random.Random(16)
    refused = 0
    for number in range(25):
        data = bytearray(good)
        for _ in range(rng.randint(1, 12)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        flipped = tmp_path / f"flipped-{number}.sqlite"
        flipped.write_bytes(bytes(data))
        before = digest(register_file)
        result = CliRunner().invoke(
            main, ["restore", "--db", str(register_file), "--other-register", str(flipped)]
        )
        assert result.exit_code in (0, 1) and "Traceback" not in result.output, result.output
        if result.exit_code == 1:
            refused += 1
            assert "The register was not changed." in result.output
            assert digest(register_file) == before
    assert refused


@pytest.fixture
def bigger_register(tmp_path):
    """A register of a few hundred pages, so a copy takes several steps."""
    path = tmp_path / "bigger.sqlite"
    register = Register.open(path)
    with register.transaction():
        for number in range(400):
            register.partners.insert(Partner(name=f"Kota {number}", country="CN", notes="x" * 900))
    register.close()
    return path


@pytest.mark.parametrize("when", ["copying", "checking"])
def test_a_backup_stopped_midway_leaves_nothing(bigger_register, tmp_path, monkeypatch, when):
    """Closing the app stops a long backup (issue 16, item 2): nothing of it is left, the
    register is untouched, and a backup taken afterwards is whole."""
    from kerjasama_desk.domain.errors import Stopped
    from kerjasama_desk.store import backup as store_backup

    monkeypatch.setattr(store_backup, "STEP_PAGES", 8)
    monkeypatch.setattr(store_backup, "CHECK_STEPS", 50)
    folder = tmp_path / "backups"
    folder.mkdir()
    before = digest(bigger_register)
    seen: list[tuple[int, int]] = []

    def stop() -> bool:
        copying = [s for s in seen if s[1]]
        if when == "copying":
            return len(copying) >= 3
        return bool(seen) and seen[-1] == (0, 0)

    with pytest.raises(Stopped):
        backups.backup(
            bigger_register,
            bigger_register,
            "daily",
            folder,
            progress=lambda done, total: seen.append((done, total)),
            stop=stop,
        )
    assert list(folder.iterdir()) == []
    assert digest(bigger_register) == before
    copying = [s for s in seen if s[1]]
    assert len(copying) >= 3 and copying[0][0] < copying[0][1]  # told page by page
    made = backups.backup(bigger_register, bigger_register, "daily", folder)
    backups.verify(made)  # whole and checked
    assert [p.name for p in folder.iterdir()] == [made.name]


def test_a_postponed_backup_is_taken_at_the_next_start_and_abandoned_parts_are_removed(
    register_file, tmp_path
):
    folder = tmp_path / "backups"
    folder.mkdir()
    register = Register.open(register_file)
    uuid = register.uuid
    register.close()
    made = backups.take_due(register_file, uuid, directory=folder)
    assert not backups.is_due(register_file, uuid, folder)  # one taken today
    backups.postpone(register_file, uuid, folder)
    assert backups.is_due(register_file, uuid, folder)  # closing could not take one
    abandoned = folder / "tmpdead.part"  # left by a process killed while copying
    abandoned.write_bytes(b"SQLite format 3\x00")
    fresh = folder / "tmplive.part"  # another process copying now
    fresh.write_bytes(b"SQLite format 3\x00")
    old = (datetime.now(UTC) - timedelta(days=1)).timestamp()
    os.utime(abandoned, (old, old))
    again = backups.take_due(register_file, uuid, "exit", folder)
    assert again != made and again.exists()
    assert not backups.is_due(register_file, uuid, folder)
    assert not abandoned.exists() and fresh.exists()
