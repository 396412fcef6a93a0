"""A report (handover dossier, annual implementation report) as a PDF: the bundled fonts embedded,
the report's title and "Halaman x dari y" on every page, tables that repeat their header row
across pages."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kerjasama_desk import __version__
from kerjasama_desk.domain.report import Facts, Grid, Report, Text
from kerjasama_desk.export import fonts
from kerjasama_desk.export.labels import footer_labels
from kerjasama_desk.export.pdf import PAPERS, CountingCanvas

_LINE = colors.Color(0.72, 0.76, 0.8)
_SHADE = colors.Color(0.93, 0.95, 0.97)
_ALARM = colors.Color(0.65, 0.16, 0.12)


class _Styles:
    def __init__(self, names: fonts.Fonts) -> None:
        self.body = ParagraphStyle(
            "KDReportBody",
            fontName=names.serif,
            fontSize=10.5,
            leading=13.5,
            alignment=TA_LEFT,
            spaceAfter=4,
        )
        self.cell = ParagraphStyle(
            "KDReportCell", parent=self.body, fontSize=9, leading=11, spaceAfter=0
        )
        self.head = ParagraphStyle("KDReportHead", parent=self.cell, fontName=names.bold)
        self.emphasis = ParagraphStyle(
            "KDReportEmphasis", parent=self.body, fontName=names.bold, textColor=_ALARM
        )
        self.title = ParagraphStyle(
            "KDReportTitle",
            parent=self.body,
            fontName=names.bold,
            fontSize=16,
            leading=20,
            spaceAfter=4,
        )
        self.subtitle = ParagraphStyle(
            "KDReportSubtitle",
            parent=self.body,
            fontSize=11,
            textColor=colors.Color(0.3, 0.35, 0.4),
            spaceAfter=10,
        )
        self.heading = ParagraphStyle(
            "KDReportHeading",
            parent=self.body,
            fontName=names.bold,
            fontSize=13,
            leading=16,
            spaceBefore=8,
            spaceAfter=5,
        )
        self.subheading = ParagraphStyle(
            "KDReportSubheading",
            parent=self.body,
            fontName=names.bold,
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
        )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(fonts.markup(text), style)


def _grid(block: Grid, styles: _Styles, width: float) -> list[Any]:
    if not block.rows:
        return [_p(block.empty, styles.body)] if block.empty else []
    rows = [[_p(text, styles.head) for text in block.headers]]
    rows += [[_p(text, styles.cell) for text in row] for row in block.rows]
    table = Table(rows, colWidths=[width * share for share in block.widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, _LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [table, Spacer(1, 4)]


def _facts(block: Facts, styles: _Styles, width: float) -> list[Any]:
    rows = [[_p(label, styles.head), _p(value, styles.cell)] for label, value in block.rows]
    if not rows:
        return []
    table = Table(rows, colWidths=[width * 0.3, width * 0.7])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [table, Spacer(1, 4)]


def _story(report: Report, styles: _Styles, width: float) -> list[Any]:
    story: list[Any] = [_p(report.title, styles.title), _p(report.subtitle, styles.subtitle)]
    for number, section in enumerate(report.sections):
        if section.new_page and number:
            story.append(PageBreak())
        else:
            story.append(CondPageBreak(40 * mm))  # a heading never sits alone at a page's foot
        story.append(
            _p(section.heading, styles.heading if section.level == 1 else styles.subheading)
        )
        for block in section.blocks:
            if isinstance(block, Text):
                story.append(_p(block.text, styles.emphasis if block.emphasis else styles.body))
            elif isinstance(block, Facts):
                story.extend(_facts(block, styles, width))
            else:
                story.extend(_grid(block, styles, width))
    return story


def _canvas_class(report: Report, names: fonts.Fonts, margin: float) -> type[Canvas]:
    class NumberedCanvas(CountingCanvas):
        """The report's name and "Halaman x dari y" at the foot of every page."""

        initial_font = names.serif

        def decorate(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(names.serif, 8)
            self.setFillColor(colors.Color(0.35, 0.38, 0.42))
            self.drawString(margin, 12 * mm, report.footer)
            self.drawRightString(
                width - margin,
                12 * mm,
                footer_labels([report.language], self.getPageNumber(), total),
            )
            self.restoreState()

    return NumberedCanvas


def render(report: Report, fonts_dir: Path, paper: str = "a4") -> bytes:
    """The PDF bytes of ``report``."""
    names = fonts.register(fonts_dir)
    styles = _Styles(names)
    size = PAPERS[paper]
    margin = 20 * mm
    width = size[0] - 2 * margin
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=22 * mm,
        title=report.title,
        author=report.author,
        subject=report.subtitle,
        creator=f"Kerjasama Desk {__version__}",
        lang=report.language,
    )
    frame = Frame(
        margin,
        22 * mm,
        width,
        size[1] - margin - 22 * mm,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    template.build(_story(report, styles, width), canvasmaker=_canvas_class(report, names, margin))
    return buffer.getvalue()
