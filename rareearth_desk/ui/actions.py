"""Every action of the main window as data: id, text, shortcuts, handler; menus and toolbar.

``ACTIONS`` lists the fixed actions; ``codebook_actions`` adds one action per stance and
topic label with the codebook's own shortcut keys. A handler is a dotted attribute path
on the window (``"tagging.delete_claim"``) plus fixed arguments, so this module holds no
behaviour. ``MENUS`` and ``TOOLBAR`` name actions by id; ``build_actions`` turns the data
into ``QAction`` objects and ``build_menus`` lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    text: str
    handler: str
    shortcuts: tuple[str, ...] = ()
    args: tuple[Any, ...] = ()
    tip: str = ""
    checkable: bool = False
    group: str = ""  # keyboard-map heading
    needs: str = ""  # "project", "article" or "" (always enabled)
    extra: dict[str, Any] = field(default_factory=dict)


ACTIONS: tuple[ActionSpec, ...] = (
    # file
    ActionSpec("file.new", "&New project…", "ops.new_project", ("Ctrl+N",), group="Project"),
    ActionSpec("file.open", "&Open project…", "ops.open_project", ("Ctrl+O",), group="Project"),
    ActionSpec("file.sample", "Open the &sample project", "ops.open_sample", group="Project"),
    ActionSpec(
        "file.import",
        "&Import files…",
        "ops.import_files",
        ("Ctrl+I",),
        group="Project",
        needs="project",
    ),
    ActionSpec(
        "file.import_folder",
        "Import a &folder…",
        "ops.import_folder",
        group="Project",
        needs="project",
    ),
    ActionSpec(
        "file.paste",
        "&Paste as article",
        "ops.paste_articles",
        ("Ctrl+Shift+V",),
        group="Project",
        needs="project",
    ),
    ActionSpec(
        "file.export", "&Export…", "ops.export", ("Ctrl+E",), group="Project", needs="project"
    ),
    ActionSpec(
        "file.close",
        "&Close project",
        "close_project",
        ("Ctrl+W",),
        group="Project",
        needs="project",
    ),
    ActionSpec("file.quit", "&Quit", "close", ("Ctrl+Q",), group="Project"),
    # edit
    ActionSpec("edit.undo", "&Undo", "undo", ("Ctrl+Z",), group="Edit", needs="project"),
    ActionSpec(
        "edit.redo", "&Redo", "redo", ("Ctrl+Shift+Z", "Ctrl+Y"), group="Edit", needs="project"
    ),
    ActionSpec(
        "edit.find", "&Search articles", "focus_search", ("Ctrl+F",), group="Edit", needs="project"
    ),
    ActionSpec("edit.codebook", "&Codebook…", "ops.codebook", group="Edit", needs="project"),
    ActionSpec("edit.annotator", "&Annotator name…", "ops.ask_annotator", group="Edit"),
    ActionSpec("edit.settings", "Se&ttings…", "ops.settings", ("Ctrl+,",), group="Edit"),
    # annotate (stance and topic keys come from the codebook)
    ActionSpec(
        "claim.sentence_mode",
        "&Sentence mode",
        "tagging.toggle_sentence_mode",
        ("S", "F8"),
        checkable=True,
        group="Claims",
        needs="article",
        tip="Up/Down or J/K move the sentence cursor; a stance key tags the sentence",
    ),
    ActionSpec(
        "claim.accept",
        "&Accept suggestion",
        "tagging.accept_suggestion",
        ("A", "G"),
        group="Claims",
        needs="article",
        tip="Tag the suggested claim under (or after) the cursor; then press a stance key",
    ),
    ActionSpec(
        "claim.note", "Edit &note", "tagging.focus_note", ("N",), group="Claims", needs="article"
    ),
    ActionSpec(
        "claim.delete",
        "&Delete claim",
        "tagging.delete_claim",
        ("Delete",),
        group="Claims",
        needs="article",
    ),
    ActionSpec(
        "claim.next",
        "Ne&xt claim",
        "tagging.step_claim",
        ("]",),
        args=(1,),
        group="Claims",
        needs="article",
    ),
    ActionSpec(
        "claim.prev",
        "Pre&vious claim",
        "tagging.step_claim",
        ("[",),
        args=(-1,),
        group="Claims",
        needs="article",
    ),
    ActionSpec(
        "claim.entity",
        "Correct &entity…",
        "tagging.entity_menu_at_cursor",
        ("Ctrl+M",),
        group="Claims",
        needs="article",
        tip="Add, retype or suppress the entity at the cursor or the selection",
    ),
    # go
    ActionSpec(
        "go.done_next",
        "Mark &done, next unfinished",
        "done_and_next",
        ("Ctrl+Return", "Ctrl+Enter"),
        group="Articles",
        needs="article",
    ),
    ActionSpec(
        "go.next",
        "&Next article",
        "step_article",
        ("Alt+Down", "Ctrl+J"),
        args=(1,),
        group="Articles",
        needs="project",
    ),
    ActionSpec(
        "go.prev",
        "&Previous article",
        "step_article",
        ("Alt+Up", "Ctrl+K"),
        args=(-1,),
        group="Articles",
        needs="project",
    ),
    ActionSpec(
        "go.unfinished",
        "Next &unfinished",
        "next_unfinished",
        ("Ctrl+Shift+J",),
        group="Articles",
        needs="project",
    ),
    ActionSpec(
        "go.list", "Go to the &list", "focus_list", ("Ctrl+L",), group="Articles", needs="project"
    ),
    ActionSpec(
        "go.text", "Go to the &text", "focus_text", ("Ctrl+T",), group="Articles", needs="article"
    ),
    # view
    ActionSpec(
        "view.bigger", "&Larger text", "zoom", ("Ctrl++", "Ctrl+="), args=(1,), group="View"
    ),
    ActionSpec("view.smaller", "&Smaller text", "zoom", ("Ctrl+-",), args=(-1,), group="View"),
    ActionSpec("view.dark", "&Dark theme", "toggle_theme", checkable=True, group="View"),
    ActionSpec("help.keys", "&Keyboard map", "ops.show_keymap", ("F1",), group="Help"),
    ActionSpec("help.about", "&About RareEarth Desk", "ops.show_about", group="Help"),
)

ENTITY_TOGGLES: tuple[ActionSpec, ...] = tuple(
    ActionSpec(
        f"view.entity.{t}",
        f"Show {t} highlights",
        "entities.toggle_type",
        (f"Alt+{i}",),
        args=(t,),
        group="View",
    )
    for i, t in enumerate(("GPE", "ORG", "PERSON", "LOC", "MATERIAL", "QUANTITY", "DATE"), start=1)
)

MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        "&File",
        (
            "file.new",
            "file.open",
            "@recent",
            "file.sample",
            None,
            "file.import",
            "file.import_folder",
            "file.paste",
            "file.export",
            None,
            "file.close",
            "file.quit",
        ),
    ),
    (
        "&Edit",
        (
            "edit.undo",
            "edit.redo",
            None,
            "edit.find",
            None,
            "edit.codebook",
            "edit.annotator",
            "edit.settings",
        ),
    ),
    (
        "&Annotate",
        (
            "@stances",
            None,
            "@topics",
            None,
            "claim.sentence_mode",
            "claim.accept",
            "claim.note",
            "claim.next",
            "claim.prev",
            "claim.delete",
            "claim.entity",
        ),
    ),
    ("&Go", ("go.done_next", "go.next", "go.prev", "go.unfinished", None, "go.list", "go.text")),
    ("&View", ("view.bigger", "view.smaller", "view.dark", None, "@entity_toggles")),
    ("&Help", ("help.keys", "help.about")),
)

TOOLBAR: tuple[str | None, ...] = (
    "file.open",
    "file.import",
    "file.export",
    None,
    "edit.undo",
    "edit.redo",
    None,
    "claim.sentence_mode",
    "claim.accept",
    "go.done_next",
    "go.prev",
    "go.next",
)


def codebook_actions(codebook: Any) -> tuple[list[ActionSpec], list[ActionSpec]]:
    """One action per stance label and per topic label, with the codebook's shortcut keys."""
    stances: list[ActionSpec] = []
    topics: list[ActionSpec] = []
    dim = codebook.stance_dimension
    for lab in dim.labels if dim else []:
        stances.append(
            ActionSpec(
                f"stance.{lab.key}",
                f"Stance: {lab.name_zh} {lab.name_en}",
                "tagging.stance",
                (lab.shortcut,) if lab.shortcut else (),
                args=(lab.id,),
                group="Stance (tags the selection or the current sentence)",
                needs="article",
                tip=lab.description,
            )
        )
    for d in codebook.topic_dimensions:
        for lab in d.labels:
            topics.append(
                ActionSpec(
                    f"topic.{d.key}.{lab.key}",
                    f"Topic: {lab.name_zh} {lab.name_en}",
                    "tagging.topic",
                    (lab.shortcut,) if lab.shortcut else (),
                    args=(lab.id,),
                    group="Topics (toggle on the current claim)",
                    needs="article",
                    tip=lab.description,
                )
            )
    return stances, topics


