"""The entity correction menu of the article view (right click, Menu key or Ctrl+M).

On a selection: add it as an entity of a type, for this article or the whole project.
On a highlight: change its type or suppress it, for this article or the whole project.
Each choice calls ``correct(action, term, entity_type, article_id_or_None)``, which the
caller turns into an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from rareearth_desk.ui.article_view import ArticleText
from rareearth_desk.ui.entity_panel import TYPES
from rareearth_desk.ui.highlight import ENTITY_NAMES


def correction_menu(
    view: ArticleText,
    article_id: int,
    cp: int,
    correct: Callable[[str, str, str, int | None], None],
    parent: QWidget,
) -> QMenu:
    """Corrections for the selection, or else for the highlight at ``cp``."""
    menu = QMenu(parent)
    span = view.selection_span()
    if span is not None:
        term = view.text[span[0] : span[1]].strip()
        if term:
            for scope, scope_id in (("this article", article_id), ("whole project", None)):
                sub = menu.addMenu(f"Add “{term[:30]}” as entity ({scope})")
                for t in TYPES:
                    sub.addAction(
                        f"{ENTITY_NAMES[t]} ({t})",
                        lambda t=t, a=scope_id, term=term: correct("add", term, t, a),
                    )
    m = view.mention_at(cp)
    if m is not None:
        term = view.text[m[0] : m[1]]
        if not menu.isEmpty():
            menu.addSeparator()
        for scope, scope_id in (("this article", article_id), ("whole project", None)):
            sub = menu.addMenu(f"Change type of “{term[:30]}” ({scope})")
            for t in TYPES:
                if t != m[2]:
                    sub.addAction(
                        f"{ENTITY_NAMES[t]} ({t})",
                        lambda t=t, a=scope_id, term=term: correct("retype", term, t, a),
                    )
        menu.addAction(
            f"Not an entity: suppress “{term[:30]}” in this article",
            lambda term=term: correct("suppress", term, "", article_id),
        )
        menu.addAction(
            f"Not an entity: suppress “{term[:30]}” in the whole project",
            lambda term=term: correct("suppress", term, "", None),
        )
    if menu.isEmpty():
        menu.addAction("Select text to add an entity, or right-click a highlight").setEnabled(False)
    return menu
