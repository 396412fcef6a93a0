"""The templates on disk: every ``*.yaml`` of a folder, each loaded on its own, so one broken
file is reported (file and line) while the others stay usable. A template's file is named after
its id, so one template can be loaded without the others. The question sets templates include
are in the folder's ``shared/`` (every ``*.yaml`` there; not templates themselves)."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kerjasama_desk.atomic import write_atomically
from kerjasama_desk.drafting import engine, template_format
from kerjasama_desk.drafting.template_format import (
    SharedQuestions,
    Template,
    TemplateProblem,
    TemplateProblems,
    parse_shared,
    parse_template,
)

SHARED = "shared"  # the folder, beside the templates, of the question sets they include


@dataclass
class Library:
    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[TemplateProblem] = field(default_factory=list)


def load(directory: Path) -> Library:
    library = Library()
    shared, texts = _shared(directory, library.problems)
    for path in sorted(directory.glob("*.yaml")):
        try:
            template = parse_file(path, shared, texts)
        except TemplateProblems as error:
            library.problems.extend(error.problems)
            continue
        library.templates[template.id] = template
    return library


def load_one(directory: Path, template_id: str) -> Template | None:
    """Just the template ``template_id`` (its file is named after it), or None when it is
    missing; raises TemplateProblems when it (or a shared file) is broken."""
    path = directory / f"{template_id}.yaml"
    if not path.is_file():
        return None
    problems: list[TemplateProblem] = []
    shared, texts = _shared(directory, problems)
    if problems:
        raise TemplateProblems(problems)
    return parse_file(path, shared, texts)


def _shared(directory: Path, problems: list[TemplateProblem]) -> tuple[SharedQuestions, str]:
    """The question sets of ``directory/shared/`` and their files' texts (for the cache key); a
    broken file's problems are added to ``problems`` and its sets left out (the templates that
    include them then say which set is missing)."""
    sets: dict[str, tuple[object, ...]] = {}
    sources: dict[str, str] = {}
    texts: list[str] = []
    for path in sorted((directory / SHARED).glob("*.yaml")):
        try:
            text = path.read_text(encoding="utf-8")
            found = parse_shared(text, str(path))
        except (OSError, UnicodeDecodeError) as error:
            problems.append(TemplateProblem(str(path), 1, f"cannot read: {error}"))
            continue
        except TemplateProblems as error:
            problems.extend(error.problems)
            continue
        for name in found.sets:
            if name in sets:
                problems.append(
                    TemplateProblem(
                        str(path), 1, f"the set '{name}' is defined in {sources[name]} too"
                    )
                )
        sets.update(found.sets)
        sources.update(found.sources)
        texts.append(f"{path}\0{text}")
    return SharedQuestions(sets, sources), "\0".join(texts)


def parse_file(
    path: Path, shared: SharedQuestions | None = None, shared_texts: str = ""
) -> Template:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateProblems([TemplateProblem(str(path), 1, f"cannot read: {error}")]) from error
    # A change in a shared file changes the key too: its questions are part of the template
    key = _cache_key(str(path), text + "\0" + shared_texts) if _CACHE else ""
    template = _cached(key)
    if template is None:
        template = parse_template(text, str(path), shared)
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


def use_cache(directory: Path, build: str = "") -> None:
    """Keeps checked templates in ``directory`` between runs; ``build`` names the code that
    makes them where its source cannot be read (a bundle: its version and commit)."""
    _CACHE[:] = [directory]
    _BUILD[:] = [build]


_BUILD: list[str] = [""]


@cache
def _code_fingerprint() -> bytes:
    """What the cached templates were made by: the source of the code that makes them; in a
    bundle, which holds compiled code only, the build it is (``use_cache``)."""
    digest = hashlib.sha256()
    for module in (template_format, engine):
        loader: Any = module.__spec__.loader if module.__spec__ else None
        source = loader.get_source(module.__name__) if hasattr(loader, "get_source") else None
        digest.update((source or _BUILD[0]).encode("utf-8", "surrogatepass"))
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
