"""Whole tables read for the spreadsheet export."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kerjasama_desk.store.connection import Connection


class SheetQueries:
    """Whole tables in one query each, for spreadsheets: plain values, joined names."""

    def __init__(self, db: Connection) -> None:
        self._db = db

    def agreements(self) -> Iterator[tuple[Any, ...]]:
        yield from self._db.execute(
            "SELECT p.name, p.country, a.kind, a.title_id, a.title_en, a.our_number,"
            " a.partner_number, a.stage, a.initiated_on, a.signed_on, a.effective_on,"
            " a.expires_on, a.open_ended, COALESCE(r.name, ''), COALESCE(d.name, ''),"
            " a.last_activity_on,"
            " (SELECT group_concat(COALESCE(f.code, f.custom_id || ' / ' || f.custom_en), ';')"
            "  FROM agreement_fields f WHERE f.agreement_id = a.id)"
            " FROM agreements a JOIN partners p ON p.id = a.partner_id"
            " LEFT JOIN officers r ON r.id = a.responsible_officer_id"
            " LEFT JOIN officers d ON d.id = a.deputy_officer_id ORDER BY p.name, a.id"
        )

    def partners(self) -> Iterator[tuple[Any, ...]]:
        yield from self._db.execute(
            "SELECT name, native_name, country, region, level, population, characteristics,"
            " website, agreement_count FROM partners ORDER BY name, id"
        )

    def commitments(self) -> Iterator[tuple[Any, ...]]:
        yield from self._db.execute(
            "SELECT a.title_id, p.name, c.title, COALESCE(o.name, ''), c.due_on, c.status,"
            " c.done_on, c.evidence, c.source FROM commitments c"
            " JOIN agreements a ON a.id = c.agreement_id JOIN partners p ON p.id = a.partner_id"
            " LEFT JOIN officers o ON o.id = c.owner_id ORDER BY c.due_on, c.id"
        )

    def activities(self) -> Iterator[tuple[Any, ...]]:
        yield from self._db.execute(
            "SELECT a.title_id, p.name, v.happened_on, v.kind, v.field_code, v.description,"
            " v.participants, v.outcome FROM activities v"
            " JOIN agreements a ON a.id = v.agreement_id JOIN partners p ON p.id = a.partner_id"
            " ORDER BY v.happened_on, v.id"
        )

    def officers(self) -> Iterator[tuple[Any, ...]]:
        yield from self._db.execute(
            "SELECT name, nip, position, unit, status FROM officers ORDER BY name, id"
        )
