"""The .kdx container: its format name and version, the limits that keep a hostile file out, and
reading a file into checked entries."""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from kerjasama_desk.services.exchange.validation import V4_KINDS, validate

FORMAT = "kerjasama-desk-exchange"


# 2: attachments and their files; 3: commitments; 4: trips, checklists, overrides, handovers,
# parameters, translation memory, activities' evidence, draft versions by UUID, and per record
# the time it changed and the hash agreed at the last exchange (docs/exchange.md).
VERSION = 4


READABLE_VERSIONS = (1, 2, 3, 4)


ENTRIES = ("manifest.json", "register.json")


_FILE_ENTRY = re.compile(r"files/([0-9a-f]{64})")


MAX_FILE_BYTES = 200 * 1024 * 1024


MAX_ENTRY_BYTES = 100 * 1024 * 1024


MAX_TOTAL_BYTES = 400 * 1024 * 1024  # everything unpacked


MAX_ENTRIES = 10_000


MAX_RATIO = 200  # uncompressed / compressed: more is a zip bomb


class ExchangeProblem(Exception):
    """A .kdx that cannot be imported; the message names the problem."""


# Everything a damaged zip can raise while it is opened or unpacked (found by fuzzing).
_UNREADABLE = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    OSError,
    ValueError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    KeyError,
    IndexError,
)


def read(path: Path) -> dict[str, Any]:
    """The checked contents of a .kdx: the records of register.json, and under ``"files"`` the
    attached files by hash. Raises ExchangeProblem naming what is wrong."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExchangeProblem(f"{path.name} cannot be read: {error.strerror}") from error
    if size > MAX_FILE_BYTES:
        raise ExchangeProblem(f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB")
    try:
        archive = zipfile.ZipFile(path)
    except _UNREADABLE as error:
        raise ExchangeProblem(
            f"{path.name} is not a Kerjasama Desk exchange file (.kdx): {error}"
        ) from error
    with archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        strange = [n for n in names if n not in ENTRIES and not _FILE_ENTRY.fullmatch(n)]
        if strange or len(set(names)) != len(names) or not set(ENTRIES) <= set(names):
            strange = strange or ["(entries missing or repeated)"]
            raise ExchangeProblem(f"{path.name} holds unexpected entries: {', '.join(strange[:5])}")
        if len(names) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise ExchangeProblem(f"{path.name} is too large to unpack")
        contents: dict[str, bytes] = {}
        for info in infos:
            if info.file_size > MAX_ENTRY_BYTES or (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO
            ):
                raise ExchangeProblem(f"{path.name}: {info.filename} is too large to unpack")
            try:
                with archive.open(info) as entry:
                    data = entry.read(MAX_ENTRY_BYTES + 1)
            except _UNREADABLE as error:
                raise ExchangeProblem(
                    f"{path.name}: {info.filename} is damaged: {error}"
                ) from error
            if len(data) > MAX_ENTRY_BYTES:
                raise ExchangeProblem(f"{path.name}: {info.filename} is too large to unpack")
            contents[info.filename] = data
    manifest = _json(contents["manifest.json"], "manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExchangeProblem(f"{path.name} is not a Kerjasama Desk exchange file")
    version = manifest.get("version")
    if type(version) is not int or version < 1:  # true is not 1, 0 is no version
        raise ExchangeProblem(
            f"{path.name} names no valid exchange version ({version!r}): it was not written by "
            "Kerjasama Desk, or was changed since"
        )
    if version not in READABLE_VERSIONS:
        raise ExchangeProblem(
            f"{path.name} is of exchange version {version}; this app reads "
            f"versions up to {VERSION}. Update the app that reads it."
        )
    listed = manifest.get("files")
    if not isinstance(listed, dict):
        listed = {}
    for name, data in contents.items():
        if name == "manifest.json":
            continue
        expected = _FILE_ENTRY.fullmatch(name)
        digest = hashlib.sha256(data).hexdigest()
        if digest != listed.get(name) or (expected and digest != expected.group(1)):
            raise ExchangeProblem(
                f"{path.name}: {name} does not match its SHA-256 in the "
                "manifest (the file was changed or damaged on the way)"
            )
    body = _json(contents["register.json"], "register.json")
    if isinstance(body, dict) and version == 1:
        body.setdefault("attachments", [])  # version 1 had none
    if isinstance(body, dict) and version in (1, 2):
        body.setdefault("commitments", [])  # nor had versions 1 and 2
    if isinstance(body, dict) and version < 4:
        for kind in V4_KINDS:  # kinds version 4 brought
            body.setdefault(kind, [])
    if isinstance(body, dict):
        body["version"] = version  # what the merge may expect of the records
    files = {
        name[len("files/") :]: data for name, data in contents.items() if name.startswith("files/")
    }
    problems = validate(body, files)
    if problems:
        raise ExchangeProblem(f"{path.name}: " + "; ".join(problems[:10]))
    assert isinstance(body, dict)  # validate() says so
    body["files"] = files
    return body


def _json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:  # ValueError: 4301 digits
        raise ExchangeProblem(f"{name} is not valid JSON: {error}") from error
