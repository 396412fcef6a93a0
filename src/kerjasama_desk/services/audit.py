"""The audit trail seen from the app and the command line: is the chain intact, and what changed
under a record (who, when, before → after)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kerjasama_desk.domain.errors import Stopped
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.services.registers import open_service
from kerjasama_desk.store import audit, audit_guard
from kerjasama_desk.store.audit import OUTSIDE, REPAIRED_BY, Entry, Verdict

__all__ = [
    "OUTSIDE",
    "REPAIRED_BY",
    "Change",
    "Entry",
    "Stopped",
    "Verdict",
    "changes",
    "history",
    "verify",
    "verify_file",
]

# Columns that mean nothing to an officer when shown in a change.
_HIDDEN = frozenset({"id", "uuid", "created_at", "position"})


@dataclass(frozen=True)
class Change:
    """One column of a record as it was and as it became ("" where there was nothing)."""

    column: str
    before: str
    after: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def changes(entry: Entry) -> list[Change]:
    """What an entry changed, column by column (for an insert: what was set; for a delete:
    what was there)."""
    before, after = entry.before or {}, entry.after or {}
    found = []
    for column in dict.fromkeys([*before, *after]):
        if column in _HIDDEN:
            continue
        old, new = _text(before.get(column)), _text(after.get(column))
        if old != new:
            found.append(Change(column, old, new))
    return found


def verify(
    service: RegisterService,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Verdict:
    """The chain, the entries written outside Kerjasama Desk, and the audit triggers; see
    :func:`store.audit.verify` for ``progress`` and ``stop`` (it raises ``Stopped``)."""
    db = service.register.db
    verdict = audit.verify(db, progress, stop)
    return replace(verdict, triggers=tuple(audit_guard.trigger_problems(db)))


def verify_file(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Verdict:
    """:func:`verify` on its own read-only connection to the register at ``path``, so it can
    run on a worker thread beside the window's connection; nothing is written. Raises
    RegisterOpenError when the file cannot be read that way."""
    service = open_service(path, read_only=True)
    try:
        return verify(service, progress, stop)
    finally:
        service.close()


def history(service: RegisterService, scope: str, record_id: int) -> list[Entry]:
    """The changes under a record, newest first: "agreements" (with its fields, activities,
    commitments and files), "partners" (with contacts), "officers" (with handovers)."""
    if scope not in ("agreements", "partners", "officers", "drafts"):
        raise ValueError(scope)
    return audit.history(service.register.db, scope, record_id)
