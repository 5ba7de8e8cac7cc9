"""The codebook editor driven by keys and clicks; every check reads the store back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget


def click_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.fixture
def project(project_path: Path) -> Iterator[Any]:
    from rareearth_desk.core.store import open_project

    p = open_project(project_path)
    yield p
    p.close()


@pytest.fixture
def editor(qtbot: Any, project: Any) -> Any:
    from rareearth_desk.ui.codebook_editor import CodebookEditor

    ed = CodebookEditor(project)
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def lab(project: Any, key: str) -> Any:
    from rareearth_desk.core.codebook import load_codebook, resolve_label

    return resolve_label(load_codebook(project), key)


def tag(project: Any, *keys: str, claims: int = 2) -> list[int]:
    """``claims`` claims on the first article, each carrying the labels ``keys``."""
    from rareearth_desk.core.annotate import add_claim

    article_id = project.repo.article_ids()[0]
    ids = []
    for i in range(claims):
        ch = add_claim(
            project, article_id, i * 10, i * 10 + 5, label_ids=[lab(project, k).id for k in keys]
        )
        ids.append(int(ch.undo))
    return ids


def labels_of(project: Any, claim_id: int) -> set[str]:
    from rareearth_desk.core.annotate import get_claim
    from rareearth_desk.core.codebook import load_codebook

    cb = load_codebook(project)
    c = get_claim(project, claim_id)
    ids = ([c.stance_id] if c.stance_id else []) + list(c.topic_ids)
    return {cb.label(i).key for i in ids}


def activate(editor: Any) -> None:
    """Give the editor's window the focus back (a closed question may still hold it)."""
    editor.activateWindow()
    editor.tree.setFocus()
    for _ in range(100):
        if QApplication.focusWidget() is editor.tree:
            return
        QTest.qWait(10)


def choose(editor: Any, key: str) -> None:
    from rareearth_desk.ui.codebook_editor import LABEL

    editor.select(LABEL, lab(editor.project, key).id)
    activate(editor)


