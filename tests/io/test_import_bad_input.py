"""Bad input: each file fails alone with a one-line reason naming it; good files still import."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from rareearth_desk.core.records import ArticleRecord
from rareearth_desk.io.importers import ImportFailure, files, read_paths
from rareearth_desk.io.importers import detect as detect_module


def _good(folder: Path) -> Path:
    path = folder / "good.txt"
    path.write_text("Good title\nGood text.\n", encoding="utf-8")
    return path


def _one_failure(folder: Path, bad: Path) -> ImportFailure:
    """Read the bad file beside a good one; the good one must still come through."""
    items = list(read_paths([folder]))
    records = [i for i in items if isinstance(i, ArticleRecord)]
    failures = [i for i in items if isinstance(i, ImportFailure)]
    assert [r.title for r in records] == ["Good title"]
    assert len(failures) == 1, failures
    failure = failures[0]
    assert failure.path == str(bad)
    assert "\n" not in str(failure) and str(bad) in str(failure)
    return failure


def test_empty_file(tmp_path: Path) -> None:
    _good(tmp_path)
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert _one_failure(tmp_path, bad).reason == "empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    _good(tmp_path)
    bad = tmp_path / "blank.md"
    bad.write_text(" \n\n \t\n", encoding="utf-8")
    assert "no text" in _one_failure(tmp_path, bad).reason


def test_binary_file_with_text_extension(tmp_path: Path) -> None:
    _good(tmp_path)
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert "binary" in _one_failure(tmp_path, bad).reason


def test_undecodable_bytes(tmp_path: Path) -> None:
    _good(tmp_path)
    bad = tmp_path / "mixed.txt"
    bad.write_bytes(bytes([0x81, 0x20, 0xFE, 0x21, 0xA1, 0x0A]) * 50)
    assert "undecodable" in _one_failure(tmp_path, bad).reason


def test_truncated_docx(tmp_path: Path) -> None:
    _good(tmp_path)
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("text")
    document.save(buffer)
    bad = tmp_path / "cut.docx"
    bad.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    assert "damaged" in _one_failure(tmp_path, bad).reason


def test_docx_that_is_not_a_word_document(tmp_path: Path) -> None:
    _good(tmp_path)
    bad = tmp_path / "other.docx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("hello.txt", "not a document")
    assert "Word" in _one_failure(tmp_path, bad).reason


def test_corrupt_xlsx(tmp_path: Path) -> None:
    _good(tmp_path)
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"garbage" * 100)
    assert "damaged" in _one_failure(tmp_path, bad).reason


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    _good(tmp_path)
    bad = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bad, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (20 * 1024 * 1024))
    assert "zip bomb" in _one_failure(tmp_path, bad).reason


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect_module, "MAX_ZIP_UNCOMPRESSED", 10_000)
    _good(tmp_path)
    bad = tmp_path / "big.docx"
    document = docx.Document()
    document.add_paragraph("text " * 5000)
    document.save(str(bad))
    reason = _one_failure(tmp_path, bad).reason
    assert "unpacks to" in reason and "limit" in reason


def test_file_over_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_TEXT_BYTES", 1000)
    _good(tmp_path)
    bad = tmp_path / "huge.txt"
    bad.write_text("Title\n" + "x" * 2000, encoding="utf-8")
    reason = _one_failure(tmp_path, bad).reason
    assert "over the 1000 bytes limit" in reason


def test_csv_without_text_column(tmp_path: Path) -> None:
    _good(tmp_path)
    bad = tmp_path / "list.csv"
    bad.write_text("name,country\nLynas,Australia\n", encoding="utf-8")
    failure = _one_failure(tmp_path, bad)
    assert failure.reason == "no text column; columns found: name, country"
    assert failure.line == 1


def test_jsonl_broken_line_keeps_other_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"text": "one"}) + "\n{not json\n" + json.dumps({"text": "three"}) + "\n",
        encoding="utf-8",
    )
    items = list(read_paths([path]))
    assert [i.text for i in items if isinstance(i, ArticleRecord)] == ["one", "three"]
    [failure] = [i for i in items if isinstance(i, ImportFailure)]
    assert failure.line == 2 and failure.path == str(path)
    assert str(failure).startswith(f"{path}:2: line 2 is not valid JSON")


def test_record_with_empty_text(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["title", "text"])
    workbook.active.append(["A", "text A"])
    workbook.active.append(["B", "   "])
    workbook.save(tmp_path / "rows.xlsx")
    items = list(read_paths([tmp_path / "rows.xlsx"]))
    assert [i.title for i in items if isinstance(i, ArticleRecord)] == ["A"]
    [failure] = [i for i in items if isinstance(i, ImportFailure)]
    assert failure.line == 3 and "no text" in failure.reason


def test_unknown_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    _good(tmp_path)
    # inside a folder, unknown types are skipped quietly
    assert [type(i) for i in read_paths([tmp_path])] == [ArticleRecord]
    items = list(
        read_paths([tmp_path / "photo.png", tmp_path / "old.doc", tmp_path / "missing.txt"])
    )
    assert [(type(i), i.path) for i in items if isinstance(i, ImportFailure)] == [
        (ImportFailure, str(tmp_path / "photo.png")),
        (ImportFailure, str(tmp_path / "old.doc")),
        (ImportFailure, str(tmp_path / "missing.txt")),
    ]
    reasons = [i.reason for i in items if isinstance(i, ImportFailure)]
    assert "unsupported file type '.png'" in reasons[0]
    assert ".docx" in reasons[1]
    assert reasons[2] == "no such file or folder"


def test_folder_walk_is_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("B2\ntext b2", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A\ntext a", encoding="utf-8")
    (tmp_path / "c.txt").write_text("C\ntext c", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("S\nsecret", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("X\nhidden", encoding="utf-8")
    (tmp_path / "~$lock.docx").write_bytes(b"lock")
    titles = [i.title for i in read_paths([tmp_path]) if isinstance(i, ArticleRecord)]
    assert titles == ["A", "B2", "C"]
