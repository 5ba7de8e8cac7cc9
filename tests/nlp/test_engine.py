"""The process-wide engine: thread-safe loading, jieba's cache in the app's folder."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from rareearth_desk import paths
from rareearth_desk.nlp import entities, segment


def test_concurrent_load_and_extract() -> None:
    text = "中国稀土集团与美国MP Materials公司;Lynas Rare Earths said 2025年10月20日 90%。" * 20
    engines: list[object] = []
    results: list[list[entities.Mention]] = []

    def work() -> None:
        engines.append(entities.ensure_loaded())
        results.append(entities.extract(text))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(engines) == 4 and all(e is engines[0] for e in engines)
    assert entities.is_loaded() and segment.is_loaded()
    assert all(r == results[0] for r in results) and len(results[0]) > 20


def test_jieba_cache_lives_in_the_app_cache_folder() -> None:
    entities.ensure_loaded()
    dt = segment.tokenizer()
    folder = Path(dt.tmp_dir)
    # the folder of whichever test loaded jieba first: REDESK_HOME/cache, never the temp root
    assert folder.name == paths.cache_dir().name == "cache"
    assert folder.resolve() != Path(tempfile.gettempdir()).resolve()
    assert dt.cache_file == "jieba.cache" and (folder / "jieba.cache").is_file()


def test_engine_version_is_stable_and_short() -> None:
    v = entities.engine_version()
    assert v == entities.engine_version() and len(v) == 16


def test_gazetteer_names_are_user_words() -> None:
    entities.ensure_loaded()
    spans = segment.words("厦门钨业董事长黄长庚")
    words = ["厦门钨业董事长黄长庚"[s:e] for s, e in spans]
    assert "厦门钨业" in words
