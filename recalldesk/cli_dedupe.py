"""``recalldesk dedupe``: find people who signed twice, list the queue, settle groups.

recalldesk dedupe                 new and changed lines against all (after a merge)
recalldesk dedupe --full          every line from scratch
recalldesk dedupe --list          the open groups, best first (--office PAS)
recalldesk dedupe --confirm ID    the group's lines are one signer (the first keyed counts)
recalldesk dedupe --dismiss ID    they are different people
recalldesk dedupe --reopen ID     take a decision back
recalldesk dedupe --confirm-likely    confirm every group the matcher calls likely
"""

from __future__ import annotations

import argparse

from recalldesk.cli_common import Meter, signed_in, workspace
from recalldesk.ops import dedupe_queue, dedupe_run
from recalldesk.wording import translate
from recalldesk.wording.dedupe import group_lines, reason_text


def cmd_dedupe(args: argparse.Namespace) -> int:
    settle = args.confirm or args.dismiss or args.reopen
    writes = not args.list or bool(settle) or args.confirm_likely
    with workspace(writes=writes) as ws:
        actor = signed_in(ws, args.operator)
        if args.confirm is not None:
            dedupe_queue.confirm(ws, actor, args.confirm)
            print(translate("Cli", "Group {id} confirmed: one signer.").format(id=args.confirm))
            return 0
        if args.dismiss is not None:
            dedupe_queue.dismiss(ws, actor, args.dismiss)
            print(translate("Cli", "Group {id} dismissed: different people.").format(
                id=args.dismiss))  # fmt: skip
            return 0
        if args.reopen is not None:
            dedupe_queue.reopen(ws, actor, args.reopen)
            print(translate("Cli", "Group {id} is open again.").format(id=args.reopen))
            return 0
        if args.confirm_likely:
            n = dedupe_queue.confirm_likely(ws, actor).value
            print(translate("Cli", "Confirmed %Ln likely group(s).", None, n))
            return 0
        if not args.list:
            run = dedupe_run.find_duplicates(
                ws, actor, full=args.full, progress=Meter(translate("Cli", "Comparing pairs"))
            ).value
            print(
                translate(
                    "Cli",
                    "Compared {lines} line(s) ({known} in all) in {pairs} candidate pair(s) in "
                    "{seconds} s: {open} open group(s) to review.",
                ).format(
                    lines=f"{run.lines_matched:,}",
                    known=f"{run.lines_known:,}",
                    pairs=f"{run.pairs_compared:,}",
                    seconds=run.seconds,
                    open=f"{run.groups_open:,}",
                )
            )
        groups = dedupe_queue.queue(ws, office=args.office)
    if args.list:
        for entry in groups:
            print("\n".join(group_lines(entry)))
            print()
        if not groups:
            print(translate("Cli", "No open groups of possible duplicates."))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "dedupe", help="find people who signed twice; list and settle the review queue"
    )
    cmd.add_argument("--full", action="store_true", help="compare every line from scratch")
    cmd.add_argument("--list", action="store_true", help="print the open groups, best first")
    cmd.add_argument("--office", metavar="CODE", help="with --list: groups with a line of CODE")
    settle = cmd.add_mutually_exclusive_group()
    settle.add_argument("--confirm", type=int, metavar="ID", help="one signer: the first counts")
    settle.add_argument("--dismiss", type=int, metavar="ID", help="different people")
    settle.add_argument("--reopen", type=int, metavar="ID", help="take a decision back")
    settle.add_argument("--confirm-likely", action="store_true", help="confirm every likely group")
    cmd.add_argument("--operator", metavar="NAME", help="act as this operator")
    cmd.set_defaults(func=cmd_dedupe)


__all__ = ["add_commands", "reason_text"]
