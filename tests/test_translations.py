"""The Indonesian catalogue (and the English one of plural forms) is complete, current with the
sources, and compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "kerjasama_desk_id.ts"
TS_EN = ROOT / "translations" / "kerjasama_desk_en.ts"
TOOLS = Path(sys.executable).parent


def _tool(name: str) -> str:
    return str(TOOLS / name) if (TOOLS / name).exists() else shutil.which(name) or name


def _unfinished(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(message.find("translation").itertext()).strip()
    ]


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["id", "en"])
def test_every_entry_is_translated(ts):
    assert _unfinished(ts) == []


@pytest.mark.parametrize(("ts", "options"), [(TS, []), (TS_EN, ["-pluralonly"])], ids=["id", "en"])
def test_catalogue_covers_every_string_in_the_sources(tmp_path, ts, options):
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = sorted(str(p) for p in (ROOT / "src").rglob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *options,
            *sources,
            "-ts",
            str(copy),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == []  # a new string (or, in English, a new plural) is unfinished


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["id", "en"])
def test_committed_qm_is_up_to_date(tmp_path, ts):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes()
