"""The portable register file (``.kdx``): everything in one zip, to carry between officers and
offices by USB or e-mail.

A ``.kdx`` holds ``manifest.json`` (format, version, SHA-256 of each entry, counts),
``register.json`` (officers, partners with contacts, agreements with fields, activities,
commitments, drafts with versions, attachments; records refer to each other by UUID) and
``files/<sha256>``, the attached files under their hash. Importing checks everything before it
changes anything: the zip's size and entries (no other names, no paths, no zip bombs), every
hash, the format version and each record's fields; then it merges by UUID in one transaction —
new records are added, changed ones updated, the same file imported twice changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kerjasama_desk import __version__
from kerjasama_desk.domain.errors import AttachmentProblem, ValidationFailed
from kerjasama_desk.domain.models import (
    Activity,
    Agreement,
    Attachment,
    Commitment,
    Contact,
    Draft,
    FieldChoice,
    Officer,
    Partner,
)
from kerjasama_desk.domain.vocab import (
    AgreementKind,
    AgreementStage,
    Characteristic,
    CommitmentSource,
    CommitmentStatus,
    CooperationField,
    OfficerStatus,
    PartnerLevel,
)
from kerjasama_desk.services.attachments import FileStore, default_store, is_hash
from kerjasama_desk.services.files import write_atomically
from kerjasama_desk.services.register import RegisterService

FORMAT = "kerjasama-desk-exchange"
VERSION = 3  # 2: attachments and their files; 3: commitments
READABLE_VERSIONS = (1, 2, 3)
ENTRIES = ("manifest.json", "register.json")
_FILE_ENTRY = re.compile(r"files/([0-9a-f]{64})")
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ENTRY_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 400 * 1024 * 1024  # everything unpacked
MAX_ENTRIES = 10_000
MAX_RATIO = 200  # uncompressed / compressed: more is a zip bomb
KINDS = ("officers", "partners", "agreements", "activities", "commitments", "drafts", "attachments")


class ExchangeProblem(Exception):
    """A .kdx that cannot be imported; the message names the problem."""


@dataclass
class Plan:
    """What an import adds, updates and leaves as it is, per kind of record."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    @property
    def changes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())


# Export --------------------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _selection(
    service: RegisterService, agreement_ids: list[int]
) -> tuple[set[int], set[int], set[int]]:
    """The agreements chosen with the ones they follow from, their partners and officers."""
    agreements: set[int] = set()
    queue = list(agreement_ids)
    while queue:
        agreement = service.agreement(queue.pop())
        if agreement.id in agreements:
            continue
        agreements.add(int(agreement.id or 0))
        if agreement.parent_id:
            queue.append(agreement.parent_id)
    partners = {int(service.agreement(a).partner_id or 0) for a in agreements}
    officers = {
        o
        for a in agreements
        for o in (
            service.agreement(a).responsible_officer_id,
            service.agreement(a).deputy_officer_id,
        )
        if o
    }
    return agreements, partners, officers


