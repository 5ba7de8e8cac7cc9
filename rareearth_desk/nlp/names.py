"""Names beyond the gazetteer: English and Chinese-script people and organisations.

English: capitalised sequences with an organisation cue (… Inc, … Mining, Ministry of …),
a place cue (… Province, … mine), or a person cue (a title before, ``said`` after, a role
after a comma). Chinese script: transliterated foreign names joined by ``·``, a name
followed by its English form in brackets (梅格·赖斯(Meg Reiss)), and names that jieba
tags ``nr`` right after a title (部长, 首席执行官) or right before a speech verb (表示,
指出, 称), checked against a stop list (顾问, 远高于, 专家 are never names).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from rareearth_desk.nlp import lexicon

Cand = tuple[int, int, str]

_TOKEN = r"[A-Z][A-Za-z0-9'&\-]*(?:\.(?=[A-Z]))?[A-Za-z0-9'&\-]*\.?"
_CAP_SEQ = re.compile(
    rf"(?<![A-Za-z0-9'])(?:{_TOKEN})(?:(?:[ \t]+(?:of|for|de|&|and the|of the)[ \t]+|[ \t]+)(?:{_TOKEN}))*"
)
_ABBREV = {"Inc.", "Ltd.", "Corp.", "Co.", "Dr.", "Mr.", "Ms.", "Mrs.", "Sen.", "Rep.", "Gov.",
           "Prof.", "Gen.", "St.", "Jr.", "Sr.", "U.S.", "U.K.", "U.N.", "E.U."}  # fmt: skip
_SPEECH_AFTER = re.compile(
    r"^(?:,[^,.]{0,40},)?\s+(?:said|says|told|added|noted|wrote|argued|warned|explained|"
    r"stated|believes|thinks|estimated|predicted|pointed out|emphasised|emphasized|stressed)\b"
)
_ROLE_AFTER = re.compile(
    r"^,\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,3}(?:CEO|chief|president|minister|director|"
    r"analyst|founder|chairman|chairwoman|spokesperson|spokesman|spokeswoman|professor|"
    r"secretary|senator|head|managing|partner|economist|researcher|fellow|executive|adviser|advisor)\b"
)
_PLACE_GPE = {"Province", "State", "County", "Prefecture", "Oblast", "Territory", "Municipality"}
_PLACE_LOC = {"Region", "Basin", "River", "Mountains", "Mountain", "Island", "Islands", "Bay",
              "Sea", "Ocean", "Strait", "Valley", "Desert", "Peninsula", "Port", "Mine", "Deposit",
              "Lake", "Coast", "Plateau", "Field", "Hills"}  # fmt: skip
_LOC_AFTER = re.compile(r"^ (?:mine|deposit|project|mines|deposits|prospect)\b")
_ORG_HEADS = {"Ministry", "Department", "University", "Bank", "Institute", "Bureau", "Office",
              "Agency", "Commission", "Council", "Board", "Academy", "Federation", "Association",
              "Embassy", "Committee", "Court", "Chamber", "Society", "Center", "Centre",
              "College", "School"}  # fmt: skip
_ZH_ORG_BEFORE = re.compile(
    r"(?:公司|企业|集团|机构|平台|媒体|巨头|厂商|网站|智库|矿企|初创企业|矿商|银行|基金)$"
)
_ZH_ORG_AFTER = re.compile(r"^(?:公司|集团|创始人|首席执行官|旗下|董事长|总裁|股价|股份)")


@cache
def _titles() -> tuple[frozenset[str], int]:
    titles = lexicon.word_set("en_titles.txt")
    return titles, max(len(t.split()) for t in titles)


@cache
def _function_words() -> frozenset[str]:
    return frozenset(w for line in lexicon.lines("en_function.txt") for w in line.split())


@cache
def _given_names() -> frozenset[str]:
    return frozenset(w for line in lexicon.lines("en_given_names.txt") for w in line.split())


def _tokens(seq: str, base: int) -> list[tuple[int, int, str]]:
    out = []
    for m in re.finditer(r"\S+", seq):
        out.append((base + m.start(), base + m.end(), m.group()))
    return out


def _clean_token_end(tok: str) -> str:
    if tok.endswith("'s"):
        return tok[:-2]
    if tok.endswith(".") and tok not in _ABBREV and not re.fullmatch(r"(?:[A-Z]\.)+", tok):
        return tok[:-1]
    return tok


def english_names(text: str, is_known: Callable[[int, int], bool]) -> list[Cand]:
    """Candidates from capitalised sequences; ``is_known(s, e)`` tells gazetteer overlap."""
    titles, _ = _titles()
    common = lexicon.word_set("en_common.txt")
    cues = lexicon.word_set("en_org_cues.txt")
    out: list[Cand] = []
    for m in _CAP_SEQ.finditer(text):
        for toks in _groups(_tokens(m.group(), m.start())):
            cand = _classify(text, toks, titles, common, cues, is_known)
            if cand:
                out.append(cand)
    return out


def _groups(toks: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Split a capitalised run after possessives (Australia's | Peak Rare Earths)."""
    groups: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for i, (s, _e, w) in enumerate(toks):
        ends = (
            w.endswith(("'s", ",", ";", ":"))
            or i == len(toks) - 1
            or (w.endswith(".") and w not in _ABBREV and not re.fullmatch(r"(?:[A-Z]\.)+", w))
        )
        cleaned = _clean_token_end(w.rstrip(",;:")) if ends else w
        if cleaned:
            cur.append((s, s + len(cleaned), cleaned))
        if ends and cur:
            groups.append(cur)
            cur = []
    return groups


