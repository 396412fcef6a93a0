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
