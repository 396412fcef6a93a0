"""One Kerjasama Desk at a time per register: a lock file beside the register (Qt's QLockFile,
which notices a lock left by a crashed process and takes it over)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class RegisterLock:
    def __init__(self, register: Path) -> None:
        self.path = Path(f"{register}.lock")
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # only a dead process's lock is stale

    def acquire(self) -> bool:
        return bool(self._lock.tryLock(200))

    def holder(self) -> str:
        """Who holds the lock: "1234 (laptop-01)"."""
        info = self._lock.getLockInfo()  # (pid, host, application), or False when unknown
        if not isinstance(info, tuple) or len(info) < 2:
            return "?"
        return f"{info[0]} ({info[1]})"

    def release(self) -> None:
        self._lock.unlock()
