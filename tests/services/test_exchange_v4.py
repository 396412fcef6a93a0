"""Exchange version 4 (issue 12): everything of the officers' work travels, records merge by
UUID with a content hash and the hash agreed at the last exchange, a change made on both sides
is a conflict the officer settles, the same partner recorded in two offices is linked with
consent, and export never writes what import refuses. Each test starts from a reproduction of
the loss it fixes."""

from __future__ import annotations

import hashlib
import json
import random
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from kerjasama_desk.cli import main
from kerjasama_desk.domain.gates import CHECKLISTS, GateRecord
from kerjasama_desk.domain.handover import Handover
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.models import Activity, Commitment, Officer, Partner
from kerjasama_desk.domain.vocab import OfficerStatus
from kerjasama_desk.services import exchange, gates, parameters
from kerjasama_desk.services.attachments import Attachments, FileStore
from kerjasama_desk.services.demo import seed_story
from kerjasama_desk.services.exchange.validation import MAX_PROBLEMS
from kerjasama_desk.services.handover import hand_over, held_by
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.store.register import Register

TODAY = date(2026, 11, 30)
CODE = CHECKLISTS[0].code  # one checklist item


class Office:
    """One office's register with its own file store."""

    def __init__(self, folder: Path, name: str) -> None:
        self.register = Register.open(folder / f"{name}.sqlite")
        self.service = RegisterService(self.register)
        self.store = FileStore(folder / f"{name}-files")
        self.folder = folder
        self.name = name
        self.sent = 0

    def export(self, agreement_ids: list[int] | None = None) -> Path:
        self.sent += 1
        path = self.folder / f"{self.name}-{self.sent}.kdx"
        exchange.export_register(self.service, path, agreement_ids, store=self.store)
        return path

    def take(self, path: Path, **options: object) -> exchange.Plan:
        return exchange.merge(self.service, exchange.read(path), store=self.store, **options)  # type: ignore[arg-type]

    def partner_named(self, name: str) -> Partner:
        return next(
            self.service.partner(int(p.id))
            for p in self.service.list_partners(ListQuery(text=name))
            if p.name == name
        )


@pytest.fixture
def offices(tmp_path):
    semarang = Office(tmp_path, "semarang")
    seed_story(semarang.service)
    other = Office(tmp_path, "beihai")
    other.take(semarang.export())
    yield semarang, other
    semarang.register.close()
    other.register.close()


def test_a_draft_version_made_elsewhere_under_a_taken_number_is_kept(offices):
    """Item 4: versions were merged by number, so one made in another office with a number
    already present was dropped ("Nothing to import"); imported versions lost their time."""
    semarang, beihai = offices
    draft_id = semarang.register.ids("drafts")[0]
    here = semarang.register.drafts.versions(draft_id)
    other_id = beihai.register.id_of(
        "drafts", semarang.register.uuids("drafts", [draft_id])[draft_id]
    )
    assert other_id is not None
    latest = beihai.register.drafts.version(other_id)
    assert latest is not None
    # both offices save "the next version": the same number, different content
    answers = {**latest.answers, "title_en": "Made in Beihai"}
    with beihai.register.transaction():
        theirs = beihai.register.drafts.add_version(
            other_id, template_version=1, languages=["id", "en"], answers=answers, author="lin"
        )
    with semarang.register.transaction():
        ours = semarang.register.drafts.add_version(
            draft_id, template_version=1, languages=["id", "en"], answers={"x": 1}, author="rina"
        )
    assert theirs == ours  # the same number on both sides
    plan = semarang.take(beihai.export())
    assert plan.updated["drafts"] == 1
    versions = semarang.register.drafts.versions(draft_id)
    assert len(versions) == len(here) + 2
    came = next(v for v in versions if v.answers.get("title_en") == "Made in Beihai")
    made = beihai.register.drafts.version(other_id, theirs)
    assert made is not None and came.created_at == made.created_at and came.uuid == made.uuid
    again = semarang.take(beihai.export())
    assert again.changes == 0  # idempotent
    assert len(semarang.register.drafts.versions(draft_id)) == len(here) + 2