def _resolve(window: Any, path: str) -> Any:
    target = window
    for part in path.split("."):
        target = getattr(target, part)
    return target


def make_action(window: QMainWindow, spec: ActionSpec) -> QAction:
    action = QAction(spec.text, window)
    action.setObjectName(spec.id)
    action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setCheckable(spec.checkable)
    tip = spec.tip or spec.text.replace("&", "")
    if spec.shortcuts:
        tip += f"  ({', '.join(spec.shortcuts)})"
    action.setToolTip(tip)
    action.setStatusTip(spec.tip)
    action.setProperty("needs", spec.needs)

    def trigger(checked: bool = False) -> None:
        handler = _resolve(window, spec.handler)
        if spec.checkable:
            handler(checked, *spec.args)
        else:
            handler(*spec.args)

    action.triggered.connect(trigger)
    window.addAction(action)
    return action


def build_actions(window: QMainWindow, specs: Sequence[ActionSpec]) -> dict[str, QAction]:
    return {spec.id: make_action(window, spec) for spec in specs}


def build_menus(
    window: QMainWindow, actions: dict[str, QAction], groups: dict[str, list[QAction]]
) -> dict[str, QMenu]:
    """Menus from ``MENUS``; ``@name`` entries insert ``groups[name]`` (a submenu for recent)."""
    menus: dict[str, QMenu] = {}
    bar = window.menuBar()
    for title, items in MENUS:
        menu = bar.addMenu(title)
        menus[title] = menu
        for item in items:
            if item is None:
                menu.addSeparator()
            elif item == "@recent":
                menus["recent"] = menu.addMenu("Open &recent")
            elif item.startswith("@"):
                sub = menu
                if item == "@topics":
                    sub = menu.addMenu("&Topics")
                elif item == "@entity_toggles":
                    sub = menu.addMenu("&Entity types")
                menus[item] = sub
                for a in groups.get(item[1:], []):
                    sub.addAction(a)
            else:
                menu.addAction(actions[item])
    return menus


