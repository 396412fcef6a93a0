"""Records of the register as plain dataclasses: partners and their contacts, agreements,
officers, drafts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

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


class CountryCode(str):
    """An ISO 3166-1 alpha-2 code marked as such, so messages show the country's name."""

    __slots__ = ()


@dataclass(kw_only=True)
class Officer:
    """One of our own staff."""

    id: int | None = None
    uuid: str | None = None
    name: str = ""
    nip: str = ""  # Nomor Induk Pegawai, the 18-digit civil-service number (optional)
    position: str = ""
    unit: str = ""
    status: OfficerStatus = OfficerStatus.ACTIVE
    created_at: str | None = None
    updated_at: str | None = None


@dataclass(kw_only=True)
class Contact:
    """A person at the partner government."""

    id: int | None = None
    uuid: str | None = None
    partner_id: int | None = None
    person: str = ""
    title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    languages: str = ""


@dataclass(kw_only=True)
class Partner:
    """A foreign local government."""

    id: int | None = None
    uuid: str | None = None
    name: str = ""
    native_name: str = ""
    country: str = ""  # ISO 3166-1 alpha-2 code
    region: str = ""
    level: PartnerLevel = PartnerLevel.CITY
    population: int | None = None
    characteristics: list[Characteristic] = field(default_factory=list)
    website: str = ""
    notes: str = ""
    contacts: list[Contact] = field(default_factory=list)
    created_at: str | None = None
    updated_at: str | None = None


def title_in(language: str, indonesian: str, english: str) -> str:
    """An agreement's title as the reader of ``language`` sees it: the English one in English
    when there is one, else whichever was written."""
    preferred = indonesian if language == "id" else english
    return preferred or indonesian or english


@dataclass(kw_only=True)
class OurGovernment:
    """Our own side of every agreement and letter, set once (Edit → Our government) and the
    start of every new draft. Names are in Indonesian and English: "Semarang", level city, makes
    "Pemerintah Kota Semarang" / "the City Government of Semarang" in a document."""

    name_id: str = ""
    name_en: str = ""
    level: PartnerLevel = PartnerLevel.CITY  # city, regency or province
    province_id: str = ""  # for a city or regency
    province_en: str = ""
    country: str = "ID"
    head_name: str = ""  # the head of region who signs: Wali Kota, Bupati, Gubernur
    head_title_id: str = ""
    head_title_en: str = ""
    address: str = ""
    telephone: str = ""
    email: str = ""
    website: str = ""
    office_id: str = ""  # the cooperation office: Bagian Kerja Sama Sekretariat Daerah …
    office_en: str = ""
    coat_of_arms: bytes | None = None  # a PNG, for the letterhead of the process's letters
    updated_at: str | None = None


@dataclass(frozen=True, kw_only=True)
class FieldChoice:
    """A cooperation field of an agreement: a standard one, or a custom one with both labels."""

    standard: CooperationField | None = None
    custom_id: str = ""
    custom_en: str = ""

    def label(self, language: str) -> str:
        if self.standard is not None:
            return self.standard.label(language)
        return (self.custom_id if language == "id" else self.custom_en) or (
            self.custom_en or self.custom_id
        )


@dataclass(kw_only=True)
class Agreement:
    """An LoI, MoU, implementing arrangement or addendum with one partner."""

    id: int | None = None
    uuid: str | None = None
    partner_id: int | None = None
    kind: AgreementKind = AgreementKind.MOU
    parent_id: int | None = None
    title_id: str = ""
    title_en: str = ""
    our_number: str = ""
    partner_number: str = ""
    stage: AgreementStage = AgreementStage.INITIATIVE
    initiated_on: date | None = None
    signed_on: date | None = None
    effective_on: date | None = None
    expires_on: date | None = None
    open_ended: bool = False
    fields: list[FieldChoice] = field(default_factory=list)
    responsible_officer_id: int | None = None
    deputy_officer_id: int | None = None
    notes: str = ""
    created_at: str | None = None
    updated_at: str | None = None

    def title(self, language: str) -> str:
        return title_in(language, self.title_id, self.title_en)


@dataclass(frozen=True, kw_only=True)
class AgreementSummary:
    """Just enough of an agreement to choose it as a parent or list it under a partner."""

    id: int
    partner_id: int
    kind: AgreementKind
    title_id: str
    title_en: str
    signed_on: date | None

    def title(self, language: str) -> str:
        return title_in(language, self.title_id, self.title_en)


@dataclass(kw_only=True)
class Activity:
    """Something that happened under an agreement: a visit, a meeting, an exchange."""

    id: int | None = None
    uuid: str | None = None
    agreement_id: int | None = None
    happened_on: date | None = None
    field: CooperationField | None = None
    kind: str = ""
    description: str = ""
    participants: str = ""
    outcome: str = ""
    evidence_id: int | None = None  # one of the agreement's attached files (minutes, photos)


@dataclass(kw_only=True)
class Commitment:
    """Something promised under an agreement, with who does it and by when: a joint working
    group meeting, an annual plan of action, a programme in one of the MoU's fields."""

    id: int | None = None
    uuid: str | None = None
    agreement_id: int | None = None
    title: str = ""
    owner_id: int | None = None  # the officer who sees it through
    due_on: date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    done_on: date | None = None
    evidence: str = ""  # what shows it was done (minutes, a letter number), or why it was dropped
    source: CommitmentSource = CommitmentSource.MANUAL
    field: CooperationField | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Attachment:
    """A file kept with an agreement (a signed scan, a DPRD letter, a ministry reply): the file
    itself lives in the data folder under its SHA-256, the register keeps what it is."""

    id: int | None = None
    uuid: str | None = None
    agreement_id: int | None = None
    sha256: str = ""
    name: str = ""  # the file's name when it was attached
    size: int = 0
    description: str = ""
    created_at: str = ""


@dataclass(kw_only=True)
class Draft:
    """A document being drafted from a template; its answers live in numbered versions."""

    id: int | None = None
    uuid: str | None = None
    template_id: str = ""
    partner_id: int | None = None
    agreement_id: int | None = None
    title: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, kw_only=True)
class DraftVersion:
    """One save of a draft: the answers as they were, when, and by whom."""

    draft_id: int
    number: int
    template_version: int
    languages: tuple[str, ...]
    answers: dict[str, Any]
    author: str
    created_at: str
    partner_texts: dict[str, str] = field(default_factory=dict)
    uuid: str = ""  # the same version in every register it was exchanged to


@dataclass(frozen=True, kw_only=True)
class Autosave:
    """Answers the wizard kept on its own while the officer worked, until Save draft."""

    id: int
    draft_id: int | None
    template_id: str
    partner_id: int | None
    agreement_id: int | None
    title: str
    languages: tuple[str, ...]
    answers: dict[str, Any]
    partner_texts: dict[str, str]
    saved_at: str
