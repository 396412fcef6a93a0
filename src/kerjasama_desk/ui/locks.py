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
        self.held = False

    def acquire(self) -> bool:
        self.held = bool(self._lock.tryLock(200))
        return self.held

    def held_elsewhere(self) -> bool:
        """After a failed :meth:`acquire`: another process holds the register (rather than the
        lock file not being writable, as on a read-only medium)."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def holder(self) -> str:
        """Who holds the lock: "1234 (laptop-01)"."""
        info = self._lock.getLockInfo()  # (pid, host, application), or False when unknown
        if not isinstance(info, tuple) or len(info) < 2:
            return "?"
        return f"{info[0]} ({info[1]})"

    def release(self) -> None:
        if self.held:
            self._lock.unlock()
            self.held = False
