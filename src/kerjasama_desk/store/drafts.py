"""Drafts with their versions, the wizard's autosaves and the translation memory."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from kerjasama_desk.domain.listing import DraftRow
from kerjasama_desk.domain.models import (
    Autosave,
    Draft,
    DraftVersion,
)
from kerjasama_desk.store import database
from kerjasama_desk.store.connection import Connection
from kerjasama_desk.store.queries import new_uuid


class DraftRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db

    def insert(self, draft: Draft) -> int:
        now = database.utc_now()
        cursor = self._db.execute(
            "INSERT INTO drafts (uuid, template_id, partner_id, agreement_id, title, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                draft.uuid or new_uuid(),
                draft.template_id,
                draft.partner_id,
                draft.agreement_id,
                draft.title,
                now,
                now,
            ],
        )
        return int(cursor.lastrowid or 0)

    def update(self, draft: Draft) -> None:
        """Saves a draft's title and links (a change from another register's exchange file)."""
        self._db.execute(
            "UPDATE drafts SET template_id = ?, partner_id = ?, agreement_id = ?, title = ?,"
            " updated_at = ? WHERE id = ?",
            [
                draft.template_id,
                draft.partner_id,
                draft.agreement_id,
                draft.title,
                database.utc_now(),
                draft.id,
            ],
        )

    def version_uuids(self) -> set[str]:
        """The UUIDs of every draft's versions."""
        return {str(r[0]) for r in self._db.execute("SELECT uuid FROM draft_versions") if r[0]}

    def versions(self, draft_id: int) -> list[DraftVersion]:
        return [
            v
            for number in self.version_numbers(draft_id)
            if (v := self.version(draft_id, number)) is not None
        ]

    def id_of(self, uuid: str) -> int | None:
        """The draft of that UUID (an annex refers to its draft by UUID: the same in every
        register it is exchanged to)."""
        row = self._db.execute("SELECT id FROM drafts WHERE uuid = ?", [uuid]).fetchone()
        return int(row[0]) if row is not None else None

    def get(self, draft_id: int) -> Draft | None:
        rows = list(self._db.query("SELECT * FROM drafts WHERE id = ?", [draft_id]))
        if not rows:
            return None
        r = rows[0]
        return Draft(
            id=r["id"],
            uuid=r["uuid"],
            template_id=r["template_id"],
            partner_id=r["partner_id"],
            agreement_id=r["agreement_id"],
            title=r["title"],
            created_at=r["created_at"],
            updated_at=r["updated_at"],
        )

    def add_version(
        self,
        draft_id: int,
        *,
        template_version: int,
        languages: Sequence[str],
        answers: dict[str, Any],
        author: str,
        partner_texts: dict[str, str] | None = None,
        uuid: str | None = None,
        created_at: str | None = None,
    ) -> int:
        """Stores the answers as the draft's next version; returns its number. ``uuid`` and
        ``created_at``: a version made in another register keeps its own."""
        now = database.utc_now()
        number = int(
            self._db.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM draft_versions WHERE draft_id = ?",
                [draft_id],
            ).fetchone()[0]
        )
        self._db.insert(
            "draft_versions",
            {
                "draft_id": draft_id,
                "number": number,
                "template_version": template_version,
                "languages": json.dumps(list(languages)),
                "answers": json.dumps(answers, ensure_ascii=False, sort_keys=True),
                "partner_texts": json.dumps(
                    partner_texts or {}, ensure_ascii=False, sort_keys=True
                ),
                "author": author,
                "created_at": created_at or now,
                "uuid": uuid or new_uuid(),
            },
        )
        self._db.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", [now, draft_id])
        return number

    def version(self, draft_id: int, number: int | None = None) -> DraftVersion | None:
        """Version ``number`` of the draft, or its latest."""
        sql = "SELECT * FROM draft_versions WHERE draft_id = ?"
        params: list[Any] = [draft_id]
        if number is None:
            sql += " ORDER BY number DESC LIMIT 1"
        else:
            sql += " AND number = ?"
            params.append(number)
        rows = list(self._db.query(sql, params))
        if not rows:
            return None
        r = rows[0]
        return DraftVersion(
            draft_id=draft_id,
            number=r["number"],
            template_version=r["template_version"],
            languages=tuple(json.loads(r["languages"])),
            answers=json.loads(r["answers"]),
            author=r["author"],
            created_at=r["created_at"],
            partner_texts=json.loads(r["partner_texts"]),
            uuid=r["uuid"] or "",
        )

    def version_numbers(self, draft_id: int) -> list[int]:
        return [
            int(r[0])
            for r in self._db.execute(
                "SELECT number FROM draft_versions WHERE draft_id = ? ORDER BY number", [draft_id]
            )
        ]

    def latest_for(
        self,
        *,
        agreement_id: int | None = None,
        template_ids: Sequence[str] | None = None,
        excluded: Sequence[str] = (),
    ) -> Draft | None:
        """The most recently saved draft of the agreement (any agreement: None), of one of
        ``template_ids`` when they are given, and of none of ``excluded``."""
        sql = "SELECT id FROM drafts"
        params: list[Any] = []
        conditions = []
        if agreement_id is not None:
            conditions.append("agreement_id = ?")
            params.append(agreement_id)
        if template_ids is not None:
            conditions.append(f"template_id IN ({', '.join('?' * len(template_ids)) or 'NULL'})")
            params.extend(template_ids)
        if excluded:
            conditions.append(f"template_id NOT IN ({', '.join('?' * len(excluded))})")
            params.extend(excluded)
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        row = self._db.execute(
            sql + " ORDER BY updated_at DESC, id DESC LIMIT 1", params
        ).fetchone()
        return self.get(int(row[0])) if row else None

    def templates_of_partner(self, partner_id: int) -> set[str]:
        """The templates the partner's drafts were started from."""
        return {
            str(row[0])
            for row in self._db.execute(
                "SELECT DISTINCT template_id FROM drafts WHERE partner_id = ?", [partner_id]
            ).fetchall()
        }

    def of_agreement(self, agreement_id: int) -> list[tuple[str, str, int, str]]:
        """(title, template, versions, last saved) of the drafts of an agreement."""
        return [
            (str(r[0]), str(r[1]), int(r[2]), str(r[3]))
            for r in self._db.execute(
                "SELECT d.title, d.template_id, COUNT(v.id), d.updated_at FROM drafts d"
                " LEFT JOIN draft_versions v ON v.draft_id = d.id WHERE d.agreement_id = ?"
                " GROUP BY d.id ORDER BY d.updated_at DESC",
                [agreement_id],
            )
        ]

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM drafts").fetchone()[0])

    def rows(
        self, *, agreement_id: int | None = None, partner_id: int | None = None
    ) -> list[DraftRow]:
        """Every draft, the most recently saved first; of one agreement, when given; of one
        partner, when given: its own and those of its agreements."""
        where, params = ("", [])
        if agreement_id:
            where, params = "WHERE d.agreement_id = ?", [agreement_id]
        elif partner_id:
            where = (
                "WHERE d.partner_id = ?"
                " OR d.agreement_id IN (SELECT id FROM agreements WHERE partner_id = ?)"
            )
            params = [partner_id, partner_id]
        return [
            DraftRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], r[6])
            for r in self._db.execute(
                "SELECT d.id, d.title, d.template_id, p.name, a.title_id,"
                " (SELECT MAX(number) FROM draft_versions WHERE draft_id = d.id), d.updated_at"
                " FROM drafts d LEFT JOIN partners p ON p.id = d.partner_id"
                f" LEFT JOIN agreements a ON a.id = d.agreement_id {where}"
                " ORDER BY d.updated_at DESC, d.id DESC",
                params,
            )
        ]


