"""Draws the app's icon: Lucide's handshake (resources/icons/handshake.svg, ISC licence) in white
on the theme's blue, rounded. Writes resources/icons/app.png (256 px, the window's icon) and
.ci/windows/kerjasama-desk.ico (16–256 px, the Windows program's and installer's icon).
Run: QT_QPA_PLATFORM=offscreen python tests/tools/make_app_icon.py"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
BLUE = "#1f5f8b"  # the theme's accent (ui/theme.py)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BLUE))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    svg = (ROOT / "resources" / "icons" / "handshake.svg").read_text(encoding="utf-8")
    white = svg.replace('stroke="#334155"', 'stroke="#ffffff"')
    renderer = QSvgRenderer(QByteArray(white.encode("utf-8")))
    margin = size * 0.16
    renderer.render(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - painting needs an application
    picture = draw(256)
    picture.save(str(ROOT / "resources" / "icons" / "app.png"), "PNG")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    buffer.close()
    icon = Image.open(io.BytesIO(bytes(data.data())))
    sizes = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    icon.save(ROOT / ".ci" / "windows" / "kerjasama-desk.ico", sizes=sizes)
    print("resources/icons/app.png, .ci/windows/kerjasama-desk.ico")


if __name__ == "__main__":
    main()
