"""The document model as an editable Word file (python-docx): the same parts as the PDF, in named
styles a legal bureau can change ("KD Title", "KD Article Heading", "KD Body"), page numbers and
a paraf table in the footer."""

from __future__ import annotations

import io
from collections.abc import Callable

from docx import Document as new_document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from kerjasama_desk.drafting.document import (
    Document,
    LanguageVersion,
    grid_cells,
    grid_widths,
    table_rows,
)
from kerjasama_desk.export.labels import (
    annex_labels,
    article_heading,
    original_label,
    paraf_labels,
)
from kerjasama_desk.export.pdf import LAYOUTS, PAPERS, PdfOptions
from kerjasama_desk.formatting import language_autonym, signatory_name

SERIF = "Liberation Serif"
CJK = "Droid Sans Fallback"  # named, not embedded: the reader's installed font of that name


def _styles(doc: object, *, parallel: bool) -> None:
    styles = doc.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    normal.font.name = SERIF
    normal.font.size = Pt(11)
    fonts = normal.element.rPr.rFonts
    fonts.set(qn("w:eastAsia"), CJK)
    _tag_element(normal.element.get_or_add_rPr(), "id")  # not Word's default en-US
    # Body text is justified across the page, but left-aligned in the narrow parallel columns,
    # where justification leaves wide gaps. Headings keep with what follows; in the signature
    # block the name is larger than the title under it.
    body = WD_ALIGN_PARAGRAPH.LEFT if parallel else WD_ALIGN_PARAGRAPH.JUSTIFY
    for name, size, bold, align, keep in (
        ("KD Title", 12, True, WD_ALIGN_PARAGRAPH.CENTER, True),
        ("KD Article Heading", 11, True, WD_ALIGN_PARAGRAPH.CENTER, True),
        ("KD Body", 11, False, body, False),
        ("KD Column", 8, False, WD_ALIGN_PARAGRAPH.CENTER, True),
        ("KD Signatory", 11, True, WD_ALIGN_PARAGRAPH.CENTER, True),
        ("KD Grid", 9, False, WD_ALIGN_PARAGRAPH.LEFT, False),
        ("KD Signatory Title", 10, False, WD_ALIGN_PARAGRAPH.CENTER, False),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(size)
        style.font.bold = bold
        style.paragraph_format.alignment = align
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = keep


# The language Word spell-checks each text in: Indonesian as Indonesian, the partner's text in
# its own language (BCP 47 tags; East Asian and right-to-left scripts have their own slots).
LANGUAGE_TAGS = {
    "id": "id-ID",
    "en": "en-GB",  # the templates spell British English
    "zh": "zh-CN",
    "ja": "ja-JP",
    "ko": "ko-KR",
    "ms": "ms-MY",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "ar": "ar-SA",
    "ru": "ru-RU",
    "th": "th-TH",
    "vi": "vi-VN",
    "pt": "pt-PT",
}
_EAST_ASIAN = {"zh", "ja", "ko"}


def _tag_element(run_properties: object, language: str) -> None:
    tag = LANGUAGE_TAGS.get(language, language)
    element = OxmlElement("w:lang")
    slot = "w:eastAsia" if language in _EAST_ASIAN else "w:bidi" if language == "ar" else "w:val"
    element.set(qn(slot), tag)
    run_properties.append(element)  # type: ignore[attr-defined]


def _tag(paragraph: Paragraph, language: str | None) -> Paragraph:
    """Marks every run of ``paragraph`` as text in ``language``."""
    if language is not None:
        for run in paragraph.runs:
            _tag_element(run._r.get_or_add_rPr(), language)
    return paragraph


def field_code(paragraph: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) in ``paragraph``."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), ("end", None)):
        if kind is None:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def _footer(
    section: object,
    languages: list[str],
    parties: tuple[str, ...],
    *,
    paraf: bool = True,
    signing: int = 2,
    annex: int = 0,
    totals: bool = True,
) -> None:
    """A section's footer: the paraf boxes (not on the signing pages) and the page numbers;
    an annex's pages say which annex, and are numbered from 1. With annexes, the main text's
    pages give no total: Word counts the whole file's (docs/annexes.md)."""
    footer = section.footer  # type: ignore[attr-defined]
    footer.is_linked_to_previous = False
    if paraf:
        labels = paraf_labels(languages, parties, signing)
        table = footer.add_table(rows=2, cols=len(labels), width=Mm(55 * len(labels)))
        table.style = "Table Grid"
        for column, label in enumerate(labels):
            table.cell(0, column).text = label
            table.cell(1, column).text = " "
            table.cell(1, column).paragraphs[0].paragraph_format.space_after = Pt(18)
    numbers = footer.add_paragraph() if paraf else footer.paragraphs[0]
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if annex:
        numbers.add_run(f"{annex_labels(languages, annex)} — ")
    words = {"id": ("Halaman ", " dari "), "en": ("Page ", " of ")}
    for index, language in enumerate(lang for lang in languages if lang in words):
        if index:
            numbers.add_run(" / ")
        before, middle = words[language]
        numbers.add_run(before)
        field_code(numbers, "PAGE")
        if totals:
            numbers.add_run(middle)
            field_code(numbers, "NUMPAGES")


def _restart_numbering(section: object) -> None:
    """An annex's pages are numbered from 1."""
    properties = section._sectPr  # type: ignore[attr-defined]
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:start"), "1")
    properties.append(numbering)


def _cell_lines(cell: object, text: str, style: str, language: str | None = None) -> None:
    """``text`` into a table cell, a paragraph per line, in ``language``; the cell's own first
    paragraph first, then new ones."""
    for line in text.splitlines() or [""]:
        first = cell.paragraphs[0]  # type: ignore[attr-defined]
        if len(cell.paragraphs) == 1 and not first.text and not first.runs:  # type: ignore[attr-defined]
            first.style = style
            first.add_run(line)
            _tag(first, language)
        else:
            _tag(cell.add_paragraph(line, style=style), language)  # type: ignore[attr-defined]


def _doc_lines(doc: object, text: str, style: str, language: str | None = None) -> None:
    for line in text.splitlines() or [""]:
        _tag(doc.add_paragraph(line, style=style), language)  # type: ignore[attr-defined]


def _parallel(
    doc: object,
    document: Document,
    progress: Callable[[float], None] | None,
    *,
    headed: bool,
    new_section: Callable[[bool], None],
) -> None:
    versions = [document.version(language) for language in document.languages]
    table = doc.add_table(rows=0, cols=len(versions))  # type: ignore[attr-defined]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(texts: list[str], style: str) -> None:
        cells = table.add_row().cells
        tables = [table_rows(text) for text in texts]
        if any(found is not None for found in tables):  # across the columns, as in the PDF
            whole = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
            _grid(whole, tables, [v.language for v in versions])
            return
        for cell, text, version in zip(cells, texts, versions, strict=True):
            _cell_lines(cell, text, style, version.language)

    def aligned(items: list[tuple[str, ...]], style: str) -> None:
        for index in range(max((len(item) for item in items), default=0)):
            row([item[index] if index < len(item) else "" for item in items], style)

    if headed:  # a draft's columns say their language; a signing copy carries only the texts
        row([language_autonym(v.language) for v in versions], "KD Column")
    row([v.title for v in versions], "KD Title")
    aligned([v.parties for v in versions], "KD Body")
    aligned([v.recitals for v in versions], "KD Body")
    for index in range(len(versions[0].articles)):
        row(
            [article_heading(v.language, v.articles[index]) for v in versions],
            "KD Article Heading",
        )
        aligned([v.articles[index].paragraphs for v in versions], "KD Body")
        if progress is not None:
            progress(0.8 * (index + 1) / max(len(versions[0].articles), 1))
    if any(v.signatures for v in versions):
        # The signing pages are a section of their own: they start with the closing formula
        # (never a page of signatures alone) and their footer has no paraf boxes.
        new_section(False)
        table = doc.add_table(rows=0, cols=len(versions))  # type: ignore[attr-defined]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
    closing = len(table.rows)
    aligned([v.closing for v in versions], "KD Body")
    for closing_row in table.rows[closing:]:  # the closing formula stays with the signatures
        _cant_split(closing_row)
        for cell in closing_row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
    _signatures(doc, versions)


def _grid(
    container: object,
    tables: list[list[list[str]] | None],
    languages: list[str],
    width: float = 160.0,
) -> None:
    """A paragraph written as a table (the activities of a plan of action) as a Word table in
    ``container`` (the document or a cell): each cell in every language, the header in bold."""
    cells = grid_cells(tables, languages)
    grid = container.add_table(rows=len(cells), cols=len(cells[0]))  # type: ignore[attr-defined]
    grid.style = "Table Grid"
    grid.autofit = False
    _repeat_header(grid.rows[0])
    widths = grid_widths(len(cells[0]), width)  # in mm
    for index, row in enumerate(cells):
        for column, texts in enumerate(row):
            cell = grid.cell(index, column)
            cell.width = Mm(widths[column])
            for text, lang in texts:
                _cell_lines(cell, text, "KD Grid", lang)
            if index == 0:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.bold = True


def _repeat_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(OxmlElement("w:tblHeader"))


def _signatures(doc: object, versions: list[LanguageVersion]) -> None:
    count = max(len(v.signatures) for v in versions)
    if not count:
        return
    doc.add_paragraph("", style="KD Body").paragraph_format.keep_with_next = True  # type: ignore[attr-defined]
    # Rows as in the PDF (designation, room, name over a line, title), so the lines and names
    # of both parties stand level; no row breaks across pages (docs/domain.md §8).
    table = doc.add_table(rows=4, cols=count)  # type: ignore[attr-defined]
    for row in table.rows:
        _cant_split(row)
    for index in range(count):
        blocks = [v.signatures[index] for v in versions if index < len(v.signatures)]
        column = table.columns[index].cells
        languages = [v.language for v in versions if index < len(v.signatures)]
        for block, language in zip(blocks, languages, strict=True):
            _cell_lines(column[0], block.party, "KD Article Heading", language)
        column[1].paragraphs[0].paragraph_format.space_after = Pt(60)
        _cell_lines(column[2], signatory_name(blocks[0].name), "KD Signatory")
        _top_rule(column[2].paragraphs[0])
        for block, language in zip(blocks, languages, strict=True):
            _cell_lines(column[3], block.title, "KD Signatory Title", language)
    for cell in (*table.rows[0].cells, *table.rows[1].cells, *table.rows[2].cells):
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def _cant_split(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(OxmlElement("w:cantSplit"))


def _top_rule(paragraph: Paragraph) -> None:
    """A signature line: a thin rule over ``paragraph``, inset from the cell's sides."""
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(key), value)
    borders.append(top)
    properties.append(borders)
    paragraph.paragraph_format.left_indent = Mm(14)
    paragraph.paragraph_format.right_indent = Mm(14)


def _sequential(
    doc: object,
    document: Document,
    progress: Callable[[float], None] | None,
    *,
    headed: bool,
    new_section: Callable[[bool], None],
) -> None:
    del headed  # each language starts its own page; there is no column to head
    signing = False  # whether the last section is a signing one (no paraf boxes)
    for number, language in enumerate(document.languages):
        version = document.version(language)
        if number and signing:
            new_section(True)  # the next language's text has its paraf boxes again
            signing = False
        elif number:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # type: ignore[attr-defined]
        _doc_lines(doc, version.title, "KD Title", language)
        for text in (*version.parties, *version.recitals):
            _tag(doc.add_paragraph(text, style="KD Body"), language)  # type: ignore[attr-defined]
        for article in version.articles:
            heading = article_heading(language, article)
            _doc_lines(doc, heading, "KD Article Heading", language)
            for text in article.paragraphs:
                found = table_rows(text)
                if found is not None:
                    _grid(doc, [found], [language])
                else:
                    _tag(doc.add_paragraph(text, style="KD Body"), language)  # type: ignore[attr-defined]
        if version.signatures:  # the signing pages: a section without paraf boxes
            new_section(False)
            signing = True
        for text in version.closing:
            paragraph = _tag(doc.add_paragraph(text, style="KD Body"), language)  # type: ignore[attr-defined]
            paragraph.paragraph_format.keep_with_next = bool(version.signatures)
        _signatures(doc, [version])
        if progress is not None:
            progress(0.8 * (number + 1) / len(document.languages))


def section_maker(
    doc: object, languages: list[str], document: Document, *, totals: bool, annex: int = 0
) -> Callable[[bool], None]:
    """What starts a new section of ``document``'s text (its signing pages, an annex's
    start): a page break, and a footer with or without paraf boxes."""

    def new_section(paraf: bool) -> None:
        section = doc.add_section(WD_SECTION.NEW_PAGE)  # type: ignore[attr-defined]
        # Word copies the section before: its restart at 1 (an annex's start) stays there
        for numbering in section._sectPr.findall(qn("w:pgNumType")):
            section._sectPr.remove(numbering)
        _footer(
            section,
            languages,
            document.party_names,
            paraf=paraf and document.signing_parties > 0,
            signing=document.signing_parties,
            annex=annex,
            totals=totals,
        )

    return new_section


def append_annexes(doc: object, document: Document, layout: str) -> None:
    """Each annex after the signatures, from a page of its own, under its heading, its pages
    numbered from 1 and naming it (docs/annexes.md); in the styles of an agreement's text."""
    build = _parallel if layout == "parallel" else _sequential
    languages = document.template_languages
    for item in document.annexes:
        new_section = section_maker(doc, languages, document, totals=False, annex=item.number)
        new_section(True)
        _restart_numbering(doc.sections[-1])  # type: ignore[attr-defined]
        doc.add_paragraph(  # type: ignore[attr-defined]
            annex_labels(languages, item.number).upper(), style="KD Title"
        )
        build(doc, item.document, None, headed=False, new_section=new_section)


def add_styles(doc: object, *, parallel: bool) -> None:
    """The named styles of an agreement's text ("KD Title", "KD Body"…)."""
    _styles(doc, parallel=parallel)


def render(document: Document, options: PdfOptions) -> bytes:
    """The DOCX bytes of ``document`` (same layouts, paper and margins as the PDF)."""
    if options.layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
    doc = new_document()
    _styles(doc, parallel=options.layout == "parallel")
    section = doc.sections[0]
    width, height = PAPERS[options.paper]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Pt(width), Pt(height)
    top, right, bottom, left = options.margins_mm
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    properties = doc.core_properties
    properties.title = options.title
    properties.author = options.author
    properties.subject = options.subject
    properties.language = document.languages[0]
    properties.comments = "" if options.final else "KONSEP / DRAFT"
    if not options.final:
        note = doc.add_paragraph("KONSEP / DRAFT", style="KD Column")
        note.runs[0].bold = True
    elif options.original is not None:  # which original of the signing copy this is
        known = document.template_languages
        mark = doc.add_paragraph(original_label(known, *options.original), style="KD Column")
        mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    languages = document.template_languages
    totals = not document.annexes
    _footer(
        doc.sections[0],
        languages,
        document.party_names,
        signing=document.signing_parties,
        totals=totals,
    )
    new_section = section_maker(doc, languages, document, totals=totals)
    build = _parallel if options.layout == "parallel" else _sequential
    build(doc, document, options.progress, headed=not options.final, new_section=new_section)
    append_annexes(doc, document, options.layout)
    return saved(doc, options)


def saved(doc: object, options: PdfOptions) -> bytes:
    """The Word file's bytes; the export's progress at its end."""
    buffer = io.BytesIO()
    doc.save(buffer)  # type: ignore[attr-defined]
    if options.progress is not None:
        options.progress(1.0)
    return buffer.getvalue()
