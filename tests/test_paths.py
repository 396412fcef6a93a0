"""Issue 17: resources are found through one door (kerjasama_desk/paths.py), so that a bundle
(PyInstaller's sys._MEIPASS), an installed wheel and a source checkout all find them."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kerjasama_desk import paths

SOURCE = Path(__file__).resolve().parents[1] / "src" / "kerjasama_desk"


def test_no_code_finds_its_files_from_where_it_is_but_paths_py():
    where = re.compile(r"__file__|_MEIPASS|sys\.frozen|getattr\(sys, .frozen")
    found = [
        f"{path.relative_to(SOURCE)}:{number}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path.name != "paths.py" or path.parent != SOURCE
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if where.search(line)
    ]
    assert found == []


def test_a_bundle_finds_its_resources_under_meipass(tmp_path, monkeypatch):
    """What PyInstaller's one-folder bundle lays out: kerjasama_desk/resources, translations and
    BUILD under sys._MEIPASS."""
    bundle = tmp_path / "_internal"
    for name in ("resources", "translations"):
        (bundle / "kerjasama_desk" / name).mkdir(parents=True)
    (bundle / "kerjasama_desk" / "BUILD").write_text("3f832c57f650\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    import importlib

    frozen = importlib.reload(paths)
    try:
        assert frozen.FROZEN
        assert frozen.resources_dir() == bundle / "kerjasama_desk" / "resources"
        assert frozen.translations_dir() == bundle / "kerjasama_desk" / "translations"
        assert frozen.build_commit() == "3f832c57f650"
    finally:
        monkeypatch.undo()
        importlib.reload(paths)


def test_a_checkout_names_its_commit():
    if not (SOURCE.parents[1] / ".git").exists():
        pytest.skip("not a Git checkout (an sdist or a bundle): there is no commit to read")
    assert re.fullmatch(r"[0-9a-f]{12}", paths.build_commit())
