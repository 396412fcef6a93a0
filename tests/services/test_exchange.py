"""The portable .kdx: a whole register carried to another one, merged by UUID, idempotent, and
every malformed file refused with the register unchanged."""

from __future__ import annotations

import hashlib
import io
import json
import random
import uuid
import zipfile

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kerjasama_desk.cli import main
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.services import exchange
from kerjasama_desk.services.attachments import Attachments, FileStore
from kerjasama_desk.services.demo import seed_story
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.store.register import Register

SCAN = b"%PDF-1.4 the signed MoU, scanned " + bytes(range(256)) * 40


@pytest.fixture
def demo_kdx(tmp_path):
    register = Register.open(tmp_path / "source.sqlite")
    service = RegisterService(register)
    seed_story(service)
    files = Attachments(service, FileStore(tmp_path / "source-files"))
    scan = tmp_path / "MoU Semarang-Beihai 2008 (signed).pdf"
    scan.write_bytes(SCAN)
    letter = tmp_path / "DPRD approval.txt"
    letter.write_text("Persetujuan DPRD Kota Semarang", encoding="utf-8")
    beihai = [a for a in service.list_agreements(ListQuery(text="beihai"))]
    files.attach(beihai[0].id, scan, "signed original")
    files.attach(beihai[0].id, letter)
    files.attach(beihai[1].id, scan, "the same scan, kept once")
    path = tmp_path / "semarang.kdx"
    counts = exchange.export_register(service, path, store=files.store)
    register.close()
    assert counts["partners"] == 7 and counts["drafts"] == 7 and counts["attachments"] == 3
    return path


def fingerprint(register: Register) -> str:
    """A digest of every record, to see that a refused import changed nothing."""
    rows = []
    for table in (
        "partners",
        "contacts",
        "agreements",
        "officers",
        "activities",
        "drafts",
        "draft_versions",
        "attachments",
    ):
        rows += [repr(r) for r in register.db.execute(f"SELECT * FROM {table} ORDER BY id")]
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def test_a_register_travels_whole_and_a_second_import_changes_nothing(demo_kdx, tmp_path):
    register = Register.open(tmp_path / "target.sqlite")
    service = RegisterService(register)
    store = FileStore(tmp_path / "target-files")
    plan = exchange.merge(service, exchange.read(demo_kdx), store=store)
    assert plan.added == {
        "officers": 4,
        "partners": 7,
        "agreements": 7,
        "activities": 1,
        "commitments": 8,
        "drafts": 7,
        "attachments": 3,
        "trips": 1,
        "checklists": 0,
        "overrides": 0,
        "handovers": 0,
        "parameters": 0,
        "memory": 13,
    }
    kept = sorted(p.name for p in store.root.rglob("*") if p.is_file())
    assert kept == sorted(
        {
            hashlib.sha256(SCAN).hexdigest(),
            hashlib.sha256(b"Persetujuan DPRD Kota Semarang").hexdigest(),
        }
    )  # the scan stored once
    attached = [
        a
        for agreement in register.ids("agreements")
        for a in register.attachments.for_agreement(agreement)
    ]
    assert sorted(a.name for a in attached) == [
        "DPRD approval.txt",
        "MoU Semarang-Beihai 2008 (signed).pdf",
        "MoU Semarang-Beihai 2008 (signed).pdf",
    ]
    viewed = Attachments(service, store).copy_to_view(
        next(a.id for a in attached if a.description == "signed original"), tmp_path / "view"
    )
    assert viewed.read_bytes() == SCAN and viewed.name.endswith("(signed).pdf")
    counts = register.counts()
    assert (counts.partners, counts.agreements, counts.officers) == (7, 7, 4)
    beihai_mou = next(
        a for a in service.list_agreements(ListQuery(text="beihai")) if a.kind.value == "mou"
    )
    assert service.agreement(beihai_mou.id).parent_id is not None  # the LoI → MoU link came too
    before = fingerprint(register)
    again = exchange.merge(service, exchange.read(demo_kdx), store=store)
    assert again.changes == 0 and sum(again.unchanged.values()) == 51
    assert fingerprint(register) == before
    register.close()


