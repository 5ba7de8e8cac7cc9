"""Importing articles from the window: files, folders, drag and drop, and pasted text.

``import_paths_interactive(parent, project, paths)`` runs ``io.importers.import_paths``
with a progress dialog and Cancel, then shows the report (imported, duplicates, and
each failure with its reason). ``paste_as_article(parent, project)`` reads the
clipboard through ``io.importers.read_text`` (a digest is split into its articles),
shows a preview with the count and titles, and imports on OK.
``install_drop_handler(widget, on_paths)`` lets files and folders be dropped on a
window. ``import_files(window, paths)`` and ``paste_articles(window)`` do the same for
the main window and refresh its article list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rareearth_desk.ui.messages import tr_message
from rareearth_desk.ui.tasks import run_with_progress

translate = QCoreApplication.translate

FILE_FILTER_EXTS = "*.txt *.md *.html *.htm *.docx *.csv *.tsv *.xlsx *.jsonl *.json"


def _start_dir(project: Any) -> str:
    from rareearth_desk.ui.preferences import start_folder

    return str(start_folder(project))


def choose_files(parent: QWidget | None, project: Any = None) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("ImportDialog", "Import files"),
        _start_dir(project),
        translate("ImportDialog", "Articles ({exts});;All files (*)").format(exts=FILE_FILTER_EXTS),
    )
    return list(paths)


def choose_folder(parent: QWidget | None, project: Any = None) -> list[str]:
    name = QFileDialog.getExistingDirectory(
        parent, translate("ImportDialog", "Import a folder"), _start_dir(project)
    )
    return [name] if name else []


# ---------------------------------------------------------------- the report


def report_summary(report: Any) -> str:
    text = translate(
        "ImportDialog", "Imported: {imported:,}   Duplicates skipped: {dups:,}   Failed: {failed:,}"
    ).format(imported=report.imported, dups=report.duplicates, failed=len(report.failed))
    if report.cancelled:
        text += "\n" + translate(
            "ImportDialog",
            "Import cancelled: the articles imported before Cancel are kept, whole.",
        )
    return text


class ImportReportDialog(QDialog):
    """What an import did, with one line per failed file (or line) and its reason."""

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(translate("ImportDialog", "Import report"))
        self.report = report
        self.summary = QLabel(report_summary(report), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.failures = QListWidget(self)
        self.failures.setObjectName("importFailures")
        for f in report.failed:
            self.failures.addItem(tr_message(str(f)))
        self.failures.setVisible(bool(report.failed))
        failed_label = QLabel(translate("ImportDialog", "Not imported, with the reason:"), self)
        failed_label.setVisible(bool(report.failed))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("ImportDialog", "Close")
        )
        if report.failed:
            copy = buttons.addButton(
                translate("ImportDialog", "Copy list"), QDialogButtonBox.ButtonRole.ActionRole
            )
            copy.clicked.connect(self.copy_failures)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(failed_label)
        layout.addWidget(self.failures, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        if report.failed:
            self.resize(760, 420)

    def copy_failures(self) -> None:
        QGuiApplication.clipboard().setText(
            "\n".join(tr_message(str(f)) for f in self.report.failed)
        )


def show_report(parent: QWidget | None, report: Any) -> ImportReportDialog:
    """Open the report without blocking (window-modal); returns the dialog."""
    dialog = ImportReportDialog(report, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# ---------------------------------------------------------------- files and folders


def import_paths_interactive(
    parent: QWidget | None, project: Any, paths: Sequence[str | Path]
) -> Any:
    """Import with progress and Cancel, then show the report; the ImportReport or None."""
    from rareearth_desk.io.importers import import_paths

    if project is None or not paths:
        return None
    items = [Path(p) for p in paths]
    report = run_with_progress(
        parent,
        translate("ImportDialog", "Importing articles"),
        lambda cancel: import_paths(project, items, cancel=cancel),
    )
    if report is not None:
        show_report(parent, report)
    return report


# ---------------------------------------------------------------- drag and drop


class DropHandler(QObject):
    """Event filter: local files and folders dropped on the widget go to ``on_paths``."""

    def __init__(self, on_paths: Callable[[list[str]], Any], parent: QObject) -> None:
        super().__init__(parent)
        self.on_paths = on_paths

    @staticmethod
    def paths_of(event: QDropEvent | QDragEnterEvent) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.paths_of(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            paths = self.paths_of(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.on_paths(paths)
                return True
        return False


def install_drop_handler(widget: QWidget, on_paths: Callable[[list[str]], Any]) -> DropHandler:
    """Accept dropped files and folders on ``widget`` and the children that take drops."""
    handler = DropHandler(on_paths, widget)
    widget.setAcceptDrops(True)
    widget.installEventFilter(handler)
    for child in widget.findChildren(QWidget):
        if child.acceptDrops():
            child.installEventFilter(handler)
    return handler


# ---------------------------------------------------------------- paste


class PastePreview(QDialog):
    """The articles found in pasted text: how many, their titles; Import or Cancel."""

    def __init__(self, records: list[Any], failures: list[Any], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("pastePreview")
        self.setWindowTitle(translate("ImportDialog", "Paste as article"))
        n = len(records)
        if n == 1:
            head = translate("ImportDialog", "The clipboard holds one article.")
        else:
            head = translate(
                "ImportDialog", "The clipboard holds a digest of {n} articles."
            ).format(n=n)
        self.heading = QLabel(head, self)
        self.heading.setObjectName("pasteCount")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(n, 4, self)
        self.table.setObjectName("pasteTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Title"),
                translate("ImportDialog", "Source"),
                translate("ImportDialog", "Published"),
                translate("ImportDialog", "Characters"),
            ]
        )
        for row, r in enumerate(records):
            published = r.published.strftime("%Y-%m-%d %H:%M") if r.published else ""
            values = [r.title, r.source, published, f"{len(r.text):,}"]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.problems = QLabel("\n".join(tr_message(str(f)) for f in failures[:10]), self)
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(failures))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(
            translate("ImportDialog", "Import {n} article(s)").format(n=n)
            if n
            else translate("ImportDialog", "Import")
        )
        self.ok.setEnabled(n > 0)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ImportDialog", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(820, 460 if n > 1 else 260)


def paste_records(text: str) -> tuple[list[Any], list[Any]]:
    """Records and failures read from pasted text."""
    from rareearth_desk.io.importers import ImportFailure, read_text

    items = read_text(text, origin="clipboard")
    failures = [i for i in items if isinstance(i, ImportFailure)]
    records = [i for i in items if not isinstance(i, ImportFailure)]
    return records, failures


def paste_as_article(parent: QWidget | None, project: Any, text: str | None = None) -> Any:
    """Import the clipboard's text after a preview; the ImportReport, or None if cancelled."""
    from rareearth_desk.io.importers import import_text

    if project is None:
        return None
    if text is None:
        text = QGuiApplication.clipboard().text()
    if not text.strip():
        from rareearth_desk.ui.errors import show_error

        show_error(
            parent,
            translate("ImportDialog", "Paste as article"),
            translate("ImportDialog", "The clipboard holds no text to import."),
        )
        return None
    records, failures = paste_records(text)
    preview = PastePreview(records, failures, parent)
    if not preview.exec() or not records:
        return None
    try:
        report = import_text(project, text, origin="clipboard")
    except Exception as exc:  # noqa: BLE001 - one line for the user; nothing was written
        from rareearth_desk.ui.errors import show_error

        show_error(parent, translate("ImportDialog", "Paste as article"), str(exc))
        return None
    show_report(parent, report)
    return report


# ---------------------------------------------------------------- main-window hooks


def _refresh_window(window: Any, report: Any) -> None:
    session = window.session
    if session.project is None:
        return
    window.list.set_project(session.project.repo, session.codebook)
    if report is not None and report.article_ids:
        window.list.select_id(report.article_ids[0])
    if callable(getattr(window, "update_status", None)):
        window.update_status()


def import_files(window: Any, paths: Sequence[str] | None = None) -> Any:
    """File > Import files (``paths`` None asks for them), and dropped paths."""
    project = window.session.project
    if project is None:
        return None
    chosen = list(paths) if paths is not None else choose_files(window, project)
    if not chosen:
        return None
    report = import_paths_interactive(window, project, chosen)
    _refresh_window(window, report)
    return report


def import_folder(window: Any) -> Any:
    project = window.session.project
    if project is None:
        return None
    return import_files(window, choose_folder(window, project) or [])


def paste_articles(window: Any) -> Any:
    """File > Paste as article."""
    report = paste_as_article(window, window.session.project)
    _refresh_window(window, report)
    return report
