"""Tagging by keyboard: stance keys, topic keys, notes, delete, undo/redo, sentence mode."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import label, select_text, store_claims
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_stance_key_tags_the_selection(window: Any) -> None:
    start, end = select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_2)
    claims = store_claims(window)
    assert len(claims) == 1
    c = claims[0]
    assert (c.start, c.end) == (start, end)
    assert c.stance_id == label(window, "skeptical").id
    assert c.quote == "Analysts doubt the plan."
    assert window.tagging.current == c.id
    assert window.status_saved.text().startswith("Saved")
    assert window.claims.list.count() == 1


def test_selection_snaps_to_whole_words(window: Any) -> None:
    pytest.importorskip("rareearth_desk.nlp.sentences")
    text = window.view.text
    i = text.index("Malaysia")
    window.view.select_span(i + 2, i + 5)  # "lay" inside "Malaysia"
    QTest.keyClick(window.view, Qt.Key.Key_3)
    (c,) = store_claims(window)
    assert text[c.start : c.end] == "Malaysia"


def test_topic_keys_toggle_on_the_current_claim(window: Any) -> None:
    select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_1)
    QTest.keyClick(window.view, Qt.Key.Key_Q)
    QTest.keyClick(window.view, Qt.Key.Key_W)
    (c,) = store_claims(window)
    assert set(c.topic_ids) == {label(window, "mining").id, label(window, "processing").id}
    QTest.keyClick(window.view, Qt.Key.Key_Q)
    (c,) = store_claims(window)
    assert c.topic_ids == [label(window, "processing").id]
    # a stance key without a selection changes the current claim's stance
    QTest.keyClick(window.view, Qt.Key.Key_4)
    (c,) = store_claims(window)
    assert c.stance_id == label(window, "unclear").id


def test_undo_and_redo_every_edit(window: Any) -> None:
    select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_2)
    QTest.keyClick(window.view, Qt.Key.Key_R)
    (c,) = store_claims(window)
    cid = c.id
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store_claims(window)[0].topic_ids == []
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store_claims(window) == []
    assert window.claims.list.count() == 0
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.view, Qt.Key.Key_Z, shift_ctrl)
    (c,) = store_claims(window)
    assert c.id == cid and c.topic_ids == []
    QTest.keyClick(window.view, Qt.Key.Key_Z, shift_ctrl)
    (c,) = store_claims(window)
    assert c.topic_ids == [label(window, "export_controls").id]


def test_delete_removes_the_current_claim_and_undo_keeps_its_id(window: Any) -> None:
    select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_2)
    select_text(window, "Lynas said its plant in Malaysia will double output.")
    QTest.keyClick(window.view, Qt.Key.Key_1)
    first, second = store_claims(window)
    assert window.tagging.current == first.id  # text order: the Lynas sentence comes first
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.tagging.current == second.id
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert [c.id for c in store_claims(window)] == [first.id]
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.id for c in store_claims(window)] == [first.id, second.id]


def test_claim_navigation_with_brackets(window: Any) -> None:
    select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_2)
    select_text(window, "Lynas said")
    QTest.keyClick(window.view, Qt.Key.Key_1)
    a, b = store_claims(window)
    QTest.keyClick(window.view, Qt.Key.Key_BracketRight)
    assert window.tagging.current == b.id
    QTest.keyClick(window.view, Qt.Key.Key_BracketLeft)
    assert window.tagging.current == a.id
    assert window.claims.list.currentRow() == 0


def test_note_field_takes_keys_and_esc_returns(window: Any) -> None:
    select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_2)
    QTest.keyClick(window.view, Qt.Key.Key_N)
    assert window.claims.note.hasFocus()
    QTest.keyClicks(window.claims.note, "1 weak Q")
    QTest.keyClick(window.claims.note, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    (c,) = store_claims(window)
    assert c.note == "1 weak Q"
    assert c.stance_id == label(window, "skeptical").id  # "1" went into the note, not the stance
    assert c.topic_ids == []  # "Q" too
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store_claims(window)[0].note == ""


def test_search_box_swallows_shortcuts(window: Any) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.list.search.hasFocus()
    select = window.view.textCursor()
    select.setPosition(0)
    select.setPosition(5, select.MoveMode.KeepAnchor)
    window.view.setTextCursor(select)
    QTest.keyClicks(window.list.search, "1Q")
    QTest.keyClick(window.list.search, Qt.Key.Key_Delete)
    assert window.list.search.text() == "1Q"
    assert store_claims(window) == []


def test_sentence_mode_tags_sentences(window: Any) -> None:
    pytest.importorskip("rareearth_desk.nlp.sentences")
    window.view.place_cursor(0)
    QTest.keyClick(window.view, Qt.Key.Key_F8)  # S is the codebook's key for a topic
    assert window.actions_by_id["claim.sentence_mode"].isChecked()
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    QTest.keyClick(window.view, Qt.Key.Key_3)
    (c,) = store_claims(window)
    assert window.view.text[c.start : c.end].strip() == "Analysts doubt the plan."
    # the sentence cursor moved on to the third; K/J move it back and forth
    assert window.view.sentences.index == 2
    QTest.keyClick(window.view, Qt.Key.Key_K)
    assert window.view.sentences.index == 1
    QTest.keyClick(window.view, Qt.Key.Key_J)
    QTest.keyClick(window.view, Qt.Key.Key_1)
    claims = store_claims(window)
    assert len(claims) == 2
    assert window.view.text[claims[1].start : claims[1].end].startswith("China controls 90%")
    QTest.keyClick(window.view, Qt.Key.Key_F8)
    assert not window.actions_by_id["claim.sentence_mode"].isChecked()


def test_accept_suggestion_then_stance(window: Any, qtbot: Any) -> None:
    pytest.importorskip("rareearth_desk.nlp.sentences")
    qtbot.waitUntil(lambda: bool(window.tagging.suggestions), timeout=20000)
    window.view.place_cursor(0)
    QTest.keyClick(window.view, Qt.Key.Key_G)  # A is the codebook's key for a topic
    (c,) = store_claims(window)
    assert c.stance_id is None
    assert (c.start, c.end) in window.tagging.suggestions
    QTest.keyClick(window.view, Qt.Key.Key_3)
    (c,) = store_claims(window)
    assert c.stance_id == label(window, "neutral").id


def test_done_and_next_unfinished(window: Any) -> None:
    first = window.tagging.article_id
    QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    repo = window.session.project.repo
    assert repo.get_article(first).status == "done"
    assert window.tagging.article_id != first
    assert window.list.model.row_data(0).status == "done"
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_article(first).status == "new"


def test_article_navigation_keys(window: Any) -> None:
    ids = window.list.model.ids
    assert window.tagging.article_id == ids[0]
    QTest.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.tagging.article_id == ids[1]
    QTest.keyClick(window.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.tagging.article_id == ids[2]
    QTest.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.tagging.article_id == ids[0]


def test_entity_corrections_apply_at_once_and_undo(window: Any, qtbot: Any) -> None:
    pytest.importorskip("rareearth_desk.nlp.project_entities")
    from rareearth_desk.core.annotate import entity_rules

    qtbot.waitUntil(lambda: window.tagging.mentions is not None, timeout=30000)
    start, end = select_text(window, "Analysts")
    menu = window.tagging.entity_menu(start, window.view)
    add = next(a for a in menu.actions() if a.menu() and "this article" in a.text())
    person = next(a for a in add.menu().actions() if "(PERSON)" in a.text())
    person.trigger()
    project = window.session.project
    rules = entity_rules(project, window.tagging.article_id)
    assert [(r.action, r.term, r.entity_type) for r in rules] == [("add", "Analysts", "PERSON")]
    assert (start, end, "PERSON") in window.view.layers.entities
    # the highlight's own menu: suppress it in this article (the article's rules come last)
    menu = window.tagging.entity_menu(start, window.view)
    suppress = next(
        a for a in menu.actions() if "suppress" in a.text() and "this article" in a.text()
    )
    suppress.trigger()
    assert not any(m[0] == start for m in window.view.layers.entities)
    # retype a detected entity for the whole project
    i = window.view.text.index("Malaysia")
    old_type = next(m[2] for m in window.view.layers.entities if m[0] == i)
    new_type = "ORG" if old_type != "ORG" else "GPE"
    window.view.place_cursor(i)  # no selection: the menu is about the highlight
    menu = window.tagging.entity_menu(i, window.view)
    retype = next(a for a in menu.actions() if a.menu() and "whole project" in a.text())
    next(a for a in retype.menu().actions() if f"({new_type})" in a.text()).trigger()
    assert (i, i + len("Malaysia"), new_type) in window.view.layers.entities
    qtbot.waitUntil(  # the entity list follows right after the text
        lambda: any(
            it.data(1, Qt.ItemDataRole.UserRole) == new_type
            for it in window.entities.tree.findItems("Malaysia", Qt.MatchFlag.MatchExactly)
        )
    )
    # every correction is undoable
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (i, i + len("Malaysia"), old_type) in window.view.layers.entities
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (start, end, "PERSON") in window.view.layers.entities
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entity_rules(project, window.tagging.article_id) == []
    assert not any(m[0] == start for m in window.view.layers.entities)


def test_escape_clears_the_selection_then_the_current_claim(window: Any) -> None:
    select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_2)
    assert window.tagging.current is not None
    select_text(window, "Lynas")
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.view.selection_span() is None
    assert window.tagging.current is not None
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.tagging.current is None
    assert not window.claims.editor.isEnabled()
    QTest.keyClick(window.view, Qt.Key.Key_3)  # no selection, no claim: nothing happens
    assert len(store_claims(window)) == 1


def test_click_on_a_claim_makes_it_current_and_click_selects_a_sentence(window: Any) -> None:
    select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_2)
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    (c,) = store_claims(window)
    view = window.view
    point = view.cursorRect(_cursor_at(view, c.start + 3)).center()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert window.tagging.current == c.id
    if not window.view.sentences.spans:
        return  # sentence splitting not installed
    QTest.keyClick(view, Qt.Key.Key_F8)
    far = view.cursorRect(_cursor_at(view, view.text.index("China controls") + 4)).center()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, far
    )
    QTest.keyClick(view, Qt.Key.Key_1)
    claims = store_claims(window)
    assert any(view.text[k.start : k.end].startswith("China controls 90%") for k in claims)


def _cursor_at(view: Any, cp: int) -> Any:
    from PySide6.QtGui import QTextCursor

    cur = QTextCursor(view.document())
    cur.setPosition(view.map.to_doc(cp))
    return cur


def test_codebook_keys_win_over_fixed_keys(window: Any) -> None:
    sentence = window.actions_by_id["claim.sentence_mode"]
    accept = window.actions_by_id["claim.accept"]
    assert [k.toString() for k in sentence.shortcuts()] == ["F8"]
    assert [k.toString() for k in accept.shortcuts()] == ["G"]
    select_text(window, "Analysts doubt the plan.")
    QTest.keyClick(window.view, Qt.Key.Key_2)
    QTest.keyClick(window.view, Qt.Key.Key_S)
    QTest.keyClick(window.view, Qt.Key.Key_A)
    (c,) = store_claims(window)
    assert set(c.topic_ids) == {label(window, "dependence").id, label(window, "diplomacy").id}
    assert not sentence.isChecked()


def test_sentence_mode_in_a_digest_summary_moves_by_bullet(qtbot: Any, tmp_path: Any) -> None:
    from conftest import make_project

    from rareearth_desk.ui.main_window import MainWindow

    summary = (
        "Core Insights - Lynas said output will rise [1][2] - China holds 90% of refining [3] "
        "Market Dynamics - Prices rose 20% in May [4]"
    )
    path = make_project(tmp_path / "d.redesk", [("Digest summary", summary)])
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_project(path)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=20000)
    win.view.setFocus()
    QTest.keyClick(win.view, Qt.Key.Key_F8)
    assert win.view.sentences.active
    QTest.keyClick(win.view, Qt.Key.Key_Down)
    QTest.keyClick(win.view, Qt.Key.Key_2)
    (c,) = store_claims(win)
    assert summary[c.start : c.end] == "China holds 90% of refining [3]"
    win.close()
