"""The document model as a print-ready PDF (reportlab): the language versions in parallel columns,
article by article, or one after another; A4, F4 or Letter; bundled fonts embedded; page numbers
and paraf (initials) boxes on every page but the signature page; a KONSEP / DRAFT watermark on
drafts."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from kerjasama_desk import __version__
from kerjasama_desk.drafting.document import (
    Article,
    Document,
    LanguageVersion,
    grid_cells,
    grid_widths,
    table_rows,
)
from kerjasama_desk.export import fonts
from kerjasama_desk.export.labels import (
    annex_labels,
    article_heading,
    footer_labels,
    original_label,
    paraf_labels,
    watermark,
)
from kerjasama_desk.formatting import language_autonym, signatory_name

PAPERS = {"a4": A4, "f4": (215 * mm, 330 * mm), "letter": letter}
LAYOUTS = ("parallel", "sequential")


@dataclass(frozen=True)
class PdfOptions:
    layout: str = "parallel"
    paper: str = "a4"
    margins_mm: tuple[float, float, float, float] = (20, 20, 30, 25)  # top, right, bottom, left
    final: bool = False
    version: int | None = None
    saved_at: str = ""  # shown in the draft watermark
    title: str = ""
    author: str = ""
    subject: str = ""
    original: tuple[int, int] | None = None  # (this original, of how many): on a final copy
    progress: Callable[[float], None] | None = field(default=None, compare=False)


class Styles:
    """The paragraph styles of an agreement's text (an annex of a letter too)."""

    def __init__(self, names: fonts.Fonts) -> None:
        self.body = ParagraphStyle(
            "KDBody",
            fontName=names.serif,
            fontSize=11,
            leading=14.5,
            alignment=TA_JUSTIFY,
            spaceAfter=2,
        )
        self.title = ParagraphStyle(
            "KDTitle",
            parent=self.body,
            fontName=names.bold,
            fontSize=12,
            leading=15.5,
            alignment=TA_CENTER,
        )
        self.heading = ParagraphStyle(
            "KDHeading", parent=self.body, fontName=names.bold, alignment=TA_CENTER
        )
        # Narrow parallel columns are set ragged-right: justified, they open wide gaps.
        self.column_body = ParagraphStyle("KDColumnBody", parent=self.body, alignment=TA_LEFT)
        self.grid = ParagraphStyle(
            "KDGrid", parent=self.body, fontSize=9, leading=11.5, alignment=TA_LEFT
        )
        self.column = ParagraphStyle(
            "KDColumn",
            parent=self.body,
            fontSize=8,
            leading=10,
            alignment=TA_CENTER,
            textColor=colors.grey,
        )


class _Mark(Flowable):  # type: ignore[misc]
    """Notes on which page it is drawn (the signature blocks' pages)."""

    def __init__(self, pages: set[int]) -> None:
        super().__init__()
        self.pages = pages
        self.width = self.height = 0

    def draw(self) -> None:
        self.pages.add(self.canv.getPageNumber())


class _SectionStart(Flowable):  # type: ignore[misc]
    """Notes the page an annex starts on: its pages are numbered on their own."""

    def __init__(self, starts: dict[int, int], number: int) -> None:
        super().__init__()
        self.starts = starts
        self.number = number
        self.width = self.height = 0

    def draw(self) -> None:
        self.starts[self.number] = self.canv.getPageNumber()


def section_of(page: int, total: int, starts: dict[int, int]) -> tuple[int, int, int]:
    """(annex number or 0 for the main text, the page within it, its page count): a document
    and each of its annexes are numbered on their own (docs/annexes.md)."""
    bounds = sorted((start, number) for number, start in starts.items())
    section, first, last = 0, 1, (bounds[0][0] - 1 if bounds else total)
    for index, (start, number) in enumerate(bounds):
        if page >= start:
            following = bounds[index + 1][0] - 1 if index + 1 < len(bounds) else total
            section, first, last = number, start, following
    return section, page - first + 1, last - first + 1


# Chinese and Japanese are written without spaces: their lines break between characters, by
# the kinsoku rules (no line starts with "。", "，", "）" and the like; reportlab's CJK wrapping).
# Korean breaks between words, like the Latin scripts.
_CJK_WRAP = frozenset({"zh", "ja"})


def _wrapping(style: ParagraphStyle, language: str | None) -> ParagraphStyle:
    return _cjk_variant(style) if language in _CJK_WRAP else style


@lru_cache(maxsize=32)  # one variant per style of a render, not one per paragraph
def _cjk_variant(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}CJK", parent=style, wordWrap="CJK")


def _paragraph(
    text: str, style: ParagraphStyle, *, bold: bool = False, language: str | None = None
) -> Paragraph:
    return Paragraph(fonts.markup(text, bold=bold), _wrapping(style, language))


