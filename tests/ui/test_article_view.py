"""The article view: exact positions after non-BMP characters, layers, layout blocks."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import NON_BMP, select_text, store_claims
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from rareearth_desk.ui.article_view import ArticleText
from rareearth_desk.ui.highlight import ClaimSpan, Layers, entity_colour


def _format_at(view: ArticleText, cp: int) -> Any:
    """Char format of the character starting at code point ``cp``."""
    assert view.map is not None
    cur = QTextCursor(view.document())
    cur.setPosition(view.map.to_doc(cp) + 1)  # charFormat() is the one left of the cursor
    return cur.charFormat()


def _doc_slice(view: ArticleText, start: int, end: int) -> str:
    assert view.map is not None
    cur = QTextCursor(view.document())
    cur.setPosition(view.map.to_doc(start))
    cur.setPosition(view.map.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
    return cur.selectedText()


def test_highlights_sit_on_their_words_after_non_bmp(qtbot: Any) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    text = NON_BMP
    s = text.index("稀土")
    ly = text.index("Lynas")
    pct = text.index("20%")
    layers = Layers(
        entities=[(s, s + 2, "MATERIAL"), (ly, ly + 5, "ORG"), (pct, pct + 3, "QUANTITY")],
        claims=[ClaimSpan(ly, text.index("。"), "#2e7d32", 7)],
    )
    view.show_text(text, layers)
    assert view.map is not None
    # the mapped positions select exactly the words (2 UTF-16 units per non-BMP character)
    assert view.map.to_doc(s) == s + 2
    assert _doc_slice(view, s, s + 2) == "稀土"
    assert _doc_slice(view, ly, ly + 5) == "Lynas"
    assert _doc_slice(view, pct, pct + 3) == "20%"
    material = entity_colour("MATERIAL", False)
    assert _format_at(view, s).foreground().color() == material
    assert _format_at(view, s + 1).foreground().color() == material
    assert _format_at(view, s - 1).foreground().color() != material  # the space before
    assert _format_at(view, s + 2).foreground().color() != material  # the space after
    shade = _format_at(view, ly).background().color()
    assert shade.green() > shade.red() and shade.green() > shade.blue()  # a green stance shade
    assert _format_at(view, ly - 1).background().style() == Qt.BrushStyle.NoBrush
    # and back: a Qt position after the non-BMP pair maps to the right code point
    assert view.map.to_cp(view.map.to_doc(ly)) == ly


def test_overlapping_claims_are_visible(qtbot: Any) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    text = "aaaa bbbb cccc dddd"
    view.show_text(
        text,
        Layers(claims=[ClaimSpan(0, 14, "#2e7d32", 1), ClaimSpan(5, 19, "#c62828", 2)]),
    )
    single = _format_at(view, 1)
    double = _format_at(view, 6)
    assert single.underlineStyle() == single.UnderlineStyle.NoUnderline
    assert double.underlineStyle() != double.UnderlineStyle.NoUnderline
    assert double.background().color().lightness() < single.background().color().lightness()


def test_hidden_entity_types_are_not_drawn(qtbot: Any) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    view.show_text("China and Lynas", Layers(entities=[(0, 5, "GPE"), (10, 15, "ORG")]))
    gpe = entity_colour("GPE", False)
    assert _format_at(view, 0).foreground().color() == gpe
    view.layers.hidden_types = {"GPE"}
    view.refresh()
    assert _format_at(view, 0).foreground().color() != gpe
    assert _format_at(view, 10).foreground().color() == entity_colour("ORG", False)


def test_digest_summary_blocks_map_exactly(qtbot: Any) -> None:
    view = ArticleText()
    qtbot.addWidget(view)
    text = (
        "Core Insights - Lynas 𝒳 plans a plant [1][2] - China holds 90% [3] "
        "Market Dynamics - Prices rose 20% [4]"
    )
    view.show_text(text, Layers())
    assert view.map is not None
    for b in view.map.blocks:
        assert _doc_slice(view, b.start, b.end) == text[b.start : b.end]
    i = text.index("China")
    assert _doc_slice(view, i, i + 5) == "China"
    if len(view.map.blocks) > 1:  # core.layout present: headings and bullets
        kinds = {b.kind for b in view.map.blocks}
        assert "heading" in kinds and "bullet" in kinds
        c = text.index("[1]")
        assert (
            _format_at(view, c).verticalAlignment()
            == _format_at(view, c).VerticalAlignment.AlignSuperScript
        )


def test_claim_tagged_in_non_bmp_article_is_exact(window: Any) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    window.list.select_id(window.list.model.ids[2])
    assert window.tagging.article.title == "Non-BMP three"
    start, end = select_text(window, "Lynas 在澳大利亚扩产")
    QTest.keyClick(window.view, Qt.Key.Key_1)
    (c,) = store_claims(window)
    assert window.view.text[c.start : c.end].startswith("Lynas")
    assert (c.start, c.end) == (start, end) or window.view.text[c.start : c.end].strip().startswith(
        "Lynas"
    )
    assert _format_at(window.view, c.start).background().style() != Qt.BrushStyle.NoBrush
    assert _format_at(window.view, c.start - 1).background().style() == Qt.BrushStyle.NoBrush


def test_entities_arrive_from_the_worker(window: Any, qtbot: Any) -> None:
    pytest.importorskip("rareearth_desk.nlp.project_entities")
    qtbot.waitUntil(lambda: window.tagging.mentions is not None, timeout=30000)
    text = window.view.text
    i = text.index("Malaysia")
    hit = [m for m in window.view.layers.entities if m[0] == i]
    assert hit and hit[0][2] in ("GPE", "LOC")
    assert _format_at(window.view, i).foreground().color() == entity_colour(hit[0][2], False)
    assert "Country / place" in window.entities.boxes["GPE"].text()


def test_tooltip_text_names_stance_topics_and_note(window: Any) -> None:
    select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_2)
    QTest.keyClick(window.view, Qt.Key.Key_T)
    (c,) = store_claims(window)
    tip = window.view.claim_tips[c.id]
    assert "Skeptical" in tip and "Prices & markets" in tip


def test_section_headings_are_not_suggested_as_claims() -> None:
    from rareearth_desk.ui.text_jobs import load_suggestions

    text = (
        "Group 1 - The Commission approved 13 projects in France [1] - "
        "The Act sets a target of 65% by 2030 [2] Group 2 - Solvay said output will rise 15%"
    )
    spans = [text[s:e] for s, e in load_suggestions(text)]
    assert spans and all(not s.startswith("Group") for s in spans)
    assert any("65%" in s for s in spans)
