"""Benchmarks of annotation: tagging a claim, changing its stance, reading and streaming claims.

    .venv/bin/python tests/perf/bench_annotate.py [SIZE]    # default 10,000 articles

The project has SIZE articles and SIZE claims. Budgets (PRODUCT.md): a claim is
committed in 5 ms (median of the whole ``add_claim`` call, commit included); the same
for ``set_stance``. Reading an article's claims is part of the 50 ms an article may take
to open (held here to 10 ms); streaming claims for an export is part of the 20 s for
100,000 claims (held here to 1 s per 10,000 claims).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from synth import CACHE, build_project  # noqa: E402

from rareearth_desk.core import annotate as an  # noqa: E402
from rareearth_desk.core.codebook import load_codebook  # noqa: E402
from rareearth_desk.core.store import open_project  # noqa: E402

REPEAT = 200


def _figure(name: str, budget: float, measured: float, unit: str) -> dict:
    return {"name": name, "budget": budget, "measured": measured, "unit": unit,
            "pass": measured <= budget}  # fmt: skip


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure(size: int = 10_000) -> list[dict]:
    target = CACHE / f"bench-annotate-{size}.redesk"
    for p in (
        target,
        target.with_name(target.name + "-wal"),
        target.with_name(target.name + "-shm"),
    ):
        p.unlink(missing_ok=True)
    build_project(target, size, size)
    rng = random.Random(3)
    project = open_project(target, backup=False)
    try:
        cb = load_codebook(project)
        stance = cb.stance_dimension
        assert stance is not None
        stances = [lab.id for lab in stance.labels]
        topics = [lab.id for d in cb.topic_dimensions for lab in d.labels]
        article_ids = project.repo.article_ids()
        chars = {r.id: r.chars for r in project.repo.article_rows(article_ids[:REPEAT])}
        claims_before = an.claim_count(project)

        add, stance_times, created = [], [], []
        for aid in article_ids[:REPEAT]:
            start = rng.randrange(0, max(1, chars[aid] - 60))
            labels = [rng.choice(stances), rng.choice(topics)]
            t0 = time.perf_counter()
            ch = an.add_claim(project, aid, start, start + 40, label_ids=labels, annotator="bench")
            add.append(time.perf_counter() - t0)
            assert ch.created_claim is not None
            created.append(ch.created_claim)
        for cid in created:
            label = rng.choice(stances)
            t0 = time.perf_counter()
            an.set_stance(project, cid, label)
            stance_times.append(time.perf_counter() - t0)

        busiest = max(article_ids[:REPEAT], key=lambda a: len(an.claims_for_article(project, a)))
        reads = []
        for _ in range(50):
            t0 = time.perf_counter()
            an.claims_for_article(project, busiest)
            reads.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        streamed = sum(1 for _ in an.iter_claims(project))
        stream_s = time.perf_counter() - t0
        assert streamed == claims_before + REPEAT
    finally:
        project.close()
    for p in (
        target,
        target.with_name(target.name + "-wal"),
        target.with_name(target.name + "-shm"),
    ):
        p.unlink(missing_ok=True)
    return [
        _figure(f"add_claim, commit included (median of {REPEAT})", 5, _median_ms(add), "ms"),
        _figure(
            f"set_stance, commit included (median of {REPEAT})", 5, _median_ms(stance_times), "ms"
        ),
        _figure("claims_for_article, busiest article (median)", 10, _median_ms(reads), "ms"),
        _figure(
            f"iter_claims, {streamed:,} claims streamed",
            1000,
            stream_s * 1000 * 10_000 / max(1, streamed),
            "ms/10k",
        ),
    ]


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rows = measure(size)
    print(f"{'figure':<52} {'measured':>10} {'budget':>8}  unit    ok")
    for r in rows:
        ok = "yes" if r["pass"] else "NO"
        print(f"{r['name']:<52} {r['measured']:>10.2f} {r['budget']:>8g}  {r['unit']:<7} {ok}")


if __name__ == "__main__":
    main()
