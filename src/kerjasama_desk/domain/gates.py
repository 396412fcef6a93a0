"""Pipeline gates (docs/domain.md §3): what must be on record at each stage before an agreement moves
past it. Moving on with items missing needs an explicit override with a reason, which is kept.

The gates apply when an agreement already in the register moves forward; an agreement entered
for the first time at a later stage (an old MoU being recorded) is taken as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kerjasama_desk.domain.vocab import AgreementStage, Term


@dataclass(frozen=True)
class GateItem:
    stage: AgreementStage
    code: str
    label: Term
    reference: bool = False  # a letter or document number and its date are recorded
    required: bool = True  # False: only where it applies (full powers)


S = AgreementStage
CHECKLISTS: tuple[GateItem, ...] = (
    GateItem(
        S.INITIATIVE,
        "initiator",
        Term(
            "Pemrakarsa dan tanggal prakarsa (mitra, pemerintah pusat, atau kita)",
            "Who initiated it and when (the partner, central government, or us)",
        ),
    ),
    GateItem(
        S.INITIATIVE,
        "initiative_letter",
        Term("Surat prakarsa", "Letter of initiative"),
        reference=True,
    ),
    GateItem(
        S.EXPLORATION, "profiles", Term("Pertukaran profil daerah", "Regional profiles exchanged")
    ),
    GateItem(
        S.EXPLORATION,
        "contacts",
        Term("Kunjungan atau kontak kedutaan tercatat", "Visits or embassy contacts recorded"),
    ),
    GateItem(
        S.LETTER_OF_INTENT,
        "loi_signed",
        Term(
            "LoI ditandatangani: tanggal, tempat, penandatangan",
            "LoI signed: date, place, signatories",
        ),
        reference=True,
    ),
    GateItem(
        S.COOPERATION_PLAN,
        "terms_of_reference",
        Term("Kerangka acuan kerja (KAK/ToR)", "Terms of reference (KAK/ToR)"),
    ),
    GateItem(
        S.COOPERATION_PLAN,
        "plan_of_action",
        Term(
            "Rencana aksi: tujuan, sasaran, manfaat", "Plan of action: aims, objectives, benefits"
        ),
    ),
    # Our own letters of the pipeline (a letter template fills them: docs/letters.md); only the
    # answers to them are required to move on.
    GateItem(
        S.DPRD_APPROVAL,
        "dprd_request",
        Term("Surat permohonan persetujuan kepada DPRD", "Our letter asking the DPRD's approval"),
        reference=True,
        required=False,
    ),
    GateItem(
        S.DPRD_APPROVAL,
        "dprd_letter",
        Term("Surat persetujuan DPRD: nomor dan tanggal", "DPRD approval letter: number and date"),
        reference=True,
    ),
    GateItem(
        S.CENTRAL_VERIFICATION,
        "kemendagri_request",
        Term(
            "Surat permohonan fasilitasi kepada Menteri Dalam Negeri",
            "Our letter asking the Minister of Home Affairs for facilitation",
        ),
        reference=True,
        required=False,
    ),
    GateItem(
        S.CENTRAL_VERIFICATION,
        "kemendagri",
        Term("Surat fasilitasi Kemendagri", "Facilitation letter of the Ministry of Home Affairs"),
        reference=True,
    ),
    GateItem(
        S.CENTRAL_VERIFICATION,
        "kemlu",
        Term(
            "Telaah Kemlu (Ditjen Hukum dan Perjanjian Internasional)",
            "Review by the Ministry of Foreign Affairs (Law and Treaties)",
        ),
        reference=True,
    ),
    GateItem(S.SIGNING, "initialled_draft", Term("Draf yang telah diparaf", "Initialled draft")),
    GateItem(
        S.SIGNING,
        "full_powers_request",
        Term(
            "Surat permohonan surat kuasa kepada Menteri Luar Negeri",
            "Our letter asking the Foreign Minister for full powers",
        ),
        reference=True,
        required=False,
    ),
    GateItem(
        S.SIGNING,
        "full_powers",
        Term(
            "Surat kuasa (full powers) dari Menteri Luar Negeri, bila diperlukan",
            "Full powers from the Foreign Minister, where required",
        ),
        reference=True,
        required=False,
    ),
    GateItem(
        S.SIGNING,
        "deposit",
        Term("Naskah asli diserahkan ke Kemlu", "Original deposited with the Foreign Ministry"),
        reference=True,
    ),
    GateItem(
        S.IMPLEMENTATION,
        "working_group",
        Term("Kelompok kerja bersama dibentuk", "Joint working group set up"),
    ),
    GateItem(
        S.IMPLEMENTATION,
        "annual_plan",
        Term("Rencana aksi tahunan disepakati", "Annual plan of action agreed"),
    ),
    GateItem(
        S.EVALUATION,
        "annual_report",
        Term("Laporan tahunan dan evaluasi", "Annual report and evaluation"),
        reference=True,
    ),
)


@dataclass(frozen=True)
class GateRecord:
    """What is on record for one checklist item of one agreement."""

    code: str
    done: bool = False
    reference: str = ""  # letter or document number
    dated: date | None = None
    attachment_id: int | None = None
    note: str = ""


def items_of(stage: AgreementStage) -> tuple[GateItem, ...]:
    return tuple(item for item in CHECKLISTS if item.stage is stage)


def passed_stages(old: AgreementStage, new: AgreementStage) -> list[AgreementStage]:
    """The stages an agreement leaves behind moving from ``old`` to ``new`` (none when it
    stays, goes back, or ends: ending is always allowed)."""
    if new is AgreementStage.ENDED or new.position <= old.position:
        return []
    return [
        stage
        for stage in AgreementStage
        if old.position <= stage.position < new.position and stage is not AgreementStage.ENDED
    ]


def missing(
    old: AgreementStage, new: AgreementStage, records: dict[str, GateRecord]
) -> list[GateItem]:
    """The checklist items of the stages passed that are not done."""
    return [
        item
        for stage in passed_stages(old, new)
        for item in items_of(stage)
        if item.required and not records.get(item.code, GateRecord(item.code)).done
    ]
