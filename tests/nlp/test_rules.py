"""Quantities, dates, sentences, word snapping and UTF-16 offsets."""

from __future__ import annotations

import pytest

from rareearth_desk.nlp.charfold import fold
from rareearth_desk.nlp.dates import find_dates
from rareearth_desk.nlp.offsets import Utf16Map
from rareearth_desk.nlp.quantities import find_quantities
from rareearth_desk.nlp.sentences import sentence_spans, snap_to_words, suggest_claims


def quantities(text: str) -> list[tuple[str, float | None, str | None]]:
    f = fold(text)
    return [(text[q.start : q.end], q.value, q.unit) for q in find_quantities(f)]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("控制着全球90%以上的稀土", "90%", 90, "%"),
        ("with 91.62% of global production", "91.62%", 91.62, "%"),
        ("约占全国配额的7成", "7成", 70, "%"),
        ("预计需要至少2500亿美元的投入", "2500亿美元", 2.5e11, "USD"),
        ("价值85亿美元的关键矿产协议", "85亿美元", 8.5e9, "USD"),
        ("investing over 700 billion rubles (approx", "700 billion rubles", 7e11, "RUB"),
        ("约63亿元人民币", "63亿元人民币", 6.3e9, "CNY"),
        ("from 50,000 tons by 2030", "50,000 tons", 5e4, "t"),
        ("每年進口約2800萬噸", "2800萬噸", 2.8e7, "t"),
        ("the ₹7,280 crore scheme", "₹7,280 crore", 7.28e10, "INR"),
        ("raised $35m in a round", "$35m", 3.5e7, "USD"),
        ("a US$1.2bn loan", "US$1.2bn", 1.2e9, "USD"),
        ("从0.01万吨增至", "0.01万吨", 100, "t"),
        ("worth 500 billion rupees", "500 billion rupees", 5e11, "INR"),
        ("莫迪押注40亿突围", "40亿", 4e9, None),
        ("creating 3,500 jobs, which", "3,500 jobs", 3500, "jobs"),
        ("产量2-3万吨", "2-3万吨", 2e4, "t"),
        ("十五种关键矿产", "十五种", 15, "种"),
        ("两千吨稀土", "两千吨", 2000, "t"),
        ("在15种关键矿产上", "15种", 15, "种"),
        ("百分之九十的份额", "百分之九十", 90, "%"),
        ("降低五成", "五成", 50, "%"),
        ("a floor price of $110 per kilogram for", "$110 per kilogram", 110, "USD/kg"),
        ("价格为60美元/公斤", "60美元/公斤", 60, "USD/kg"),
        ("0.01 million tons in 2024", "0.01 million tons", 1e4, "t"),
        ("an A$1.65 billion loan", "A$1.65 billion", 1.65e9, "AUD"),
        ("1,200 tonnes of NdPr", "1,200 tonnes", 1200, "t"),
        ("produce two million tonnes a year", "two million tonnes", 2e6, "t"),
        ("Twenty-five percent of supply", "Twenty-five percent", 25, "%"),
        ("about a hundred tons", "a hundred tons", 100, "t"),
        ("Prices Jumped 12 Percent", "12 Percent", 12, "%"),
        ("raised $35M", "$35M", 3.5e7, "USD"),
        ("产量5万多吨", "5万多吨", 5e4, "t"),
        ("投资3000多亿美元", "3000多亿美元", 3e11, "USD"),
        ("10余家企业", "10余家", 10, "家"),
        ("降幅10%-15%", "10%-15%", 10, "%"),
        ("水深6000米", "6000米", 6000, "m"),
    ],
)
def test_quantity_values(text: str, span: str, value: float, unit: str | None) -> None:
    found = quantities(text)
    assert found, text
    got = found[0]
    assert got[0] == span
    assert got[1] == pytest.approx(value)
    assert got[2] == unit


