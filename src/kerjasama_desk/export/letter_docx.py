"""An official letter as an editable Word file: the same parts as the letter's PDF
(export/letter_pdf.py; docs/letters.md) in named styles ("KD Letter", "KD Kop"), so that an
office can move them to its own template."""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from kerjasama_desk.drafting.document import Document, LanguageVersion, copies_lines
from kerjasama_desk.export.docx import SERIF, _tag_element
from kerjasama_desk.export.pdf import PAPERS, PdfOptions
from kerjasama_desk.formatting import signatory_name

LABEL_WIDTH = Mm(22)


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
        ("KD Signatory", 12, False, WD_ALIGN_PARAGRAPH.CENTER),
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


def _header(doc: object, version: LanguageVersion, width: float) -> None:
    letter = version.letter
    assert letter is not None
    values = (letter.number, letter.nature, letter.attachment, letter.subject)
    lines = [(label, value) for label, value in zip(letter.labels, values, strict=True) if value]
    outer = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    _no_borders(outer)
    right = Mm(62)
    outer.columns[0].width = outer.rows[0].cells[0].width = int(width - right)
    outer.columns[1].width = outer.rows[0].cells[1].width = right
    inner = outer.rows[0].cells[0].add_table(rows=len(lines), cols=3)
    _no_borders(inner)
    for row, (label, value) in zip(inner.rows, lines, strict=True):
        for cell, text, size in zip(
            row.cells,
            (label, ":", value),
            (LABEL_WIDTH, Mm(4), int(width - right - Mm(30))),
            strict=True,
        ):
            cell.width = size
            _cell_text(cell, [text], "KD Letter Line")
    outer.rows[0].cells[0].paragraphs[0].paragraph_format.space_after = Pt(0)
    _cell_text(outer.rows[0].cells[1], [letter.place_date], "KD Letter Line")
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
        return
    depth = max(len(body) for body in bodies)
    table = doc.add_table(rows=depth, cols=len(versions))  # type: ignore[attr-defined]
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.RIGHT
    column = int((width - indent) / len(versions))
    for index, row in enumerate(table.rows):
        for cell, body, version in zip(row.cells, bodies, versions, strict=True):
            cell.width = column
            _cell_text(cell, [body[index] if index < len(body) else ""], "KD Letter Line")
            for run in cell.paragraphs[0].runs:
                _tag_element(run._r.get_or_add_rPr(), version.language)


def _signature(doc: object, version: LanguageVersion, width: float) -> None:
    table = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    _no_borders(table)
    half = int(width / 2)
    table.rows[0].cells[0].width, table.rows[0].cells[1].width = half, half
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
        paragraph.style = "KD Signatory"
        run = paragraph.add_run(text)
        run.bold = bold or None


def render(document: Document, options: PdfOptions) -> bytes:
    """The DOCX bytes of the letter ``document``; its letterhead must be set."""
    letterhead = document.letterhead
    if letterhead is None:
        raise ValueError("a letter is printed under our letterhead: none is set")
    doc = new_document()
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
    kop = doc.add_table(rows=1, cols=2)
    _no_borders(kop)
    kop.rows[0].cells[0].width = Mm(30)
    kop.rows[0].cells[1].width = int(text_width - Mm(30))
    kop.rows[0].cells[0].paragraphs[0].add_run().add_picture(
        io.BytesIO(letterhead.emblem), height=Mm(24)
    )
    cell = kop.rows[0].cells[1]
    _cell_text(cell, [letterhead.government.upper()], "KD Kop")
    for line in (letterhead.address, letterhead.contacts):
        if line:
            cell.add_paragraph(line, style="KD Kop Address")
    _double_rule(doc.add_paragraph(style="KD Copies"))
    versions = [document.version(language) for language in document.languages]
    _header(doc, versions[0], text_width)
    _body(doc, versions, text_width)
    doc.add_paragraph(style="KD Letter Line")
    _signature(doc, versions[0], text_width)
    letter = versions[0].letter
    lines = copies_lines(versions[0].language, letter.copies if letter else ())
    if lines:
        doc.add_paragraph(style="KD Copies")
    for line in lines:
        doc.add_paragraph(line, style="KD Copies")
    buffer = io.BytesIO()
    doc.save(buffer)
    if options.progress is not None:
        options.progress(1.0)
    return buffer.getvalue()
