"""Files kept with agreements: the register holds what each file is (name, size, description,
SHA-256), the data folder holds the file itself under its hash.

Content-addressed storage means a file attached twice is stored once, a file is never changed
after it is stored (it is made read-only), and damage shows: every read checks the hash.
Removing an attachment removes the record only: a backup of the register restored later still
finds its files.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from kerjasama_desk import paths
from kerjasama_desk.atomic import replace_file, write_atomically
from kerjasama_desk.domain.errors import AttachmentProblem, RecordNotFound
from kerjasama_desk.domain.models import Attachment
from kerjasama_desk.formatting import one_line
from kerjasama_desk.services.register import RegisterService

MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024  # as much as one entry of a .kdx may hold
_HASH = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1024 * 1024


def is_hash(value: object) -> bool:
    return isinstance(value, str) and bool(_HASH.fullmatch(value))


class FileStore:
    """Files by content: ``<root>/<first two hex digits>/<sha256>``, each written whole (a
    temporary file, flushed, then renamed) and read-only once stored."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if not is_hash(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def intact(self, sha256: str) -> bool:
        """The store holds the file, and its content still has its hash (not damaged)."""
        digest = hashlib.sha256()
        try:
            with self.path(sha256).open("rb") as stream:
                while chunk := stream.read(_CHUNK):
                    digest.update(chunk)
        except OSError:
            return False
        return digest.hexdigest() == sha256

    def put_file(self, source: Path) -> tuple[str, int]:
        """Stores the file at ``source``; returns its hash and size. Raises AttachmentProblem
        for a file too large or unreadable."""
        name = source.name
        try:
            size = source.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise AttachmentProblem(
                    "attachment_too_large",
                    {
                        "name": name,
                        "size": round(size / 2**20, 1),
                        "limit": MAX_ATTACHMENT_BYTES // 2**20,
                    },
                )
            with source.open("rb") as stream:
                return self._put(stream.read, name)
        except OSError as error:
            raise AttachmentProblem(
                "attachment_unreadable", {"name": name, "detail": error.strerror or str(error)}
            ) from error

    def put_bytes(self, data: bytes) -> tuple[str, bool]:
        """Stores ``data``; returns its hash and whether the store did not hold it before."""
        sha256 = hashlib.sha256(data).hexdigest()
        held = self.has(sha256)
        if held and self.intact(sha256):
            return sha256, False
        chunks = iter([data])
        self._put(lambda _size: next(chunks, b""), sha256)
        return sha256, not held  # a damaged copy repaired is not new (nor removed on undo)

    def _put(self, read: Callable[[int], bytes], name: str) -> tuple[str, int]:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        digest = hashlib.sha256()
        size = 0
        descriptor, temporary = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                while chunk := read(_CHUNK):
                    size += len(chunk)
                    if size > MAX_ATTACHMENT_BYTES:
                        raise AttachmentProblem(
                            "attachment_too_large",
                            {
                                "name": name,
                                "size": round(size / 2**20, 1),
                                "limit": MAX_ATTACHMENT_BYTES // 2**20,
                            },
                        )
                    digest.update(chunk)
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            sha256 = digest.hexdigest()
            target = self.path(sha256)
            if target.is_file() and self.intact(sha256):
                Path(temporary).unlink()
            else:  # new, or a damaged copy replaced by the good one
                target.parent.mkdir(exist_ok=True, mode=0o700)
                os.chmod(temporary, 0o400)
                replace_file(Path(temporary), target)
            return sha256, size
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def read(self, sha256: str) -> bytes:
        """The file's bytes, checked against its hash; raises OSError or ValueError when it is
        missing or damaged."""
        data = self.path(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"{self.path(sha256)} does not match its SHA-256")
        return data

    def discard(self, sha256: str) -> None:
        """Removes a file stored by a change that was then rolled back."""
        self.path(sha256).unlink(missing_ok=True)


def default_store() -> FileStore:
    return FileStore(paths.data_dir() / "attachments")


class Attachments:
    """The attachments of the register's agreements."""

    def __init__(self, service: RegisterService, store: FileStore | None = None) -> None:
        self.service = service
        self.store = store or default_store()

    def of(self, agreement_id: int) -> list[Attachment]:
        return self.service.register.attachments.for_agreement(agreement_id)

    def get(self, attachment_id: int) -> Attachment:
        found = self.service.register.attachments.get(attachment_id)
        if found is None:
            raise RecordNotFound(attachment_id)
        return found

    def attach(self, agreement_id: int, source: Path, description: str = "") -> Attachment:
        """Copies ``source`` into the data folder and records it with the agreement."""
        register = self.service.register
        self.service.agreement(agreement_id)  # RecordNotFound before anything is stored
        sha256, size = self.store.put_file(source)
        with register.transaction():
            attachment_id = register.attachments.insert(
                Attachment(
                    agreement_id=agreement_id,
                    sha256=sha256,
                    name=one_line(source.name)[:255],  # a newline would break listings
                    size=size,
                    description=description.strip()[:2000],
                )
            )
        return self.get(attachment_id)

    def describe(self, attachment_id: int, description: str) -> None:
        attachment = self.get(attachment_id)
        attachment.description = description.strip()[:2000]
        with self.service.register.transaction():
            self.service.register.attachments.update(attachment)

    def remove(self, attachment_id: int) -> None:
        """Removes the record; the file stays in the data folder (backups may refer to it)."""
        self.get(attachment_id)
        with self.service.register.transaction():
            self.service.register.attachments.delete(attachment_id)

    def copy_to_view(self, attachment_id: int, folder: Path) -> Path:
        """A copy of the file, under its own name, in ``folder`` (for the system's viewer,
        which must never get the stored file itself); the hash is checked first."""
        attachment = self.get(attachment_id)
        try:
            data = self.store.read(attachment.sha256)
        except (OSError, ValueError) as error:
            raise AttachmentProblem(
                "attachment_missing",
                {"name": attachment.name, "path": str(self.store.path(attachment.sha256))},
            ) from error
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / attachment.sha256[:12] / _safe_name(attachment.name)
        target.parent.mkdir(exist_ok=True, mode=0o700)
        if target.exists():
            target.chmod(0o600)
        target.write_bytes(data)
        target.chmod(0o400)
        return target

    def export_copy(self, attachment_id: int, target: Path) -> None:
        """Saves a copy of the file at ``target`` (whole or not at all)."""

        attachment = self.get(attachment_id)
        try:
            data = self.store.read(attachment.sha256)
        except (OSError, ValueError) as error:
            raise AttachmentProblem(
                "attachment_missing",
                {"name": attachment.name, "path": str(self.store.path(attachment.sha256))},
            ) from error
        write_atomically(target, data)


def _safe_name(name: str) -> str:
    """``name`` as a file name on any system: no folders, no control or reserved characters."""
    cleaned = re.sub(r'[\x00-\x1f<>:"/\\|?*]', "_", Path(name).name).strip(" .")
    return cleaned[:200] or "attachment"


__all__ = ["MAX_ATTACHMENT_BYTES", "Attachments", "FileStore", "default_store", "is_hash"]
