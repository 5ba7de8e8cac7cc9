"""Project-level operations of the main window: new, open, sample, import, paste, export.

Each function takes the window and does one thing the File or Help menu offers. The
import, export, codebook and settings dialogs live in their own modules
(``import_dialog``, ``export_dialog``, ``codebook_editor``, ``settings``) and are used
when present; until then import and export run here with a plain progress dialog, and
the codebook and settings actions stay hidden (``missing_hooks``).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from rareearth_desk.ui.main_window import MainWindow

PROJECT_FILTER = "RareEarth Desk projects (*.redesk);;All files (*)"
IMPORT_FILTER = (
    "Articles (*.txt *.md *.html *.htm *.docx *.csv *.xlsx *.jsonl *.json);;All files (*)"
)


def _has(module: str) -> bool:
    return importlib.util.find_spec(f"rareearth_desk.ui.{module}") is not None


def missing_hooks() -> list[str]:
    """Actions whose dialog module is not part of this build."""
    return [
        a
        for a, m in (("edit.codebook", "codebook_editor"), ("edit.settings", "settings"))
        if not _has(m)
    ]


def _start_dir(window: MainWindow) -> str:
    project = window.session.project
    return str(Path(project.path).parent) if project is not None else str(Path.home())


# ---------------------------------------------------------------- projects


def new_project(window: MainWindow) -> None:
    from rareearth_desk.core.store import ProjectError, create_project

    name, _ = QFileDialog.getSaveFileName(window, "New project", _start_dir(window), PROJECT_FILTER)
    if not name:
        return
    path = Path(name if name.endswith(".redesk") else name + ".redesk")
    try:
        create_project(path).close()
    except ProjectError as exc:
        QMessageBox.warning(window, "Cannot create the project", str(exc))
        return
    window.open_project(path)


def open_project_dialog(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, "Open project", _start_dir(window), PROJECT_FILTER
    )
    if name:
        window.open_project(name)


def open_sample(window: MainWindow) -> None:
    from rareearth_desk.ui.sample_project import ensure_sample_project

    try:
        path = ensure_sample_project()
    except Exception as exc:  # noqa: BLE001 - shown, never raised
        QMessageBox.warning(window, "Cannot build the sample project", str(exc))
        return
    window.open_project(path)


# ---------------------------------------------------------------- import, paste, export


def _drive(
    window: MainWindow, gen: Generator[Any, None, Any], title: str, cancel: list[bool]
) -> Any:
    """Run a progress generator on the GUI thread with a progress dialog; returns its result."""
    dialog = QProgressDialog(title, "Cancel", 0, 0, window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(lambda: cancel.__setitem__(0, True))
    try:
        while True:
            progress = next(gen)
            dialog.setMaximum(max(int(getattr(progress, "total", 0)), 0))
            dialog.setValue(int(getattr(progress, "done", 0)))
            dialog.setLabelText(str(getattr(progress, "message", title)))
            QCoreApplication.processEvents()
    except StopIteration as stop:
        return stop.value
    finally:
        dialog.close()


def import_files(window: MainWindow, paths: list[str] | None = None) -> None:
    if _has("import_dialog"):
        from rareearth_desk.ui import import_dialog

        import_dialog.import_files(window, paths)  # type: ignore[attr-defined]
        return
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(
            window, "Import articles", _start_dir(window), IMPORT_FILTER
        )
    if paths:
        _import(window, [Path(p) for p in paths])


def import_folder(window: MainWindow) -> None:
    name = QFileDialog.getExistingDirectory(window, "Import a folder", _start_dir(window))
    if name:
        import_files(window, [name])


def _import(window: MainWindow, paths: list[Path]) -> None:
    from rareearth_desk.io.importers import import_paths

    project = window.session.project
    if project is None:
        return
    cancel = [False]
    try:
        report = _drive(
            window, import_paths(project, paths, cancel=lambda: cancel[0]), "Importing…", cancel
        )
    except Exception as exc:  # noqa: BLE001 - one clear line, nothing lost
        QMessageBox.warning(window, "Import failed", str(exc))
        return
    _after_import(window, report)


def _after_import(window: MainWindow, report: Any) -> None:
    window.list.set_project(window.session.project.repo, window.session.codebook)  # type: ignore[union-attr]
    lines = [
        f"Imported {report.imported:,} article(s); {report.duplicates:,} duplicate(s) skipped."
    ]
    if report.cancelled:
        lines.append("Cancelled: what was imported before stays.")
    for f in report.failed[:20]:
        where = f"{f.path}" + (f":{f.line}" if f.line else "")
        lines.append(f"• {where}: {f.reason}")
    if len(report.failed) > 20:
        lines.append(f"… and {len(report.failed) - 20} more")
    QMessageBox.information(window, "Import", "\n".join(lines))
    if report.article_ids:
        window.list.select_id(report.article_ids[0])


def paste_articles(window: MainWindow) -> None:
    if _has("import_dialog"):
        from rareearth_desk.ui import import_dialog

        import_dialog.paste_articles(window)  # type: ignore[attr-defined]
        return
    from rareearth_desk.io.importers import read_text

    project = window.session.project
    text = QApplication.clipboard().text()
    if project is None or not text.strip():
        window.statusBar().showMessage("The clipboard holds no text to paste.", 6000)
        return
    records = [r for r in read_text(text) if not hasattr(r, "reason")]
    ids = project.repo.add_articles(records)
    new = [i for i in ids if i is not None]
    window.list.set_project(project.repo, window.session.codebook)
    window.statusBar().showMessage(
        f"Pasted {len(new)} article(s); {len(ids) - len(new)} duplicate(s) skipped.", 8000
    )
    if new:
        window.list.select_id(new[0])


def export(window: MainWindow) -> None:
    if _has("export_dialog"):
        from rareearth_desk.ui import export_dialog

        export_dialog.export(window)  # type: ignore[attr-defined]
        return
    project = window.session.project
    if project is None:
        return
    name, _ = QFileDialog.getSaveFileName(
        window,
        "Export",
        str(Path(_start_dir(window)) / (Path(project.path).stem + ".xlsx")),
        "Excel workbook (*.xlsx);;CSV (*.csv);;JSON Lines (*.jsonl)",
    )
    if not name:
        return
    out = Path(name)
    cancel = [False]
    try:
        from rareearth_desk.io.export_text import export_file

        gen = export_file(project, out, flt=window.list.current_filter(), cancel=lambda: cancel[0])
        _drive(window, gen, "Exporting…", cancel)
    except Exception as exc:  # noqa: BLE001 - one clear line
        QMessageBox.warning(window, "Export failed", str(exc))
        return
    window.statusBar().showMessage(f"Exported to {out}", 8000)


# ---------------------------------------------------------------- settings and help


def codebook(window: MainWindow) -> None:
    from rareearth_desk.ui import codebook_editor

    codebook_editor.edit_codebook(window)  # type: ignore[attr-defined]


def settings(window: MainWindow) -> None:
    from rareearth_desk.ui import settings as settings_module

    settings_module.show_settings(window)  # type: ignore[attr-defined]


def ask_annotator(window: MainWindow) -> None:
    name, ok = QInputDialog.getText(
        window,
        "Annotator",
        "Your name (stored with every claim you make):",
        text=window.session.annotator,
    )
    if ok:
        window.session.annotator = name.strip()
        window.prefs.set_annotator(name.strip())
        window.update_status()


def show_keymap(window: MainWindow, specs: list[Any]) -> None:
    from rareearth_desk.ui.actions import keymap_rows

    rows = keymap_rows(specs)
    dialog = QDialog(window)
    dialog.setWindowTitle("Keyboard map")
    table = QTableWidget(len(rows), 3, dialog)
    table.setHorizontalHeaderLabels(["Group", "Keys", "Action"])
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    dialog.resize(760, 640)
    dialog.exec()


def show_about(window: MainWindow) -> None:
    from rareearth_desk import APP_NAME, __version__

    QMessageBox.about(
        window,
        f"About {APP_NAME}",
        f"<b>{APP_NAME}</b> {__version__}<br>Offline annotation of rare-earth news in Chinese "
        "and English: entities, claims, stances and topics, exported as Excel workbooks.",
    )
