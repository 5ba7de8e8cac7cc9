"""Messages of the import, export, project and job layers in the interface language.

The lower layers speak English; ``tr_message`` shows their messages in Chinese under
the Chinese translation (numbers and paths kept) and leaves them exactly as they are
under the English one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# English words that may stay in a Chinese message: names of formats, encodings,
# products and the field names of the JSON Lines format.
_KEPT = {
    "JSON", "HTML", "UTF", "GB", "GBK", "Big", "SQLite", "RareEarth", "Desk",
    "Excel", "Word", "NUL", "zip", "docx", "xlsx", "csv", "jsonl", "text", "claims",
    "start", "end", "stance", "topics", "mixed", "zh", "en", "YYYY", "MM", "DD", "HH",
}  # fmt: skip


def _sample(template: str) -> tuple[str, list[str]]:
    """The English message of a template with made-up parts that every group accepts."""
    count = len(set(re.findall(r"\{(\d+)\}", template)))
    parts = [str(11 * (i + 1)) for i in range(count)]
    return template.format(*parts), parts


def _english_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{2,}", text)) - _KEPT


def _assert_chinese(
    translated: str, english: str, kept: list[str], allowed: tuple[str, ...] = ()
) -> None:
    """Chinese, with the ``kept`` parts as they were and no English left but ``allowed``."""
    assert translated != english
    assert re.search(r"[\u4e00-\u9fff]", translated), translated
    for part in kept:
        assert part in translated, (part, translated)
    own = set().union(*(_english_words(k) for k in (*kept, *allowed)))
    leftover = _english_words(translated) - own
    assert not leftover, (leftover, translated)


@pytest.fixture
def chinese(qapp: Any) -> Iterator[None]:
    from rareearth_desk.ui.settings import install_translator

    assert install_translator(qapp, "zh") == "zh"
    try:
        yield
    finally:
        install_translator(qapp, "en")


@pytest.fixture
def english(qapp: Any) -> None:
    from rareearth_desk.ui.settings import install_translator

    assert install_translator(qapp, "en") == "en"


# ---------------------------------------------------------------- the whole table


def test_every_entry_reads_its_own_english_back_unchanged(english: None) -> None:
    from rareearth_desk.ui.messages import _TABLE, tr_message

    for entry in _TABLE:
        text, _parts = _sample(entry.template)
        assert entry.pattern.fullmatch(text), entry.template
        assert tr_message(text) == text


def test_every_entry_has_chinese_keeping_its_parts(chinese: None) -> None:
    from rareearth_desk.ui.messages import _TABLE, tr_message

    for entry in _TABLE:
        text, parts = _sample(entry.template)
        _assert_chinese(tr_message(text), text, parts)


def test_unknown_text_passes_through(chinese: None) -> None:
    from rareearth_desk.ui.messages import tr_message

    for text in ("", "something nobody wrote", "已经是中文", "a: b: c", "report.docx"):
        assert tr_message(text) == text


# ---------------------------------------------------------------- real messages


def _bad_inputs(folder: Path) -> list[Path]:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "old.doc").write_bytes(b"x")
    (folder / "binary.txt").write_bytes(b"\x00\x01binary")
    (folder / "table.csv").write_text("title,body\nA title,\n", encoding="utf-8")
    (folder / "lines.jsonl").write_text('{"title": 5}\nnot json\n', encoding="utf-8")
    (folder / "bad.json").write_text("[1, 2", encoding="utf-8")
    (folder / "notes.xyz").write_text("Lynas said output will rise.", encoding="utf-8")
    return [*sorted(folder.iterdir()), folder / "missing.txt"]


def test_import_failures_read_in_chinese(chinese: None, tmp_path: Path) -> None:
    from rareearth_desk.io.importers import ImportFailure, read_paths
    from rareearth_desk.ui.messages import tr_message

    paths = _bad_inputs(tmp_path / "in")
    failures = [i for i in read_paths(paths) if isinstance(i, ImportFailure)]
    assert len(failures) == 9
    for f in failures:
        shown = tr_message(str(f))
        where = f.path if f.line is None else f"{f.path}:{f.line}"
        assert shown.startswith(where + ": "), shown
        # numbers stay, and so do the words in brackets or quotes (a parser's, a name)
        numbers = re.findall(r"\d+", f.reason)
        own = re.findall(r"\(([^()]*)\)", f.reason) + re.findall(r"'([^']*)'", f.reason)
        _assert_chinese(shown[len(where) + 2 :], f.reason, numbers, tuple(own))


def test_import_report_dialog_lists_reasons_in_chinese(
    chinese: None, qtbot: Any, tmp_path: Path
) -> None:
    from rareearth_desk.io.importers import ImportFailure, ImportReport
    from rareearth_desk.ui.import_dialog import ImportReportDialog

    missing = str(tmp_path / "gone.txt")
    report = ImportReport(
        failed=[
            ImportFailure(missing, None, "no such file or folder"),
            ImportFailure(str(tmp_path / "d.txt"), 3, "article 'Lynas expands' has no text"),
        ]
    )
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    rows = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
    assert rows == [
        f"{missing}: 文件或文件夹不存在",
        f"{tmp_path / 'd.txt'}:3: 文章“Lynas expands”没有正文",
    ]


def test_import_report_dialog_unchanged_in_english(english: None, qtbot: Any) -> None:
    from rareearth_desk.io.importers import ImportFailure, ImportReport
    from rareearth_desk.ui.import_dialog import ImportReportDialog

    failures = [
        ImportFailure("/data/a.jsonl", 2, "line 2: no 'text' field"),
        ImportFailure("/data/b.csv", 4, "sheet 'Feb': row 4 has no text"),
    ]
    dialog = ImportReportDialog(ImportReport(failed=failures))
    qtbot.addWidget(dialog)
    rows = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
    assert rows == [str(f) for f in failures]


def test_nested_reasons(chinese: None) -> None:
    from rareearth_desk.ui.messages import tr_message

    assert tr_message("/d/a.jsonl:2: line 2: no 'text' field") == (
        "/d/a.jsonl:2: 第 2 行：缺少“text”字段"
    )
    assert tr_message("/d/b.xlsx:4: sheet 'Feb': row 4 has no text") == (
        "/d/b.xlsx:4: 工作表“Feb”：第 4 行没有正文"
    )
    assert tr_message("exporting claims\nclaims 1,000 of 100,000") == (
        "正在导出论断\n论断 1,000 / 100,000"
    )


def _progress_messages(gen: Any) -> list[str]:
    messages = []
    while True:
        try:
            messages.append(next(gen).message)
        except StopIteration:
            return messages


def test_export_progress_reads_in_chinese(
    chinese: None, project_path: Path, tmp_path: Path
) -> None:
    from rareearth_desk.core.store import open_project
    from rareearth_desk.io.export_excel import export_workbook
    from rareearth_desk.io.export_text import export_file
    from rareearth_desk.ui.messages import tr_message

    with open_project(project_path) as project:
        messages = _progress_messages(
            export_workbook(project, tmp_path / "out.xlsx", include_entities=False)
        )
        for name in ("out.csv", "out.jsonl"):
            messages += _progress_messages(
                export_file(project, tmp_path / name, include_entities=False)
            )
    assert "exporting claims" in messages and "writing the workbook" in messages
    assert "exporting articles" in messages
    for message in messages:
        _assert_chinese(tr_message(message), message, re.findall(r"[\d,]*\d", message))


def test_job_progress_reads_in_chinese(chinese: None) -> None:
    from rareearth_desk.ui.messages import tr_message

    assert tr_message("claims 1,000 of 100,000") == "论断 1,000 / 100,000"
    assert tr_message("entities of 200 of 2,000 articles") == "已识别 200 / 2,000 篇文章的实体"
    assert tr_message("finding entities") == "正在识别实体"
    assert tr_message("reading files") == "正在读取文件"
    assert tr_message("digest 3.txt: 500 imported") == "digest 3.txt：已导入 500 篇"
    assert tr_message("digest 3.txt") == "digest 3.txt"


def test_export_error_and_warnings_read_in_chinese(
    chinese: None, project_path: Path, tmp_path: Path
) -> None:
    from rareearth_desk.core.store import open_project
    from rareearth_desk.io.export_common import ExportError, ExportReport
    from rareearth_desk.io.export_excel import export_workbook
    from rareearth_desk.ui.export_dialog import report_text
    from rareearth_desk.ui.messages import tr_message

    folder = tmp_path / "nowhere"
    with open_project(project_path) as project, pytest.raises(ExportError) as caught:
        next(export_workbook(project, folder / "out.xlsx"))
    assert tr_message(str(caught.value)) == f"文件夹不存在：{folder}"
    with pytest.raises(ExportError) as caught:
        with open_project(project_path) as project:
            next(export_workbook(project, tmp_path))
    assert tr_message(str(caught.value)) == f"这是文件夹，不是文件：{tmp_path}"

    report = ExportReport(path=str(tmp_path / "out.xlsx"), format="xlsx", claims=3, articles=2)
    report.warnings = [
        "Claims: links to Articles on the first 65,530 rows only (Excel's limit); "
        "1,200 rows have the article id alone",
        "entities left out: the highlighter is not available (no module named jieba)",
    ]
    text = report_text(report)
    assert "Claims：仅前 65,530 行链接到“文章”表（Excel 的上限）；其余 1,200 行只有文章编号" in text
    assert "未包含实体：实体识别不可用（no module named jieba）" in text


def test_export_warnings_unchanged_in_english(english: None, tmp_path: Path) -> None:
    from rareearth_desk.io.export_common import ExportReport
    from rareearth_desk.ui.export_dialog import report_text

    warning = (
        "Claims: links to Articles on the first 65,530 rows only (Excel's limit); "
        "1,200 rows have the article id alone"
    )
    report = ExportReport(path=str(tmp_path / "out.xlsx"), format="xlsx", claims=3, articles=2)
    report.warnings = [warning]
    assert report_text(report).endswith("\n" + warning)


def test_project_errors_read_in_chinese(chinese: None, tmp_path: Path) -> None:
    from rareearth_desk.core.store import ProjectError, open_project
    from rareearth_desk.ui.messages import tr_message

    missing = tmp_path / "gone.redesk"
    with pytest.raises(ProjectError) as caught:
        open_project(missing)
    assert tr_message(str(caught.value)) == f"找不到项目文件：{missing}"

    junk = tmp_path / "junk.redesk"
    junk.write_bytes(b"this is not a database at all, just some text" * 4)
    with pytest.raises(ProjectError) as caught:
        open_project(junk)
    shown = tr_message(str(caught.value))
    assert shown.startswith("项目文件已损坏（不是 SQLite 文件）：" + str(junk)), shown

    with pytest.raises(ProjectError) as caught:
        open_project(tmp_path)
    assert tr_message(str(caught.value)) == f"不是项目文件：{tmp_path}"


def test_project_error_unchanged_in_english(english: None, tmp_path: Path) -> None:
    from rareearth_desk.core.store import ProjectError, open_project
    from rareearth_desk.ui.messages import tr_message

    junk = tmp_path / "junk.redesk"
    junk.write_bytes(b"")
    with pytest.raises(ProjectError) as caught:
        open_project(junk)
    assert tr_message(str(caught.value)) == str(caught.value)


def test_annotation_error_reads_in_chinese(chinese: None, project_path: Path) -> None:
    from rareearth_desk.core.annotate import AnnotationError, add_claim
    from rareearth_desk.core.store import open_project
    from rareearth_desk.ui.messages import tr_message
    from rareearth_desk.ui.session import _failure_message

    with open_project(project_path) as project, pytest.raises(AnnotationError) as caught:
        add_claim(project, 9999, 0, 2)
    assert tr_message(str(caught.value)) == "文章 9999 不存在"
    assert "文章 9999 不存在" in _failure_message(caught.value)


def test_error_dialog_summary_in_chinese(chinese: None, qtbot: Any, tmp_path: Path) -> None:
    from rareearth_desk.ui.errors import show_error

    dialog = show_error(None, "导出", f"folder does not exist: {tmp_path}")
    qtbot.addWidget(dialog)
    assert dialog.message.text() == f"文件夹不存在：{tmp_path}"
    dialog.close()


def test_progress_dialog_label_in_chinese(
    chinese: None, parent: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rareearth_desk.io.importers import Progress
    from rareearth_desk.ui import tasks

    labels: list[str] = []
    original = tasks.QProgressDialog.setLabelText

    def record(self: Any, text: str) -> None:
        labels.append(text)
        original(self, text)

    def job(cancel: Any) -> Any:
        yield Progress(0, 2, "exporting claims")
        yield Progress(1, 2, "claims 1,000 of 2,000")
        return "report"

    monkeypatch.setattr(tasks.QProgressDialog, "setLabelText", record)
    monkeypatch.setattr(tasks, "_synchronous", True)
    assert tasks.run_with_progress(parent, "导出", job) == "report"
    assert "导出\n论断 1,000 / 2,000" in labels
    assert not any("claims" in label for label in labels)