def snapshot(service: RegisterService, agreement_ids: list[int] | None = None) -> dict[str, Any]:
    """The register (or the agreements chosen, with what they refer to: the agreements they
    follow from, partners, officers, activities, drafts) as plain data, records referring to
    each other by UUID."""
    register = service.register
    chosen: tuple[set[int], set[int], set[int]] | None = None
    if agreement_ids is not None:
        chosen = _selection(service, agreement_ids)

    def wanted(kind: int, record_id: int) -> bool:
        return chosen is None or record_id in chosen[kind]

    uuids: dict[tuple[str, int], str] = {}
    officers = []
    for officer_id in (i for i in register.ids("officers") if wanted(2, i)):
        officer = service.officer(officer_id)
        uuids[("officers", officer_id)] = str(officer.uuid)
        officers.append(
            {
                "uuid": officer.uuid,
                "name": officer.name,
                "nip": officer.nip,
                "position": officer.position,
                "unit": officer.unit,
                "status": officer.status.value,
            }
        )
    partners = []
    for partner_id in (i for i in register.ids("partners") if wanted(1, i)):
        partner = service.partner(partner_id)
        uuids[("partners", partner_id)] = str(partner.uuid)
        partners.append(
            {
                "uuid": partner.uuid,
                "name": partner.name,
                "native_name": partner.native_name,
                "country": partner.country,
                "region": partner.region,
                "level": partner.level.value,
                "population": partner.population,
                "characteristics": [c.value for c in partner.characteristics],
                "website": partner.website,
                "notes": partner.notes,
                "contacts": [
                    {
                        "person": c.person,
                        "title": c.title,
                        "organisation": c.organisation,
                        "email": c.email,
                        "phone": c.phone,
                        "languages": c.languages,
                    }
                    for c in partner.contacts
                ],
            }
        )
    agreements = []
    activities = []
    commitments: list[dict[str, Any]] = []
    attachments: list[dict[str, Any]] = []
    agreement_ids_kept = [i for i in register.ids("agreements") if wanted(0, i)]
    for agreement_id in agreement_ids_kept:
        uuids[("agreements", agreement_id)] = str(service.agreement(agreement_id).uuid)
    for agreement_id in agreement_ids_kept:
        a = service.agreement(agreement_id)
        agreements.append(
            {
                "uuid": a.uuid,
                "partner": uuids[("partners", int(a.partner_id or 0))],
                "kind": a.kind.value,
                "parent": uuids.get(("agreements", a.parent_id)) if a.parent_id else None,
                "title_id": a.title_id,
                "title_en": a.title_en,
                "our_number": a.our_number,
                "partner_number": a.partner_number,
                "stage": a.stage.value,
                "initiated_on": _iso(a.initiated_on),
                "signed_on": _iso(a.signed_on),
                "effective_on": _iso(a.effective_on),
                "expires_on": _iso(a.expires_on),
                "open_ended": a.open_ended,
                "fields": [
                    {
                        "code": f.standard.value if f.standard else None,
                        "custom_id": f.custom_id,
                        "custom_en": f.custom_en,
                    }
                    for f in a.fields
                ],
                "responsible": uuids.get(("officers", a.responsible_officer_id))
                if a.responsible_officer_id
                else None,
                "deputy": uuids.get(("officers", a.deputy_officer_id))
                if a.deputy_officer_id
                else None,
                "notes": a.notes,
            }
        )
        for attachment in register.attachments.for_agreement(agreement_id):
            attachments.append(
                {
                    "uuid": attachment.uuid,
                    "agreement": a.uuid,
                    "sha256": attachment.sha256,
                    "name": attachment.name,
                    "size": attachment.size,
                    "description": attachment.description,
                    "created_at": attachment.created_at,
                }
            )
        for item in register.commitments.for_agreement(agreement_id):
            commitments.append(
                {
                    "uuid": item.uuid,
                    "agreement": a.uuid,
                    "title": item.title,
                    "owner": uuids.get(("officers", item.owner_id)) if item.owner_id else None,
                    "due_on": _iso(item.due_on),
                    "status": item.status.value,
                    "done_on": _iso(item.done_on),
                    "evidence": item.evidence,
                    "source": item.source.value,
                    "field": item.field.value if item.field else None,
                    "notes": item.notes,
                }
            )
        for activity in register.activities.for_agreement(agreement_id):
            activities.append(
                {
                    "uuid": activity.uuid,
                    "agreement": a.uuid,
                    "happened_on": _iso(activity.happened_on),
                    "field": activity.field.value if activity.field else None,
                    "kind": activity.kind,
                    "description": activity.description,
                    "participants": activity.participants,
                    "outcome": activity.outcome,
                }
            )
    drafts = []
    for draft_id in register.ids("drafts"):
        draft = register.drafts.get(draft_id)
        assert draft is not None
        if chosen is not None and draft.agreement_id not in chosen[0]:
            continue
        versions = [
            register.drafts.version(draft_id, number)
            for number in register.drafts.version_numbers(draft_id)
        ]
        drafts.append(
            {
                "uuid": draft.uuid,
                "template_id": draft.template_id,
                "title": draft.title,
                "partner": uuids.get(("partners", draft.partner_id)) if draft.partner_id else None,
                "agreement": uuids.get(("agreements", draft.agreement_id))
                if draft.agreement_id
                else None,
                "versions": [
                    {
                        "number": v.number,
                        "template_version": v.template_version,
                        "languages": list(v.languages),
                        "answers": v.answers,
                        "partner_texts": v.partner_texts,
                        "author": v.author,
                        "created_at": v.created_at,
                    }
                    for v in versions
                    if v is not None
                ],
            }
        )
    return {
        "officers": officers,
        "partners": partners,
        "agreements": agreements,
        "activities": activities,
        "commitments": commitments,
        "drafts": drafts,
        "attachments": attachments,
    }


