"""The forms beside the codebook tree: one label's fields, or one dimension's names.

``LabelForm`` edits the Chinese and English names, the description, the colour and the
one-key shortcut of a label; a key that another label (or a fixed window command)
already has is named as it is typed. ``DimensionForm`` renames a dimension. Both only
ask (``applyRequested``, ``colourRequested``); the editor makes the change.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rareearth_desk.ui.codebook_questions import label_text
from rareearth_desk.ui.theme import contrast_text, error_text_colour, muted_text_colour

translate = QCoreApplication.translate


@cache
def window_keys() -> dict[str, str]:
    """One-key shortcuts of the main window's fixed commands: key (casefolded) -> command."""
    try:
        from rareearth_desk.ui.actions import ACTIONS
    except Exception:  # noqa: BLE001 - without the window's table there is nothing to check
        return {}
    keys: dict[str, str] = {}
    for spec in ACTIONS:
        for key in spec.shortcuts:
            if len(key) == 1:
                keys[key.casefold()] = spec.text.replace("&", "")
    return keys


class LabelForm(QGroupBox):
    applyRequested = Signal()
    colourRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("CodebookEditor", "Label"), parent)
        self.setObjectName("labelForm")
        self.label: Any = None
        self.codebook: Any = None
        self.name_zh = QLineEdit(self)
        self.name_zh.setObjectName("labelNameZh")
        self.name_en = QLineEdit(self)
        self.name_en.setObjectName("labelNameEn")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("labelDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.colour = QPushButton(self)
        self.colour.setObjectName("labelColour")
        self.colour.setAutoDefault(False)
        self.colour.setMinimumWidth(120)
        self.colour.clicked.connect(self.colourRequested.emit)
        self.shortcut = QLineEdit(self)
        self.shortcut.setObjectName("labelShortcut")
        self.shortcut.setMaxLength(1)
        self.shortcut.setFixedWidth(60)
        self.clash = QLabel(self)
        self.clash.setObjectName("shortcutClash")
        self.clash.setWordWrap(True)
        self.key = QLabel(self)
        self.key.setObjectName("labelKey")
        self.apply = QPushButton(translate("CodebookEditor", "Apply"), self)
        self.apply.setObjectName("applyLabel")
        self.apply.setAutoDefault(False)
        self.apply.setToolTip("Ctrl+Return")
        self.apply.clicked.connect(self._apply)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._apply)

        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour)
        colour_row.addStretch(1)
        key_row = QHBoxLayout()
        key_row.addWidget(self.shortcut)
        key_row.addStretch(1)
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("CodebookEditor", "Chinese name:"), self.name_zh)
        form.addRow(translate("CodebookEditor", "English name:"), self.name_en)
        form.addRow(translate("CodebookEditor", "Description:"), self.description)
        form.addRow(translate("CodebookEditor", "Colour:"), colour_row)
        form.addRow(translate("CodebookEditor", "Shortcut key:"), key_row)
        form.addRow("", self.clash)
        form.addRow(translate("CodebookEditor", "Key in files:"), self.key)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.shortcut.textEdited.connect(self._check_shortcut)

    def show_label(self, label: Any, codebook: Any) -> None:
        self.label, self.codebook = label, codebook
        self.name_zh.setText(label.name_zh)
        self.name_en.setText(label.name_en)
        self.description.setPlainText(label.description)
        self.shortcut.setText(label.shortcut)
        self.key.setText(label.key)
        self._paint_colour(label.colour)
        self._check_shortcut(label.shortcut)

    def _paint_colour(self, colour: str) -> None:
        text = contrast_text(colour).name()
        self.colour.setText(colour)
        self.colour.setStyleSheet(
            f"QPushButton {{ background: {colour}; color: {text}; border: 1px solid #888;"
            " border-radius: 3px; padding: 4px 10px; }"
        )

    def clash_with(self, key: str) -> str | None:
        """Why ``key`` cannot be this label's shortcut, or None when it is free."""
        key = key.strip()
        if not key or self.codebook is None:
            return None
        other = self.codebook.by_shortcut(key)
        if other is not None and (self.label is None or other.id != self.label.id):
            return translate("CodebookEditor", "“{key}” is already the key of {label}").format(
                key=key, label=label_text(other)
            )
        return None

    def _check_shortcut(self, text: str) -> None:
        problem = self.clash_with(text)
        warning = ""
        if problem is None and text.strip():
            command = window_keys().get(text.strip().casefold())
            if command:
                warning = translate(
                    "CodebookEditor", "Also the key of the window command “{command}”"
                ).format(command=command)
        if problem:
            colour = error_text_colour(self.palette()).name()
        else:
            colour = muted_text_colour(self.palette()).name()
        self.clash.setStyleSheet(f"color: {colour};")
        self.clash.setText(problem or warning)
        self.form.setRowVisible(self.clash, bool(problem or warning))
        self.apply.setEnabled(problem is None)

    def _apply(self) -> None:
        if self.apply.isEnabled():
            self.applyRequested.emit()


class DimensionForm(QGroupBox):
    applyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("CodebookEditor", "Dimension"), parent)
        self.setObjectName("dimensionForm")
        self.name_zh = QLineEdit(self)
        self.name_zh.setObjectName("dimNameZh")
        self.name_en = QLineEdit(self)
        self.name_en.setObjectName("dimNameEn")
        self.kind = QLabel(self)
        self.kind.setWordWrap(True)
        self.key = QLabel(self)
        self.apply = QPushButton(translate("CodebookEditor", "Apply"), self)
        self.apply.setObjectName("applyDimension")
        self.apply.setAutoDefault(False)
        self.apply.clicked.connect(self.applyRequested.emit)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.applyRequested.emit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("CodebookEditor", "Chinese name:"), self.name_zh)
        form.addRow(translate("CodebookEditor", "English name:"), self.name_en)
        form.addRow(translate("CodebookEditor", "Choice:"), self.kind)
        form.addRow(translate("CodebookEditor", "Key in files:"), self.key)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def show_dimension(self, dim: Any) -> None:
        self.name_zh.setText(dim.name_zh)
        self.name_en.setText(dim.name_en)
        self.key.setText(dim.key)
        self.kind.setText(
            translate("CodebookEditor", "One label per claim")
            if dim.single
            else translate("CodebookEditor", "Several labels per claim")
        )
