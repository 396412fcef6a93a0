"""A built wheel carries resources and translations, and the app finds them there."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_and_uses_package_data(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("kerjasama_desk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in (
        "kerjasama_desk/translations/kerjasama_desk_id.qm",
        "kerjasama_desk/resources/fonts/KerjasamaDeskCJK.ttf",
        "kerjasama_desk/resources/fonts/NotoSansThai-Regular.ttf",
        "kerjasama_desk/resources/fonts/LICENSE-DroidSansFallback.txt",
        "kerjasama_desk/resources/fonts/LICENSE-NotoSansThai.txt",
        "kerjasama_desk/resources/demo/semarang.json",
        "kerjasama_desk/resources/guide/guide_id.html",
        "kerjasama_desk/resources/countries/no_relations.tsv",
        "kerjasama_desk/resources/guide/images/wizard-en.png",
        "kerjasama_desk/resources/icons/handshake.svg",
        "kerjasama_desk/resources/templates/mou-sister-city.yaml",
        "kerjasama_desk/translations/kerjasama_desk_en.qm",
        "kerjasama_desk/resources/templates/shared/questions.yaml",
    ):
        assert needed in names
    installed = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(installed)
    code = (
        "from kerjasama_desk import paths; from kerjasama_desk.services.demo import load_story;"
        "print(paths.resources_dir()); print(paths.translations_dir());"
        "print(len(load_story()['partners']));"
        "from kerjasama_desk.drafting import library;"
        "print(len(library.load(paths.templates_dir()).templates))"
    )
    env = {**os.environ, "PYTHONPATH": str(installed)}
    output = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert output == [
        str(installed / "kerjasama_desk" / "resources"),
        str(installed / "kerjasama_desk" / "translations"),
        "7",
        # every bundled template loads from the wheel, their shared questions included
        str(len(list((ROOT / "resources" / "templates").glob("*.yaml")))),
    ]
