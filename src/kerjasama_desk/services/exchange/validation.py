"""The fields of every kind of record in a .kdx and their checks: a file is refused before any
record of it is merged."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from kerjasama_desk.domain.gates import CHECKLISTS
from kerjasama_desk.domain.parameters import PARAMETERS
from kerjasama_desk.domain.travel import RULES
from kerjasama_desk.domain.vocab import (
    AgreementKind,
    AgreementStage,
    Characteristic,
    CommitmentSource,
    CommitmentStatus,
    CooperationField,
    OfficerStatus,
    PartnerLevel,
    TripStatus,
)
from kerjasama_desk.services.attachments import is_hash

KINDS = (
    "officers",
    "partners",
    "agreements",
    "activities",
    "commitments",
    "drafts",
    "attachments",
    # version 4
    "trips",
    "checklists",
    "overrides",
    "handovers",
    "parameters",
    "memory",
)
V4_KINDS = KINDS[7:]
MAX_PROBLEMS = 100  # validation stops here: the file is refused anyway
MAX_RECORDS = 200_000  # of one kind; more is not a register's work but a hostile file


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


def _is_given_date(value: Any) -> bool:
    return value is not None and _is_date(value)


def _one_of(values: Any) -> _Check:
    allowed = {str(v) for v in values}
    return lambda value: value in allowed


def _optional(check: _Check) -> _Check:
    return lambda value: value is None or check(value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53


def _is_texts(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= 1000 and all(_is_text(v) for v in value)


def _is_version(value: Any) -> bool:
    """One saved version of a draft."""
    return (
        isinstance(value, dict)
        and _is_int(value.get("number"))
        and _is_int(value.get("template_version", 1))
        and isinstance(value.get("answers"), dict)
        and _is_texts(value.get("languages"))
        and _is_text(value.get("author", ""))
        and _is_text(value.get("created_at", ""))
        and _is_optional_text(value.get("uuid"))
        and isinstance(value.get("partner_texts") or {}, dict)
        and all(_is_text(k) and _is_text(v) for k, v in (value.get("partner_texts") or {}).items())
    )


def _is_handover_item(value: Any) -> bool:
    """One line of a handover as the dossier shows it: what, in which role, to whom."""
    return (
        isinstance(value, dict)
        and value.get("kind") in ("responsible", "deputy", "commitment")
        and _is_text(value.get("title"))
        and _is_text(value.get("successor", ""))
    )


_GATE_CODES = frozenset(item.code for item in CHECKLISTS)
_PARAMETER_KEYS = frozenset(p.key for p in PARAMETERS)


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
        "happened_on": _is_given_date,
        "field": _optional(_one_of(CooperationField)),
        "kind": _is_text,
        "description": _is_text,
        "participants": _is_text,
        "outcome": _is_text,
        "evidence": _is_optional_text,
    },
    "commitments": {
        "uuid": _is_uuid,
        "agreement": _is_text,
        "title": lambda v: _is_text(v) and bool(v.strip()),
        "owner": _is_optional_text,
        "due_on": _is_given_date,
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
        "versions": lambda v: isinstance(v, list) and all(_is_version(x) for x in v),
    },
    "trips": {
        "uuid": _is_uuid,
        "agreement": _is_text,
        "purpose": _is_text,
        "destination": _is_text,
        "departs_on": _is_given_date,
        "returns_on": _is_given_date,
        "delegation": lambda v: isinstance(v, list) and len(v) <= 1000,
        "requested_on": _is_date,
        "terms_of_reference": _is_text,
        "follow_up_plan": _is_text,
        "host_confirmed": lambda v: isinstance(v, bool),
        "status": _one_of(TripStatus),
        "rules": _one_of(RULES),
        "notes": _is_text,
    },
    "checklists": {
        "agreement": _is_text,
        "code": lambda v: v in _GATE_CODES,
        "done": lambda v: isinstance(v, bool),
        "reference": _is_text,
        "dated": _is_date,
        "attachment": _is_optional_text,
        "note": _is_text,
    },
    "overrides": {
        "agreement": _is_text,
        "from_stage": _one_of(AgreementStage),
        "to_stage": _one_of(AgreementStage),
        "missing": _is_texts,
        "reason": lambda v: _is_text(v) and bool(v.strip()),
        "who": _is_text,
        "at": lambda v: _is_text(v) and bool(v),
    },
    "handovers": {
        "uuid": _is_uuid,
        "officer": _is_text,
        "handed_on": _is_given_date,
        "items": lambda v: (
            isinstance(v, list) and len(v) <= 10_000 and all(_is_handover_item(i) for i in v)
        ),
        "note": _is_text,
        "recorded_by": _is_text,
        "created_at": _is_text,
    },
    "parameters": {
        "key": lambda v: v in _PARAMETER_KEYS,
        "value": _is_int,
    },
    "memory": {
        "key": lambda v: _is_text(v) and bool(v),
        "text_id": _is_text,
        "text_en": _is_text,
        "uses": _is_int,
        "updated_at": _is_text,
    },
}
# Fields a record of an older file may lack (filled from the register's own record).
_OPTIONAL = {("activities", "evidence")}
# What keeps records of a kind apart in one file (besides a UUID).
_KEYS = {
    "checklists": ("agreement", "code"),
    "overrides": ("agreement", "from_stage", "to_stage", "at"),
    "parameters": ("key",),
    "memory": ("key",),
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
            return [f"'{kind}' is missing or not a list"]  # structural: stop at once
        if len(records) > MAX_RECORDS:
            return [f"'{kind}' holds more than {MAX_RECORDS} records"]
        seen: set[str] = set()
        for number, record in enumerate(records, 1):
            if not isinstance(record, dict):
                return [f"{kind} {number} is not an object"]
            for name in ("base", "updated_at"):  # version 4's bookkeeping, where a kind has it
                if not _is_optional_text(record.get(name)) or len(record.get(name) or "") > 100:
                    problems.append(f"{kind} {number}: '{name}' is not valid")
            for name, check in _FIELDS[kind].items():
                if name not in record and (kind, name) in _OPTIONAL:
                    continue
                try:
                    ok = check(record.get(name))
                except (TypeError, ValueError, AttributeError, RecursionError):
                    ok = False
                if not ok:
                    problems.append(f"{kind} {number}: '{name}' is missing or not valid")
            uuid = record.get("uuid")
            if kind in _KEYS:
                parts = [record.get(k) for k in _KEYS[kind]]
                uuid = "/".join(str(p) for p in parts) if all(parts) else None
            if isinstance(uuid, str):
                if uuid in seen:
                    problems.append(f"{kind} {number}: {uuid} appears twice")
                seen.add(uuid)
            if len(problems) >= MAX_PROBLEMS:
                return problems[:MAX_PROBLEMS]
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
        ("activities", "evidence", "attachments"),
        ("trips", "agreement", "agreements"),
        ("checklists", "agreement", "agreements"),
        ("checklists", "attachment", "attachments"),
        ("overrides", "agreement", "agreements"),
        ("handovers", "officer", "officers"),
    )
    for kind, name, target in references:
        for number, record in enumerate(body[kind], 1):
            value = record.get(name)
            if value is not None and value not in uuids[target]:
                problems.append(f"{kind} {number}: '{name}' refers to no record in the file")
                if len(problems) >= MAX_PROBLEMS:
                    return problems
    files = files or {}
    for number, record in enumerate(body["attachments"], 1):
        content = files.get(record["sha256"])
        if content is None:
            problems.append(f"attachments {number}: its file is not in the .kdx")
        elif len(content) != record["size"]:
            problems.append(f"attachments {number}: its file is not of the size it states")
    return problems
