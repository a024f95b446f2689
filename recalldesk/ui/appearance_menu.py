"""View → Larger text / Smaller text / Theme: each operator's own look (ui.appearance).

The main window calls these; the choices are kept per operator in the settings
file and applied when they sign in (:func:`apply_look`).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow

from recalldesk.core.records import Actor
from recalldesk.ui import appearance
from recalldesk.ui.actions import ActionId
from recalldesk.ui.settings import OPERATOR_THEME, OPERATOR_ZOOM, Settings

THEME_ACTIONS = {
    ActionId.THEME_SYSTEM: appearance.SYSTEM,
    ActionId.THEME_LIGHT: appearance.LIGHT,
    ActionId.THEME_DARK: appearance.DARK,
    ActionId.THEME_CONTRAST: appearance.CONTRAST,
}


def apply_look(settings: Settings | None, operator_id: int | None) -> bool:
    """Apply an operator's saved zoom and theme; True when the theme changed (windows
    already built keep the colours they were given: the caller rebuilds them)."""
    saved_zoom = settings.operator_choice(operator_id, OPERATOR_ZOOM) if settings else ""
    appearance.use_zoom(int(saved_zoom) if saved_zoom.isdigit() else 100)
    saved_theme = settings.operator_choice(operator_id, OPERATOR_THEME) if settings else ""
    wanted = saved_theme if saved_theme in appearance.THEMES else appearance.SYSTEM
    if wanted == appearance.theme():
        return False
    appearance.use_theme(wanted)
    return True


def zoom_by(settings: Settings | None, actor: Actor, step: int) -> int:
    """One step larger (+1), smaller (-1), or back to normal (0); kept for ``actor``."""
    percent = appearance.use_zoom(appearance.next_zoom(step) if step else 100)
    if settings is not None:
        settings.set_operator_choice(actor.operator_id, OPERATOR_ZOOM, str(percent))
    return percent


def theme_group(window: QMainWindow, actions: dict[ActionId, QAction]) -> QActionGroup:
    """The theme actions as one choice, the theme in use checked."""
    group = QActionGroup(window)
    for action_id, name in THEME_ACTIONS.items():
        action = actions[action_id]
        action.setCheckable(True)
        action.setChecked(name == appearance.theme())
        group.addAction(action)
    return group


def choose_theme(settings: Settings | None, actor: Actor, name: str) -> bool:
    """Keep ``name`` for ``actor`` and apply it; True when it changed."""
    if settings is not None:
        settings.set_operator_choice(actor.operator_id, OPERATOR_THEME, name)
    if name == appearance.theme():
        return False
    appearance.use_theme(name)
    return True
