"""The register as a spreadsheet: agreements, partners, commitments, activities and officers,
with column names and vocabulary in Indonesian or English — an XLSX workbook with a sheet each,
or one table as CSV (UTF-8, which Excel and LibreOffice open with the right letters)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from kerjasama_desk.atomic import write_atomically
from kerjasama_desk.domain.progress import Ticker
from kerjasama_desk.domain.vocab import (
    ActivityKind,
    AgreementKind,
    AgreementStage,
    Characteristic,
    CommitmentSource,
    CommitmentStatus,
    CooperationField,
    OfficerStatus,
    PartnerLevel,
    Term,
)
from kerjasama_desk.formatting import country_name
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.registers import open_service

TABLES = ("agreements", "partners", "commitments", "activities", "officers")
SHEET_FORMATS = (".xlsx", ".csv")

_NAMES = {
    "agreements": Term("Perjanjian", "Agreements"),
    "partners": Term("Mitra", "Partners"),
    "commitments": Term("Komitmen", "Commitments"),
    "activities": Term("Kegiatan", "Activities"),
    "officers": Term("Petugas", "Officers"),
}
_HEADERS: dict[str, tuple[Term, ...]] = {
    "agreements": (
        Term("Mitra", "Partner"),
        Term("Negara", "Country"),
        Term("Jenis", "Kind"),
        Term("Judul", "Title (Indonesian)"),
        Term("Judul (Inggris)", "Title (English)"),
        Term("Nomor kita", "Our number"),
        Term("Nomor mitra", "Partner's number"),
        Term("Tahap", "Stage"),
        Term("Prakarsa", "Initiated"),
        Term("Ditandatangani", "Signed"),
        Term("Berlaku sejak", "In force from"),
        Term("Berakhir", "Expires"),
        Term("Tanpa batas waktu", "Open-ended"),
        Term("Penanggung jawab", "Responsible officer"),
        Term("Wakil", "Deputy"),
        Term("Kegiatan terakhir", "Last activity"),
        Term("Bidang", "Fields"),
    ),
    "partners": (
        Term("Nama", "Name"),
        Term("Nama asli", "Native name"),
        Term("Negara", "Country"),
        Term("Wilayah", "Region"),
        Term("Tingkat", "Level"),
        Term("Penduduk", "Population"),
        Term("Karakteristik", "Characteristics"),
        Term("Situs web", "Website"),
        Term("Jumlah perjanjian", "Agreements"),
    ),
    "commitments": (
        Term("Perjanjian", "Agreement"),
        Term("Mitra", "Partner"),
        Term("Apa", "What"),
        Term("Penanggung jawab", "Owner"),
        Term("Tenggat", "Due"),
        Term("Status", "Status"),
        Term("Selesai pada", "Done on"),
        Term("Bukti atau alasan", "Evidence or reason"),
        Term("Asal", "Where it came from"),
    ),
    "activities": (
        Term("Perjanjian", "Agreement"),
        Term("Mitra", "Partner"),
        Term("Tanggal", "Date"),
        Term("Jenis", "Kind"),
        Term("Bidang", "Field"),
        Term("Apa yang terjadi", "What happened"),
        Term("Peserta", "Participants"),
        Term("Hasil", "Outcome"),
    ),
    "officers": (
        Term("Nama", "Name"),
        Term("NIP", "NIP"),
        Term("Jabatan", "Position"),
        Term("Unit kerja", "Unit"),
        Term("Status", "Status"),
    ),
}
# Which columns hold dates, and which vocabulary a column's codes belong to.
_DATES = {"agreements": {8, 9, 10, 11, 15}, "commitments": {4, 6}, "activities": {2}}
_VOCABULARY: dict[str, dict[int, Any]] = {
    "agreements": {2: AgreementKind, 7: AgreementStage},
    "partners": {4: PartnerLevel},
    "commitments": {5: CommitmentStatus, 8: CommitmentSource},
    "activities": {3: ActivityKind, 4: CooperationField},
    "officers": {4: OfficerStatus},
}


def _label(vocabulary: Any, code: Any, language: str) -> str:
    try:
        return str(vocabulary(code).label(language))
    except ValueError:
        return str(code)


def table_rows(service: RegisterService, table: str, language: str) -> Iterator[list[Any]]:
    """The table's rows with dates as dates, codes as words in ``language``."""
    source: Callable[[], Iterator[tuple[Any, ...]]] = getattr(service.register.sheets, table)
    dates = _DATES.get(table, set())
    vocabularies = _VOCABULARY.get(table, {})
    yes, no = ("ya", "tidak") if language == "id" else ("yes", "no")
    found = source()
    try:
        for raw in found:
            row = list(raw)
            for column, value in enumerate(row):
                if value is None:
                    row[column] = ""
                elif column in dates:
                    row[column] = date.fromisoformat(value)
                elif column in vocabularies:
                    row[column] = _label(vocabularies[column], value, language)
            if table == "agreements":
                row[1] = country_name(str(row[1]), language)
                row[12] = yes if raw[12] else no
                row[16] = "; ".join(
                    _label(CooperationField, code, language)
                    for code in str(raw[16] or "").split(";")
                    if code
                )
            elif table == "partners":
                row[2] = country_name(str(row[2]), language)
                row[6] = "; ".join(
                    _label(Characteristic, code, language) for code in json.loads(raw[6] or "[]")
                )
            yield row
    finally:  # a consumer that stops early (Cancel) ends the query now
        close = getattr(found, "close", None)
        if close is not None:
            close()


