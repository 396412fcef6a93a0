"""The register's settings: the legal parameters an office may change."""

from __future__ import annotations

from kerjasama_desk.store import database
from kerjasama_desk.store.connection import Connection


class ParameterRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db

    def values(self) -> dict[str, int]:
        return {str(r[0]): int(r[1]) for r in self._db.execute("SELECT key, value FROM parameters")}

    def put(self, key: str, value: int) -> None:
        self._db.execute(
            "INSERT INTO parameters (key, value, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
            " updated_at = excluded.updated_at WHERE value <> excluded.value",
            [key, value, database.utc_now()],
        )
