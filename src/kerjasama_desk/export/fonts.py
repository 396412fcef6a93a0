"""The bundled TrueType fonts in reportlab, and which font writes which character.

Body text is Liberation Serif (Times-metric, with bold and italic); characters it has no glyph for
(Chinese, Japanese, Korean) are written in Droid Sans Fallback. A character neither has is reported,
never drawn as an empty box.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SERIF = "KDSerif"
SERIF_BOLD = "KDSerif-Bold"
SERIF_ITALIC = "KDSerif-Italic"
SERIF_BOLD_ITALIC = "KDSerif-BoldItalic"
FALLBACK = "KDFallback"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    FALLBACK: "DroidSansFallback.ttf",
}


@dataclass(frozen=True)
class Fonts:
    serif: str
    bold: str
    fallback: str


@cache
def register(fonts_dir: Path) -> Fonts:
    """Registers the serif with reportlab (once per process); the CJK font follows when a
    document needs it (:func:`register_fallback`: reading its 4 MB costs about 0.1 s)."""
    # Documents use regular and bold only; italics would cost reading two more font files.
    for name in (SERIF, SERIF_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir / _FILES[name])))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF)
    addMapping(SERIF, 1, 1, SERIF_BOLD)
    _FONTS_DIR.append(fonts_dir)
    return Fonts(SERIF, SERIF_BOLD, FALLBACK)


_FONTS_DIR: list[Path] = []


@cache
def register_fallback() -> None:
    pdfmetrics.registerFont(TTFont(FALLBACK, str(_FONTS_DIR[0] / _FILES[FALLBACK])))
    for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
        addMapping(FALLBACK, bold, italic, FALLBACK)


def needs_fallback(texts: list[str]) -> bool:
    """Whether some character of ``texts`` is not in the serif."""
    return any(not has_glyph(SERIF, c) for text in texts for c in text
               if not c.isspace() and c.isprintable())


@cache
def _coverage(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def has_glyph(font: str, character: str) -> bool:
    return ord(character) in _coverage(font)


def missing_characters(texts: list[str]) -> list[str]:
    """Characters of ``texts`` that no bundled font can draw (spacing and controls aside)."""
    if needs_fallback(texts):
        register_fallback()
    missing: dict[str, None] = {}
    for text in texts:
        for character in text:
            if character.isspace() or not character.isprintable():
                continue
            if not has_glyph(SERIF, character) and not has_glyph(FALLBACK, character):
                missing[character] = None
    return list(missing)


def markup(text: str, *, bold: bool = False) -> str:
    """``text`` as reportlab paragraph markup, escaped, with runs the serif cannot draw set in
    the fallback font."""
    parts: list[str] = []
    run: list[str] = []
    in_fallback = False
    if needs_fallback([text]):
        register_fallback()
    for character in text:
        fallback = (character.isprintable() and not character.isspace()
                    and not has_glyph(SERIF, character) and has_glyph(FALLBACK, character))
        if fallback != in_fallback and run:
            parts.append(_run("".join(run), in_fallback))
            run = []
        in_fallback = fallback
        run.append(character)
    if run:
        parts.append(_run("".join(run), in_fallback))
    body = "".join(parts).replace("\n", "<br/>")
    return f"<b>{body}</b>" if bold else body


def _run(text: str, fallback: bool) -> str:
    escaped = escape(text, quote=False)
    return f'<font name="{FALLBACK}">{escaped}</font>' if fallback else escaped
