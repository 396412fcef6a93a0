"""The templates on disk: every ``*.yaml`` of a folder, each loaded on its own, so one broken
file is reported (file and line) while the others stay usable."""

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
        if template.id in library.templates:
            library.problems.append(TemplateProblem(
                str(path), 1, f"template id '{template.id}' is also used by "
                              f"{library.templates[template.id].source}"))
            continue
        library.templates[template.id] = template
    return library


def parse_file(path: Path) -> Template:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateProblems([TemplateProblem(str(path), 1, f"cannot read: {error}")]) from error
    return parse_template(text, str(path))
