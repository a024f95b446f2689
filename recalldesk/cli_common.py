"""What every headless command shares: user errors, opening the workspace, who acts, progress."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from recalldesk import paths
from recalldesk.core.messages import Message, MessageError
from recalldesk.core.records import Actor
from recalldesk.ops import people
from recalldesk.ops.workspace import Workspace
from recalldesk.wording import translate


class UserError(MessageError):
    """A mistake or situation the user can fix; printed without a traceback (exit 2)."""

    def __init__(self, text: str) -> None:
        super().__init__(Message("cli.text", {"text": text}))
        self.text = text


@contextmanager
def workspace(*, writes: bool, must_exist: bool = True) -> Iterator[Workspace]:
    """The data folder's campaign database, held against the app while ``writes``.

    A writing command is refused while the app (or another writing command)
    holds the folder; reading commands run beside it.
    """
    path = paths.database_path()
    if must_exist and not path.exists():
        raise UserError(
            translate(
                "Cli",
                "No campaign database in {folder}. Start the app to set one up, or fill it "
                "with demo data: recalldesk --data-dir {folder} demo",
            ).format(folder=path.parent)
        )
    ws = Workspace.open(path, lock_as="cli" if writes else "")
    try:
        yield ws
    finally:
        ws.close()


def actor_for(ws: Workspace, name: str | None) -> Actor:
    """Who the command acts as: ``--operator``, else the office's first operator."""
    operators = people.operators(ws)
    chosen = next((o for o in operators if o.value.name == name), None) if name else None
    if chosen is None and name:
        raise UserError(
            translate(
                "Cli", "There is no operator called {name} at office {office}. Operators: {list}"
            ).format(
                name=name,
                office=ws.office_code,
                list=", ".join(o.value.name for o in operators) or "—",
            )
        )
    if chosen is None and operators:
        chosen = operators[0]
    if chosen is not None:
        return people.operator_actor(ws, chosen)
    return ws.actor(translate("Cli", "command line"))


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
        print(f"{self.label}: {done:,} / {total:,} ({pct:.0f}%)", end=end, file=sys.stderr)