def _classify(
    text: str,
    toks: list[tuple[int, int, str]],
    titles: frozenset[str],
    common: frozenset[str],
    cues: frozenset[str],
    is_known: Callable[[int, int], bool],
) -> Cand | None:
    words = [t[2] for t in toks]
    # a title inside the sequence: the name is what follows the last title word
    for i in range(len(words) - 1, -1, -1):
        if words[i] in titles or (i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in titles):
            j = i + 1 if words[i] in titles else i + 2
            rest = toks[j:]
            if 1 <= len(rest) <= 3 and all(_namelike(w, common, cues) for _s, _e, w in rest):
                return rest[0][0], rest[-1][1], "PERSON"
            break
    function = _function_words()
    while toks and toks[0][2] in function:
        toks = toks[1:]
    # "Shares of Iluka Resources": an ordinary word and "of" before a name
    if (
        len(toks) >= 3
        and toks[1][2] == "of"
        and toks[0][2] not in _ORG_HEADS
        and toks[0][2] not in cues
    ):
        toks = toks[2:]
    if not toks:
        return None
    words = [t[2] for t in toks]
    start, end = toks[0][0], toks[-1][1]
    after = text[end : end + 60]
    before = text[max(0, start - 30) : start]
    if len(words) >= 2 and (words[-1] in cues or " ".join(words[-2:]) in cues):
        return start, end, "ORG"
    if len(words) >= 3 and words[0] in _ORG_HEADS and words[1] in ("of", "for"):
        return start, end, "ORG"
    # "Global Mining Association of China": a cue word, then of/for and a name
    for i in range(1, len(words) - 2):
        if words[i] in cues and words[i + 1] in ("of", "for") and words[0] not in ("of", "for"):
            return start, end, "ORG"
    if len(words) >= 2 and words[-1] in _PLACE_GPE:
        return start, end, "GPE"
    if len(words) >= 2 and words[-1] in _PLACE_LOC:
        return start, end, "LOC"
    if is_known(start, end):
        return None
    if _LOC_AFTER.match(after) and all(_namelike(w, common, cues) for w in words):
        mend = end + _LOC_AFTER.match(after).end()  # type: ignore[union-attr]
        return start, mend, "LOC"
    if _ZH_ORG_BEFORE.search(before) or _ZH_ORG_AFTER.match(after):
        if len(words) <= 4 and words[0][0].isupper():
            return start, end, "ORG"
    if 2 <= len(words) <= 3 and all(_namelike(w, common, cues) for w in words):
        prev = before.rstrip().split(" ")[-1] if before.strip() else ""
        if prev in titles or _ROLE_AFTER.match(after):
            return start, end, "PERSON"
        # "X Y said": a company can say things too, so a known given name is needed
        if words[0] in _given_names() and (
            _SPEECH_AFTER.match(after)
            or before.rstrip().endswith(("said", "says", "according to", "told"))
        ):
            return start, end, "PERSON"
    return None


def _namelike(word: str, common: frozenset[str], cues: frozenset[str]) -> bool:
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.replace("-", "").replace("'", "").replace(".", "").isalpha()
        and word not in common
        and word not in cues
    )
