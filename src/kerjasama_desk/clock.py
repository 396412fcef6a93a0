"""The one clock of the app: the officer's local time and calendar day.

Dormancy, expiry and due dates are calendar days of the office, so "today" is the local date on
this computer, never a UTC date that is still yesterday in Jakarta until 07:00. Everything that
asks what day it is asks here, so a test sets the day once (:func:`frozen`) for all of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime


def _system_now() -> datetime:
    return datetime.now().astimezone()


_now: Callable[[], datetime] = _system_now


def now() -> datetime:
    """The local time, with its offset."""
    return _now()


def today() -> date:
    """The local calendar day."""
    return _now().date()


@contextmanager
def frozen(moment: datetime) -> Iterator[None]:
    """Inside the block, the clock reads ``moment`` (for tests and benchmarks)."""
    global _now
    before = _now
    _now = lambda: moment  # noqa: E731
    try:
        yield
    finally:
        _now = before
