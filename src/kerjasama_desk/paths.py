"""Where things live: bundled resources and translations, and the user's data folder.

Resources sit inside the package in a built wheel and at the top of the repository in a source
checkout (or an editable install); both are looked up here and nowhere else.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import platformdirs

from kerjasama_desk import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    source_tree = _PACKAGE_DIR.parent.parent / name
    if source_tree.is_dir():
        return source_tree
    raise FileNotFoundError(f"bundled folder {name!r} is missing from the installation")


@cache
def resources_dir() -> Path:
    return _bundled("resources")


@cache
def translations_dir() -> Path:
    return _bundled("translations")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def glossary_dir() -> Path:
    return resources_dir() / "glossary"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def countries_dir() -> Path:
    """Data about partners' countries (which rule out a sister relationship)."""
    return resources_dir() / "countries"


def guide_dir() -> Path:
    """The user guide (guide_id.html, guide_en.html) and its pictures (images/)."""
    return resources_dir() / "guide"


def data_dir() -> Path:
    """The user's data folder (created on demand, owner-only on POSIX)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_register_path() -> Path:
    return data_dir() / "register.sqlite"


def demo_register_path() -> Path:
    return data_dir() / "demo-register.sqlite"


def cache_dir() -> Path:
    """Things the app can rebuild (compiled template texts)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return data_dir() / "settings.ini"
