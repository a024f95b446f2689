"""``recalldesk serials``: central hands out section serial ranges to each office.

recalldesk serials issue OFFICE FIRST LAST    give OFFICE the serials FIRST to LAST
recalldesk serials list                       every range issued

Once any range is issued, central refuses a packet's new section whose serial
is in another office's range, or outside the sending office's ranges.
"""

from __future__ import annotations

import argparse

from recalldesk.cli_common import signed_in, workspace
from recalldesk.ops import serial_ranges
from recalldesk.wording import translate


def cmd_serials(args: argparse.Namespace) -> int:
    issuing = args.serials_action == "issue"
    with workspace(writes=issuing) as ws:
        if issuing:
            serial_ranges.issue(ws, signed_in(ws, args.operator), args.office, args.first,
                                args.last)  # fmt: skip
            print(translate("Cli", "Office {office} may log sections {first} to {last}.").format(
                office=args.office, first=args.first, last=args.last))  # fmt: skip
            return 0
        found = serial_ranges.ranges(ws)
        if not found:
            print(translate("Cli", "No serial ranges issued: any serial merges."))
        for r in found:
            print(f"  {r.office_code:<10} {r.prefix}{r.first} – {r.prefix}{r.last}")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``serials`` on the ``recalldesk`` parser."""
    cmd = sub.add_parser("serials", help="central: the section serial ranges of each office")
    cmd.add_argument("--operator", metavar="NAME", help="who is acting (default: first operator)")
    actions = cmd.add_subparsers(dest="serials_action", metavar="ACTION")
    actions.add_parser("list", help="every range issued")
    issue = actions.add_parser("issue", help="give an office a range of serials")
    issue.add_argument("office", metavar="OFFICE")
    issue.add_argument("first", metavar="FIRST")
    issue.add_argument("last", metavar="LAST")
    cmd.set_defaults(func=cmd_serials, serials_action="list")
