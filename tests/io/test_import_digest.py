"""The digest format: the real file, lenient variants, sniffing and pasted text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers import ImportFailure, read_paths, read_text
from rareearth_desk.io.importers.digest import is_digest

TITLES = [
    "美媒:想要跟中国竞争稀土,我们得搞定官僚习气",
    "澳洲稀土供应商正式表态,美媒:西方“稀土替代”破灭,认命吧",
    "特朗普称一年后美国稀土将多如牛毛",
    "普京深知稀土管制威力,他明白俄罗斯不能受制于人,稀土必须自主",
    "G7密谋对中国出口加税,设定稀土价格下限,废掉中国稀土这张王牌",
    "印度稀土豪赌14天!青岛急会中俄,莫迪押注40亿突围?",
]
SOURCES = ["Guan Cha Zhe Wang"] + ["Sou Hu Cai Jing"] * 5
TIMES = [
    datetime(2025, 11, 30, 6, 28),
    datetime(2025, 11, 26, 22, 30),
    datetime(2025, 11, 4, 11, 8),
    datetime(2025, 10, 27, 6, 17),
    datetime(2025, 9, 29, 4, 43),
    datetime(2025, 6, 27, 20, 31),
]
EXCERPTS = [True, False, True, False, False, False]

SMALL = (
    "Workflow\n稀土自主化\nicon\nSearch documents\n"
    "标题一\nSource A· 2025-01-02 03:04\n正文一。第二句 ...\n"
    "Title two\nSource B· 2025-02-03 04:05\nCore Insights - point one [1] - point two [2]\n"
)


def _records(items: list[ArticleRecord | ImportFailure]) -> list[ArticleRecord]:
    assert all(isinstance(i, ArticleRecord) for i in items), items
    return [i for i in items if isinstance(i, ArticleRecord)]


def test_real_digest_gives_six_exact_articles(digest_path: Path) -> None:
    records = _records(list(read_paths([digest_path])))
    assert [r.title for r in records] == TITLES
    assert [r.source for r in records] == SOURCES
    assert [r.published for r in records] == TIMES
    assert [r.excerpt for r in records] == EXCERPTS
    assert {r.collection for r in records} == {"稀土自主化"}
    assert records[0].text.startswith("美媒《华盛顿邮报》11月29日刊文声称")
    assert records[0].text.endswith("就能左右美国重建、维修 ...")
    assert records[1].text.startswith("Core Insights - The global rush")
    assert records[5].text.endswith("control over the entire rare earth supply chain [7]")
    assert records[2].origin == f"{digest_path}:11"


def test_digest_text_is_one_body_line_each(digest_path: Path) -> None:
    records = _records(list(read_paths([digest_path])))
    assert all("\n" not in r.text for r in records)
    lines = digest_path.read_text(encoding="utf-8").splitlines()
    assert [r.text for r in records] == [lines[i].strip() for i in (6, 9, 12, 15, 18, 21)]


def test_lenient_digest_crlf_blank_lines_trailing_spaces(tmp_path: Path) -> None:
    messy = "\r\n\r\n".join(line + "  " for line in SMALL.splitlines()) + "\r\n"
    path = tmp_path / "messy.txt"
    path.write_bytes(messy.encode("utf-8-sig"))
    records = _records(list(read_paths([path])))
    assert [r.title for r in records] == ["标题一", "Title two"]
    assert [r.source for r in records] == ["Source A", "Source B"]
    assert records[0].text == "正文一。第二句 ..."
    assert records[0].excerpt is True and records[1].excerpt is False
    assert records[1].published == datetime(2025, 2, 3, 4, 5)
    assert {r.collection for r in records} == {"稀土自主化"}


def test_digest_without_header_and_with_another_extension(tmp_path: Path) -> None:
    body = SMALL.split("Search documents\n", 1)[1]
    path = tmp_path / "notes.md"
    path.write_text(body, encoding="utf-8")
    records = _records(list(read_paths([path])))
    assert [r.title for r in records] == ["标题一", "Title two"]
    assert {r.collection for r in records} == {""}


def test_digest_record_without_body_fails_alone(tmp_path: Path) -> None:
    text = SMALL.replace("正文一。第二句 ...\n", "")
    path = tmp_path / "d.txt"
    path.write_text(text, encoding="utf-8")
    items = list(read_paths([path]))
    failures = [i for i in items if isinstance(i, ImportFailure)]
    records = [i for i in items if isinstance(i, ArticleRecord)]
    assert [r.title for r in records] == ["Title two"]
    assert len(failures) == 1 and failures[0].line == 5 and "no text" in failures[0].reason


def test_multi_line_body_is_joined(tmp_path: Path) -> None:
    text = SMALL.replace("正文一。第二句 ...\n", "第一段。\n\n第二段。\n")
    records = _records(read_text(text))
    assert records[0].text == "第一段。\n第二段。"
    assert records[0].excerpt is False


def test_pasted_digest_is_split(digest_path: Path) -> None:
    records = _records(read_text(digest_path.read_text(encoding="utf-8")))
    assert [r.title for r in records] == TITLES
    assert all(r.origin.startswith("clipboard:") for r in records)


def test_pasted_plain_text_is_one_article() -> None:
    records = _records(read_text("稀土出口管制\n\n商务部宣布对镓、锗实施出口管制。\n第二行。"))
    assert len(records) == 1
    assert records[0].title == "稀土出口管制"
    assert records[0].text == "商务部宣布对镓、锗实施出口管制。\n第二行。"


def test_pasted_empty_text_fails() -> None:
    items = read_text("  \n ")
    assert len(items) == 1 and isinstance(items[0], ImportFailure)


def test_sniffing() -> None:
    assert is_digest(SMALL)
    assert not is_digest("A title\nSome text · with a dot\nmore text")
    assert is_digest("T\nXinhua· 2025-01-01 10:00\nbody")


def test_digest_with_unknown_extension_named_directly(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text(SMALL, encoding="utf-8")
    records = _records(list(read_paths([path])))
    assert [r.title for r in records] == ["标题一", "Title two"]
    # inside a folder an unknown type is skipped, not sniffed
    assert list(read_paths([tmp_path])) == []
    other = tmp_path / "notes.dat"
    other.write_text("just some notes\nmore notes", encoding="utf-8")
    [failure] = list(read_paths([other]))
    assert isinstance(failure, ImportFailure) and "unsupported file type '.dat'" in failure.reason
