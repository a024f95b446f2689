"""Every menu action in one registry, keyed by an enum (Picard's ``actions.py``)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


class ActionId(enum.Enum):
    NEW_SECTION = enum.auto()
    EXPORT = enum.auto()
    SYNC = enum.auto()
    MERGE = enum.auto()
    DIGEST = enum.auto()
    CONFLICTS = enum.auto()
    SWITCH_OPERATOR = enum.auto()
    QUIT = enum.auto()
    UNDO = enum.auto()
    REDO = enum.auto()
    FIND = enum.auto()
    BLANK_LINE = enum.auto()
    STRUCK_LINE = enum.auto()
    LINE_HISTORY = enum.auto()
    CLOSE_SECTION = enum.auto()
    SHOW_DASHBOARD = enum.auto()
    SHOW_SECTIONS = enum.auto()
    SHOW_KEYING = enum.auto()
    REFRESH = enum.auto()
    ABOUT = enum.auto()


@dataclass(frozen=True, slots=True)
class ActionSpec:
    text: str
    tip: str
    shortcuts: tuple[Key | str, ...] = ()
    menu: str = "&File"


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_SECTION: ActionSpec(
        "&Log a section…", "Log a petition section as it arrives", ("Ctrl+N",)
    ),
    ActionId.EXPORT: ActionSpec(
        "&Export workbook…", "Write the campaign workbook (.xlsx) for the central office",
        ("Ctrl+E",),
    ),
    ActionId.SYNC: ActionSpec(
        "S&ync to folder…", "Write this office's next packet for the central office "
        "(and take any central digest found there)", ("Ctrl+Shift+Y",),
    ),
    ActionId.MERGE: ActionSpec(
        "&Merge packets…", "Central office: merge the offices' packets", ("Ctrl+M",)
    ),
    ActionId.DIGEST: ActionSpec(
        "Write &digests…", "Central office: write each office's digest of central decisions"
    ),
    ActionId.CONFLICTS: ActionSpec(
        "Merge &conflicts…", "Central office: two edits of one record, side by side"
    ),
    ActionId.SWITCH_OPERATOR: ActionSpec("S&witch operator…", "Change who is keying"),
    ActionId.QUIT: ActionSpec("&Quit", "Close RecallDesk", (Key.Quit, "Ctrl+Q")),
    ActionId.UNDO: ActionSpec("&Undo", "Undo the last saved change", (Key.Undo,), "&Edit"),
    ActionId.REDO: ActionSpec(
        "&Redo", "Redo the last undone change", ("Ctrl+Shift+Z", Key.Redo), "&Edit"
    ),
    ActionId.FIND: ActionSpec(
        "&Find…", "Find a section, signer or address", (Key.Find,), "&Edit"
    ),
    ActionId.BLANK_LINE: ActionSpec(
        "Save line as &blank", "Nothing is written on this line", ("Ctrl+B",), "&Line"
    ),
    ActionId.STRUCK_LINE: ActionSpec(
        "Save line as &struck out", "The line is crossed out on the paper", ("Ctrl+K",), "&Line"
    ),
    ActionId.LINE_HISTORY: ActionSpec(
        "Line &history…", "Who changed this line, when, old → new", ("Ctrl+H",), "&Line"
    ),
    ActionId.CLOSE_SECTION: ActionSpec(
        "&Close section as keyed", "Finish the section (control totals are checked)",
        ("Ctrl+Shift+K",), "&Line",
    ),
    ActionId.SHOW_DASHBOARD: ActionSpec("&Dashboard", "Campaign progress", ("Ctrl+1",), "&View"),
    ActionId.SHOW_SECTIONS: ActionSpec("&Sections", "The section list", ("Ctrl+2",), "&View"),
    ActionId.SHOW_KEYING: ActionSpec("&Keying", "The section being keyed", ("Ctrl+3",), "&View"),
    ActionId.REFRESH: ActionSpec("&Refresh", "Recount the figures", (Key.Refresh,), "&View"),
    ActionId.ABOUT: ActionSpec("&About RecallDesk", "Version and data folder", (), "&Help"),
}  # fmt: skip

MENU_ORDER = ("&File", "&Edit", "&Line", "&View", "&Help")


def build_actions(
    parent: QWidget, handlers: dict[ActionId, Callable[[], object]]
) -> dict[ActionId, QAction]:
    """Create one QAction per spec, wired to its handler."""
    actions = {}
    for action_id, spec in SPECS.items():
        action = QAction(spec.text, parent)
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip)
        sequences: list[QKeySequence] = []
        for shortcut in spec.shortcuts:
            if isinstance(shortcut, Key):
                sequences += QKeySequence.keyBindings(shortcut)
            else:
                sequences.append(QKeySequence(shortcut))
        unique = list({s.toString(): s for s in sequences if not s.isEmpty()}.values())
        action.setShortcuts(unique)
        action.triggered.connect(handlers[action_id])
        actions[action_id] = action
    return actions
