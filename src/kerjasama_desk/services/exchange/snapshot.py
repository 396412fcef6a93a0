"""The register (or chosen agreements with what they refer to) as the records of a .kdx, and
writing it."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kerjasama_desk import __version__
from kerjasama_desk.atomic import write_atomically
from kerjasama_desk.domain.errors import AttachmentProblem
from kerjasama_desk.domain.progress import Ticker
from kerjasama_desk.services.attachments import FileStore, default_store
from kerjasama_desk.services.exchange.fileformat import (
    FORMAT,
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_FILE_BYTES,
    MAX_TOTAL_BYTES,
    VERSION,
    ExchangeProblem,
)
from kerjasama_desk.services.exchange.records import MERGED, record_key
from kerjasama_desk.services.exchange.validation import KINDS
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.registers import open_service


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


def snapshot(
    service: RegisterService,
    agreement_ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """The register (or the agreements chosen, with what they refer to: the agreements they
    follow from, partners, officers, activities, drafts) as plain data, records referring to
    each other by UUID. ``progress``/``stop``: as for every long job (``Stopped``)."""
    register = service.register
    counted = register.counts()
    ticker = Ticker(counted.partners + counted.agreements + counted.officers, progress, stop)
    chosen: tuple[set[int], set[int], set[int]] | None = None
    if agreement_ids is not None:
        chosen = _selection(service, agreement_ids)

    def wanted(kind: int, record_id: int) -> bool:
        return chosen is None or record_id in chosen[kind]

    uuids: dict[tuple[str, int], str] = {}
    officers = []
    for officer_id in (i for i in register.ids("officers") if wanted(2, i)):
        ticker.tick()
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
        ticker.tick()
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
        ticker.tick()
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
                    "evidence": None,  # set below, once the attachments have their UUIDs
                    "_evidence_id": activity.evidence_id,
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
                        "uuid": v.uuid,
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
    attachment_uuids = register.uuids("attachments", register.ids("attachments"))
    for activity_record in activities:
        evidence_id = activity_record.pop("_evidence_id")
        activity_record["evidence"] = (
            attachment_uuids.get(int(evidence_id)) if evidence_id else None
        )
    data: dict[str, Any] = {
        "officers": officers,
        "partners": partners,
        "agreements": agreements,
        "activities": activities,
        "commitments": commitments,
        "drafts": drafts,
        "attachments": attachments,
        **_work_records(service, chosen, uuids, attachment_uuids),
    }
    _bookkeeping(register, data)
    return data


def _work_records(
    service: RegisterService,
    chosen: tuple[set[int], set[int], set[int]] | None,
    uuids: dict[tuple[str, int], str],
    attachment_uuids: dict[int, str],
) -> dict[str, list[dict[str, Any]]]:
    """Trips, checklist records and overrides, handovers, and (for the whole register) the legal
    parameters and the translation memory: rows whose ids become the UUIDs they refer to."""
    rows = service.register.exchange.rows
    agreements = chosen[0] if chosen is not None else None

    def agreement(row: dict[str, Any]) -> str:
        return uuids[("agreements", int(row["agreement_id"]))]

    trips = [
        {
            "uuid": r["uuid"],
            "agreement": agreement(r),
            "purpose": r["purpose"],
            "destination": r["destination"],
            "departs_on": r["departs_on"],
            "returns_on": r["returns_on"],
            "delegation": json.loads(r["delegation"] or "[]"),
            "requested_on": r["requested_on"],
            "terms_of_reference": r["terms_of_reference"],
            "follow_up_plan": r["follow_up_plan"],
            "host_confirmed": bool(r["host_confirmed"]),
            "status": r["status"],
            "rules": r["rules"],
            "notes": r["notes"],
        }
        for r in rows("trips", agreements)
    ]
    checklists = [
        {
            "agreement": agreement(r),
            "code": r["code"],
            "done": bool(r["done"]),
            "reference": r["reference"],
            "dated": r["dated"],
            "attachment": attachment_uuids.get(r["attachment_id"]) if r["attachment_id"] else None,
            "note": r["note"],
        }
        for r in rows("gate_records", agreements)
    ]
    overrides = [
        {
            "agreement": agreement(r),
            "from_stage": r["from_stage"],
            "to_stage": r["to_stage"],
            "missing": json.loads(r["missing"] or "[]"),
            "reason": r["reason"],
            "who": r["who"],
            "at": r["at"],
        }
        for r in rows("gate_overrides", agreements)
    ]
    officers = chosen[2] if chosen is not None else None
    handovers = [
        {
            "uuid": r["uuid"],
            "officer": uuids[("officers", int(r["officer_id"]))],
            "handed_on": r["handed_on"],
            "items": json.loads(r["items"] or "[]"),
            "note": r["note"],
            "recorded_by": r["recorded_by"],
            "created_at": r["created_at"],
        }
        for r in rows("handovers")
        if officers is None or int(r["officer_id"]) in officers
    ]
    whole = chosen is None
    parameters = (
        [{"key": r["key"], "value": r["value"]} for r in rows("parameters")] if whole else []
    )
    memory = (
        [
            {
                "key": r["key"],
                "text_id": r["text_id"],
                "text_en": r["text_en"],
                "uses": r["uses"],
                "updated_at": r["updated_at"],
            }
            for r in rows("translation_memory")
        ]
        if whole
        else []
    )
    return {
        "trips": trips,
        "checklists": checklists,
        "overrides": overrides,
        "handovers": handovers,
        "parameters": parameters,
        "memory": memory,
    }


def _bookkeeping(register: Any, data: dict[str, Any]) -> None:
    """Each record of a kind merged record by record gets the time it was last changed here and
    the hash both registers agreed on at the last exchange (None: never exchanged)."""
    tables = {
        "officers": "officers",
        "partners": "partners",
        "agreements": "agreements",
        "activities": "activities",
        "commitments": "commitments",
        "attachments": "attachments",
        "drafts": "drafts",
        "trips": "trips",
    }
    for kind in MERGED:
        bases = register.exchange.bases(kind)
        changed: dict[str, str] = {}
        if kind in tables:
            by_id = register.updated_at(tables[kind])
            changed = {
                uuid: by_id[record_id]
                for record_id, uuid in register.uuids(tables[kind], by_id).items()
            }
        for record in data[kind]:
            key = record_key(kind, record)
            record["updated_at"] = changed.get(key)
            record["base"] = bases.get(key)


def _too_large(what: str) -> str:
    """Why an export was not written: the import's limits (one rule for both) would refuse it."""
    return (
        f"The exchange file would be larger than an import accepts ({MAX_FILE_BYTES // 2**20} MB, "
        f"{MAX_ENTRIES} files), because of {what}. Export fewer agreements at a time (choose "
        "them in the list). Nothing was written"
    )


