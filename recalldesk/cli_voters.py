"""``recalldesk voters``: the county voter file at the central office.

recalldesk voters import FILE [--received YYYY-MM-DD]   read it through the demo layout preset
recalldesk voters list                                  the files imported, with provenance
recalldesk voters match [--full]                        predict every line's verdict from it
recalldesk voters office-copy on|off                    let this field office hold a copy
recalldesk voters purge                                 remove the voters and every verdict
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from recalldesk.cli_common import Meter, UserError, signed_in, workspace
from recalldesk.core.messages import Message
from recalldesk.core.voter_file import DEMO_PRESET
from recalldesk.ops import voter_match, voters
from recalldesk.wording import translate
from recalldesk.wording.say import say
from recalldesk.wording.voters import say_status


def cmd_voters(args: argparse.Namespace) -> int:
    writes = args.voters_action in ("import", "match", "office-copy", "purge")
    with workspace(writes=writes) as ws:
        actor = signed_in(ws, args.operator)
        if args.voters_action == "office-copy":
            on = voters.set_office_copy(ws, actor, args.state == "on").value
            print(
                translate("Cli", "This office may now hold a copy of the voter file.")
                if on
                else translate("Cli", "This office holds no copy of the voter file.")
            )
            return 0
        if args.voters_action == "purge":
            gone = voters.purge(ws, actor).value
            print(
                translate(
                    "Cli", "Removed {voters} voters and {verdicts} predicted verdicts; "
                    "the files' provenance and the audit of the purge are kept."
                ).format(voters=f"{gone.voters:,}", verdicts=f"{gone.verdicts:,}")
            )  # fmt: skip
            return 0
        if args.voters_action == "match":
            run = voter_match.match_lines(
                ws, actor, full=args.full, progress=Meter(translate("Cli", "Matching lines"))
            ).value
            print(
                translate("Cli", "Matched {n} lines against the voter file in {seconds} s.").format(
                    n=f"{run.lines:,}", seconds=f"{run.seconds:.1f}"
                )
            )
            for status, n in sorted(run.by_status.items(), key=lambda kv: -kv[1]):
                print(f"  {say_status(status)}: {n:,}")
            return 0
        if args.voters_action == "import":
            received = _day(args.received) if args.received else None
            done = voters.import_voters(
                ws, actor, Path(args.file), DEMO_PRESET, received_on=received,
                progress=Meter(translate("Cli", "Reading voters")),
            ).value  # fmt: skip
            print(
                translate("Cli", "Imported {n} voters from {name} ({refused} rows refused).")
                .format(n=f"{done.voters:,}", name=done.file.file_name,
                        refused=f"{done.file.refused_rows:,}")
            )  # fmt: skip
            for problem in done.problems:
                print(
                    translate("Cli", "  line {line}: {what}").format(
                        line=problem.line, what=say_code(problem.code, problem.params)
                    )
                )
            return 0
        for f in voters.files(ws):
            print(
                translate(
                    "Cli",
                    "{mark} {name}: {rows} voters, {refused} refused; received {received}, "
                    "imported {at} UTC by {by}; {size} bytes, SHA-256 {sha}",
                ).format(
                    mark="*" if f.current else " ", name=f.file_name, rows=f"{f.row_count:,}",
                    refused=f"{f.refused_rows:,}", received=f.received_on,
                    at=f.imported_at[:16].replace("T", " "), by=f.imported_by,
                    size=f"{f.size:,}", sha=f.sha256,
                )
            )  # fmt: skip
        if not voters.files(ws):
            print(translate("Cli", "No voter file imported yet: recalldesk voters import FILE"))
    return 0


def say_code(code: str, params: dict[str, object]) -> str:
    return say(Message(code, params))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            translate("Cli", "{text} is not a date (YYYY-MM-DD)").format(text=text)
        ) from None


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("voters", help="the county voter file (central office)")
    cmd.add_argument("--operator", metavar="NAME", help="who is acting (default: first operator)")
    actions = cmd.add_subparsers(dest="voters_action", required=True, metavar="ACTION")
    imp = actions.add_parser("import", help="read a voter file (the demo layout preset)")
    imp.add_argument("file")
    imp.add_argument("--received", metavar="YYYY-MM-DD", help="the day the file was received")
    actions.add_parser("list", help="the files imported, with their provenance")
    match = actions.add_parser("match", help="predict each line's verdict from the voter file")
    match.add_argument("--full", action="store_true", help="every line, not only new ones")
    copy = actions.add_parser("office-copy", help="let this field office hold a copy (or not)")
    copy.add_argument("state", choices=("on", "off"))
    actions.add_parser("purge", help="remove the voters and every predicted verdict")
    cmd.set_defaults(func=cmd_voters)
