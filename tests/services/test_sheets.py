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


def test_a_cancelled_spreadsheet_writes_nothing_and_progress_is_told(tmp_path):
    """Issue 16, item 4: the spreadsheet runs on a worker with progress and Cancel; a
    cancelled one leaves no file."""
    import pytest

    from kerjasama_desk.domain.errors import Stopped
    from kerjasama_desk.services.demo import seed_scale, seed_story
    from kerjasama_desk.services.registers import open_service
    from kerjasama_desk.services.sheets import export_sheet_file

    db = tmp_path / "register.sqlite"
    service = open_service(db)
    seed_story(service)
    seed_scale(service, 700)
    service.close()
    told = []
    out = tmp_path / "register.xlsx"
    with pytest.raises(Stopped):
        export_sheet_file(
            db, out, language="id", progress=lambda *a: told.append(a), stop=lambda: True
        )
    assert not out.exists() and not list(tmp_path.glob("*.xlsx*"))
    counts = export_sheet_file(db, out, language="en", progress=lambda *a: told.append(a))
    assert out.exists() and sum(counts.values()) > 2000
    assert told and all(done <= total for done, total in told)


def test_the_spreadsheet_from_the_menu_is_written_off_the_gui_thread(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from kerjasama_desk.app import build_window
    from kerjasama_desk.i18n import LanguageManager
    from kerjasama_desk.services.demo import seed_story
    from kerjasama_desk.services.registers import open_service
    from kerjasama_desk.ui import background

    service = open_service(tmp_path / "register.sqlite")
    seed_story(service)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(settings)
    languages.set_language("en")
    window = build_window(service, languages, settings)
    out = tmp_path / "book.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    used = []
    real = background.run_in_background
    monkeypatch.setattr(
        background, "run_in_background", lambda *a, **k: used.append(True) or real(*a, **k)
    )
    window.reports.export_sheet()
    assert used and out.exists()
    assert "rows written to" in window.statusBar().currentMessage()
    book = load_workbook(out)
    assert book.sheetnames == ["Agreements", "Partners", "Commitments", "Activities", "Officers"]
    window.close()
    window.deleteLater()
    service.close()
