"""The templates on disk: every ``*.yaml`` of a folder, each loaded on its own, so one broken
file is reported (file and line) while the others stay usable. A template's file is named after
its id, so one template can be loaded without the others."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kerjasama_desk.atomic import write_atomically
from kerjasama_desk.drafting import engine, template_format
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
    key = _cache_key(str(path), text) if _CACHE else ""
    template = _cached(key)
    if template is None:
        template = parse_template(text, str(path))
        if template.id != path.stem:
            raise TemplateProblems(
                [
                    TemplateProblem(
                        str(path),
                        1,
                        f"the template id '{template.id}' must be the file's name "
                        f"('{path.stem}'), so a draft finds its template",
                    )
                ]
            )
        _keep(key, template)
    return template


# Checked templates kept between runs: parsing the YAML and checking every text's names is most
# of a one-draft command's template cost (~0.1 s for the MoU). An entry is named by the hash of
# the file's path and text and of the code that reads it, so any change parses afresh; a cache
# that cannot be read or written only costs time.
_CACHE: list[Path] = []


def use_cache(directory: Path) -> None:
    """Keeps checked templates in ``directory`` between runs."""
    _CACHE[:] = [directory]


@cache
def _code_fingerprint() -> bytes:
    digest = hashlib.sha256()
    for module in (template_format, engine):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.digest()


def _cache_key(source: str, text: str) -> str:
    digest = hashlib.sha256(_code_fingerprint())
    digest.update(source.encode("utf-8", "surrogatepass") + b"\0" + text.encode("utf-8"))
    return digest.hexdigest()


def _cached(key: str) -> Template | None:
    if not key:
        return None
    try:
        found = pickle.loads((_CACHE[0] / f"{key}.pickle").read_bytes())  # noqa: S301 - own cache
    except Exception:  # noqa: BLE001 - missing, stale or damaged: parse the file instead
        return None
    return found if isinstance(found, Template) else None


def _keep(key: str, template: Template) -> None:
    if not key:
        return
    directory = _CACHE[0]
    try:
        directory.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps(template, protocol=pickle.HIGHEST_PROTOCOL)
        write_atomically(directory / f"{key}.pickle", data, durable=False)
    except (OSError, pickle.PicklingError):
        return  # a cache that cannot be written is read from the file again next time
