"""The register as a spreadsheet: an .xlsx with a sheet per table, dates as dates and codes as
words; one table as a UTF-8 .csv."""

from __future__ import annotations

import csv
from datetime import date

from click.testing import CliRunner
from openpyxl import load_workbook

from kerjasama_desk.cli import main


def test_the_workbook_and_the_csv_read_back(tmp_path):
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    runner.invoke(main, ["seed-demo", "--db", str(db)])
    book_path = tmp_path / "register.xlsx"
    result = runner.invoke(main, ["sheet", "--db", str(db), "-o", str(book_path)])
    assert result.exit_code == 0, result.output
    assert "7 agreements, 7 partners, 8 commitments" in result.output
    book = load_workbook(book_path)
    assert book.sheetnames == ["Perjanjian", "Mitra", "Komitmen", "Kegiatan", "Petugas"]
    agreements = list(book["Perjanjian"].iter_rows(values_only=True))
    assert agreements[0][:3] == ("Mitra", "Negara", "Jenis")
    mou = next(
        row
        for row in agreements
        if row[3] and "Semarang–Beihai" in row[3] and row[2].startswith("Memorandum")
    )
    assert mou[1] == "Tiongkok" and mou[7] == "Pelaksanaan"
    assert mou[9].date() == date(2008, 10, 14)  # a date cell, not text
    assert "Pariwisata" in mou[16]
    commitments = list(book["Komitmen"].iter_rows(values_only=True))
    assert commitments[1][2] == "Rencana aksi tahunan, tahun ke-1"
    assert commitments[1][5] == "Terbuka"
    csv_path = tmp_path / "partners.csv"
    result = runner.invoke(
        main,
        ["sheet", "--db", str(db), "-o", str(csv_path), "--table", "partners", "--language", "en"],
    )
    assert result.exit_code == 0, result.output
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert table[0][:3] == ["Name", "Native name", "Country"]
    assert ["Beihai", "北海市", "China"] == next(r[:3] for r in table if r[0] == "Beihai")
    bad = runner.invoke(main, ["sheet", "--db", str(db), "-o", str(tmp_path / "x.ods")])
    assert bad.exit_code == 2


def test_the_workbook_is_formatted_and_holds_any_text(tmp_path):
    """Our own SpreadsheetML writer: a bold header frozen in place, dates shown yyyy-mm-dd,
    numbers as numbers, and text an XML file cannot hold (a control character) left out."""
    from kerjasama_desk.export.sheets import xlsx_bytes

    data, counts = xlsx_bytes(
        [
            (
                "Mitra",
                ["Nama", "Penduduk", "Tanggal"],
                iter([["A & <B>\x01 ", 1_234_567, date(2008, 10, 14)]]),
            ),
            ("Kosong", ["Nama"], iter([])),
        ]
    )
    assert counts == [1, 0]
    path = tmp_path / "book.xlsx"
    path.write_bytes(data)
    book = load_workbook(path)
    sheet = book["Mitra"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet["A2"].value == "A & <B> " and sheet["B2"].value == 1_234_567
    assert (
        sheet["C2"].value.date() == date(2008, 10, 14) and sheet["C2"].number_format == "yyyy-mm-dd"
    )
    assert book["Kosong"].max_row == 1
