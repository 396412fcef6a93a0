"""The register's connection as the repositories use it: the standard library's ``sqlite3``
connection with the few helpers they need (a query yielding rows as dicts, an insert, an update,
nested transactions).

It is what opening the window and reading one screen or one export touch, so it imports nothing
beyond the standard library: importing sqlite-utils costs a tenth of a second, a third of what
start-up may spend besides Qt (docs/benchmarks.md). sqlite-utils stays the tool for changing
the schema: :meth:`Connection.utils` gives the migrations a ``sqlite_utils.Database`` over this
same connection, in the same transaction.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

from kerjasama_desk.domain.errors import RecordNotFound

if TYPE_CHECKING:
    import sqlite_utils

Parameters = Sequence[Any] | Mapping[str, Any] | None


class Executes(Protocol):
    """What a migration step needs: a :class:`Connection`, or sqlite-utils' ``Database``, which
    the migrations hand their steps (:meth:`Connection.utils`)."""

    conn: sqlite3.Connection

    def execute(self, sql: str, parameters: Any = None, /) -> sqlite3.Cursor: ...

    def query(self, sql: str, parameters: Any = None, /) -> Iterator[dict[str, Any]]: ...


def quote(identifier: str) -> str:
    """``identifier`` as an SQL name (a table or a column)."""
    return '"' + identifier.replace('"', '""') + '"'


class Connection:
    """One open connection to a register (or to memory, in tests)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

    def execute(self, sql: str, parameters: Parameters = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, parameters: Parameters = None) -> Iterator[dict[str, Any]]:
        """The rows of ``sql``, each as a dict of column name → value."""
        cursor = self.execute(sql, parameters)
        keys = [column[0] for column in cursor.description or ()]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        """Inserts one row; returns its rowid (the ``id`` of every register table)."""
        columns = ", ".join(quote(column) for column in values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO {quote(table)} ({columns}) VALUES ({marks})", list(values.values())
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def update(self, table: str, record_id: int, values: Mapping[str, Any]) -> None:
        """Sets ``values`` on the row ``record_id``; :class:`RecordNotFound` when it is gone
        (another window or an import deleted it)."""
        if not values:
            found = self.conn.execute(
                f"SELECT 1 FROM {quote(table)} WHERE id = ?", [record_id]
            ).fetchone()
        else:
            sets = ", ".join(f"{quote(column)} = ?" for column in values)
            found = self.conn.execute(
                f"UPDATE {quote(table)} SET {sets} WHERE id = ?", [*values.values(), record_id]
            ).rowcount
        if not found:
            raise RecordNotFound(f"{table} {record_id}")

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction, or a savepoint inside one: all of it or nothing."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
            return
        savepoint = f"kd_{secrets.token_hex(8)}"
        self.conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield
        except BaseException:
            # A RAISE(ROLLBACK) trigger ends the whole transaction, savepoints included.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        else:
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")

    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection, for the migrations (the schema's tool)."""
        if self._utils is None:
            # Imported here: only a migration needs it, never the opening of a current register.
            import sqlite_utils

            self._utils = sqlite_utils.Database(
                self.conn, execute_plugins=False, recursive_triggers=False
            )
        return self._utils

    def close(self) -> None:
        self.conn.close()
