"""Export benchmark of issue 4, on the demo register's Semarang–Beihai MoU draft:

    python tests/benchmarks/bench_export.py [--runs 5]

Prints, as medians: our PDF in-process; `kerjasama-desk draft export` as a whole process; and
LibreOffice headless converting our DOCX of the same draft to PDF (installed from Debian by this
script if `soffice` is missing; nothing else needs it). Targets: in-process ≥ 5 × and whole
process ≥ 3 × faster than LibreOffice.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _soffice() -> str:
    found = shutil.which("soffice")
    if found:
        return found
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print("installing LibreOffice (libreoffice-writer-nogui) for the comparison …", flush=True)
    subprocess.run(
        [
            *sudo,
            "apt-get",
            "install",
            "-y",
            "-q",
            "--no-install-recommends",
            "libreoffice-writer-nogui",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return shutil.which("soffice") or "soffice"


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    import compileall

    import kerjasama_desk

    # As installed: pip compiles a wheel's modules to bytecode.
    compileall.compile_dir(Path(kerjasama_desk.__file__).parent, quiet=1)
    work = Path(tempfile.mkdtemp())
    db = work / "demo.sqlite"
    cli = [sys.executable, "-m", "kerjasama_desk"]
    subprocess.run([*cli, "seed-demo", "--db", str(db)], check=True, stdout=subprocess.DEVNULL)

    from kerjasama_desk.export import pdf
    from kerjasama_desk.paths import fonts_dir
    from kerjasama_desk.services.drafts import DraftService
    from kerjasama_desk.services.exports import export_document
    from kerjasama_desk.store.register import Register

    register = Register.open(db)
    drafts = DraftService(register)
    draft_id = next(row.id for row in drafts.rows() if "Beihai 2008" in row.title)
    assembled, info = drafts.for_export(draft_id)
    register.close()
    options = pdf.PdfOptions(version=info.version, title=info.title)
    pdf.render(assembled.document, options, fonts_dir())  # fonts registered, code warm
    in_process = []
    for _ in range(args.runs):
        start = time.perf_counter()
        export_document(assembled.document, work / "ours.pdf", options)
        in_process.append(time.perf_counter() - start)
    pages = len(__import__("pypdf").PdfReader(str(work / "ours.pdf")).pages)

    # The first export on a machine also fills the cache folder (checked templates, compiled
    # texts, what was read from the fonts), as LibreOffice's first start creates its profile
    # below: both are timed apart from the runs, and the first one is printed.
    command = [
        *cli,
        "draft",
        "export",
        "--db",
        str(db),
        "--draft",
        str(draft_id),
        "-o",
        str(work / "cli.pdf"),
    ]
    environment = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
    first = time.perf_counter() - start
    whole = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
        whole.append(time.perf_counter() - start)

    export_document(assembled.document, work / "ours.docx", options)
    soffice = _soffice()
    profile = work / "lo-profile"
    command = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work / "lo"),
        str(work / "ours.docx"),
    ]
    subprocess.run(command, check=True, capture_output=True)  # first start creates the profile
    office = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        office.append(time.perf_counter() - start)

    ours, cli_ms, lo_ms = _median_ms(in_process), _median_ms(whole), _median_ms(office)
    print(
        f"MoU ({len(assembled.document.version('id').articles)} articles, id | en, "
        f"{pages} pages A4)"
    )
    print(f"our PDF in-process: {ours:.0f} ms  ({lo_ms / ours:.1f} × faster; target ≥ 5 ×)")
    print(
        f"draft export, whole process: {cli_ms:.0f} ms  ({lo_ms / cli_ms:.1f} × faster; "
        f"target ≥ 3 ×)"
    )
    print(f"  (its first run, filling an empty cache folder: {first * 1000:.0f} ms)")
    print(f"LibreOffice headless, our DOCX → PDF: {lo_ms:.0f} ms")


if __name__ == "__main__":
    main()
