"""Export budgets: seconds and peak memory of the .xlsx export (and CSV, JSONL for scale).

Budget (PRODUCT.md): 100,000 claims to Excel in 20 s, peak memory 500 MB. ``measure(size)``
builds a synthetic project of ``size`` claims over ``size // 5`` articles
(``tests/perf/synth.py``) and runs each export in a fresh child process, so the peak
resident memory (``VmHWM``, else ``ru_maxrss``) is the export's own, start-up included,
plus the peak of the process that writes the Entities sheet beside it (both run at
once, so their sum bounds what the machine needs). The budget is for 100,000 claims: a
smaller export is held to the same 20 s, a larger one to 20 s per 100,000 (the growth
table shows how the time grows with the size). With entities, a copy of
the project first gets its entity cache filled as the window does it in the background
(``nlp.entity_jobs.fill_entity_cache``, timed against the extraction budget of 300,000
characters a second per core), then the export runs in a fresh process with the cache
warm, which is what an analyst meets.

    .venv/bin/python tests/perf/bench_export.py            # 10,000 claims
    .venv/bin/python tests/perf/bench_export.py 100000     # the budget's size
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

SECONDS_PER_100K = 20.0
MEMORY_MB = 500.0

CHILD = r"""
import json, resource, sys, time
from rareearth_desk.core.store import open_project
from rareearth_desk.io.export_text import export_file

project_path, out, entities, repeat = sys.argv[1], sys.argv[2], sys.argv[3] == "1", int(sys.argv[4])
times = []
stale = 0
with open_project(project_path, backup=False, lock=False) as project:
    if entities:  # cache rows another engine version made (word lists edited meanwhile)
        from rareearth_desk.nlp.entity_jobs import stale_article_ids
        stale = len(stale_article_ids(project))
    for _ in range(repeat):  # a second run finds the entity cache the first one filled
        t0 = time.perf_counter()
        options = {"include_entities": entities} if not out.endswith(".jsonl") else {}
        gen = export_file(project, out, **options)
        while True:
            try:
                next(gen)
            except StopIteration as stop:
                report = stop.value
                break
        times.append(time.perf_counter() - t0)
# VmHWM is this process's own peak; ru_maxrss would carry the parent's over fork and exec
try:
    with open("/proc/self/status") as fh:
        peak = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
# the process that writes the Entities sheet runs at the same time: its peak counts too
helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"times": times, "rss_mb": peak + helper, "helper_mb": helper,
                  "claims": report.claims, "stale": stale,
                  "articles": report.articles, "rows": report.rows, "warnings": report.warnings}))
"""


FILL = r"""
import json, sys, time
from rareearth_desk.core.store import open_project
from rareearth_desk.nlp.entities import ensure_loaded, extract
from rareearth_desk.nlp.entity_jobs import fill_entity_cache

ensure_loaded()
sys.path.insert(0, sys.argv[2])
import synth
for record in synth.make_records(4, seed=99):  # one-time imports and caches (bench_nlp times them)
    extract(record.text)
with open_project(sys.argv[1], backup=False, lock=False) as project:
    with project.connection() as conn:
        chars = conn.execute("SELECT coalesce(sum(length(text)), 0) FROM article").fetchone()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    gen = fill_entity_cache(project)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            done = stop.value
            break
print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                  "articles": done, "chars": chars}))
"""


def _child(code: str, *args: object) -> dict:
    """Run ``code`` in a fresh interpreter; its last line of output, read as JSON."""
    result = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=str(ROOT),
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1] if result.stderr else "failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _fill(project: Path) -> dict:
    return _child(FILL, project, HERE)


def _run(project: Path, out: Path, entities: bool, repeat: int = 1) -> dict:
    return _child(CHILD, project, out, "1" if entities else "0", repeat)


def _figures(label: str, seconds: float, mb: float, budget_s: float) -> list[dict]:
    return [
        {"name": label, "budget": budget_s, "measured": seconds, "unit": "s",
         "pass": seconds <= budget_s},
        {"name": f"{label}: peak memory", "budget": MEMORY_MB, "measured": mb, "unit": "MB",
         "pass": mb <= MEMORY_MB},
    ]  # fmt: skip


def measure(size: int = 10_000) -> list[dict]:
    import synth

    claims = size
    n_articles = max(1, size // 5)
    budget_s = SECONDS_PER_100K * max(claims, 100_000) / 100_000
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        folder = Path(tmp)
        shared = synth.build_project(None, n_articles, claims)  # read only
        for fmt in ("xlsx", "csv", "jsonl"):
            try:
                r = _run(shared, folder / f"out.{fmt}", entities=False)
            except RuntimeError as exc:
                rows.append({"name": f"{fmt} export failed: {exc}", "budget": budget_s,
                             "measured": float("nan"), "unit": "s", "pass": False})  # fmt: skip
                continue
            label = f"{fmt} export, {r['claims']:,} claims, no entities"
            rows += _figures(label, r["times"][0], r["rss_mb"], budget_s)
        # entities fill the project's entity cache: work on a copy
        copy = synth.build_project(folder / "copy.redesk", n_articles, claims)
        try:
            fill = _fill(copy)
            r = _run(copy, folder / "ents.xlsx", entities=True)
        except RuntimeError as exc:
            rows.append({"name": f"xlsx export with entities failed: {exc}", "budget": budget_s,
                         "measured": float("nan"), "unit": "s", "pass": False})  # fmt: skip
            return rows
        if any("highlighter is not available" in w for w in r["warnings"]):
            return rows
        speed = fill["chars"] / max(fill["cpu"], 1e-9)
        rows.append({"name": f"entity cache filled in the background ({fill['articles']:,} "
                     f"articles, {fill['seconds']:.0f} s)", "budget": 300_000.0,
                     "measured": speed, "unit": "chars/s", "pass": speed >= 300_000})  # fmt: skip
        ents = sum(n for k, n in r["rows"].items() if k.startswith("Entities"))
        warmth = "warm cache" if not r["stale"] else f"cache stale for {r['stale']:,} articles"
        two = ", 2 processes" if r["helper_mb"] else ""
        label = f"xlsx, {r['claims']:,} claims + {ents:,} entity rows, {warmth}{two}"
        rows += _figures(label, r["times"][0], r["rss_mb"], budget_s)
    return rows


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rows = measure(size)
    print(f"{'figure':56} {'budget':>10} {'measured':>10} unit  pass")
    for r in rows:
        print(
            f"{r['name'][:56]:56} {r['budget']:>10.1f} {r['measured']:>10.2f} {r['unit']:5} "
            f"{'yes' if r['pass'] else 'NO'}"
        )


if __name__ == "__main__":
    main()
