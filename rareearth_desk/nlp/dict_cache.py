"""jieba's prefix dictionary with the gazetteer's user words, cached in one file.

Unmarshalling jieba's own cache makes half a million strings one by one (0.3-0.6 s with
the interpreter lock held throughout), and adding the gazetteer's user words costs
another 0.15 s at every start. This file keeps the finished dictionary as one UTF-8
block of words, their counts as 64-bit integers and the user words' tags, named by a
digest of everything that shapes it (jieba's version and dictionary file, the user
words, their frequency). Reading it splits the block in one call and builds the dict
in slices, so a GUI thread gets the lock back every few milliseconds.
"""

from __future__ import annotations

import array
import hashlib
import logging
import os
import struct
from pathlib import Path
from typing import Any

from rareearth_desk import paths

log = logging.getLogger(__name__)

MAGIC = b"REDESK-JIEBA-1\n"
_HEAD = struct.Struct("<qqqq")  # total, number of words, bytes of words, bytes of tags
SLICE = 50_000  # dict entries built per step


def digest(jieba: Any, words: list[tuple[str, str | None]], user_freq: int) -> str:
    """Digest of jieba's version and dictionary file and of the user words."""
    h = hashlib.sha1(MAGIC)
    h.update(str(getattr(jieba, "__version__", "")).encode())
    try:
        name = jieba.dt.dictionary or os.path.join(
            os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME
        )
        st = Path(name).stat()
        h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
    except (OSError, TypeError, AttributeError):
        h.update(b"packaged")
    h.update(str(user_freq).encode())
    h.update("\n".join(f"{w}\t{t or ''}" for w, t in words).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


def path_for(key: str) -> Path:
    return paths.cache_dir() / f"jieba-{key}.words"


def write(key: str, freq: dict[str, int], total: int, tags: dict[str, str]) -> None:
    """Write the dictionary (atomically); a cache that cannot be written is only slower."""
    target = path_for(key)
    try:
        words = list(freq)
        if any("\n" in w for w in words):
            return
        blob = "\n".join(words).encode("utf-8", "surrogatepass")
        counts = array.array("q", freq.values()).tobytes()
        tag_blob = "\n".join(f"{w}\t{t}" for w, t in tags.items() if t).encode("utf-8")
        tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(MAGIC)
            fh.write(_HEAD.pack(int(total), len(words), len(blob), len(tag_blob)))
            fh.write(blob)
            fh.write(counts)
            fh.write(tag_blob)
        os.replace(tmp, target)
        for old in target.parent.glob("jieba-*.words"):
            if old != target:
                old.unlink(missing_ok=True)
    except (OSError, ValueError, OverflowError) as exc:
        log.warning("jieba dictionary cache not written: %s", exc)


def read(key: str) -> tuple[dict[str, int], int, dict[str, str]] | None:
    """(FREQ, total, user word tags) from the cache file, or None if absent or damaged."""
    try:
        data = path_for(key).read_bytes()
    except OSError:
        return None
    try:
        if not data.startswith(MAGIC):
            return None
        pos = len(MAGIC)
        total, n, n_blob, n_tags = _HEAD.unpack_from(data, pos)
        pos += _HEAD.size
        words = data[pos : pos + n_blob].decode("utf-8", "surrogatepass").split("\n")
        pos += n_blob
        counts = array.array("q")
        counts.frombytes(data[pos : pos + 8 * n])
        pos += 8 * n
        tag_text = data[pos : pos + n_tags].decode("utf-8")
        if len(words) != n or len(counts) != n or pos + n_tags != len(data):
            return None
        values = counts.tolist()
        del data, counts
        freq: dict[str, int] = {}
        for i in range(0, n, SLICE):  # the lock can change hands between slices
            freq.update(zip(words[i : i + SLICE], values[i : i + SLICE], strict=True))
        tags = dict(line.split("\t", 1) for line in tag_text.split("\n") if line)
    except (ValueError, struct.error, UnicodeDecodeError) as exc:
        log.warning("jieba dictionary cache unreadable, rebuilding it: %s", exc)
        return None
    return freq, int(total), tags
