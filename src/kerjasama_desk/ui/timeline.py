"""A partner's timeline as a picture: initiatives, signings, expiries and activities on a line of
years, and every silence of a year or more drawn as a red gap with its length, so that eight
years without anything stand out at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kerjasama_desk.domain.followup import Timeline
from kerjasama_desk.domain.vocab import AgreementKind
from kerjasama_desk.ui import theme

_SILENCE = theme.colour("SILENCE")
_SILENCE_EDGE = theme.colour("SILENCE_EDGE")
_AXIS = theme.colour("FAINT")
_SIGNED = theme.colour("ACCENT")
_INITIATED = theme.colour("ACCENT_LIGHT")
_ACTIVITY = theme.colour("GROWTH")
_EXPIRES = theme.colour("ALARM")
_TEXT = theme.colour("TEXT")


class TimelineView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.setMinimumHeight(148)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        self.update()

    def silence_labels(self) -> list[str]:
        """The text drawn over each silence (also for tests and screen readers)."""
        if self.timeline is None:
            return []
        return [
            self.tr("%n year(s) without activity", "", round(s.years))
            for s in self.timeline.silences
        ]

    def empty_text(self) -> str:
        """What the view says when it has nothing to draw."""
        if self.timeline is None:
            return self.tr("Choose a partner to see its timeline.")
        return self.tr("Nothing dated yet for this partner.")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.colour("PAPER"))
        timeline = self.timeline
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        if timeline is None or timeline.start is None:
            painter.setPen(_AXIS)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.empty_text(),
            )
            return
        left, right = 16.0, float(self.width() - 16)
        axis_y = 62.0
        first = date(timeline.start.year, 1, 1)
        last = date(timeline.end.year + 1, 1, 1)
        span = max(1, (last - first).days)

        def x(day: date) -> float:
            return left + (right - left) * (day - first).days / span

        # Silences: red bands with their length.
        for silence, label in zip(timeline.silences, self.silence_labels(), strict=True):
            band = QRectF(
                QPointF(x(silence.start), axis_y - 16), QPointF(x(silence.end), axis_y + 16)
            )
            painter.fillRect(band, _SILENCE)
            painter.setPen(QPen(_SILENCE_EDGE, 1, Qt.PenStyle.DashLine))
            painter.drawLine(band.topLeft(), band.bottomLeft())
            painter.drawLine(band.topRight(), band.bottomRight())
            if band.width() > painter.fontMetrics().horizontalAdvance(label) + 8:
                painter.setPen(_SILENCE_EDGE)
                painter.drawText(
                    QRectF(band.left(), axis_y - 34, band.width(), 16),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )
        # The axis and its years.
        painter.setPen(QPen(_AXIS, 1.5))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        years = range(first.year, last.year + 1)
        step = next(s for s in (1, 2, 5, 10, 20, 50) if len(years) / s <= (right - left) / 44)
        for year in years:
            if year % step:
                continue
            tick = x(date(year, 1, 1))
            painter.setPen(QPen(_AXIS, 1))
            painter.drawLine(QPointF(tick, axis_y - 4), QPointF(tick, axis_y + 4))
            painter.drawText(
                QRectF(tick - 22, axis_y + 18, 44, 14), Qt.AlignmentFlag.AlignCenter, str(year)
            )
        # Events: activities as dots under the axis, agreement dates on it.
        for mark in timeline.events:
            point = QPointF(x(mark.day), axis_y)
            if mark.what == "activity":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_ACTIVITY)
                painter.drawEllipse(QPointF(point.x(), axis_y + 10), 3.2, 3.2)
            elif mark.what == "signed":
                painter.setPen(QPen(theme.colour("PAPER"), 1))
                painter.setBrush(_SIGNED)
                diamond = QPainterPath()
                diamond.moveTo(point.x(), axis_y - 8)
                diamond.lineTo(point.x() + 7, axis_y)
                diamond.lineTo(point.x(), axis_y + 8)
                diamond.lineTo(point.x() - 7, axis_y)
                diamond.closeSubpath()
                painter.drawPath(diamond)
                painter.setPen(_TEXT)
                label_x = min(max(point.x() - 40, 0.0), float(self.width()) - 80)
                painter.drawText(
                    QRectF(label_x, axis_y - 50, 80, 14),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{_abbreviation(mark.kind)} {mark.day.year}",
                )
            elif mark.what == "initiated":
                painter.setPen(QPen(_INITIATED, 2))
                painter.setBrush(theme.colour("PAPER"))
                painter.drawEllipse(point, 5, 5)
            elif mark.what == "expires":
                painter.setPen(QPen(_EXPIRES, 2.5))
                painter.drawLine(QPointF(point.x(), axis_y - 10), QPointF(point.x(), axis_y + 10))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Legend, on as many lines as the width needs.
        legend_y = axis_y + 44
        items = (
            (self.tr("initiative"), _INITIATED),
            (self.tr("signed"), _SIGNED),
            (self.tr("activity"), _ACTIVITY),
            (self.tr("expiry"), _EXPIRES),
            (self.tr("silence of a year or more"), _SILENCE_EDGE),
        )
        position = left
        for text, color in items:
            width = painter.fontMetrics().horizontalAdvance(text)
            if position > left and position + width + 13 > right:
                position, legend_y = left, legend_y + 16
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(QRectF(position, legend_y + 3, 9, 9))
            painter.setPen(_TEXT)
            painter.drawText(
                QRectF(position + 13, legend_y, width + 4, 14), Qt.AlignmentFlag.AlignLeft, text
            )
            position += width + 24
        painter.end()


def _abbreviation(kind: str) -> str:

    try:
        return AgreementKind(kind).abbreviation
    except ValueError:
        return ""
