"""How exchange version 4 tells records apart and compares them (docs/exchange.md):

- each record has a key: its UUID, or for rows without one what makes them unique (a checklist
  record: its agreement and item; a parameter or a translation: its key);
- its content hash covers what it says, not when it was changed nor the exchange's bookkeeping;
- :func:`decide` says what an import does with it, from both registers' hashes and the bases.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

# Kinds merged record by record, a change on both sides since the last exchange a conflict.
MERGED = (
    "officers",
    "partners",
    "agreements",
    "attachments",
    "activities",
    "commitments",
    "drafts",
    "trips",
    "checklists",
    "parameters",
)
# Kinds only ever added to (a record of what happened), never changed by an import.
APPENDED = ("handovers", "overrides")

# Not part of what a record says.
_BOOKKEEPING = frozenset({"base", "updated_at"})

Decision = Literal["add", "same", "ours", "theirs", "conflict"]


def record_key(kind: str, record: Mapping[str, Any]) -> str:
    if kind == "checklists":
        return f"{record['agreement']}/{record['code']}"
    if kind == "overrides":
        return f"{record['agreement']}/{record['from_stage']}/{record['to_stage']}/{record['at']}"
    if kind in ("parameters", "memory"):
        return str(record["key"])
    return str(record["uuid"])


def content(kind: str, record: Mapping[str, Any], keys: Iterable[str] | None = None) -> Any:
    """What the record says (only ``keys``, when given: the fields an older file carries)."""
    left_out = _BOOKKEEPING | ({"versions"} if kind == "drafts" else set())
    wanted = set(keys) if keys is not None else None
    return {
        k: v for k, v in record.items() if k not in left_out and (wanted is None or k in wanted)
    }


def content_hash(kind: str, record: Mapping[str, Any], keys: Iterable[str] | None = None) -> str:
    text = json.dumps(
        content(kind, record, keys), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decide(
    kind: str,
    theirs: Mapping[str, Any],
    ours: Mapping[str, Any] | None,
    our_base: str | None,
    *,
    with_bases: bool,
) -> tuple[Decision, str]:
    """What to do with ``theirs`` given ``ours`` (None: we have no such record) and the hash we
    agreed on at the last exchange; also returns their hash. A record changed only on their side
    is taken; changed only on ours, kept; changed on both, a conflict. ``with_bases``: the file
    says what each side agreed on (version 4); an older file's records are compared on the
    fields it carries, and without bases a difference is a conflict unless ours is unchanged
    since our last exchange."""
    keys = None if with_bases else list(theirs)
    their_hash = content_hash(kind, theirs, keys)
    if ours is None:
        return "add", their_hash
    our_hash = content_hash(kind, ours, keys)
    if our_hash == their_hash:
        return "same", their_hash
    their_base = theirs.get("base") if with_bases else None
    full_ours = content_hash(kind, ours)
    theirs_changed = their_hash not in (their_base, our_base)
    ours_changed = full_ours != our_base and our_hash != their_base
    if not theirs_changed:
        return "ours", their_hash
    if not ours_changed:
        return "theirs", their_hash
    return "conflict", their_hash


def differing(kind: str, theirs: Mapping[str, Any], ours: Mapping[str, Any]) -> list[str]:
    """The fields whose values differ (those the file carries)."""
    mine = content(kind, ours)
    return sorted(k for k, v in content(kind, theirs).items() if mine.get(k) != v)


def label(kind: str, record: Mapping[str, Any]) -> str:
    """A record as an officer knows it, for a conflict list."""
    describe: dict[str, Callable[[Mapping[str, Any]], Any]] = {
        "officers": lambda r: r.get("name"),
        "partners": lambda r: f"{r.get('name')} ({r.get('country')})",
        "agreements": lambda r: r.get("title_en") or r.get("title_id"),
        "attachments": lambda r: r.get("name"),
        "activities": lambda r: f"{r.get('happened_on')} {str(r.get('description'))[:60]}",
        "commitments": lambda r: r.get("title"),
        "drafts": lambda r: r.get("title") or r.get("template_id"),
        "trips": lambda r: f"{r.get('destination')} {r.get('departs_on')}",
        "checklists": lambda r: r.get("code"),
        "parameters": lambda r: r.get("key"),
    }
    text = describe[kind](record) if kind in describe else record_key(kind, record)
    return " ".join(str(text or "").split())


# The fields of each kind that refer to another record, and its kind.
REFERENCES: dict[str, dict[str, str]] = {
    "agreements": {
        "partner": "partners",
        "parent": "agreements",
        "responsible": "officers",
        "deputy": "officers",
    },
    "activities": {"agreement": "agreements", "evidence": "attachments"},
    "commitments": {"agreement": "agreements", "owner": "officers"},
    "attachments": {"agreement": "agreements"},
    "drafts": {"partner": "partners", "agreement": "agreements"},
    "trips": {"agreement": "agreements"},
    "checklists": {"agreement": "agreements", "attachment": "attachments"},
    "overrides": {"agreement": "agreements"},
    "handovers": {"officer": "officers"},
}


def _words(value: Any) -> str:
    return " ".join(str(value or "").casefold().split())


# What makes two records of a kind, recorded separately in two registers, the same record once
# the records they belong to are known to be the same (a partner both offices recorded, and the
# MoU, its commitments and activities both recorded under it). None: never matched this way.
_NATURAL: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "officers": lambda r: (_words(r.get("name")), _words(r.get("nip"))),
    "agreements": lambda r: (r.get("partner"), r.get("kind"), _words(r.get("title_id"))),
    "attachments": lambda r: (r.get("agreement"), r.get("sha256")),
    "activities": lambda r: (
        r.get("agreement"),
        r.get("happened_on"),
        _words(r.get("kind")),
        _words(r.get("description")),
    ),
    "commitments": lambda r: (r.get("agreement"), _words(r.get("title")), r.get("due_on")),
    "trips": lambda r: (r.get("agreement"), r.get("departs_on"), _words(r.get("destination"))),
    "drafts": lambda r: (
        r.get("template_id"),
        r.get("agreement") or r.get("partner"),
        _words(r.get("title")),
    ),
    "handovers": lambda r: (r.get("officer"), r.get("handed_on")),
}
# The order in which kinds are matched: a record after the records it refers to.
LINKED_KINDS = tuple(_NATURAL)


def natural_key(kind: str, record: Mapping[str, Any]) -> Any:
    return _NATURAL[kind](record)
