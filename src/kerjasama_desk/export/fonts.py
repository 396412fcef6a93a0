"""The bundled TrueType fonts in reportlab, and which font writes which character.

Body text is Liberation Serif (Times-metric, with bold and italic); characters it has no glyph for
are written in the first fallback that has one: Droid Sans Fallback (Chinese, Japanese, Korean),
then Noto Sans Thai (resources/fonts/README.md). A character no font has is reported, never drawn
as an empty box.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from fnmatch import fnmatch
from functools import cache
from html import escape
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

from kerjasama_desk.atomic import write_atomically

SERIF = "KDSerif"
SERIF_BOLD = "KDSerif-Bold"
SERIF_ITALIC = "KDSerif-Italic"
SERIF_BOLD_ITALIC = "KDSerif-BoldItalic"
FALLBACK = "KDFallback"
THAI = "KDThai"
FALLBACKS = (FALLBACK, THAI)  # tried in this order after the serif

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    FALLBACK: "KerjasamaDeskCJK.ttf",
    THAI: "NotoSansThai-Regular.ttf",
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
        pdfmetrics.registerFont(_font(name, fonts_dir / _FILES[name]))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF)
    addMapping(SERIF, 1, 1, SERIF_BOLD)
    _FONTS_DIR.append(fonts_dir)
    return Fonts(SERIF, SERIF_BOLD, FALLBACK)


_FONTS_DIR: list[Path] = []


@cache
def register_fallback(name: str = FALLBACK) -> None:
    pdfmetrics.registerFont(_font(name, _FONTS_DIR[0] / _FILES[name]))
    for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
        addMapping(name, bold, italic, name)


# What reportlab reads from a font file (character map, widths, glyph offsets) kept between runs:
# parsing the 3.4 MB CJK font costs 0.1–0.2 s on every export, loading what it found about a
# third of that. An entry is named by the font file's path, size and time and by reportlab's
# version; a cache that cannot be read or written only costs time.
_CACHE: list[Path] = []
_NOT_KEPT = ("_ttf_data", "_pdfScale")  # the file's bytes (read again) and a function


def use_cache(directory: Path) -> None:
    """Keeps what was read from each font file in ``directory`` between runs."""
    _CACHE[:] = [directory]


def _font(name: str, path: Path) -> TTFont:
    key = _cache_key(path) if _CACHE else ""
    face = _cached_face(key, path)
    if face is None:
        font = TTFont(name, str(path))
        _keep_face(key, font.face)
        return font
    return _CachedFont(name, face)


class _CachedFont(TTFont):  # type: ignore[misc]
    """A TTFont around a face read from the cache: what ``TTFont.__init__`` does once it has
    parsed the file (tests/export/test_fonts.py compares the two)."""

    def __init__(self, name: str, face: TTFontFace) -> None:  # noqa: D107
        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in rl_config.unShapedFontGlob)


def _cache_key(path: Path) -> str:
    try:
        found = path.stat()
    except OSError:
        return ""
    identity = f"{path.resolve()}\0{found.st_size}\0{found.st_mtime_ns}\0{reportlab.Version}"
    return hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()


def _cached_face(key: str, path: Path) -> TTFontFace | None:
    if not key:
        return None
    try:
        state: dict[str, Any] = pickle.loads(  # noqa: S301 - our own cache
            (_CACHE[0] / f"{key}.pickle").read_bytes()
        )
        data = path.read_bytes()
    except Exception:  # noqa: BLE001 - missing, stale or damaged: read the font instead
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face._ttf_data = data
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x: x * (1000 / units))
    return face


def _keep_face(key: str, face: TTFontFace) -> None:
    if not key:
        return
    state = {k: v for k, v in face.__dict__.items() if k not in _NOT_KEPT}
    directory = _CACHE[0]
    try:
        directory.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
        write_atomically(directory / f"{key}.pickle", data, durable=False)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return  # a cache that cannot be written is read from the font again next time


def needs_fallback(texts: list[str]) -> bool:
    """Whether some character of ``texts`` is not in the serif (each distinct character looked
    at once, against the serif's characters as a set: a document's texts hold tens of thousands
    of characters, and this runs for every paragraph)."""
    drawn = _drawn(SERIF)
    return any(
        not c.isspace() and c.isprintable() for text in texts for c in set(text).difference(drawn)
    )


@cache
def _coverage(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


@cache
def _drawn(name: str) -> frozenset[str]:
    """The characters font ``name`` draws."""
    return frozenset(map(chr, _coverage(name)))


def has_glyph(font: str, character: str) -> bool:
    return ord(character) in _coverage(font)


def font_for(character: str) -> str | None:
    """The font that draws ``character``: the serif, else the first fallback that has it (read
    from its file the first time one is needed); None when no bundled font has it. Spacing and
    controls stay in the serif."""
    if character.isspace() or not character.isprintable() or has_glyph(SERIF, character):
        return SERIF
    for name in FALLBACKS:
        register_fallback(name)
        if has_glyph(name, character):
            return name
    return None


def missing_characters(texts: list[str]) -> list[str]:
    """Characters of ``texts`` that no bundled font can draw (spacing and controls aside)."""
    missing: dict[str, None] = {}
    if needs_fallback(texts):
        for text in texts:
            for character in text:
                if font_for(character) is None:
                    missing[character] = None
    return list(missing)


def markup(text: str, *, bold: bool = False) -> str:
    """``text`` as reportlab paragraph markup, escaped, with runs the serif cannot draw set in
    the fallback that can (a character none can draw stays in the serif: it was reported)."""
    if not needs_fallback([text]):  # all of it in the serif
        body = _run(text, SERIF).replace("\n", "<br/>")
        return f"<b>{body}</b>" if bold else body
    parts: list[str] = []
    run: list[str] = []
    current = SERIF
    for character in text:
        font = font_for(character) or SERIF
        if font != current and run:
            parts.append(_run("".join(run), current))
            run = []
        current = font
        run.append(character)
    if run:
        parts.append(_run("".join(run), current))
    body = "".join(parts).replace("\n", "<br/>")
    return f"<b>{body}</b>" if bold else body


def _run(text: str, font: str) -> str:
    escaped = escape(text, quote=False)
    return escaped if font == SERIF else f'<font name="{font}">{escaped}</font>'
