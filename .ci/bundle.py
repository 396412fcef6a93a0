"""Builds the one-folder bundle from kerjasama-desk.spec (PyInstaller) into dist/kerjasama-desk/,
moves the licences beside the program (dist/kerjasama-desk/licenses/), and reports its size
unpacked and as a .tar.gz (docs/bundle.md; ``./dev bundle`` runs it; so does the Windows recipe,
without the .tar.gz). Exit 1 when a size target is missed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "kerjasama-desk"
UNPACKED_LIMIT = 200 * 2**20
PACKED_LIMIT = 80 * 2**20


def size_of(folder: Path) -> int:
    """Bytes on disk, each file once (a symbolic link is not counted again)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def main() -> int:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(ROOT / "kerjasama-desk.spec")],
        check=True,
    )  # fmt: skip
    inside = next(BUNDLE.glob("*/licenses"), None)  # PyInstaller's contents folder (_internal)
    if inside is not None:
        shutil.rmtree(BUNDLE / "licenses", ignore_errors=True)
        shutil.move(str(inside), BUNDLE / "licenses")
    unpacked = size_of(BUNDLE)
    print(f"bundle: {BUNDLE} — {unpacked / 2**20:.1f} MB unpacked (target ≤ 200 MB)")
    status = 0 if unpacked <= UNPACKED_LIMIT else 1
    if sys.platform != "win32":
        archive = DIST / "kerjasama-desk.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
            tar.add(BUNDLE, arcname=BUNDLE.name)
        packed = archive.stat().st_size
        print(f"archive: {archive} — {packed / 2**20:.1f} MB (target ≤ 80 MB)")
        status |= 0 if packed <= PACKED_LIMIT else 1
    return status


if __name__ == "__main__":
    sys.exit(main())
