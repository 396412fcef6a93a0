"""One clock: every "what day is it" asks kerjasama_desk.clock, which a test can set."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from kerjasama_desk import clock
from kerjasama_desk.services.followup import local_today

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kerjasama_desk"


def test_no_code_reads_the_system_clock_around_the_clock_module():
    pattern = re.compile(r"\bdate\.today\(\)|\bdatetime\.now\(\)|\bdatetime\.today\(\)")
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "clock.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


def test_a_frozen_clock_is_what_the_follow_up_rules_see():
    jakarta = timezone(timedelta(hours=7))
    moment = datetime(2026, 11, 27, 23, 30, tzinfo=UTC).astimezone(jakarta)
    with clock.frozen(moment):
        assert clock.today().isoformat() == "2026-11-28"  # already Saturday in Jakarta
        assert local_today().isoformat() == "2026-11-28"
    assert clock.now().tzinfo is not None  # the real clock again, with its offset