def build_toolbar(window: QMainWindow, actions: dict[str, QAction]) -> QToolBar:
    bar = QToolBar("Main", window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for item in TOOLBAR:
        if item is None:
            bar.addSeparator()
        else:
            bar.addAction(actions[item])
    window.addToolBar(bar)
    return bar


def free_keys(spec: ActionSpec, taken: set[str]) -> list[QKeySequence]:
    """The spec's shortcuts minus those the codebook's label keys already use.

    The codebook is the analyst's own data, so its keys win; every fixed action keeps a
    second key (``S``/``F8``, ``A``/``G``) for when its first one is a label's.
    """
    keys = [QKeySequence(k) for k in spec.shortcuts]
    return [k for k in keys if k.toString() not in taken]


def keymap_rows(actions: Sequence[QAction], groups: dict[str, str]) -> list[tuple[str, str, str]]:
    """(group, keys, text) for the keyboard-map dialog: the keys the actions really have."""
    rows = [
        (
            groups.get(a.objectName(), "Other"),
            ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts()),
            a.text().replace("&", ""),
        )
        for a in actions
        if a.shortcuts()
    ]
    rows += [
        ("Text", "Tab / Shift+Tab", "Next / previous claim"),
        ("Text", "Shift+arrows", "Select (snaps to whole words)"),
        ("Text", "Up/Down, J/K", "Move the sentence cursor (sentence mode)"),
        ("Text", "Click", "Current claim; a sentence in sentence mode"),
        ("Text", "Esc", "Clear the selection, then the current claim"),
        ("Text", "Menu key, right click", "Entity corrections"),
        ("Note", "Esc", "Back to the text"),
    ]
    return rows
