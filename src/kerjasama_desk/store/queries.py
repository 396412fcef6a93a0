"""Helpers the repositories share: UUIDs, ISO dates, sort direction, WHERE clauses, search
conditions and the translation of a unique clash into the register's error."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from kerjasama_desk.domain.errors import DuplicateRecord
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.formatting import LANGUAGES
from kerjasama_desk.store import search
from kerjasama_desk.store.connection import Connection


def new_uuid() -> str:
    return str(uuid.uuid4())


def iso_or_none(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def date_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def sql_direction(query: ListQuery) -> str:
    return " DESC" if query.descending else ""


def query_language(query: ListQuery) -> str:
    return query.language if query.language in LANGUAGES else "en"


@contextmanager
def unique_key(table: str) -> Iterator[None]:
    """A unique key met on ``table`` (a twin written meanwhile) as the register's error."""
    try:
        yield
    except sqlite3.IntegrityError as error:
        if "UNIQUE" not in str(error):
            raise
        raise DuplicateRecord(table) from error


class Where:
    """Collects WHERE conditions with their parameters."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


class Search:
    """The full-text part of a list's WHERE, choosing how SQLite should run it."""

    def __init__(self, db: Connection, table: str) -> None:
        self._db = db
        self._table = table
        self._counts: dict[search.Match, int] = {}
        self._version: tuple[int, int] | None = None

    def matches(self, match: search.Match) -> int:
        """How many records match; remembered until the register changes."""
        version = (
            self._db.conn.total_changes,
            int(self._db.execute("PRAGMA data_version").fetchone()[0]),
        )
        if version != self._version:
            self._counts.clear()
            self._version = version
        if match not in self._counts:
            self._counts[match] = search.count(self._db, self._table, match)
        return self._counts[match]

    def add_to(
        self, where: Where, text: str, id_column: str, *, rows_needed: int | None = None
    ) -> None:
        """Adds the condition for ``text``; ``rows_needed`` (a page of a list with no other
        filter) lets a search matching most records probe row by row along the sort order."""
        match = search.parse(text)
        if match is None:
            return
        per_row = False
        if rows_needed is not None:
            size = int(
                self._db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {self._table}").fetchone()[0]
            )
            per_row = search.probe_each_row(self.matches(match), size, rows_needed)
        sql, params = search.condition(self._table, match, id_column, per_row=per_row)
        where.add(sql, *params)

    def count_only(self, text: str) -> int | None:
        """The number of records matching ``text``, or None for a search with no word."""
        match = search.parse(text)
        return None if match is None else self.matches(match)
