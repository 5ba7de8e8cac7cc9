"""Undoable annotation edits: each QUndoCommand calls a core.annotate use case.

The commands hold ids and values, never Qt widgets; the views redraw from the
``Changes`` the session broadcasts. Deleting then restoring a claim keeps its id.
A command whose first ``redo`` fails marks itself obsolete so the stack drops it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from rareearth_desk.ui.session import Session


def _annotate() -> Any:
    from rareearth_desk.core import annotate

    return annotate


class _Command(QUndoCommand):
    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session

    def _fail(self) -> None:
        self.setObsolete(True)


class AddClaim(_Command):
    """Tag ``start:end`` of an article as a claim with the given labels."""

    def __init__(
        self,
        session: Session,
        article_id: int,
        start: int,
        end: int,
        label_ids: tuple[int, ...] = (),
        note: str = "",
    ) -> None:
        super().__init__(session, "Add claim")
        self.article_id, self.start, self.end = article_id, start, end
        self.label_ids, self.note = tuple(label_ids), note
        self.claim_id: int | None = None
        self._snapshot: Any = None

    def redo(self) -> None:
        a = _annotate()
        if self._snapshot is not None:
            self.session.run(a.restore_claim, self._snapshot)
            return
        changes = self.session.run(
            a.add_claim,
            self.article_id,
            self.start,
            self.end,
            label_ids=self.label_ids,
            note=self.note,
            annotator=self.session.annotator,
        )
        if changes is None:
            self._fail()
            return
        self.claim_id = changes.created_claim

    def undo(self) -> None:
        if self.claim_id is None:
            return
        changes = self.session.run(_annotate().delete_claim, self.claim_id)
        if changes is not None:
            self._snapshot = changes.undo


class DeleteClaim(_Command):
    def __init__(self, session: Session, claim_id: int) -> None:
        super().__init__(session, "Delete claim")
        self.claim_id = claim_id
        self._snapshot: Any = None

    def redo(self) -> None:
        changes = self.session.run(_annotate().delete_claim, self.claim_id)
        if changes is None:
            self._fail()
            return
        self._snapshot = changes.undo

    def undo(self) -> None:
        if self._snapshot is not None:
            self.session.run(_annotate().restore_claim, self._snapshot)


class SetStance(_Command):
    def __init__(self, session: Session, claim_id: int, new: int | None, old: int | None) -> None:
        super().__init__(session, "Set stance")
        self.claim_id, self.new, self.old = claim_id, new, old

    def redo(self) -> None:
        if self.session.run(_annotate().set_stance, self.claim_id, self.new) is None:
            self._fail()

    def undo(self) -> None:
        self.session.run(_annotate().set_stance, self.claim_id, self.old)


class ToggleLabel(_Command):
    def __init__(self, session: Session, claim_id: int, label_id: int) -> None:
        super().__init__(session, "Toggle topic")
        self.claim_id, self.label_id = claim_id, label_id

    def redo(self) -> None:
        if self.session.run(_annotate().toggle_label, self.claim_id, self.label_id) is None:
            self._fail()

    def undo(self) -> None:
        self.session.run(_annotate().toggle_label, self.claim_id, self.label_id)


class SetNote(_Command):
    """Consecutive note edits of one claim merge into one undo step."""

    ID = 1001

    def __init__(self, session: Session, claim_id: int, new: str, old: str) -> None:
        super().__init__(session, "Edit note")
        self.claim_id, self.new, self.old = claim_id, new, old

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, SetNote) or other.claim_id != self.claim_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self.session.run(_annotate().set_note, self.claim_id, self.new) is None:
            self._fail()

    def undo(self) -> None:
        self.session.run(_annotate().set_note, self.claim_id, self.old)


class SetStatus(_Command):
    def __init__(self, session: Session, article_id: int, new: str, old: str) -> None:
        super().__init__(session, "Set status")
        self.article_id, self.new, self.old = article_id, new, old

    def redo(self) -> None:
        if self.session.run(_annotate().set_status, self.article_id, self.new) is None:
            self._fail()

    def undo(self) -> None:
        self.session.run(_annotate().set_status, self.article_id, self.old)


class AddEntityRule(_Command):
    """A highlighter correction (add / retype / suppress) for one article or the project."""

    def __init__(
        self,
        session: Session,
        action: str,
        term: str,
        entity_type: str = "",
        article_id: int | None = None,
    ) -> None:
        scope = "this article" if article_id is not None else "the project"
        super().__init__(session, f"Entity correction ({action} “{term}” in {scope})")
        self.action, self.term, self.entity_type, self.article_id = (
            action,
            term,
            entity_type,
            article_id,
        )
        self.rule_id: int | None = None
        self._snapshot: Any = None

    def redo(self) -> None:
        a = _annotate()
        if self._snapshot is not None:
            self.session.run(a.restore_entity_rule, self._snapshot)
            return
        changes = self.session.run(
            a.add_entity_rule, self.action, self.term, self.entity_type, self.article_id
        )
        if changes is None:
            self._fail()
            return
        self.rule_id = changes.undo

    def undo(self) -> None:
        if self.rule_id is None:
            return
        changes = self.session.run(_annotate().remove_entity_rule, self.rule_id)
        if changes is not None:
            self._snapshot = changes.undo