@pytest.mark.parametrize(
    "text",
    [
        "三个主要障碍",
        "COVID-19 cases",
        "the G7 summit",
        "数十家企业",
        "第十五种",
        "统一种类",
        "a 35m tall",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美媒11月29日刊文", ["11月29日"]),
        ("2025年10月20日,特朗普", ["2025年10月20日"]),
        ("预计2026年投产", ["2026年"]),
        ("商务部29日表示", ["29日"]),
        ("to 50,000 tons by 2030, with", ["2030"]),
        ("Guan Cha Zhe Wang· 2025-11-30 06:28", ["2025-11-30"]),
        ("on October 20, 2025 the", ["October 20, 2025"]),
        ("on 20 October 2025 the", ["20 October 2025"]),
        ("increased by 21% in August", ["August"]),
        ("2024年至2030年", ["2024年", "2030年"]),
        ("2026年底前", ["2026年"]),
        ("1-10月我国稀土出口", ["1-10月"]),
        ("在2027年度前", ["2027年度"]),
        ("今年和去年,一年后", []),
        ("a 13-year agreement and 14 days", []),
        ("2,900 tons", []),
    ],
)
def test_dates(text: str, expected: list[str]) -> None:
    spans = sorted(set(find_dates(fold(text))))
    # keep the longest of overlapping spans, as the engine does
    kept: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: x[0] - x[1]):
        if all(e <= a or s >= b for a, b in kept):
            kept.append((s, e))
    assert [text[s:e] for s, e in sorted(kept)] == expected


def test_sentences_chinese_and_english() -> None:
    text = (
        "The U.S. Department said prices rose 3.5% in 2024. Dr. Smith of Lynas Inc. disagreed! "
        "What next? 中国控制着全球90%以上的稀土。“现在,中国正在展示实力,”文章写道。专家指出:美国将难以摆脱!"
    )
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "The U.S. Department said prices rose 3.5% in 2024.",
        "Dr. Smith of Lynas Inc. disagreed!",
        "What next?",
        "中国控制着全球90%以上的稀土。",
        "“现在,中国正在展示实力,”文章写道。",
        "专家指出:美国将难以摆脱!",
    ]
    reasons = {text[s.start : s.end][:6]: s.reason for s in suggest_claims(text)}
    assert "number" in reasons["The U."]
    assert "attribution" in reasons["“现在,中国"]
    assert "prediction" in reasons["专家指出:美"]
    assert "What n" not in reasons


def test_snap_to_words() -> None:
    from rareearth_desk.nlp.entities import ensure_loaded

    ensure_loaded()
    text = "rare earths market 中国稀土集团表示"
    assert snap_to_words(text, 2, 8) == (0, 11)
    assert snap_to_words(text, 11, 13) == (12, 18)
    s, e = snap_to_words(text, 21, 23)
    assert text[s:e] in ("中国稀土集团", "稀土集团")
    assert snap_to_words("", 0, 5) == (0, 0)


@pytest.mark.parametrize("text", ["a😀b𠀀c", "😀😀", "", "abc", "𠀀稀土𠀁", "中国🇨🇳 rare earth"])
def test_utf16_map_round_trip(text: str) -> None:
    m = Utf16Map(text)
    for cp in range(len(text) + 1):
        u16 = len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_utf16(cp) == u16
        assert m.to_cp(u16) == cp
    assert m.length_utf16 == len(text.encode("utf-16-le")) // 2


def test_utf16_inside_a_pair_maps_to_its_start() -> None:
    m = Utf16Map("a😀b")
    assert m.to_cp(2) == 1  # between the two halves of 😀
    assert m.to_cp(99) == 3 and m.to_utf16(-5) == 0


def test_sentences_of_a_structured_summary() -> None:
    text = (
        "Core Insights - The rush is driven by China [1][3] - Peak failed [3][5] "
        "Industry Overview - Prices rose 3.5% in 2024 [3]. The U.S. said so."
    )
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "Core Insights",
        "The rush is driven by China [1][3]",
        "Peak failed [3][5]",
        "Industry Overview",
        "Prices rose 3.5% in 2024 [3].",
        "The U.S. said so.",
    ]
