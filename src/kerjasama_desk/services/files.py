"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import getpass
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Writes ``data`` to a temporary file beside ``path``, flushes it to disk, then renames it
    over ``path`` (an existing file is replaced whole or not at all)."""
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".part"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def account_name() -> str:
    """The computer account's name: who saved, handed over or changed something."""

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this account (some containers)
        return ""
