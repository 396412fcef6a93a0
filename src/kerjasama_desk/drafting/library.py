"""The templates on disk: every ``*.yaml`` of a folder, each loaded on its own, so one broken
file is reported (file and line) while the others stay usable. A template's file is named after
its id, so one template can be loaded without the others."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kerjasama_desk.drafting.template_format import (
    Template,
    TemplateProblem,
    TemplateProblems,
    parse_template,
)


@dataclass
class Library:
    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[TemplateProblem] = field(default_factory=list)


def load(directory: Path) -> Library:
    library = Library()
    for path in sorted(directory.glob("*.yaml")):
        try:
            template = parse_file(path)
        except TemplateProblems as error:
            library.problems.extend(error.problems)
            continue
        library.templates[template.id] = template
    return library


def load_one(directory: Path, template_id: str) -> Template | None:
    """Just the template ``template_id`` (its file is named after it), or None when it is
    missing; raises TemplateProblems when it is broken."""
    path = directory / f"{template_id}.yaml"
    return parse_file(path) if path.is_file() else None


def parse_file(path: Path) -> Template:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateProblems([TemplateProblem(str(path), 1, f"cannot read: {error}")]) from error
    template = parse_template(text, str(path))
    if template.id != path.stem:
        raise TemplateProblems([TemplateProblem(
            str(path), 1, f"the template id '{template.id}' must be the file's name "
                          f"('{path.stem}'), so a draft finds its template")])
    return template