def export_register(
    service: RegisterService,
    path: Path,
    agreement_ids: list[int] | None = None,
    store: FileStore | None = None,
) -> dict[str, int]:
    """Writes the register (or the chosen agreements with what they refer to) to ``path`` (a
    .kdx), with every attached file, whole or not at all; returns the counts. Raises
    AttachmentProblem when an attached file is missing or damaged in the data folder."""
    data = snapshot(service, agreement_ids)
    body = json.dumps(
        {"format": FORMAT, "version": VERSION, **data}, ensure_ascii=False, indent=1
    ).encode("utf-8")
    counts = {kind: len(data[kind]) for kind in KINDS}
    hashes = {"register.json": hashlib.sha256(body).hexdigest()}
    store = store or (default_store() if data["attachments"] else None)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("register.json", body)
        for record in data["attachments"]:
            name = f"files/{record['sha256']}"
            if name in hashes:
                continue
            assert store is not None
            try:
                content = store.read(record["sha256"])
            except (OSError, ValueError) as error:
                raise AttachmentProblem(
                    "attachment_missing",
                    {"name": record["name"], "path": str(store.path(record["sha256"]))},
                ) from error
            archive.writestr(name, content)
            hashes[name] = record["sha256"]
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "app": __version__,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": hashes,
            "counts": counts,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=1))
    write_atomically(path, buffer.getvalue())
    return counts


# Reading -------------------------------------------------------------------------------------

# Everything a damaged zip can raise while it is opened or unpacked (found by fuzzing).
_UNREADABLE = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    OSError,
    ValueError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    KeyError,
    IndexError,
)


