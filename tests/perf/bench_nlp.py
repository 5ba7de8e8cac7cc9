"""Highlighter figures: extraction speed on one core, first load in a fresh process.

    .venv/bin/python tests/perf/bench_nlp.py            # prints a table
    .venv/bin/python tests/perf/bench_nlp.py --size 2000

Text: the development-set passages (real digest excerpts and news-style passages in
simplified, traditional and English), repeated to the size asked for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
HOME = HERE / ".cache" / "nlp_home"

_LOAD = """
import time, sys
t, c = time.perf_counter(), time.process_time()
from rareearth_desk.nlp import entities
entities.ensure_loaded()
loaded, loaded_cpu = time.perf_counter() - t, time.process_time() - c
t = time.perf_counter()
entities.extract("特朗普称美国稀土90%将多如牛毛。Lynas Rare Earths said on 20 October 2025.")
first = time.perf_counter() - t
print(loaded, loaded_cpu, first)
"""


def _sample_text() -> str:
    parts = []
    for name in ("digest.jsonl", "written.jsonl"):
        with open(REPO / "tests" / "nlp" / "devset" / name, encoding="utf-8") as f:
            parts += [json.loads(line)["text"] for line in f if line.strip()]
    return "\n".join(parts) + "\n"


def _fresh_load(home: Path) -> tuple[float, float, float]:
    env = dict(os.environ, REDESK_HOME=str(home))
    out = subprocess.run(
        [sys.executable, "-c", _LOAD],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1])
    loaded, loaded_cpu, first = out.stdout.split()
    return float(loaded), float(loaded_cpu), float(first)


def measure(size: int = 10_000) -> list[dict]:
    sys.path.insert(0, str(REPO))
    HOME.mkdir(parents=True, exist_ok=True)
    cold_home = HOME / f"cold-{os.getpid()}"
    cold, _, _ = _fresh_load(cold_home)  # no jieba cache yet: builds it
    warm, warm_cpu, first_extract = _fresh_load(cold_home)  # the usual start: cache present

    os.environ["REDESK_HOME"] = str(cold_home)
    from rareearth_desk.nlp import entities

    entities.ensure_loaded()
    sample = _sample_text()
    chars = max(20_000, min(size * 50, 2_000_000))
    text = (sample * (chars // len(sample) + 1))[:chars]
    entities.extract(text[:50_000])  # warm-up
    # CPU time of this process: one core's work, whatever else the machine is running
    t = time.process_time()
    entities.extract(text)
    speed = chars / (time.process_time() - t)
    article = text[:20_000]
    t = time.process_time()
    for _ in range(5):
        entities.extract(article)
    per_article = (time.process_time() - t) / 5 * 1000
    return [
        {"name": f"entity extraction ({chars:,} chars, CPU time of one core)", "budget": 300_000,
         "measured": speed, "unit": "chars/s", "pass": speed >= 300_000},
        {"name": "highlighter first load, fresh process, CPU (jieba cache present)", "budget": 1.0,
         "measured": warm_cpu, "unit": "s", "pass": warm_cpu < 1.0},
        {"name": "highlighter first load, fresh process, wall clock", "budget": 1.0,
         "measured": warm, "unit": "s", "pass": warm < 1.0},
        {"name": "highlighter very first load (builds jieba cache)", "budget": 3.0,
         "measured": cold, "unit": "s", "pass": cold < 3.0},
        {"name": "first extraction after load (imports jieba.posseg)", "budget": 0.5,
         "measured": first_extract, "unit": "s", "pass": first_extract < 0.5},
        {"name": "highlights of a 20,000-character article", "budget": 50.0,
         "measured": per_article, "unit": "ms", "pass": per_article < 50.0},
    ]  # fmt: skip


if __name__ == "__main__":
    size = int(sys.argv[sys.argv.index("--size") + 1]) if "--size" in sys.argv else 10_000
    rows = measure(size)
    print(f"{'figure':<62} {'measured':>12} {'budget':>10}  unit     ok")
    for r in rows:
        print(
            f"{r['name']:<62} {r['measured']:>12,.3f} {r['budget']:>10,}  {r['unit']:<8} {'yes' if r['pass'] else 'NO'}"
        )
