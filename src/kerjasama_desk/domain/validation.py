"""Validation rules for partners, contacts, agreements and officers.

Each ``validate_*`` function returns every problem found (an empty list means valid), so a form
can mark all faulty fields at once. Rules that need the register (duplicates, the parent
agreement's kind and partner) take the facts they need as arguments; the service looks them up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from kerjasama_desk.domain.errors import FieldError
from kerjasama_desk.domain.models import (
    Activity,
    Agreement,
    AgreementSummary,
    Commitment,
    Contact,
    CountryCode,
    Officer,
    OurGovernment,
    Partner,
)
from kerjasama_desk.domain.vocab import AgreementKind, CommitmentStatus, OfficerStatus, PartnerLevel

NAME_LIMIT = 200
SHORT_TEXT_LIMIT = 300
TITLE_LIMIT = 500
NOTES_LIMIT = 8000
POPULATION_LIMIT = 2_000_000_000
NIP_DIGITS = 18

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^[0-9+()\-.\s]+$")
_URL = re.compile(r"^(https?://)?([\w-]+\.)+[\w-]{2,}(:\d+)?(/\S*)?$", re.IGNORECASE | re.UNICODE)
_COUNTRY = re.compile(r"^[A-Z]{2}$")
# Letters that are not Latin script but belong in a Latin-script name's neighbours: none.
_ALLOWED_NAME_PUNCTUATION = set(" -'’.,()&/")


def normalise_space(text: str) -> str:
    """Trims and collapses runs of whitespace: what every single-line field stores."""
    return " ".join(text.split())


def name_key(name: str) -> str:
    """The form under which two partner names count as the same (case, accents and spacing)."""
    decomposed = unicodedata.normalize("NFKD", normalise_space(name).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_pictograph(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0xFE00 <= cp <= 0xFE0F
        or cp == 0x200D
        or unicodedata.category(ch) in ("So", "Cs", "Co", "Cn")
    )


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t"


def _forbidden_in_name(text: str) -> list[str]:
    return list(dict.fromkeys(ch for ch in text if _is_pictograph(ch) or _is_control(ch)))


def _non_latin(text: str) -> list[str]:
    found: list[str] = []
    for ch in text:
        if ch.isdigit() or ch in _ALLOWED_NAME_PUNCTUATION or unicodedata.combining(ch):
            continue
        if ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"):
            continue
        if not _is_pictograph(ch) and not _is_control(ch) and ch not in found:
            found.append(ch)
    return found


def _quote_chars(chars: Iterable[str]) -> str:
    return " ".join(f"“{ch}”" if ch.isprintable() else f"U+{ord(ch):04X}" for ch in chars)


def _text(
    errors: list[FieldError],
    field: str,
    value: str,
    *,
    required: bool = False,
    limit: int = SHORT_TEXT_LIMIT,
    single_line: bool = True,
) -> None:
    if required and not value.strip():
        errors.append(FieldError(field, "required"))
        return
    if len(value) > limit:
        errors.append(FieldError(field, "too_long", {"length": len(value), "limit": limit}))
    bad = [ch for ch in value if _is_control(ch) or (single_line and ch in "\n\t")]
    if bad:
        errors.append(FieldError(field, "bad_chars", {"chars": _quote_chars(dict.fromkeys(bad))}))


def _name(errors: list[FieldError], field: str, value: str, *, required: bool, latin: bool) -> None:
    before = len(errors)
    _text(errors, field, value, required=required, limit=NAME_LIMIT)
    if len(errors) > before or not value:
        return
    forbidden = _forbidden_in_name(value)
    if forbidden:
        errors.append(FieldError(field, "bad_chars", {"chars": _quote_chars(forbidden)}))
    elif latin:
        others = _non_latin(value)
        if others:
            errors.append(FieldError(field, "not_latin", {"chars": _quote_chars(others)}))


def normalise_partner(partner: Partner) -> Partner:
    """The partner as it is stored: single-line fields trimmed, a bare web address given https."""
    website = partner.website.strip()
    if website and "://" not in website:
        website = "https://" + website
    return replace(
        partner,
        name=normalise_space(partner.name),
        native_name=normalise_space(partner.native_name),
        country=partner.country.strip().upper(),
        region=normalise_space(partner.region),
        website=website,
        notes=partner.notes.strip(),
        characteristics=list(dict.fromkeys(partner.characteristics)),
        contacts=[
            replace(
                contact,
                person=normalise_space(contact.person),
                title=normalise_space(contact.title),
                organisation=normalise_space(contact.organisation),
                email=contact.email.strip(),
                phone=normalise_space(contact.phone),
                languages=normalise_space(contact.languages),
            )
            for contact in partner.contacts
        ],
    )


def _web_address(text: str) -> str:
    website = text.strip()
    return "https://" + website if website and "://" not in website else website


def normalise_our_government(ours: OurGovernment) -> OurGovernment:
    """Our side as it is stored: single-line fields trimmed; the English name is the
    Indonesian one when not given (most region names are the same in both)."""
    name_id = normalise_space(ours.name_id)
    return replace(
        ours,
        name_id=name_id,
        name_en=normalise_space(ours.name_en) or name_id,
        province_id=normalise_space(ours.province_id),
        province_en=normalise_space(ours.province_en) or normalise_space(ours.province_id),
        country=ours.country.strip().upper() or "ID",
        head_name=normalise_space(ours.head_name),
        head_title_id=normalise_space(ours.head_title_id),
        head_title_en=normalise_space(ours.head_title_en),
        address=ours.address.strip(),
        telephone=normalise_space(ours.telephone),
        email=ours.email.strip(),
        website=_web_address(ours.website),
        office_id=normalise_space(ours.office_id),
        office_en=normalise_space(ours.office_en),
    )


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
COAT_OF_ARMS_LIMIT = 2 * 1024 * 1024  # a letterhead emblem; a larger file is a photo or a scan
EMBLEM_FILE_LIMIT = 5 * 1024 * 1024  # the picture file an office chooses (kept smaller, as PNG)
JPEG_SIGNATURE = b"\xff\xd8\xff"


def emblem_file_problem(start: bytes, size: int) -> FieldError | None:
    """Why a chosen coat-of-arms file is refused before it is read: not a PNG or JPEG (by its
    first bytes, whatever its name says), or larger than 5 MB."""
    if not start.startswith((PNG_SIGNATURE, JPEG_SIGNATURE)):
        return FieldError("ours.coat_of_arms", "not_an_image")
    if size > EMBLEM_FILE_LIMIT:
        return FieldError(
            "ours.coat_of_arms", "image_too_large", {"limit": EMBLEM_FILE_LIMIT // 2**20}
        )
    return None


def validate_our_government(ours: OurGovernment) -> list[FieldError]:
    errors: list[FieldError] = []
    _name(errors, "ours.name_id", ours.name_id, required=True, latin=True)
    _name(errors, "ours.name_en", ours.name_en, required=False, latin=True)
    if ours.level not in (PartnerLevel.CITY, PartnerLevel.REGENCY, PartnerLevel.PROVINCE):
        errors.append(FieldError("ours.level", "unknown_choice"))
    for field, value in (
        ("ours.province_id", ours.province_id),
        ("ours.province_en", ours.province_en),
        ("ours.head_name", ours.head_name),
        ("ours.head_title_id", ours.head_title_id),
        ("ours.head_title_en", ours.head_title_en),
        ("ours.office_id", ours.office_id),
        ("ours.office_en", ours.office_en),
    ):
        _text(errors, field, value, limit=NAME_LIMIT)
    if not _COUNTRY.match(ours.country):
        errors.append(FieldError("ours.country", "unknown_choice"))
    _text(errors, "ours.address", ours.address, limit=SHORT_TEXT_LIMIT, single_line=False)
    _text(errors, "ours.telephone", ours.telephone, limit=60)
    if ours.telephone and not _PHONE.match(ours.telephone):
        errors.append(FieldError("ours.telephone", "bad_phone"))
    _text(errors, "ours.email", ours.email, limit=NAME_LIMIT)
    if ours.email and not _EMAIL.match(ours.email):
        errors.append(FieldError("ours.email", "bad_email"))
    _text(errors, "ours.website", ours.website, limit=NAME_LIMIT)
    if ours.website and not _URL.match(ours.website):
        errors.append(FieldError("ours.website", "bad_url"))
    if ours.coat_of_arms is not None:
        if not ours.coat_of_arms.startswith(PNG_SIGNATURE):
            errors.append(FieldError("ours.coat_of_arms", "not_an_image"))
        elif len(ours.coat_of_arms) > COAT_OF_ARMS_LIMIT:
            errors.append(
                FieldError(
                    "ours.coat_of_arms", "image_too_large", {"limit": COAT_OF_ARMS_LIMIT // 2**20}
                )
            )
    return errors


def normalise_agreement(agreement: Agreement) -> Agreement:
    return replace(
        agreement,
        title_id=normalise_space(agreement.title_id),
        title_en=normalise_space(agreement.title_en),
        our_number=normalise_space(agreement.our_number),
        partner_number=normalise_space(agreement.partner_number),
        notes=agreement.notes.strip(),
        fields=list(dict.fromkeys(agreement.fields)),
    )


def normalise_officer(officer: Officer) -> Officer:
    return replace(
        officer,
        name=normalise_space(officer.name),
        nip=normalise_nip(officer.nip),
        position=normalise_space(officer.position),
        unit=normalise_space(officer.unit),
    )


def validate_contact(contact: Contact, row: int | None = None) -> list[FieldError]:
    errors: list[FieldError] = []
    _text(errors, "contact.person", contact.person, required=True, limit=NAME_LIMIT)
    for field, value in (
        ("contact.title", contact.title),
        ("contact.organisation", contact.organisation),
        ("contact.languages", contact.languages),
    ):
        _text(errors, field, value)
    _text(errors, "contact.email", contact.email, limit=NAME_LIMIT)
    if contact.email and not _EMAIL.match(contact.email):
        errors.append(FieldError("contact.email", "bad_email"))
    _text(errors, "contact.phone", contact.phone, limit=60)
    if contact.phone and not _PHONE.match(contact.phone):
        errors.append(FieldError("contact.phone", "bad_phone"))
    if row is not None:
        errors = [FieldError(e.field, e.code, {**e.params, "row": row}) for e in errors]
    return errors


def validate_partner(partner: Partner, *, duplicate_of: Partner | None = None) -> list[FieldError]:
    """Checks a partner; ``duplicate_of`` is an existing record with the same name and country."""
    errors: list[FieldError] = []
    _name(errors, "partner.name", partner.name, required=True, latin=True)
    _name(errors, "partner.native_name", partner.native_name, required=False, latin=False)
    if not partner.country:
        errors.append(FieldError("partner.country", "required"))
    elif not _COUNTRY.match(partner.country):
        errors.append(FieldError("partner.country", "unknown_choice"))
    _text(errors, "partner.region", partner.region, limit=NAME_LIMIT)
    if partner.population is not None:
        if partner.population < 0:
            errors.append(FieldError("partner.population", "negative"))
        elif partner.population > POPULATION_LIMIT:
            errors.append(
                FieldError("partner.population", "too_large", {"limit": POPULATION_LIMIT})
            )
    _text(errors, "partner.website", partner.website, limit=NAME_LIMIT)
    if partner.website and not _URL.match(partner.website):
        errors.append(FieldError("partner.website", "bad_url"))
    _text(errors, "partner.notes", partner.notes, limit=NOTES_LIMIT, single_line=False)
    for row, contact in enumerate(partner.contacts, start=1):
        errors.extend(validate_contact(contact, row))
    if duplicate_of is not None and duplicate_of.id != partner.id:
        errors.append(
            FieldError(
                "partner.name",
                "duplicate_partner",
                {"name": duplicate_of.name, "country": CountryCode(duplicate_of.country)},
            )
        )
    return errors


def _date_order(errors: list[FieldError], agreement: Agreement, earlier: str, later: str) -> None:
    first: date | None = getattr(agreement, earlier)
    second: date | None = getattr(agreement, later)
    if first is not None and second is not None and second < first:
        errors.append(
            FieldError(
                f"agreement.{later}",
                "date_order",
                {
                    "value": second,
                    "other": f"agreement.{earlier}",
                    "other_value": first,
                },
            )
        )


def validate_agreement(
    agreement: Agreement,
    *,
    parent: AgreementSummary | None = None,
    descendants: Iterable[int] = (),
) -> list[FieldError]:
    """Checks an agreement; ``parent`` is the chosen parent, ``descendants`` the ids that follow
    from this agreement (a parent among them would make a cycle)."""
    errors: list[FieldError] = []
    if agreement.partner_id is None:
        errors.append(FieldError("agreement.partner", "required"))
    _text(errors, "agreement.title_id", agreement.title_id, required=True, limit=TITLE_LIMIT)
    _text(errors, "agreement.title_en", agreement.title_en, limit=TITLE_LIMIT)
    _text(errors, "agreement.our_number", agreement.our_number, limit=120)
    _text(errors, "agreement.partner_number", agreement.partner_number, limit=120)
    _text(errors, "agreement.notes", agreement.notes, limit=NOTES_LIMIT, single_line=False)
    _validate_lineage(errors, agreement, parent, set(descendants))
    # The chain initiated ≤ signed ≤ in force ≤ expires; each later date is checked against
    # the latest earlier date given.
    chain = ["initiated_on", "signed_on", "effective_on", "expires_on"]
    for index, later in enumerate(chain[1:], start=1):
        earlier_given = [name for name in chain[:index] if getattr(agreement, name) is not None]
        if earlier_given:
            _date_order(errors, agreement, earlier_given[-1], later)
    if agreement.open_ended and agreement.expires_on is not None:
        errors.append(FieldError("agreement.expires_on", "expiry_when_open_ended"))
    if (
        agreement.deputy_officer_id is not None
        and agreement.deputy_officer_id == agreement.responsible_officer_id
    ):
        errors.append(FieldError("agreement.deputy", "same_as_responsible"))
    for choice in agreement.fields:
        if choice.standard is None and not (choice.custom_id.strip() or choice.custom_en.strip()):
            errors.append(FieldError("agreement.fields", "custom_field_label"))
            break
        if choice.standard is None:
            _text(errors, "agreement.fields", choice.custom_id, limit=NAME_LIMIT)
            _text(errors, "agreement.fields", choice.custom_en, limit=NAME_LIMIT)
    return errors


def _validate_lineage(
    errors: list[FieldError],
    agreement: Agreement,
    parent: AgreementSummary | None,
    descendants: set[int],
) -> None:
    kind = agreement.kind
    if parent is None:
        if agreement.parent_id is not None:
            errors.append(FieldError("agreement.parent", "unknown_choice"))
        elif kind.needs_parent:
            errors.append(FieldError("agreement.parent", "parent_required"))
        return
    if kind is AgreementKind.LOI:
        errors.append(FieldError("agreement.parent", "parent_not_allowed"))
    elif parent.kind not in kind.allowed_parents:
        errors.append(
            FieldError("agreement.parent", "parent_kind", {"expected": kind.allowed_parents[0]})
        )
    if agreement.partner_id is not None and parent.partner_id != agreement.partner_id:
        errors.append(FieldError("agreement.parent", "parent_other_partner"))
    if parent.id == agreement.id or parent.id in descendants:
        errors.append(FieldError("agreement.parent", "parent_cycle"))


def normalise_nip(nip: str) -> str:
    return "".join(nip.split())


def validate_officer(officer: Officer) -> list[FieldError]:
    errors: list[FieldError] = []
    _name(errors, "officer.name", officer.name, required=True, latin=False)
    nip = normalise_nip(officer.nip)
    if nip and (not nip.isdigit() or not nip.isascii() or len(nip) != NIP_DIGITS):
        digits = sum(c.isdigit() for c in nip)
        errors.append(FieldError("officer.nip", "bad_nip", {"count": digits}))
    _text(errors, "officer.position", officer.position, limit=NAME_LIMIT)
    _text(errors, "officer.unit", officer.unit, limit=NAME_LIMIT)
    return errors


def validate_activity(activity: Activity, *, today: date) -> list[FieldError]:
    """A logged activity happened: it has an agreement, a date no later than ``today`` and a
    description."""
    errors: list[FieldError] = []
    if activity.agreement_id is None:
        errors.append(FieldError("activity.agreement", "required"))
    if activity.happened_on is None:
        errors.append(FieldError("activity.happened_on", "required"))
    elif activity.happened_on > today:
        errors.append(
            FieldError(
                "activity.happened_on", "in_future", {"value": activity.happened_on, "today": today}
            )
        )
    _text(
        errors,
        "activity.description",
        activity.description,
        required=True,
        limit=NOTES_LIMIT,
        single_line=False,
    )
    _text(
        errors, "activity.participants", activity.participants, limit=NOTES_LIMIT, single_line=False
    )
    _text(errors, "activity.outcome", activity.outcome, limit=NOTES_LIMIT, single_line=False)
    return errors


def normalise_commitment(commitment: Commitment) -> Commitment:
    """Spaces tidied; an open commitment has no done date."""
    done_on = None if commitment.status is CommitmentStatus.OPEN else commitment.done_on
    return replace(
        commitment,
        title=normalise_space(commitment.title),
        evidence=commitment.evidence.strip(),
        notes=commitment.notes.strip(),
        done_on=done_on,
    )


def validate_commitment(
    commitment: Commitment, *, owner: Officer | None, today: date
) -> list[FieldError]:
    """A commitment says what, who and by when. An open one cannot rest with a transferred
    officer; a done one has its date (not in the future); a dropped one says why."""
    errors: list[FieldError] = []
    if commitment.agreement_id is None:
        errors.append(FieldError("commitment.agreement", "required"))
    _text(errors, "commitment.title", commitment.title, required=True, limit=TITLE_LIMIT)
    if commitment.due_on is None:
        errors.append(FieldError("commitment.due_on", "required"))
    if commitment.owner_id is None or owner is None:
        errors.append(FieldError("commitment.owner", "required"))
    elif commitment.status is CommitmentStatus.OPEN and owner.status is OfficerStatus.TRANSFERRED:
        errors.append(FieldError("commitment.owner", "owner_transferred", {"name": owner.name}))
    if commitment.status is CommitmentStatus.DONE:
        if commitment.done_on is None:
            errors.append(FieldError("commitment.done_on", "done_needs_date"))
        elif commitment.done_on > today:
            errors.append(
                FieldError(
                    "commitment.done_on",
                    "done_in_future",
                    {"value": commitment.done_on, "today": today},
                )
            )
    if commitment.status is CommitmentStatus.DROPPED and not commitment.evidence.strip():
        errors.append(FieldError("commitment.evidence", "dropped_needs_reason"))
    _text(errors, "commitment.evidence", commitment.evidence, limit=NOTES_LIMIT, single_line=False)
    _text(errors, "commitment.notes", commitment.notes, limit=NOTES_LIMIT, single_line=False)
    return errors
