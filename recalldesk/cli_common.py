"""What every headless command shares: user errors, opening the workspace, who acts, progress."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from recalldesk import paths
from recalldesk.core.messages import Message, MessageError, msg
from recalldesk.core.records import Actor
from recalldesk.ops import office_keys, sign_in
from recalldesk.ops.workspace import Workspace
from recalldesk.wording import QT_TRANSLATE_NOOP, say, translate


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


WHO = QT_TRANSLATE_NOOP(
    "CliHelp", "who signs in to do it (default: $RECALLDESK_OPERATOR, or the only one who may)"
)
OPERATOR_ENV = "RECALLDESK_OPERATOR"  # who signs in, when --operator is not given
PIN_ENV = "RECALLDESK_PIN"  # their PIN or password
NEW_PIN_ENV = "RECALLDESK_NEW_PIN"  # a PIN or password being set (operators add, pin, first)


def signed_in(ws: Workspace, name: str | None) -> Actor:
    """Who the command acts as: the operator signs in, as in the app.

    The name comes from ``--operator``, else $RECALLDESK_OPERATOR, else the only
    operator who may sign in; the PIN or password from $RECALLDESK_PIN, else typed
    at the terminal. The role the actor carries is the one this database holds.
    """
    import os

    if sign_in.needs_first_manager(ws):
        raise UserError(say(msg("signin.not_set_up")))
    who = name or os.environ.get(OPERATOR_ENV, "")
    members = [m for m in sign_in.roster(ws) if m.role is not None]
    if not who and len(members) == 1:
        who = members[0].name
    if not who:
        raise UserError(
            translate("Cli", "Who is acting? Give --operator NAME (or set {env}). Who may: {names}")
            .format(env=OPERATOR_ENV, names=", ".join(m.name for m in members))
        )  # fmt: skip
    secret = _secret(PIN_ENV, translate("Cli", "PIN or password of {name}: ").format(name=who))
    return sign_in.sign_in_by_name(ws, who, secret).value


def _secret(
    env: str, prompt: str, *, twice: bool = False, needed: str = "", differ: str = ""
) -> str:
    """$``env``, else typed at the terminal (twice when new), never echoed."""
    import getpass
    import os

    found = os.environ.get(env)
    if found:
        return found
    if not sys.stdin.isatty():
        needed = needed or translate(
            "Cli", "A PIN or password is needed: type it at a terminal, or set {env}."
        )
        raise UserError(needed.format(env=env))
    typed = getpass.getpass(prompt)
    if twice and getpass.getpass(translate("Cli", "The same again: ")) != typed:
        raise UserError(differ or translate("Cli", "The two differ; nothing was changed."))
    return typed


CAMPAIGN_KEY_ENV = "RECALLDESK_CAMPAIGN_KEY"


def campaign_key_from(flag: str | None) -> str:
    """``init --campaign-key``: the key from $RECALLDESK_CAMPAIGN_KEY, else typed; without the
    flag, the environment's key if set, else none (set it later in the app's settings)."""
    import os

    if flag is None:
        return os.environ.get(CAMPAIGN_KEY_ENV, "")
    return _secret(CAMPAIGN_KEY_ENV, translate("Cli", "The campaign key: "))


def new_secret(name: str) -> str:
    """A PIN or password being set for ``name``: $RECALLDESK_NEW_PIN, else typed twice."""
    prompt = translate("Cli", "New PIN or password for {name}: ").format(name=name)
    return _secret(NEW_PIN_ENV, prompt, twice=True)


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
    return _secret(
        PASSWORD_ENV, prompt, twice=twice,
        needed=translate("Cli", "A password is needed: type it at a terminal, or set {env}."),
        differ=translate("Cli", "The two passwords differ; nothing was changed."),
    )  # fmt: skip


def own_signer(ws: Workspace) -> office_keys.Signer | None:
    """This database's signing key, unlocked with the password (None when it has none)."""
    if not office_keys.own_fingerprint(ws):
        return None
    return office_keys.unlock(ws, password(translate("Cli", "Password of this computer's key: ")))


# argparse's own words, said in the user's language like ours (scripts/translations.py finds
# every help= and description= of the cli modules, context CliHelp).
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("CliHelp", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CliHelp", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("CliHelp", "usage: "),
    QT_TRANSLATE_NOOP("CliHelp", "options"),
    QT_TRANSLATE_NOOP("CliHelp", "positional arguments"),
)


class _Translating(argparse.HelpFormatter):
    """Help, descriptions and headings through the translator (context CliHelp)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return translate("CliHelp", action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        said = translate("CliHelp", text) if text and text != argparse.SUPPRESS else text
        super().add_text(said)

    def start_section(self, heading: str | None) -> None:
        super().start_section(translate("CliHelp", heading) if heading else heading)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        said = (
            translate("CliHelp", "usage: ") if prefix is None else prefix
        )  # "": a subcommand's prog
        super().add_usage(usage, actions, groups, said)


class CliParser(argparse.ArgumentParser):
    """The command line's parser: its help in the user's language; subcommands alike."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Translating)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


def iso_date(text: str, what: str) -> date:
    """A date given as YYYY-MM-DD on the command line; ``what`` names the option."""
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise UserError(
            translate("Cli", "{what}: “{text}” is not a date; write it as YYYY-MM-DD.").format(
                what=what, text=text
            )
        ) from error
