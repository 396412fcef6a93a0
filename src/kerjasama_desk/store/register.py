"""An open register: one SQLite file (or memory), its repositories, transactions and counts.

Callers (the services) wrap each user action in :meth:`Register.transaction`; repository methods
never commit on their own. Lists are paged, sorted and filtered in SQL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kerjasama_desk.domain.errors import RegisterReplaced
from kerjasama_desk.domain.listing import RegisterCounts
from kerjasama_desk.store import audit, audit_guard, database, search
from kerjasama_desk.store.agreements import AgreementRepository
from kerjasama_desk.store.attachments import AttachmentRepository
from kerjasama_desk.store.backup import copy_database
from kerjasama_desk.store.connection import Connection
from kerjasama_desk.store.drafts import (
    AutosaveRepository,
    DraftRepository,
    TranslationMemoryRepository,
)
from kerjasama_desk.store.exchange import ExchangeRepository
from kerjasama_desk.store.followup import (
    ActivityRepository,
    CommitmentRepository,
    GateRepository,
    TripRepository,
)
from kerjasama_desk.store.migrations import LATEST_VERSION, migrate, schema_version
from kerjasama_desk.store.officers import HandoverRepository, OfficerRepository
from kerjasama_desk.store.ours import OurGovernmentRepository
from kerjasama_desk.store.partners import PartnerRepository
from kerjasama_desk.store.settings import ParameterRepository
from kerjasama_desk.store.sheets import SheetQueries

AUDIT_VERSION = 12  # the schema version that brought the audit trail


@dataclass(frozen=True)
class OpeningFindings:
    """What opening a register found in its audit trail: entries written by another program
    (now sealed as such), and audit triggers that were missing or altered (now put back)."""

    outside_changes: int = 0
    triggers: tuple[tuple[str, str], ...] = ()


class Register:
    """An open register: one SQLite file (or memory) and its repositories."""

    def __init__(self, db: Connection, path: Path | None, *, read_only: bool = False) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self.partners = PartnerRepository(db)
        self.agreements = AgreementRepository(db)
        self.officers = OfficerRepository(db)
        self.activities = ActivityRepository(db)
        self.drafts = DraftRepository(db)
        self.memory = TranslationMemoryRepository(db)
        self.autosaves = AutosaveRepository(db)
        self.attachments = AttachmentRepository(db)
        self.who = ""  # the account whose changes the audit trail records
        self.found_on_opening = OpeningFindings()
        self.commitments = CommitmentRepository(db)
        self.handovers = HandoverRepository(db)
        self.gates = GateRepository(db)
        self.trips = TripRepository(db)
        self.sheets = SheetQueries(db)
        self.parameters = ParameterRepository(db)
        self.ours = OurGovernmentRepository(db)
        self.exchange = ExchangeRepository(db)
        # The file this connection writes: a save after another program replaced or moved it
        # would go into a file no one sees any more (docs/reliability.md).
        self._identity = database.file_identity(path) if path is not None else None

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, guard: bool = True, probed: bool = False
    ) -> Register:
        """Opens (creating if absent) the register at ``path`` and brings its schema up to date.

        Raises :class:`database.RegisterOpenError` before writing anything to a file that is
        not a usable register. ``read_only`` opens an existing register of the latest schema
        without ever writing to it (a register on a CD, a locked USB stick or a read-only
        share); every write then fails.
        """
        if read_only:
            database.probe(path, latest_version=LATEST_VERSION, read_only=True)
            db = database.connect_read_only(path)
            try:
                register = cls(db, path, read_only=True)
                register.schema_version  # noqa: B018 - the first read: damage shows now
            except database.DAMAGE as error:
                db.close()
                raise database.RegisterOpenError(
                    database.OpenProblem.CORRUPT, path, detail=str(error)[:200]
                ) from error
            return register
        if not probed:  # ``probed``: the caller has just probed the file itself
            database.probe(path, latest_version=LATEST_VERSION)
        db = database.connect(path)
        try:
            migrate(db)
            register = cls(db, path)
            if guard:
                register._guard_trail()
        except database.DAMAGE as error:
            # A damaged schema or page met on the way: the file is left as it is (every step
            # above ran in a transaction, rolled back).
            db.close()
            raise database.RegisterOpenError(
                database.OpenProblem.CORRUPT, path, detail=str(error)[:200]
            ) from error
        except BaseException:
            db.close()
            raise
        return register

    def _guard_trail(self) -> None:
        """On opening: triggers removed or altered by another program are put back (the gap
        recorded), and changes it made are sealed as made outside Kerjasama Desk; both are
        kept in :attr:`found_on_opening` for the app to tell the officer."""
        problems = audit_guard.trigger_problems(self.db)
        if problems:
            # Triggers that differ from the migrations': put back only when the file is sound
            # (damage can also change a trigger's text, and a damaged file is never written).
            verdict = str(self.db.execute("PRAGMA quick_check").fetchone()[0])
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"the register is damaged: {verdict}")
        with database.transaction(self.db):
            outside = audit_guard.seal_outside(self.db)
            repaired = audit_guard.restore_triggers(self.db, problems)
        self.found_on_opening = OpeningFindings(outside, tuple(repaired))

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the open register in ``target`` (SQLite's online backup)."""
        copy_database(self.db.conn, target)

    def integrity_check(self) -> str:
        """SQLite's verdict on the open register: "ok", or the first problems found."""
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    @classmethod
    def in_memory(cls, *, version: int = LATEST_VERSION) -> Register:
        db = database.connect(":memory:")
        migrate(db, target=version)
        return cls(db, None)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One user action; the outermost level seals its audit entries before it commits."""
        outermost = not self.db.conn.in_transaction
        if outermost and self._identity is not None and not self.read_only:
            assert self.path is not None
            if database.file_identity(self.path) != self._identity:
                raise RegisterReplaced("register_replaced", {"path": str(self.path)})
        with database.transaction(self.db):
            audited = outermost and self.schema_version >= AUDIT_VERSION
            if audited:  # what another program changed is never sealed under our name
                audit_guard.seal_outside(self.db)
            yield
            if audited:
                audit.seal(self.db, self.who)

    @property
    def uuid(self) -> str | None:
        """The register's own UUID (its backups carry it); None before schema version 19."""
        try:
            row = self.db.execute("SELECT value FROM register_meta WHERE key = 'uuid'").fetchone()
        except sqlite3.OperationalError:  # no such table: an older schema
            return None
        return str(row[0]) if row else None

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def reindex(self) -> None:
        search.reindex_all(self.db)

    def has_partners(self) -> bool:
        """Whether any partner is recorded: one row looked at, not the tables counted (the
        first-steps panel asks on every refresh of the overview; docs/benchmarks.md)."""
        return bool(self.db.execute("SELECT EXISTS (SELECT 1 FROM partners)").fetchone()[0])

    def counts(self) -> RegisterCounts:
        def count(table: str) -> int:
            return int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

        return RegisterCounts(
            partners=count("partners"),
            contacts=count("contacts"),
            agreements=count("agreements"),
            officers=count("officers"),
            activities=count("activities"),
            drafts=count("drafts"),
            draft_versions=count("draft_versions"),
            attachments=count("attachments"),
            commitments=count("commitments"),
        )

    _EXCHANGED = (
        "partners",
        "agreements",
        "officers",
        "activities",
        "commitments",
        "drafts",
        "attachments",
        "trips",
        "handovers",
    )

    def ids(self, table: str) -> list[int]:
        """Every record id of ``table``, in creation order."""
        if table not in self._EXCHANGED:
            raise ValueError(table)
        return [int(r[0]) for r in self.db.execute(f"SELECT id FROM {table} ORDER BY id")]

    def id_of(self, table: str, uuid: str) -> int | None:
        """The id of the record with ``uuid`` in ``table``."""
        if table not in self._EXCHANGED:
            raise ValueError(table)
        row = self.db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [uuid]).fetchone()
        return int(row[0]) if row else None

    def uuids(self, table: str, ids: Iterable[int]) -> dict[int, str]:
        """The UUIDs of the records ``ids`` of ``table``, in one query."""
        if table not in self._EXCHANGED:
            raise ValueError(table)
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        return {
            int(r[0]): str(r[1])
            for r in self.db.execute(
                f"SELECT id, uuid FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(wanted)],
            )
        }

    def updated_at(self, table: str) -> dict[int, str]:
        """When each record of ``table`` was last changed (id → UTC time)."""
        if table not in self._EXCHANGED or table == "handovers":
            raise ValueError(table)
        return {
            int(r[0]): str(r[1]) for r in self.db.execute(f"SELECT id, updated_at FROM {table}")
        }

    def max_id(self, table: str) -> int:
        if table not in ("partners", "agreements", "officers", "activities", "contacts"):
            raise ValueError(table)
        return int(self.db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])

    @property
    def closed(self) -> bool:
        return bool(getattr(self, "_closed", False))

    def close(self) -> None:
        """Closes the register (again: nothing happens)."""
        if getattr(self, "_closed", False):
            return
        self._closed = True
        if self.path is not None and not self.read_only and not self.db.conn.in_transaction:
            # Fold the WAL back into the main file so a copied .sqlite is complete on its own.
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
