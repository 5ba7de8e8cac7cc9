"""Builds the main window's actions, menus, toolbar and keyboard map from the data.

The data lives in ``ui.action_table``; ``codebook_actions`` adds one action per stance
and topic label with the codebook's own shortcut keys. ``build_actions`` turns specs into
``QAction`` objects, translating their texts, and ``build_menus`` lays them out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from rareearth_desk.ui.action_table import (
    ACTIONS,
    ENTITY_TOGGLES,
    MENUS,
    TOOLBAR,
    ActionSpec,
    tr,
)

__all__ = [
    "ACTIONS",
    "ENTITY_TOGGLES",
    "MENUS",
    "TOOLBAR",
    "ActionSpec",
    "build_actions",
    "build_menus",
    "build_toolbar",
    "codebook_actions",
    "free_keys",
    "keymap_rows",
    "make_action",
    "plain_text",
    "tr",
]

translate = QCoreApplication.translate


def _menu_text(name: str) -> str:
    """A label name inside an action text: "&" stays a character, not a mnemonic."""
    return name.replace("&", "&&")


def plain_text(action_text: str) -> str:
    """An action's text without its mnemonic marks ("R&&D &notes" -> "R&D notes").

    A translation's own mnemonic suffix goes too ("导出(&E)…" -> "导出…").
    """
    text = action_text.replace("&&", "\0")
    text = re.sub(r"\s*\(&[^)]\)", "", text).replace("&", "")
    return text.replace("\0", "&")


def codebook_actions(codebook: Any) -> tuple[list[ActionSpec], list[ActionSpec]]:
    """One action per stance label and per topic label, with the codebook's shortcut keys."""
    stances: list[ActionSpec] = []
    topics: list[ActionSpec] = []
    dim = codebook.stance_dimension
    for lab in dim.labels if dim else []:
        stances.append(
            ActionSpec(
                f"stance.{lab.key}",
                QT_TRANSLATE_NOOP("Actions", "Stance: {name}"),
                "tagging.stance",
                (lab.shortcut,) if lab.shortcut else (),
                args=(lab.id,),
                group=QT_TRANSLATE_NOOP(
                    "Actions", "Stance (tags the selection or the current sentence)"
                ),
                needs="article",
                tip=lab.description,
                extra={"name": _menu_text(f"{lab.name_zh} {lab.name_en}")},
            )
        )
    for d in codebook.topic_dimensions:
        for lab in d.labels:
            topics.append(
                ActionSpec(
                    f"topic.{d.key}.{lab.key}",
                    QT_TRANSLATE_NOOP("Actions", "Topic: {name}"),
                    "tagging.topic",
                    (lab.shortcut,) if lab.shortcut else (),
                    args=(lab.id,),
                    group=QT_TRANSLATE_NOOP("Actions", "Topics (toggle on the current claim)"),
                    needs="article",
                    tip=lab.description,
                    extra={"name": _menu_text(f"{lab.name_zh} {lab.name_en}")},
                )
            )
    return stances, topics


def _resolve(window: Any, path: str) -> Any:
    target = window
    for part in path.split("."):
        target = getattr(target, part)
    return target


def make_action(window: QMainWindow, spec: ActionSpec) -> QAction:
    text = spec.label()
    action = QAction(text, window)
    action.setObjectName(spec.id)
    action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setCheckable(spec.checkable)
    status_tip = tr(spec.tip) if spec.tip else ""
    tip = status_tip or plain_text(text)
    if spec.shortcuts:
        tip += f"  ({', '.join(spec.shortcuts)})"
    action.setToolTip(tip)
    action.setStatusTip(status_tip)
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
    """Menus from ``MENUS``; ``@name`` entries insert ``groups[name]`` (a submenu for recent).

    The result is keyed by the untranslated title (``"&File"``) and by ``@name``.
    """
    menus: dict[str, QMenu] = {}
    bar = window.menuBar()
    for title, items in MENUS:
        menu = bar.addMenu(tr(title))
        menus[title] = menu
        for item in items:
            if item is None:
                menu.addSeparator()
            elif item == "@recent":
                menus["recent"] = menu.addMenu(translate("Actions", "Open &recent"))
            elif item.startswith("@"):
                sub = menu
                if item == "@topics":
                    sub = menu.addMenu(translate("Actions", "&Topics"))
                elif item == "@entity_toggles":
                    sub = menu.addMenu(translate("Actions", "&Entity types"))
                menus[item] = sub
                for a in groups.get(item[1:], []):
                    sub.addAction(a)
            else:
                menu.addAction(actions[item])
    return menus


def build_toolbar(window: QMainWindow, actions: dict[str, QAction]) -> QToolBar:
    bar = QToolBar(translate("Actions", "Main toolbar"), window)
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
            tr(groups.get(a.objectName(), "")) or translate("Actions", "Other"),
            ", ".join(
                dict.fromkeys(  # Return and Enter can read the same ("回车")
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts()
                )
            ),
            plain_text(a.text()),
        )
        for a in actions
        if a.shortcuts()
    ]
    text_group, note_group = translate("Actions", "Text"), translate("Actions", "Note")
    rows += [
        (text_group, "Tab / Shift+Tab", translate("Actions", "Next / previous claim")),
        (text_group, "Shift+arrows", translate("Actions", "Select (snaps to whole words)")),
        (
            text_group,
            "Up/Down, J/K",
            translate("Actions", "Move the sentence cursor (sentence mode)"),
        ),
        (text_group, "Click", translate("Actions", "Current claim; a sentence in sentence mode")),
        (text_group, "Esc", translate("Actions", "Clear the selection, then the current claim")),
        (text_group, "Menu key, right click", translate("Actions", "Entity corrections")),
        (note_group, "Esc", translate("Actions", "Back to the text")),
    ]
    return rows
