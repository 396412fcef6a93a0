"""Writing files so that a crash or a full disk never leaves half a file behind: the one
atomic writer of exports, reports, attachments and caches."""

from __future__ import annotations

import os
import tempfile
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
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
