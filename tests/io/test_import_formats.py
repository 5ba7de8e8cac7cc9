"""Each file format into records: plain text, Markdown, HTML, Word, CSV, Excel, JSON Lines."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import docx
import openpyxl

from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers import ImportFailure, read_paths
from rareearth_desk.io.importers.base import Item


def _split(items: list[Item]) -> tuple[list[ArticleRecord], list[ImportFailure]]:
    records = [i for i in items if isinstance(i, ArticleRecord)]
    failures = [i for i in items if isinstance(i, ImportFailure)]
    return records, failures


def test_plain_text_and_markdown(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "\n\n  稀土价格上涨  \n\n氧化镨钕价格上涨5%。\n第二段。\n", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text(
        "# Lynas expands\n\nLynas said it will **expand**.\n", encoding="utf-8"
    )
    (tmp_path / "c.md").write_text(
        "---\ntitle: From front matter\ndate: 2025-03-04\nsource: Reuters\n---\n# Heading\nBody.\n",
        encoding="utf-8",
    )
    records, failures = _split(list(read_paths([tmp_path])))
    assert failures == []
    assert [r.title for r in records] == ["稀土价格上涨", "Lynas expands", "From front matter"]
    assert records[0].text == "氧化镨钕价格上涨5%。\n第二段。"
    assert records[1].text == "Lynas said it will **expand**."
    assert records[2].source == "Reuters" and records[2].published == datetime(2025, 3, 4)
    assert records[2].text == "Body."


HTML = """<!DOCTYPE html><html><head><meta charset="gbk">
<title>稀土价格上涨 - 示例新闻网</title>
<meta property="og:title" content="稀土价格上涨">
<meta property="og:site_name" content="示例新闻网">
<meta property="og:url" content="https://example.com/og">
<link rel="canonical" href="https://example.com/news/1">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-05-06T07:08:00+08:00"}</script>
</head><body><nav>首页 | 国际</nav><h1>稀土价格上涨</h1>
<div class="content"><p>氧化镨钕价格本周上涨百分之五，贸易商表示需求强劲。</p>
<p>中国控制着全球约九成的稀土精炼产能。</p></div><footer>版权所有</footer></body></html>"""


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(HTML.encode("gbk"))
    [record] = list(read_paths([path]))
    assert isinstance(record, ArticleRecord)
    assert record.title == "稀土价格上涨"
    assert record.source == "示例新闻网"
    assert record.url == "https://example.com/news/1"
    assert record.published == datetime(2025, 5, 6, 7, 8)
    assert "氧化镨钕价格本周上涨百分之五" in record.text
    assert "中国控制着全球约九成" in record.text
    assert "版权所有" not in record.text and "首页" not in record.text


def test_html_meta_date_and_article_element(tmp_path: Path) -> None:
    page = (
        "<html><head><title>T</title>"
        '<meta property="article:published_time" content="2025-01-02T03:04:05Z"></head>'
        "<body><article><h1>T</h1><p>First paragraph of text.</p><ul><li>one</li></ul>"
        '<time datetime="2020-01-01">old</time></article></body></html>'
    )
    path = tmp_path / "p.htm"
    path.write_text(page, encoding="utf-8")
    [record] = list(read_paths([path]))
    assert isinstance(record, ArticleRecord)
    assert record.published == datetime(2025, 1, 2, 3, 4, 5)
    assert record.text.splitlines()[:2] == ["First paragraph of text.", "one"]


def test_docx_paragraphs_tables_and_title(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("稀土出口管制", level=1)
    document.add_paragraph("商务部宣布新的管制措施。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "元素"
    table.cell(0, 1).text = "管制"
    table.cell(1, 0).text = "镝"
    table.cell(1, 1).text = "是"
    document.add_paragraph("最后一段。")
    document.save(str(tmp_path / "a.docx"))
    untitled = docx.Document()
    untitled.core_properties.title = "From properties"
    untitled.add_paragraph("Only a paragraph.")
    untitled.save(str(tmp_path / "b.docx"))
    records, failures = _split(list(read_paths([tmp_path])))
    assert failures == []
    assert records[0].title == "稀土出口管制"
    assert records[0].text == "商务部宣布新的管制措施。\n元素\t管制\n镝\t是\n最后一段。"
    assert records[1].title == "From properties"
    assert records[1].text == "Only a paragraph."


def test_csv_chinese_headers_semicolons_gbk(tmp_path: Path) -> None:
    rows = [
        " 标题 ;正文;来源;发布时间;链接",
        "稀土;中国稀土出口下降。;新华社;2025年11月30日;https://x/1",
        '多行;"第一行\n第二行";路透;2025/1/2;',
    ]
    path = tmp_path / "a.csv"
    path.write_bytes("\n".join(rows).encode("gbk"))
    records, failures = _split(list(read_paths([path])))
    assert failures == []
    assert [r.title for r in records] == ["稀土", "多行"]
    assert records[0].source == "新华社" and records[0].url == "https://x/1"
    assert records[0].published == datetime(2025, 11, 30)
    assert records[1].text == "第一行\n第二行"
    assert [r.origin for r in records] == [f"{path}:2", f"{path}:3"]


def test_csv_english_headers_any_case_and_mapping(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text(
        "Headline,Body Text,Outlet,PUBLISHED\nT,some text,Src,2025-01-02\n", encoding="utf-8"
    )
    records, failures = _split(list(read_paths([path])))
    assert records == [] and len(failures) == 1
    assert "Body Text" in failures[0].reason and "no text column" in failures[0].reason
    from rareearth_desk.io.importers.files import read_file

    records, failures = _split(list(read_file(path, {"text": "body text"})))
    assert failures == []
    assert records[0].text == "some text" and records[0].title == "T"
    assert records[0].source == "Src" and records[0].published == datetime(2025, 1, 2)


def test_xlsx_rows(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Title", "Content", "Date", "Source"])
    sheet.append(["A", "Text A", datetime(2025, 1, 2, 3, 4), "S"])
    sheet.append(["B", None, None, None])
    sheet.append([None, "第一行\n第二行", "2025年3月4日", None])
    notes = workbook.create_sheet("notes")
    notes.append(["comment"])
    notes.append(["ignored: the other sheet has articles"])
    workbook.save(tmp_path / "a.xlsx")
    records, failures = _split(list(read_paths([tmp_path / "a.xlsx"])))
    assert [r.title for r in records] == ["A", "第一行"]
    assert records[0].published == datetime(2025, 1, 2, 3, 4)
    assert records[1].published == datetime(2025, 3, 4)
    assert len(failures) == 1 and failures[0].line == 3 and "no text" in failures[0].reason


def test_xlsx_without_text_column_names_columns(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["id", "标题", "来源"])
    workbook.active.append([1, "t", "s"])
    workbook.save(tmp_path / "b.xlsx")
    [failure] = list(read_paths([tmp_path / "b.xlsx"]))
    assert isinstance(failure, ImportFailure)
    assert failure.path == str(tmp_path / "b.xlsx")
    assert "no text column" in failure.reason and "标题" in failure.reason


def test_jsonl_with_claims_and_broken_line(tmp_path: Path) -> None:
    text = "中国稀土集团表示，\U0001f600产量将增长10%。"
    good = {
        "title": "T",
        "text": text,
        "source": "S",
        "published": "2025-01-02 03:04",
        "url": "https://x",
        "lang": "zh",
        "collection": "C",
        "excerpt": True,
        "status": "started",
        "claims": [
            {"start": 9, "end": 18, "stance": "支持", "topics": ["价格与市场", "Prices & markets"],
             "note": "n", "annotator": "ann", "created": "2025-01-03T00:00:00"}
        ],
    }  # fmt: skip
    lines = [
        json.dumps(good, ensure_ascii=False),
        "{broken",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "abc", "claims": [{"start": 2, "end": 9}]}),
        "",
        json.dumps({"text": "Second good one", "date": "2025/05/06"}),
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, failures = _split(list(read_paths([path])))
    assert [f.line for f in failures] == [2, 3, 4, 5]
    assert all(f.path == str(path) for f in failures)
    assert "not valid JSON" in failures[0].reason
    assert "outside the text" in failures[3].reason
    first, second = records
    assert first.text == text  # unchanged, emoji and all
    assert first.excerpt is True and first.status == "started" and first.lang == "zh"
    assert first.published == datetime(2025, 1, 2, 3, 4)
    [claim] = first.claims
    assert text[claim.start : claim.end] == "\U0001f600产量将增长10%"
    assert claim.stance == "支持" and claim.topics == ["价格与市场", "Prices & markets"]
    assert claim.created == datetime(2025, 1, 3)
    assert second.title == "Second good one" and second.origin == f"{path}:7"


def test_jsonl_claim_quote_must_match(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    rows = [
        {"text": "abcdef", "claims": [{"start": 1, "end": 3, "quote": "bc"}]},
        {"text": "abcdefg", "claims": [{"start": 1, "end": 3, "quote": "xy"}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    records, failures = _split(list(read_paths([path])))
    assert [r.text for r in records] == ["abcdef"]
    assert failures[0].line == 2 and "quote does not match" in failures[0].reason


def test_csv_delimiter_comes_from_the_header(tmp_path: Path) -> None:
    (tmp_path / "one.csv").write_text(
        'text\n"Prices rose, traders said; supply is tight."\n', encoding="utf-8"
    )
    (tmp_path / "tabs.tsv").write_text("title\ttext\nT\tA, B; C | D\n", encoding="utf-8")
    records, failures = _split(list(read_paths([tmp_path])))
    assert failures == []
    assert [r.text for r in records] == [
        "Prices rose, traders said; supply is tight.",
        "A, B; C | D",
    ]


def test_xhtml_with_xml_declaration(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>镓出口</title></head><body><main><p>镓的出口需要许可证。</p></main></body></html>"
    )
    path = tmp_path / "a.xhtml"
    path.write_text(page, encoding="utf-8")
    [record] = list(read_paths([path]))
    assert isinstance(record, ArticleRecord)
    assert (record.title, record.text) == ("镓出口", "镓的出口需要许可证。")
