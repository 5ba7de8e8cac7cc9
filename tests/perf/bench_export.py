"""Export budgets: seconds and peak memory of the .xlsx export (and CSV, JSONL for scale).

Budget (PRODUCT.md): 100,000 claims to Excel in 20 s, peak memory 500 MB. ``measure(size)``
builds a synthetic project of ``size`` claims over ``size // 5`` articles
(``tests/perf/synth.py``) and runs each export in a fresh child process, so the peak
resident memory (``VmHWM``, else ``ru_maxrss``) is the export's own, start-up included. The time budget
is scaled to the number of claims; the memory budget is not.

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

project_path, out, entities = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
t0 = time.perf_counter()
with open_project(project_path, backup=False, lock=False) as project:
    options = {"include_entities": entities} if not out.endswith(".jsonl") else {}
    gen = export_file(project, out, **options)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            report = stop.value
            break
seconds = time.perf_counter() - t0
# VmHWM is this process's own peak; ru_maxrss would carry the parent's over fork and exec
try:
    with open("/proc/self/status") as fh:
        peak = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rss_mb": peak,
                  "claims": report.claims, "articles": report.articles,
                  "warnings": report.warnings}))
"""


def _run(project: Path, out: Path, entities: bool) -> dict:
    env_python = sys.executable
    result = subprocess.run(
        [env_python, "-c", CHILD, str(project), str(out), "1" if entities else "0"],
        capture_output=True,
        text=True,
        cwd=str(ROOT),
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            result.stderr.strip().splitlines()[-1] if result.stderr else "export failed"
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(size: int = 10_000) -> list[dict]:
    import synth

    claims = size
    project = synth.build_project(None, max(1, size // 5), claims)
    budget_s = SECONDS_PER_100K * claims / 100_000
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        folder = Path(tmp)
        runs = [("xlsx", False), ("xlsx", True), ("csv", False), ("jsonl", False)]
        for fmt, entities in runs:
            try:
                r = _run(project, folder / f"out.{fmt}", entities)
            except RuntimeError as exc:
                rows.append(
                    {
                        "name": f"{fmt} export failed: {exc}",
                        "budget": budget_s,
                        "measured": float("nan"),
                        "unit": "s",
                        "pass": False,
                    }
                )
                continue
            if entities and r["warnings"]:
                continue  # the highlighter is not installed: nothing more to measure
            label = f"{fmt} export, {r['claims']:,} claims" + (" + entities" if entities else "")
            rows.append(
                {
                    "name": label,
                    "budget": budget_s,
                    "measured": r["seconds"],
                    "unit": "s",
                    "pass": r["seconds"] <= budget_s,
                }
            )
            rows.append(
                {
                    "name": f"{label}: peak memory",
                    "budget": MEMORY_MB,
                    "measured": r["rss_mb"],
                    "unit": "MB",
                    "pass": r["rss_mb"] <= MEMORY_MB,
                }
            )
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
