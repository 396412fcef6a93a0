"""The wording of every validation and refusal message, once, in English (the source language).

Texts are marked with ``QT_TRANSLATE_NOOP`` so Qt Linguist collects them; the UI translates them
with the same context, the CLI prints them as they are. Placeholders are filled by :func:`render`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context`` without translating it here."""
    return text


MESSAGE_CONTEXT = "Validation"
FIELD_CONTEXT = "Field"

MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Validation", "{field} is required. Fill it in."),
    "too_long": QT_TRANSLATE_NOOP(
        "Validation", "{field} is too long ({length} characters). Keep it to {limit} characters."
    ),
    "not_latin": QT_TRANSLATE_NOOP(
        "Validation",
        "{field} must be in Latin script; {chars} belongs in the name in native script.",
    ),
    "bad_chars": QT_TRANSLATE_NOOP(
        "Validation", "{field} contains characters that do not belong in it: {chars}. Remove them."
    ),
    "negative": QT_TRANSLATE_NOOP("Validation", "{field} cannot be negative. Enter 0 or more."),
    "too_large": QT_TRANSLATE_NOOP("Validation", "{field} is too large. Enter at most {limit}."),
    "not_a_number": QT_TRANSLATE_NOOP(
        "Validation", "{field} must be a whole number, such as 1580000."
    ),
    "unknown_choice": QT_TRANSLATE_NOOP(
        "Validation", "{field} has a value we do not know. Pick one from the list."
    ),
    "bad_url": QT_TRANSLATE_NOOP(
        "Validation", "{field} is not a web address. Write it like https://www.example.org."
    ),
    "bad_email": QT_TRANSLATE_NOOP(
        "Validation", "{field} is not an e-mail address. Write it like name@example.org."
    ),
    "bad_phone": QT_TRANSLATE_NOOP(
        "Validation", "{field} may contain only digits, spaces and the signs + ( ) - ."
    ),
    "bad_nip": QT_TRANSLATE_NOOP(
        "Validation", "{field} must have 18 digits; this one has {count}. Check the number."
    ),
    "in_future": QT_TRANSLATE_NOOP(
        "Validation",
        "{field} ({value}) is after today ({today}): log an activity once it has happened; "
        "plan future ones as commitments or trips.",
    ),
    "not_a_date": QT_TRANSLATE_NOOP(
        "Validation",
        "{field}: “{value}” is not a date. Type it like 10/12/2026 or 2026-12-10 (day, month, "
        "year), or pick it in the calendar.",
    ),
    "not_an_image": QT_TRANSLATE_NOOP(
        "Validation",
        "{field}: the file is not a picture this program can read. Choose a PNG or JPEG file.",
    ),
    "image_too_large": QT_TRANSLATE_NOOP(
        "Validation",
        "{field} is larger than {limit} MB. Choose a smaller picture (an emblem of a few hundred "
        "pixels is enough for a letterhead).",
    ),
    "date_order": QT_TRANSLATE_NOOP(
        "Validation",
        "{field} ({value}) cannot be earlier than {other} ({other_value}). Correct one of them.",
    ),
    "expiry_when_open_ended": QT_TRANSLATE_NOOP(
        "Validation",
        "{field} must stay empty for an open-ended agreement. Clear it or untick open-ended.",
    ),
    "same_as_responsible": QT_TRANSLATE_NOOP(
        "Validation",
        "{field} cannot be the responsible officer as well. Choose another person.",
    ),
    "duplicate_partner": QT_TRANSLATE_NOOP(
        "Validation",
        "{name} ({country}) is already in the register. Open that record instead.",
    ),
    "parent_required": QT_TRANSLATE_NOOP(
        "Validation", "{field} is required for this kind. Choose the agreement it implements."
    ),
    "parent_kind": QT_TRANSLATE_NOOP(
        "Validation", "{field} must be a {expected}. Choose another agreement."
    ),
    "parent_not_allowed": QT_TRANSLATE_NOOP(
        "Validation", "{field} must be empty: a Letter of Intent starts the lineage."
    ),
    "parent_other_partner": QT_TRANSLATE_NOOP(
        "Validation", "{field} belongs to another partner. Choose one with the same partner."
    ),
    "parent_cycle": QT_TRANSLATE_NOOP(
        "Validation", "{field} cannot be this agreement or one that follows from it."
    ),
    "custom_field_label": QT_TRANSLATE_NOOP(
        "Validation", "{field}: each custom field needs a name in Indonesian or English."
    ),
    "contact_row": QT_TRANSLATE_NOOP("Validation", "Contact {row}: {message}"),
    "successor_required": QT_TRANSLATE_NOOP(
        "Validation", "{item}: choose a successor; nothing may stay with the officer who leaves."
    ),
    "successor_is_leaving": QT_TRANSLATE_NOOP(
        "Validation", "{item}: the successor cannot be the officer who leaves. Choose another."
    ),
    "successor_not_active": QT_TRANSLATE_NOOP(
        "Validation", "{item}: the successor has been transferred too. Choose an active officer."
    ),
    "deputy_is_responsible": QT_TRANSLATE_NOOP(
        "Validation",
        "{item}: the deputy cannot be the responsible officer as well. Choose another deputy "
        "or none.",
    ),
    "override_needs_reason": QT_TRANSLATE_NOOP(
        "Validation",
        "{field} is required to move on with checklist items missing: say why (it is kept "
        "with the agreement's history).",
    ),
    "gate_blocked": QT_TRANSLATE_NOOP(
        "Validation",
        "{field}: {count} checklist item(s) of the stages passed are not done yet. Complete "
        "them in the Checklist tab, or save again and give a reason to move on anyway.",
    ),
    "trip_too_long": QT_TRANSLATE_NOOP(
        "Validation",
        "{field}: the trip lasts {days} days; {rule} allows {limit} days abroad. "
        "Shorten it or choose the rule that applies.",
    ),
    "delegation_too_large": QT_TRANSLATE_NOOP(
        "Validation",
        "{field}: {count} persons; a {purpose} allows at most {limit}. Reduce the delegation.",
    ),
    "request_too_late": QT_TRANSLATE_NOOP(
        "Validation",
        "{field}: the request must go in {days} days before departure, by "
        "{latest} at the latest. Enter the date it went in, or move the trip.",
    ),
    "host_not_confirmed": QT_TRANSLATE_NOOP(
        "Validation",
        "{field}: the host has not confirmed yet. Tick it once their letter or e-mail has arrived.",
    ),
    "trip_overlap": QT_TRANSLATE_NOOP(
        "Validation",
        "{field}: {count} delegate(s) are also on the trip to {destination} "
        "({start} to {end}). Change the dates or the delegation.",
    ),
    "out_of_range": QT_TRANSLATE_NOOP(
        "Validation", "{name} must be from {minimum} to {maximum}. Enter a number in that range."
    ),
    "owner_transferred": QT_TRANSLATE_NOOP(
        "Validation",
        "{field}: {name} has been transferred and can no longer see this through. Choose a "
        "successor (the handover does this for all of their commitments at once).",
    ),
    "done_needs_date": QT_TRANSLATE_NOOP(
        "Validation", "{field} is required once the commitment is done. Enter the day it was."
    ),
    "done_in_future": QT_TRANSLATE_NOOP(
        "Validation",
        "{field} ({value}) is after today ({today}). Mark it done once it has happened.",
    ),
    "dropped_needs_reason": QT_TRANSLATE_NOOP(
        "Validation",
        "{field} is required when a commitment is dropped: write why (for the next officer).",
    ),
    # Refusals to delete.
    "partner_has_agreements": QT_TRANSLATE_NOOP(
        "Validation",
        "{name} still has agreements in the register ({count}). "
        "Delete those agreements first; the partner's history stays with them until then.",
    ),
    "officer_holds_agreements": QT_TRANSLATE_NOOP(
        "Validation",
        "{name} is still responsible or deputy for agreements in the register ({count}). "
        "Reassign them first, or mark the officer as transferred instead of deleting.",
    ),
    "officer_owns_commitments": QT_TRANSLATE_NOOP(
        "Validation",
        "{name} is named as the owner of commitments in the register ({count}). "
        "Hand them over to a successor first, or mark the officer as transferred instead "
        "of deleting.",
    ),
    "officer_has_handovers": QT_TRANSLATE_NOOP(
        "Validation",
        "{name} handed over their work; the handover stays in the register's history, so the "
        "officer stays too (as transferred).",
    ),
    "agreement_has_followers": QT_TRANSLATE_NOOP(
        "Validation",
        "{name} has agreements that follow from it ({count}: implementing arrangements, "
        "addenda or an MoU). Delete or re-link those first.",
    ),
    # Registers that cannot be opened; the file is never modified.
    "not_sqlite": QT_TRANSLATE_NOOP(
        "Validation",
        "{path} is not a Kerjasama Desk register: it is not an SQLite database. "
        "Choose another file; this one was left untouched.",
    ),
    "not_a_register": QT_TRANSLATE_NOOP(
        "Validation",
        "{path} is a database of another program, not a Kerjasama Desk register. "
        "Choose another file; this one was left untouched.",
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "Validation",
        "{path} is damaged and cannot be read ({detail}). It was left untouched. "
        "Open another register or a backup copy.",
    ),
    "newer_version": QT_TRANSLATE_NOOP(
        "Validation",
        "{path} was written by a newer version of Kerjasama Desk (register version {found}; "
        "this app knows up to {known}). Install the newer app; the file was left untouched.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Validation",
        "{path} cannot be written: the file or its folder is read-only. Copy it to a folder "
        "you can write to, or ask for write permission. The file was left untouched.",
    ),
    "register_held": QT_TRANSLATE_NOOP(
        "Validation",
        "{path} is open in another Kerjasama Desk (process {holder}). Close it there, "
        "then try again; nothing was changed.",
    ),
    "register_replaced": QT_TRANSLATE_NOOP(
        "Validation",
        "The register file {path} was replaced or moved by another program while it was "
        "open here. Nothing was saved into the old file. Open the register again "
        "(File → Open register…) to work on it as it is now.",
    ),
    "empty_file": QT_TRANSLATE_NOOP(
        "Validation",
        "{path} is an empty file, not a register; nothing was written to it. Choose a "
        "register, or give the name of a file that does not exist yet to start a new one.",
    ),
    "no_folder": QT_TRANSLATE_NOOP(
        "Validation", "The folder of {path} does not exist. Choose an existing folder."
    ),
    "attachment_too_large": QT_TRANSLATE_NOOP(
        "Validation",
        "{name} is {size} MB; an attachment can be at most {limit} MB. Attach a smaller file "
        "(a scan at a lower resolution, or the document split in parts).",
    ),
    "attachment_unreadable": QT_TRANSLATE_NOOP(
        "Validation",
        "{name} cannot be read ({detail}). Check the file and try again; nothing was attached.",
    ),
    "attachment_missing": QT_TRANSLATE_NOOP(
        "Validation",
        "The file of “{name}” is missing or damaged in the data folder ({path}). Import it "
        "again from a .kdx that holds it, or attach the original again.",
    ),
    "old_version_read_only": QT_TRANSLATE_NOOP(
        "Validation",
        "{path} is a register of an older version ({found}; this app uses {known}) and must be "
        "upgraded before it can be shown, which cannot be done where it is read-only. Copy it "
        "to a folder you can write to and open the copy. The file was left untouched.",
    ),
    "journal_read_only": QT_TRANSLATE_NOOP(
        "Validation",
        "{path} has changes in its journal file ({path}-wal) that cannot be read where the "
        "folder is read-only. Copy the register together with its -wal file to a folder you "
        "can write to and open the copy. The files were left untouched.",
    ),
}

