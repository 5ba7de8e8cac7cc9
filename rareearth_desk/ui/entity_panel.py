"""Entity legend (one colour per type, a toggle and a count each) and the article's entities.

Unticking a type hides its highlights in the view; clicking an entity in the list
selects its first occurrence in the text.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rareearth_desk.ui.highlight import entity_colour, entity_name, is_dark

TYPES = ("GPE", "ORG", "PERSON", "LOC", "MATERIAL", "QUANTITY", "DATE")
MAX_ROWS = 300  # distinct entities listed (most frequent first); the counts cover them all

translate = QCoreApplication.translate


class EntityPanel(QWidget):
    hiddenTypesChanged = Signal(object)  # set[str]
    mentionChosen = Signal(int, int)  # start, end (code points)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.state = QLabel(translate("EntityPanel", "Entities: loading the highlighter…"), self)
        self.state.setObjectName("entityState")
        legend = QWidget(self)
        grid = QGridLayout(legend)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(0)
        for i, t in enumerate(TYPES):
            box = QCheckBox(entity_name(t), legend)
            box.setObjectName(f"legend_{t}")
            box.setChecked(True)
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.toggled.connect(self._toggled)
            grid.addWidget(box, i // 2, i % 2)
            self.boxes[t] = box
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("entityList")
        self.tree.setHeaderLabels(
            [translate("EntityPanel", "Entity"), translate("EntityPanel", "Type"), "×"]
        )
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._chosen)
        self.tree.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(legend)
        layout.addWidget(self.tree, 1)
        self._recolour()
        self.set_mentions(None, "")

    def _recolour(self) -> None:
        dark = is_dark(self.palette())
        for t, box in self.boxes.items():
            colour = entity_colour(t, dark).name()
            box.setStyleSheet(f"QCheckBox {{ color: {colour}; font-weight: 600; }}")

    def hidden_types(self) -> set[str]:
        return {t for t, box in self.boxes.items() if not box.isChecked()}

    def toggle_type(self, entity_type: str) -> None:
        box = self.boxes.get(entity_type)
        if box is not None:
            box.setChecked(not box.isChecked())

    def _toggled(self, _on: bool) -> None:
        self.hiddenTypesChanged.emit(self.hidden_types())

    def set_mentions(self, mentions: list[Any] | None, text: str) -> None:
        """Counts per type and one row per distinct entity; None while still loading."""
        self.tree.clear()
        counts: Counter[str] = Counter()
        first: dict[tuple[str, str], tuple[int, int]] = {}
        per: Counter[tuple[str, str]] = Counter()
        for m in mentions or []:
            counts[m.type] += 1
            key = (text[m.start : m.end], m.type)
            per[key] += 1
            first.setdefault(key, (m.start, m.end))
        for t, box in self.boxes.items():
            name = entity_name(t)
            box.setText(f"{name} {counts[t]}" if mentions is not None else name)
        if mentions is None:
            self.state.setText(translate("EntityPanel", "Entities: loading the highlighter…"))
            return
        self.state.setText(
            translate("EntityPanel", "Entities: {n} in this article").format(n=len(mentions))
        )
        dark = is_dark(self.palette())
        items = []
        ranked = sorted(per.items(), key=lambda kv: (-kv[1], kv[0][0]))
        for (surface, t), n in ranked[:MAX_ROWS]:
            item = QTreeWidgetItem([surface, entity_name(t), str(n)])
            item.setToolTip(1, t)
            item.setData(1, Qt.ItemDataRole.UserRole, t)
            item.setForeground(0, entity_colour(t, dark))
            item.setData(0, Qt.ItemDataRole.UserRole, first[(surface, t)])
            items.append(item)
        if len(ranked) > MAX_ROWS:
            more = translate("EntityPanel", "… {n} more, each fewer times")
            rest = QTreeWidgetItem([more.format(n=f"{len(ranked) - MAX_ROWS:,}"), "", ""])
            rest.setDisabled(True)
            items.append(rest)
        self.tree.addTopLevelItems(items)

    def _chosen(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        span = item.data(0, Qt.ItemDataRole.UserRole)
        if span:
            self.mentionChosen.emit(int(span[0]), int(span[1]))