def type_text(widget: Any, text: str) -> None:
    """Type ASCII as keys, anything else as an input method would commit it."""
    if text.isascii():
        QTest.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def retype(widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def test_rename_in_both_languages(editor: Any, project: Any, qtbot: Any) -> None:
    used = tag(project, "supportive")
    choose(editor, "supportive")
    retype(editor.label_form.name_zh, "赞成")
    retype(editor.label_form.name_en, "Backing")
    with qtbot.waitSignal(editor.changed) as sig:
        QTest.mouseClick(editor.label_form.apply, Qt.MouseButton.LeftButton)
    assert sig.args[0].codebook is True
    assert set(sig.args[0].claims) == set(used)
    label = lab(project, "supportive")
    assert (label.name_zh, label.name_en) == ("赞成", "Backing")
    assert labels_of(project, used[0]) == {"supportive"}
    assert "Backing" in editor.tree.currentItem().text(0)


def test_recolour(editor: Any, project: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QColorDialog

    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#123456")))
    choose(editor, "neutral")
    QTest.mouseClick(editor.label_form.colour, Qt.MouseButton.LeftButton)
    assert lab(project, "neutral").colour == "#123456"
    assert editor.label_form.colour.text() == "#123456"


def test_merge_label_in_use_moves_its_claims(editor: Any, project: Any, qtbot: Any) -> None:
    used = tag(project, "skeptical", "mining")
    choose(editor, "mining")
    target = lab(project, "processing")

    def pick(dialog: Any) -> None:
        assert "2 claim(s)" in dialog.message.text()
        dialog.target.setCurrentIndex(dialog.target.findData(target.id))
        click_ok(dialog)

    seen = when_modal(pick)
    QTest.mouseClick(editor.buttons["merge"], Qt.MouseButton.LeftButton)
    assert seen == ["MergeDialog"]
    assert lab(project, "mining") is None
    for claim_id in used:
        assert labels_of(project, claim_id) == {"skeptical", "processing"}


def test_delete_label_in_use_reassigns_when_asked(editor: Any, project: Any) -> None:
    used = tag(project, "neutral", "prices")
    choose(editor, "neutral")
    target = lab(project, "unclear")

    def pick(dialog: Any) -> None:
        assert "2 claim(s)" in dialog.message.text()
        assert dialog.reassign.isChecked()
        dialog.target.setCurrentIndex(dialog.target.findData(target.id))
        click_ok(dialog)

    seen = when_modal(pick)
    QTest.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert seen == ["InUseDialog"]
    assert lab(project, "neutral") is None
    assert editor.tree.item_for("label", target.id).text(3) == "2"  # claims counted again
    for claim_id in used:
        assert labels_of(project, claim_id) == {"unclear", "prices"}


def test_delete_label_in_use_cancel_keeps_everything(editor: Any, project: Any) -> None:
    used = tag(project, "neutral")

    def cancel(dialog: Any) -> None:
        box = dialog.findChild(QDialogButtonBox)
        QTest.mouseClick(
            box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    choose(editor, "neutral")
    when_modal(cancel)
    QTest.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert lab(project, "neutral") is not None
    assert labels_of(project, used[0]) == {"neutral"}
    assert editor.status.text() == "Nothing was deleted."


def test_delete_label_in_use_can_remove_it_from_claims(editor: Any, project: Any) -> None:
    used = tag(project, "neutral", "prices")

    def remove(dialog: Any) -> None:
        QTest.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
        click_ok(dialog)

    choose(editor, "prices")
    when_modal(remove)
    QTest.mouseClick(editor.buttons["delete"], Qt.MouseButton.LeftButton)
    assert lab(project, "prices") is None
    assert labels_of(project, used[1]) == {"neutral"}


def test_shortcut_clash_is_shown_and_refused(editor: Any, project: Any) -> None:
    choose(editor, "mining")
    form = editor.label_form
    retype(form.shortcut, "w")
    assert "Processing" in form.clash.text()
    assert not form.apply.isEnabled()
    QTest.keyClick(form.shortcut, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert lab(project, "mining").shortcut == "Q"
    retype(form.shortcut, "Z")
    assert form.clash.text() == ""
    QTest.keyClick(form.shortcut, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert lab(project, "mining").shortcut == "Z"


def test_add_label_and_move_it_up(editor: Any, project: Any, qtbot: Any) -> None:
    from rareearth_desk.core.codebook import load_codebook

    choose(editor, "unclear")

    def names(dialog: Any) -> None:
        type_text(dialog.name_zh, "反对")
        QTest.keyClicks(dialog.name_en, "Opposed")
        click_ok(dialog)

    when_modal(names)
    QTest.mouseClick(editor.buttons["addLabel"], Qt.MouseButton.LeftButton)
    new = lab(project, "opposed")
    assert new is not None and new.name_zh == "反对"
    activate(editor)
    QTest.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    stance = load_codebook(project).stance_dimension
    assert [x.key for x in stance.labels][-2:] == ["opposed", "unclear"]


def test_delete_unused_dimension_and_file_round_trip(
    editor: Any, project: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from rareearth_desk.core.codebook import load_codebook
    from rareearth_desk.ui.codebook_editor import DIM

    out = tmp_path / "cb.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    QTest.mouseClick(editor.buttons["export"], Qt.MouseButton.LeftButton)
    assert '"Supportive"' in out.read_text(encoding="utf-8")

    topic = load_codebook(project).dimension_by_key("topic")
    editor.select(DIM, topic.id)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    QTest.mouseClick(editor.buttons["delete"], Qt.MouseButton.LeftButton)
    assert load_codebook(project).dimension_by_key("topic") is None

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    QTest.mouseClick(editor.buttons["import"], Qt.MouseButton.LeftButton)
    back = load_codebook(project).dimension_by_key("topic")
    assert back is not None and len(back.labels) == 12


def test_window_sees_edits_at_once(window: Any, qtbot: Any) -> None:
    from rareearth_desk.ui.codebook_editor import edit_codebook

    def rename(editor: Any) -> None:
        choose(editor, "skeptical")
        retype(editor.label_form.name_en, "Doubtful")
        QTest.mouseClick(editor.label_form.apply, Qt.MouseButton.LeftButton)
        editor.accept()

    when_modal(rename)
    edit_codebook(window)
    names = [a.text() for a in window.codebook_actions]
    assert any("Doubtful" in n for n in names)
    assert window.session.codebook.label(lab(window.session.project, "skeptical").id).name_en == (
        "Doubtful"
    )


def test_undo_puts_a_merged_label_and_its_claims_back(editor: Any, project: Any) -> None:
    used = tag(project, "neutral", "prices")
    before = lab(project, "neutral")
    choose(editor, "neutral")
    target = lab(project, "unclear")

    def pick(dialog: Any) -> None:
        dialog.target.setCurrentIndex(dialog.target.findData(target.id))
        click_ok(dialog)

    when_modal(pick)
    QTest.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert lab(project, "neutral") is None
    assert editor.buttons["undo"].isEnabled()
    QTest.mouseClick(editor.buttons["undo"], Qt.MouseButton.LeftButton)
    back = lab(project, "neutral")
    assert back is not None and back.id == before.id
    for claim_id in used:
        assert labels_of(project, claim_id) == {"neutral", "prices"}
    assert not editor.buttons["undo"].isEnabled()


def test_drag_order_is_stored(editor: Any, project: Any) -> None:
    from rareearth_desk.core.codebook import load_codebook

    stance = load_codebook(project).stance_dimension
    top = editor.tree.item_for("dim", stance.id)
    moved = top.takeChild(0)  # what a drop does to the tree: supportive goes last
    top.addChild(moved)
    editor.tree.orderChanged.emit(stance.id)
    keys = [x.key for x in load_codebook(project).stance_dimension.labels]
    assert keys == ["skeptical", "neutral", "unclear", "supportive"]
    editor.tree.orderChanged.emit(("invalid", []))
    assert editor.tree.structure()[0][1] == [
        x.id for x in load_codebook(project).stance_dimension.labels
    ]


def test_return_on_the_delete_question_keeps_an_unused_label(editor: Any, project: Any) -> None:
    choose(editor, "unclear")
    when_modal(lambda box: QTest.keyClick(box, Qt.Key.Key_Return))
    QTest.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert lab(project, "unclear") is not None
    assert editor.status.text() == "Nothing was deleted."
    activate(editor)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    QTest.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert lab(project, "unclear") is None
