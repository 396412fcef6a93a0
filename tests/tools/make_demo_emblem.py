"""Draws the demo register's stand-in coat of arms (resources/demo/emblem.png): a plain shield
marked CONTOH / EXAMPLE. It is not Semarang's lambang, which an office supplies itself (Edit →
Our government). Run: QT_QPA_PLATFORM=offscreen python tests/tools/make_demo_emblem.py"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

SIZE = 240


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - fonts need an application
    image = QImage(SIZE, int(SIZE * 1.15), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    shield = QPainterPath()
    w, h = SIZE - 20, SIZE * 1.15 - 20
    shield.moveTo(10, 10)
    shield.lineTo(10 + w, 10)
    shield.lineTo(10 + w, 10 + h * 0.55)
    shield.quadTo(QPointF(10 + w, 10 + h * 0.85), QPointF(10 + w / 2, 10 + h))
    shield.quadTo(QPointF(10, 10 + h * 0.85), QPointF(10, 10 + h * 0.55))
    shield.closeSubpath()
    painter.setPen(QPen(QColor("#1f3a5f"), 8))
    painter.setBrush(QColor("#e8eef5"))
    painter.drawPath(shield)
    painter.setPen(QColor("#1f3a5f"))
    font = QFont("Liberation Sans", 30, QFont.Weight.Bold)
    painter.setFont(font)
    painter.drawText(image.rect().adjusted(0, -20, 0, -20), Qt.AlignmentFlag.AlignCenter, "CONTOH")
    font.setPointSize(20)
    painter.setFont(font)
    painter.drawText(image.rect().adjusted(0, 50, 0, 50), Qt.AlignmentFlag.AlignCenter, "EXAMPLE")
    painter.end()
    target = Path(__file__).resolve().parents[2] / "resources" / "demo" / "emblem.png"
    image.save(str(target), "PNG")
    print(target, target.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
