"""Encodings, binary sniffing and dates."""

from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

import pytest

from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers import ImportFailure, read_paths
from rareearth_desk.io.importers.base import ReadError
from rareearth_desk.io.importers.dates import parse_date
from rareearth_desk.io.importers.detect import decode

SIMPLIFIED = "中国稀土集团表示，稀土出口管制将继续。\n商务部称，镓和锗的出口需要许可。"
TRADITIONAL = "中國稀土集團表示，稀土出口管制將繼續。\n商務部稱，鎵和鍺的出口需要許可。"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
        (SIMPLIFIED.encode("utf-16"), SIMPLIFIED),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED),
        (SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED),
        (SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED),
        ("Rare earth prices\nrose 5%.".encode("utf-16-le"), "Rare earth prices\nrose 5%."),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED),
        (TRADITIONAL.encode("big5"), TRADITIONAL),
        (TRADITIONAL.encode("gb18030"), TRADITIONAL),
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data).lstrip("\ufeff") == expected


@pytest.mark.parametrize("word", ["稀土", "中国", "國家", "臺灣", "钕铁硼", "稀土價格", "電話"])
def test_short_chinese_in_gb18030_and_big5(word: str) -> None:
    assert decode(word.encode("gb18030")) == word
    try:
        big5 = word.encode("big5")
    except UnicodeEncodeError:
        return
    assert decode(big5) == word


def test_western_single_byte_text() -> None:
    text = "The “rare earth” market — prices rose 5%, said Zoë Müller."
    assert decode(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04\x00\x00binary\x00\x00data" * 20, "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (SIMPLIFIED.encode("utf-8") + b"\xff\xfe\xfa" + SIMPLIFIED.encode("utf-8"), "UTF-8"),
        (bytes([0x81, 0x20, 0xFE, 0x21]) * 40, "undecodable"),
    ],
)
def test_refused_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as info:
        decode(data)
    assert reason in info.value.reason


def test_bad_utf8_reports_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("标题\n第一行\n".encode() + b"\xff\xff" + "第三行".encode())
    items = list(read_paths([path]))
    assert len(items) == 1 and isinstance(items[0], ImportFailure)
    assert items[0].line == 3
    assert items[0].path == str(path)


def test_gbk_file_imports(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(("稀土新闻\n" + SIMPLIFIED).encode("gbk"))
    [record] = list(read_paths([path]))
    assert isinstance(record, ArticleRecord)
    assert record.title == "稀土新闻" and record.text == SIMPLIFIED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-11-30 06:28", datetime(2025, 11, 30, 6, 28)),
        ("2025-11-30T06:28:15+08:00", datetime(2025, 11, 30, 6, 28, 15)),
        ("2025-11-30T06:28:00Z", datetime(2025, 11, 30, 6, 28)),
        ("2025/11/30", datetime(2025, 11, 30)),
        ("2025.11.30", datetime(2025, 11, 30)),
        ("2025年11月30日", datetime(2025, 11, 30)),
        ("2025年11月30日 06:28", datetime(2025, 11, 30, 6, 28)),
        ("2025年11月30日06时28分", datetime(2025, 11, 30, 6, 28)),
        ("Sun, 30 Nov 2025 06:28:00 +0800", datetime(2025, 11, 30, 6, 28)),
        ("30 November 2025", datetime(2025, 11, 30)),
        ("November 30, 2025", datetime(2025, 11, 30)),
        ("2025-13-40", None),
        ("next week", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: datetime | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_long_utf16_without_bom_with_astral_characters(encoding: str) -> None:
    # pairs of surrogates fall across the sniffing sample's end
    chinese = "稀土\U00020000价格上涨，供应链依赖问题仍然突出。" * 20000
    english = "Rare earth \U0001f600 prices.\n" * 5000
    assert decode(chinese.encode(encoding)) == chinese
    assert decode(english.encode(encoding)) == english
