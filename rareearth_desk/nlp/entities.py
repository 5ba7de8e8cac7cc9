"""Entity highlighting: text -> sorted, non-overlapping ``Mention`` list.

The engine combines the domain gazetteer (Chinese aliases checked against jieba's word
boundaries, English aliases on word boundaries), rules for quantities and dates, name
patterns for people and organisations outside the gazetteer, document-level reuse of
names already found (赖斯 after 梅格·赖斯, Peak after Peak Rare Earths) and, last, the
project's corrections. Offsets are code points of the text as given.
"""

from __future__ import annotations

import gc
import hashlib
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rareearth_desk import paths
from rareearth_desk.nlp import dates, extend, names, quantities, segment, zh_names
from rareearth_desk.nlp.charfold import fold
from rareearth_desk.nlp.gazetteer import Gazetteer, gazetteer_files, load_gazetteer

ENGINE_REVISION = "2"


@dataclass(frozen=True, order=True)
class Mention:
    start: int
    end: int
    text: str
    type: str
    value: float | None = None
    unit: str | None = None


# candidate: (start, end, type, priority, value, unit); higher priority wins ties
Candidate = tuple[int, int, str, int, float | None, str | None]
P_USER, P_GAZ, P_RULE, P_NAME, P_ECHO = 5, 4, 3, 2, 1

_CJK_RUN = re.compile(
    r"[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003134f·()A-Za-z0-9\-]*"
    r"[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003134f][\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003134f·()A-Za-z0-9\-]*"
)
_HEAD_OF = set("部局厅署处司")
_ECHO_SUFFIXES = ("Rare Earths", "Resources", "Mining", "Materials", "Minerals", "Metals",
                  "Group", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Holdings", "Limited",
                  "Energy", "Technologies")  # fmt: skip
_EN_COMMON_SURNAMEISH = {"The", "New", "South", "North", "West", "East", "General", "United"}


