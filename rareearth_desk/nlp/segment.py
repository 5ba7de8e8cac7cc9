"""jieba set-up: loaded once, off the GUI thread, with the gazetteer as user dictionary.

jieba keeps its prefix-dictionary cache in ``paths.cache_dir()`` (never the system temp
folder). ``ensure_loaded()`` is thread-safe and idempotent; the first call costs the
dictionary load, every later call is free. ``jieba.posseg`` is imported only when a
caller asks for part-of-speech tags (``pos_cut``), since its import alone costs ~0.2 s.

The first start with a given gazetteer writes the prefix dictionary with the user words
already added to ``jieba-<digest>.words`` beside jieba's own cache (see ``dict_cache``);
later starts read that file instead of unmarshalling jieba's cache and adding thousands
of words, in steps short enough that a GUI thread waiting for the interpreter lock is
never held up for long.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterable
from typing import Any

from rareearth_desk import paths
from rareearth_desk.nlp import dict_cache

_lock = threading.RLock()
_loaded = False
_dt: Any = None
_posseg: Any = None

# tags for user words, by entity type (jieba's own tag set)
POS_TAGS = {"PERSON": "nr", "GPE": "ns", "LOC": "ns", "ORG": "nt", "MATERIAL": "n"}
_USER_FREQ = 800


def _import_jieba() -> Any:
    """jieba, imported without ``pkg_resources`` (0.15 s): it reads its files directly."""
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if blocked and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


def ensure_loaded(user_words: Iterable[tuple[str, str]] = ()) -> None:
    """Load jieba's dictionary (cache in the app's cache folder) and add ``user_words``.

    ``user_words`` are (word, entity type) pairs; they are added only on the first call.
    """
    global _loaded, _dt
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        jieba = _import_jieba()
        jieba.setLogLevel(logging.WARNING)
        dt = jieba.dt
        # both must be set before the tokenizer initialises
        dt.tmp_dir = str(paths.cache_dir())
        dt.cache_file = "jieba.cache"
        words = [(w, POS_TAGS.get(t)) for w, t in user_words if len(w) >= 2]
        digest = dict_cache.digest(jieba, words, _USER_FREQ)
        if not _load_combined(dt, digest):
            dt.initialize()
            freq = dt.FREQ
            for word, tag in words:
                if not freq.get(word):
                    dt.add_word(word, _USER_FREQ, tag)
            dict_cache.write(digest, dt.FREQ, dt.total, dt.user_word_tag_tab)
        _dt = dt
        _loaded = True


def _load_combined(dt: Any, digest: str) -> bool:
    found = dict_cache.read(digest)
    if found is None:
        return False
    freq, total, tags = found
    with dt.lock:
        dt.FREQ, dt.total = freq, total
        dt.user_word_tag_tab.update(tags)
        dt.initialized = True
    return True


def is_loaded() -> bool:
    return _loaded


def tokenizer() -> Any:
    """The shared jieba tokenizer (loads it if needed)."""
    ensure_loaded()
    return _dt


def words(text: str) -> list[tuple[int, int]]:
    """Word spans of ``text`` in code points (jieba; spaces are their own tokens)."""
    dt = tokenizer()
    return [(s, e) for _w, s, e in dt.tokenize(text, HMM=True)]


def boundaries(text: str) -> set[int]:
    """Offsets in ``text`` where jieba (dictionary only, no HMM) puts a word boundary."""
    dt = tokenizer()
    out = {0}
    pos = 0
    for w in dt.cut(text, HMM=False):
        pos += len(w)
        out.add(pos)
    return out


def crosses_word(text: str, pos: int, lo: int, hi: int) -> bool:
    """Whether some dictionary word of 2-5 characters in text[lo:hi] spans offset ``pos``."""
    freq = tokenizer().FREQ
    for a in range(max(lo, pos - 4), pos):
        for b in range(pos + 1, min(hi, a + 5) + 1):
            if freq.get(text[a:b]):
                return True
    return False


def splits_word(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether text[start:end] would cut through a word in jieba's segmentation.

    A cheap dictionary look-up rules most spans out; only spans that some word crosses
    are segmented, in a small window around them (``lo``/``hi`` bound the window).
    """
    left = start > lo and crosses_word(text, start, lo, hi)
    right = end < hi and crosses_word(text, end, lo, hi)
    if not (left or right):
        return False
    a = max(lo, start - 6)
    b = min(hi, end + 6)
    bounds = boundaries(text[a:b])
    return (start - a) not in bounds or (end - a) not in bounds


def pos_cut(text: str) -> list[tuple[str, str, int]]:
    """(word, tag, start) triples of ``text`` from jieba.posseg (imported on first use)."""
    global _posseg
    ensure_loaded()
    if _posseg is None:
        with _lock:
            if _posseg is None:
                import jieba.posseg as posseg

                _posseg = posseg
    out = []
    pos = 0
    for pair in _posseg.cut(text):
        out.append((pair.word, pair.flag, pos))
        pos += len(pair.word)
    return out
