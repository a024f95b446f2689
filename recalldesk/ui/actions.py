"""Every menu action in one registry, keyed by an enum (Picard's ``actions.py``)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from recalldesk.wording import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey


class ActionId(enum.Enum):
    NEW_SECTION = enum.auto()
    EXPORT = enum.auto()
    SYNC = enum.auto()
    SYNC_FULL = enum.auto()
    SYNC_AFTER_RESTORE = enum.auto()
    MERGE = enum.auto()
    DIGEST = enum.auto()
    CONFLICTS = enum.auto()
    DUPLICATES = enum.auto()
    VERIFICATION = enum.auto()
    STATISTICS = enum.auto()
    SAMPLE = enum.auto()
    VOTER_FILE = enum.auto()
    RESTORE = enum.auto()
    PURGE = enum.auto()
    KEYS = enum.auto()
    SETTINGS = enum.auto()
    OPERATORS = enum.auto()
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
    ZOOM_IN = enum.auto()
    ZOOM_OUT = enum.auto()
    ZOOM_RESET = enum.auto()
    THEME_SYSTEM = enum.auto()
    THEME_LIGHT = enum.auto()
    THEME_DARK = enum.auto()
    THEME_CONTRAST = enum.auto()
    HELP = enum.auto()
    ABOUT = enum.auto()


# What acts on the open section's current line: enabled only while keying.
KEYING_ACTIONS = (
    ActionId.BLANK_LINE,
    ActionId.STRUCK_LINE,
    ActionId.LINE_HISTORY,
    ActionId.CLOSE_SECTION,
)


@dataclass(frozen=True, slots=True)
class ActionSpec:
    text: str
    tip: str
    shortcuts: tuple[Key | str, ...] = ()
    menu: str = "&File"


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_SECTION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Log a section…"),
        QT_TRANSLATE_NOOP("Actions", "Log a petition section as it arrives"),
        ("Ctrl+N",),
    ),
    ActionId.EXPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Export workbook…"),
        QT_TRANSLATE_NOOP("Actions", "Write the campaign workbook (.xlsx) for the central office"),
        ("Ctrl+E",),
    ),
    ActionId.SYNC: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "S&ync to folder…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Write this office's next packet for the central office "
            "(and take any central digest found there)",
        ),
        ("Ctrl+Shift+Y",),
    ),
    ActionId.SYNC_FULL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Sync e&verything to folder…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Write a packet with everything this office holds (when central reports missing "
            "packets)",
        ),
    ),
    ActionId.SYNC_AFTER_RESTORE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Sync everything again after a &restore…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "This computer was restored from a backup: restart the packet numbering and send "
            "everything",
        ),
    ),
    ActionId.MERGE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Merge packets…"),
        QT_TRANSLATE_NOOP("Actions", "Central office: merge the offices' packets"),
        ("Ctrl+M",),
    ),
    ActionId.DIGEST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Write &digests…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Central office: write each office's digest of central decisions"
        ),
    ),
    ActionId.CONFLICTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Merge &conflicts…"),
        QT_TRANSLATE_NOOP("Actions", "Central office: two edits of one record, side by side"),
    ),
    ActionId.DUPLICATES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Possible duplicates…"),
        QT_TRANSLATE_NOOP(
            "Actions", "People who may have signed twice: search, then confirm or dismiss"
        ),
        ("Ctrl+Shift+D",),
    ),
    ActionId.VERIFICATION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Ver&ification…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Sections keyed again, blind, by a second volunteer; settle what differs",
        ),
        ("Ctrl+Shift+R",),
    ),
    ActionId.STATISTICS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Operator s&tatistics…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Each operator's lines, keying time, speed and errors, day by day"
        ),
        ("Ctrl+Shift+T",),
        "&View",
    ),
    ActionId.SAMPLE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Random &sample…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Draw the campaign's own sample as the registrar will, record what the voter roll "
            "says, and read the projection",
        ),
        ("Ctrl+Shift+S",),
    ),
    ActionId.VOTER_FILE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Voter &file…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Central office: import the county's voter file, predict each line's verdict from "
            "it, and settle the matches left to a person",
        ),
        ("Ctrl+Shift+V",),
    ),
    ActionId.RESTORE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Restore from a &backup…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Put a backup in place of this database (the current file is kept)"
        ),
    ),
    ActionId.PURGE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "P&urge personal data…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "End of the drive: remove every signer's name and address, here and in the "
            "backups, keeping the figures",
        ),
    ),
    ActionId.KEYS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Signing &keys…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "This computer's own signing key, and the keys of the offices (or central) it trusts",
        ),
    ),
    ActionId.SETTINGS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Se&ttings…"),
        QT_TRANSLATE_NOOP("Actions", "The campaign key and this computer's settings"),
    ),
    ActionId.OPERATORS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Operators…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Who may sign in here, as volunteer, lead or coordinator; your own PIN"
        ),
    ),
    ActionId.SWITCH_OPERATOR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Lock and s&witch operator…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Lock the screen now; the next operator (or you) signs in with a PIN"
        ),
        ("Ctrl+L",),
    ),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Close RecallDesk"),
        (Key.Quit, "Ctrl+Q"),
    ),
    ActionId.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last saved change"),
        (Key.Undo,),
        "&Edit",
    ),
    ActionId.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo the last undone change"),
        ("Ctrl+Shift+Z", Key.Redo),
        "&Edit",
    ),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        QT_TRANSLATE_NOOP("Actions", "Find a section, signer or address"),
        (Key.Find,),
        "&Edit",
    ),
    ActionId.BLANK_LINE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save line as &blank"),
        QT_TRANSLATE_NOOP("Actions", "Nothing is written on this line"),
        ("Ctrl+B",),
        "&Line",
    ),
    ActionId.STRUCK_LINE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save line as &struck out"),
        QT_TRANSLATE_NOOP("Actions", "The line is crossed out on the paper"),
        ("Ctrl+K",),
        "&Line",
    ),
    ActionId.LINE_HISTORY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Line &history…"),
        QT_TRANSLATE_NOOP("Actions", "Who changed this line, when, old → new"),
        ("Ctrl+H",),
        "&Line",
    ),
    ActionId.CLOSE_SECTION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Close section as keyed"),
        QT_TRANSLATE_NOOP("Actions", "Finish the section (control totals are checked)"),
        ("Ctrl+Shift+K",),
        "&Line",
    ),
    ActionId.SHOW_DASHBOARD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Dashboard"),
        QT_TRANSLATE_NOOP("Actions", "Campaign progress"),
        ("Ctrl+1",),
        "&View",
    ),
    ActionId.SHOW_SECTIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Sections"),
        QT_TRANSLATE_NOOP("Actions", "The section list"),
        ("Ctrl+2",),
        "&View",
    ),
    ActionId.SHOW_KEYING: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Keying"),
        QT_TRANSLATE_NOOP("Actions", "The section being keyed"),
        ("Ctrl+3",),
        "&View",
    ),
    ActionId.REFRESH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Refresh"),
        QT_TRANSLATE_NOOP("Actions", "Recount the figures"),
        (Key.Refresh,),
        "&View",
    ),
    ActionId.ZOOM_IN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Larger text"),
        QT_TRANSLATE_NOOP("Actions", "Make all the text larger (kept for you)"),
        ("Ctrl+=", "Ctrl++", Key.ZoomIn),
        "&View",
    ),
    ActionId.ZOOM_OUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "S&maller text"),
        QT_TRANSLATE_NOOP("Actions", "Make all the text smaller (kept for you)"),
        ("Ctrl+-", Key.ZoomOut),
        "&View",
    ),
    ActionId.ZOOM_RESET: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Normal text size"),
        QT_TRANSLATE_NOOP("Actions", "Text at its normal size"),
        ("Ctrl+0",),
        "&View",
    ),
    ActionId.THEME_SYSTEM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Theme: as the s&ystem"),
        QT_TRANSLATE_NOOP("Actions", "Light or dark as the computer is set (kept for you)"),
        (),
        "&View",
    ),
    ActionId.THEME_LIGHT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Theme: li&ght"),
        QT_TRANSLATE_NOOP("Actions", "Dark text on light backgrounds (kept for you)"),
        (),
        "&View",
    ),
    ActionId.THEME_DARK: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Theme: d&ark"),
        QT_TRANSLATE_NOOP("Actions", "Light text on dark backgrounds (kept for you)"),
        (),
        "&View",
    ),
    ActionId.THEME_CONTRAST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Theme: high &contrast"),
        QT_TRANSLATE_NOOP("Actions", "White and yellow on black, the strongest contrast"),
        (),
        "&View",
    ),
    ActionId.HELP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Keys and guide"),
        QT_TRANSLATE_NOOP("Actions", "The keying keys and a short guide"),
        (Key.HelpContents, "F1"),
        "&Help",
    ),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About RecallDesk"),
        QT_TRANSLATE_NOOP("Actions", "Version and data folder"),
        (),
        "&Help",
    ),
}

MENU_ORDER = ("&File", "&Edit", "&Line", "&View", "&Help")
_MENU_TITLES = {
    "&File": QT_TRANSLATE_NOOP("Actions", "&File"),
    "&Edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "&Line": QT_TRANSLATE_NOOP("Actions", "&Line"),
    "&View": QT_TRANSLATE_NOOP("Actions", "&View"),
    "&Help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}


def menu_title(name: str) -> str:
    return QCoreApplication.translate("Actions", _MENU_TITLES[name])


def build_actions(
    parent: QWidget, handlers: dict[ActionId, Callable[[], object]]
) -> dict[ActionId, QAction]:
    """Create one QAction per spec, wired to its handler."""
    actions = {}
    for action_id, spec in SPECS.items():
        text = QCoreApplication.translate("Actions", spec.text)
        tip = QCoreApplication.translate("Actions", spec.tip)
        action = QAction(text, parent)
        action.setStatusTip(tip)
        action.setToolTip(tip)
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
