"""The sample project: built once from ``resources/sample`` into the user's data folder.

``resources/sample/digest_sample.txt`` is a digest in the news tool's format (Chinese and
English articles); ``claims_sample.jsonl`` tags a few claims by quoting them, so the
offsets are found in the imported text rather than written by hand. The project is
built under a temporary name and moved into place, so a failed build leaves nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SAMPLE_NAME = "Sample project.redesk"
DONE_TITLES = ("工信部:稀土开采总量控制指标将向中重稀土倾斜",)


def sample_path() -> Path:
    from rareearth_desk.paths import data_dir

    return data_dir() / SAMPLE_NAME


def ensure_sample_project() -> Path:
    """The sample project's path, building it first if it is not there yet."""
    path = sample_path()
    if not path.exists():
        build_sample_project(path)
    return path


def build_sample_project(path: Path) -> None:
    from rareearth_desk.core import annotate
    from rareearth_desk.core.codebook import load_codebook, resolve_label
    from rareearth_desk.core.models import STATUS_DONE
    from rareearth_desk.core.store import create_project
    from rareearth_desk.paths import resource

    tmp = path.with_name(f".{path.name}.{os.getpid()}.building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    project = create_project(tmp)
    try:
        _import_digest(project, resource("sample", "digest_sample.txt"))
        repo = project.repo
        by_title = {}
        for row in repo.article_rows(repo.article_ids()):
            by_title[row.title] = row.id
        codebook = load_codebook(project)
        lines = resource("sample", "claims_sample.jsonl").read_text(encoding="utf-8").splitlines()
        for line in lines:
            if not line.strip():
                continue
            item = json.loads(line)
            article_id = by_title.get(item["title"])
            if article_id is None:
                continue
            text = repo.get_article(article_id).text
            start = text.find(item["quote"])
            if start < 0:
                continue
            labels = [item.get("stance") or ""] + list(item.get("topics", []))
            ids = [
                lab.id for lab in (resolve_label(codebook, name) for name in labels if name) if lab
            ]
            annotate.add_claim(
                project,
                article_id,
                start,
                start + len(item["quote"]),
                label_ids=ids,
                note=item.get("note", ""),
                annotator=item.get("annotator", "sample"),
            )
        for title in DONE_TITLES:
            if title in by_title:
                annotate.set_status(project, by_title[title], STATUS_DONE)
    except BaseException:
        project.close()
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    project.close()
    os.replace(tmp, path)


def _import_digest(project: object, path: Path) -> None:
    try:
        from rareearth_desk.io.importers import import_paths
    except ImportError:
        from rareearth_desk.io.importers.digest import parse_digest

        records = [
            r
            for r in parse_digest(path.read_text(encoding="utf-8"), str(path))
            if hasattr(r, "text")
        ]
        project.repo.add_articles(records)  # type: ignore[attr-defined]
        return
    gen = import_paths(project, [path])
    try:
        while True:
            next(gen)
    except StopIteration:
        pass
