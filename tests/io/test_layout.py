"""Display structure of article texts: headings, bullets, paragraphs, citation marks."""

from __future__ import annotations

from pathlib import Path

from rareearth_desk.core.layout import BULLET, HEADING, PARA, Block, blocks, citation_spans
from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers import read_paths


def _shown(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in blocks(text)]


def _digest(path: Path) -> list[ArticleRecord]:
    return [r for r in read_paths([path]) if isinstance(r, ArticleRecord)]


def test_english_summary_headings_and_bullets(digest_path: Path) -> None:
    text = _digest(digest_path)[1].text
    shown = _shown(text)
    headings = [t for kind, t in shown if kind == HEADING]
    assert headings == [
        "Core Insights",
        "Industry Overview",
        "Market Dynamics",
        "Strategic Implications",
    ]
    assert [kind for kind, _ in shown].count(BULLET) == 12
    assert shown[1] == (
        BULLET,
        "The global rush for rare earth mining resources is driven by the desire to establish "
        "a supply chain independent of China, but recent acquisitions show that China continues "
        "to dominate this sector [1][3][4]",
    )
    assert shown[-1][1].endswith("for the foreseeable future [11][12]")


def test_grouped_summary_with_colon_headings(digest_path: Path) -> None:
    records = _digest(digest_path)
    headings = [t for kind, t in _shown(records[3].text) if kind == HEADING]
    assert headings == [
        "Core Viewpoint",
        "Group 1: Industry Development",
        "Group 2: Strategic Importance",
        "Group 3: Challenges and Responses",
    ]
    assert [t for kind, t in _shown(records[4].text) if kind == HEADING] == [
        "Group 1",
        "Group 2",
        "Group 3",
    ]
    assert [t for kind, t in _shown(records[5].text) if kind == HEADING] == ["Group 1", "Group 2"]


def test_chinese_body_becomes_paragraphs(digest_path: Path) -> None:
    records = _digest(digest_path)
    shown = _shown(records[0].text)
    assert all(kind == PARA for kind, _ in shown)
    assert len(shown) == 7
    assert shown[0][1].endswith("尽快实现稀土自给自足。")
    assert shown[1][1].startswith("文章作者是美国前参议员")
    # a space left by line wrapping inside a paragraph does not split it
    assert "美国的官僚习气 所成就的" in shown[0][1]
    third = _shown(records[2].text)
    assert (HEADING, "美澳合作的局限性") in third
    assert third[third.index((HEADING, "美澳合作的局限性")) + 1][1].startswith("2025年10月20日")


def test_blocks_are_ranges_of_the_unchanged_text(digest_path: Path) -> None:
    for record in _digest(digest_path):
        found = blocks(record.text)
        assert found, record.title
        assert all(0 <= b.start < b.end <= len(record.text) for b in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
        for b in found:
            piece = record.text[b.start : b.end]
            assert piece == piece.strip() and " - " not in piece[:3]


def test_offsets_count_code_points() -> None:
    text = "\U00020000标题 - x\nCore Insights - 第一点 [1] - 𠀀second point [2][3]"
    found = blocks(text)
    assert [(b.kind, text[b.start : b.end]) for b in found] == [
        (PARA, "\U00020000标题 - x"),
        (HEADING, "Core Insights"),
        (BULLET, "第一点 [1]"),
        (BULLET, "𠀀second point [2][3]"),
    ]
    assert found[1] == Block(HEADING, 8, 21)  # one code point for U+20000


def test_plain_lines_markdown_marks() -> None:
    text = "# Title\n\nIntro paragraph.\n- first\n* second\n1. third\nA closing line."
    assert _shown(text) == [
        (HEADING, "Title"),
        (PARA, "Intro paragraph."),
        (BULLET, "first"),
        (BULLET, "second"),
        (BULLET, "third"),
        (PARA, "A closing line."),
    ]


def test_english_prose_with_dashes_is_not_a_summary() -> None:
    text = "Prices rose - a lot - this week, traders said. Supply is tight."
    assert _shown(text) == [(PARA, text)]


def test_citation_spans() -> None:
    text = "China dominates [1][3][4] - Peak failed [3][5]. See [12] and [2, 3]."
    spans = citation_spans(text)
    assert [text[s:e] for s, e in spans] == ["[1][3][4]", "[3][5]", "[12]", "[2, 3]"]
    assert citation_spans("no marks [a] here") == []
