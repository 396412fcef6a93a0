"""The headless command line: demo data, info, clear errors, documented in README."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kerjasama_desk.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def test_seed_demo_then_info_json(tmp_path):
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["seed-demo", "--db", str(db)]).exit_code == 0
    result = runner.invoke(main, ["info", "--db", str(db), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["counts"]["partners"] == 7 and data["counts"]["officers"] == 4
    assert data["schema_version"] >= 2


def test_info_on_a_non_register_fails_cleanly_and_leaves_the_file(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("my notes, not a register")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = CliRunner().invoke(main, ["info", "--db", str(path)])
    assert result.exit_code == 1
    assert "is not a Kerjasama Desk register" in result.output
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_importing_the_cli_does_not_load_qt():
    code = "import sys, kerjasama_desk.cli; print('PySide6' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip() == "False"


def test_every_command_is_documented_in_readme():
    readme = README.read_text(encoding="utf-8")
    for name in main.commands:
        assert re.search(rf"kerjasama-desk {re.escape(name)}\b", readme), name
    for option in ("--db", "--lang", "--demo"):
        assert option in readme