def test_a_corrected_activity_is_updated(offices):
    """Item 5: an activity corrected in the source register counted as "unchanged"."""
    semarang, beihai = offices
    activity_id = semarang.register.ids("activities")[0]
    uuid = semarang.register.uuids("activities", [activity_id])[activity_id]
    theirs = beihai.register.id_of("activities", uuid)
    assert theirs is not None
    found = [
        a
        for agreement in beihai.register.ids("agreements")
        for a in beihai.register.activities.for_agreement(agreement)
        if a.id == theirs
    ][0]
    with beihai.register.transaction():
        beihai.register.activities.update(replace(found, outcome="Corrected: 12 teachers, not 2"))
    plan = semarang.take(beihai.export())
    assert plan.updated["activities"] == 1 and not plan.conflicts
    corrected = [
        a
        for agreement in semarang.register.ids("agreements")
        for a in semarang.register.activities.for_agreement(agreement)
        if a.id == activity_id
    ][0]
    assert corrected.outcome == "Corrected: 12 teachers, not 2"


def test_a_blank_scan_exports_and_imports(tmp_path):
    """Item 6: an attachment compressing more than 200:1 (a blank scan) made a .kdx that the
    import refused as a zip bomb."""
    source = Office(tmp_path, "source")
    seed_story(source.service)
    blank = tmp_path / "blank scan.pdf"
    blank.write_bytes(b"%PDF-1.4\n" + b"\x00" * 3_000_000)
    agreement = source.register.ids("agreements")[0]
    Attachments(source.service, source.store).attach(agreement, blank, "blank page")
    kdx = source.export()
    with zipfile.ZipFile(kdx) as archive:
        info = archive.getinfo(f"files/{hashlib.sha256(blank.read_bytes()).hexdigest()}")
        assert info.compress_type == zipfile.ZIP_STORED
    target = Office(tmp_path, "target")
    assert target.take(kdx).added["attachments"] == 1


def test_an_export_larger_than_an_import_accepts_is_not_written(tmp_path, monkeypatch):
    import sys

    snapshot = sys.modules["kerjasama_desk.services.exchange.snapshot"]

    source = Office(tmp_path, "source")
    seed_story(source.service)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(random.Random(1).randbytes(300_000))
    Attachments(source.service, source.store).attach(source.register.ids("agreements")[0], scan)
    monkeypatch.setattr(snapshot, "MAX_FILE_BYTES", 200_000)
    target = tmp_path / "big.kdx"
    with pytest.raises(exchange.ExchangeProblem, match="Export fewer agreements"):
        exchange.export_register(source.service, target, store=source.store)
    assert not target.exists()


def test_everything_of_the_officers_work_travels(tmp_path):
    """Item 7: trips, checklist records and overrides, handovers, legal parameters, the
    translation memory and an activity's evidence were left out of the whole-register export;
    the demo's trip was lost in a round trip."""
    source = Office(tmp_path, "source")
    service = source.service
    seed_story(service)
    agreement_id = service.list_agreements(ListQuery(text="beihai"))[0].id
    scan = tmp_path / "minutes.pdf"
    scan.write_bytes(b"%PDF-1.4 minutes of the meeting")
    kept = Attachments(service, source.store).attach(agreement_id, scan, "minutes")
    gates.record_item(
        service,
        agreement_id,
        GateRecord(CODE, True, "170/123", date(2008, 9, 1), kept.id, "approved"),
        TODAY,
    )
    with source.register.transaction():
        source.register.gates.record_override(
            agreement_id, "signing", "implementation", [CODE], "urgent", "rina"
        )
    activity_id = service_log(service, agreement_id, kept.id)
    parameters.save(service, {"dormancy_months": 18})
    officer = next(o for o in service.officer_choices() if o[2] is OfficerStatus.ACTIVE)[0]
    successor = service.save_officer(Officer(name="Budi Santoso"))
    held = held_by(service, officer)
    hand_over(
        service,
        Handover(
            officer_id=officer,
            handed_on=TODAY,
            successors={(item.kind, item.id): successor for item in held},
            note="transferred",
        ),
    )
    kdx = source.export()
    target = Office(tmp_path, "target")
    plan = target.take(kdx)
    for kind in ("trips", "checklists", "overrides", "handovers", "parameters", "memory"):
        assert plan.added[kind] >= 1, kind
    assert parameters.values(target.service)["dormancy_months"] == 18
    their_agreement = target.register.id_of(
        "agreements", source.register.uuids("agreements", [agreement_id])[agreement_id]
    )
    assert their_agreement is not None
    record = target.register.gates.records(their_agreement)[CODE]
    assert record.done and record.reference == "170/123" and record.attachment_id is not None
    assert target.register.gates.overrides(their_agreement)
    evidence = [
        a.evidence_id
        for a in target.register.activities.for_agreement(their_agreement)
        if a.uuid == source.register.uuids("activities", [activity_id])[activity_id]
    ]
    assert evidence == [record.attachment_id]
    assert target.register.counts().officers == source.register.counts().officers
    assert (
        sum(len(target.register.trips.for_agreement(a)) for a in target.register.ids("agreements"))
        == 1
    )
    assert target.take(kdx).changes == 0


