"""The house rules of docs/architecture.md, read from the sources (ast), never by running them:

- imports go only along the arrows between layers, and Qt, sqlite_utils, reportlab and docx stay
  in their layers;
- SQL, ``sqlite3`` and ``PRAGMA`` live in ``store/``;
- the UI and the CLI reach the register through services: no ``.db.conn`` and no
  ``.register.<repository>``;
- no import circle between our modules, counting imports made inside functions;
- an import made inside a function says why, on its line or the comment line above it.

Each rule is a function over a package folder, so the tests below also plant a violation of each
in a small package of their own and check that the rule finds it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kerjasama_desk"
NAME = "kerjasama_desk"

# What each part may import of ours; "*" marks the composition root.
ALLOWED = {
    "domain": {"domain"},
    "formatting": {"domain", "formatting", "paths"},  # paths: the names tables
    "paths": {"paths", ""},
    "clock": set(),
    "atomic": set(),
    "store": {"store", "domain", "formatting"},
    "services": {
        "atomic",
        "clock",
        "services",
        "store",
        "domain",
        "drafting",
        "export",
        "formatting",
        "paths",
        "",
    },
    "export": {
        "atomic",
        "export",
        "drafting",
        "domain",
        "formatting",
        "",
    },  # domain: the report model
    "drafting": {"atomic", "drafting", "domain", "formatting"},
    "i18n": {"paths"},
    "ui": {"clock", "ui", "services", "domain", "formatting", "i18n", "paths", ""},
    "cli": {
        "clock",
        "cli",
        "services",
        "domain",
        "drafting",
        "export",
        "formatting",
        "paths",
        "",
        "app",
    },
    "app": {"*"},
    # The entry point: the window without the commands' machinery, or the commands
    "launch": {"app", "cli", "services", "formatting"},
    "__main__": {"launch"},
    "": {""},
}
QT_ALLOWED = {"ui", "i18n", "app"}
SQL_WORDS = ("SELECT ", "INSERT INTO", "DELETE FROM", "CREATE TABLE", "PRAGMA ")


def _modules(package: Path) -> Iterator[tuple[Path, str, str]]:
    """(path, layer, dotted module name) of every module below ``package``."""
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        part = relative.parts[0].removesuffix(".py") if relative.parts[0] != "__init__.py" else ""
        dotted = ".".join((NAME, *relative.with_suffix("").parts)).removesuffix(".__init__")
        yield path, part, dotted


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Line numbers of imports under ``if TYPE_CHECKING:`` (never run)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    lines.add(inner.lineno)
    return lines


def _imports(tree: ast.Module) -> Iterator[tuple[str, ast.stmt | ast.expr]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((alias.name, node) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, node
            yield from ((f"{node.module}.{alias.name}", node) for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            yield str(node.args[0].value), node


def arrow_problems(package: Path) -> list[str]:
    problems = []
    for path, part, _dotted in _modules(package):
        for name, _node in _imports(_tree(path)):
            top = name.split(".")[0]
            if top == "PySide6" and part not in QT_ALLOWED:
                problems.append(f"{path.name}: Qt outside ui/ ({name})")
            if top == "sqlite_utils" and part != "store":
                problems.append(f"{path.name}: sqlite_utils outside store/")
            if top in ("reportlab", "docx") and part != "export":
                problems.append(f"{path.name}: {top} outside export/")
            if top == NAME and name.count(".") >= 1:
                target = name.split(".")[1]
                target = "" if target in ("__version__", "APP_NAME") else target
                allowed = ALLOWED.get(part, set())
                if "*" not in allowed and target not in allowed:
                    problems.append(f"{path.relative_to(package)} imports {name}")
    return sorted(set(problems))


def sql_problems(package: Path) -> list[str]:
    """SQL text, ``sqlite3`` or ``PRAGMA`` outside store/."""
    problems = []
    for path, part, _dotted in _modules(package):
        if part == "store":
            continue
        text = path.read_text(encoding="utf-8")
        for word in SQL_WORDS:
            if word in text:
                problems.append(f"{path.relative_to(package)}: {word.strip()}")
        for name, node in _imports(_tree(path)):
            if name.split(".")[0] == "sqlite3":
                problems.append(f"{path.relative_to(package)}:{node.lineno}: imports sqlite3")
    return sorted(set(problems))


def _repositories(package: Path) -> set[str]:
    """The attributes of ``Register`` that are its repositories (and its ``db``)."""
    found = {"db"}
    for path, part, _dotted in _modules(package):
        if part != "store":
            continue
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ClassDef) and node.name == "Register":
                for inner in ast.walk(node):
                    if (
                        isinstance(inner, ast.Assign)
                        and isinstance(inner.value, ast.Call)
                        and isinstance(inner.targets[0], ast.Attribute)
                        and getattr(inner.targets[0].value, "id", "") == "self"
                    ):
                        found.add(inner.targets[0].attr)
    return found


def reach_around_problems(package: Path) -> list[str]:
    """``.db.conn`` or ``.register.<repository>`` in ui/ or the CLI."""
    repositories = _repositories(package)
    problems = []
    for path, part, _dotted in _modules(package):
        if part not in ("ui", "cli", "app"):
            continue
        for node in ast.walk(_tree(path)):
            if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Attribute):
                continue
            owner = node.value
            where = f"{path.relative_to(package)}:{node.lineno}"
            if owner.attr == "db" and node.attr == "conn":
                problems.append(f"{where}: .db.conn")
            elif owner.attr == "register" and node.attr in repositories:
                problems.append(f"{where}: .register.{node.attr}")
    return problems


def _graph(package: Path) -> dict[str, set[str]]:
    modules = {dotted: path for path, _part, dotted in _modules(package)}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for dotted, path in modules.items():
        tree = _tree(path)
        skipped = _type_checking_only(tree)
        for name, node in _imports(tree):
            if node.lineno in skipped:
                continue
            # "from a.b import c": the module a.b.c when there is one, else a.b
            target = name if name in modules else None
            if target is None and name.rpartition(".")[0] in modules:
                target = name.rpartition(".")[0]
            if target is not None and target != dotted:
                graph[dotted].add(target)
    return graph


def circles(package: Path) -> list[list[str]]:
    """Every group of modules that import each other, directly or around a circle (Tarjan)."""
    graph = _graph(package)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def unexplained_late_imports(package: Path) -> list[str]:
    """Imports inside functions without a reason on their line or the comment line above."""
    problems = []
    for path, _part, _dotted in _modules(package):
        lines = path.read_text(encoding="utf-8").splitlines()
        tree = _tree(path)
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in function.body:
                if not isinstance(node, ast.Import | ast.ImportFrom):
                    continue
                same_line = "#" in lines[node.lineno - 1] or "#" in lines[node.end_lineno - 1]
                above = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
                # an import in a run of imports shares the reason given for the run
                run_start = node.lineno - 1
                while run_start > 0 and lines[run_start - 1].strip().startswith(
                    ("from ", "import ")
                ):
                    run_start -= 1
                run_above = lines[run_start - 1].strip() if run_start > 0 else ""
                if not (same_line or above.startswith("#") or run_above.startswith("#")):
                    problems.append(f"{path.relative_to(package)}:{node.lineno}")
    return problems


# The real package -------------------------------------------------------------------------------


def test_layers_import_only_along_the_arrows():
    assert arrow_problems(PACKAGE) == []


def test_sql_sqlite3_and_pragmas_live_in_the_store():
    assert sql_problems(PACKAGE) == []


def test_the_ui_and_the_cli_go_through_services():
    assert reach_around_problems(PACKAGE) == []


def test_no_import_circle():
    assert circles(PACKAGE) == []


def test_every_import_inside_a_function_says_why():
    assert unexplained_late_imports(PACKAGE) == []


# Planted violations: each rule finds what it is for ----------------------------------------------

PLANTED = {
    "qt in the domain": (
        {"domain/rules.py": "from PySide6.QtCore import QObject\n"},
        arrow_problems,
    ),
    "a layer against the arrows": (
        {"store/rows.py": "from kerjasama_desk.services import register\n"},
        arrow_problems,
    ),
    "sqlite3 in services": ({"services/backups.py": "import sqlite3\n"}, sql_problems),
    "a pragma in services": (
        {"services/checks.py": 'CHECK = "PRAGMA integrity_check"\n'},
        sql_problems,
    ),
    "the raw connection in the ui": (
        {"ui/window.py": "def backup(service):\n    return service.register.db.conn\n"},
        reach_around_problems,
    ),
    "a repository past the service in the cli": (
        {
            "store/register.py": (
                "class Register:\n    def __init__(self, db):\n"
                "        self.drafts = DraftRepository(db)\n"
            ),
            "cli/drafts.py": "def show(service):\n    return service.register.drafts.get(1)\n",
        },
        reach_around_problems,
    ),
    "a circle through a function-level import": (
        {
            "ui/editors.py": "from kerjasama_desk.ui import commitments\n",
            "ui/commitments.py": (
                "def edit():\n    from kerjasama_desk.ui.editors import Editor  # later\n"
            ),
        },
        circles,
    ),
    "a late import without a reason": (
        {"services/late.py": "def run():\n    import json\n\n    return json\n"},
        unexplained_late_imports,
    ),
}


@pytest.mark.parametrize("case", sorted(PLANTED))
def test_each_rule_finds_a_planted_violation(tmp_path, case):
    files, rule = PLANTED[case]
    package = tmp_path / NAME
    for name, text in {"__init__.py": "", **files}.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.parent / "__init__.py").touch()
        path.write_text(text, encoding="utf-8")
    assert rule(package) != []
