"""Every menu action in one registry, keyed by an enum (Picard's ``actions.py``)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(enum.Enum):
    EXPORT = enum.auto()
    REFRESH = enum.auto()
    QUIT = enum.auto()
    ABOUT = enum.auto()


@dataclass(frozen=True, slots=True)
class ActionSpec:
    text: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.EXPORT: ActionSpec(
        "&Export workbook…", "Write the campaign workbook (.xlsx) for the central office", "Ctrl+E"
    ),
    ActionId.REFRESH: ActionSpec(
        "&Refresh figures", "Recount the campaign figures", QKeySequence.StandardKey.Refresh
    ),
    ActionId.QUIT: ActionSpec("&Quit", "Close RecallDesk", QKeySequence.StandardKey.Quit),
    ActionId.ABOUT: ActionSpec("&About RecallDesk", "Version and data folder"),
}


def build_actions(
    parent: QWidget, handlers: dict[ActionId, Callable[[], object]]
) -> dict[ActionId, QAction]:
    """Create one QAction per spec, wired to its handler."""
    actions = {}
    for action_id, spec in SPECS.items():
        action = QAction(spec.text, parent)
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip)
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(handlers[action_id])
        actions[action_id] = action
    return actions
