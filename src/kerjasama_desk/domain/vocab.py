"""Bilingual vocabularies of the register: partner levels and characteristics, agreement kinds,
pipeline stages (docs/domain.md §3) and standard cooperation fields (docs/domain.md §5).

Each term carries its vetted Indonesian and English wording because documents and reports need
both regardless of the UI language; the UI picks the one matching its language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Term:
    """One term in both languages (``id`` = Bahasa Indonesia, ``en`` = English)."""

    id: str
    en: str

    def in_language(self, language: str) -> str:
        return self.id if language == "id" else self.en

    def __str__(self) -> str:  # where no language is chosen (logs, the command line): English
        return self.en


class _Vocabulary(StrEnum):
    """A StrEnum whose members carry a bilingual :class:`Term`."""

    @property
    def term(self) -> Term:
        return _TERMS[type(self).__name__][self.value]

    def label(self, language: str) -> str:
        return self.term.in_language(language)


class PartnerLevel(_Vocabulary):
    CITY = "city"
    REGENCY = "regency"
    PROVINCE = "province"
    OTHER = "other"


class Characteristic(_Vocabulary):
    PORT = "port"
    TRADE = "trade"
    INDUSTRY = "industry"
    TOURISM = "tourism"
    EDUCATION = "education"
    CULTURE = "culture"
    ENVIRONMENT = "environment"
    AGRICULTURE = "agriculture"
    MARITIME = "maritime"
    TECHNOLOGY = "technology"
    CAPITAL = "capital"


class AgreementKind(_Vocabulary):
    LOI = "loi"
    MOU = "mou"
    IMPLEMENTING_ARRANGEMENT = "implementing_arrangement"
    ADDENDUM = "addendum"

    @property
    def abbreviation(self) -> str:
        return _KIND_ABBREVIATIONS[self]

    @property
    def allowed_parents(self) -> tuple[AgreementKind, ...]:
        """Kinds this kind may follow in the LoI → MoU → implementing arrangement lineage."""
        return _ALLOWED_PARENTS[self]

    @property
    def needs_parent(self) -> bool:
        return self in (AgreementKind.IMPLEMENTING_ARRANGEMENT, AgreementKind.ADDENDUM)


class AgreementStage(_Vocabulary):
    """The pipeline of docs/domain.md §3, in order."""

    INITIATIVE = "initiative"
    EXPLORATION = "exploration"
    LETTER_OF_INTENT = "letter_of_intent"
    COOPERATION_PLAN = "cooperation_plan"
    DPRD_APPROVAL = "dprd_approval"
    CENTRAL_VERIFICATION = "central_verification"
    SIGNING = "signing"
    IMPLEMENTATION = "implementation"
    EVALUATION = "evaluation"
    RENEWAL = "renewal"
    ENDED = "ended"

    @property
    def position(self) -> int:
        """1-based place in the pipeline (renewal and ended share the last step)."""
        return min(list(AgreementStage).index(self) + 1, 10)

    def numbered_label(self, language: str) -> str:
        """The stage as lists show it, "8. Pelaksanaan"; "Berakhir" has no number: it is where
        the pipeline stops, not a step of its own (it shares the last step with renewal)."""
        label = self.label(language)
        return label if self is AgreementStage.ENDED else f"{self.position}. {label}"


class CooperationField(_Vocabulary):
    """Standard fields seen in real MoUs (docs/domain.md §5)."""

    PORT_LOGISTICS = "port_logistics"
    TRADE_INVESTMENT = "trade_investment"
    INDUSTRY = "industry"
    TOURISM = "tourism"
    ENVIRONMENT = "environment"
    URBAN_PLANNING = "urban_planning"
    EDUCATION = "education"
    SCIENCE_TECHNOLOGY = "science_technology"
    ARTS_CULTURE = "arts_culture"
    YOUTH_SPORT = "youth_sport"
    HEALTH = "health"
    GOVERNMENT = "government"
    DISASTER = "disaster"
    OTHER = "other"


class ActivityKind(_Vocabulary):
    """What happened under an agreement (a logged activity shows the agreement is alive)."""

    VISIT_ABROAD = "visit_abroad"
    VISIT_RECEIVED = "visit_received"
    MEETING = "meeting"
    WORKING_GROUP = "working_group"
    EXCHANGE = "exchange"
    TRAINING = "training"
    EVENT = "event"
    CORRESPONDENCE = "correspondence"
    OTHER = "other"


class OfficerStatus(_Vocabulary):
    ACTIVE = "active"
    TRANSFERRED = "transferred"  # *mutasi*: moved to another post


class CommitmentStatus(_Vocabulary):
    """Where a promise made under an agreement stands."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"  # agreed with the partner not to do it; kept with its reason


