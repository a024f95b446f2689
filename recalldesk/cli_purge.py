"""``recalldesk purge``: at the end of the drive, remove the signers' personal data.

Without ``--yes`` it only says what would be removed and how to go ahead: the
purge cannot be undone (its point is that nothing can bring the data back).
"""

from __future__ import annotations

import argparse

from recalldesk.cli_common import signed_in, workspace
from recalldesk.ops import purge
from recalldesk.wording import translate
from recalldesk.wording.purge import purge_lines


def cmd_purge(args: argparse.Namespace) -> int:
    with workspace(writes=bool(args.yes)) as ws:
        if not args.yes:
            found = purge.preview(ws)
            print(
                translate(
                    "Cli", "A purge would remove the names and addresses of {lines} lines, "
                    "{voters} voters of the voter file, and the same from {backups} backup "
                    "copies; the figures and the audit stay. It cannot be undone."
                ).format(lines=f"{found.lines:,}", voters=f"{found.voters:,}",
                         backups=f"{found.backups:,}")
            )  # fmt: skip
            print(
                translate("Cli", "To go ahead, once the petition is filed: recalldesk purge --yes")
            )
            return 0
        done = purge.purge_drive(ws, signed_in(ws, args.operator)).value
    for line in purge_lines(done):
        print(line)
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``purge`` on the ``recalldesk`` parser."""
    cmd = sub.add_parser(
        "purge", help="at the end of the drive: remove the signers' names and addresses"
    )
    cmd.add_argument("--yes", action="store_true", help="do it (without: say what it removes)")
    cmd.add_argument("--operator", metavar="NAME", help="who is acting (default: first operator)")
    cmd.set_defaults(func=cmd_purge)
