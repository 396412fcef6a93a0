"""Makes resources/fonts/KerjasamaDeskCJK.ttf: Droid Sans Fallback under a family name of our own
(run once, by hand; resources/fonts/README.md says why).

    python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    /tmp/ft/bin/python tests/tools/make_fonts.py DroidSansFallback.ttf

Only the name records change; every glyph and table stays as it was.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont  # type: ignore[import-not-found]

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FAMILY = "Kerjasama Desk CJK"  # ui/theme.py CJK_FAMILY


def rename(font: TTFont, family: str) -> None:
    """Sets the family, full, unique and PostScript name records to ``family`` (Regular)."""
    postscript = family.replace(" ", "")
    for record in font["name"].names:
        if record.nameID in (1, 4, 16, 18):
            record.string = family
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = f"{postscript};1.0"


def main() -> None:
    font = TTFont(sys.argv[1])
    rename(font, FAMILY)
    font.save(FONTS / "KerjasamaDeskCJK.ttf")


if __name__ == "__main__":
    main()
