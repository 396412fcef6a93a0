"""A report as an editable Word file: Word's own heading styles (so the navigation pane and a
table of contents work), tables in "Table Grid", the footer with the report's name and page
numbers."""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from kerjasama_desk.domain.report import Facts, Grid, Report, Text
from kerjasama_desk.export.docx import CJK, SERIF, field_code
from kerjasama_desk.export.pdf import PAPERS

_PAGE_WORDS = {"id": ("Halaman ", " dari "), "en": ("Page ", " of ")}


def _lines(cell: object, text: str, *, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    for number, line in enumerate(text.splitlines() or [""]):
        if number:
            paragraph = cell.add_paragraph()  # type: ignore[attr-defined]
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = Pt(9.5)


def render(report: Report, paper: str = "a4") -> bytes:
    """The DOCX bytes of ``report``."""
    doc = new_document()
    normal = doc.styles["Normal"]
    normal.font.name = SERIF
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), CJK)
    section = doc.sections[0]
    width, height = PAPERS[paper]
    section.page_width, section.page_height = Pt(width), Pt(height)
    for side in ("top_margin", "right_margin", "bottom_margin", "left_margin"):
        setattr(section, side, Mm(20))
    properties = doc.core_properties
    properties.title = report.title
    properties.subject = report.subtitle
    properties.author = report.author
    properties.language = report.language
    footer = section.footer.paragraphs[0]
    footer.add_run(report.footer + "    ")
    before, middle = _PAGE_WORDS.get(report.language, _PAGE_WORDS["en"])
    footer.add_run(before)
    field_code(footer, "PAGE")
    footer.add_run(middle)
    field_code(footer, "NUMPAGES")
    doc.add_heading(report.title, level=0).alignment = WD_ALIGN_PARAGRAPH.LEFT
    subtitle = doc.add_paragraph(report.subtitle)
    subtitle.runs[0].font.color.rgb = RGBColor(0x4D, 0x59, 0x66)
    usable = width - 2 * Mm(20).pt
    for number, part in enumerate(report.sections):
        heading = doc.add_heading(part.heading, level=part.level)
        if part.new_page and number:
            heading.paragraph_format.page_break_before = True
        for block in part.blocks:
            if isinstance(block, Text):
                paragraph = doc.add_paragraph(block.text)
                if block.emphasis:
                    for run in paragraph.runs:
                        run.bold = True
                        run.font.color.rgb = RGBColor(0xA6, 0x29, 0x1F)
            elif isinstance(block, Facts):
                table = doc.add_table(rows=0, cols=2)
                for label, value in block.rows:
                    cells = table.add_row().cells
                    _lines(cells[0], label, bold=True)
                    _lines(cells[1], value)
                for row in table.rows:
                    row.cells[0].width = Pt(usable * 0.3)
                    row.cells[1].width = Pt(usable * 0.7)
            elif block.rows:
                _grid(doc, block, usable)
            elif block.empty:
                doc.add_paragraph(block.empty)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _grid(doc: object, block: Grid, usable: float) -> None:
    table = doc.add_table(rows=1, cols=len(block.headers))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, block.headers, strict=True):
        _lines(cell, text, bold=True)
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            _lines(cell, text)
    for row in table.rows:
        for cell, share in zip(row.cells, block.widths, strict=True):
            cell.width = Pt(usable * share)
    doc.add_paragraph()  # type: ignore[attr-defined]
