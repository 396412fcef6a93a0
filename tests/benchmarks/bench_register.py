"""Register benchmarks of issue 2, on a register made by ``seed-demo --scale 50000``:

    python tests/benchmarks/bench_register.py [--db PATH] [--scale 50000]

Prints, each as a median of several runs: process start → main window shown against
``python -c "import PySide6.QtWidgets"``; search keystroke → list updated against the bare FTS5
query (counting the matches inside SQLite, and handing their rowids to Python); sorting each list
column; resident memory with the big register open.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def process_start(db: Path, runs: int) -> tuple[float, float]:
    # As installed: pip compiles a wheel's modules to bytecode; a checkout gets its
    # __pycache__ on the first run (unless PYTHONDONTWRITEBYTECODE is set, as on CI).
    import kerjasama_desk

    compileall.compile_dir(Path(kerjasama_desk.__file__).parent, quiet=1)
    env = {
        **os.environ,
        "KERJASAMA_DESK_EXIT_WHEN_SHOWN": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": tempfile.mkdtemp(),
    }
    app, floor = [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "kerjasama_desk", "--db", str(db), "--lang", "id"],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("shown"):
                app.append(time.perf_counter() - start)
                break
        process.wait()
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], check=True, env=env)
        floor.append(time.perf_counter() - start)
    return median_ms(app), median_ms(floor)


def in_process(db: Path) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from kerjasama_desk.app import build_window, create_application
    from kerjasama_desk.i18n import LanguageManager
    from kerjasama_desk.services.registers import open_service
    from kerjasama_desk.store import search

    app = create_application([])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(settings)
    languages.set_language("id")
    service = open_service(db)
    window = build_window(service, languages, settings)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    connection = service.register.db.conn

    for name, page, table in (
        ("partners", window.partners, "partners"),
        ("agreements", window.agreements, "agreements"),
    ):
        window.show_view(name)
        app.processEvents()
        for text in ("b", "be", "bei", "semarang", "北", "海市"):
            typed, bare, rowids = [], [], []
            for _ in range(7):
                page.search.clear()
                app.processEvents()
                start = time.perf_counter()
                page.search.setText(text)  # one textChanged, as from one keystroke
                app.processEvents()
                typed.append(time.perf_counter() - start)
                # The floor: SQLite finding the matches of the same FTS5 expression, with no
                # Python rows made (the count the list shows is this query).
                match = search.parse(text)
                assert match is not None
                start = time.perf_counter()
                connection.execute(
                    f"SELECT COUNT(*) FROM {table}_fts WHERE {table}_fts MATCH ?",
                    [match.expression],
                ).fetchall()
                bare.append(time.perf_counter() - start)
                # The same query handing every matching rowid to Python.
                start = time.perf_counter()
                connection.execute(
                    f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", [match.expression]
                ).fetchall()
                rowids.append(time.perf_counter() - start)
            print(
                f"search {name:<10} {text!r:<12} list updated {median_ms(typed):6.1f} ms   "
                f"bare FTS5 count {median_ms(bare):5.1f} ms, rowids {median_ms(rowids):5.1f} ms"
                f"   rows {page.model.total}"
            )
        page.search.clear()
        app.processEvents()
        for column in range(page.model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                samples = []
                for _ in range(5):
                    start = time.perf_counter()
                    page.view.sortByColumn(column, order)
                    app.processEvents()
                    samples.append(time.perf_counter() - start)
                header = page.model.headerData(column, Qt.Orientation.Horizontal)
                print(
                    f"sort   {name:<10} {header:<26} {order.name[:4]} {median_ms(samples):6.1f} ms"
                )
    from datetime import date

    from kerjasama_desk.services.followup import dashboard

    samples = []
    for _ in range(9):
        start = time.perf_counter()
        board = dashboard(service, date.today())
        samples.append(time.perf_counter() - start)
    print(
        f"dashboard (dormant {board.dormant_total}, expiring {board.expiring_total}, stages, "
        f"load): {median_ms(samples):.1f} ms (target ≤ 100)"
    )
    timeline_of_500()
    with open("/proc/self/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
    print(f"resident memory with the register open: {rss / 1024:.0f} MB")
    window.close()
    QApplication.processEvents()


def timeline_of_500() -> float:
    """A partner with 500 activities over 25 years: its timeline read and drawn (issue 5's
    target: ≤ 50 ms)."""
    import random
    from datetime import date, timedelta

    from kerjasama_desk.domain.models import Activity, Agreement, Partner
    from kerjasama_desk.domain.vocab import AgreementStage
    from kerjasama_desk.services.followup import partner_timeline
    from kerjasama_desk.services.register import RegisterService
    from kerjasama_desk.store.register import Register
    from kerjasama_desk.ui.timeline import TimelineView

    service = RegisterService(Register.in_memory())
    partner = service.save_partner(Partner(name="Beihai", country="CN"))
    agreement = service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="MSP",
            stage=AgreementStage.IMPLEMENTATION,
            initiated_on=date(2000, 1, 5),
            signed_on=date(2001, 6, 1),
        )
    )
    rng = random.Random(5)
    days = sorted(date(2001, 6, 1) + timedelta(days=rng.randrange(25 * 365)) for _ in range(500))
    with service.register.transaction():
        service.register.activities.insert_many(
            Activity(agreement_id=agreement, happened_on=day, kind="meeting", description="x")
            for day in days
        )
    view = TimelineView()
    view.resize(420, 148)
    samples = []
    for _ in range(15):
        start = time.perf_counter()
        view.set_timeline(partner_timeline(service, partner, date.today()))
        view.grab()  # paints the whole picture
        samples.append(time.perf_counter() - start)
    print(
        f"timeline of a partner with 500 activities, read and drawn: "
        f"{median_ms(samples):.1f} ms (target ≤ 50)"
    )
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "kd-bench.sqlite")
    parser.add_argument("--scale", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"seeding {args.db} with --scale {args.scale} …", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kerjasama_desk",
                "seed-demo",
                "--db",
                str(args.db),
                "--scale",
                str(args.scale),
            ],
            check=True,
        )
    app, floor = process_start(args.db, args.runs)
    print(
        f"start → window shown {app:.0f} ms; import PySide6.QtWidgets {floor:.0f} ms; "
        f"ratio {app / floor:.2f} (target ≤ 3)"
    )
    in_process(args.db)


if __name__ == "__main__":
    main()
