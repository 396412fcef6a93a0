"""Tables as an XLSX workbook (openpyxl, write-only: a 75 000-row sheet streams) or as CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from typing import Any


def csv_bytes(headers: list[str], rows: Iterable[list[Any]]) -> tuple[bytes, int]:
    """UTF-8 with a byte-order mark, so Excel reads the letters right; dates as YYYY-MM-DD."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    count = 0
    for row in rows:
        writer.writerow([value.isoformat() if isinstance(value, date) else value for value in row])
        count += 1
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), count


def xlsx_bytes(sheets: list[tuple[str, list[str], Iterable[list[Any]]]]) -> tuple[bytes, list[int]]:
    # openpyxl (heavy) only for a spreadsheet
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    counts = []
    for title, headers, rows in sheets:
        sheet = book.create_sheet(title=title[:31])
        sheet.freeze_panes = "A2"
        bold = []
        for text in headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = Font(bold=True)
            bold.append(cell)
        sheet.append(bold)
        count = 0
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            sheet.append(cells)
            count += 1
        counts.append(count)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), counts
