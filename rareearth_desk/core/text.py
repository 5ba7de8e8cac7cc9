"""Small text helpers shared by importers, store and exports: language, normalised hash."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN = re.compile(r"[A-Za-z]")


def normalise(text: str) -> str:
    """Text reduced for duplicate detection: NFKC, case-folded, whitespace removed."""
    return _WS.sub("", unicodedata.normalize("NFKC", text)).casefold()


def content_hash(text: str) -> str:
    """Identity of an article's text: equal for texts that differ only in spacing, width or case."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()


def detect_lang(text: str) -> str:
    """"zh", "en" or "mixed" from the share of Chinese characters and Latin letters."""
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    # a Chinese character carries about as much as a 4-letter English word
    weight_zh, weight_en = cjk * 4, latin
    total = weight_zh + weight_en
    if total == 0:
        return "en"
    share = weight_zh / total
    if share >= 0.8:
        return "zh"
    if share <= 0.2:
        return "en"
    return "mixed"
