"""Small text helpers shared by importers, store and exports: language, normalised hash."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Counting on UTF-8 bytes keeps language detection in C: a Chinese character starts with
# a lead byte 0xE3-0xE9 (U+3000-U+9FFF) or 0xF0 (the supplementary ideographs).
_KEEP_CJK_LEADS = bytes(b for b in range(256) if not (0xE3 <= b <= 0xE9 or b == 0xF0))
_KEEP_LATIN = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))


# Full-width ASCII and the ideographic space: the only NFKC changes in most Chinese news,
# mapped directly so that the slower full normalisation runs only when something else needs it.
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_WIDE = re.compile("[\uff01-\uff5e\u3000]")


def normalise(text: str) -> str:
    """Text reduced for duplicate detection: NFKC, case-folded, whitespace removed."""
    # the few distinct wide characters replaced one by one: str.translate walks every
    # character through a Python mapping and costs more than the rest of an import's hashing
    for ch in set(_WIDE.findall(text)):
        text = text.replace(ch, chr(_FULLWIDTH[ord(ch)]))
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return "".join(text.split()).casefold()


def content_hash(text: str) -> str:
    """Identity of an article's text: equal for texts that differ only in spacing, width or case."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()


def detect_lang(text: str) -> str:
    """"zh", "en" or "mixed" from the share of Chinese characters and Latin letters."""
    sample = text[:20000].encode("utf-8", "surrogatepass")
    cjk = len(sample.translate(None, _KEEP_CJK_LEADS))
    latin = len(sample.translate(None, _KEEP_LATIN))
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
