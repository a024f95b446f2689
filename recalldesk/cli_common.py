"""What every headless command shares: user errors, opening the workspace, who acts, progress."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from recalldesk import paths
from recalldesk.core.messages import Message, MessageError
from recalldesk.core.records import Actor
from recalldesk.ops import office_keys, people
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


PASSWORD_ENV = "RECALLDESK_PASSWORD"


def password(prompt: str, *, twice: bool = False) -> str:
    """A password from $RECALLDESK_PASSWORD, else typed at the terminal (never echoed);
    never an argument, which the process list and shell history would keep."""
    import getpass
    import os

    found = os.environ.get(PASSWORD_ENV)
    if found:
        return found
    if not sys.stdin.isatty():
        raise UserError(
            translate("Cli", "A password is needed: type it at a terminal, or set {env}.").format(
                env=PASSWORD_ENV
            )
        )
    typed = getpass.getpass(prompt)
    if twice and getpass.getpass(translate("Cli", "The same again: ")) != typed:
        raise UserError(translate("Cli", "The two passwords differ; nothing was changed."))
    return typed


def own_signer(ws: Workspace) -> office_keys.Signer | None:
    """This database's signing key, unlocked with the password (None when it has none)."""
    if not office_keys.own_fingerprint(ws):
        return None
    return office_keys.unlock(ws, password(translate("Cli", "Password of this computer's key: ")))
