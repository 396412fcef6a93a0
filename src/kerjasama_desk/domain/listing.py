"""What a list screen asks of the register (search text, filters, sort, page) and the rows it
gets back. Sorting, filtering and search all happen in the store's SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kerjasama_desk.domain.models import title_in
from kerjasama_desk.domain.vocab import (
    AgreementKind,
    AgreementStage,
    CommitmentStatus,
    OfficerStatus,
    PartnerLevel,
)


class PartnerSort(StrEnum):
    NAME = "name"
    NATIVE_NAME = "native_name"
    COUNTRY = "country"
    REGION = "region"
    LEVEL = "level"
    POPULATION = "population"
    AGREEMENTS = "agreements"
    UPDATED = "updated"


class AgreementSort(StrEnum):
    TITLE = "title"
    PARTNER = "partner"
    KIND = "kind"
    STAGE = "stage"
    SIGNED = "signed"
    EXPIRES = "expires"
    OFFICER = "officer"
    UPDATED = "updated"


class OfficerSort(StrEnum):
    NAME = "name"
    NIP = "nip"
    POSITION = "position"
    UNIT = "unit"
    STATUS = "status"
    AGREEMENTS = "agreements"


@dataclass(frozen=True, kw_only=True)
class ListQuery:
    """Search text, filters and order of a list; ``language`` orders country names and titles."""

    text: str = ""
    sort: str = "name"
    descending: bool = False
    language: str = "id"
    country: str | None = None
    level: PartnerLevel | None = None
    stage: AgreementStage | None = None
    kind: AgreementKind | None = None
    officer_id: int | None = None
    partner_id: int | None = None
    status: OfficerStatus | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: int
    name: str
    native_name: str
    country: str
    region: str
    level: PartnerLevel
    population: int | None
    agreements: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class AgreementRow:
    id: int
    title_id: str
    title_en: str
    partner_id: int
    partner_name: str
    partner_native_name: str
    kind: AgreementKind
    stage: AgreementStage
    signed_on: date | None
    expires_on: date | None
    open_ended: bool
    officer_name: str
    updated_at: str

    def title(self, language: str) -> str:
        return title_in(language, self.title_id, self.title_en)


@dataclass(frozen=True, slots=True)
class OfficerRow:
    id: int
    name: str
    nip: str
    position: str
    unit: str
    status: OfficerStatus
    agreements: int


@dataclass(frozen=True, slots=True)
class StageCount:
    stage: AgreementStage
    count: int


@dataclass(frozen=True, slots=True)
class RegisterCounts:
    partners: int
    contacts: int
    agreements: int
    officers: int
    activities: int
    drafts: int = 0
    draft_versions: int = 0
    attachments: int = 0
    commitments: int = 0


@dataclass(frozen=True)
class DraftRow:
    id: int
    title: str
    template_id: str
    partner_name: str
    agreement_title: str
    version: int
    updated_at: str


@dataclass(frozen=True)
class FollowUpRow:
    """An agreement that needs attention, with the date that says why."""

    id: int
    title_id: str
    partner_name: str
    stage: AgreementStage
    officer_name: str
    since: date | None  # last sign of life (dormant) or expiry date (expiring)
    title_en: str = ""

    def title(self, language: str) -> str:
        return title_in(language, self.title_id, self.title_en)


@dataclass(frozen=True)
class CommitmentRow:
    """A commitment with what it belongs to, for the dashboard, the calendar and handovers."""

    id: int
    agreement_id: int
    title: str
    agreement_title: str
    partner_name: str
    owner_id: int | None
    owner_name: str
    due_on: date
    status: CommitmentStatus
