"""The look: Fusion, a calm light palette, bundled fonts (with CJK fallback) and icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from kerjasama_desk.paths import fonts_dir, icons_dir

UI_FAMILY = "Liberation Sans"
# The CJK fallback carries a name of our own, so a system font of the original name (Debian's
# Droid Sans Fallback has no Hangul) cannot shadow it (resources/fonts/README.md).
CJK_FAMILY = "Kerjasama Desk CJK"  # Chinese, Japanese, Korean
THAI_FAMILY = "Noto Sans Thai"
# The named colours: every widget and painter takes its colours from here (tests/ui/test_theme.py).
ACCENT = "#1f5f8b"  # links, signed agreements, the selected page
ACCENT_LIGHT = "#5b8db8"  # initiatives on the timeline
ERROR = "#b42318"  # invalid fields and their messages
ALARM = "#c0392b"  # overdue, expired, missing
WARNING = "#b9770e"
MUTED = "#5b6776"  # secondary text
FAINT = "#8a96a3"  # done or dropped rows, the timeline's axis
TEXT = "#1d2733"
GROWTH = "#2e8b57"  # activities on the timeline
SILENCE = "#fbe3e1"  # a year or more without a sign of life
SILENCE_EDGE = "#d9534f"
PAPER = "#ffffff"
PAPER_EDGE = "#c8ced6"

STYLESHEET = f"""
QWidget#navigation {{ background: #eef2f6; border: none; }}
QListWidget#navigation::item {{ padding: 10px 12px; border-radius: 6px; margin: 2px 6px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QLabel[role="page-title"] {{ font-size: 18px; font-weight: bold; color: {TEXT}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="banner"] {{ background: #fff4d6; color: #5c4400; padding: 8px 14px;
                         border-bottom: 1px solid #e8d49a; }}
QLabel[role="card-number"] {{ font-size: 26px; font-weight: bold; color: {ACCENT}; }}
QLabel[role="card-alarm"] {{ font-size: 26px; font-weight: bold; color: {ALARM}; }}
QLabel[role="card-warning"] {{ font-size: 26px; font-weight: bold; color: {WARNING}; }}
QLabel[role="section"] {{ font-weight: bold; color: {TEXT}; }}
QToolButton[role="link"] {{ color: {ACCENT}; border: none; padding: 2px 6px; }}
QToolButton[role="link"]:hover {{ text-decoration: underline; }}
QToolButton[role="link"]:disabled {{ color: {MUTED}; }}
QFrame[role="card"] {{ background: white; border: 1px solid #d8dee6; border-radius: 8px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"]
{{ border: 1px solid {ERROR}; }}
QTableView {{ gridline-color: #e3e8ee; selection-background-color: #cfe0ee;
              selection-color: #111; alternate-background-color: #f7f9fb; }}
QHeaderView::section {{ padding: 4px 6px; background: #f1f4f7; border: none;
                        border-bottom: 1px solid #d8dee6; border-right: 1px solid #e3e8ee; }}
"""


def register_fonts() -> list[str]:
    """Adds the bundled TrueType fonts to Qt; returns the families found."""
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(dict.fromkeys(families))


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    register_fonts()
    font = QFont()
    font.setFamilies([UI_FAMILY, CJK_FAMILY, THAI_FAMILY])
    font.setPointSizeF(10)
    app.setFont(font)
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f8fa"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f1f4f7"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


@cache
def colour(name: str) -> QColor:
    """The named colour ``name`` ("ALARM", "MUTED", …) as a QColor."""
    value = globals()[name]
    assert isinstance(value, str) and value.startswith("#"), name
    return QColor(value)


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(icons_dir() / f"{name}.svg"))
