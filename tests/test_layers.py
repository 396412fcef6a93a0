"""The direction of imports of DESIGN.md, read from every module's imports (ast)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kerjasama_desk"

# What each part may import of ours; "*" marks the composition root.
ALLOWED = {
    "domain": {"domain"},
    "formatting": {"domain", "formatting"},
    "paths": {"paths", ""},
    "store": {"store", "domain", "formatting"},
    "services": {"services", "store", "domain", "drafting", "export", "formatting", "paths", ""},
    "export": {"export", "drafting", "domain", "formatting", ""},  # domain: the report model
    "drafting": {"drafting", "domain", "formatting"},
    "i18n": {"paths"},
    "ui": {"ui", "services", "domain", "formatting", "i18n", "paths", ""},
    "cli": {"cli", "services", "domain", "drafting", "export", "formatting", "paths", "", "app"},
    "app": {"*"},
    "__main__": {"cli"},
    "": {""},
}
QT_ALLOWED = {"ui", "i18n", "app"}


def _modules():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        part = relative.parts[0].removesuffix(".py") if relative.parts[0] != "__init__.py" else ""
        yield path, part


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "kerjasama_desk":
            yield from (f"kerjasama_desk.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            yield node.args[0].value


def test_layers_import_only_along_the_arrows():
    problems = []
    for path, part in _modules():
        for name in _imports(path):
            top = name.split(".")[0]
            if top == "PySide6" and part not in QT_ALLOWED:
                problems.append(f"{path.name}: Qt outside ui/ ({name})")
            if top == "sqlite_utils" and part != "store":
                problems.append(f"{path.name}: sqlite_utils outside store/")
            if top in ("reportlab", "docx") and part != "export":
                problems.append(f"{path.name}: {top} outside export/")
            if top == "kerjasama_desk":
                target = name.split(".")[1] if "." in name else ""
                target = "" if target in ("__version__", "APP_NAME") else target
                allowed = ALLOWED[part]
                if "*" not in allowed and target not in allowed:
                    problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert problems == []


def test_sql_lives_in_the_store():
    pattern = ("SELECT ", "INSERT INTO", "DELETE FROM", "CREATE TABLE")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path, part in _modules()
        if part != "store" and any(word in path.read_text(encoding="utf-8") for word in pattern)
    ]
    assert offenders == []
