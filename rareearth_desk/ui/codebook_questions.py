"""Small dialogs the codebook editor asks with: new names, and what to do with claims.

``NamesDialog`` asks for a Chinese and an English name (and a kind for a new
dimension). ``InUseDialog`` says how many claims use a label that is being deleted
and asks: move them to another label, remove the label from them, or cancel.
``MergeDialog`` picks the label to merge into and says how many claims move. The
``ask_*`` functions show them and return the answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate

REASSIGN, REMOVE = "reassign", "remove"


def label_text(label: Any) -> str:
    return f"{label.name_zh} · {label.name_en}" if label.name_zh != label.name_en else label.name_en


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        translate("CodebookEditor", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NamesDialog(QDialog):
    """Names in both languages, and the kind when a dimension is being added."""

    def __init__(self, title: str, parent: QWidget | None, *, with_kind: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("namesDialog")
        self.setWindowTitle(title)
        self.name_zh = QLineEdit(self)
        self.name_zh.setObjectName("nameZh")
        self.name_en = QLineEdit(self)
        self.name_en.setObjectName("nameEn")
        form = QFormLayout()
        form.addRow(translate("CodebookEditor", "Chinese name:"), self.name_zh)
        form.addRow(translate("CodebookEditor", "English name:"), self.name_en)
        self.kind: QComboBox | None = None
        if with_kind:
            self.kind = QComboBox(self)
            self.kind.setObjectName("kind")
            self.kind.addItem(translate("CodebookEditor", "Several labels per claim"), "multi")
            self.kind.addItem(translate("CodebookEditor", "One label per claim"), "single")
            form.addRow(translate("CodebookEditor", "Choice:"), self.kind)
        self.buttons = _buttons(self, translate("CodebookEditor", "Add"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        for edit in (self.name_zh, self.name_en):
            edit.textChanged.connect(
                lambda _t: ok.setEnabled(
                    bool(self.name_zh.text().strip() or self.name_en.text().strip())
                )
            )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)

    def values(self) -> tuple[str, str, str]:
        kind = str(self.kind.currentData()) if self.kind is not None else "multi"
        return self.name_zh.text().strip(), self.name_en.text().strip(), kind


class InUseDialog(QDialog):
    """A label in use is being deleted: reassign its claims, remove it from them, or cancel."""

    def __init__(
        self, label: Any, claim_count: int, others: list[Any], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inUseDialog")
        self.setWindowTitle(translate("CodebookEditor", "Delete label"))
        self.message = QLabel(
            translate(
                "CodebookEditor",
                "The label “{label}” is used by {n} claim(s). What should happen to them?",
            ).format(label=label_text(label), n=claim_count),
            self,
        )
        self.message.setObjectName("inUseMessage")
        self.message.setWordWrap(True)
        self.reassign = QRadioButton(
            translate("CodebookEditor", "Give them this label instead:"), self
        )
        self.reassign.setObjectName("reassign")
        self.target = QComboBox(self)
        self.target.setObjectName("target")
        for other in others:
            self.target.addItem(label_text(other), other.id)
        self.remove = QRadioButton(
            translate("CodebookEditor", "Remove the label from those claims (the claims stay)"),
            self,
        )
        self.remove.setObjectName("remove")
        group = QButtonGroup(self)
        group.addButton(self.reassign)
        group.addButton(self.remove)
        if others:
            self.reassign.setChecked(True)
        else:
            self.reassign.setEnabled(False)
            self.target.setEnabled(False)
            self.remove.setChecked(True)
        self.reassign.toggled.connect(self.target.setEnabled)
        self.buttons = _buttons(self, translate("CodebookEditor", "Delete label"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.reassign)
        layout.addWidget(self.target)
        layout.addWidget(self.remove)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def choice(self) -> tuple[str, int | None]:
        if self.reassign.isChecked() and self.target.count():
            return REASSIGN, int(self.target.currentData())
        return REMOVE, None


class MergeDialog(QDialog):
    """Merge a label into another: every claim with it gets the other; it is deleted."""

    def __init__(
        self, label: Any, claim_count: int, others: list[Any], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(translate("CodebookEditor", "Merge label"))
        self.message = QLabel(
            translate(
                "CodebookEditor",
                "Merge “{label}” into another label. Its {n} claim(s) get that label "
                "and “{label}” is deleted.",
            ).format(label=label_text(label), n=claim_count),
            self,
        )
        self.message.setObjectName("mergeMessage")
        self.message.setWordWrap(True)
        self.target = QComboBox(self)
        self.target.setObjectName("target")
        for other in others:
            self.target.addItem(label_text(other), other.id)
        form = QFormLayout()
        form.addRow(translate("CodebookEditor", "Merge into:"), self.target)
        self.buttons = _buttons(self, translate("CodebookEditor", "Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(others))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def target_id(self) -> int | None:
        return int(self.target.currentData()) if self.target.count() else None


def ask_merge(parent: QWidget, label: Any, used: int, others: list[Any]) -> int | None:
    """The label to merge ``label`` into, or None."""
    dialog = MergeDialog(label, used, others, parent)
    try:
        return dialog.target_id() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def ask_delete_label(
    parent: QWidget, label: Any, used: int, others: list[Any]
) -> tuple[str, int | None] | None:
    """(REASSIGN, label id) or (REMOVE, None) to go ahead, None to keep the label."""
    if not used:
        answer = QMessageBox.question(
            parent,
            translate("CodebookEditor", "Delete label"),
            translate("CodebookEditor", "Delete the label “{label}”? No claim uses it.").format(
                label=label_text(label)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return (REMOVE, None) if answer == QMessageBox.StandardButton.Yes else None
    dialog = InUseDialog(label, used, others, parent)
    try:
        return dialog.choice() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def ask_delete_dimension(parent: QWidget, dim: Any, used: int) -> bool:
    """Whether to delete ``dim`` (and take its labels off the ``used`` claims)."""
    names = f"{dim.name_zh} · {dim.name_en}"
    if used:
        text = translate(
            "CodebookEditor",
            "The dimension “{dim}” and its {labels} label(s) are used by {n} claim(s). "
            "Delete it and remove its labels from those claims (the claims stay)?",
        ).format(dim=names, labels=len(dim.labels), n=used)
    else:
        text = translate(
            "CodebookEditor", "Delete the dimension “{dim}” and its {labels} label(s)?"
        ).format(dim=names, labels=len(dim.labels))
    answer = QMessageBox.question(
        parent,
        translate("CodebookEditor", "Delete dimension"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_codebook_file(parent: QWidget, start: Path, *, save: bool) -> str:
    """A codebook file to write (``save``) or to read; "" when none was chosen."""
    kinds = translate("CodebookEditor", "Codebook (*.json);;All files (*)")
    if save:
        title = translate("CodebookEditor", "Export codebook")
        name, _ = QFileDialog.getSaveFileName(parent, title, str(start), kinds)
    else:
        title = translate("CodebookEditor", "Import codebook")
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start), kinds)
    return str(name or "")


def other_labels(codebook: Any, label: Any) -> list[Any]:
    """Every label but ``label``: those of its own dimension first."""
    dim = codebook.dimension_of(label.id)
    same = [lab for lab in dim.labels if lab.id != label.id] if dim else []
    return same + [lab for lab in codebook.labels if lab.dimension_id != label.dimension_id]


def clash_lines(codebook: Any) -> list[str]:
    """One line per shortcut that more than one label has."""
    from rareearth_desk.core.codebook import shortcut_clashes

    return [
        translate("CodebookEditor", "Shortcut {key} is given to: {labels}").format(
            key=c.key, labels=", ".join(label_text(lab) for lab in c.labels)
        )
        for c in shortcut_clashes(codebook)
    ]