class TripPurpose(_Vocabulary):
    """Why a delegation travels (the PDLN rule sets a delegation size for each)."""

    EXPLORATION = "exploration"
    BILATERAL = "bilateral"
    SIGNING = "signing"
    CEREMONY = "ceremony"
    TRADE_CULTURE = "trade_culture"
    TRAINING = "training"


class TripStatus(_Vocabulary):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class CommitmentSource(_Vocabulary):
    """Where a commitment came from: typed in, the annual cycle of a signed MoU, or one of its
    cooperation fields."""

    MANUAL = "manual"
    TRIP_FOLLOW_UP = "trip_follow_up"  # a step of a trip's follow-up plan
    PLAN_OF_ACTION = "plan_of_action"  # the annual plan of action (rencana aksi tahunan)
    WORKING_GROUP = "working_group"  # the joint working group's annual meeting
    ANNUAL_REPORT = "annual_report"  # the annual implementation report to the head of region
    FIELD_PROGRAMME = "field_programme"  # a first programme in one of the MoU's fields


_KIND_ABBREVIATIONS = {
    AgreementKind.LOI: "LoI",
    AgreementKind.MOU: "MoU",
    AgreementKind.IMPLEMENTING_ARRANGEMENT: "IA",
    AgreementKind.ADDENDUM: "Add.",
}

_ALLOWED_PARENTS: dict[AgreementKind, tuple[AgreementKind, ...]] = {
    AgreementKind.LOI: (),
    AgreementKind.MOU: (AgreementKind.LOI,),
    AgreementKind.IMPLEMENTING_ARRANGEMENT: (AgreementKind.MOU,),
    AgreementKind.ADDENDUM: (AgreementKind.MOU, AgreementKind.IMPLEMENTING_ARRANGEMENT),
}

