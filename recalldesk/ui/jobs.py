"""Long work off the GUI thread, with progress and cancel.

A :class:`Job` runs one callable in a ``QThread``; the callable receives a
``progress(done, total)`` function and a ``cancelled()`` predicate. Signals
are delivered on the GUI thread (queued connections), so slots may touch
widgets freely.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Job(QObject):
    """Runs ``work`` on a worker thread.

    Signals: ``progress(done, total)``; ``succeeded(result)``; ``failed(exception)``.
    Exactly one of ``succeeded`` / ``failed`` is emitted, then ``finished``.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("recalldesk-job")
        self._runner = _Runner(self)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        # Direct: quit() is thread-safe, and a queued call would wait for the GUI thread,
        # deadlocking wait() on it (at window close, for instance).
        self._runner.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self.finished.emit)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)


class _Runner(QObject):
    done = Signal()

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        job = self._job
        try:
            result = job._work(job.progress.emit, job.is_cancelled)
        except BaseException as error:  # reported to the GUI thread, never swallowed
            job.failed.emit(error)
        else:
            job.succeeded.emit(result)
        self.done.emit()
