"""What long work shares across layers: progress callbacks and cancelling."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # (done, total)
IsCancelled = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled; whatever the work writes was left as it was."""


def no_progress(done: int, total: int) -> None:
    """The default progress callback: nobody is watching."""


def never_cancelled() -> bool:
    return False
