"""Tables as an XLSX workbook or as CSV.

The workbook is written directly as SpreadsheetML (ECMA-376), streamed row by row into the zip:
a header row in bold, frozen under it; text as inline strings; numbers as numbers; dates as dates
(serial days, shown yyyy-mm-dd). That is all a register's tables need, and it writes well over
20 000 rows a second where openpyxl's write-only mode managed about 5 000 (README, Benchmarks).
Excel, LibreOffice and openpyxl read it (tests/services/test_sheets.py).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from typing import IO, Any
from xml.sax.saxutils import escape

_EPOCH = date(1899, 12, 30)  # day 0 of a spreadsheet's dates (with the 1900 leap-year quirk)
# Characters XML 1.0 cannot hold: left out of a cell (a stray control character from a paste).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_MAX_TEXT = 32_767  # a spreadsheet cell holds no more characters

_OOXML = "http://schemas.openxmlformats.org"
_RELATIONSHIPS = f"{_OOXML}/officeDocument/2006/relationships"
_TYPES = "application/vnd.openxmlformats"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CONTENT_TYPES = (
    f'{_XML}<Types xmlns="{_OOXML}/package/2006/content-types">'
    f'<Default Extension="rels" ContentType="{_TYPES}-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" '
    f'ContentType="{_TYPES}-officedocument.spreadsheetml.sheet.main+xml"/>'
    f'<Override PartName="/xl/styles.xml" '
    f'ContentType="{_TYPES}-officedocument.spreadsheetml.styles+xml"/>'
    "{sheets}</Types>"
)
_SHEET_TYPE = (
    '<Override PartName="/xl/worksheets/sheet{n}.xml" '
    f'ContentType="{_TYPES}-officedocument.spreadsheetml.worksheet+xml"/>'
)
_ROOT_RELS = (
    f'{_XML}<Relationships xmlns="{_OOXML}/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    f'{_XML}<workbook xmlns="{_OOXML}/spreadsheetml/2006/main" xmlns:r="{_RELATIONSHIPS}">'
    "<sheets>{sheets}</sheets></workbook>"
)
_WORKBOOK_RELS = (
    f'{_XML}<Relationships xmlns="{_OOXML}/package/2006/relationships">'
    "{sheets}"
    f'<Relationship Id="rIdStyles" Type="{_RELATIONSHIPS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
# Cell styles: 0 plain, 1 bold (the header), 2 a date shown yyyy-mm-dd.
_STYLES = (
    f'{_XML}<styleSheet xmlns="{_OOXML}/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_SHEET_START = (
    f'{_XML}<worksheet xmlns="{_OOXML}/spreadsheetml/2006/main">'
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
    'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>'
)
_SHEET_END = "</sheetData></worksheet>"


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


def _column(index: int) -> str:
    """A, B, … Z, AA, … for the 0-based column ``index``."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value)[:_MAX_TEXT])


def _attribute(value: str) -> str:
    return escape(_NOT_XML.sub("", value), {'"': "&quot;"})


def _cell(reference: str, value: Any, bold: bool = False) -> str:
    style = ' s="1"' if bold else ""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        value = "1" if value else "0"  # never written by the tables; kept as text
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f'<c r="{reference}" s="2"><v>{(value - _EPOCH).days}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{reference}"{style}><v>{value}</v></c>'
    text = _text(str(value))
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return f'<c r="{reference}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _write_sheet(stream: IO[bytes], headers: list[str], rows: Iterable[list[Any]]) -> int:
    stream.write(_SHEET_START.encode("utf-8"))
    columns = [_column(i) for i in range(max(len(headers), 1))]
    head = "".join(_cell(f"{columns[i]}1", text, bold=True) for i, text in enumerate(headers))
    stream.write(f'<row r="1">{head}</row>'.encode())
    count = 0
    chunk: list[str] = []
    for number, row in enumerate(rows, 2):
        while len(columns) < len(row):
            columns.append(_column(len(columns)))
        cells = "".join(_cell(f"{columns[i]}{number}", value) for i, value in enumerate(row))
        chunk.append(f'<row r="{number}">{cells}</row>')
        count += 1
        if len(chunk) >= 1000:
            stream.write("".join(chunk).encode("utf-8"))
            chunk.clear()
    stream.write(("".join(chunk) + _SHEET_END).encode("utf-8"))
    return count


def xlsx_bytes(sheets: list[tuple[str, list[str], Iterable[list[Any]]]]) -> tuple[bytes, list[int]]:
    """The workbook of ``sheets`` (title, headers, rows); returns it and each sheet's rows."""
    buffer = io.BytesIO()
    counts = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, (_title, headers, rows) in enumerate(sheets, 1):
            with archive.open(f"xl/worksheets/sheet{number}.xml", "w") as stream:
                counts.append(_write_sheet(stream, headers, rows))
        entries = range(1, len(sheets) + 1)
        archive.writestr(
            "[Content_Types].xml",
            _CONTENT_TYPES.format(sheets="".join(_SHEET_TYPE.format(n=n) for n in entries)),
        )
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr(
            "xl/workbook.xml",
            _WORKBOOK.format(
                sheets="".join(
                    f'<sheet name="{_attribute(title[:31])}" sheetId="{n}" r:id="rId{n}"/>'
                    for n, (title, _h, _r) in zip(entries, sheets, strict=True)
                )
            ),
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            _WORKBOOK_RELS.format(
                sheets="".join(
                    f'<Relationship Id="rId{n}" Type="{_RELATIONSHIPS}/worksheet" '
                    f'Target="worksheets/sheet{n}.xml"/>'
                    for n in entries
                )
            ),
        )
        archive.writestr("xl/styles.xml", _STYLES)
    return buffer.getvalue(), counts
