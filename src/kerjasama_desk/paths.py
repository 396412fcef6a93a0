"""Where things live: bundled resources and translations, and the user's data folder.

Resources sit inside the package in a built wheel and at the top of the repository in a source
checkout (or an editable install); both are looked up here and nowhere else.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import platformdirs

from kerjasama_desk import APP_NAME

# The one place a path is built from where the code is (tests/test_paths.py): in a bundle
# (PyInstaller sets sys.frozen) the package's files are under sys._MEIPASS; installed, beside
# this module; in a source checkout, at the top of the repository.
FROZEN = bool(getattr(sys, "frozen", False))
_PACKAGE_DIR = (
    Path(getattr(sys, "_MEIPASS", "")) / "kerjasama_desk"
    if FROZEN
    else Path(__file__).resolve().parent
)


def _bundled(name: str) -> Path:
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    source_tree = _PACKAGE_DIR.parent.parent / name
    if source_tree.is_dir():
        return source_tree
    raise FileNotFoundError(f"bundled folder {name!r} is missing from the installation")


@cache
def build_commit() -> str:
    """The Git commit this copy was built from: written into a bundle when it is built (BUILD),
    read from the checkout otherwise; "" when neither says."""
    try:
        return (_PACKAGE_DIR / "BUILD").read_text(encoding="utf-8").strip()
    except OSError:
        pass
    git = _PACKAGE_DIR.parent.parent / ".git"
    try:
        ref = (git / "HEAD").read_text(encoding="utf-8").strip()
        if not ref.startswith("ref: "):
            return ref[:12]  # a detached head names its commit
        loose = git / ref[5:]
        if loose.is_file():
            return loose.read_text(encoding="utf-8").strip()[:12]
        for line in (git / "packed-refs").read_text(encoding="utf-8").splitlines():
            if line.endswith(" " + ref[5:]):
                return line.split()[0][:12]
    except OSError:
        pass
    return ""


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


def data_folder_name() -> Path:
    """Where the user's data folder is (%LOCALAPPDATA% on Windows, ~/.local/share on Linux),
    whether it exists or not."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user's data folder (created on demand, owner-only on POSIX); OSError when it cannot
    be made."""
    path = data_folder_name()
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