_TERMS: dict[str, dict[str, Term]] = {
    "ActivityKind": {
        "visit_abroad": Term("Kunjungan ke mitra", "Visit to the partner"),
        "visit_received": Term("Kunjungan dari mitra", "Visit from the partner"),
        "meeting": Term("Pertemuan", "Meeting"),
        "working_group": Term("Rapat kelompok kerja bersama", "Joint working group meeting"),
        "exchange": Term(
            "Pertukaran (pelajar, staf, budaya)", "Exchange (students, staff, culture)"
        ),
        "training": Term("Pelatihan / magang", "Training / internship"),
        "event": Term("Acara / pameran / festival", "Event / fair / festival"),
        "correspondence": Term("Surat-menyurat", "Correspondence"),
        "other": Term("Lainnya", "Other"),
    },
    "PartnerLevel": {
        "city": Term("Kota", "City"),
        "regency": Term("Kabupaten", "Regency / county"),
        "province": Term("Provinsi / negara bagian", "Province / state"),
        "other": Term("Lainnya", "Other"),
    },
    "Characteristic": {
        "port": Term("Pelabuhan", "Port"),
        "trade": Term("Perdagangan", "Trade"),
        "industry": Term("Industri", "Industry"),
        "tourism": Term("Pariwisata", "Tourism"),
        "education": Term("Pendidikan", "Education"),
        "culture": Term("Budaya", "Culture"),
        "environment": Term("Lingkungan hidup", "Environment"),
        "agriculture": Term("Pertanian", "Agriculture"),
        "maritime": Term("Kelautan dan perikanan", "Maritime and fisheries"),
        "technology": Term("Teknologi", "Technology"),
        "capital": Term("Ibu kota", "Capital city"),
    },
    "AgreementKind": {
        "loi": Term("Pernyataan Kehendak (LoI)", "Letter of Intent (LoI)"),
        "mou": Term("Memorandum Saling Pengertian (MoU)", "Memorandum of Understanding (MoU)"),
        "implementing_arrangement": Term("Pengaturan pelaksanaan", "Implementing arrangement"),
        "addendum": Term("Adendum", "Addendum"),
    },
    "AgreementStage": {
        "initiative": Term("Prakarsa", "Initiative"),
        "exploration": Term("Penjajakan", "Exploration"),
        "letter_of_intent": Term("Pernyataan Kehendak", "Letter of Intent"),
        "cooperation_plan": Term("Rencana Kerja Sama", "Cooperation plan"),
        "dprd_approval": Term("Persetujuan DPRD", "Council (DPRD) approval"),
        "central_verification": Term("Verifikasi pusat", "Central verification"),
        "signing": Term("Penandatanganan", "Signing"),
        "implementation": Term("Pelaksanaan", "Implementation"),
        "evaluation": Term("Evaluasi", "Evaluation"),
        "renewal": Term("Perpanjangan", "Renewal"),
        "ended": Term("Berakhir", "Ended"),
    },
    "CooperationField": {
        "port_logistics": Term("Pelabuhan dan logistik", "Port and logistics"),
        "trade_investment": Term("Perdagangan dan investasi", "Trade and investment"),
        "industry": Term("Perindustrian", "Industry"),
        "tourism": Term("Pariwisata", "Tourism"),
        "environment": Term(
            "Lingkungan hidup dan pengelolaan sampah", "Environment and waste management"
        ),
        "urban_planning": Term("Tata kota dan infrastruktur", "Urban planning and infrastructure"),
        "education": Term("Pendidikan", "Education"),
        "science_technology": Term("Ilmu pengetahuan dan teknologi", "Science and technology"),
        "arts_culture": Term("Seni dan budaya", "Arts and culture"),
        "youth_sport": Term("Kepemudaan dan olahraga", "Youth and sport"),
        "health": Term("Kesehatan", "Health"),
        "government": Term(
            "Administrasi pemerintahan dan peningkatan kapasitas",
            "Government administration and capacity building",
        ),
        "disaster": Term(
            "Penanggulangan bencana (banjir dan rob)",
            "Disaster management (floods and tidal flooding)",
        ),
        "other": Term("Bidang lain yang disepakati bersama", "Other mutually agreed fields"),
    },
    "OfficerStatus": {
        "active": Term("Aktif", "Active"),
        "transferred": Term("Dimutasi", "Transferred"),
    },
    "CommitmentStatus": {
        "open": Term("Terbuka", "Open"),
        "done": Term("Selesai", "Done"),
        "dropped": Term("Dibatalkan", "Dropped"),
    },
    "TripPurpose": {
        "exploration": Term("Penjajakan", "Exploration"),
        "bilateral": Term("Pertemuan bilateral", "Bilateral meeting"),
        "signing": Term("Penandatanganan", "Signing"),
        "ceremony": Term("Seremoni / peringatan", "Ceremony / anniversary"),
        "trade_culture": Term("Misi dagang / budaya", "Trade or cultural mission"),
        "training": Term("Pelatihan", "Training"),
    },
    "TripStatus": {
        "planned": Term("Direncanakan", "Planned"),
        "done": Term("Terlaksana", "Done"),
        "cancelled": Term("Dibatalkan", "Cancelled"),
    },
    "CommitmentSource": {
        "manual": Term("Dicatat sendiri", "Entered by hand"),
        "trip_follow_up": Term("Tindak lanjut perjalanan dinas", "Follow-up of an official trip"),
        "plan_of_action": Term("Rencana aksi tahunan", "Annual plan of action"),
        "working_group": Term("Sidang kelompok kerja bersama", "Joint working group meeting"),
        "annual_report": Term("Laporan pelaksanaan tahunan", "Annual implementation report"),
        "field_programme": Term("Program pertama", "First programme"),
    },
}
