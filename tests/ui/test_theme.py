"""Colours have names, in ui/theme.py only: a new shade is chosen there, once."""

from __future__ import annotations

import re
from pathlib import Path

from kerjasama_desk.ui import theme

UI = Path(__file__).resolve().parents[2] / "src" / "kerjasama_desk" / "ui"
LITERAL = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*[\"']|Qt\.GlobalColor\.")


def test_no_colour_is_written_outside_the_theme():
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LITERAL.search(line)
    ]
    assert offenders == []


def test_every_named_colour_is_a_colour():
    for name in ("ACCENT", "ALARM", "MUTED", "FAINT", "TEXT", "SILENCE", "PAPER"):
        assert theme.colour(name).isValid()


def test_the_ui_fonts_draw_chinese_korean_thai_and_japanese_under_a_name_of_our_own(qapp):
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    loaded = theme.register_fonts()
    assert {theme.CJK_FAMILY, theme.THAI_FAMILY} <= set(loaded)
    # A name of our own: a system "Droid Sans Fallback" without Hangul cannot shadow it.
    assert theme.CJK_FAMILY.startswith("Kerjasama Desk")
    assert theme.CJK_FAMILY in QFontDatabase.families()
    chain = [theme.UI_FAMILY, theme.CJK_FAMILY, theme.THAI_FAMILY]
    for character in "北중กあ":
        drawn_by = [
            family
            for family in chain
            if QRawFont.fromFont(QFont(family)).supportsCharacter(ord(character))
            and QRawFont.fromFont(QFont(family)).familyName() == family
        ]
        assert drawn_by, f"no UI font draws {character}"
    cjk = QRawFont.fromFont(QFont(theme.CJK_FAMILY))
    assert cjk.supportsCharacter(ord("중")) and cjk.supportsCharacter(ord("北"))
    assert QRawFont.fromFont(QFont(theme.THAI_FAMILY)).supportsCharacter(ord("ก"))