class Highlighter:
    """The entity engine over one loaded gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    # -- candidates --------------------------------------------------------------
    def _gazetteer_cjk(self, folded: str, out: list[Candidate]) -> None:
        cjk, lengths_by_first = self.gaz.cjk, self.gaz.cjk_lengths
        check = segment.is_loaded()
        for run in _CJK_RUN.finditer(folded):
            lo, hi = run.span()
            i = lo
            while i < hi:
                lengths = lengths_by_first.get(folded[i])
                if lengths:
                    relaxed = False
                    for n in lengths:
                        j = i + n
                        if j > hi:
                            continue
                        hit = cjk.get(folded[i:j])
                        if hit is None:
                            continue
                        if j < hi and folded[j] == "长" and folded[j - 1] in _HEAD_OF:
                            # 能源部长 is a title: no ministry in 美国能源部|长, but 美国 stays
                            relaxed = True
                            continue
                        if not self._edges_ok(folded, i, j, lo, hi, check and not relaxed):
                            if not (hit[0] == "GPE" and folded.startswith(("政府", "当局"), j)):
                                continue  # 日本政府 is one jieba word, yet 日本 is the GPE
                        out.append((i, j, hit[0], P_GAZ, None, None))
                        i = j - 1
                        break
                i += 1

    @staticmethod
    def _edges_ok(folded: str, i: int, j: int, lo: int, hi: int, check: bool) -> bool:
        if folded[i].isascii() and i > 0 and folded[i - 1].isalnum() and folded[i - 1].isascii():
            return False
        if (
            folded[j - 1].isascii()
            and j < len(folded)
            and folded[j].isascii()
            and folded[j].isalnum()
        ):
            return False
        return not (check and segment.splits_word(folded, i, j, lo, hi))

    def candidates(self, text: str) -> tuple[str, list[Candidate]]:
        folded = fold(text)
        out: list[Candidate] = []
        self._gazetteer_cjk(folded, out)
        for s, e, t in self.gaz.match_latin(folded):
            out.append((s, e, t, P_GAZ, None, None))
        for q in quantities.find_quantities(folded):
            out.append((q.start, q.end, "QUANTITY", P_RULE, q.value, q.unit))
        for s, e in dates.find_dates(folded):
            out.append((s, e, "DATE", P_RULE, None, None))
        known = [(c[0], c[1]) for c in out if c[3] == P_GAZ]
        known_set = _SpanIndex(len(folded), known)
        for s, e, t in names.english_names(folded, known_set.overlaps):
            out.append((s, e, t, P_NAME, None, None))
        for s, e, t in zh_names.chinese_names(folded):
            out.append((s, e, t, P_NAME, None, None))
        return folded, out

    def _type_of(self, term: str) -> str | None:
        hit = self.gaz.lookup(term)
        return hit[0] if hit else None

    # -- the whole pipeline ------------------------------------------------------
    def extract(self, text: str, rules: Sequence[Any] = ()) -> list[Mention]:
        if not text:
            return []
        folded, cands = self.candidates(text)
        size = len(text)
        chosen = resolve(cands, size)
        chosen = resolve(chosen + _echoes(folded, chosen), size)
        adjusted = extend.adjust(folded, chosen, self._type_of)
        taken = _SpanIndex(size, ((c[0], c[1]) for c in adjusted)).mask
        chosen = resolve(adjusted + extend.companies(folded, taken), size)
        mentions = [Mention(s, e, text[s:e], t, v, u) for s, e, t, _p, v, u in chosen if e > s]
        if rules:
            from rareearth_desk.nlp.corrections import apply_rules

            mentions = apply_rules(text, mentions, rules, folded=folded)
        return mentions


class _SpanIndex:
    def __init__(self, size: int, spans: Iterable[tuple[int, int]]) -> None:
        self.mask = bytearray(size + 1)
        for s, e in spans:
            self.mask[s:e] = b"\x01" * (e - s)

    def overlaps(self, s: int, e: int) -> bool:
        return self.mask.find(1, s, e) != -1


def resolve(cands: Iterable[Candidate], size: int) -> list[Candidate]:
    """Non-overlapping choice: longest first, then higher priority, then leftmost."""
    ordered = sorted(cands, key=lambda c: (-(c[1] - c[0]), -c[3], c[0]))
    taken = bytearray(size + 1)
    chosen: list[Candidate] = []
    for c in ordered:
        s, e = c[0], c[1]
        if s < 0 or e > size or s >= e or taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append(c)
    chosen.sort()
    return chosen


def _echoes(folded: str, chosen: list[Candidate]) -> list[Candidate]:
    """Later mentions of a name found once: 赖斯 after 梅格·赖斯, Peak after Peak Rare Earths."""
    short: dict[str, str] = {}
    for s, e, t, _p, _v, _u in chosen:
        frag = folded[s:e]
        if t == "PERSON":
            if "·" in frag:
                last = frag.rsplit("·", 1)[1]
                if len(last) >= 2:
                    short[last] = t
            elif " " in frag and frag.isascii():
                last = frag.split()[-1]
                if len(last) >= 3 and last[0].isupper() and last not in _EN_COMMON_SURNAMEISH:
                    short[last] = t
        elif t == "ORG" and frag.isascii() and " " in frag:
            for suffix in _ECHO_SUFFIXES:
                if frag.endswith(" " + suffix):
                    head = frag[: -len(suffix) - 1]
                    if len(head) >= 3 and head[0].isupper() and head not in _EN_COMMON_SURNAMEISH:
                        short[head] = t
                    break
    out: list[Candidate] = []
    for word, t in short.items():
        if word.isascii():
            rx = re.compile(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])")
        else:
            rx = re.compile(re.escape(word))
        for m in rx.finditer(folded):
            out.append((m.start(), m.end(), t, P_ECHO, None, None))
    return out


# -- the process-wide engine -----------------------------------------------------
_lock = threading.Lock()
_engine: Highlighter | None = None


def ensure_loaded() -> Highlighter:
    """Load the gazetteer and jieba once (thread-safe); call it off the GUI thread."""
    global _engine
    if _engine is not None:
        return _engine
    with _lock:
        if _engine is None:
            gaz = load_gazetteer()
            segment.ensure_loaded(gaz.user_words())
            _engine = Highlighter(gaz)
    return _engine


def is_loaded() -> bool:
    return _engine is not None


def highlighter() -> Highlighter:
    return ensure_loaded()


LONG_TEXT = 20_000  # characters; see ``extract``


def extract(text: str, rules: Sequence[Any] = ()) -> list[Mention]:
    """Mentions of ``text``, sorted and non-overlapping, with ``rules`` applied.

    A long text makes hundreds of thousands of short-lived objects, enough to set off
    full collections of Python's cycle collector (50-70 ms each, every thread stopped,
    the window frozen with them). Extraction makes no reference cycles, so the collector
    is paused while a long text is read; plain reference counting frees everything.
    """
    engine = highlighter()
    if len(text) < LONG_TEXT or not gc.isenabled():
        return engine.extract(text, rules)
    gc.disable()
    try:
        return engine.extract(text, rules)
    finally:
        gc.enable()


_version: str | None = None


def engine_version() -> str:
    """Digest of the engine's code, word lists and gazetteer (a key for cached mentions)."""
    global _version
    if _version is None:
        h = hashlib.sha1(ENGINE_REVISION.encode())
        files = sorted(paths.resource("nlp").glob("*")) + gazetteer_files()
        here = __import__("pathlib").Path(__file__).resolve().parent
        files += sorted(here.glob("*.py"))
        for f in files:
            if f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes())
        try:
            import jieba

            h.update(str(jieba.__version__).encode())
        except ImportError:  # pragma: no cover
            pass
        _version = h.hexdigest()[:16]
    return _version
