"""Drafts in the register: each save of an officer's answers is a new version, with its time and
author; a draft is assembled, checked and rendered from the answers of any version."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from kerjasama_desk.domain.errors import RecordNotFound
from kerjasama_desk.domain.listing import DraftRow
from kerjasama_desk.domain.models import Draft
from kerjasama_desk.drafting import assemble, checks, library
from kerjasama_desk.drafting.answers import Answers, read_answers
from kerjasama_desk.drafting.document import Document
from kerjasama_desk.drafting.template_format import Template
from kerjasama_desk.paths import templates_dir
from kerjasama_desk.store.repositories import Register


@cache
def bundled_templates() -> library.Library:
    """The templates shipped in resources/templates, loaded once per process."""
    return library.load(templates_dir())


@dataclass(frozen=True)
class Assembled:
    template: Template
    answers: Answers
    document: Document
    findings: list[checks.Finding]


class DraftService:
    def __init__(self, register: Register,
                 templates: Mapping[str, Template] | None = None) -> None:
        self.register = register
        self.templates = templates if templates is not None else bundled_templates().templates

    def save(self, answers: Answers, *, draft_id: int | None = None,
             partner_id: int | None = None, agreement_id: int | None = None, title: str = "",
             author: str = "") -> tuple[int, int]:
        """Saves ``answers`` as the next version of the draft (a new draft when ``draft_id`` is
        None); returns (draft id, version number). One transaction."""
        template = self.templates[answers.template_id]
        with self.register.transaction():
            if draft_id is None:
                draft_id = self.register.drafts.insert(Draft(
                    template_id=template.id, partner_id=partner_id, agreement_id=agreement_id,
                    title=title or template.name["id"]))
            elif self.register.drafts.get(draft_id) is None:
                raise RecordNotFound(draft_id)
            number = self.register.drafts.add_version(
                draft_id, template_version=template.version, languages=answers.languages,
                answers=dict(answers.values), author=author)
        return draft_id, number

    def rows(self) -> list[DraftRow]:
        return self.register.drafts.rows()

    def answers(self, draft_id: int, number: int | None = None) -> Answers:
        """The answers of version ``number`` (default: the latest), checked against the
        template as it is now."""
        draft = self.register.drafts.get(draft_id)
        version = self.register.drafts.version(draft_id, number)
        if draft is None or version is None:
            raise RecordNotFound(draft_id)
        return read_answers({"template": draft.template_id, "languages": list(version.languages),
                             "answers": version.answers}, self.templates)

    def assemble(self, answers: Answers) -> Assembled:
        template = self.templates[answers.template_id]
        document = assemble.assemble(template, answers)
        return Assembled(template, answers, document, checks.run(template, answers, document))
