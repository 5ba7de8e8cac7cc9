"""Benchmarks of the dialogs: opening the codebook editor and one edit in it.

    .venv/bin/python tests/perf/bench_dialogs.py [SIZE]    # default 10,000 articles

The project has SIZE articles and SIZE claims. The editor counts the claims of every
label when it opens and after each edit, so both grow with the project; an analyst
should not wait for either (budgets: 300 ms to open, 150 ms for a rename to be stored
and shown). Runs offscreen.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from synth import CACHE, build_project  # noqa: E402

REPEAT = 5


def _figure(name: str, budget: float, measured: float, unit: str) -> dict:
    return {"name": name, "budget": budget, "measured": measured, "unit": unit,
            "pass": measured <= budget}  # fmt: skip


def measure(size: int = 10_000) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    import rareearth_desk.ui  # noqa: F401 - Python 3.11 set-up before any Qt use
    from rareearth_desk.core.codebook import resolve_label
    from rareearth_desk.core.store import open_project
    from rareearth_desk.ui.codebook_editor import LABEL, CodebookEditor

    app = QApplication.instance() or QApplication([])
    work = CACHE / f"bench-dialogs-{size}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    path = build_project(work / "p.redesk", size, size)
    project = open_project(path, backup=False)
    try:
        opens, edits = [], []
        for i in range(REPEAT):
            t0 = time.perf_counter()
            editor = CodebookEditor(project)
            editor.show()
            app.processEvents()
            opens.append(time.perf_counter() - t0)
            label = resolve_label(editor.codebook, "neutral")
            editor.select(LABEL, label.id)
            editor.label_form.name_en.setText(f"Neutral {i}")
            t0 = time.perf_counter()
            editor.apply_label_form()
            app.processEvents()
            edits.append(time.perf_counter() - t0)
            assert editor.tree.currentItem().text(0).endswith(f"Neutral {i}")
            editor.close()
            editor.deleteLater()
    finally:
        project.close()
        shutil.rmtree(work, ignore_errors=True)
    return [
        _figure(f"open codebook editor, {size:,} claims", 300.0,
                statistics.median(opens) * 1000, "ms"),
        _figure(f"rename a label in the editor, {size:,} claims", 150.0,
                statistics.median(edits) * 1000, "ms"),
    ]  # fmt: skip


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rows = measure(n)
    print(f"{'what':<50} {'budget':>10} {'measured':>10}  unit  pass")
    for r in rows:
        print(f"{r['name']:<50} {r['budget']:>10.1f} {r['measured']:>10.1f}  {r['unit']:<4}  "
              f"{'yes' if r['pass'] else 'NO'}")  # fmt: skip
    sys.exit(0 if all(r["pass"] for r in rows) else 1)
