"""Cell text safety: illegal characters, the cell limit, formula-like text, XML escaping."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from rareearth_desk.io.export_common import ExportError, parse_filter
from rareearth_desk.io.xlsx_safe import (
    CELL_LIMIT,
    cell_text,
    cut_to_limit,
    looks_like_formula,
    utf16_len,
    xml_attr,
    xml_text,
)
from rareearth_desk.io.xlsx_sheets import light, sheet_ref, wrapped_lines
from rareearth_desk.io.xlsx_stream import excel_serial
from rareearth_desk.io.xlsx_summary import all_months


def test_illegal_characters_removed_others_kept() -> None:
    assert cell_text("a\x00b\x01c\x0bd\x1fe\ufffef") == "abcdef"
    assert cell_text("tab\tnew\nline\rcr") == "tab\tnew\nline\rcr"
    assert cell_text("𠀀😀 outside the BMP") == "𠀀😀 outside the BMP"
    assert cell_text("lone \ud800 surrogate") == "lone  surrogate"


def test_short_text_unchanged_long_text_cut_with_mark() -> None:
    text = "x" * CELL_LIMIT
    assert cut_to_limit(text) is text
    long = "y" * 100_000
    cut = cut_to_limit(long)
    assert len(cut) <= CELL_LIMIT
    m = re.search(r"… \[cut: ([\d,]+) characters\]$", cut)
    assert m is not None
    kept = len(cut) - len(m.group(0))
    assert kept + int(m.group(1).replace(",", "")) == 100_000
    assert cut[:kept] == "y" * kept


def test_cut_counts_utf16_units_and_never_splits_a_pair() -> None:
    text = "😀" * 20_000  # 40,000 UTF-16 units
    cut = cut_to_limit(text)
    assert utf16_len(cut) <= CELL_LIMIT
    head = cut.split("…")[0]
    assert set(head) == {"😀"}
    assert cut.encode("utf-8")  # no lone surrogate left behind
    assert cut_to_limit("😀" * 16_000) == "😀" * 16_000


def test_formula_like_text() -> None:
    for text in ("=1+1", "+1", "-2", "@x", "\tx", "\rx"):
        assert looks_like_formula(text)
    for text in ("a=1", " =1", "稀土", "1"):
        assert not looks_like_formula(text)


def test_xml_escaping() -> None:
    assert xml_text("a<b & c>d\re") == "a&lt;b &amp; c&gt;d&#13;e"
    assert xml_text("plain 稀土") == "plain 稀土"
    assert xml_attr("'A \"B\"'!A1") == "'A &quot;B&quot;'!A1"


def test_sheet_refs_serials_months_colours_lines() -> None:
    assert sheet_ref("Articles", 12) == "Articles!A12"
    assert sheet_ref("Articles (2)", 3) == "'Articles (2)'!A3"
    assert excel_serial(datetime(2025, 1, 1, 12, 0)) == 45658.5
    assert excel_serial(date(1900, 3, 1)) == 61
    assert all_months({"2024-11", "2025-02"}) == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert light("#2e7d32") == "d1e2d2"
    assert light("bad") == "e9e9e9"
    assert wrapped_lines("short", 20) == 1
    assert wrapped_lines("one two three four five six seven eight nine ten", 12) == 5
    assert wrapped_lines("稀土" * 30, 21) == 6
    assert wrapped_lines("a\nb\nc", 20) == 3
    words = " ".join(["rare earth magnets"] * 40)
    assert wrapped_lines(words, 12) == 80  # "rare earth" | "magnets" on each pair of lines
    assert wrapped_lines(words, 12, limit=8) == 8  # counting stops at the cap
    assert wrapped_lines("稀土 出口 管制 " * 40, 12) == wrapped_lines(
        "稀土 出口 管制 " * 40, 12, 500
    )
    assert wrapped_lines("x\n" * 20, 12, limit=8) == 8


def test_parse_filter_words() -> None:
    from rareearth_desk.core.codebook import Codebook, DimensionView, LabelView

    def lab(i: int, dim: int, key: str, en: str, zh: str) -> LabelView:
        return LabelView(i, dim, key, zh, en, "", "#000000", "", i)

    cb = Codebook(
        [
            DimensionView(
                1,
                "stance",
                "立场",
                "Stance",
                "single",
                0,
                [lab(1, 1, "supportive", "Supportive", "支持")],
            ),
            DimensionView(
                2, "topic", "主题", "Topic", "multi", 1, [lab(2, 2, "mining", "Mining", "开采")]
            ),
        ]
    )
    flt = parse_filter(cb, stance="支持", topic="MINING", date_from="2025-01-01", annotator="li")
    assert (flt.stance, flt.topic, flt.date_from, flt.annotator) == (1, 2, date(2025, 1, 1), "li")
    assert parse_filter(cb).is_empty()
    for kwargs, message in [
        ({"stance": "mining"}, "--stance: unknown label"),
        ({"topic": "supportive"}, "--topic: unknown label"),
        ({"date_to": "yesterday"}, "--to: not a date"),
        ({"date_from": "2025-02-01", "date_to": "2025-01-01"}, "is before"),
        ({"status": "finished"}, "--status: unknown status"),
    ]:
        try:
            parse_filter(cb, **kwargs)
        except ExportError as exc:
            assert message in str(exc)
        else:
            raise AssertionError(f"no error for {kwargs}")


def test_plain_rows_write_the_same_xml_as_single_rows(tmp_path: Path) -> None:
    from rareearth_desk.io.xlsx_stream import StreamSheet

    rows = [
        [1, "稀土出口管制", "中国", "GPE", 3, None, ""],
        [1, "稀土出口管制", "=1+1", "ORG", 1, 2500.0, "USD"],
        [2, " spaced ", "-5%", "QUANTITY", 2, -0.05, "%"],
        [2, "bad\x01text", "@x", "PERSON", 1, 7, None],
        [3, "x" * 40_000, "Lynas", "ORG", 12, 1e21, "t"],
        [3, "", None, "", 0, 0.0, "吨"],
    ] * 3
    single = StreamSheet(tmp_path / "a.xml", [9] * 7, range(1, 8), [8] * 7)
    batch = StreamSheet(tmp_path / "b.xml", [9] * 7, range(1, 8), [8] * 7)
    for row in rows:
        single.append(row)
    batch.append_plain(rows[:5])
    batch.append_plain(rows[5:])
    for sheet in (single, batch):
        sheet.close()
    assert (tmp_path / "a.xml").read_text("utf-8") == (tmp_path / "b.xml").read_text("utf-8")
    assert single.cut == batch.cut == 3 and batch.rows == len(rows)
    with pytest.raises(TypeError):
        batch.append_plain([[datetime(2025, 1, 1)]])
