"""What every headless command shares: user errors, opening the database, progress."""

from __future__ import annotations

import sys
import time

from recalldesk import paths
from recalldesk.store.connection import Database, open_database


class UserError(Exception):
    """A mistake or situation the user can fix; printed without a traceback (exit 2)."""


def open_existing(how_to_set_up: str) -> Database:
    """The data folder's campaign database; ``how_to_set_up`` ends the message if absent."""
    path = paths.database_path()
    if not path.exists():
        raise UserError(f"No campaign database in {path.parent}. {how_to_set_up}")
    return open_database(path)


class Meter:
    """Progress on stderr, at most a few times a second."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.last = 0.0
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.5 and done < total:
            return
        self.last = now
        pct = 100 * done / total if total else 100
        end = "\r" if self.tty and done < total else "\n"
        print(f"{self.label}: {done:,} of {total:,} ({pct:.0f}%)", end=end, file=sys.stderr)
