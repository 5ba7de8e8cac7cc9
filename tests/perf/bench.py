"""Every budget of PRODUCT.md, measured on synthetic projects of several sizes.

Run by hand (never collected by pytest):

    .venv/bin/python tests/perf/bench.py                 # 1,000 / 10,000 / 100,000 articles
    .venv/bin/python tests/perf/bench.py --sizes 1000    # one size
    .venv/bin/python tests/perf/bench.py --json          # the same as a JSON list

Each part of the app has its own ``bench_<part>.py`` beside this file with
``measure(size) -> list[dict]`` (name, budget, measured, unit, pass); this script runs
them all at each size, each part in a fresh process, and prints one table per size and a table of how each figure grows.
Synthetic projects are built deterministically and cached in ``tests/perf/.cache/``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

PARTS = [
    "bench_store",
    "bench_import",
    "bench_annotate",
    "bench_nlp",
    "bench_export",
    "bench_ui",
    "bench_memory",
]


_CHILD = """
import json, sys
sys.path[:0] = [{here!r}, {root!r}]
import {part} as m
print("\\n@@BENCH@@" + json.dumps(m.measure({size}), allow_nan=True))
"""


def _failed(part: str, why: str) -> list[dict]:
    return [{"name": f"{part}: failed ({why})", "budget": 0, "measured": float("nan"),
             "unit": "", "pass": False}]  # fmt: skip


def run_part(part: str, size: int) -> list[dict]:
    """One part at one size in a fresh process: its own memory, Qt instance and locks."""
    if not (HERE / f"{part}.py").is_file():
        return []
    code = _CHILD.format(here=str(HERE), root=str(HERE.parent.parent), part=part, size=size)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if proc.stderr.strip():
        sys.stderr.write(proc.stderr[-2000:])
    marker = proc.stdout.rfind("@@BENCH@@")
    if proc.returncode != 0 or marker < 0:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return _failed(part, f"exit {proc.returncode}: {last[:120]}")
    return list(json.loads(proc.stdout[marker + len("@@BENCH@@") :]))


def run_size(size: int, parts: list[str]) -> list[dict]:
    rows: list[dict] = []
    for part in parts:
        t0 = time.perf_counter()
        for r in run_part(part, size):
            r = dict(r)
            r["size"] = size
            r["part"] = part
            rows.append(r)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"  {part} at {size:,}: {time.perf_counter() - t0:.1f} s (load {load:.2f})",
              file=sys.stderr)  # fmt: skip
    return rows


def _fmt(v: float) -> str:
    if v != v:  # NaN
        return "n/a"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    if abs(v) >= 1:
        return f"{v:.2f}"
    return f"{v:.3f}"


def print_table(rows: list[dict]) -> None:
    sizes = sorted({r["size"] for r in rows})
    for size in sizes:
        print(f"\n== {size:,} articles ==")
        print(f"{'figure':58} {'budget':>12} {'measured':>12} {'unit':8} pass")
        for r in (r for r in rows if r["size"] == size):
            print(
                f"{r['name'][:58]:58} {_fmt(r['budget']):>12} {_fmt(r['measured']):>12} "
                f"{r['unit'][:8]:8} {'yes' if r['pass'] else 'NO'}"
            )
    if len(sizes) > 1:
        print("\n== growth (the same figure at each size; numbers in names vary) ==")
        names: dict[str, str] = {}
        vals: dict[str, dict[int, float]] = {}
        for r in rows:
            key = f"{r['part']}:{_shape(r['name'])}"
            names.setdefault(key, _shape(r["name"]))
            vals.setdefault(key, {})[r["size"]] = r["measured"]
        print(f"{'figure':58} " + " ".join(f"{s:>12,}" for s in sizes))
        for key, name in names.items():
            v = vals[key]
            print(
                f"{name[:58]:58} " + " ".join(f"{_fmt(v[s]) if s in v else '-':>12}" for s in sizes)
            )


def _shape(name: str) -> str:
    """A figure's name with its counts as N, to line the sizes up."""
    return re.sub(r"\d[\d,]*(\.\d+)?", "N", name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="comma-separated project sizes in articles"
    )
    parser.add_argument("--parts", default=",".join(PARTS), help="which bench_*.py modules to run")
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of tables")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s]
    parts = [p if p.startswith("bench_") else f"bench_{p}" for p in args.parts.split(",") if p]
    rows: list[dict] = []
    for size in sizes:
        rows.extend(run_size(size, parts))
    if args.json:
        print(
            json.dumps(
                [
                    {k: r[k] for k in ("name", "budget", "measured", "unit", "pass", "size")}
                    for r in rows
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print_table(rows)
    return 0 if all(r["pass"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
