"""Adjustments after the first choice of mentions: suffixes, possessives, composed names.

* ORG + 公司/集团/有限公司 written right after it: 莱纳斯稀土 + 公司 → one ORG.
* GPE + 州/省/市/县 when jieba keeps the suffix apart: 卡拉干达 + 州 → one GPE.
* LOC + mine/deposit/project/矿/矿区/项目: Serra Verde + deposit → one LOC.
* "India's Ministry of Mines": the possessive country is a GPE of its own.
* A Chinese government body named after its country: 哈萨克斯坦 + 地质 + 委员会 → ORG,
  越南 + 国会 → ORG (but 日本政府 is the country: GPE).
* Words of a law's title are not entities (Critical Raw Materials Act).
* A company outside the gazetteer: proper-noun words + 公司/集团/股份有限公司.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rareearth_desk.nlp import segment

Candidate = tuple[int, int, str, int, float | None, str | None]

_ORG_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司|集团)")
_GPE_SUFFIX = re.compile(r"[州省市县]")
_LOC_SUFFIX = re.compile(r"(?: (?:mine|mines|deposit|deposits|project)\b|矿区|矿床|矿山|项目|矿)")
_GOV_SUFFIX = re.compile(r"(?:委员会|部|局|署|办公室|议会|监管局|管理局|委)")
_GOV_NEAR = re.compile(r"委员会|部|局|署|办公室|议会|委")
_NATIONAL_BODY = re.compile(r"(?:国会|议会|参议院|众议院|内阁|央行|中央银行|海关|总统府|国防军)")
_LAW = re.compile(r" (?:Act|Law|Bill)\b")
_POSSESSIVE = re.compile(r"^([A-Z][A-Za-z.\- ]+?)'s ")
_NOUNISH = ("n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "eng", "j", "vn", "an", "x")
_PROPER = ("nr", "nrt", "nrfg", "nt", "nz", "eng", "j")
_COMPANY_STOP = {
    "该",
    "这家",
    "一家",
    "公司",
    "集团",
    "企业",
    "我国",
    "本土",
    "国内",
    "外国",
    "中国",
    "美国",
}


def adjust(
    folded: str, chosen: list[Candidate], type_of: Callable[[str], str | None]
) -> list[Candidate]:
    """Extended, split or added candidates (the caller resolves overlaps again)."""
    out: list[Candidate] = []
    n = len(folded)
    for c in chosen:
        s, e, t = c[0], c[1], c[2]
        if _LAW.match(folded, e) and folded[s].isupper():
            continue  # a word of a law's title: Critical Raw Materials Act
        if t == "ORG":
            m = _ORG_SUFFIX.match(folded, e)
            if m and not folded[s:e].endswith(("公司", "集团")) and _ends_word(folded, s, m.end()):
                c = (s, m.end(), t, c[3], None, None)
            pm = _POSSESSIVE.match(folded[s:e])
            if pm and type_of(pm.group(1)) == "GPE":
                out.append((s, s + len(pm.group(1)), "GPE", c[3], None, None))
                c = (s + pm.end(), e, t, c[3], None, None)
        elif t == "GPE" and e < n:
            body = _NATIONAL_BODY.match(folded, e)
            m = _GPE_SUFFIX.match(folded, e)
            if body and _ends_word(folded, s, body.end()):
                c = (s, body.end(), "ORG", c[3], None, None)
            elif m and _ends_word(folded, s, m.end()):
                c = (s, m.end(), t, c[3], None, None)
            elif _GOV_NEAR.search(folded, e, min(n, e + 9)):
                gov = _government_body(folded, s, e)
                if gov:
                    out.append(gov)
        elif t == "LOC":
            m = _LOC_SUFFIX.match(folded, e)
            if m and (m.group().startswith(" ") or _ends_word(folded, s, m.end())):
                c = (s, m.end(), t, c[3], None, None)
        out.append(c)
    return out


def _ends_word(folded: str, s: int, e: int) -> bool:
    if not segment.is_loaded():
        return True
    hi = min(len(folded), e + 6)
    return not segment.splits_word(folded, s, e, max(0, s - 1), hi)


def _government_body(folded: str, s: int, e: int) -> Candidate | None:
    window = folded[e : e + 10]
    pos = e
    words = 0
    for word, tag, _start in segment.pos_cut(window):
        if word == "和" and words:
            pos += 1
            continue
        if _GOV_SUFFIX.fullmatch(word) or (
            words and _GOV_SUFFIX.search(word) and word.endswith(("部", "局", "委员会", "署"))
        ):
            end = pos + len(word)
            if words and _ends_word(folded, s, end):
                return (s, end, "ORG", 2, None, None)
            return None
        if not tag.startswith(("n", "vn")) or len(word) > 4 or words >= 3:
            return None
        pos += len(word)
        words += 1
    return None


def companies(folded: str, taken: bytearray) -> list[Candidate]:
    """Company names outside the gazetteer: proper-noun words before 公司/集团."""
    out: list[Candidate] = []
    if not segment.is_loaded():
        return out
    for m in _ORG_SUFFIX.finditer(folded):
        if taken.find(1, m.start(), m.end()) != -1:
            continue
        lo = max(0, m.start() - 10)
        tagged = segment.pos_cut(folded[lo : m.start()])
        start = m.start()
        proper = False
        for word, tag, wstart in reversed(tagged):
            if (
                word in _COMPANY_STOP
                or not tag.startswith(_NOUNISH)
                or taken.find(1, lo + wstart, lo + wstart + len(word)) != -1
            ):
                break
            start = lo + wstart
            if tag.startswith(_PROPER) or (tag == "x" and word.isalnum()):
                proper = True
        if proper and m.start() - start >= 2:
            out.append((start, m.end(), "ORG", 2, None, None))
    return out
