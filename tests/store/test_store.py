"""The store: round trips, migrations, search, and files that must never be modified."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kerjasama_desk.domain.listing import AgreementSort, ListQuery, PartnerSort
from kerjasama_desk.domain.models import Agreement, Contact, FieldChoice, Officer, Partner
from kerjasama_desk.domain.vocab import (
    AgreementKind,
    AgreementStage,
    Characteristic,
    CooperationField,
    PartnerLevel,
)
from kerjasama_desk.store import database, search
from kerjasama_desk.store.database import OpenProblem, RegisterOpenError
from kerjasama_desk.store.migrations import LATEST_VERSION, migrate, schema_version
from kerjasama_desk.store.register import Register


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_partner_round_trip(fresh_register):
    partner = Partner(
        name="Beihai",
        native_name="北海市",
        country="CN",
        region="Guangxi",
        level=PartnerLevel.CITY,
        population=1_850_000,
        characteristics=[Characteristic.PORT, Characteristic.TOURISM],
        website="https://www.beihai.gov.cn",
        notes="ملاحظة 😀",
        contacts=[Contact(person="Lian Younong", languages="Chinese")],
    )
    with fresh_register.transaction():
        partner_id = fresh_register.partners.insert(partner)
    loaded = fresh_register.partners.get(partner_id)
    assert loaded is not None
    assert (
        loaded.name,
        loaded.native_name,
        loaded.population,
        loaded.characteristics,
        loaded.notes,
    ) == ("Beihai", "北海市", 1_850_000, [Characteristic.PORT, Characteristic.TOURISM], "ملاحظة 😀")
    assert loaded.contacts[0].person == "Lian Younong"
    assert len(loaded.uuid or "") == 36 and loaded.created_at.endswith("Z")


def test_agreement_round_trip_keeps_dates_fields_and_lineage(fresh_register):
    with fresh_register.transaction():
        pid = fresh_register.partners.insert(Partner(name="Beihai", country="CN"))
        oid = fresh_register.officers.insert(Officer(name="Rina"))
        loi = fresh_register.agreements.insert(
            Agreement(partner_id=pid, kind=AgreementKind.LOI, title_id="LoI")
        )
        mou = fresh_register.agreements.insert(
            Agreement(
                partner_id=pid,
                kind=AgreementKind.MOU,
                parent_id=loi,
                title_id="MSP",
                title_en="MoU",
                stage=AgreementStage.IMPLEMENTATION,
                signed_on=date(2008, 10, 14),
                fields=[
                    FieldChoice(standard=CooperationField.TOURISM),
                    FieldChoice(custom_id="Rob", custom_en="Tidal flooding"),
                ],
                responsible_officer_id=oid,
            )
        )
    loaded = fresh_register.agreements.get(mou)
    assert loaded.signed_on == date(2008, 10, 14) and loaded.parent_id == loi
    assert [f.label("en") for f in loaded.fields] == ["Tourism", "Tidal flooding"]
    assert fresh_register.agreements.descendants(loi) == {mou}


def test_failed_transaction_leaves_nothing(fresh_register):
    with pytest.raises(RuntimeError), fresh_register.transaction():
        fresh_register.partners.insert(Partner(name="Half", country="CN"))
        raise RuntimeError("power cut")
    assert fresh_register.counts().partners == 0
    assert fresh_register.partners.page(ListQuery(text="Half")) == []


def test_migrations_twice_are_a_no_op(tmp_path):
    path = tmp_path / "r.sqlite"
    Register.open(path).close()
    register = Register.open(path)
    assert migrate(register.db) == []
    assert register.schema_version == LATEST_VERSION
    register.close()


def test_an_older_register_upgrades_and_is_indexed(tmp_path):
    path = tmp_path / "old.sqlite"
    db = database.connect(path)
    migrate(db, target=1)
    db.execute(
        "INSERT INTO partners (uuid, name, name_key, country, level, created_at,"
        " updated_at) VALUES ('u', 'Beihai', 'beihai', 'CN', 'city', 'x', 'x')"
    )
    db.close()
    register = Register.open(path)
    assert register.schema_version == LATEST_VERSION
    assert [r.name for r in register.partners.page(ListQuery(text="beih"))] == ["Beihai"]
    register.close()


def test_connections_have_foreign_keys_wal_and_busy_timeout(tmp_path):
    register = Register.open(tmp_path / "r.sqlite")
    pragmas = {
        name: register.db.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("foreign_keys", "journal_mode", "busy_timeout")
    }
    assert pragmas == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "busy_timeout": database.BUSY_TIMEOUT_MS,
    }
    register.close()


@pytest.fixture
def seeded(fresh_register):
    with fresh_register.transaction():
        for name, native, country in [
            ("Beihai", "北海市", "CN"),
            ("Fuzhou", "福州市", "CN"),
            ("Kitakyushu", "北九州市", "JP"),
            ("Brisbane", "", "AU"),
            ("Kōchi", "高知市", "JP"),
            ("Ulsan", "울산광역시", "KR"),
        ]:
            fresh_register.partners.insert(Partner(name=name, native_name=native, country=country))
    return fresh_register


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bei", ["Beihai"]),
        ("BRIS", ["Brisbane"]),
        ("kochi", ["Kōchi"]),
        ("tiongkok", ["Beihai", "Fuzhou"]),
        ("japan", ["Kitakyushu", "Kōchi"]),
        ("海", ["Beihai"]),
        ("九州", ["Kitakyushu"]),
        ("州", ["Fuzhou", "Kitakyushu"]),
        ("광역", ["Ulsan"]),
        ("北 japan", ["Kitakyushu"]),
        ("zzz", []),
        # punctuation alone is no search: everything is listed, nothing breaks the FTS syntax
        ('"*', ["Beihai", "Brisbane", "Fuzhou", "Kitakyushu", "Kōchi", "Ulsan"]),
    ],
)
def test_search_by_prefix_country_and_cjk_substring(seeded, text, expected):
    assert [r.name for r in seeded.partners.page(ListQuery(text=text))] == expected
    assert seeded.partners.count(ListQuery(text=text)) == len(expected)


def test_sort_by_country_name_follows_the_language(seeded):
    english = [r.country for r in seeded.partners.page(ListQuery(sort="country", language="en"))]
    indonesian = [r.country for r in seeded.partners.page(ListQuery(sort="country", language="id"))]
    assert english[:3] == ["AU", "CN", "CN"]  # Australia, China, China, Japan, South Korea
    assert indonesian[-2:] == ["CN", "CN"]  # ..., Korea Selatan, Tiongkok, Tiongkok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北海", ["Beihai"]),
        ("北海市", ["Beihai"]),
        ("九州市", ["Kitakyushu"]),
        # both bigrams of 北州市 are in 北九州市, but not side by side: no match
        ("北州市", []),
        ("高知 kochi", ["Kōchi"]),
        ("울산", ["Ulsan"]),
    ],
)
def test_cjk_runs_match_only_as_substrings(seeded, text, expected):
    assert [r.name for r in seeded.partners.page(ListQuery(text=text))] == expected
    assert seeded.partners.count(ListQuery(text=text)) == len(expected)


def test_a_search_matching_most_records_lists_the_same_rows_either_way(fresh_register, monkeypatch):
    """A broad search walks the sort order probing each row; it must list exactly what the
    collect-first plan lists, in the same order, on every page."""
    with fresh_register.transaction():
        for n in range(400):
            name = f"Bandar {n:03d}" if n % 5 else f"Kota {n:03d}"
            fresh_register.partners.insert(
                Partner(
                    name=name, country="CN" if n % 3 else "JP", population=None if n % 7 == 0 else n
                )
            )
    repository = fresh_register.partners
    for sort in PartnerSort:
        for descending in (False, True):
            query = ListQuery(text="band", sort=sort, descending=descending)
            pages = {}
            for per_row in (True, False):
                monkeypatch.setattr(search, "probe_each_row", lambda *_, p=per_row: p)
                plans: list[str] = []
                fresh_register.db.conn.set_trace_callback(plans.append)
                pages[per_row] = [
                    [r.id for r in repository.page(query, offset=o, limit=50)]
                    for o in (0, 150, 300)
                ]
                fresh_register.db.conn.set_trace_callback(None)
                assert any(("EXISTS" in sql) == per_row for sql in plans if "LIMIT" in sql)
            truth = [
                r.id
                for r in repository.page(ListQuery(sort=sort, descending=descending), limit=400)
                if r.name.startswith("Bandar")
            ]
            assert pages[True] == pages[False] == [truth[o : o + 50] for o in (0, 150, 300)]
    monkeypatch.undo()
    assert search.probe_each_row(49_000, 50_000, 200)  # 1-letter search on the big register
    assert not search.probe_each_row(2_000, 50_000, 200)
    assert not search.probe_each_row(0, 50_000, 200)


def test_blanks_sort_last_in_both_directions(fresh_register):
    with fresh_register.transaction():
        for name, population, native in [
            ("A", 5, ""),
            ("B", None, "乙"),
            ("C", 9, "丙"),
            ("D", None, ""),
        ]:
            fresh_register.partners.insert(
                Partner(name=name, country="CN", population=population, native_name=native)
            )

    def names(sort: str, descending: bool) -> list[str]:
        return [
            r.name
            for r in fresh_register.partners.page(ListQuery(sort=sort, descending=descending))
        ]

    assert names("population", False) == ["A", "C", "B", "D"]
    assert names("population", True) == ["C", "A", "D", "B"]
    assert names("native_name", False)[-2:] == ["A", "D"]
    assert names("native_name", True)[-2:] == ["D", "A"]


def test_every_list_sort_reads_an_index(fresh_register):
    """No sortable column makes SQLite sort the whole table (USE TEMP B-TREE FOR ORDER BY)."""
    repositories = {
        "partners": (fresh_register.partners, PartnerSort),
        "agreements": (fresh_register.agreements, AgreementSort),
    }
    for repository, sorts in repositories.values():
        for sort in sorts:
            for descending in (False, True):
                for language in ("id", "en"):
                    plans = []
                    fresh_register.db.conn.set_trace_callback(plans.append)
                    repository.page(ListQuery(sort=sort, descending=descending, language=language))
                    fresh_register.db.conn.set_trace_callback(None)
                    sql = next(s for s in plans if s.lstrip().startswith("SELECT"))
                    plan = " ".join(
                        row[3] for row in fresh_register.db.execute("EXPLAIN QUERY PLAN " + sql)
                    )
                    if sort == "country":  # partners of one country are sorted by name
                        plan = plan.replace("FOR RIGHT PART OF ORDER BY", "")
                    assert "ORDER BY" not in plan, (sort, descending, plan)


def test_agreement_counts_and_officer_names_follow_every_change(fresh_register):
    agreements = fresh_register.agreements
    with fresh_register.transaction():
        beihai = fresh_register.partners.insert(Partner(name="Beihai", country="CN"))
        brisbane = fresh_register.partners.insert(Partner(name="Brisbane", country="AU"))
        rina = fresh_register.officers.insert(Officer(name="Rina"))
        budi = fresh_register.officers.insert(Officer(name="Budi"))
        first = agreements.insert(
            Agreement(partner_id=beihai, title_id="Satu", responsible_officer_id=rina)
        )
        second = agreements.insert(Agreement(partner_id=beihai, title_id="Dua"))

    def counts() -> dict[str, int]:
        return {r.name: r.agreements for r in fresh_register.partners.page(ListQuery())}

    def officers() -> dict[str, str]:
        return {r.title_id: r.officer_name for r in agreements.page(ListQuery())}

    assert counts() == {"Beihai": 2, "Brisbane": 0}
    assert officers() == {"Satu": "Rina", "Dua": ""}
    moved = agreements.get(second)
    moved.partner_id, moved.responsible_officer_id = brisbane, budi
    with fresh_register.transaction():
        agreements.update(moved)
    assert counts() == {"Beihai": 1, "Brisbane": 1}
    assert officers() == {"Satu": "Rina", "Dua": "Budi"}
    renamed = fresh_register.officers.get(rina)
    renamed.name = "Rina Wulandari"
    with fresh_register.transaction():
        fresh_register.officers.update(renamed)
        agreements.delete(first)
    assert counts() == {"Beihai": 0, "Brisbane": 1}
    assert agreements.page(ListQuery(sort="officer"))[0].officer_name == "Budi"
    with fresh_register.transaction():
        agreements.insert(
            Agreement(partner_id=brisbane, title_id="Tiga", responsible_officer_id=rina)
        )
    assert officers()["Tiga"] == "Rina Wulandari"


def test_upgrade_from_version_2_fills_counts_and_officer_names(tmp_path):
    path = tmp_path / "v2.sqlite"
    db = database.connect(path)
    migrate(db, target=2)
    now = "2026-01-01T00:00:00Z"
    db.execute(
        "INSERT INTO partners (id, uuid, name, name_key, native_name, country, level,"
        " created_at, updated_at) VALUES (1, 'p', 'Beihai', 'beihai', '北海市', 'CN',"
        " 'city', ?, ?)",
        [now, now],
    )
    db.execute(
        "INSERT INTO officers (id, uuid, name, created_at, updated_at)"
        " VALUES (1, 'o', 'Rina', ?, ?)",
        [now, now],
    )
    db.execute(
        "INSERT INTO agreements (uuid, partner_id, kind, title_id, stage,"
        " responsible_officer_id, created_at, updated_at)"
        " VALUES ('a', 1, 'mou', 'MSP', 'implementation', 1, ?, ?)",
        [now, now],
    )
    db.close()
    register = Register.open(path)
    assert register.partners.page(ListQuery())[0].agreements == 1
    assert register.agreements.page(ListQuery())[0].officer_name == "Rina"
    assert [r.name for r in register.partners.page(ListQuery(text="北海"))] == ["Beihai"]
    register.close()


def test_renaming_a_partner_reindexes_its_agreements(fresh_register):
    with fresh_register.transaction():
        pid = fresh_register.partners.insert(Partner(name="Weihai", country="CN"))
        fresh_register.agreements.insert(Agreement(partner_id=pid, title_id="MSP"))
    partner = fresh_register.partners.get(pid)
    partner.name = "Beihai"
    with fresh_register.transaction():
        fresh_register.partners.update(partner)
    assert len(fresh_register.agreements.page(ListQuery(text="beihai"))) == 1
    assert fresh_register.agreements.page(ListQuery(text="weihai")) == []


BAD_FILES = {
    "not_sqlite": (b"Word document, not a register\n" * 40, OpenProblem.NOT_SQLITE),
    "truncated": (None, OpenProblem.CORRUPT),
    "other_app": (None, OpenProblem.NOT_A_REGISTER),
    "newer": (None, OpenProblem.NEWER_VERSION),
}


def _make(kind: str, path: Path, tmp_path: Path) -> None:
    if kind == "not_sqlite":
        path.write_bytes(BAD_FILES[kind][0])
    elif kind == "other_app":
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE songs (title TEXT)")
        connection.commit()
        connection.close()
    else:
        good = tmp_path / "good.sqlite"
        register = Register.open(good)
        with register.transaction():
            for n in range(300):
                register.partners.insert(Partner(name=f"P{n}", country="CN", notes="x" * 500))
        if kind == "newer":
            register.db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        register.close()
        data = good.read_bytes()
        path.write_bytes(data[: len(data) // 2] if kind == "truncated" else data)


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_unusable_files_are_refused_and_left_byte_for_byte(tmp_path, kind):
    path = tmp_path / f"{kind}.sqlite"
    _make(kind, path, tmp_path)
    before = digest(path)
    with pytest.raises(RegisterOpenError) as caught:
        Register.open(path)
    assert caught.value.problem is BAD_FILES[kind][1]
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(kind)) == [path.name]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only files")
def test_read_only_file_is_refused(tmp_path):
    path = tmp_path / "r.sqlite"
    Register.open(path).close()
    path.chmod(0o444)
    with pytest.raises(RegisterOpenError) as caught:
        Register.open(path)
    assert caught.value.problem is OpenProblem.READ_ONLY


def test_read_only_check_uses_the_permission_bits(tmp_path, monkeypatch):
    """Runs as root too (CI): the probe asks os.access, which we make say 'no'."""
    path = tmp_path / "r.sqlite"
    Register.open(path).close()
    before = digest(path)
    real_access = os.access
    monkeypatch.setattr(
        database.os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(RegisterOpenError) as caught:
        Register.open(path)
    assert caught.value.problem is OpenProblem.READ_ONLY
    assert digest(path) == before


def _files_beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_a_read_only_register_is_shown_and_never_written(tmp_path, monkeypatch):
    path = tmp_path / "r.sqlite"
    register = Register.open(path)
    with register.transaction():
        register.partners.insert(Partner(name="Beihai", country="CN", native_name="北海市"))
    register.close()
    before, files = digest(path), _files_beside(path)
    real_access = os.access  # as on a CD: nothing in the folder can be written
    monkeypatch.setattr(
        database.os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    register = Register.open(path, read_only=True)
    assert register.read_only
    assert [p.name for p in register.partners.page(ListQuery(text="北海"))] == ["Beihai"]
    with (
        pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"),
        register.transaction(),
    ):
        register.partners.insert(Partner(name="Ulsan", country="KR"))
    register.close()
    assert digest(path) == before
    assert _files_beside(path) == files  # no -wal, -shm or lock file left beside it


def test_read_only_needs_the_latest_schema_and_a_register(tmp_path):
    old = tmp_path / "old.sqlite"
    db = database.connect(old)
    migrate(db, target=2)
    db.close()
    before = digest(old)
    with pytest.raises(RegisterOpenError) as caught:
        Register.open(old, read_only=True)
    assert caught.value.problem is OpenProblem.OLD_VERSION_READ_ONLY
    assert digest(old) == before
    for name, body in (("empty.sqlite", b""), ("text.sqlite", b"hello" * 40)):
        (tmp_path / name).write_bytes(body)
        with pytest.raises(RegisterOpenError):
            Register.open(tmp_path / name, read_only=True)
        assert (tmp_path / name).read_bytes() == body
    with pytest.raises(RegisterOpenError):
        Register.open(tmp_path / "missing.sqlite", read_only=True)
    assert not (tmp_path / "missing.sqlite").exists()


def test_a_journal_with_changes_is_read_or_the_register_refused(tmp_path, monkeypatch):
    path = tmp_path / "r.sqlite"
    writer = Register.open(path)
    writer.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the schema in the file itself
    writer.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    with writer.transaction():
        writer.partners.insert(Partner(name="Beihai", country="CN"))
    assert Path(f"{path}-wal").stat().st_size > 0  # the save is in the journal only
    reader = Register.open(path, read_only=True)
    assert [p.name for p in reader.partners.page(ListQuery())] == ["Beihai"]
    reader.close()
    copy = tmp_path / "copy"
    copy.mkdir()
    for suffix in ("", "-wal"):  # a copy without the -shm index, on a read-only medium
        (copy / f"r.sqlite{suffix}").write_bytes(Path(f"{path}{suffix}").read_bytes())
    writer.close()
    real_access = os.access
    monkeypatch.setattr(
        database.os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(RegisterOpenError) as caught:
        Register.open(copy / "r.sqlite", read_only=True)
    assert caught.value.problem is OpenProblem.JOURNAL_READ_ONLY


def test_schema_version_of_new_register(tmp_path):
    register = Register.open(tmp_path / "new.sqlite")
    assert schema_version(register.db) == LATEST_VERSION
    register.close()