def headers(table: str, language: str) -> list[str]:
    return [term.in_language(language) for term in _HEADERS[table]]


def _watched(rows: Iterator[list[Any]], ticker: Ticker) -> Iterator[list[Any]]:
    """``rows``, ticking ``ticker`` for each; a job that stops ends the table's query at once,
    while the connection is still open."""
    try:
        for row in rows:
            ticker.tick()
            yield row
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()


def export_sheet(
    service: RegisterService,
    path: Path,
    *,
    language: str,
    table: str = "agreements",
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Writes the register to ``path``: every table as a sheet of an .xlsx, or ``table`` as a
    .csv; whole or not at all (``stop`` raises Stopped before anything is written). Returns
    the rows written per table."""
    counted = service.counts()
    per_table = {
        "agreements": counted.agreements,
        "partners": counted.partners,
        "commitments": counted.commitments,
        "activities": counted.activities,
        "officers": counted.officers,
    }
    total = per_table.get(table, 0) if path.suffix.lower() == ".csv" else sum(per_table.values())
    ticker = Ticker(total, progress, stop, every=2000)

    def rows(service: RegisterService, name: str, language: str) -> Iterator[list[Any]]:
        return _watched(table_rows(service, name, language), ticker)

    suffix = path.suffix.lower()
    if suffix not in SHEET_FORMATS:
        raise ValueError(f"{path.name}: the file name must end in .xlsx or .csv")
    # only when a spreadsheet is asked for: the window shows sooner (README, Benchmarks)
    from kerjasama_desk.export import sheets

    if suffix == ".csv":
        if table not in TABLES:
            raise ValueError(table)
        data, count = sheets.csv_bytes(headers(table, language), rows(service, table, language))
        write_atomically(path, data)
        return {table: count}
    data, counts = sheets.xlsx_bytes(
        [
            (
                _NAMES[name].in_language(language),
                headers(name, language),
                rows(service, name, language),
            )
            for name in TABLES
        ]
    )
    write_atomically(path, data)
    return dict(zip(TABLES, counts, strict=True))


def export_sheet_file(
    register: Path,
    path: Path,
    *,
    language: str,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """:func:`export_sheet` of every table on its own read-only connection to the register at
    ``register``, for a worker thread beside the window's connection."""
    service = open_service(register, read_only=True)
    try:
        return export_sheet(service, path, language=language, progress=progress, stop=stop)
    finally:
        service.close()
