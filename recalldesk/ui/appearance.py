"""How the app looks, per operator: text size (zoom) and theme (issue 15).

**Zoom** (View → Larger text, Ctrl+= / Ctrl+-; Ctrl+0 back to 100%) scales the
application font, so every window's text and the layouts around it grow
together, from 80% to 250%. **Themes**: the system's, light, dark and high
contrast. Colours that carry meaning come from :func:`color` by role, in
shades chosen for the theme's background; none is the only signal (every error
or warning also has its symbol, ✗ or ⚠, and words). Both are kept per operator
(ui.settings) and applied when they sign in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200, 225, 250)
SYSTEM, LIGHT, DARK, CONTRAST = "system", "light", "dark", "contrast"
THEMES = (SYSTEM, LIGHT, DARK, CONTRAST)
_SCALE = "recalldesk_font_scale"  # a widget property: its text is this much the normal size

# Meaningful colours by role: on a light background, then on a dark one; high contrast
# takes the dark ones, brighter where they would fall under 7:1 on black.
_LIGHT = {
    "error": "#c62828", "warning": "#ef6c00", "ok": "#1b5e20", "partial": "#8a5300",
    "fails": "#8e1111", "error_bg": "#fdecea", "ok_bg": "#e8f5e9", "partial_bg": "#fff4e0",
    "note_bg": "#fff3e0", "note_fg": "#5d4037", "accent": "#1565c0", "accent_fg": "#ffffff",
    "differs_bg": "#fff3cd", "raw": "#1f5fa8", "valid": "#1b7f3a", "required": "#444444",
    "qualify": "#b35900", "bars": "#c9d9ee", "grid": "#dddddd",
}  # fmt: skip
_DARK = {
    "error": "#ff8a80", "warning": "#ffb74d", "ok": "#a5d6a7", "partial": "#ffcc80",
    "fails": "#ff8a80", "error_bg": "#4a1c1c", "ok_bg": "#1b3320", "partial_bg": "#3d2e10",
    "note_bg": "#3e2f1c", "note_fg": "#ffe0b2", "accent": "#1565c0", "accent_fg": "#ffffff",
    "differs_bg": "#5a4a10", "raw": "#64b5f6", "valid": "#81c784", "required": "#bdbdbd",
    "qualify": "#ffb74d", "bars": "#2c3e57", "grid": "#555555",
}  # fmt: skip
_CONTRAST = {
    **_DARK, "error": "#ff9e9e", "warning": "#ffd740", "ok": "#b9f6ca", "fails": "#ff9e9e",
    "error_bg": "#000000", "ok_bg": "#000000", "partial_bg": "#000000", "note_bg": "#000000",
    "note_fg": "#ffffff", "accent": "#ffff00", "accent_fg": "#000000", "differs_bg": "#000000",
    "bars": "#444444", "grid": "#888888",
}  # fmt: skip


class _State:
    theme = SYSTEM
    zoom = 100
    base = 0.0  # the normal font's point size, before any zoom


_state = _State()


def theme() -> str:
    return _state.theme


def zoom() -> int:
    return _state.zoom


def is_dark() -> bool:
    if theme() in (DARK, CONTRAST):
        return True
    if theme() == LIGHT:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def color(role: str, *, light: bool = False) -> str:
    """The colour for ``role`` (``error``, ``warning``, ``ok``, …) in the theme in use
    (``light``: the light theme's, for paper)."""
    if light:
        return _LIGHT[role]
    table = _CONTRAST if theme() == CONTRAST else _DARK if is_dark() else _LIGHT
    return table[role]


def _dark_palette() -> QPalette:
    """Fusion in the dark: the platform may have no dark scheme to offer (offscreen, X11)."""
    palette = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#ececec")
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor("#262626"),
        QPalette.ColorRole.Button: QColor("#353535"), QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.Text: text, QPalette.ColorRole.BrightText: QColor("#ffffff"),
        QPalette.ColorRole.ToolTipBase: window, QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#a0a0a0"),
        QPalette.ColorRole.Highlight: QColor("#2f65ca"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"), QPalette.ColorRole.Light: QColor("#4a4a4a"),
        QPalette.ColorRole.Midlight: QColor("#3c3c3c"), QPalette.ColorRole.Mid: QColor("#6a6a6a"),
        QPalette.ColorRole.Dark: QColor("#1a1a1a"), QPalette.ColorRole.Shadow: QColor("#000000"),
    }  # fmt: skip
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


# High contrast: frames, boxes and grid lines drawn in white, focus in yellow (Fusion
# derives its outlines from the window colour, which is black here).
_CONTRAST_SHEET = """
QLineEdit, QSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QListView, QTreeView, QTableView {
    border: 1px solid #ffffff; }
QLineEdit:focus, QSpinBox:focus, QComboBox:focus, QListView:focus, QTreeView:focus,
QTableView:focus, QPushButton:focus { border: 2px solid #ffff00; }
QPushButton { border: 1px solid #ffffff; padding: 4px 12px; }
QCheckBox::indicator, QRadioButton::indicator { border: 1px solid #ffffff; width: 13px;
    height: 13px; background: #000000; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QTableView { gridline-color: #9e9e9e; }
QHeaderView::section { background: #000000; color: #ffffff; border: 1px solid #9e9e9e; }
QMenu::item:selected, QMenuBar::item:selected { background: #ffff00; color: #000000; }
"""


def _contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Button,
                 QPalette.ColorRole.ToolTipBase):  # fmt: skip
        palette.setColor(role, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                 QPalette.ColorRole.BrightText, QPalette.ColorRole.PlaceholderText):  # fmt: skip
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, QColor("#00ffff"))
    for role in (QPalette.ColorRole.Light, QPalette.ColorRole.Midlight, QPalette.ColorRole.Mid,
                 QPalette.ColorRole.Dark, QPalette.ColorRole.Shadow):  # fmt: skip
        palette.setColor(role, white)  # frames and focus lines drawn in white
    disabled = QColor("#b0b0b0")  # still 9:1 on black
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def use_theme(name: str) -> str:
    """Apply a theme to the whole app (windows built later take its colours); returns it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    name = name if name in THEMES else SYSTEM
    _state.theme = name
    scheme = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark,
              CONTRAST: Qt.ColorScheme.Dark}.get(name, Qt.ColorScheme.Unknown)  # fmt: skip
    QGuiApplication.styleHints().setColorScheme(scheme)
    if name == CONTRAST:
        app.setPalette(_contrast_palette())
    elif is_dark():
        app.setPalette(_dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(_CONTRAST_SHEET if name == CONTRAST else "")
    return name


def scaled(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """Show ``widget``'s text ``scale`` times the normal size, at every zoom."""
    widget.setProperty(_SCALE, scale)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold or widget.font().bold())
    widget.setFont(font)


def use_zoom(percent: int) -> int:
    """Scale the application's text to ``percent`` of normal (clamped); returns it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    percent = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], int(percent)))
    if not _state.base:
        _state.base = QApplication.font().pointSizeF()
    font = QFont(QApplication.font())
    font.setPointSizeF(_state.base * percent / 100)
    app.setFont(font)
    _state.zoom = percent
    for widget in app.allWidgets():
        scale = widget.property(_SCALE)
        if isinstance(scale, float):
            scaled(widget, scale)
        elif widget.styleSheet():  # a style sheet keeps the font it resolved: polish again
            widget.setStyleSheet(widget.styleSheet())
    return percent


def next_zoom(step: int) -> int:
    """The zoom one step larger (+1) or smaller (-1) than now."""
    now = zoom()
    if step > 0:
        return next((z for z in ZOOM_STEPS if z > now), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < now), ZOOM_STEPS[0])


__all__ = [
    "CONTRAST", "DARK", "LIGHT", "SYSTEM", "THEMES", "ZOOM_STEPS", "color", "is_dark",
    "next_zoom", "scaled", "theme", "use_theme", "use_zoom", "zoom",
]  # fmt: skip
