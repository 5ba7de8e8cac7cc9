"""Deleting and merging in the codebook editor: ask about the claims, do it, undo it.

``Removal`` works for one ``CodebookEditor``: a label in use is deleted only after the
analyst says where its claims go (another label, or nowhere) and a merge names how many
claims move (``codebook_questions``); each is one call into ``core.codebook`` through
the editor. The last delete or merge can be put back exactly, claims included.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from rareearth_desk.core import codebook as cb
from rareearth_desk.ui.codebook_questions import (
    ask_delete_dimension,
    ask_delete_label,
    ask_merge,
    other_labels,
)
from rareearth_desk.ui.codebook_tree import DIM, LABEL

if TYPE_CHECKING:
    from rareearth_desk.ui.codebook_editor import CodebookEditor

translate = QCoreApplication.translate


class Removal:
    def __init__(self, editor: CodebookEditor) -> None:
        self.editor = editor
        self.last: Any = None  # the CodebookDeletion of the last delete or merge

    def merge(self, label_id: int) -> None:
        ed = self.editor
        label = ed.codebook.label(label_id)
        used = cb.claims_using_label(ed.project, label_id)
        target = ask_merge(ed, label, len(used), other_labels(ed.codebook, label))
        if target is not None:
            self._run(cb.merge_labels, label_id, target, select=(LABEL, target))

    def delete_label(self, label_id: int) -> None:
        ed = self.editor
        label = ed.codebook.label(label_id)
        dim = ed.codebook.dimension_of(label_id)
        used = cb.claims_using_label(ed.project, label_id)
        answer = ask_delete_label(ed, label, len(used), other_labels(ed.codebook, label))
        if answer is None:
            ed.say(translate("CodebookEditor", "Nothing was deleted."))
        elif answer[1] is not None:
            target = answer[1]
            self._run(cb.delete_label, label_id, reassign_to=target, select=(LABEL, target))
        else:
            self._run(cb.delete_label, label_id, force=bool(used), select=(DIM, dim.id))

    def delete_dimension(self, dimension_id: int) -> None:
        ed = self.editor
        dim = ed.codebook.dimension(dimension_id)
        used = {c for lab in dim.labels for c in cb.claims_using_label(ed.project, lab.id)}
        if ask_delete_dimension(ed, dim, len(used)):
            self._run(cb.delete_dimension, dimension_id, force=bool(used))
        else:
            ed.say(translate("CodebookEditor", "Nothing was deleted."))

    def _run(self, edit: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        changes = self.editor.run(edit, *args, **kwargs)
        if changes is not None:
            self.last = changes.undo
            self.editor.buttons["undo"].setEnabled(True)

    def undo(self) -> None:
        """Put back the labels (and dimension) of the last delete or merge, claims included."""
        snapshot, self.last = self.last, None
        self.editor.buttons["undo"].setEnabled(False)
        if snapshot is None:
            return
        first = snapshot.labels[0]["id"] if snapshot.labels else None
        select = (LABEL, first) if first is not None else None
        if self.editor.run(cb.restore_labels, snapshot, select=select) is not None:
            self.editor.say(translate("CodebookEditor", "Put back as it was."))
