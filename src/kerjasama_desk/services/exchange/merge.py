"""Merging a checked .kdx into the register by UUID in one transaction: new records added, changed
ones updated, the same file imported twice changes nothing."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from kerjasama_desk.domain.errors import ValidationFailed
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
from kerjasama_desk.domain.progress import Progress, Stop, Ticker
from kerjasama_desk.domain.validation import (
    normalise_commitment,
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
from kerjasama_desk.services.attachments import FileStore, default_store
from kerjasama_desk.services.exchange.fileformat import VERSION, ExchangeProblem, read
from kerjasama_desk.services.exchange.records import (
    LINKED_KINDS,
    MERGED,
    REFERENCES,
    decide,
    differing,
    label,
    natural_key,
    record_key,
)
from kerjasama_desk.services.exchange.snapshot import snapshot
from kerjasama_desk.services.exchange.validation import KINDS
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.registers import open_service
from kerjasama_desk.store.database import DAMAGE, is_damage


@dataclass(frozen=True)
class Conflict:
    """A record changed in both registers since their last exchange: the officer chooses."""

    kind: str
    key: str
    label: str
    fields: tuple[str, ...]  # the fields whose values differ
    ours_changed: str | None  # when each side last changed it (UTC), where known
    theirs_changed: str | None
    values: tuple[tuple[str, str, str], ...] = ()  # (field, ours, theirs), as text


@dataclass(frozen=True)
class SamePartner:
    """A partner of the file named like one of ours but recorded under another UUID."""

    their_uuid: str
    name: str
    country: str
    our_id: int


@dataclass
class Plan:
    """What an import adds, updates and leaves as it is, per kind of record; the conflicts it
    found and how they were settled; the partners that may be the same as ours."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    conflicts: list[Conflict] = field(default_factory=list)
    settled: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, key): side
    same_partners: list[SamePartner] = field(default_factory=list)
    linked: list[SamePartner] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + len(self.linked)

    @property
    def unsettled(self) -> list[Conflict]:
        return [c for c in self.conflicts if (c.kind, c.key) not in self.settled]


class ExchangeConflicts(ExchangeProblem):
    """Records changed on both sides, and no rule given to settle them; nothing was imported."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        listed = "; ".join(f"{c.kind}: {c.label}" for c in plan.unsettled[:10])
        super().__init__(
            f"{len(plan.unsettled)} records were changed both here and in the other register "
            f"since the last exchange ({listed}). Choose which to keep"
        )


class SamePartners(ExchangeProblem):
    """Partners of the file that may be ours under another UUID; nothing was imported."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        listed = "; ".join(f"{p.name} ({p.country})" for p in plan.same_partners[:10])
        super().__init__(
            f"the file records partners this register holds under other records: {listed}. "
            "Say that they are the same partners to link them"
        )


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


TICK_EVERY = 200  # records judged between two reports of progress and two chances to stop


