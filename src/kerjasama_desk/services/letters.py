"""Filing a letter of the pipeline (docs/letters.md): once the officer confirms the number the
agenda book gave it, the letter's number and date fill its checklist item, and its PDF is kept
with the agreement as that item's file. One transaction for the record; the file is stored
first (a file kept without a record is found again by its hash, never lost)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kerjasama_desk.domain.gates import GateRecord
from kerjasama_desk.services.attachments import Attachments
from kerjasama_desk.services.drafts import DraftService
from kerjasama_desk.services.gates import record_item
from kerjasama_desk.services.register import RegisterService


class NotFileable(ValueError):
    """Why a draft's letter cannot fill a checklist item (English, for the CLI)."""


def record_letter(
    service: RegisterService, drafts: DraftService, draft_id: int, pdf: Path, today: date
) -> GateRecord:
    """Records the letter of ``draft_id`` (its latest version), printed as ``pdf``, in its
    agreement's checklist: the item its template names, done, with the letter's number and
    date, and the PDF attached. Raises NotFileable when it cannot be."""
    draft = drafts.draft(draft_id)
    item = drafts.letter_gate(draft_id)
    if item is None or draft.agreement_id is None:
        raise NotFileable(
            f"draft {draft_id} is not a letter that fills a checklist item of an agreement"
        )
    values = drafts.answers(draft_id).values
    number = str(values.get("letter_number") or "").strip()
    dated = values.get("letter_date")
    if not number or not dated:
        raise NotFileable(
            "the letter needs its number from the agenda book and its date: answer "
            "“Letter number” and “Date of the letter”, save, and export the signing copy again"
        )
    kept = Attachments(service).attach(draft.agreement_id, pdf, f"{item.label.id} — {number}")
    record = GateRecord(
        item.code, True, number, date.fromisoformat(dated), kept.id, f"Draf {draft_id}"
    )
    record_item(service, draft.agreement_id, record, today)
    return record
