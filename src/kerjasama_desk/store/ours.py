"""Our own government: one row, set once (docs/domain.md §8: our side of every document)."""

from __future__ import annotations

import hashlib

from kerjasama_desk.domain.models import OurGovernment
from kerjasama_desk.domain.vocab import PartnerLevel
from kerjasama_desk.store import database
from kerjasama_desk.store.connection import Connection

_TEXT_COLUMNS = (
    "name_id",
    "name_en",
    "province_id",
    "province_en",
    "country",
    "head_name",
    "head_title_id",
    "head_title_en",
    "address",
    "telephone",
    "email",
    "website",
    "office_id",
    "office_en",
)


class OurGovernmentRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db

    def get(self) -> OurGovernment | None:
        row = self._db.execute(
            f"SELECT {', '.join(_TEXT_COLUMNS)}, level, coat_of_arms, updated_at"
            " FROM our_government WHERE id = 1"
        ).fetchone()
        if row is None:
            return None
        texts = dict(zip(_TEXT_COLUMNS, row[: len(_TEXT_COLUMNS)], strict=True))
        level, picture, updated_at = row[len(_TEXT_COLUMNS) :]
        return OurGovernment(
            **texts,
            level=PartnerLevel(level),
            coat_of_arms=bytes(picture) if picture is not None else None,
            updated_at=updated_at,
        )

    def put(self, ours: OurGovernment) -> None:
        values = {column: getattr(ours, column) for column in _TEXT_COLUMNS}
        picture = ours.coat_of_arms
        values |= {
            "level": ours.level.value,
            "coat_of_arms": picture,
            "coat_of_arms_sha256": hashlib.sha256(picture).hexdigest() if picture else "",
            "updated_at": database.utc_now(),
        }
        columns = ", ".join(values)
        marks = ", ".join(f":{column}" for column in values)
        updates = ", ".join(f"{column} = excluded.{column}" for column in values)
        self._db.execute(
            f"INSERT INTO our_government (id, {columns}) VALUES (1, {marks})"
            f" ON CONFLICT (id) DO UPDATE SET {updates}",
            values,
        )
