"""The Export dialog: format, scope, language, entities; progress with Cancel; open folder.

``export_interactive(parent, project, current_filter)`` asks where and how to export,
runs ``io.export_excel.export_workbook`` (or the CSV / JSON Lines export of
``io.export_text``) with a progress dialog and Cancel, and at the end offers to open
the folder. ``export(window)`` does the same for the main window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rareearth_desk.ui.messages import tr_message
from rareearth_desk.ui.tasks import run_with_progress
from rareearth_desk.ui.theme import muted_text_colour

translate = QCoreApplication.translate

FORMATS = (".xlsx", ".csv", ".jsonl")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    path: Path
    flt: Any  # None for the whole project
    lang: str  # "zh" or "en"
    include_entities: bool

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()


def _settings() -> QSettings:
    from rareearth_desk.paths import config_dir

    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def default_folder(project: Any, remembered: str) -> Path:
    """Where an export goes first: the last export's folder if it is still there, else
    the project's folder, else (for projects the app keeps, like the sample) Documents."""
    from rareearth_desk.ui.preferences import start_folder

    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return start_folder(project)


def _filter_active(flt: Any) -> bool:
    if flt is None:
        return False
    empty = getattr(flt, "is_empty", None)
    return not empty() if callable(empty) else True


class ExportDialog(QDialog):
    def __init__(
        self, project: Any, current_filter: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.project = project
        self.current_filter = current_filter
        settings = _settings()
        folder = default_folder(project, str(settings.value("export/folder", "") or ""))
        fmt = str(settings.value("export/format", ".xlsx"))
        fmt = fmt if fmt in FORMATS else ".xlsx"
        lang = str(settings.value("export/lang", "")) or _ui_lang()

        self.format = QComboBox(self)
        self.format.setObjectName("format")
        for suffix, text in (
            (".xlsx", translate("ExportDialog", "Excel workbook (.xlsx)")),
            (".csv", translate("ExportDialog", "CSV, one row per claim (.csv)")),
            (".jsonl", translate("ExportDialog", "JSON Lines, one article per line (.jsonl)")),
        ):
            self.format.addItem(text, suffix)
        self.format.setCurrentIndex(FORMATS.index(fmt))

        self.path = QLineEdit(str(Path(folder) / (Path(project.path).stem + fmt)), self)
        self.path.setObjectName("path")
        self.path.setMinimumWidth(380)
        browse = QPushButton(translate("ExportDialog", "Browse…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.scope_all = QRadioButton(translate("ExportDialog", "The whole project"), self)
        self.scope_all.setObjectName("scopeAll")
        self.scope_filter = QRadioButton(
            translate("ExportDialog", "The articles of the current filter"), self
        )
        self.scope_filter.setObjectName("scopeFilter")
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.scope_all)
        self.scope_group.addButton(self.scope_filter)
        active = _filter_active(current_filter)
        self.scope_filter.setEnabled(active)
        (self.scope_filter if active else self.scope_all).setChecked(True)
        self.filter_words = QLabel(self._describe(current_filter, lang) if active else "", self)
        self.filter_words.setWordWrap(True)
        self.filter_words.setStyleSheet(f"color: {muted_text_colour(self.palette()).name()};")
        self.filter_words.setVisible(active)
        scope = QVBoxLayout()
        scope.addWidget(self.scope_all)
        scope.addWidget(self.scope_filter)
        scope.addWidget(self.filter_words)

        self.lang = QComboBox(self)
        self.lang.setObjectName("lang")
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if lang == "zh" else 1)
        self.entities = QCheckBox(translate("ExportDialog", "Include entities"), self)
        self.entities.setObjectName("entities")
        self.entities.setChecked(settings.value("export/entities", "true") in ("true", True))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ExportDialog", "&Format:"), self.format)
        save_as = QLabel(translate("ExportDialog", "&Save as:"), self)
        save_as.setBuddy(self.path)
        form.addRow(save_as, path_row)
        form.addRow(translate("ExportDialog", "Articles:"), scope)
        form.addRow(translate("ExportDialog", "&Labels and headers in:"), self.lang)
        form.addRow("", self.entities)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("ExportDialog", "Export"))
        self.ok.setObjectName("exportButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ExportDialog", "Cancel")
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _describe(self, flt: Any, lang: str) -> str:
        from rareearth_desk.core.codebook import load_codebook
        from rareearth_desk.io.export_common import describe_filter

        try:
            codebook = load_codebook(self.project)
        except Exception:  # noqa: BLE001 - label ids are shown instead of names
            codebook = None
        return describe_filter(flt, codebook, lang)

    def _format_changed(self) -> None:
        suffix = str(self.format.currentData())
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(suffix)))
        self.entities.setEnabled(suffix != ".jsonl")

    def browse(self) -> None:
        suffix = str(self.format.currentData())
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Export to"),
            self.path.text(),
            self.format.currentText().split(" (")[0] + f" (*{suffix})",
        )
        if name:
            self.path.setText(str(Path(name).with_suffix(suffix)))

    def options(self) -> ExportOptions:
        suffix = str(self.format.currentData())
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        return ExportOptions(
            path=path,
            flt=self.current_filter if self.scope_filter.isChecked() else None,
            lang=str(self.lang.currentData()),
            include_entities=self.entities.isChecked() and suffix != ".jsonl",
        )

    def _accept(self) -> None:
        text = self.path.text().strip()
        problem = ""
        if not text:
            problem = translate("ExportDialog", "Choose a file to export to.")
        elif not Path(text).expanduser().parent.is_dir():
            problem = translate("ExportDialog", "The folder does not exist: {folder}").format(
                folder=Path(text).expanduser().parent
            )
        elif Path(text).expanduser().is_dir():
            problem = translate("ExportDialog", "This is a folder, not a file: {path}").format(
                path=text
            )
        if problem:
            QMessageBox.warning(self, translate("ExportDialog", "Export"), problem)
            return
        o = self.options()
        if o.path.exists():
            answer = QMessageBox.question(
                self,
                translate("ExportDialog", "Export"),
                translate("ExportDialog", "{name} exists. Replace it?").format(name=o.path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        settings = _settings()
        settings.setValue("export/folder", str(o.path.parent))
        settings.setValue("export/format", o.suffix)
        settings.setValue("export/lang", o.lang)
        settings.setValue("export/entities", self.entities.isChecked())
        settings.sync()
        self.accept()


def _ui_lang() -> str:
    """The interface language in use: the installed translation, else the preference."""
    from rareearth_desk.ui.preferences import Preferences
    from rareearth_desk.ui.settings import current_language

    return current_language() or Preferences().effective_language()


def run_export(parent: QWidget | None, project: Any, options: ExportOptions) -> Any:
    """Run the export with progress and Cancel; the ExportReport, or None if it failed."""
    from rareearth_desk.io.export_text import export_file

    def job(cancel: Any) -> Any:
        return export_file(
            project,
            options.path,
            flt=options.flt,
            lang=options.lang,
            include_entities=options.include_entities,
            cancel=cancel,
        )

    return run_with_progress(parent, translate("ExportDialog", "Exporting"), job)


def report_text(report: Any) -> str:
    if report.cancelled:
        return translate(
            "ExportDialog", "Export cancelled. No file was written; an older file is unchanged."
        )
    text = translate(
        "ExportDialog", "Exported {claims:,} claim(s) from {articles:,} article(s) to:\n{path}"
    ).format(claims=report.claims, articles=report.articles, path=report.path)
    if report.cut_cells:
        text += "\n" + translate(
            "ExportDialog", "{n} cell(s) were longer than Excel allows and were cut with a mark."
        ).format(n=report.cut_cells)
    for w in report.warnings:
        text += "\n" + tr_message(w)
    return text


def show_result(parent: QWidget | None, report: Any) -> QMessageBox:
    """Say what was written and offer to open its folder (non-blocking)."""
    box = QMessageBox(parent)
    box.setObjectName("exportResult")
    box.setWindowTitle(translate("ExportDialog", "Export"))
    box.setText(report_text(report))
    box.setIcon(QMessageBox.Icon.Information)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if not report.cancelled:
        open_button = box.addButton(
            translate("ExportDialog", "Open folder"), QMessageBox.ButtonRole.ActionRole
        )
        open_button.setObjectName("openFolder")
        folder = str(Path(report.path).parent)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))
    box.addButton(translate("ExportDialog", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.open()
    return box


def export_interactive(parent: QWidget | None, project: Any, current_filter: Any = None) -> Any:
    """Ask, export with progress, report; the ExportReport, or None if not exported."""
    if project is None:
        return None
    dialog = ExportDialog(project, current_filter, parent)
    if not dialog.exec():
        return None
    report = run_export(parent, project, dialog.options())
    if report is not None:
        show_result(parent, report)
    return report


def export(window: Any) -> Any:
    """File > Export of the main window."""
    return export_interactive(window, window.session.project, window.list.current_filter())
