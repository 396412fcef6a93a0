"""Writing files so that a crash or a full disk never leaves half a file behind: the one
atomic writer of exports, reports, attachments and caches."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Writes ``data`` to a temporary file beside ``path``, then renames it over ``path`` (an
    existing file is replaced whole or not at all). ``durable`` flushes it to the disk first, so
    a power cut after the rename cannot leave an empty file; a cache, which can be made again,
    skips that for speed."""
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".part"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        replace_file(Path(temporary), path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# Windows refuses to rename over a file another program holds open, and a virus scanner or the
# search indexer opens a new file for a moment: a few short waits let such a hold pass. A file
# kept open (a PDF shown in a viewer) still fails, and the caller says so.
REPLACE_WAITS_S = (0.05, 0.1, 0.2, 0.4, 0.8)


def replace_file(source: Path, target: Path) -> None:
    """``os.replace(source, target)``, waiting out a brief hold on ``target`` (Windows)."""
    for wait in (*REPLACE_WAITS_S, None):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if wait is None:
                raise
            time.sleep(wait)
