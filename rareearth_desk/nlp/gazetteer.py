"""The domain gazetteer: every ``resources/gazetteer/*.tsv`` file, and matching over text.

File format: ``TYPE<TAB>canonical<TAB>alias|alias|...``, UTF-8, ``#`` comments. Chinese
aliases are folded (traditional to simplified) and matched anywhere; the caller checks
word boundaries. Latin aliases are matched on word boundaries: acronyms, short aliases
and mixed-case symbols (NdFeB) exactly, lower-case aliases in any case, proper names
with their capitals kept (or in all capitals, as in headlines).

A loaded gazetteer is kept in ``paths.cache_dir()`` as a pickle named by the names,
sizes and modification times of its files and of this code, so that a start reads one
file instead of parsing and folding every word list again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rareearth_desk import paths
from rareearth_desk.nlp.charfold import fold

log = logging.getLogger(__name__)

GAZETTEER_TYPES = ("GPE", "ORG", "PERSON", "LOC", "MATERIAL")
_HAS_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN = re.compile(r"[A-Za-z]")
_INNER_CAP = re.compile(r"[a-z][A-Z]")
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+")


@dataclass
class Gazetteer:
    """Aliases by matching kind, each mapped to (type, canonical)."""

    cjk: dict[str, tuple[str, str]] = field(default_factory=dict)
    cjk_lengths: dict[str, list[int]] = field(default_factory=dict)  # first char -> lengths
    latin_exact: dict[str, tuple[str, str]] = field(default_factory=dict)
    latin_lower: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    latin_first: dict[str, int] = field(default_factory=dict)  # first word -> most words
    latin_keys: set[str] = field(default_factory=set)  # every Latin alias, lower case
    digest: str = ""
    conflicts: list[str] = field(default_factory=list)
    entries: int = 0

    def user_words(self) -> Iterator[tuple[str, str]]:
        """Chinese aliases for the segmenter's user dictionary: (word, type)."""
        for word, (etype, _canon) in self.cjk.items():
            yield word, etype

    def lookup(self, term: str) -> tuple[str, str] | None:
        """(type, canonical) of an alias as written, or None."""
        folded = fold(term)
        hit = self.cjk.get(folded) or self.latin_exact.get(folded)
        if hit:
            return hit
        for _alias, etype, canon in self.latin_lower.get(folded.lower(), []):
            return etype, canon
        return None

    def match_latin(self, folded: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, type) of Latin aliases in the folded text, longest first at each word."""
        if not self.latin_first:
            return
        toks = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
        first_max = self.latin_first
        i, n = 0, len(toks)
        while i < n:
            s0, e0 = toks[i]
            most = first_max.get(folded[s0:e0].lower())
            if most:
                keys = self.latin_keys
                for k in range(min(most, n - i), 0, -1):
                    e = toks[i + k - 1][1]
                    found = folded[s0:e]
                    low = found.lower()
                    if low not in keys and (low + ".") not in keys:
                        continue
                    hit = self._latin_hit(found, folded, e)
                    if hit is not None:
                        etype, end = hit
                        yield s0, end, etype
                        i += k
                        break
                else:
                    i += 1
            else:
                i += 1

    def _latin_hit(self, found: str, folded: str, end: int) -> tuple[str, int] | None:
        for dotted in (True, False):
            # aliases ending in "." (U.S.) match with the text's own final dot
            if dotted:
                if end >= len(folded) or folded[end] != ".":
                    continue
                cand, cand_end = found + ".", end + 1
            else:
                cand, cand_end = found, end
            hit = self.latin_exact.get(cand)
            if hit is not None:
                return hit[0], cand_end
            for alias, etype, _canon in self.latin_lower.get(cand.lower(), []):
                if _case_ok(alias, cand):
                    return etype, cand_end
        return None


def _case_ok(alias: str, found: str) -> bool:
    if alias.islower() or found.isupper():
        return True
    a_words = alias.split()
    f_words = found.split()
    if len(a_words) != len(f_words):
        return found == alias
    for aw, fw in zip(a_words, f_words, strict=True):
        if aw[:1].isupper() and not fw[:1].isupper():
            return False
    return True


def _exact_case(alias: str) -> bool:
    """Acronyms, short aliases and mixed-case symbols are matched with their exact case."""
    if len(alias) <= 4 or not any(c.islower() for c in alias):
        return True
    # an upper-case letter after a lower-case one inside a word: NdFeB, PrNd, SmCo
    return _INNER_CAP.search(alias) is not None


def gazetteer_files(folder: Path | None = None) -> list[Path]:
    folder = folder or paths.resource("gazetteer")
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []


_PICKLE_VERSION = 1


def _stat_key(files: list[Path]) -> str:
    h = hashlib.sha1(f"{_PICKLE_VERSION}:{sys.version_info[:2]}".encode())
    here = Path(__file__).resolve().parent
    for f in [*files, here / "gazetteer.py", here / "charfold.py"]:
        st = f.stat()
        h.update(f"{f.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    """Every ``*.tsv`` in the gazetteer folder (from the cache when the files are unchanged)."""
    files = gazetteer_files(folder)
    try:
        cached = paths.cache_dir() / f"gazetteer-{_stat_key(files)}.pickle"
    except OSError:
        return _parse(files)
    try:
        with open(cached, "rb") as fh:
            gaz = pickle.load(fh)
        if isinstance(gaz, Gazetteer):
            return gaz
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    gaz = _parse(files)
    try:
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cached)
        for old in cached.parent.glob("gazetteer-*.pickle"):
            if old != cached:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("gazetteer cache not written: %s", exc)
    return gaz


def _parse(files: list[Path]) -> Gazetteer:
    """Read the gazetteer files; bad lines are logged and skipped."""
    gaz = Gazetteer()
    digest = hashlib.sha1()
    lower_set: set[str] = set()
    for path in files:
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        text = fold(raw.decode("utf-8", errors="replace"))
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.rstrip("\r").split("\t")
            etype = cols[0].strip()
            if len(cols) < 2 or etype not in GAZETTEER_TYPES or not cols[1].strip():
                log.warning("gazetteer %s line %d: skipped", path.name, lineno)
                continue
            canon = cols[1].strip()
            aliases = [canon] + [a.strip() for a in (cols[2] if len(cols) > 2 else "").split("|")]
            gaz.entries += 1
            for alias in aliases:
                if alias:
                    _add_alias(gaz, alias, etype, canon, lower_set)
    for word in gaz.cjk:
        lengths = gaz.cjk_lengths.setdefault(word[0], [])
        if len(word) not in lengths:
            lengths.append(len(word))
    for lengths in gaz.cjk_lengths.values():
        lengths.sort(reverse=True)
    gaz.latin_keys = lower_set
    for alias in lower_set:
        words = _WORD.findall(alias)
        if words:
            key = words[0].lower()
            gaz.latin_first[key] = max(gaz.latin_first.get(key, 0), len(words))
    gaz.digest = digest.hexdigest()[:16]
    return gaz


def _add_alias(gaz: Gazetteer, alias: str, etype: str, canon: str, lower_set: set[str]) -> None:
    if _HAS_CJK.search(alias):
        if len(alias) < 1:
            return
        old = gaz.cjk.get(alias)
        if old and old[0] != etype:
            gaz.conflicts.append(f"{alias}: {old[0]} / {etype}")
            return
        gaz.cjk.setdefault(alias, (etype, canon))
        return
    if not _LATIN.search(alias) or len(alias) < 2:
        return
    if _exact_case(alias):
        old = gaz.latin_exact.get(alias)
        if old and old[0] != etype:
            gaz.conflicts.append(f"{alias}: {old[0]} / {etype}")
            return
        gaz.latin_exact.setdefault(alias, (etype, canon))
    else:
        gaz.latin_lower.setdefault(alias.lower(), []).append((alias, etype, canon))
    lower_set.add(alias.lower())