FIELD_LABELS: dict[str, str] = {
    "ours.name_id": QT_TRANSLATE_NOOP("Field", "Name of our region (Indonesian)"),
    "ours.name_en": QT_TRANSLATE_NOOP("Field", "Name of our region (English)"),
    "ours.level": QT_TRANSLATE_NOOP("Field", "Level of government"),
    "ours.province_id": QT_TRANSLATE_NOOP("Field", "Province (Indonesian)"),
    "ours.province_en": QT_TRANSLATE_NOOP("Field", "Province (English)"),
    "ours.country": QT_TRANSLATE_NOOP("Field", "Country"),
    "ours.head_name": QT_TRANSLATE_NOOP("Field", "Head of region"),
    "ours.head_title_id": QT_TRANSLATE_NOOP("Field", "Title of the head of region (Indonesian)"),
    "ours.head_title_en": QT_TRANSLATE_NOOP("Field", "Title of the head of region (English)"),
    "ours.address": QT_TRANSLATE_NOOP("Field", "Address"),
    "ours.telephone": QT_TRANSLATE_NOOP("Field", "Telephone"),
    "ours.email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "ours.website": QT_TRANSLATE_NOOP("Field", "Website"),
    "ours.office_id": QT_TRANSLATE_NOOP("Field", "Cooperation office (Indonesian)"),
    "ours.office_en": QT_TRANSLATE_NOOP("Field", "Cooperation office (English)"),
    "ours.coat_of_arms": QT_TRANSLATE_NOOP("Field", "Coat of arms"),
    "partner.name": QT_TRANSLATE_NOOP("Field", "Name (Latin script)"),
    "partner.native_name": QT_TRANSLATE_NOOP("Field", "Name in native script"),
    "partner.country": QT_TRANSLATE_NOOP("Field", "Country"),
    "partner.region": QT_TRANSLATE_NOOP("Field", "Region / province / state"),
    "partner.level": QT_TRANSLATE_NOOP("Field", "Level"),
    "partner.population": QT_TRANSLATE_NOOP("Field", "Population"),
    "partner.characteristics": QT_TRANSLATE_NOOP("Field", "Characteristics"),
    "partner.website": QT_TRANSLATE_NOOP("Field", "Website"),
    "partner.notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "partner.contacts": QT_TRANSLATE_NOOP("Field", "Contacts"),
    "contact.person": QT_TRANSLATE_NOOP("Field", "Person"),
    "contact.title": QT_TRANSLATE_NOOP("Field", "Title / position"),
    "contact.organisation": QT_TRANSLATE_NOOP("Field", "Organisation"),
    "contact.email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "contact.phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "contact.languages": QT_TRANSLATE_NOOP("Field", "Languages"),
    "agreement.partner": QT_TRANSLATE_NOOP("Field", "Partner"),
    "agreement.kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "agreement.parent": QT_TRANSLATE_NOOP("Field", "Follows from"),
    "agreement.title_id": QT_TRANSLATE_NOOP("Field", "Title in Indonesian"),
    "agreement.title_en": QT_TRANSLATE_NOOP("Field", "Title in English"),
    "agreement.our_number": QT_TRANSLATE_NOOP("Field", "Our number"),
    "agreement.partner_number": QT_TRANSLATE_NOOP("Field", "Partner's number"),
    "agreement.stage": QT_TRANSLATE_NOOP("Field", "Stage"),
    "agreement.initiated_on": QT_TRANSLATE_NOOP("Field", "Initiated on"),
    "agreement.signed_on": QT_TRANSLATE_NOOP("Field", "Signed on"),
    "agreement.effective_on": QT_TRANSLATE_NOOP("Field", "In force from"),
    "agreement.expires_on": QT_TRANSLATE_NOOP("Field", "Expires on"),
    "agreement.open_ended": QT_TRANSLATE_NOOP("Field", "Open-ended"),
    "agreement.fields": QT_TRANSLATE_NOOP("Field", "Cooperation fields"),
    "agreement.responsible": QT_TRANSLATE_NOOP("Field", "Responsible officer"),
    "agreement.deputy": QT_TRANSLATE_NOOP("Field", "Deputy officer"),
    "agreement.notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "activity.agreement": QT_TRANSLATE_NOOP("Field", "Agreement"),
    "activity.happened_on": QT_TRANSLATE_NOOP("Field", "Date"),
    "activity.kind": QT_TRANSLATE_NOOP("Field", "Kind of activity"),
    "activity.field": QT_TRANSLATE_NOOP("Field", "Cooperation field"),
    "activity.description": QT_TRANSLATE_NOOP("Field", "What happened"),
    "activity.participants": QT_TRANSLATE_NOOP("Field", "Participants"),
    "activity.outcome": QT_TRANSLATE_NOOP("Field", "Outcome and follow-up"),
    "activity.evidence": QT_TRANSLATE_NOOP("Field", "Evidence (an attached file)"),
    "commitment.agreement": QT_TRANSLATE_NOOP("Field", "Agreement"),
    "commitment.title": QT_TRANSLATE_NOOP("Field", "What is promised"),
    "commitment.owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "commitment.due_on": QT_TRANSLATE_NOOP("Field", "Due on"),
    "commitment.status": QT_TRANSLATE_NOOP("Field", "Status"),
    "commitment.done_on": QT_TRANSLATE_NOOP("Field", "Done on"),
    "commitment.evidence": QT_TRANSLATE_NOOP("Field", "Evidence or reason"),
    "commitment.field": QT_TRANSLATE_NOOP("Field", "Cooperation field"),
    "commitment.notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "commitment.source": QT_TRANSLATE_NOOP("Field", "Where it came from"),
    "gate.reason": QT_TRANSLATE_NOOP("Field", "Reason for moving on"),
    "gate.reference": QT_TRANSLATE_NOOP("Field", "Letter or document number"),
    "gate.dated": QT_TRANSLATE_NOOP("Field", "Date of the letter"),
    "trip.purpose": QT_TRANSLATE_NOOP("Field", "Purpose"),
    "trip.destination": QT_TRANSLATE_NOOP("Field", "Destination"),
    "trip.departs_on": QT_TRANSLATE_NOOP("Field", "Departure"),
    "trip.returns_on": QT_TRANSLATE_NOOP("Field", "Return"),
    "trip.delegation": QT_TRANSLATE_NOOP("Field", "Delegation (one person a line)"),
    "trip.requested_on": QT_TRANSLATE_NOOP("Field", "Request submitted on"),
    "trip.terms_of_reference": QT_TRANSLATE_NOOP("Field", "Terms of reference (KAK)"),
    "trip.follow_up_plan": QT_TRANSLATE_NOOP("Field", "Follow-up plan (one step a line)"),
    "trip.host_confirmed": QT_TRANSLATE_NOOP("Field", "Host confirmed"),
    "trip.status": QT_TRANSLATE_NOOP("Field", "Status"),
    "trip.rules": QT_TRANSLATE_NOOP("Field", "Rules"),
    "trip.notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "parameter.value": QT_TRANSLATE_NOOP("Field", "Value"),
    "handover.handed_on": QT_TRANSLATE_NOOP("Field", "Date of the handover"),
    "handover.successor": QT_TRANSLATE_NOOP("Field", "Successor"),
    "handover.note": QT_TRANSLATE_NOOP("Field", "Note"),
    "officer.name": QT_TRANSLATE_NOOP("Field", "Name"),
    "officer.nip": QT_TRANSLATE_NOOP("Field", "NIP"),
    "officer.position": QT_TRANSLATE_NOOP("Field", "Position"),
    "officer.unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "officer.status": QT_TRANSLATE_NOOP("Field", "Status"),
}

