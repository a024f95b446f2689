"""The idle lock: after a set time without a key or a click, the window locks itself.

On a shared laptop a volunteer who walks away must not leave the signer data
open, nor their name on the next person's lines. Input anywhere in the app
counts (an application-wide event filter); a timer looks every few seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
TICK_MS = 5_000


class IdleLock(QObject):
    """Calls ``lock()`` once ``minutes`` pass with no input; counts again after it returns."""

    def __init__(self, parent: QObject, minutes: int, lock: Callable[[], object]) -> None:
        super().__init__(parent)
        self.seconds = minutes * 60.0
        self._lock = lock
        self.last_input = time.monotonic()
        self._locking = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.seconds = minutes * 60.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def idle_for(self) -> float:
        return time.monotonic() - self.last_input

    def check(self) -> None:
        if self._locking or self.idle_for() < self.seconds:
            return
        self._locking = True
        try:
            self._lock()
        finally:
            self._locking = False
            self.last_input = time.monotonic()
