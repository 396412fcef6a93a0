"""An official letter as a print-ready PDF, in the form of the regional Tata Naskah Dinas
(docs/letters.md): the letterhead on the first page, place and date, Nomor / Sifat / Lampiran /
Hal, the addressee, the body, the signature block and the copies. A letter in two languages
sets its body in two columns, the first language on the left. A draft carries the KONSEP /
DRAFT watermark; a letter of more than one page numbers its pages "- 2 -" at the top."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kerjasama_desk.drafting.document import Document, LanguageVersion, Letterhead
from kerjasama_desk.export import fonts
from kerjasama_desk.export.labels import annex_labels, footer_labels
from kerjasama_desk.export.pdf import (
    CountingCanvas,
    PdfOptions,
    Styles,
    annex_footer,
    annex_story,
    draw_watermark,
    page_template,
    section_of,
)
from kerjasama_desk.formatting import signatory_name


class UnreadableEmblem(ValueError):
    """The coat of arms kept in the register is no picture a library can read."""

    def __init__(self) -> None:
        super().__init__(
            "the coat of arms kept in the register cannot be read as a picture: choose it "
            "again in the app, Edit → Our government"
        )


EMBLEM_HEIGHT = 24 * mm  # the coat of arms beside the letterhead's lines
LABEL_WIDTH = 22 * mm  # "Lampiran": the body is indented to the values of the header lines


class _Styles:
    def __init__(self, names: fonts.Fonts) -> None:
        self.body = ParagraphStyle(
            "KDLetter", fontName=names.serif, fontSize=12, leading=16, alignment=TA_JUSTIFY
        )
        self.left = ParagraphStyle("KDLetterLeft", parent=self.body, alignment=TA_LEFT)
        self.column = ParagraphStyle(
            "KDLetterColumn", parent=self.body, fontSize=11, leading=14.5, alignment=TA_LEFT
        )
        self.centre = ParagraphStyle("KDLetterCentre", parent=self.body, alignment=TA_CENTER)
        self.government = ParagraphStyle(
            "KDKopGovernment",
            parent=self.centre,
            fontName=names.bold,
            fontSize=16,
            leading=19,
        )
        self.address = ParagraphStyle("KDKopAddress", parent=self.centre, fontSize=10, leading=12.5)
        self.small = ParagraphStyle("KDLetterSmall", parent=self.left, fontSize=10, leading=12.5)


def _p(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    return Paragraph(fonts.markup(text, bold=bold), style)


def _kop(letterhead: Letterhead, styles: _Styles, width: float) -> list[Any]:
    """The letterhead: the coat of arms on the left, the government's name, the address and
    the contacts centred beside it, over a double rule."""
    try:
        image = Image(io.BytesIO(letterhead.emblem))
    except Exception as error:  # noqa: BLE001 - whatever the picture library says of it
        raise UnreadableEmblem from error
    scale = EMBLEM_HEIGHT / image.imageHeight
    image.drawHeight, image.drawWidth = EMBLEM_HEIGHT, image.imageWidth * scale
    lines = [_p(letterhead.government.upper(), styles.government)]
    lines += [
        _p(line, styles.address) for line in (letterhead.address, letterhead.contacts) if line
    ]
    side = max(image.drawWidth, EMBLEM_HEIGHT) + 4 * mm
    # the text is centred on the page: an empty column on the right balances the emblem's
    table = Table([[image, lines, ""]], colWidths=[side, width - 2 * side, side])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        table,
        Spacer(1, 2 * mm),
        HRFlowable(width="100%", thickness=2.2, color=colors.black, spaceAfter=1.2),
        HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=5 * mm),
    ]


def _plain(rows: list[list[Any]], widths: list[float], **padding: float) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding.get("left", 0)),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding.get("right", 0)),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding.get("bottom", 0)),
            ]
        )
    )
    return table


def _header(version: LanguageVersion, styles: _Styles, width: float) -> list[Any]:
    """Place and date on the right; Nomor, Sifat, Lampiran and Hal on the left, each line that
    has a value; then the addressee, "di" and the place."""
    letter = version.letter
    assert letter is not None
    lines = [
        [_p(label, styles.left), _p(":", styles.left), _p(value, styles.left)]
        for label, value in letter.header_lines()
    ]
    right = 62 * mm
    numbers = _plain(lines, [LABEL_WIDTH, 4 * mm, width - right - LABEL_WIDTH - 8 * mm])
    story: list[Any] = [
        _plain([[numbers, _p(letter.place_date, styles.left)]], [width - right, right]),
        Spacer(1, 6 * mm),
    ]
    addressee = [[_p(line, styles.left)] for line in letter.addressee]  # the whole width
    if letter.destination:
        if version.language == "id":  # "di" and the place below it, indented
            addressee += [
                [_p("di", styles.left)],
                [_p("\u00a0" * 8 + letter.destination, styles.left)],
            ]
        else:
            addressee += [[_p(letter.destination, styles.left)]]
    story += [_plain(addressee, [width]), Spacer(1, 6 * mm)]
    return story


def _body(versions: list[LanguageVersion], styles: _Styles, width: float) -> list[Any]:
    """The body's paragraphs, each indented to the header lines' values; two languages side by
    side, a row a paragraph."""
    inner = width - LABEL_WIDTH - 4 * mm
    bodies = [v.letter.body if v.letter else () for v in versions]
    style = styles.body if len(versions) == 1 else styles.column
    column = inner / len(versions)
    rows = []
    for index in range(max(len(body) for body in bodies)):
        cells = [_p(body[index] if index < len(body) else "", style) for body in bodies]
        inside = _plain([cells], [column] * len(versions), right=3 * mm if len(cells) > 1 else 0)
        rows.append(_plain([["", inside]], [LABEL_WIDTH + 4 * mm, inner], bottom=2.5 * mm))
    return rows


def _signature(version: LanguageVersion, styles: _Styles, width: float) -> Table:
    """The signatory's block on the right half: "a.n." when signing on behalf, the office, room
    to sign, the name in bold capitals, rank and NIP for a civil servant."""
    lines: list[Any] = []
    for block in version.signatures:
        if block.party:
            lines.append(_p(block.party, styles.centre))
        lines += [_p(block.title, styles.centre), Spacer(1, 20 * mm)]
        lines.append(_p(signatory_name(block.name), styles.centre, bold=True))
        lines += [_p(text, styles.centre) for text in (block.rank, block.nip) if text]
    half = width / 2
    return _plain([["", lines]], [half - 5 * mm, half + 5 * mm])


def _copies(version: LanguageVersion, styles: _Styles) -> list[Any]:
    lines = version.copy_lines()
    return [Spacer(1, 8 * mm), *(_p(line, styles.small) for line in lines)] if lines else []


def _canvas_class(
    document: Document, options: PdfOptions, names: fonts.Fonts, starts: dict[int, int]
) -> type[Canvas]:
    languages = document.template_languages

    class LetterCanvas(CountingCanvas):
        initial_font = names.serif

        def decorate(self, total: int) -> None:
            page = self.getPageNumber()
            width, height = self._pagesize
            self.saveState()
            section, within, count = section_of(page, total, starts)
            if section:  # an annex's pages: numbered on their own at the foot
                words = footer_labels(languages, within, count)
                annex_footer(self, names, options, f"{annex_labels(languages, section)} — {words}")
            elif count > 1 and page > 1:  # the letter's continuation pages say which they are
                self.setFont(names.serif, 11)
                self.drawCentredString(width / 2, height - 12 * mm, f"- {page} -")
            if not options.final:
                draw_watermark(self, names, options)
            self.restoreState()

    return LetterCanvas


def render(document: Document, options: PdfOptions, fonts_dir: Path) -> bytes:
    """The PDF bytes of the letter ``document``; its letterhead must be set."""
    if document.letterhead is None:
        raise ValueError("a letter is printed under our letterhead: none is set")
    names = fonts.register(fonts_dir)
    styles = _Styles(names)
    buffer = io.BytesIO()
    # the letterhead sits high on the first page
    template, width = page_template(
        buffer, document, options, top_mm=min(options.margins_mm[0], 15)
    )
    versions = [document.version(language) for language in document.languages]
    lead = versions[0]
    story = _kop(document.letterhead, styles, width)
    story += _header(lead, styles, width)
    body = _body(versions, styles, width)
    # the signature stays with the body's last paragraph: never a page with a signature alone
    story += body[:-1]
    story.append(KeepTogether([*body[-1:], Spacer(1, 4 * mm), _signature(lead, styles, width)]))
    story += _copies(lead, styles)
    starts: dict[int, int] = {}  # an annex of the letter (a plan of action for an extension)
    story += annex_story(document, options.layout, Styles(names), width, set(), starts)
    template.build(story, canvasmaker=_canvas_class(document, options, names, starts))
    if options.progress is not None:
        options.progress(1.0)
    return buffer.getvalue()