def test_an_edited_record_is_updated_by_uuid_not_duplicated(demo_kdx, tmp_path):
    body = exchange.read(demo_kdx)
    body["partners"][0]["notes"] = "Edited in another office."
    register = Register.open(tmp_path / "target.sqlite")
    service = RegisterService(register)
    exchange.import_file(service, demo_kdx)
    plan = exchange.merge(service, body)
    assert plan.updated["partners"] == 1 and plan.added["partners"] == 0
    assert register.counts().partners == 7
    register.close()


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def malformed(good: bytes, rng: random.Random, number: int) -> bytes:
    """One of several kinds of broken .kdx, chosen by ``number``."""
    entries = {}
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        for name in archive.namelist():
            entries[name] = archive.read(name)
    manifest = json.loads(entries["manifest.json"])
    kind = number % 10
    if kind == 0:
        return rng.randbytes(rng.randint(0, 4000))
    if kind == 1:
        return good[: rng.randint(0, len(good) - 1)]
    if kind == 2:  # bits flipped inside the compressed register (a flip in, say, a header's
        # timestamp leaves a sound file, which may rightly be imported)
        with zipfile.ZipFile(io.BytesIO(good)) as archive:
            info = archive.getinfo("register.json")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            data[start + rng.randrange(info.compress_size)] ^= 1 << rng.randrange(8)
        return bytes(data)
    if kind == 3:
        manifest["version"] = rng.choice([0, exchange.VERSION + 1, 99, "2", None])
        return _zip({**entries, "manifest.json": json.dumps(manifest).encode()})
    if kind == 4:
        name = rng.choice(["../evil.json", "/etc/passwd", "register/../../x", "..\\x.json"])
        return _zip({**entries, name: b"{}"})
    if kind == 5:
        return _zip({**entries, "register.json": b"0" * (exchange.MAX_ENTRY_BYTES // 50)})
    if kind == 6:  # valid hash, wrong content
        body = json.loads(entries["register.json"])
        victim = rng.choice(exchange.KINDS)
        if body[victim]:
            record = body[victim][rng.randrange(len(body[victim]))]
            key = rng.choice(sorted(record))
            record[key] = rng.choice([{"x": 1}, 3.5])  # wrong for every field
        else:
            body[victim] = "not a list"
        data = json.dumps(body).encode()
        manifest["files"]["register.json"] = hashlib.sha256(data).hexdigest()
        return _zip({"manifest.json": json.dumps(manifest).encode(), "register.json": data})
    files = sorted(name for name in entries if name.startswith("files/"))
    if kind == 8:  # an attached file changed, or changed with its hash, or left out
        name = rng.choice(files)
        changed = bytearray(entries[name])
        changed[rng.randrange(len(changed))] ^= 1 << rng.randrange(8)
        if rng.random() < 0.5:
            manifest["files"][name] = hashlib.sha256(changed).hexdigest()
        if rng.random() < 0.3:
            entries.pop(name)
            manifest["files"].pop(name)
            return _zip({**entries, "manifest.json": json.dumps(manifest).encode()})
        return _zip(
            {**entries, name: bytes(changed), "manifest.json": json.dumps(manifest).encode()}
        )
    if kind == 9:  # a file under a name that is not its hash, or a hostile one
        name = rng.choice(
            [
                "files/" + "0" * 64,
                "files/../../etc/x",
                "files/" + files[0][6:40],
                "files/" + files[0][6:].upper(),
                files[0] + "/",
            ]
        )
        data = entries[files[0]]
        manifest["files"][name] = hashlib.sha256(data).hexdigest()
        return _zip({**entries, name: data, "manifest.json": json.dumps(manifest).encode()})
    # kind 7: content changed, hash left as it was
    body = entries["register.json"].replace(b"Semarang", b"Semerang", 1)
    return _zip(
        {**entries, "register.json": body if body != entries["register.json"] else body + b" "}
    )


@pytest.mark.slow
def test_a_thousand_malformed_files_are_refused_and_change_nothing(demo_kdx, tmp_path):
    good = demo_kdx.read_bytes()
    register = Register.open(tmp_path / "target.sqlite")
    service = RegisterService(register)
    exchange.import_file(service, demo_kdx)
    before = fingerprint(register)
    rng = random.Random(6)
    refused = 0
    for number in range(1000):
        path = tmp_path / "bad.kdx"
        path.write_bytes(malformed(good, rng, number))
        with pytest.raises(exchange.ExchangeProblem):
            exchange.import_file(service, path)
        refused += 1
    assert refused == 1000
    assert fingerprint(register) == before
    register.close()


def test_the_commands_preview_then_import_all_or_nothing(demo_kdx, tmp_path):
    runner = CliRunner()
    target = tmp_path / "target.sqlite"
    Register.open(target).close()
    preview = runner.invoke(main, ["import", "--db", str(target), str(demo_kdx)], input="n\n")
    assert "partners: 7 new, 0 updated, 0 unchanged" in preview.output
    assert "Not imported." in preview.output
    done = runner.invoke(main, ["import", "--db", str(target), str(demo_kdx), "--yes"])
    assert done.exit_code == 0 and "Imported." in done.output
    twice = runner.invoke(main, ["import", "--db", str(target), str(demo_kdx), "--yes"])
    assert "Nothing to import" in twice.output
    bad = tmp_path / "bad.kdx"
    bad.write_bytes(b"PK\x03\x04 broken")
    refused = runner.invoke(main, ["import", "--db", str(target), str(bad), "--yes"])
    assert refused.exit_code == 1 and "The register was not changed." in refused.output
    exported = runner.invoke(
        main, ["export", "--db", str(target), "-o", str(tmp_path / "again.kdx")]
    )
    assert exported.exit_code == 0 and "7 partners" in exported.output


def test_chosen_agreements_travel_with_what_they_refer_to(tmp_path):
    register = Register.open(tmp_path / "source.sqlite")
    service = RegisterService(register)
    seed_story(service)
    mou = next(
        a for a in service.list_agreements(ListQuery(text="beihai")) if a.kind.value == "mou"
    )
    path = tmp_path / "beihai.kdx"
    counts = exchange.export_register(service, path, [mou.id])
    register.close()
    # the MoU and the LoI it follows from, Beihai, their officers, their drafts (the LoI, the MoU
    # and the three letters of its 2008 path)
    assert (counts["agreements"], counts["partners"], counts["drafts"]) == (2, 1, 5)
    target = Register.open(tmp_path / "target.sqlite")
    plan = exchange.import_file(RegisterService(target), path)
    assert plan.added["agreements"] == 2 and target.counts().partners == 1
    target.close()


def test_an_import_that_fails_leaves_no_files_behind(demo_kdx, tmp_path, monkeypatch):
    register = Register.open(tmp_path / "target.sqlite")
    service = RegisterService(register)
    store = FileStore(tmp_path / "target-files")
    body = exchange.read(demo_kdx)
    preview = exchange.merge(service, body, dry_run=True, store=store)
    assert preview.added["attachments"] == 3 and not store.root.exists()
    inserted = []

    def insert_then_fail(attachment):
        inserted.append(attachment)
        if len(inserted) == 2:
            raise OSError("disk full")
        return original(attachment)

    original = register.attachments.insert
    monkeypatch.setattr(register.attachments, "insert", insert_then_fail)
    with pytest.raises(OSError):
        exchange.merge(service, body, store=store)
    assert register.counts().partners == 0  # all or nothing
    assert not [p for p in store.root.rglob("*") if p.is_file()]
    register.close()


def test_a_version_1_file_without_attachments_is_still_read(demo_kdx, tmp_path):
    with zipfile.ZipFile(demo_kdx) as archive:
        body = json.loads(archive.read("register.json"))
    body.pop("attachments")
    body["version"] = 1
    data = json.dumps(body).encode()
    manifest = {
        "format": exchange.FORMAT,
        "version": 1,
        "files": {"register.json": hashlib.sha256(data).hexdigest()},
    }
    old = tmp_path / "old.kdx"
    old.write_bytes(_zip({"manifest.json": json.dumps(manifest).encode(), "register.json": data}))
    register = Register.open(tmp_path / "target.sqlite")
    plan = exchange.import_file(RegisterService(register), old)
    assert plan.added["partners"] == 7 and plan.added["attachments"] == 0
    register.close()


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.mark.slow
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_any_edit_of_a_sound_file_is_imported_whole_or_refused_whole(demo_kdx, tmp_path, data):
    """Property: a .kdx whose records were edited at random (its hashes made to match, so only
    the records' rules stand between it and the register) is either refused with the register
    unchanged, or imported, after which importing it again changes nothing."""
    with zipfile.ZipFile(demo_kdx) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    body = json.loads(entries["register.json"])
    for _ in range(data.draw(st.integers(1, 3))):
        kind = data.draw(st.sampled_from(exchange.KINDS))
        if not body[kind]:
            continue
        record = body[kind][data.draw(st.integers(0, len(body[kind]) - 1))]
        key = data.draw(st.sampled_from(sorted(record) + ["unexpected"]))
        record[key] = data.draw(
            _JSON | st.sampled_from([record.get("uuid"), body["partners"][0]["uuid"], "", "0" * 64])
        )
    changed = json.dumps(body).encode()
    manifest = json.loads(entries["manifest.json"])
    manifest["files"]["register.json"] = hashlib.sha256(changed).hexdigest()
    path = tmp_path / f"edited-{uuid.uuid4().hex}.kdx"  # tmp_path is shared by the examples
    path.write_bytes(
        _zip({**entries, "register.json": changed, "manifest.json": json.dumps(manifest).encode()})
    )
    register = Register.open(tmp_path / f"{path.stem}.sqlite")
    service = RegisterService(register)
    store = FileStore(tmp_path / f"{path.stem}-files")
    try:
        before = fingerprint(register)
        try:
            exchange.merge(service, exchange.read(path), store=store)
        except exchange.ExchangeProblem:
            event("refused")
            assert fingerprint(register) == before
            assert not store.root.exists() or not any(p.is_file() for p in store.root.rglob("*"))
            return
        event("imported")
        after = fingerprint(register)
        again = exchange.merge(service, exchange.read(path), store=store)
        assert again.changes == 0 and fingerprint(register) == after
    finally:
        register.close()


@pytest.mark.parametrize(
    ("kind", "key"), [("activities", "happened_on"), ("commitments", "due_on")]
)
def test_a_record_without_its_required_date_is_refused_whole(demo_kdx, tmp_path, kind, key):
    """Found by the property test above: an activity with no date passed validation and then
    failed the register's NOT NULL with a traceback instead of the refusal."""
    with zipfile.ZipFile(demo_kdx) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    body = json.loads(entries["register.json"])
    body[kind][0][key] = None
    changed = json.dumps(body).encode()
    manifest = json.loads(entries["manifest.json"])
    manifest["files"]["register.json"] = hashlib.sha256(changed).hexdigest()
    path = tmp_path / "no-date.kdx"
    path.write_bytes(
        _zip({**entries, "register.json": changed, "manifest.json": json.dumps(manifest).encode()})
    )
    with pytest.raises(exchange.ExchangeProblem, match=key):
        exchange.read(path)
