"""Bad input never crashes the highlighter and the offset contract always holds."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rareearth_desk.nlp.entities import extract
from rareearth_desk.nlp.sentences import sentence_spans, snap_to_words, suggest_claims

SAMPLE = "中國稀土集團稱,美国90%的稀土 Lynas Rare Earths said $35m 2025年10月20日 😀𠀀 "


def check(text: str) -> None:
    mentions = extract(text)
    last_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end
        last_end = m.end
    for s, e in sentence_spans(text):
        assert 0 <= s < e <= len(text)


def test_empty_and_junk() -> None:
    assert extract("") == []
    check("\x00\x01\x02\ufffd\ud7ff\x7f" * 50)
    rnd = random.Random(4)
    check("".join(chr(rnd.randrange(0, 0x2FFFF)) for _ in range(5000)).replace("\ud800", ""))
    check("\u202e\u200b\u200d" + SAMPLE + "\t\r\n\x0b\x0c")
    huge = extract("9" * 400 + "% 和 " + "9" * 400 + "万吨")
    assert [m.type for m in huge] == ["QUANTITY", "QUANTITY"]
    assert all(m.value is None for m in huge)


def test_five_megabytes() -> None:
    # one 5 MB block: long runs without a break (Chinese, Latin, digits) and real sentences
    block = "的" * 30_000 + "a" * 30_000 + "9" * 30_000 + " x" * 4_000 + SAMPLE
    text = (block * (5_000_000 // len(block) + 1))[:5_000_000]
    mentions = extract(text)
    assert len(mentions) >= 5_000_000 // len(block) * 5
    assert all(text[m.start : m.end] == m.text for m in mentions)


_alphabet = st.sampled_from(
    list("中國稀土集团美国澳大利亚·%$0123456789,. 亿万吨年月日ABCabc\n😀𠀀()（）-")
    + ["Rare Earths", "Lynas", "特朗普", "said", "2025"]
)


@settings(
    max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(_alphabet, max_size=60).map("".join))
def test_offset_contract_property(text: str) -> None:
    check(text)
    for s in suggest_claims(text):
        assert 0 <= s.start < s.end <= len(text)


@settings(max_examples=60, deadline=None, database=None)
@given(st.text(max_size=200))
def test_any_unicode(text: str) -> None:
    check(text)
    a, b = snap_to_words(text, 1, 5)
    assert 0 <= a <= b <= len(text)
