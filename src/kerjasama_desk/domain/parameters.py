"""The legal and practical numbers the app works with (docs/domain.md §4), each a setting of the
register with its default and the basis it rests on, so an office can follow its own rule and
every officer sees where a number comes from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kerjasama_desk.domain.errors import FieldError
from kerjasama_desk.domain.followup import FollowUpSettings
from kerjasama_desk.domain.travel import PDLN_2024, TravelRules
from kerjasama_desk.domain.vocab import Term, TripPurpose


@dataclass(frozen=True)
class Parameter:
    key: str
    default: int
    minimum: int
    maximum: int
    label: Term
    unit: Term
    basis: Term


_MONTHS, _YEARS = Term("bulan", "months"), Term("tahun", "years")
_PERSONS, _DAYS = Term("orang", "persons"), Term("hari", "days")
_PDLN = Term(
    "Surat edaran Kemensetneg tentang PDLN, Desember 2024",
    "State Secretariat circular on official travel abroad, December 2024",
)

PARAMETERS: tuple[Parameter, ...] = (
    Parameter(
        "term_years",
        5,
        1,
        30,
        Term("Jangka waktu maksimum perjanjian", "Maximum term of an agreement"),
        _YEARS,
        Term(
            "Praktik dan pedoman daerah; dapat diperpanjang",
            "Regional practice and guidance; extendable",
        ),
    ),
    Parameter(
        "notice_months",
        6,
        1,
        24,
        Term("Pemberitahuan pengakhiran", "Termination notice"),
        _MONTHS,
        Term(
            "Klausul banyak MSP: pemberitahuan tertulis 6 bulan sebelumnya",
            "Clause of many MoUs: 6 months' prior written notice",
        ),
    ),
    Parameter(
        "dormancy_months",
        12,
        3,
        60,
        Term("Alarm perjanjian tidak aktif", "Dormancy alarm"),
        _MONTHS,
        Term(
            "Aturan aplikasi: siklus tahunan kelompok kerja bersama",
            "Product rule: the joint working group's annual cycle",
        ),
    ),
    Parameter(
        "expiry_warning_months",
        6,
        1,
        24,
        Term("Peringatan sebelum berakhir", "Warning before expiry"),
        _MONTHS,
        Term("Aturan aplikasi", "Product rule"),
    ),
    *(
        Parameter(
            f"delegation_{purpose.value}",
            limit,
            1,
            50,
            Term(
                f"Delegasi maksimum: {purpose.term.id.lower()}",
                f"Largest delegation: {purpose.term.en.lower()}",
            ),
            _PERSONS,
            _PDLN,
        )
        for purpose, limit in PDLN_2024.delegation_limits.items()
    ),
    Parameter(
        "request_days",
        7,
        0,
        90,
        Term("Permohonan PDLN sebelum berangkat", "Travel request before departure"),
        _DAYS,
        _PDLN,
    ),
)
DEFAULTS = {p.key: p.default for p in PARAMETERS}


def validate(values: Mapping[str, int]) -> list[FieldError]:
    errors = []
    for parameter in PARAMETERS:
        value = values.get(parameter.key, parameter.default)
        if not parameter.minimum <= value <= parameter.maximum:
            errors.append(
                FieldError(
                    "parameter.value",
                    "out_of_range",
                    {
                        "name": parameter.label,
                        "minimum": parameter.minimum,
                        "maximum": parameter.maximum,
                    },
                )
            )
    return errors


def follow_up_settings(values: Mapping[str, int]) -> FollowUpSettings:
    merged = {**DEFAULTS, **values}
    return FollowUpSettings(
        dormancy_months=merged["dormancy_months"],
        expiry_warning_months=merged["expiry_warning_months"],
        notice_months=merged["notice_months"],
    )


def pdln_rules(values: Mapping[str, int]) -> TravelRules:
    merged = {**DEFAULTS, **values}
    return TravelRules(
        name=PDLN_2024.name,
        basis=PDLN_2024.basis,
        delegation_limits={
            purpose: merged[f"delegation_{purpose.value}"] for purpose in TripPurpose
        },
        request_days_before=merged["request_days"],
        max_days_abroad=None,
    )
