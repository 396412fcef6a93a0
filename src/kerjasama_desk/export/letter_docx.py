"""An official letter as an editable Word file: the same parts as the letter's PDF
(export/letter_pdf.py; docs/letters.md) in named styles ("KD Letter", "KD Kop"), so that an
office can move them to its own template."""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from kerjasama_desk.drafting.document import Document, LanguageVersion
from kerjasama_desk.export.docx import (
    SERIF,
    _tag_element,
    add_styles,
    append_annexes,
    saved,
)
from kerjasama_desk.export.letter_pdf import UnreadableEmblem
from kerjasama_desk.export.pdf import PAPERS, PdfOptions
from kerjasama_desk.formatting import signatory_name

LABEL_WIDTH = Mm(26)  # "Lampiran" on one line, with Word's cell margins


def _styles(doc: object) -> None:
    styles = doc.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    normal.font.name = SERIF
    normal.font.size = Pt(12)
    _tag_element(normal.element.get_or_add_rPr(), "id")
    for name, size, bold, align in (
        ("KD Kop", 16, True, WD_ALIGN_PARAGRAPH.CENTER),
        ("KD Kop Address", 10, False, WD_ALIGN_PARAGRAPH.CENTER),
        ("KD Letter", 12, False, WD_ALIGN_PARAGRAPH.JUSTIFY),
        ("KD Letter Line", 12, False, WD_ALIGN_PARAGRAPH.LEFT),
        ("KD Letter Signatory", 12, False, WD_ALIGN_PARAGRAPH.CENTER),
        ("KD Copies", 10, False, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(size)
        style.font.bold = bold
        style.paragraph_format.alignment = align
        style.paragraph_format.space_after = Pt(0 if name != "KD Letter" else 6)


def _no_borders(table: object) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)  # type: ignore[attr-defined]


def _double_rule(paragraph: object) -> None:
    """The letterhead's double rule under the kop: a thick line over a thin one."""
    properties = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "thickThinSmallGap"), ("w:sz", "24"), ("w:space", "1")):
        bottom.set(qn(key), value)
    bottom.set(qn("w:color"), "000000")
    border.append(bottom)
    properties.append(border)


def _cell_text(cell: object, lines: list[str], style: str, *, bold: bool = False) -> None:
    first = True
    for line in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
        first = False
        paragraph.style = style
        run = paragraph.add_run(line)
        run.bold = bold or None


def _widths(table: object, widths: list[int]) -> None:
    """Fixed column widths Word and LibreOffice both keep: the grid's and every cell's."""
    table.autofit = False  # type: ignore[attr-defined]
    for column, width in zip(table.columns, widths, strict=True):  # type: ignore[attr-defined]
        column.width = width
        for cell in column.cells:
            cell.width = width


def _header(doc: object, version: LanguageVersion, width: float) -> None:
    """Nomor, Sifat, Lampiran and Hal on the left, place and date on the right of the first
    line; then the addressee, "di" and the place."""
    letter = version.letter
    assert letter is not None
    lines = letter.header_lines()
    table = doc.add_table(rows=len(lines), cols=4)  # type: ignore[attr-defined]
    _no_borders(table)
    right = Mm(62)
    _widths(table, [LABEL_WIDTH, Mm(4), int(width - right - LABEL_WIDTH - Mm(4)), right])
    for row, (label, value) in zip(table.rows, lines, strict=True):
        for cell, text in zip(row.cells, (label, ":", value), strict=False):
            _cell_text(cell, [text], "KD Letter Line")
    _cell_text(table.rows[0].cells[3], [letter.place_date], "KD Letter Line")
    doc.add_paragraph(style="KD Letter Line")  # type: ignore[attr-defined]
    for line in letter.addressee:
        doc.add_paragraph(line, style="KD Letter Line")  # type: ignore[attr-defined]
    if letter.destination:
        if version.language == "id":
            doc.add_paragraph("di", style="KD Letter Line")  # type: ignore[attr-defined]
            place = doc.add_paragraph(letter.destination, style="KD Letter Line")  # type: ignore[attr-defined]
            place.paragraph_format.left_indent = Mm(10)
        else:
            doc.add_paragraph(letter.destination, style="KD Letter Line")  # type: ignore[attr-defined]
    doc.add_paragraph(style="KD Letter Line")  # type: ignore[attr-defined]