def merge(
    service: RegisterService,
    body: Mapping[str, Any],
    *,
    dry_run: bool = False,
    store: FileStore | None = None,
    prefer: str | None = None,
    choices: Mapping[tuple[str, str], str] | None = None,
    link_partners: bool = False,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> Plan:
    """Adds and updates records by UUID, all in one transaction (rolled back for ``dry_run``
    and on any problem, :class:`Stopped` from ``stop()`` included); returns what it did (or
    would do). ``progress(records judged, records)`` tells how far it is. A record changed on both sides since
    the last exchange is a conflict, settled by ``choices`` ((kind, key): "ours" | "theirs") or
    ``prefer``; one left unsettled refuses the import (:class:`ExchangeConflicts`), as does a
    partner named like one of ours under another UUID unless ``link_partners``
    (:class:`SamePartners`). Attached files go into the data folder's store; the ones a
    rolled-back import stored are removed again."""
    if prefer not in (None, "ours", "theirs"):
        raise ValueError(prefer)
    merging = _Merge(
        service,
        body,
        dry_run=dry_run,
        store=store,
        prefer=prefer,
        choices=choices or {},
        link_partners=link_partners,
        ticker=Ticker(sum(len(body[kind]) for kind in KINDS), progress, stop, every=TICK_EVERY),
    )

    class _Rollback(Exception):
        pass

    try:
        with service.register.transaction():
            merging.run()
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    except ValidationFailed as error:
        _discard(merging.store, merging.stored)
        messages = "; ".join(e.render() for e in error.errors[:5])
        raise ExchangeProblem(f"a record does not pass the register's rules: {messages}") from error
    except DAMAGE as error:
        _discard(merging.store, merging.stored)
        if not is_damage(error):  # a constraint of the register: the file's records clash
            raise ExchangeProblem(
                f"the file's records clash with this register's ({error})"
            ) from error
        raise
    except BaseException:
        _discard(merging.store, merging.stored)
        raise
    return merging.plan


class _Merge:
    """One import's merge, kind by kind in the order records refer to each other."""

    def __init__(
        self,
        service: RegisterService,
        body: Mapping[str, Any],
        *,
        dry_run: bool,
        store: FileStore | None,
        prefer: str | None,
        choices: Mapping[tuple[str, str], str],
        link_partners: bool,
        ticker: Ticker,
    ) -> None:
        self.ticker = ticker
        self.service = service
        self.register = service.register
        # The records links rewrite are copied: a preview leaves the body as it was.
        self.body = {**body, **{kind: [dict(r) for r in body[kind]] for kind in KINDS}}
        self.dry_run = dry_run
        self.store = store
        self.prefer = prefer
        self.choices = choices
        self.link_partners = link_partners
        self.plan = Plan()
        self.stored: list[str] = []  # files this import put in the store
        self.with_bases = int(body.get("version") or VERSION) >= 4
        self.ours: dict[str, dict[str, dict[str, Any]]] = {}
        self.bases: dict[str, dict[str, str]] = {}
        self.agreed: dict[str, dict[str, str]] = {kind: {} for kind in MERGED}

    def run(self) -> None:
        ours = snapshot(self.service)
        self.ours = {kind: {record_key(kind, r): r for r in ours[kind]} for kind in KINDS}
        self.bases = {kind: self.register.exchange.bases(kind) for kind in MERGED}
        self.same_partners()
        body = self.body
        self.officers(body["officers"])
        self.partners(body["partners"])
        self.agreements(body["agreements"])
        self.attachments(body["attachments"], body.get("files") or {})
        self.activities(body["activities"])
        self.commitments(body["commitments"])
        self.drafts(body["drafts"])
        self.trips(body["trips"])
        self.checklists(body["checklists"])
        self.appended("overrides", "gate_overrides", body["overrides"])
        self.appended("handovers", "handovers", body["handovers"])
        self.parameters(body["parameters"])
        self.memory(body["memory"])
        if self.dry_run:
            return
        if self.plan.unsettled:
            raise ExchangeConflicts(self.plan)
        if self.with_bases:
            for kind, hashes in self.agreed.items():
                self.register.exchange.put_bases(kind, hashes)

    # Deciding -----------------------------------------------------------------------------------

    def judge(self, kind: str, theirs: Mapping[str, Any]) -> tuple[str, dict[str, Any] | None]:
        """What to do with one record of the file ("add", "theirs", or keep: "same", "ours"),
        counted in the plan; a conflict is listed and settled by the officer's choice."""
        self.ticker.tick()
        key = record_key(kind, theirs)
        ours = self.ours[kind].get(key)
        decision, their_hash = decide(
            kind, theirs, ours, self.bases[kind].get(key), with_bases=self.with_bases
        )
        self.agreed[kind][key] = their_hash
        if decision == "conflict":
            assert ours is not None
            fields = tuple(differing(kind, theirs, ours))
            self.plan.conflicts.append(
                Conflict(
                    kind,
                    key,
                    label(kind, theirs),
                    fields,
                    ours.get("updated_at"),
                    theirs.get("updated_at"),
                    tuple((f, _shown(ours.get(f)), _shown(theirs.get(f))) for f in fields),
                )
            )
            side = self.choices.get((kind, key)) or self.prefer
            if side in ("ours", "theirs"):
                self.plan.settled[(kind, key)] = side
            decision = "theirs" if side == "theirs" else "ours"
        bucket = {
            "add": self.plan.added,
            "theirs": self.plan.updated,
        }.get(decision, self.plan.unchanged)
        bucket[kind] += 1
        return decision, ours

    @staticmethod
    def merged(theirs: Mapping[str, Any], ours: Mapping[str, Any] | None) -> dict[str, Any]:
        """Their record, with ours filling in the fields an older file does not carry."""
        return {**(ours or {}), **theirs}

    def id_of(self, table: str, uuid: str | None) -> int | None:
        return self.register.id_of(table, uuid) if uuid else None

    # Same partners --------------------------------------------------------------------------------

    def same_partners(self) -> None:
        """Partners of the file named like ours under another UUID: linked with the officer's
        consent (their UUID kept as an alias of ours), else listed and the import refused.
        Linked, what both registers recorded under them is linked too: agreements of the same
        kind and title, and under those the same commitments, activities, files and trips;
        officers with the same name and NIP (``records.natural_key``)."""
        exchange = self.register.exchange
        aliases = {kind: exchange.aliases(kind) for kind in ("partners", *LINKED_KINDS)}
        partners = aliases["partners"]
        for record in self.body["partners"]:
            uuid = record["uuid"]
            if uuid in partners or uuid in self.ours["partners"]:
                continue
            found = self.register.partners.find_same(record["name"], record["country"])
            if found is None or found.id is None:
                continue
            same = SamePartner(uuid, record["name"], record["country"], found.id)
            if self.link_partners:
                exchange.put_alias("partners", uuid, str(found.uuid))
                partners[uuid] = str(found.uuid)
                self.plan.linked.append(same)
            else:
                self.plan.same_partners.append(same)
        if self.plan.same_partners:  # nothing more can be told until the officer says
            raise SamePartners(self.plan)
        self._rename("partners", partners)
        if not partners:
            return
        for kind in LINKED_KINDS:
            self._rewrite_references(kind, aliases)
            if self.link_partners:
                self._link_same(kind, aliases[kind])
            self._rename(kind, aliases[kind])
        for kind in REFERENCES:  # again: references to records linked after their holder
            self._rewrite_references(kind, aliases)

    def _rewrite_references(self, kind: str, aliases: Mapping[str, Mapping[str, str]]) -> None:
        for record in self.body[kind]:
            for name, target in REFERENCES.get(kind, {}).items():
                value = record.get(name)
                if value and value in aliases.get(target, {}):
                    record[name] = aliases[target][value]

    def _link_same(self, kind: str, aliases: dict[str, str]) -> None:
        """Records of ``kind`` recorded in both registers (the same natural key) become one:
        their UUID an alias of ours."""
        taken = set(aliases.values())
        ours: dict[Any, str] = {}
        for uuid, record in self.ours[kind].items():
            key = natural_key(kind, record)
            if key is not None and uuid not in taken:
                ours.setdefault(key, uuid)
        for record in self.body[kind]:
            uuid = record["uuid"]
            if uuid in self.ours[kind] or uuid in aliases:
                continue
            match = ours.pop(natural_key(kind, record), None)
            if match is not None:
                self.register.exchange.put_alias(kind, uuid, match)
                aliases[uuid] = match

    def _rename(self, kind: str, aliases: Mapping[str, str]) -> None:
        for record in self.body[kind]:
            record["uuid"] = aliases.get(record["uuid"], record["uuid"])

    # Kinds ----------------------------------------------------------------------------------------

    def officers(self, records: list[Mapping[str, Any]]) -> None:
        for record in records:
            decision, ours = self.judge("officers", record)
            if decision in ("add", "theirs"):
                officer = _officer(self.merged(record, ours))
                existing = self.id_of("officers", officer.uuid)
                self.service.save_officer(replace(officer, id=existing))

    def partners(self, records: list[Mapping[str, Any]]) -> None:
        for record in records:
            decision, ours = self.judge("partners", record)
            if decision not in ("add", "theirs"):
                continue
            partner = _partner(self.merged(record, ours))
            existing = self.id_of("partners", partner.uuid)
            if existing is not None:
                partner = replace(
                    partner, id=existing, contacts=[replace(c, uuid=None) for c in partner.contacts]
                )
            self.service.save_partner(partner)

    def agreements(self, records: list[Mapping[str, Any]]) -> None:
        service = self.service
        unlinked: list[tuple[str, str]] = []  # (child, parent) of records written
        for record in records:
            decision, ours = self.judge("agreements", record)
            if decision not in ("add", "theirs"):
                continue
            r = self.merged(record, ours)
            existing = self.id_of("agreements", r["uuid"])
            agreement = Agreement(
                id=existing,
                uuid=r["uuid"],
                partner_id=self.id_of("partners", r["partner"]),
                kind=AgreementKind(r["kind"]),
                parent_id=self.id_of("agreements", r["parent"]),
                title_id=r["title_id"],
                title_en=r["title_en"],
                our_number=r["our_number"],
                partner_number=r["partner_number"],
                stage=AgreementStage(r["stage"]),
                initiated_on=_date(r["initiated_on"]),
                signed_on=_date(r["signed_on"]),
                effective_on=_date(r["effective_on"]),
                expires_on=_date(r["expires_on"]),
                open_ended=r["open_ended"],
                fields=[
                    FieldChoice(
                        standard=CooperationField(f["code"]) if f.get("code") else None,
                        custom_id=f.get("custom_id", ""),
                        custom_en=f.get("custom_en", ""),
                    )
                    for f in r["fields"]
                ],
                responsible_officer_id=self.id_of("officers", r["responsible"]),
                deputy_officer_id=self.id_of("officers", r["deputy"]),
                notes=r["notes"],
            )
            service.save_agreement(agreement)
            if r["parent"] and agreement.parent_id is None:
                unlinked.append((r["uuid"], r["parent"]))
        for uuid, parent in unlinked:  # written before the parent they follow from
            child_id, parent_id = self.id_of("agreements", uuid), self.id_of("agreements", parent)
            if child_id is not None and parent_id is not None:
                service.save_agreement(replace(service.agreement(child_id), parent_id=parent_id))

    def attachments(self, records: list[Mapping[str, Any]], files: Mapping[str, bytes]) -> None:
        register = self.register
        for record in records:
            decision, ours = self.judge("attachments", record)
            if self.dry_run:
                continue
            # The file is stored (or a damaged copy in the store repaired) whatever the record.
            self.store = self.store or default_store()
            sha256, new = self.store.put_bytes(files[record["sha256"]])
            if new:
                self.stored.append(sha256)
            if decision not in ("add", "theirs"):
                continue
            r = self.merged(record, ours)
            existing = self.id_of("attachments", r["uuid"])
            attachment = Attachment(
                id=existing,
                uuid=r["uuid"],
                agreement_id=self.id_of("agreements", r["agreement"]),
                sha256=r["sha256"],
                name=r["name"],
                size=r["size"],
                description=r["description"],
                created_at=r["created_at"],
            )
            if existing is None:
                register.attachments.insert(attachment)
            else:
                register.attachments.update(attachment)

    def activities(self, records: list[Mapping[str, Any]]) -> None:
        register = self.register
        for record in records:
            decision, ours = self.judge("activities", record)
            if decision not in ("add", "theirs"):
                continue
            r = self.merged(record, ours)
            existing = self.id_of("activities", r["uuid"])
            activity = Activity(
                id=existing,
                uuid=r["uuid"],
                agreement_id=self.id_of("agreements", r["agreement"]),
                happened_on=_date(r["happened_on"]),
                field=CooperationField(r["field"]) if r["field"] else None,
                kind=r["kind"],
                description=r["description"],
                participants=r["participants"],
                outcome=r["outcome"],
                evidence_id=self.id_of("attachments", r.get("evidence")),
            )
            if existing is None:
                register.activities.insert(activity)
            else:
                register.activities.update(activity)

    def commitments(self, records: list[Mapping[str, Any]]) -> None:
        register = self.register
        for record in records:
            # As recorded where it came from (an open one may rest with an officer since
            # transferred there: the dashboard shows it for handover).
            decision, ours = self.judge("commitments", record)
            if decision not in ("add", "theirs"):
                continue
            r = self.merged(record, ours)
            existing = self.id_of("commitments", r["uuid"])
            item = normalise_commitment(
                Commitment(
                    id=existing,
                    uuid=r["uuid"],
                    agreement_id=self.id_of("agreements", r["agreement"]),
                    title=r["title"],
                    owner_id=self.id_of("officers", r["owner"]),
                    due_on=_date(r["due_on"]),
                    status=CommitmentStatus(r["status"]),
                    done_on=_date(r["done_on"]),
                    evidence=r["evidence"],
                    source=CommitmentSource(r["source"]),
                    field=CooperationField(r["field"]) if r["field"] else None,
                    notes=r["notes"],
                )
            )
            if existing is None:
                register.commitments.insert(item)
            else:
                register.commitments.update(item)

    def drafts(self, records: list[Mapping[str, Any]]) -> None:
        """A draft's title and links merge as a record; its versions are a union by UUID (or,
        for a file without version UUIDs, by what they hold), each keeping its time."""
        register = self.register
        taken = register.drafts.version_uuids()  # of every draft: a UUID is one version's
        for record in records:
            decision, ours = self.judge("drafts", record)
            existing = self.id_of("drafts", record["uuid"])
            r = self.merged(record, ours)
            draft = Draft(
                id=existing,
                uuid=r["uuid"],
                template_id=r["template_id"],
                title=r["title"],
                partner_id=self.id_of("partners", r["partner"]),
                agreement_id=self.id_of("agreements", r["agreement"]),
            )
            if existing is None:
                existing = register.drafts.insert(draft)
            elif decision == "theirs":
                register.drafts.update(draft)
            held = register.drafts.versions(existing)
            uuids = {v.uuid for v in held}
            prints = {
                _version_print(
                    v.template_version, v.languages, v.answers, v.partner_texts, v.created_at
                )
                for v in held
            }
            added = 0
            for version in sorted(
                record["versions"], key=lambda v: (v.get("created_at", ""), v["number"])
            ):
                if version.get("uuid") in uuids:
                    continue
                languages = [str(x) for x in version["languages"]]
                partner_texts = dict(version.get("partner_texts") or {})
                template_version = int(version.get("template_version", 1))
                created_at = str(version.get("created_at", "")) or None
                if (
                    _version_print(
                        template_version, languages, version["answers"], partner_texts, created_at
                    )
                    in prints
                ):
                    continue
                register.drafts.add_version(
                    existing,
                    template_version=template_version,
                    languages=languages,
                    answers=version["answers"],
                    author=str(version.get("author", "")),
                    partner_texts=partner_texts,
                    # A UUID another draft's version holds here is not this one's: a new one.
                    uuid=None if version.get("uuid") in taken else version.get("uuid") or None,
                    created_at=created_at,
                )
                taken.add(str(version.get("uuid") or ""))
                added += 1
            if added and decision in ("same", "ours"):  # new versions are a change
                self.plan.unchanged["drafts"] -= 1
                self.plan.updated["drafts"] += 1

    def trips(self, records: list[Mapping[str, Any]]) -> None:
        exchange = self.register.exchange
        for record in records:
            decision, ours = self.judge("trips", record)
            if decision not in ("add", "theirs"):
                continue
            r = self.merged(record, ours)
            values = {
                **{
                    k: r[k]
                    for k in (
                        "uuid",
                        "purpose",
                        "destination",
                        "departs_on",
                        "returns_on",
                        "requested_on",
                        "terms_of_reference",
                        "follow_up_plan",
                        "status",
                        "rules",
                        "notes",
                    )
                },
                "agreement_id": self.id_of("agreements", r["agreement"]),
                "delegation": json.dumps(r["delegation"], ensure_ascii=False),
                "host_confirmed": int(bool(r["host_confirmed"])),
            }
            existing = self.id_of("trips", r["uuid"])
            if existing is None:
                exchange.insert("trips", values)
            else:
                exchange.update("trips", existing, values)

    def _rowids(self, table: str, key: Any) -> dict[str, int]:
        """Our rows of ``table`` by the key a file's record has."""
        return {key(row): int(row["id"]) for row in self.register.exchange.rows(table)}

    def checklists(self, records: list[Mapping[str, Any]]) -> None:
        exchange = self.register.exchange
        uuids = self.register.uuids("agreements", self.register.ids("agreements"))
        rowids = self._rowids(
            "gate_records", lambda row: f"{uuids[int(row['agreement_id'])]}/{row['code']}"
        )
        for record in records:
            decision, ours = self.judge("checklists", record)
            if decision not in ("add", "theirs"):
                continue
            r = self.merged(record, ours)
            values = {
                "agreement_id": self.id_of("agreements", r["agreement"]),
                "code": r["code"],
                "done": int(bool(r["done"])),
                "reference": r["reference"],
                "dated": r["dated"],
                "attachment_id": self.id_of("attachments", r["attachment"]),
                "note": r["note"],
            }
            existing = rowids.get(record_key("checklists", r))
            if existing is None:
                exchange.insert("gate_records", values)
            else:
                exchange.update("gate_records", existing, values)

    def appended(self, kind: str, table: str, records: list[Mapping[str, Any]]) -> None:
        """Records of what happened (overrides, handovers): added when new, never changed."""
        exchange = self.register.exchange
        for record in records:
            if record_key(kind, record) in self.ours[kind]:
                self.plan.unchanged[kind] += 1
                continue
            self.plan.added[kind] += 1
            if kind == "overrides":
                values = {
                    **{k: record[k] for k in ("from_stage", "to_stage", "reason", "who", "at")},
                    "agreement_id": self.id_of("agreements", record["agreement"]),
                    "missing": json.dumps(record["missing"], ensure_ascii=False),
                }
            else:
                values = {
                    **{
                        k: record[k]
                        for k in ("uuid", "handed_on", "note", "recorded_by", "created_at")
                    },
                    "officer_id": self.id_of("officers", record["officer"]),
                    "items": json.dumps(record["items"], ensure_ascii=False),
                }
            exchange.insert(table, values)
            self.ours[kind][record_key(kind, record)] = dict(record)

    def parameters(self, records: list[Mapping[str, Any]]) -> None:
        exchange = self.register.exchange
        rowids = self._rowids("parameters", lambda row: str(row["key"]))
        for record in records:
            decision, _ours = self.judge("parameters", record)
            if decision not in ("add", "theirs"):
                continue
            existing = rowids.get(str(record["key"]))
            values = {"key": record["key"], "value": record["value"]}
            if existing is None:
                exchange.insert("parameters", values)
            else:
                exchange.update("parameters", existing, values)

    def memory(self, records: list[Mapping[str, Any]]) -> None:
        """The translation memory: a suggestion list, not a record of work; for the same source
        text the newer translation wins, and nothing is asked."""
        exchange = self.register.exchange
        rowids = self._rowids("translation_memory", lambda row: str(row["key"]))
        for record in records:
            ours = self.ours["memory"].get(str(record["key"]))
            same = ours is not None and all(
                ours.get(k) == record.get(k) for k in ("text_id", "text_en")
            )
            newer = ours is None or str(record.get("updated_at", "")) > str(
                ours.get("updated_at", "")
            )
            if same or not newer:
                self.plan.unchanged["memory"] += 1
                continue
            bucket = self.plan.added if ours is None else self.plan.updated
            bucket["memory"] += 1
            values = {k: record[k] for k in ("key", "text_id", "text_en", "uses")}
            existing = rowids.get(str(record["key"]))
            if existing is None:
                exchange.insert("translation_memory", values)
            else:
                exchange.update("translation_memory", existing, values)


def _shown(value: Any) -> str:
    """A field's value as text for a conflict list (long ones cut)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:199] + "…"


def _version_print(
    template_version: int,
    languages: Any,
    answers: Any,
    partner_texts: Any,
    created_at: str | None,
) -> str:
    """What a draft version holds, to find the same version saved under another UUID."""
    return json.dumps(
        [template_version, list(languages), answers, partner_texts or {}, created_at or ""],
        sort_keys=True,
        ensure_ascii=False,
    )


def _discard(store: FileStore | None, hashes: list[str]) -> None:
    for sha256 in hashes:
        if store is not None:
            store.discard(sha256)


def merge_file(
    register: Path,
    body: Mapping[str, Any],
    *,
    dry_run: bool = False,
    choices: Mapping[tuple[str, str], str] | None = None,
    link_partners: bool = False,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> Plan:
    """:func:`merge` on its own connection to the register at ``register``, for a worker
    thread while the window waits: the same rules, the same single transaction (a stop rolls it
    back). Opened without the opening's checks of the audit trail, which the window's opening
    made."""
    service = open_service(register, guard=False)
    try:
        return merge(
            service,
            body,
            dry_run=dry_run,
            choices=choices,
            link_partners=link_partners,
            progress=progress,
            stop=stop,
        )
    finally:
        service.close()


def import_file(
    service: RegisterService,
    path: Path,
    *,
    dry_run: bool = False,
    prefer: str | None = None,
    link_partners: bool = False,
) -> Plan:
    """Checks and merges ``path``; all or nothing."""
    return merge(service, read(path), dry_run=dry_run, prefer=prefer, link_partners=link_partners)
