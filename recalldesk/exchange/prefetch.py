"""Run an iterator in a worker thread a few items ahead of its consumer.

The merge reads packet N+1 (python-calamine parses with the GIL released)
while SQLite applies packet N on the calling thread, so on two cores the
read and the write overlap. The queue is bounded, so memory stays at a few
batches whatever the packets' sizes. The worker never touches the database.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterator
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")


class _End:
    pass


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


class Prefetch(Generic[T]):
    """Iterate ``source`` on a worker thread; use as a context manager, iterate once.

    An exception in ``source`` is raised in the consumer when it gets there.
    Leaving the ``with`` block early stops the worker.
    """

    def __init__(self, source: Iterator[T], depth: int = 8) -> None:
        self._source = source
        self._queue: queue.Queue[T | _End | _Failed] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="recalldesk-prefetch", daemon=True)

    def __enter__(self) -> Prefetch[T]:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        while self._thread.is_alive():
            with contextlib.suppress(queue.Empty):  # unblock a worker waiting for room
                self._queue.get(timeout=0.05)
        self._thread.join()

    def _put(self, item: T | _End | _Failed) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            for item in self._source:
                if not self._put(item):
                    return
        except BaseException as error:  # handed to the consumer, raised there
            self._put(_Failed(error))
            return
        finally:
            close = getattr(self._source, "close", None)
            if close is not None:
                close()
        self._put(_End())

    def __iter__(self) -> Iterator[T]:
        while True:
            item = self._queue.get()
            if isinstance(item, _End):
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item