def _body(doc: object, versions: list[LanguageVersion], width: float) -> None:
    bodies = [v.letter.body if v.letter else () for v in versions]
    indent = LABEL_WIDTH + Mm(4)
    if len(versions) == 1:
        for text in bodies[0]:
            paragraph = doc.add_paragraph(text, style="KD Letter")  # type: ignore[attr-defined]
            paragraph.paragraph_format.left_indent = indent
        # the signature stays with the body's last paragraph, as in the PDF
        paragraph.paragraph_format.keep_with_next = True
        return
    depth = max(len(body) for body in bodies)
    table = doc.add_table(rows=depth, cols=len(versions) + 1)  # type: ignore[attr-defined]
    _no_borders(table)
    column = int((width - indent) / len(versions))
    _widths(table, [int(indent)] + [column] * len(versions))  # indented like the header values
    for index, row in enumerate(table.rows):
        for cell, body, version in zip(row.cells[1:], bodies, versions, strict=True):
            _cell_text(cell, [body[index] if index < len(body) else ""], "KD Letter Line")
            cell.paragraphs[-1].paragraph_format.keep_with_next = index == depth - 1
            for run in cell.paragraphs[0].runs:
                _tag_element(run._r.get_or_add_rPr(), version.language)


def _signature(doc: object, version: LanguageVersion, width: float) -> None:
    table = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    _no_borders(table)
    half = int(width / 2)
    _widths(table, [half, half])
    cell = table.rows[0].cells[1]
    lines: list[tuple[str, bool]] = []
    for block in version.signatures:
        if block.party:
            lines.append((block.party, False))
        lines += [(block.title, False), ("", False), ("", False), ("", False)]
        lines.append((signatory_name(block.name), True))
        lines += [(text, False) for text in (block.rank, block.nip) if text]
    first = True
    for text, bold in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        paragraph.style = "KD Letter Signatory"
        run = paragraph.add_run(text)
        run.bold = bold or None


def render(document: Document, options: PdfOptions) -> bytes:
    """The DOCX bytes of the letter ``document``; its letterhead must be set."""
    letterhead = document.letterhead
    if letterhead is None:
        raise ValueError("a letter is printed under our letterhead: none is set")
    doc = new_document()
    if document.annexes:  # printed in the styles of an agreement's text
        add_styles(doc, parallel=options.layout == "parallel")
    _styles(doc)
    section = doc.sections[0]
    width, height = PAPERS[options.paper]
    section.page_width, section.page_height = Pt(width), Pt(height)
    top, right, bottom, left = options.margins_mm
    section.top_margin, section.right_margin = Mm(min(top, 15)), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    text_width = Pt(width) - Mm(right) - Mm(left)
    properties = doc.core_properties
    properties.title, properties.author, properties.subject = (
        options.title,
        options.author,
        options.subject,
    )
    properties.language = document.languages[0]
    properties.comments = "" if options.final else "KONSEP / DRAFT"
    if not options.final:
        note = doc.add_paragraph("KONSEP / DRAFT", style="KD Copies")
        note.runs[0].bold = True
    kop = doc.add_table(rows=1, cols=3)  # the emblem, the lines centred on the page, room
    _no_borders(kop)
    _widths(kop, [Mm(30), int(text_width - Mm(60)), Mm(30)])
    try:
        kop.rows[0].cells[0].paragraphs[0].add_run().add_picture(
            io.BytesIO(letterhead.emblem), height=Mm(24)
        )
    except Exception as error:  # noqa: BLE001 - whatever python-docx says of the picture
        raise UnreadableEmblem from error
    cell = kop.rows[0].cells[1]
    _cell_text(cell, [letterhead.government.upper()], "KD Kop")
    for line in (letterhead.address, letterhead.contacts):
        if line:
            cell.add_paragraph(line, style="KD Kop Address")
    _double_rule(doc.add_paragraph(style="KD Copies"))
    versions = [document.version(language) for language in document.languages]
    _header(doc, versions[0], text_width)
    _body(doc, versions, text_width)
    doc.add_paragraph(style="KD Letter Line").paragraph_format.keep_with_next = True
    _signature(doc, versions[0], text_width)
    lines = versions[0].copy_lines()
    if lines:
        doc.add_paragraph(style="KD Copies")
    for line in lines:
        doc.add_paragraph(line, style="KD Copies")
    append_annexes(doc, document, options.layout)
    return saved(doc, options)
