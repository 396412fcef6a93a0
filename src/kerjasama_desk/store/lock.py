"""One writer per register, for every process: the app and every CLI command that writes take the
same lock, a file beside the register (``register.sqlite.lock``) held with the operating
system's file lock (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows).

The operating system lets go of the lock when its process ends, however it ends, so a crashed
app never leaves a register locked. The file names the holder ("pid host program"), which the
refusal shows. See docs/reliability.md, "One lock for every process".
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - the CI runs on Linux
    import msvcrt

    def _try(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _host() -> str:
    """This computer's name (without importing ``socket``: start-up time)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "?")  # pragma: no cover - Windows


def lock_path(register: Path) -> Path:
    """Beside the file itself: a register named through a link or a relative path has the one
    lock its other names have."""
    return Path(f"{os.path.realpath(register)}.lock")


class RegisterLock:
    """The lock of the register at ``register``; :meth:`acquire` takes it, :meth:`release`
    gives it up (and removes the file)."""

    def __init__(self, register: Path, program: str = "kerjasama-desk") -> None:
        self.register = register
        self.path = lock_path(register)
        self.program = program
        self.held = False
        self._fd: int | None = None
        self._elsewhere = False
        # The last holder ended without giving the lock up (a crash, a power cut): the
        # register may want a full check (docs/reliability.md).
        self.left_by_crash = False

    def acquire(self, wait: float = 0.2) -> bool:
        """Takes the lock, waiting up to ``wait`` seconds for another process to give it up.
        False when it is held elsewhere (:meth:`held_elsewhere`) or the lock file cannot be
        written (a register on a read-only medium)."""
        if self.held:
            return True
        deadline = time.monotonic() + max(wait, 0)
        while True:
            self._elsewhere = False
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError:
                return False
            try:
                taken = _try(fd)
            except OSError:  # no locks on this filesystem (some network shares)
                os.close(fd)
                return False
            if taken:
                if self._same_file(fd):
                    self._fd, self.held = fd, True
                    self.left_by_crash = os.fstat(fd).st_size > 0  # a holder's name was left
                    self._write_holder(fd)
                    return True
                _unlock(fd)  # removed by its holder while we waited: take the new one
                os.close(fd)
                continue
            os.close(fd)
            self._elsewhere = True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def _same_file(self, fd: int) -> bool:
        try:
            named = os.stat(self.path)
        except OSError:
            return False
        held = os.fstat(fd)
        return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)

    def _write_holder(self, fd: int) -> None:
        text = f"{os.getpid()}\n{_host()}\n{self.program}\n".encode()
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, text, 0) if hasattr(os, "pwrite") else os.write(fd, text)
        except OSError:
            pass  # the holder's name is a courtesy; the lock itself is held

    def held_elsewhere(self) -> bool:
        """After a failed :meth:`acquire`: another process holds the register (rather than the
        lock file not being writable)."""
        return self._elsewhere

    def holder(self) -> str:
        """Who holds the lock: "1234 (laptop-01)", or "?" when the file does not say."""
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return "?"
        if len(lines) < 2 or not lines[0].strip().isdigit():
            return "?"
        return f"{lines[0].strip()} ({lines[1].strip()})"

    def release(self) -> None:
        if not self.held or self._fd is None:
            return
        # Removed while still held, so no one can take a lock on a file about to vanish.
        try:
            self.path.unlink()
        except OSError:
            pass
        _unlock(self._fd)
        os.close(self._fd)
        self._fd, self.held = None, False