class AutosaveRepository:
    def __init__(self, db: Connection) -> None:
        self._db = db

    def put(
        self,
        autosave_id: int | None,
        *,
        draft_id: int | None,
        template_id: str,
        partner_id: int | None,
        agreement_id: int | None,
        title: str,
        languages: Sequence[str],
        answers: dict[str, Any],
        partner_texts: dict[str, str],
    ) -> int:
        """Stores the wizard's answers (again, under ``autosave_id``); returns the id."""
        values = [
            draft_id,
            template_id,
            partner_id,
            agreement_id,
            title,
            json.dumps(list(languages)),
            json.dumps(answers, ensure_ascii=False),
            json.dumps(partner_texts, ensure_ascii=False),
            database.utc_now(),
        ]
        if autosave_id is not None:
            cursor = self._db.execute(
                "UPDATE draft_autosaves SET draft_id = ?, template_id = ?, partner_id = ?,"
                " agreement_id = ?, title = ?, languages = ?, answers = ?, partner_texts = ?,"
                " saved_at = ? WHERE id = ?",
                [*values, autosave_id],
            )
            if cursor.rowcount:
                return autosave_id
        cursor = self._db.execute(
            "INSERT INTO draft_autosaves (draft_id, template_id, partner_id, agreement_id, title,"
            " languages, answers, partner_texts, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        return int(cursor.lastrowid or 0)

    def delete(self, autosave_id: int) -> None:
        self._db.execute("DELETE FROM draft_autosaves WHERE id = ?", [autosave_id])

    def kept(self) -> list[Autosave]:
        """Every autosave, the newest first."""
        return [
            Autosave(
                id=r["id"],
                draft_id=r["draft_id"],
                template_id=r["template_id"],
                partner_id=r["partner_id"],
                agreement_id=r["agreement_id"],
                title=r["title"],
                languages=tuple(json.loads(r["languages"])),
                answers=json.loads(r["answers"]),
                partner_texts=json.loads(r["partner_texts"]),
                saved_at=r["saved_at"],
            )
            for r in self._db.query("SELECT * FROM draft_autosaves ORDER BY saved_at DESC, id DESC")
        ]


class TranslationMemoryRepository:
    """Indonesian passages with the English an officer gave them, keyed by the folded
    Indonesian text."""

    def __init__(self, db: Connection) -> None:
        self._db = db

    def remember(self, pairs: Iterable[tuple[str, str, str]]) -> None:
        """(key, Indonesian, English) pairs; a known key takes the latest English."""
        now = database.utc_now()
        self._db.conn.executemany(
            "INSERT INTO translation_memory (key, text_id, text_en, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET text_id = excluded.text_id,"
            " text_en = excluded.text_en, uses = uses + 1, updated_at = excluded.updated_at",
            [(key, text_id, text_en, now) for key, text_id, text_en in pairs],
        )

    def entries(self) -> list[tuple[str, str]]:
        """(Indonesian, English), the most used first."""
        return [
            (r[0], r[1])
            for r in self._db.execute(
                "SELECT text_id, text_en FROM translation_memory ORDER BY uses DESC, updated_at DESC"
            )
        ]