def _rows(
    texts: list[tuple[str, ...]], style: ParagraphStyle, languages: list[str]
) -> list[list[Any]]:
    return [
        [
            _paragraph(text, style, language=language)
            for text, language in zip(row, languages, strict=True)
        ]
        for row in texts
    ]


def _aligned(columns: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Row by row across the languages; a language with fewer paragraphs leaves cells empty."""
    depth = max((len(column) for column in columns), default=0)
    return [tuple(column[i] if i < len(column) else "" for column in columns) for i in range(depth)]


def _table(rows: list[list[Any]], widths: list[float], *, header: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),  # Table sets a font even for flowables
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _columns(rows: list[list[Any]], widths: list[float], *, keep_first: bool) -> Table:
    """Rows of the columns; ``keep_first``: the heading stays with the paragraph after it."""
    table = _table(rows, widths)
    if keep_first:
        table.setStyle(TableStyle([("NOSPLIT", (0, 0), (-1, min(1, len(rows) - 1)))]))
    return table


def _grid(
    tables: list[list[list[str]] | None],
    languages: list[str],
    styles: Styles,
    width: float,
) -> Table:
    """A table of the text (a plan of action's activities) across the whole width: each cell
    holds its text in every language, one under another, the header row in bold and repeated
    on each page. The first column (what is done) is wider than the others."""
    grid = grid_cells(tables, languages)
    cells = [
        [
            [_paragraph(text, styles.grid, bold=index == 0, language=lang) for text, lang in cell]
            for cell in row
        ]
        for index, row in enumerate(grid)
    ]
    widths = grid_widths(len(grid[0]), width)
    table = _table(cells, widths, header=True)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.55, 0.55, 0.55)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
            ]
        )
    )
    return table


def _article_heading(article: Article, language: str) -> str:
    return article_heading(language, article)


PARAF_SIZE = 8  # points: the paraf captions, readable at arm's length like the page numbers
SIGNING_ROOM = 22 * mm  # between a party's designation and its signature line


def _signatures(versions: list[LanguageVersion], styles: Styles, width: float) -> Table:
    """Both parties' blocks side by side, each in every language that has one: the party's full
    designation, room to sign, a signature line, the name in capitals, the title. The blocks
    share their rows, so the signature lines and names line up however each designation wraps."""
    parties = max(len(v.signatures) for v in versions)
    designations, names, titles = [], [], []
    for index in range(parties):
        present = [v.signatures[index] for v in versions if index < len(v.signatures)]
        designations.append([_paragraph(block.party, styles.heading) for block in present])
        names.append(_paragraph(signatory_name(present[0].name), styles.heading, bold=True))
        titles.append([_paragraph(block.title, styles.heading) for block in present])
    # room to sign, then a signature line of its own in each block, shorter than the column
    room = [
        [Spacer(1, SIGNING_ROOM), HRFlowable(width="70%", thickness=0.6, color=colors.black)]
        for _ in range(parties)
    ]
    column = width / max(parties, 1)
    table = Table([designations, room, names, titles], colWidths=[column] * parties)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 1), (-1, 1), "CENTER"),  # the signature lines, centred like the names
    ]
    table.setStyle(TableStyle(style))
    return table


def _parallel(
    document: Document,
    styles: Styles,
    width: float,
    signature_pages: set[int],
    progress: Callable[[float], None] | None,
    *,
    headed: bool = True,
) -> list[Any]:
    versions = [document.version(language) for language in document.languages]
    languages = [v.language for v in versions]
    widths = [width / len(versions)] * len(versions)
    story: list[Any] = []
    # A draft's columns say their language; a signing copy carries only the texts.
    names = [[_paragraph(language_autonym(v.language), styles.column) for v in versions]]
    titles = [[_paragraph(v.title, styles.title, bold=True, language=v.language) for v in versions]]
    story.append(_table((names if headed else []) + titles, widths))
    story.append(Spacer(1, 6))
    for columns in ([v.parties for v in versions], [v.recitals for v in versions]):
        rows = _aligned(columns)
        if rows:
            story.append(_table(_rows(rows, styles.column_body, languages), widths))
    articles = len(versions[0].articles)
    for index in range(articles):
        heading = [
            _paragraph(
                _article_heading(v.articles[index], v.language),
                styles.heading,
                bold=True,
                language=v.language,
            )
            for v in versions
        ]
        rows = _aligned([v.articles[index].paragraphs for v in versions])
        # A heading stays with its first paragraph; further paragraphs may go to the next page.
        # A paragraph written as a table spans the page width, between the columns' text.
        story.append(Spacer(1, 4))
        pending: list[list[Any]] = [heading]
        first = True
        for row in rows:
            tables = [table_rows(text) for text in row]
            if all(found is None for found in tables):
                pending += _rows([row], styles.column_body, languages)
                continue
            story.append(_columns(pending, widths, keep_first=first))
            first, pending = False, []
            story.append(_grid(tables, languages, styles, width))
        if pending:
            story.append(_columns(pending, widths, keep_first=first))
        if progress is not None:
            progress(0.8 * (index + 1) / max(articles, 1))
    # The closing formula stays on the page of the signatures: a page of signatures alone
    # could be stapled to another text, and a reviewer sends it back.
    closing = _aligned([v.closing for v in versions])
    signing: list[Any] = []
    if closing:
        signing += [Spacer(1, 6), _table(_rows(closing, styles.column_body, languages), widths)]
    signing += [
        Spacer(1, 8),
        _Mark(signature_pages),
        _signatures(versions, styles, width),
        _Mark(signature_pages),
    ]
    story.append(KeepTogether(signing))
    return story


def _sequential(
    document: Document,
    styles: Styles,
    width: float,
    signature_pages: set[int],
    progress: Callable[[float], None] | None,
    *,
    headed: bool = True,
) -> list[Any]:
    story: list[Any] = []
    for number, language in enumerate(document.languages):
        version = document.version(language)
        if number:
            story.append(PageBreak())
        story.append(_paragraph(version.title, styles.title, bold=True, language=language))
        story.append(Spacer(1, 8))
        story += [
            _paragraph(text, styles.body, language=language)
            for text in (*version.parties, *version.recitals)
        ]
        for article in version.articles:
            paragraphs = [
                _paragraph(text, styles.body, language=language)
                if table_rows(text) is None
                else _grid([table_rows(text)], [language], styles, width)
                for text in article.paragraphs
            ]
            story.append(Spacer(1, 4))
            story.append(
                KeepTogether(
                    [
                        _paragraph(
                            _article_heading(article, language),
                            styles.heading,
                            bold=True,
                            language=language,
                        ),
                        *paragraphs[:1],
                    ]
                )
            )
            story += paragraphs[1:]
        closing = [_paragraph(text, styles.body, language=language) for text in version.closing]
        if version.signatures:  # the closing formula stays on the signatures' page
            story.append(
                KeepTogether(
                    [
                        *closing,
                        Spacer(1, 8),
                        _Mark(signature_pages),
                        _signatures([version], styles, width),
                        _Mark(signature_pages),
                    ]
                )
            )
        else:
            story += closing
        if progress is not None:
            progress(0.8 * (number + 1) / len(document.languages))
    return story


class CountingCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end, so that each is decorated knowing how many there are
    ("Page x of y"); subclasses say how in :meth:`decorate`."""

    initial_font = fonts.SERIF  # from the first page on: no unembedded standard font in the file

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or self.initial_font
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.decorate(total)
            super().showPage()
        super().save()

    def decorate(self, total: int) -> None:
        raise NotImplementedError


def _canvas_class(
    document: Document,
    options: PdfOptions,
    signature_pages: set[int],
    names: fonts.Fonts,
    starts: dict[int, int] | None = None,
) -> type[Canvas]:
    languages = document.template_languages
    # The page numbers speak every language of the document, the partner's too, in the
    # fallback fonts where the serif has no glyphs (a Paragraph draws the font markup).
    footer_style = ParagraphStyle(
        "KDFooter", fontName=names.serif, fontSize=8.5, leading=10, alignment=TA_RIGHT
    )

    class NumberedCanvas(CountingCanvas):
        """Page numbers, and the paraf boxes on every page but the signature page."""

        initial_font = names.serif

        def decorate(self, total: int) -> None:
            page = self.getPageNumber()
            width, _height = self._pagesize
            left, bottom = options.margins_mm[3] * mm, 12 * mm
            self.saveState()
            section, within, count = section_of(page, total, starts or {})
            words = footer_labels(list(document.languages), within, count)
            if section:  # "Lampiran I / Annex I — Halaman 1 dari 2 / Page 1 of 2"
                words = f"{annex_labels(languages, section)} — {words}"
            numbers = Paragraph(fonts.markup(words), footer_style)
            room = 70 * mm
            _w, height = numbers.wrap(room, 30 * mm)
            numbers.drawOn(self, width - options.margins_mm[1] * mm - room, bottom - 2)
            if page not in signature_pages:
                for number, label in enumerate(
                    paraf_labels(languages, document.party_names, document.signing_parties)
                ):
                    x = left + number * 48 * mm
                    # a long name shrinks its caption to stay over its own box
                    room = 46 * mm / max(self.stringWidth(label, names.serif, PARAF_SIZE), 1)
                    self.setFont(names.serif, max(6.0, PARAF_SIZE * min(1.0, room)))
                    self.drawString(x, bottom + 9.5 * mm, label)
                    self.rect(x, bottom - 3 * mm, 40 * mm, 11.5 * mm)
            if options.final and options.original is not None:  # "Naskah asli 1 dari 2"
                self.setFont(names.serif, 8.5)
                self.drawRightString(
                    width - options.margins_mm[1] * mm,
                    _height - options.margins_mm[0] * mm + 4 * mm,
                    original_label(languages, *options.original),
                )
            if not options.final:
                draw_watermark(self, names, options)
            self.restoreState()

    return NumberedCanvas


def draw_watermark(canvas: Canvas, names: fonts.Fonts, options: PdfOptions) -> None:
    """KONSEP / DRAFT across the page, with the version and when it was saved."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.18))
    canvas.setFont(names.bold, 64)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, 0, "KONSEP / DRAFT")
    canvas.setFont(names.serif, 12)
    canvas.drawCentredString(0, -26, watermark(options.version, options.saved_at))
    canvas.restoreState()


def render(document: Document, options: PdfOptions, fonts_dir: Path) -> bytes:
    """The PDF bytes of ``document``."""
    if options.layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
    if options.paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
    names = fonts.register(fonts_dir)
    styles = Styles(names)
    try:
        data = _build(document, options, styles, names, split_rows=False)
    except LayoutError:
        # A paragraph taller than a page (a pasted essay, a very long name) cannot move to the
        # next page whole: only then may table rows split across pages.
        data = _build(document, options, styles, names, split_rows=True)
    if options.progress is not None:
        options.progress(1.0)
    return data


def _tables(flowables: list[Any]) -> Iterator[Table]:
    """Every table of the story, inside kept-together groups too."""
    for flowable in flowables:
        if isinstance(flowable, Table):
            yield flowable
        yield from _tables(list(getattr(flowable, "_content", None) or []))


def annex_story(
    document: Document,
    layout: str,
    styles: Styles,
    width: float,
    signature_pages: set[int],
    starts: dict[int, int],
) -> list[Any]:
    """Each annex after the signatures, from a new page, under its heading ("LAMPIRAN I /
    ANNEX I"), printed as it prints on its own; ``starts`` learns the page each starts on, for
    their own page numbers (docs/annexes.md)."""
    build = _parallel if layout == "parallel" else _sequential
    languages = document.template_languages
    story: list[Any] = []
    for annex in document.annexes:
        story += [
            PageBreak(),
            _SectionStart(starts, annex.number),
            _paragraph(annex_labels(languages, annex.number).upper(), styles.title, bold=True),
            Spacer(1, 8),
            *build(annex.document, styles, width, signature_pages, None, headed=False),
        ]
    return story


def annex_footer(canvas: Canvas, names: fonts.Fonts, options: PdfOptions, words: str) -> None:
    """An annex's page number at the foot of a letter's page, where an agreement has its."""
    width, _height = canvas._pagesize
    canvas.setFont(names.serif, 8.5)
    canvas.drawRightString(width - options.margins_mm[1] * mm, 12 * mm, words)


def page_template(
    buffer: io.BytesIO, document: Document, options: PdfOptions, *, top_mm: float | None = None
) -> tuple[BaseDocTemplate, float]:
    """The document's pages: paper, margins (``top_mm`` instead of the options' top margin:
    a letterhead sits high), one frame, and the PDF's properties; with the frame's width."""
    size = PAPERS[options.paper]
    top, right, bottom, left = (value * mm for value in options.margins_mm)
    top = top if top_mm is None else top_mm * mm
    width = size[0] - left - right
    template = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=options.title,
        author=options.author,
        subject=options.subject,
        creator=f"Kerjasama Desk {__version__}",
        lang=document.languages[0],
    )
    frame = Frame(
        left, bottom, width, size[1] - top - bottom, id="body", leftPadding=0, rightPadding=0,
        topPadding=0, bottomPadding=0,
    )  # fmt: skip
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return template, width


def _build(
    document: Document,
    options: PdfOptions,
    styles: Styles,
    names: Any,
    *,
    split_rows: bool,
) -> bytes:
    buffer = io.BytesIO()
    template, width = page_template(buffer, document, options)
    signature_pages: set[int] = set()
    build = _parallel if options.layout == "parallel" else _sequential
    story = build(
        document, styles, width, signature_pages, options.progress, headed=not options.final
    )
    starts: dict[int, int] = {}
    story += annex_story(document, options.layout, styles, width, signature_pages, starts)
    if split_rows:
        for table in _tables(story):
            table.splitInRow = 1
    template.build(
        story, canvasmaker=_canvas_class(document, options, signature_pages, names, starts)
    )
    return buffer.getvalue()