def service_log(service: RegisterService, agreement_id: int, evidence_id: int) -> int:
    with service.register.transaction():
        return service.register.activities.insert(
            Activity(
                agreement_id=agreement_id,
                happened_on=date(2026, 10, 1),
                kind="meeting",
                description="Joint working group",
                evidence_id=evidence_id,
            )
        )


def test_a_damaged_attachment_is_repaired_by_attaching_it_again_or_importing(tmp_path):
    """Item 9: a damaged file in the store could not be repaired: attaching the original again,
    or importing a good .kdx, skipped it because "a file with that hash exists"."""
    source = Office(tmp_path, "source")
    seed_story(source.service)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed original")
    agreement = source.register.ids("agreements")[0]
    files = Attachments(source.service, source.store)
    kept = files.attach(agreement, scan, "signed")
    good = source.export()
    stored = source.store.path(kept.sha256)
    stored.chmod(0o600)
    stored.write_bytes(b"%PDF-1.4 the signed originaX")  # a flipped byte on the disk
    assert not source.store.intact(kept.sha256)
    files.attach(agreement, scan, "signed, again")
    assert source.store.intact(kept.sha256)
    stored.chmod(0o600)
    stored.write_bytes(b"garbage")
    source.take(good)
    assert source.store.intact(kept.sha256)
    source.export()  # the whole-register export works again


def test_the_same_partner_in_two_offices_is_linked_with_consent(tmp_path):
    """Item 10: two offices that both recorded Brisbane (AU) could never exchange: the import
    was refused whole."""
    a, b = Office(tmp_path, "a"), Office(tmp_path, "b")
    a.service.save_partner(Partner(name="Brisbane", country="AU", notes="from A"))
    b.service.save_partner(Partner(name="Brisbane", country="AU", notes="from B"))
    b.service.save_partner(Partner(name="Busan", country="KR"))
    kdx = b.export()
    with pytest.raises(exchange.SamePartners) as refused:
        a.take(kdx)
    assert [p.name for p in refused.value.plan.same_partners] == ["Brisbane"]
    assert a.register.counts().partners == 1
    plan = a.take(kdx, link_partners=True, prefer="ours")
    assert [p.name for p in plan.linked] == ["Brisbane"] and plan.added["partners"] == 1
    assert a.register.counts().partners == 2
    assert a.partner_named("Brisbane").notes == "from A"
    assert a.take(kdx).changes == 0  # linked for good: no question the second time


