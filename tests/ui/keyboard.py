"""Typing as a volunteer does, for the UI tests."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """keyClicks aborts on non-ASCII text: send such characters one by one."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)  # fmt: skip


_root: list[QWidget] = []


def use_window(window: QWidget) -> None:
    """The top-level window keys go to when no modal dialog is open.

    The offscreen platform does not always report an active window, so the
    tests name it; a modal dialog (``exec()``) always takes precedence.
    """
    _root[:] = [window]
    focus = window.focusWidget()
    window.activateWindow()
    QApplication.processEvents()
    if focus is not None:
        focus.setFocus()


def focused() -> QWidget:
    """The widget with the keyboard focus: in the modal dialog, else in the named window."""
    modal = QApplication.activeModalWidget()
    window = modal or QApplication.activeWindow() or (_root[0] if _root else None)
    widget = window.focusWidget() if window is not None else QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key_fields(qtbot: QtBot, values: list[str], end: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type each value into the focused field, then Tab (or Enter); '' just moves on."""
    for value in values:
        widget = focused()
        assert isinstance(widget, QLineEdit), widget
        if value:
            type_text(qtbot, widget, value)
        qtbot.keyClick(widget, end)


def drive_modal(open_it: Callable[[], object], fill: Callable[[QWidget], None]) -> None:
    """Open a modal dialog with ``open_it`` and drive it with ``fill`` from inside its loop.

    If ``fill`` fails, the dialog is rejected (so the test never hangs in ``exec()``)
    and the failure is raised here.
    """
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            errors.append(AssertionError("no modal dialog opened"))
            return
        try:
            fill(dialog)
        except BaseException as error:
            errors.append(error)
        finally:
            if dialog.isVisible() and isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(0, run)
    open_it()
    if errors:
        raise errors[0]
