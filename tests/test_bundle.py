"""Issue 17: the smoke test of the one-folder bundle (``./dev bundle``; docs/bundle.md). The
bundled program runs with a clean environment (``env -i``: no Python, no virtual environment on
PATH, a fresh HOME), from another folder, and: makes the demo register, exports the Beihai MoU
(with a Chinese title) to PDF with its fonts embedded, writes a handover dossier, exports and
imports a .kdx, and opens every page of the window offscreen (``--self-test``). It writes
nothing into its own folder: a bundle in a read-only place works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = Path(os.environ.get("KERJASAMA_DESK_BUNDLE", ROOT / "dist" / "kerjasama-desk"))
WINDOWS = sys.platform == "win32"
PROGRAM = BUNDLE / ("kerjasama-desk.exe" if WINDOWS else "kerjasama-desk")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not PROGRAM.is_file(),
        reason=f"no bundle at {BUNDLE}: build it with ./dev bundle (CI does, before the tests)",
    ),
]


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in folder.rglob("*")
    }


@pytest.fixture
def run(tmp_path):
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    # What an office PC has: no Python, no virtual environment; a user's home. The environment
    # is this and nothing else (as `env -i`).
    if WINDOWS:  # pragma: no cover - the Windows recipe runs it (.github/workflows/windows.yml)
        system = os.environ["SYSTEMROOT"]
        env = {
            "SYSTEMROOT": system,
            "PATH": f"{system}\\System32",
            "USERPROFILE": str(home),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "TEMP": str(home),
            "TMP": str(home),
        }
    else:
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}

    def command(*arguments: str, qt: bool = False) -> subprocess.CompletedProcess[str]:
        extra = {"QT_QPA_PLATFORM": "offscreen"} if qt else {}
        done = subprocess.run(
            [str(PROGRAM), *arguments], env={**env, **extra}, cwd=work, capture_output=True,
            text=True, encoding="utf-8", timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, f"{arguments}: {done.stdout}\n{done.stderr}"
        return done

    command.home = home  # type: ignore[attr-defined]
    command.work = work  # type: ignore[attr-defined]
    return command


def test_the_bundle_runs_the_officers_paths_without_python(run):
    before = _snapshot(BUNDLE)
    assert "version 0.1.0" in run("--version").stdout
    assert "7 partners, 7 agreements" in run("seed-demo", "--db", "demo.sqlite").stdout
    drafts = json.loads(run("draft", "list", "--db", "demo.sqlite", "--json").stdout)
    mou = next(d["id"] for d in drafts if d["title"].startswith("MSP Semarang–Beihai 2008"))

    # the Beihai MoU, with the Chinese title beside the Indonesian and English texts
    answers = json.loads(run("draft", "answers", "--db", "demo.sqlite", "--draft", str(mou)).stdout)
    answers["languages"] = ["id", "en", "zh"]
    answers["partner_texts"] = {"title": "北海市人民政府与三宝垄市政府友好城市谅解备忘录"}
    (run.work / "mou.json").write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    run("draft", "render", "mou.json", "-o", "mou.pdf")
    pdf = PdfReader(run.work / "mou.pdf")
    assert "北海市人民政府" in "".join(page.extract_text() for page in pdf.pages)
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            described = font.get_object()
            descendant = described.get("/DescendantFonts")
            descriptor = (
                descendant[0].get_object()["/FontDescriptor"]
                if descendant
                else described["/FontDescriptor"]
            )
            assert "/FontFile2" in descriptor.get_object(), described["/BaseFont"]  # embedded

    run("draft", "export", "--db", "demo.sqlite", "--draft", str(mou), "-o", "mou.docx")
    officers = json.loads(run("officers", "--db", "demo.sqlite", "--json").stdout)
    run("report", "handover", "--db", "demo.sqlite", "--officer", str(officers[0]["id"]),
        "-o", "handover.pdf")  # fmt: skip
    assert len(PdfReader(run.work / "handover.pdf").pages) >= 1
    run("export", "--db", "demo.sqlite", "-o", "semarang.kdx")
    imported = run("import", "--db", "copy.sqlite", "--yes", "semarang.kdx").stdout
    assert "partners: 7 new" in imported and "drafts: 7 new" in imported
    counted = run("info", "--db", "copy.sqlite").stdout
    assert "Partners: 7" in counted and "Draft versions: 7" in counted

    shown = run("--db", "demo.sqlite", "--self-test", qt=True)
    assert "self-test: 10 pages opened in id, en; 0 problem(s)" in shown.stdout

    # it wrote into the data folder and where it was told, never into its own folder
    assert _snapshot(BUNDLE) == before
    data = ("AppData", "Local") if WINDOWS else (".local", "share")
    assert run.home.joinpath(*data, "kerjasama-desk").is_dir()
    assert {p.name for p in run.work.iterdir()} == {
        "demo.sqlite", "mou.json", "mou.pdf", "mou.docx", "handover.pdf", "semarang.kdx",
        "copy.sqlite",
    }  # fmt: skip


def test_the_bundle_carries_its_licences_and_only_the_qt_it_uses():
    licences = {p.name for p in (BUNDLE / "licenses").iterdir()}
    assert {"kerjasama-desk", "pyside6_essentials", "reportlab", "python"} <= licences
    assert (BUNDLE / "licenses" / "pyside6_essentials" / "LGPL-3.0.txt").is_file()
    qt = {p.name.split(".")[0].removeprefix("lib") for p in BUNDLE.rglob("*Qt6*")}
    assert not {"Qt6Qml", "Qt6Quick", "Qt6WebEngineCore", "Qt6Pdf"} & qt
    assert {"Qt6Core", "Qt6Gui", "Qt6Widgets", "Qt6Svg"} <= qt


def test_a_bundle_in_a_read_only_folder_runs_for_an_ordinary_user():
    """A CD or a locked-down Program Files: the bundle's folder cannot be written, and the
    program still makes its register and opens its window, writing only in the user's data
    and cache folders. Run as an ordinary user (root writes anywhere): ``nobody`` when the
    suite runs as root."""
    import shutil
    import stat
    import tempfile

    if WINDOWS:  # pragma: no cover - the folder's ACL, not its mode bits, decide there
        pytest.skip("read-only by mode bits is a POSIX test; the Windows recipe installs per user")
    root = os.geteuid() == 0
    if root and (shutil.which("runuser") is None or not _user_exists("nobody")):
        pytest.skip("running as root without runuser or the user nobody to run as")
    place = Path(tempfile.mkdtemp(prefix="kd-ro-", dir="/tmp"))
    try:
        copy = place / "kerjasama-desk"
        shutil.copytree(BUNDLE, copy, symlinks=True)
        for path in [copy, *copy.rglob("*")]:
            if not path.is_symlink():
                path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        home = place / "home"
        (home / "work").mkdir(parents=True)
        place.chmod(0o755)
        if root:
            shutil.chown(home, "nobody")
            shutil.chown(home / "work", "nobody")
        as_user = ["runuser", "-u", "nobody", "--"] if root else []
        env = ["env", "-i", f"HOME={home}", "PATH=/usr/bin:/bin", "QT_QPA_PLATFORM=offscreen"]
        before = _snapshot(copy)
        for arguments in (
            ["seed-demo", "--db", "demo.sqlite"],
            ["--db", "demo.sqlite", "--self-test"],
        ):
            done = subprocess.run(
                [*as_user, *env, str(copy / "kerjasama-desk"), *arguments],
                cwd=home / "work", capture_output=True, text=True, timeout=300,
            )  # fmt: skip
            assert done.returncode == 0, done.stdout + done.stderr
        assert "0 problem(s)" in done.stdout
        assert _snapshot(copy) == before
        assert (home / ".local" / "share" / "kerjasama-desk").is_dir()
    finally:
        for path in [place, *place.rglob("*")]:
            if not path.is_symlink():
                path.chmod(path.stat().st_mode | stat.S_IWUSR)
        shutil.rmtree(place, ignore_errors=True)


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