def test_import_starts_a_register_and_init_makes_an_empty_one(offices, tmp_path, monkeypatch):
    """Item 11: ``import --db new.sqlite`` failed with "does not exist", and no command made an
    empty register."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    semarang, _ = offices
    kdx = semarang.export()
    new = tmp_path / "first.sqlite"
    result = CliRunner().invoke(main, ["import", "--db", str(new), str(kdx), "--yes"])
    assert result.exit_code == 0, result.output
    assert "Imported." in result.output and Register.open(new).counts().partners == 7
    empty = tmp_path / "empty.sqlite"
    result = CliRunner().invoke(main, ["init", "--db", str(empty)])
    assert result.exit_code == 0 and Register.open(empty).counts().partners == 0
    result = CliRunner().invoke(main, ["init", "--db", str(empty)])
    assert result.exit_code == 1 and "already exists" in result.output


def test_a_change_on_both_sides_is_a_conflict_the_officer_settles(offices, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    semarang, beihai = offices
    for office, notes in ((semarang, "kept in Semarang"), (beihai, "kept in Beihai")):
        partner = office.partner_named("Beihai")
        office.service.save_partner(replace(partner, notes=notes))
    kdx = beihai.export()
    preview = semarang.take(kdx, dry_run=True)
    assert [(c.kind, c.label, c.fields) for c in preview.conflicts] == [
        ("partners", "Beihai (CN)", ("notes",))
    ]
    with pytest.raises(exchange.ExchangeConflicts):
        semarang.take(kdx)
    result = CliRunner().invoke(
        main, ["import", "--db", str(semarang.register.path), str(kdx), "--yes"]
    )
    assert result.exit_code == 1 and "conflict: partners Beihai (CN) (notes" in result.output
    assert "--prefer ours" in result.output
    plan = semarang.take(kdx, choices={("partners", preview.conflicts[0].key): "theirs"})
    assert plan.updated["partners"] == 1
    assert semarang.partner_named("Beihai").notes == "kept in Beihai"
    assert semarang.take(kdx).changes == 0


def test_validation_stops_early_on_a_file_of_empty_records(tmp_path):
    """Item 13: a small .kdx of millions of empty records took minutes and gigabytes before
    being refused: every problem was collected."""
    body = {kind: [] for kind in exchange.KINDS}
    body["activities"] = [{}] * 150_000
    problems = exchange.validate(body, {})
    assert len(problems) <= MAX_PROBLEMS
    body["activities"] = [1] * 10
    assert exchange.validate(body, {}) == ["activities 1 is not an object"]


@pytest.mark.parametrize(
    "version, message",
    [
        (0, "names no valid exchange version"),
        (True, "names no valid exchange version"),
        (5, "Update the app"),
    ],
)
def test_an_exchange_version_that_is_not_one_is_named(demo_manifest_kdx, version, message):
    path = demo_manifest_kdx(version)
    with pytest.raises(exchange.ExchangeProblem, match=message):
        exchange.read(path)


@pytest.fixture
def demo_manifest_kdx(offices, tmp_path):
    semarang, _ = offices
    good = semarang.export()

    def rewrite(version: object) -> Path:
        with zipfile.ZipFile(good) as source:
            entries = {i.filename: source.read(i) for i in source.infolist()}
        manifest = json.loads(entries["manifest.json"])
        manifest["version"] = version
        entries["manifest.json"] = json.dumps(manifest).encode()
        path = tmp_path / f"v{version}.kdx"
        with zipfile.ZipFile(path, "w") as target:
            for name, data in entries.items():
                target.writestr(name, data)
        return path

    return rewrite


@pytest.mark.parametrize(
    "change",
    [
        {"template_version": "two"},
        {"partner_texts": ["not", "an", "object"]},
        {"partner_texts": {"zh": 5}},
        {"languages": "id"},
    ],
)
def test_a_draft_version_of_the_wrong_shape_is_refused_with_its_field(offices, change):
    """Item 16: these raised tracebacks instead of the documented message."""
    semarang, _ = offices
    body = exchange.snapshot(semarang.service)
    body["drafts"][0]["versions"][0].update(change)
    problems = exchange.validate(body, {})
    assert problems == ["drafts 1: 'versions' is missing or not valid"]


def test_two_registers_that_both_edit_lose_nothing(tmp_path):
    """Random edits on both sides, exchanged both ways: every record either agrees, or the
    conflict was listed and settled by the rule chosen; a second import changes nothing."""
    rng = random.Random(12)
    a = Office(tmp_path, "a")
    seed_story(a.service)
    b = Office(tmp_path, "b")
    b.take(a.export())
    for round_number in range(6):
        edits: dict[str, dict[str, str]] = {"a": {}, "b": {}}
        for office, name in ((a, "a"), (b, "b")):
            for partner in office.service.list_partners(ListQuery()):
                if rng.random() < 0.4:
                    notes = f"{name} round {round_number} {rng.randrange(1000)}"
                    full = office.service.partner(int(partner.id))
                    office.service.save_partner(replace(full, notes=notes))
                    edits[name][str(full.uuid)] = notes
            for agreement_id in office.register.ids("agreements"):
                if rng.random() < 0.2:
                    with office.register.transaction():
                        office.register.commitments.insert(
                            Commitment(
                                agreement_id=agreement_id,
                                title=f"{name} task {round_number}",
                                due_on=date(2027, 1, 1),
                            )
                        )
        prefer = rng.choice(["ours", "theirs"])
        kdx_b = b.export()
        preview = a.take(kdx_b, dry_run=True)
        both = set(edits["a"]) & set(edits["b"])
        changed_both = {u for u in both if edits["a"][u] != edits["b"][u]}
        assert {c.key for c in preview.conflicts} == changed_both
        a.take(kdx_b, prefer=prefer)
        for uuid_, notes in edits["b"].items():
            partner = a.service.partner(int(a.register.id_of("partners", uuid_) or 0))
            expected = edits["a"][uuid_] if uuid_ in changed_both and prefer == "ours" else notes
            assert partner.notes == expected
        for uuid_, notes in edits["a"].items():
            if uuid_ not in edits["b"]:
                partner = a.service.partner(int(a.register.id_of("partners", uuid_) or 0))
                assert partner.notes == notes  # ours, changed only here, kept
        assert a.take(kdx_b).changes == 0  # idempotent
        kdx_a = a.export()
        plan = b.take(kdx_a)  # b's side changed nothing since: a's settled state comes across
        assert not plan.conflicts
        assert b.take(kdx_a).changes == 0
        assert _notes(a) == _notes(b)
        assert _commitments(a) == _commitments(b)


def _notes(office: Office) -> dict[str, str]:
    return {
        str(office.service.partner(int(p.id)).uuid): office.service.partner(int(p.id)).notes
        for p in office.service.list_partners(ListQuery())
    }


def _commitments(office: Office) -> set[str]:
    return {
        c.uuid or ""
        for agreement in office.register.ids("agreements")
        for c in office.register.commitments.for_agreement(agreement)
    }


def test_a_version_3_file_still_imports_and_twice_changes_nothing(offices, tmp_path):
    """Files written before version 4 carry no trips or checklists, no bases, no version
    UUIDs: they import, and importing the same one again changes nothing."""
    semarang, _ = offices
    good = semarang.export()
    with zipfile.ZipFile(good) as source:
        entries = {i.filename: source.read(i) for i in source.infolist()}
    body = json.loads(entries["register.json"])
    for kind in ("trips", "checklists", "overrides", "handovers", "parameters", "memory"):
        body.pop(kind)
    for kind in ("officers", "partners", "agreements", "activities", "commitments", "drafts"):
        for record in body[kind]:
            record.pop("base", None)
            record.pop("updated_at", None)
            if kind == "activities":
                record.pop("evidence", None)  # an activity's evidence came with version 4
            for version in record.get("versions", []):
                version.pop("uuid", None)
    body["version"] = 3
    data = json.dumps(body).encode()
    manifest = json.loads(entries["manifest.json"])
    manifest["version"] = 3
    manifest["files"]["register.json"] = hashlib.sha256(data).hexdigest()
    old = tmp_path / "v3.kdx"
    with zipfile.ZipFile(old, "w") as target:
        target.writestr("register.json", data)
        target.writestr("manifest.json", json.dumps(manifest))
    fresh = Office(tmp_path, "fresh")
    plan = fresh.take(old)
    assert plan.added["partners"] == 7 and plan.added["drafts"] == 7
    versions = sum(len(fresh.register.drafts.versions(d)) for d in fresh.register.ids("drafts"))
    assert versions >= 3
    again = fresh.take(old)
    assert again.changes == 0 and not again.conflicts
    assert versions == sum(
        len(fresh.register.drafts.versions(d)) for d in fresh.register.ids("drafts")
    )


def test_hostile_bookkeeping_and_clashing_version_uuids_are_refused_or_set_apart(offices):
    semarang, beihai = offices
    body = exchange.snapshot(beihai.service)
    body["partners"][0]["updated_at"] = ["not", "a", "time"]
    body["handovers"] = [
        {
            "uuid": "h-1",
            "officer": body["officers"][0]["uuid"],
            "handed_on": "2026-01-01",
            "items": [{"kind": "emperor", "title": 5}],
            "note": "",
            "recorded_by": "",
            "created_at": "",
        }
    ]
    problems = exchange.validate(body, {})
    assert "partners 1: 'updated_at' is not valid" in problems
    assert "handovers 1: 'items' is missing or not valid" in problems
    # a version whose UUID another draft's version holds here is added under a new UUID
    body = exchange.snapshot(beihai.service)
    first, second = body["drafts"][0], body["drafts"][1]
    clash = dict(second["versions"][0], answers={"x": "clash"}, created_at="2026-11-11T00:00:00Z")
    clash["uuid"] = first["versions"][0]["uuid"]
    second["versions"].append(clash)
    plan = exchange.merge(semarang.service, body, store=semarang.store)
    assert plan.updated["drafts"] == 1
    second_id = semarang.register.id_of("drafts", second["uuid"])
    added = [
        v
        for v in semarang.register.drafts.versions(int(second_id or 0))
        if v.answers == {"x": "clash"}
    ]
    assert len(added) == 1 and added[0].uuid != clash["uuid"]


def test_two_registers_seeded_alike_exchange_without_duplicates(tmp_path):
    """Two offices that recorded the same partners, agreements, commitments and officers each
    on their own: linked with consent, nothing is doubled, and both ways are idempotent."""
    a, b = Office(tmp_path, "a"), Office(tmp_path, "b")
    seed_story(a.service)
    seed_story(b.service)
    before = a.register.counts()
    with pytest.raises(exchange.SamePartners):
        a.take(b.export())
    plan = a.take(b.export(), link_partners=True)
    assert len(plan.linked) == 7 and not plan.conflicts
    after = a.register.counts()
    assert (
        after.partners,
        after.agreements,
        after.officers,
        after.commitments,
        after.activities,
    ) == (
        before.partners,
        before.agreements,
        before.officers,
        before.commitments,
        before.activities,
    )
    assert a.take(b.export()).changes == 0
    plan = b.take(a.export(), link_partners=True)
    assert not plan.conflicts and b.register.counts().agreements == before.agreements
    assert b.take(a.export()).changes == 0


def test_an_export_runs_on_its_own_connection_and_a_cancelled_one_writes_nothing(tmp_path):
    """Issue 16, item 4: the .kdx export runs on a worker with progress and Cancel."""
    from kerjasama_desk.domain.errors import Stopped
    from kerjasama_desk.services.demo import seed_scale

    source = Office(tmp_path, "source")
    seed_story(source.service)
    seed_scale(source.service, 400)
    path = source.register.path
    assert path is not None
    told: list[tuple[int, int]] = []
    out = tmp_path / "cancelled.kdx"
    with pytest.raises(Stopped):
        exchange.export_register_file(path, out, stop=lambda: True)
    assert not out.exists() and not list(tmp_path.glob("cancelled*"))
    done = tmp_path / "whole.kdx"
    counts = exchange.export_register_file(path, done, progress=lambda *a: told.append(a))
    assert done.exists() and counts["partners"] == 407
    assert told and all(d <= t for d, t in told)
