"""Files kept with agreements: their records (the bytes live in the data folder)."""

from __future__ import annotations

from typing import Any

from kerjasama_desk.domain.models import Attachment
from kerjasama_desk.store import database
from kerjasama_desk.store.connection import Connection
from kerjasama_desk.store.queries import new_uuid


class AttachmentRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db

    @staticmethod
    def _row(r: Any) -> Attachment:
        return Attachment(
            id=r["id"],
            uuid=r["uuid"],
            agreement_id=r["agreement_id"],
            sha256=r["sha256"],
            name=r["name"],
            size=r["size"],
            description=r["description"],
            created_at=r["created_at"],
        )

    def insert(self, attachment: Attachment) -> int:
        now = database.utc_now()
        cursor = self._db.execute(
            "INSERT INTO attachments (uuid, agreement_id, sha256, name, size, description,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                attachment.uuid or new_uuid(),
                attachment.agreement_id,
                attachment.sha256,
                attachment.name,
                attachment.size,
                attachment.description,
                attachment.created_at or now,
                now,
            ],
        )
        return int(cursor.lastrowid or 0)

    def update(self, attachment: Attachment) -> None:
        self._db.execute(
            "UPDATE attachments SET agreement_id = ?, sha256 = ?, name = ?, size = ?,"
            " description = ?, updated_at = ? WHERE id = ?",
            [
                attachment.agreement_id,
                attachment.sha256,
                attachment.name,
                attachment.size,
                attachment.description,
                database.utc_now(),
                attachment.id,
            ],
        )

    def get(self, attachment_id: int) -> Attachment | None:
        rows = list(self._db.query("SELECT * FROM attachments WHERE id = ?", [attachment_id]))
        return self._row(rows[0]) if rows else None

    def for_agreement(self, agreement_id: int) -> list[Attachment]:
        return [
            self._row(r)
            for r in self._db.query(
                "SELECT * FROM attachments WHERE agreement_id = ? ORDER BY created_at, id",
                [agreement_id],
            )
        ]

    def delete(self, attachment_id: int) -> None:
        self._db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])

    def uses(self, sha256: str) -> int:
        """How many attachments hold the file with this hash."""
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM attachments WHERE sha256 = ?", [sha256]
            ).fetchone()[0]
        )

    def hashes(self) -> set[str]:
        return {str(r[0]) for r in self._db.execute("SELECT DISTINCT sha256 FROM attachments")}
