"""Memory budget: the window with a project of ``size`` articles open, list scrolled end to end.

Budget (PRODUCT.md): 400 MB with a 100,000-article project open. ``measure(size)`` copies
the synthetic project (``tests/perf/synth.py``) and starts the app offscreen in a child
process: the main window opens the project and its first article, waits for the
background work (highlighter load, entity list, suggestions), then scrolls the article
list from the first row to the last one page at a time through the model and view, each
page painted. It reports the peak (``VmHWM``) and the current (``VmRSS``) resident memory
of that process from ``/proc/self/status``, and how long the scroll took.

    .venv/bin/python tests/perf/bench_memory.py            # 10,000 articles
    .venv/bin/python tests/perf/bench_memory.py 100000     # the budget's size
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

MEMORY_MB = 400.0

CHILD = r"""
import json, sys, time
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from rareearth_desk.ui.app import make_app
from rareearth_desk.ui.main_window import MainWindow
from rareearth_desk.ui.prefs import Prefs


def status() -> dict:
    with open("/proc/self/status") as fh:
        return {k: int(v.split()[0]) / 1024 for k, v in (l.split(":", 1) for l in fh)
                if k in ("VmHWM", "VmRSS")}


def settle() -> None:
    from rareearth_desk.nlp import entities

    deadline = time.perf_counter() + 30  # the highlighter loads in the background
    while not entities.is_loaded() and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()


app = make_app([])
win = MainWindow(Prefs())
win.show()
if not win.open_project(sys.argv[1]):
    raise SystemExit("project did not open")
settle()
opened = status()
table = win.list.table
model = win.list.model
bar = table.verticalScrollBar()
t0 = time.perf_counter()
rows = model.rowCount()
bar.setValue(0)
table.viewport().repaint()
while bar.value() < bar.maximum():
    bar.setValue(bar.value() + max(1, bar.pageStep()))
    table.viewport().repaint()
    app.processEvents()
seconds = time.perf_counter() - t0
last = model.row_data(rows - 1) is not None
settle()
scrolled = status()
print(json.dumps({"rows": rows, "seconds": seconds, "last_row": last,
                  "opened_rss": opened["VmRSS"], "hwm": scrolled["VmHWM"],
                  "rss": scrolled["VmRSS"]}), flush=True)
win.session.close()  # as closing the window does: the background entity fill stops
"""


def _row(name: str, budget: float, measured: float, unit: str = "MB") -> dict[str, Any]:
    return {"name": name, "budget": budget, "measured": measured, "unit": unit,
            "pass": measured <= budget}  # fmt: skip


def measure(size: int = 10_000) -> list[dict[str, Any]]:
    import synth

    with tempfile.TemporaryDirectory(dir=HERE / ".cache") as tmp:
        folder = Path(tmp)
        path = synth.build_project(folder / "memory.redesk", size, 0)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REDESK_HOME=str(folder / "home"))
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)],
            capture_output=True,
            text=True,
            cwd=str(ROOT),
            env=env,
            check=False,
        )
        if result.returncode != 0:
            lines = (result.stderr or "failed").strip().splitlines()
            raise RuntimeError(lines[-1] if lines else f"exit {result.returncode}")
        r = json.loads(result.stdout.strip().splitlines()[-1])
    if not r["last_row"]:
        raise RuntimeError("the last row of the article list was not read")
    n = f"{r['rows']:,} articles"
    return [
        _row(f"memory, {n} open, list scrolled end to end: peak", MEMORY_MB, r["hwm"]),
        _row(f"memory, {n} open, list scrolled end to end: now", MEMORY_MB, r["rss"]),
        _row(f"memory, {n} open, before scrolling", MEMORY_MB, r["opened_rss"]),
        _row(f"scroll the list of {n} end to end, page by page", 0.0, r["seconds"], "s")
        | {"pass": True},
    ]


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    for r in measure(size):
        print(
            f"{r['name'][:64]:64} {r['budget']:>8.0f} {r['measured']:>10.1f} {r['unit']:4} "
            f"{'yes' if r['pass'] else 'NO'}"
        )


if __name__ == "__main__":
    main()