def export_register_file(
    register: Path,
    path: Path,
    agreement_ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """:func:`export_register` on its own read-only connection to the register at
    ``register``, for a worker thread beside the window's connection."""
    service = open_service(register, read_only=True)
    try:
        return export_register(service, path, agreement_ids, progress=progress, stop=stop)
    finally:
        service.close()


def export_register(
    service: RegisterService,
    path: Path,
    agreement_ids: list[int] | None = None,
    store: FileStore | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Writes the register (or the chosen agreements with what they refer to) to ``path`` (a
    .kdx), with every attached file, whole or not at all (``stop`` raises Stopped before
    anything is written); returns the counts. Raises AttachmentProblem when an attached file
    is missing or damaged in the data folder."""
    data = snapshot(service, agreement_ids, progress, stop)
    body = json.dumps(
        {"format": FORMAT, "version": VERSION, **data},
        ensure_ascii=False,
        separators=(",", ":"),  # compact: a big register stays within the import's limits
    ).encode("utf-8")
    counts = {kind: len(data[kind]) for kind in KINDS}
    hashes = {"register.json": hashlib.sha256(body).hexdigest()}
    store = store or (default_store() if data["attachments"] else None)
    if len(body) > MAX_ENTRY_BYTES:
        raise ExchangeProblem(_too_large(f"its records ({len(body) // 2**20} MB)"))
    buffer = io.BytesIO()
    unpacked = len(body)
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
            unpacked += len(content)
            if len(hashes) + 2 > MAX_ENTRIES or unpacked > MAX_TOTAL_BYTES:
                raise ExchangeProblem(_too_large("its attached files"))
            # Stored as they are: attached files are mostly compressed already, and a file that
            # compresses too well (a blank scan) would look like a zip bomb to the import.
            archive.writestr(name, content, compress_type=zipfile.ZIP_STORED)
            hashes[name] = record["sha256"]
            if buffer.tell() > MAX_FILE_BYTES:
                raise ExchangeProblem(_too_large("its attached files"))
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "app": __version__,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": hashes,
            "counts": counts,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=1))
    if buffer.tell() > MAX_FILE_BYTES:
        raise ExchangeProblem(_too_large("its attached files"))
    write_atomically(path, buffer.getvalue())
    return counts
