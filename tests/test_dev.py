"""./dev installs only when pyproject.toml changed, so a second start works with no network."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_a_second_start_needs_no_package_index():
    stamp = ROOT / ".venv" / ".kd-installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text().split() != [digest, "[test]"]:
        pytest.skip("the suite was not started by ./dev test, so .venv has no install stamp")
    unreachable = "http://127.0.0.1:9"  # the discard port: nothing listens there
    env = {
        **os.environ,
        "PIP_INDEX_URL": unreachable + "/simple",
        "HTTP_PROXY": unreachable,
        "HTTPS_PROXY": unreachable,
        "http_proxy": unreachable,
        "https_proxy": unreachable,
    }
    result = subprocess.run(
        ["./dev", "test", "--version"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Installing" not in result.stdout + result.stderr
    assert "pytest" in result.stdout + result.stderr
