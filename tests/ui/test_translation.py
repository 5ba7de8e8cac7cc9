"""The Chinese interface: the main window built under the zh_CN translator speaks Chinese,
and neither translation file has an unfinished message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def chinese_window(qtbot: Any, project_path: Path) -> Iterator[Any]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from rareearth_desk.ui.main_window import MainWindow
    from rareearth_desk.ui.settings import install_translator

    app = QApplication.instance()
    assert install_translator(app, "zh") == "zh"
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        assert win.open_project(project_path)
        yield win
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()
        win.close()
    finally:
        install_translator(app, "en")


def test_menus_and_actions_are_chinese(chinese_window: Any) -> None:
    win = chinese_window
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "标注(&A)", "转到(&G)", "视图(&V)", "帮助(&H)"]
    acts = win.actions_by_id
    assert acts["file.import"].text() == "导入文件(&I)…"
    assert acts["go.done_next"].text() == "标为完成，转到下一篇未完成(&D)"
    assert acts["claim.sentence_mode"].statusTip().startswith("上/下方向键")
    assert acts["view.entity.GPE"].text() == "显示“国家 / 地区”高亮"
    assert any(a.text().startswith("立场：") for a in win.codebook_actions)
    header = win.list.model.headerData(0, _horizontal())
    assert header == "标题"
    assert win.claims.editor.title() == "当前论断"
    assert win.entities.boxes["MATERIAL"].text().startswith("材料")
    assert win.status_user.text().startswith("标注人：")


def test_keyboard_map_in_chinese_drops_mnemonics(chinese_window: Any) -> None:
    from rareearth_desk.ui.actions import keymap_rows

    win = chinese_window
    rows = keymap_rows(list(win.actions_by_id.values()), win.keymap_groups)
    by_text = {text: (group, keys) for group, keys, text in rows}
    assert by_text["标为完成，转到下一篇未完成"][0] == "文章"
    assert by_text["导出…"] == ("项目", "Ctrl+E")
    assert not any("(" in text and text.endswith(")") for text in by_text)


def test_english_is_back_after_the_chinese_window(window: Any) -> None:
    assert [a.text() for a in window.menuBar().actions()][0] == "&File"


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_no_message_is_left_unfinished(locale: str) -> None:
    from rareearth_desk.paths import resource
    from rareearth_desk.ui.i18n_tools import unfinished

    path = resource("i18n", f"rareearth_desk_{locale}.ts")
    assert path.is_file()
    assert unfinished(path) == []
