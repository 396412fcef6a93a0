"""Merging a checked .kdx into the register by UUID in one transaction: new records added, changed
ones updated, the same file imported twice changes nothing."""

from __future__ import annotations

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
from kerjasama_desk.domain.validation import (
    normalise_agreement,
    normalise_commitment,
    normalise_officer,
    normalise_partner,
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
from kerjasama_desk.services.exchange.fileformat import ExchangeProblem, read
from kerjasama_desk.services.exchange.validation import KINDS
from kerjasama_desk.services.register import RegisterService


@dataclass
class Plan:
    """What an import adds, updates and leaves as it is, per kind of record."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    @property
    def changes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())


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
    merging = _Merge(service, dry_run=dry_run, store=store)

    class _Rollback(Exception):
        pass

    try:
        with service.register.transaction():
            merging.officers(body["officers"])
            merging.partners(body["partners"])
            merging.agreements(body["agreements"])
            merging.activities(body["activities"])
            merging.commitments(body["commitments"])
            merging.drafts(body["drafts"])
            merging.attachments(body["attachments"], body.get("files") or {})
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    except ValidationFailed as error:
        _discard(merging.store, merging.stored)
        messages = "; ".join(e.render() for e in error.errors[:5])
        raise ExchangeProblem(f"a record does not pass the register's rules: {messages}") from error
    except BaseException:
        _discard(merging.store, merging.stored)
        raise
    return merging.plan


class _Merge:
    """One import's merge, kind by kind in the order records refer to each other; ``ids`` maps
    (kind, UUID) to the record's id in this register."""

    def __init__(self, service: RegisterService, *, dry_run: bool, store: FileStore | None):
        self.service = service
        self.register = service.register
        self.dry_run = dry_run
        self.store = store
        self.plan = Plan()
        self.stored: list[str] = []  # files this import put in the store
        self.ids: dict[tuple[str, str], int] = {}

    def count(self, kind: str, existing: int | None, unchanged: bool) -> None:
        plan = self.plan
        bucket = plan.unchanged if unchanged else (plan.updated if existing else plan.added)
        bucket[kind] += 1

    def officers(self, records: list[Mapping[str, Any]]) -> None:
        service, ids = self.service, self.ids
        for record in records:
            officer = normalise_officer(_officer(record))  # compared as it would be stored
            existing = self.register.id_of("officers", officer.uuid or "")
            same = existing is not None and _same(
                service.officer(existing), replace(officer, id=existing), _BOOKKEEPING
            )
            self.count("officers", existing, same)
            ids[("officers", officer.uuid or "")] = (
                existing
                if same and existing
                else (service.save_officer(replace(officer, id=existing)))
            )

    def partners(self, records: list[Mapping[str, Any]]) -> None:
        service = self.service
        for record in records:
            partner = normalise_partner(_partner(record))  # compared as it would be stored
            existing = self.register.id_of("partners", partner.uuid or "")
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
            self.count("partners", existing, same)
            if not same:
                if existing is not None:
                    partner = replace(
                        partner,
                        id=existing,
                        contacts=[replace(c, uuid=None) for c in partner.contacts],
                    )
                existing = service.save_partner(partner)
            self.ids[("partners", record["uuid"])] = int(existing or 0)

    def agreements(self, records: list[Mapping[str, Any]]) -> None:
        service, ids = self.service, self.ids
        for record in records:
            existing = self.register.id_of("agreements", record["uuid"])
            agreement = Agreement(  # normalised below: compared as it would be stored
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
            agreement = normalise_agreement(agreement)
            same = existing is not None and _same(
                service.agreement(existing), agreement, _BOOKKEEPING
            )
            self.count("agreements", existing, same)
            ids[("agreements", record["uuid"])] = (
                existing if same and existing else (service.save_agreement(agreement))
            )
        for record in records:  # links to parents listed after their child
            if record["parent"]:
                child = service.agreement(ids[("agreements", record["uuid"])])
                parent_id = ids[("agreements", record["parent"])]
                if child.parent_id != parent_id:
                    service.save_agreement(replace(child, parent_id=parent_id))

    def activities(self, records: list[Mapping[str, Any]]) -> None:
        activities = []
        for record in records:
            existing = self.register.id_of("activities", record["uuid"])
            self.count("activities", existing, existing is not None)
            if existing is None:
                activities.append(
                    Activity(
                        uuid=record["uuid"],
                        agreement_id=self.ids[("agreements", record["agreement"])],
                        happened_on=_date(record["happened_on"]),
                        field=CooperationField(record["field"]) if record["field"] else None,
                        kind=record["kind"],
                        description=record["description"],
                        participants=record["participants"],
                        outcome=record["outcome"],
                    )
                )
        if activities:
            self.register.activities.insert_many(activities)

    def commitments(self, records: list[Mapping[str, Any]]) -> None:
        register, ids = self.register, self.ids
        for record in records:
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
            item = normalise_commitment(item)  # compared as it would be stored
            held = register.commitments.get(existing) if existing else None
            same = held is not None and _same(held, item, ())
            self.count("commitments", existing, same)
            if held is None:
                register.commitments.insert(item)
            elif not same:
                register.commitments.update(item)

    def drafts(self, records: list[Mapping[str, Any]]) -> None:
        register, ids = self.register, self.ids
        for record in records:
            existing = register.id_of("drafts", record["uuid"])
            known = set(register.drafts.version_numbers(existing)) if existing else set()
            new_versions = [v for v in record["versions"] if v["number"] not in known]
            self.count("drafts", existing, existing is not None and not new_versions)
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

    def attachments(self, records: list[Mapping[str, Any]], files: Mapping[str, bytes]) -> None:
        register = self.register
        for record in records:
            existing = register.id_of("attachments", record["uuid"])
            attachment = Attachment(
                id=existing,
                uuid=record["uuid"],
                agreement_id=self.ids[("agreements", record["agreement"])],
                sha256=record["sha256"],
                name=record["name"],
                size=record["size"],
                description=record["description"],
                created_at=record["created_at"],
            )
            kept = register.attachments.get(existing) if existing else None
            same = kept is not None and _same(kept, attachment, ("created_at",))
            self.count("attachments", existing, same)
            if same or self.dry_run:
                continue
            self.store = self.store or default_store()
            sha256, new = self.store.put_bytes(files[record["sha256"]])
            if new:
                self.stored.append(sha256)
            if kept is None:
                register.attachments.insert(attachment)
            else:
                register.attachments.update(attachment)


def _discard(store: FileStore | None, hashes: list[str]) -> None:
    for sha256 in hashes:
        if store is not None:
            store.discard(sha256)


def import_file(service: RegisterService, path: Path, *, dry_run: bool = False) -> Plan:
    """Checks and merges ``path``; all or nothing."""
    return merge(service, read(path), dry_run=dry_run)