Translate = Callable[[str, str], str]
FormatValue = Callable[[Any], str]


def sentence(text: object) -> str:
    """``text`` as a sentence that ends with exactly one full stop, so that a reason followed by
    "The register was not changed." reads as two sentences, never ".." nor none."""
    said = str(text).strip()
    while said.endswith(".."):
        said = said[:-1]
    return said if said.endswith((".", "!", "?", "…")) else f"{said}."


def _identity(context: str, text: str) -> str:
    return text


def render(
    code: str,
    params: Mapping[str, Any],
    *,
    field: str | None = None,
    translate: Translate | None = None,
    format_value: FormatValue | None = None,
) -> str:
    """The message for ``code`` in the language ``translate`` gives, with its placeholders filled.

    ``params`` are raw values (dates, numbers, vocabulary members); ``format_value`` turns them
    into text for the same language.
    """
    translate = translate or _identity
    format_value = format_value or str
    values = {key: format_value(value) for key, value in params.items()}
    if field is not None:
        values["field"] = translate(FIELD_CONTEXT, FIELD_LABELS[field])
    for key in ("other",):
        if key in params and params[key] in FIELD_LABELS:
            values[key] = translate(FIELD_CONTEXT, FIELD_LABELS[params[key]])
    return translate(MESSAGE_CONTEXT, MESSAGES[code]).format(**values)
