"""Every control reachable with Tab and named for a screen reader (issue 15).

Each window is walked twice: pressing Tab from its first control must reach
every control a person can use, and the accessibility tree (what a screen
reader reads, through QAccessible) must name every one; the fields a
volunteer fills in must also say what they want (a description).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.conflicts_dialog import ConflictsDialog
from recalldesk.ui.duplicates_window import DuplicatesWindow
from recalldesk.ui.find_dialog import FindDialog
from recalldesk.ui.help_dialog import HelpDialog
from recalldesk.ui.intake_dialog import IntakeDialog
from recalldesk.ui.keys_dialog import KeysDialog
from recalldesk.ui.main_window import MainWindow
from recalldesk.ui.operators_dialog import OperatorsDialog, SecretDialog
from recalldesk.ui.sample_window import SampleWindow
from recalldesk.ui.settings_dialog import SettingsDialog
from recalldesk.ui.setup_dialog import SetupDialog
from recalldesk.ui.sign_in_dialog import SignInDialog
from recalldesk.ui.statistics_window import StatisticsWindow
from recalldesk.ui.verify_window import VerifyWindow
from recalldesk.ui.voters_window import VotersWindow

Make = Callable[[Workspace, Actor], QWidget]


def _verification(ws: Workspace) -> tuple[Actor, Actor, int]:
    """A section keyed by Tom with a typo, drawn for Grace to key again: (lead, Grace, id)."""
    from recalldesk.core.records import StaffRole
    from recalldesk.ops import sign_in, verification
    from tests.conftest import ANA_PASSWORD
    from tests.ops.test_verification import keyed_section

    lead = sign_in.sign_in_by_name(ws, "Ana Reyes", ANA_PASSWORD).value
    people = {"lead": lead}
    for name, key in (("Tom Nguyen", "tom"), ("Grace Kim", "grace")):
        added = sign_in.add_member(ws, lead, name, StaffRole.VOLUNTEER, "4821").value
        people[key] = sign_in.sign_in(ws, added.id, "4821").value
    keyed_section(ws, people, "PAS-900", typo=True)
    chosen = verification.assign(ws, lead, "PAS-900").value
    return lead, people["grace"], chosen.id


def _blind_keying(ws: Workspace, _actor: Actor) -> QWidget:
    from recalldesk.ops import verification
    from recalldesk.ui.verify_window import BlindKeyDialog

    _lead, grace, chosen = _verification(ws)
    return BlindKeyDialog(verification.BlindSession(ws, grace, chosen))


def _queue(ws: Workspace, _actor: Actor) -> QWidget:
    from recalldesk.ops import verification
    from recalldesk.ui.verify_window import QueueDialog
    from tests.ops.test_verification import PAPER

    lead, grace, chosen = _verification(ws)
    blind = verification.BlindSession(ws, grace, chosen)
    for line in PAPER:
        blind.save(line)
    blind.finish()
    return QueueDialog(ws, lead, chosen)


def _keying_page(ws: Workspace, actor: Actor) -> QWidget:
    from recalldesk.core.records import Section
    from recalldesk.ops.intake import log_section

    window = MainWindow(ws, actor)
    window.open_section(log_section(ws, actor, Section("PAS-777", 5)).value.id)
    return window


def _sections_page(ws: Workspace, actor: Actor) -> QWidget:
    window = MainWindow(ws, actor)
    window.show_page(window.section_list)
    return window


WINDOWS: dict[str, Make] = {
    "sign in": lambda ws, _a: SignInDialog(ws),
    "setup": lambda ws, _a: SetupDialog(ws),
    "log a section": IntakeDialog,
    "operators": OperatorsDialog,
    "new PIN": lambda _w, _a: SecretDialog("New PIN", None, own=True),
    "settings": SettingsDialog,
    "signing keys": KeysDialog,
    "verification": VerifyWindow,
    "statistics": lambda ws, _a: StatisticsWindow(ws),
    "find": lambda ws, _a: FindDialog(ws),
    "help": lambda _w, _a: HelpDialog(),
    "main window": MainWindow,
    "main window: sections": _sections_page,
    "main window: keying": _keying_page,
    "possible duplicates": DuplicatesWindow,
    "random sample": SampleWindow,
    "voter file": VotersWindow,
    "merge conflicts": ConflictsDialog,
    "blind keying": _blind_keying,
    "discrepancy queue": _queue,
}
# Where volunteers type: every field also says what it wants.
VOLUNTEERS = ("sign in", "setup", "log a section")
_CONTROLS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QAbstractItemView, QTabBar)
_FIELDS = {QAccessible.Role.EditableText, QAccessible.Role.SpinBox, QAccessible.Role.ComboBox,
           QAccessible.Role.CheckBox}  # fmt: skip
_NAMED = _FIELDS | {QAccessible.Role.PushButton, QAccessible.Role.List, QAccessible.Role.Table,
                    QAccessible.Role.Tree, QAccessible.Role.PageTabList,
                    QAccessible.Role.RadioButton}  # fmt: skip


def _open(qtbot: QtBot, make: Make, ws: Workspace, actor: Actor) -> QWidget:
    window = make(ws, actor)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    return window


def _usable(window: QWidget) -> list[QWidget]:
    """The controls a person can reach: visible, enabled, taking focus by Tab."""
    return [
        w for w in window.findChildren(QWidget)
        if isinstance(w, _CONTROLS) and w.isVisibleTo(window) and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is window
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))  # their own edit
    ]  # fmt: skip


def _reached(qtbot: QtBot, window: QWidget) -> set[int]:
    """Press Tab from the first control until the focus comes back round."""
    first = next(iter(_usable(window)), None)
    assert first is not None
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[int] = set()
    for _ in range(300):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        if id(focused) in seen:
            break
        seen.add(id(focused))
        owner = focused.parentWidget()
        if isinstance(owner, (QAbstractSpinBox, QComboBox)):
            seen.add(id(owner))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def _has_accelerator(widget: QWidget) -> bool:
    """Alt+letter reaches it: a button's own, or its label's (buddy)."""
    if isinstance(widget, QAbstractButton) and re.search(r"&[^&]", widget.text()):
        return True
    return any(
        label.buddy() is widget and re.search(r"&[^&]", label.text())
        for label in widget.window().findChildren(QLabel)
    )


@pytest.mark.parametrize("name", list(WINDOWS))
def test_tab_reaches_every_control(qtbot: QtBot, ws: Workspace, actor: Actor, name: str) -> None:
    """Tab, or (past an entry bar, where Tab moves between a line's fields, as on paper)
    the control's own Alt+letter."""
    window = _open(qtbot, WINDOWS[name], ws, actor)
    reached = _reached(qtbot, window)
    missed = [
        f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', lambda: '')()!r}"
        for w in _usable(window) if id(w) not in reached and not _has_accelerator(w)
    ]  # fmt: skip
    assert missed == [], f"{name}: the keyboard never reaches {missed}"


def _interfaces(root: QAccessibleInterface | None) -> list[QAccessibleInterface]:
    if root is None:
        return []
    found = [root]
    for index in range(root.childCount()):
        found += _interfaces(root.child(index))
    return found


@pytest.mark.parametrize("name", list(WINDOWS))
def test_tab_never_walks_the_cells_of_a_table_you_only_read(
    qtbot: QtBot, ws: Workspace, actor: Actor, name: str
) -> None:
    """In a read-only table the arrows move; Tab goes on (not through every cell)."""
    from PySide6.QtWidgets import QTableView

    window = _open(qtbot, WINDOWS[name], ws, actor)
    trapping = [
        t.accessibleName() for t in window.findChildren(QTableView)
        if t.tabKeyNavigation()
        and t.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    ]  # fmt: skip
    assert trapping == []


@pytest.mark.parametrize("name", list(WINDOWS))
def test_the_accessibility_tree_names_every_control(
    qtbot: QtBot, ws: Workspace, actor: Actor, name: str
) -> None:
    window = _open(qtbot, WINDOWS[name], ws, actor)
    nameless, undescribed = [], []
    for face in _interfaces(QAccessible.queryAccessibleInterface(window)):
        if face.state().invisible or face.role() not in _NAMED:
            continue
        what = f"{face.role().name} of {type(face.object()).__name__}"
        if not face.text(QAccessible.Text.Name).strip():
            nameless.append(what)
        elif (name in VOLUNTEERS and face.role() in _FIELDS
              and not face.text(QAccessible.Text.Description).strip()):  # fmt: skip
            undescribed.append(f"{what} {face.text(QAccessible.Text.Name)!r}")
    assert nameless == [], f"{name}: no accessible name for {nameless}"
    assert undescribed == [], f"{name}: no description for {undescribed}"


def test_the_walks_catch_a_trap_and_a_nameless_field(qtbot: QtBot) -> None:
    """The checks above can fail: a field that swallows Tab, and one with no name."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QVBoxLayout

    class EatsTab(QObject):
        def eventFilter(self, _watched: QObject, event: object) -> bool:
            from PySide6.QtGui import QKeyEvent

            return isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Tab

    window = QWidget()
    qtbot.addWidget(window)
    trap, after = QLineEdit(), QLineEdit()
    trap.setAccessibleName("trap")
    eater = EatsTab(window)
    trap.installEventFilter(eater)
    layout = QVBoxLayout(window)
    layout.addWidget(trap)
    layout.addWidget(after)
    window.show()
    reached = _reached(qtbot, window)
    assert id(after) not in reached
    faces = _interfaces(QAccessible.queryAccessibleInterface(window))
    unnamed = [f for f in faces if f.role() in _NAMED and not f.text(QAccessible.Text.Name)]
    assert len(unnamed) == 1


def test_tab_leaves_the_lines_grid_for_the_entry_bar(
    qtbot: QtBot, ws: Workspace, actor: Actor
) -> None:
    """In the grid the arrows move from cell to cell; Tab goes on to the line's fields
    (it used to walk every cell of the section first)."""
    window = _open(qtbot, _keying_page, ws, actor)
    grid = window.keying.table
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.keying.entry.fields["first_name"]
