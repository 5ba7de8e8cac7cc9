"""Lazy table model of the article list, smooth with 100,000 articles.

The ids of the current filter are loaded once (one query); rows are fetched from the
repository in chunks as the view asks for them and kept in a small cache. A change to
some articles (a claim added, the status set) drops just their cached rows.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

CHUNK = 200
MAX_CHUNKS = 64

COLUMNS = (
    QT_TRANSLATE_NOOP("ArticleList", "Title"),
    QT_TRANSLATE_NOOP("ArticleList", "Source"),
    QT_TRANSLATE_NOOP("ArticleList", "Date"),
    QT_TRANSLATE_NOOP("ArticleList", "Claims"),
    QT_TRANSLATE_NOOP("ArticleList", "Status"),
)
STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("ArticleList", "new"),
    "started": QT_TRANSLATE_NOOP("ArticleList", "started"),
    "done": QT_TRANSLATE_NOOP("ArticleList", "done ✓"),
}
translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex


class ArticleTableModel(QAbstractTableModel):
    """Rows of ``repo.article_ids(filter)``, fetched ``CHUNK`` at a time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.repo: Any = None
        self.flt: Any = None
        self.ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._chunks: OrderedDict[int, list[Any]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)
        self._columns = [translate("ArticleList", c) for c in COLUMNS]
        self._status = {k: translate("ArticleList", v) for k, v in STATUS_TEXT.items()}
        self._untitled = translate("ArticleList", "(untitled)")

    def status_texts(self) -> list[str]:
        return list(self._status.values())

    # ------------------------------------------------------------ loading

    def set_repository(self, repo: Any) -> None:
        self.repo = repo
        self.reload()

    def set_filter(self, flt: Any) -> None:
        self.flt = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.ids = list(self.repo.article_ids(self.flt)) if self.repo is not None else []
        self._row_of = None
        self._chunks.clear()
        self.endResetModel()

    def row_of(self, article_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {aid: i for i, aid in enumerate(self.ids)}
        return self._row_of.get(article_id)

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_data(self, row: int) -> Any | None:
        if not 0 <= row < len(self.ids):
            return None
        chunk = row // CHUNK
        rows = self._chunks.get(chunk)
        if rows is None:
            rows = list(self.repo.article_rows(self.ids[chunk * CHUNK : (chunk + 1) * CHUNK]))
            self._chunks[chunk] = rows
            if len(self._chunks) > MAX_CHUNKS:
                self._chunks.popitem(last=False)
        else:
            self._chunks.move_to_end(chunk)
        i = row - chunk * CHUNK
        return rows[i] if i < len(rows) else None

    def refresh_articles(self, article_ids: set[int]) -> None:
        """Re-read the rows of these articles (if shown and cached) in one query."""
        rows = {aid: self.row_of(aid) for aid in article_ids}
        cached = [
            aid for aid, row in rows.items() if row is not None and row // CHUNK in self._chunks
        ]
        fresh = {r.id: r for r in self.repo.article_rows(cached)} if cached and self.repo else {}
        for aid, row in rows.items():
            if row is None:
                continue
            chunk = self._chunks.get(row // CHUNK)
            if chunk is not None:
                i = row - (row // CHUNK) * CHUNK
                if aid in fresh and i < len(chunk):
                    chunk[i] = fresh[aid]
                else:
                    self._chunks.pop(row // CHUNK, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008,N802 - Qt API
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008,N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        r = self.row_data(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.title or self._untitled
            if col == 1:
                return r.source
            if col == 2:
                return r.published.strftime("%Y-%m-%d") if r.published else ""
            if col == 3:
                return r.claims or ""
            return self._status.get(r.status, r.status)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            chars = translate("ArticleList", "{n} characters").format(n=f"{r.chars:,}")
            excerpt = " · " + translate("ArticleList", "excerpt") if r.excerpt else ""
            return f"{r.title}\n{r.source} · {chars}{excerpt}"
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "done":
            return QColor("#7a8a7a")
        if role == Qt.ItemDataRole.FontRole and r.status == "new" and col == 0:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
