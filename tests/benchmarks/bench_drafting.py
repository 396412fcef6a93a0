"""Drafting benchmark of issue 3: assemble and check the full sample MoU (Semarang–Beihai).

    python tests/benchmarks/bench_drafting.py [--runs 200]

Prints the time to load the templates (parsing, validating and compiling every text once), the
first assembly after loading, the median and 95th percentile of assemble + check, and of the
wizard's preview (assemble + check + HTML).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from kerjasama_desk.drafting import assemble, checks, html, library
from kerjasama_desk.drafting.answers import read_answers
from kerjasama_desk.paths import templates_dir

PREVIEW_DELAY_MS = 300  # ui/wizard.py; not imported, to keep Qt out of this benchmark
SAMPLE = Path(__file__).resolve().parents[1] / "drafting" / "mou-beihai.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    start = time.perf_counter()
    templates = library.load(templates_dir()).templates
    loaded = time.perf_counter() - start
    answers = read_answers(json.loads(SAMPLE.read_text(encoding="utf-8")), templates)
    template = templates[answers.template_id]
    start = time.perf_counter()
    document = assemble.assemble(template, answers)
    checks.run(template, answers, document)
    first = time.perf_counter() - start
    samples = []
    for _ in range(args.runs):
        start = time.perf_counter()
        document = assemble.assemble(template, answers)
        checks.run(template, answers, document)
        samples.append(time.perf_counter() - start)
    samples.sort()
    previews = []
    for _ in range(args.runs):
        start = time.perf_counter()
        document = assemble.assemble(template, answers)
        checks.run(template, answers, document)
        html.render(document)
        previews.append(time.perf_counter() - start)
    previews.sort()
    articles = len(document.version("id").articles)
    print(f"load {len(templates)} templates: {loaded * 1000:.1f} ms")
    print(f"first assemble + check after loading: {first * 1000:.1f} ms")
    print(
        f"assemble + check, MoU of {articles} articles in {len(answers.languages)} languages: "
        f"median {statistics.median(samples) * 1000:.2f} ms, "
        f"p95 {samples[int(len(samples) * 0.95)] * 1000:.2f} ms (target ≤ 20 ms)"
    )
    print(
        f"wizard preview (assemble + check + HTML): median "
        f"{statistics.median(previews) * 1000:.2f} ms, "
        f"p95 {previews[int(len(previews) * 0.95)] * 1000:.2f} ms "
        f"(runs {PREVIEW_DELAY_MS} ms after the last keystroke, never during one)"
    )


if __name__ == "__main__":
    main()