def read(path: Path) -> dict[str, Any]:
    """The checked contents of a .kdx: the records of register.json, and under ``"files"`` the
    attached files by hash. Raises ExchangeProblem naming what is wrong."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExchangeProblem(f"{path.name} cannot be read: {error.strerror}") from error
    if size > MAX_FILE_BYTES:
        raise ExchangeProblem(f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB")
    try:
        archive = zipfile.ZipFile(path)
    except _UNREADABLE as error:
        raise ExchangeProblem(
            f"{path.name} is not a Kerjasama Desk exchange file (.kdx): {error}"
        ) from error
    with archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        strange = [n for n in names if n not in ENTRIES and not _FILE_ENTRY.fullmatch(n)]
        if strange or len(set(names)) != len(names) or not set(ENTRIES) <= set(names):
            strange = strange or ["(entries missing or repeated)"]
            raise ExchangeProblem(f"{path.name} holds unexpected entries: {', '.join(strange[:5])}")
        if len(names) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise ExchangeProblem(f"{path.name} is too large to unpack")
        contents: dict[str, bytes] = {}
        for info in infos:
            if info.file_size > MAX_ENTRY_BYTES or (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO
            ):
                raise ExchangeProblem(f"{path.name}: {info.filename} is too large to unpack")
            try:
                with archive.open(info) as entry:
                    data = entry.read(MAX_ENTRY_BYTES + 1)
            except _UNREADABLE as error:
                raise ExchangeProblem(
                    f"{path.name}: {info.filename} is damaged: {error}"
                ) from error
            if len(data) > MAX_ENTRY_BYTES:
                raise ExchangeProblem(f"{path.name}: {info.filename} is too large to unpack")
            contents[info.filename] = data
    manifest = _json(contents["manifest.json"], "manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExchangeProblem(f"{path.name} is not a Kerjasama Desk exchange file")
    version = manifest.get("version")
    if version not in READABLE_VERSIONS:
        raise ExchangeProblem(
            f"{path.name} is of exchange version {version!r}; this app reads "
            f"versions up to {VERSION}. Update the app that reads it."
        )
    listed = manifest.get("files")
    if not isinstance(listed, dict):
        listed = {}
    for name, data in contents.items():
        if name == "manifest.json":
            continue
        expected = _FILE_ENTRY.fullmatch(name)
        digest = hashlib.sha256(data).hexdigest()
        if digest != listed.get(name) or (expected and digest != expected.group(1)):
            raise ExchangeProblem(
                f"{path.name}: {name} does not match its SHA-256 in the "
                "manifest (the file was changed or damaged on the way)"
            )
    body = _json(contents["register.json"], "register.json")
    if isinstance(body, dict) and version == 1:
        body.setdefault("attachments", [])  # version 1 had none
    if isinstance(body, dict) and version in (1, 2):
        body.setdefault("commitments", [])  # nor had versions 1 and 2
    files = {
        name[len("files/") :]: data for name, data in contents.items() if name.startswith("files/")
    }
    problems = validate(body, files)
    if problems:
        raise ExchangeProblem(f"{path.name}: " + "; ".join(problems[:10]))
    assert isinstance(body, dict)  # validate() says so
    body["files"] = files
    return body


def _json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ExchangeProblem(f"{name} is not valid JSON: {error}") from error


_Check = Callable[[Any], bool]


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= 20_000


def _is_uuid(value: Any) -> bool:
    """A record's identity across registers: never empty (an empty one would get a new UUID on
    every import, and the record would be duplicated each time)."""
    return isinstance(value, str) and 0 < len(value.strip()) and len(value) <= 100


def _is_optional_text(value: Any) -> bool:
    return value is None or _is_text(value)


def _is_date(value: Any) -> bool:
    if value is None:
        return True
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _one_of(values: Any) -> _Check:
    allowed = {str(v) for v in values}
    return lambda value: value in allowed


def _optional(check: _Check) -> _Check:
    return lambda value: value is None or check(value)


_FIELDS: Mapping[str, Mapping[str, _Check]] = {
    "officers": {
        "uuid": _is_uuid,
        "name": _is_text,
        "nip": _is_text,
        "position": _is_text,
        "unit": _is_text,
        "status": _one_of(OfficerStatus),
    },
    "partners": {
        "uuid": _is_uuid,
        "name": _is_text,
        "native_name": _is_text,
        "country": _is_text,
        "region": _is_text,
        "level": _one_of(PartnerLevel),
        "population": lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool)),
        "characteristics": lambda v: (
            isinstance(v, list) and all(c in {str(x) for x in Characteristic} for c in v)
        ),
        "website": _is_text,
        "notes": _is_text,
        "contacts": lambda v: (
            isinstance(v, list)
            and all(
                isinstance(c, dict)
                and all(
                    _is_text(c.get(k, ""))
                    for k in ("person", "title", "organisation", "email", "phone", "languages")
                )
                for c in v
            )
        ),
    },
    "agreements": {
        "uuid": _is_uuid,
        "partner": _is_text,
        "kind": _one_of(AgreementKind),
        "parent": _is_optional_text,
        "title_id": _is_text,
        "title_en": _is_text,
        "our_number": _is_text,
        "partner_number": _is_text,
        "stage": _one_of(AgreementStage),
        "initiated_on": _is_date,
        "signed_on": _is_date,
        "effective_on": _is_date,
        "expires_on": _is_date,
        "open_ended": lambda v: isinstance(v, bool),
        "fields": lambda v: (
            isinstance(v, list)
            and all(
                isinstance(f, dict)
                and _optional(_one_of(CooperationField))(f.get("code"))
                and _is_text(f.get("custom_id", ""))
                and _is_text(f.get("custom_en", ""))
                for f in v
            )
        ),
        "responsible": _is_optional_text,
        "deputy": _is_optional_text,
        "notes": _is_text,
    },
    "activities": {
        "uuid": _is_uuid,
        "agreement": _is_text,
        "happened_on": _is_date,
        "field": _optional(_one_of(CooperationField)),
        "kind": _is_text,
        "description": _is_text,
        "participants": _is_text,
        "outcome": _is_text,
    },
    "commitments": {
        "uuid": _is_uuid,
        "agreement": _is_text,
        "title": lambda v: _is_text(v) and bool(v.strip()),
        "owner": _is_optional_text,
        "due_on": lambda v: v is not None and _is_date(v),
        "status": _one_of(CommitmentStatus),
        "done_on": _is_date,
        "evidence": _is_text,
        "source": _one_of(CommitmentSource),
        "field": _optional(_one_of(CooperationField)),
        "notes": _is_text,
    },
    "attachments": {
        "uuid": _is_uuid,
        "agreement": _is_text,
        "sha256": is_hash,
        "name": lambda v: _is_text(v) and 0 < len(v) <= 255,
        "size": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
        "description": _is_text,
        "created_at": _is_text,
    },
    "drafts": {
        "uuid": _is_uuid,
        "template_id": _is_text,
        "title": _is_text,
        "partner": _is_optional_text,
        "agreement": _is_optional_text,
        "versions": lambda v: (
            isinstance(v, list)
            and all(
                isinstance(x, dict)
                and isinstance(x.get("number"), int)
                and isinstance(x.get("answers"), dict)
                and isinstance(x.get("languages"), list)
                for x in v
            )
        ),
    },
}


def validate(body: Any, files: Mapping[str, bytes] | None = None) -> list[str]:
    """Every problem with the records' shape (types, vocabularies, references); each attachment
    must come with its file, of the size it states."""
    if not isinstance(body, dict):
        return ["register.json is not an object"]
    problems: list[str] = []
    uuids: dict[str, set[str]] = {}
    for kind in KINDS:
        records = body.get(kind)
        if not isinstance(records, list):
            problems.append(f"'{kind}' is missing or not a list")
            continue
        seen: set[str] = set()
        for number, record in enumerate(records, 1):
            if not isinstance(record, dict):
                problems.append(f"{kind} {number} is not an object")
                continue
            for name, check in _FIELDS[kind].items():
                try:
                    ok = check(record.get(name))
                except (TypeError, ValueError, AttributeError):
                    ok = False
                if not ok:
                    problems.append(f"{kind} {number}: '{name}' is missing or not valid")
            uuid = record.get("uuid")
            if isinstance(uuid, str):
                if uuid in seen:
                    problems.append(f"{kind} {number}: uuid {uuid} appears twice")
                seen.add(uuid)
        uuids[kind] = seen
    if problems:
        return problems
    references = (
        ("agreements", "partner", "partners"),
        ("agreements", "parent", "agreements"),
        ("agreements", "responsible", "officers"),
        ("agreements", "deputy", "officers"),
        ("activities", "agreement", "agreements"),
        ("commitments", "agreement", "agreements"),
        ("commitments", "owner", "officers"),
        ("drafts", "partner", "partners"),
        ("drafts", "agreement", "agreements"),
        ("attachments", "agreement", "agreements"),
    )
    for kind, name, target in references:
        for number, record in enumerate(body[kind], 1):
            value = record.get(name)
            if value is not None and value not in uuids[target]:
                problems.append(f"{kind} {number}: '{name}' refers to no record in the file")
    files = files or {}
    for number, record in enumerate(body["attachments"], 1):
        content = files.get(record["sha256"])
        if content is None:
            problems.append(f"attachments {number}: its file is not in the .kdx")
        elif len(content) != record["size"]:
            problems.append(f"attachments {number}: its file is not of the size it states")
    return problems


# Import --------------------------------------------------------------------------------------


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _officer(record: Mapping[str, Any]) -> Officer:
    return Officer(
        uuid=record["uuid"],
        name=record["name"],
        nip=record["nip"],
        position=record["position"],
        unit=record["unit"],
        status=OfficerStatus(record["status"]),
    )


def _partner(record: Mapping[str, Any]) -> Partner:
    return Partner(
        uuid=record["uuid"],
        name=record["name"],
        native_name=record["native_name"],
        country=record["country"],
        region=record["region"],
        level=PartnerLevel(record["level"]),
        population=record["population"],
        characteristics=[Characteristic(c) for c in record["characteristics"]],
        website=record["website"],
        notes=record["notes"],
        contacts=[
            Contact(
                person=str(c.get("person", "")),
                title=str(c.get("title", "")),
                organisation=str(c.get("organisation", "")),
                email=str(c.get("email", "")),
                phone=str(c.get("phone", "")),
                languages=str(c.get("languages", "")),
            )
            for c in record["contacts"]
        ],
    )


def _same(a: Any, b: Any, ignore: tuple[str, ...]) -> bool:
    left, right = asdict(a), asdict(b)
    for name in ignore:
        left.pop(name, None)
        right.pop(name, None)
    return bool(left == right)


_BOOKKEEPING = ("id", "created_at", "updated_at")


def merge(
    service: RegisterService,
    body: Mapping[str, Any],
    *,
    dry_run: bool = False,
    store: FileStore | None = None,
) -> Plan:
    """Adds and updates records by UUID, all in one transaction (rolled back for ``dry_run``
    and on any problem); returns what it did (or would do). Attached files go into the data
    folder's store; the ones a rolled-back import stored are removed again."""
    register = service.register
    plan = Plan()
    stored: list[str] = []  # files this import put in the store

    def count(kind: str, existing: int | None, unchanged: bool) -> None:
        bucket = plan.unchanged if unchanged else (plan.updated if existing else plan.added)
        bucket[kind] += 1

    class _Rollback(Exception):
        pass

    try:
        with register.transaction():
            ids: dict[tuple[str, str], int] = {}
            for record in body["officers"]:
                officer = _officer(record)
                existing = register.id_of("officers", officer.uuid or "")
                same = existing is not None and _same(
                    service.officer(existing), replace(officer, id=existing), _BOOKKEEPING
                )
                count("officers", existing, same)
                ids[("officers", officer.uuid or "")] = (
                    existing
                    if same and existing
                    else (service.save_officer(replace(officer, id=existing)))
                )
            for record in body["partners"]:
                partner = _partner(record)
                existing = register.id_of("partners", partner.uuid or "")
                same = False
                if existing is not None:
                    current = service.partner(existing)
                    same = _same(
                        replace(current, contacts=[]),
                        replace(partner, id=existing, contacts=[]),
                        _BOOKKEEPING,
                    ) and [
                        (c.person, c.title, c.organisation, c.email, c.phone, c.languages)
                        for c in current.contacts
                    ] == [
                        (c.person, c.title, c.organisation, c.email, c.phone, c.languages)
                        for c in partner.contacts
                    ]
                count("partners", existing, same)
                if not same:
                    if existing is not None:
                        partner = replace(
                            partner,
                            id=existing,
                            contacts=[replace(c, uuid=None) for c in partner.contacts],
                        )
                    existing = service.save_partner(partner)
                ids[("partners", record["uuid"])] = int(existing or 0)
            for record in body["agreements"]:
                existing = register.id_of("agreements", record["uuid"])
                agreement = Agreement(
                    id=existing,
                    uuid=record["uuid"],
                    partner_id=ids[("partners", record["partner"])],
                    kind=AgreementKind(record["kind"]),
                    parent_id=ids.get(("agreements", record["parent"] or "")),
                    title_id=record["title_id"],
                    title_en=record["title_en"],
                    our_number=record["our_number"],
                    partner_number=record["partner_number"],
                    stage=AgreementStage(record["stage"]),
                    initiated_on=_date(record["initiated_on"]),
                    signed_on=_date(record["signed_on"]),
                    effective_on=_date(record["effective_on"]),
                    expires_on=_date(record["expires_on"]),
                    open_ended=record["open_ended"],
                    fields=[
                        FieldChoice(
                            standard=CooperationField(f["code"]) if f.get("code") else None,
                            custom_id=f.get("custom_id", ""),
                            custom_en=f.get("custom_en", ""),
                        )
                        for f in record["fields"]
                    ],
                    responsible_officer_id=ids.get(("officers", record["responsible"] or "")),
                    deputy_officer_id=ids.get(("officers", record["deputy"] or "")),
                    notes=record["notes"],
                )
                same = existing is not None and _same(
                    service.agreement(existing), agreement, _BOOKKEEPING
                )
                count("agreements", existing, same)
                ids[("agreements", record["uuid"])] = (
                    existing if same and existing else (service.save_agreement(agreement))
                )
            for record in body["agreements"]:  # links to parents listed after their child
                if record["parent"]:
                    child = service.agreement(ids[("agreements", record["uuid"])])
                    parent_id = ids[("agreements", record["parent"])]
                    if child.parent_id != parent_id:
                        service.save_agreement(replace(child, parent_id=parent_id))
            activities = []
            for record in body["activities"]:
                existing = register.id_of("activities", record["uuid"])
                count("activities", existing, existing is not None)
                if existing is None:
                    activities.append(
                        Activity(
                            uuid=record["uuid"],
                            agreement_id=ids[("agreements", record["agreement"])],
                            happened_on=_date(record["happened_on"]),
                            field=CooperationField(record["field"]) if record["field"] else None,
                            kind=record["kind"],
                            description=record["description"],
                            participants=record["participants"],
                            outcome=record["outcome"],
                        )
                    )
            if activities:
                register.activities.insert_many(activities)
            for record in body["commitments"]:
                # As recorded where it came from (an open one may rest with an officer since
                # transferred there: the dashboard shows it for handover).
                existing = register.id_of("commitments", record["uuid"])
                item = Commitment(
                    id=existing,
                    uuid=record["uuid"],
                    agreement_id=ids[("agreements", record["agreement"])],
                    title=record["title"],
                    owner_id=ids.get(("officers", record["owner"] or "")),
                    due_on=_date(record["due_on"]),
                    status=CommitmentStatus(record["status"]),
                    done_on=_date(record["done_on"]),
                    evidence=record["evidence"],
                    source=CommitmentSource(record["source"]),
                    field=CooperationField(record["field"]) if record["field"] else None,
                    notes=record["notes"],
                )
                held = register.commitments.get(existing) if existing else None
                same = held is not None and _same(held, item, ())
                count("commitments", existing, same)
                if held is None:
                    register.commitments.insert(item)
                elif not same:
                    register.commitments.update(item)
            for record in body["drafts"]:
                existing = register.id_of("drafts", record["uuid"])
                known = set(register.drafts.version_numbers(existing)) if existing else set()
                new_versions = [v for v in record["versions"] if v["number"] not in known]
                count("drafts", existing, existing is not None and not new_versions)
                if existing is None:
                    existing = register.drafts.insert(
                        Draft(
                            uuid=record["uuid"],
                            template_id=record["template_id"],
                            title=record["title"],
                            partner_id=ids.get(("partners", record["partner"] or "")),
                            agreement_id=ids.get(("agreements", record["agreement"] or "")),
                        )
                    )
                for version in sorted(new_versions, key=lambda v: v["number"]):
                    register.drafts.add_version(
                        existing,
                        template_version=int(version.get("template_version", 1)),
                        languages=[str(x) for x in version["languages"]],
                        answers=version["answers"],
                        author=str(version.get("author", "")),
                        partner_texts=dict(version.get("partner_texts") or {}),
                    )
            files: Mapping[str, bytes] = body.get("files") or {}
            for record in body["attachments"]:
                existing = register.id_of("attachments", record["uuid"])
                attachment = Attachment(
                    id=existing,
                    uuid=record["uuid"],
                    agreement_id=ids[("agreements", record["agreement"])],
                    sha256=record["sha256"],
                    name=record["name"],
                    size=record["size"],
                    description=record["description"],
                    created_at=record["created_at"],
                )
                kept = register.attachments.get(existing) if existing else None
                same = kept is not None and _same(kept, attachment, ("created_at",))
                count("attachments", existing, same)
                if same or dry_run:
                    continue
                store = store or default_store()
                sha256, new = store.put_bytes(files[record["sha256"]])
                if new:
                    stored.append(sha256)
                if kept is None:
                    register.attachments.insert(attachment)
                else:
                    register.attachments.update(attachment)
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    except ValidationFailed as error:
        _discard(store, stored)
        messages = "; ".join(e.render() for e in error.errors[:5])
        raise ExchangeProblem(f"a record does not pass the register's rules: {messages}") from error
    except BaseException:
        _discard(store, stored)
        raise
    return plan


def _discard(store: FileStore | None, hashes: list[str]) -> None:
    for sha256 in hashes:
        if store is not None:
            store.discard(sha256)


def import_file(service: RegisterService, path: Path, *, dry_run: bool = False) -> Plan:
    """Checks and merges ``path``; all or nothing."""
    return merge(service, read(path), dry_run=dry_run)
