"""The portable register file (``.kdx``): everything in one zip, to carry between officers and
offices by USB or e-mail.

A ``.kdx`` holds ``manifest.json`` (format, version, SHA-256 of each entry, counts),
``register.json`` (officers, partners with contacts, agreements with fields, activities,
commitments, drafts with versions, attachments; records refer to each other by UUID) and
``files/<sha256>``, the attached files under their hash. Importing checks everything before it
changes anything: the zip's size and entries (no other names, no paths, no zip bombs), every
hash, the format version and each record's fields (``fileformat``, ``validation``); then it
merges by UUID in one transaction (``merge``) — new records are added, changed ones updated,
the same file imported twice changes nothing. ``snapshot`` writes the file.
"""

from kerjasama_desk.services.exchange.fileformat import (
    FORMAT,
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_FILE_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    READABLE_VERSIONS,
    VERSION,
    ExchangeProblem,
    read,
)
from kerjasama_desk.services.exchange.merge import (
    Conflict,
    ExchangeConflicts,
    Plan,
    SamePartner,
    SamePartners,
    import_file,
    merge,
    merge_file,
)
from kerjasama_desk.services.exchange.snapshot import (
    export_register,
    export_register_file,
    snapshot,
)
from kerjasama_desk.services.exchange.validation import KINDS, validate

__all__ = [
    "Conflict",
    "ExchangeConflicts",
    "SamePartner",
    "SamePartners",
    "FORMAT",
    "KINDS",
    "MAX_ENTRIES",
    "MAX_ENTRY_BYTES",
    "MAX_FILE_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "READABLE_VERSIONS",
    "VERSION",
    "ExchangeProblem",
    "Plan",
    "export_register",
    "export_register_file",
    "import_file",
    "merge_file",
    "merge",
    "read",
    "snapshot",
    "validate",
]
