"""The tree of the codebook editor: each dimension with its labels, reordered by drag.

``CodebookTree.fill`` shows a codebook (a swatch, names in both languages, key,
shortcut and how many claims use each label). A drag may reorder labels inside their
dimension or reorder dimensions, never move a label elsewhere: ``orderChanged`` then
names what moved, and a drop across levels asks for the stored order back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QDropEvent, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from rareearth_desk.ui.codebook_questions import label_text

translate = QCoreApplication.translate

ROLE = Qt.ItemDataRole.UserRole
DIM, LABEL = "dim", "label"


def swatch(colour: str, size: int = 14) -> QIcon:
    """A colour square with a grey rim, so that dark colours show on a dark theme too."""
    pix = QPixmap(size, size)
    pix.fill(QColor("#8a8d93"))
    painter = QPainter(pix)
    painter.fillRect(1, 1, size - 2, size - 2, QColor(colour))
    painter.end()
    return QIcon(pix)


class CodebookTree(QTreeWidget):
    """Dimensions with their labels; a drag may reorder but never move across levels."""

    orderChanged = Signal(object)  # a dimension id (its labels moved) or None (dimensions)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookTree")
        self.setColumnCount(4)
        self.setHeaderLabels(
            [
                translate("CodebookEditor", "Name"),
                translate("CodebookEditor", "Key"),
                translate("CodebookEditor", "Shortcut"),
                translate("CodebookEditor", "Claims"),
            ]
        )
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)

    def tops(self) -> list[QTreeWidgetItem]:
        """The dimension items, in order."""
        return [item for i in range(self.topLevelItemCount()) if (item := self.topLevelItem(i))]

    @staticmethod
    def label_items(top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [item for j in range(top.childCount()) if (item := top.child(j))]

    def structure(self) -> list[tuple[int, list[int]]]:
        """(dimension id, [label ids]) as the tree shows them."""
        return [
            (top.data(0, ROLE)[1], [c.data(0, ROLE)[1] for c in self.label_items(top)])
            for top in self.tops()
        ]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        item = self.currentItem()
        if item is None:
            event.ignore()
            return
        kind, _ident = item.data(0, ROLE)
        before = self.structure()
        parent = item.parent()
        parent_before = parent.data(0, ROLE)[1] if parent is not None else None
        super().dropEvent(event)
        after_parent = item.parent()
        valid = (kind == DIM and after_parent is None) or (
            kind == LABEL
            and after_parent is not None
            and after_parent.data(0, ROLE)[1] == parent_before
        )
        after = self.structure()
        if not valid or any(k == LABEL for k in self._kinds_at_top()):
            self.orderChanged.emit(("invalid", before))
            return
        if after != before:
            self.orderChanged.emit(parent_before if kind == LABEL else None)

    def _kinds_at_top(self) -> list[str]:
        return [top.data(0, ROLE)[0] for top in self.tops()]

    def fill(self, codebook: Any, counts: dict[int, int], select: tuple[str, int] | None) -> None:
        """Show ``codebook``; ``counts`` is claims per label id; keep ``select`` current."""
        self.blockSignals(True)
        self.clear()
        chosen: QTreeWidgetItem | None = None
        for d in codebook.dimensions:
            kind = (
                translate("CodebookEditor", "one per claim")
                if d.single
                else translate("CodebookEditor", "several per claim")
            )
            top = QTreeWidgetItem([f"{d.name_zh} · {d.name_en}  ({kind})", d.key, "", ""])
            top.setData(0, ROLE, (DIM, d.id))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.addTopLevelItem(top)
            if select == (DIM, d.id):
                chosen = top
            for lab in d.labels:
                used = counts.get(lab.id, 0)
                item = QTreeWidgetItem([label_text(lab), lab.key, lab.shortcut, f"{used:,}"])
                item.setData(0, ROLE, (LABEL, lab.id))
                item.setIcon(0, swatch(lab.colour))
                item.setToolTip(0, lab.description)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                item.setTextAlignment(
                    3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                top.addChild(item)
                if select == (LABEL, lab.id):
                    chosen = item
            top.setExpanded(True)
        self.blockSignals(False)
        if chosen is None and self.topLevelItemCount():
            chosen = self.topLevelItem(0)
        if chosen is not None:
            self.setCurrentItem(chosen)

    def current(self) -> tuple[str, int] | None:
        item = self.currentItem()
        return tuple(item.data(0, ROLE)) if item is not None else None  # type: ignore[return-value]

    def item_for(self, kind: str, ident: int) -> QTreeWidgetItem | None:
        for top in self.tops():
            if top.data(0, ROLE) == (kind, ident):
                return top
            for child in self.label_items(top):
                if child.data(0, ROLE) == (kind, ident):
                    return child
        return None

    def select(self, kind: str, ident: int) -> None:
        item = self.item_for(kind, ident)
        if item is not None:
            self.setCurrentItem(item)
