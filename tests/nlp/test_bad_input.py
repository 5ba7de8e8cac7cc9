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


def test_five_megabytes() -> None:
    text = (SAMPLE * (5_000_000 // len(SAMPLE)))[:5_000_000]
    mentions = extract(text)
    assert len(mentions) > 10_000
    assert all(text[m.start : m.end] == m.text for m in mentions[:: max(1, len(mentions) // 500)])


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
