"""The sync commands: ``sync``, ``merge``, ``digest``, ``import-digest``, ``conflicts``, ``decide``.

Registered by :func:`add_commands` from :mod:`recalldesk.cli`, whose error
handling they share (a problem the user can fix prints one message, exit 2).
``merge`` exits 1 when any packet was refused, and ``sync`` when its packet
was written but the central digest beside it was refused, so scripts notice.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from recalldesk.cli_common import Meter, UserError, own_signer, signed_in, workspace
from recalldesk.core.messages import MessageError
from recalldesk.ops import conflicts, digests, duplicates, merge, sync
from recalldesk.ops.conflicts import INCOMING, LOCAL
from recalldesk.ops.duplicates import DUPLICATE, NOT_DUPLICATE
from recalldesk.ops.sync import Refused
from recalldesk.wording import QT_TRANSLATE_NOOP, say, say_where, translate
from recalldesk.wording.merge import report_lines
from recalldesk.wording.sync import digest_imported


def _folder(value: str, *, create: bool = False) -> Path:
    folder = Path(value)
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    if not folder.is_dir():
        raise UserError(translate("Cli", "{folder} is not a folder.").format(folder=folder))
    return folder


def cmd_sync(args: argparse.Namespace) -> int:
    out = _folder(args.to)
    inbox = _folder(args.from_folder) if args.from_folder else out
    with workspace(writes=True) as ws:
        actor = signed_in(ws, args.operator)
        started = time.monotonic()
        result = sync.write_packet(
            ws, actor, out, full=args.full, after_restore=args.after_restore,
            progress=Meter(translate("Cli", "Writing rows")), signer=own_signer(ws),
        ).value  # fmt: skip
        if result.path is None:
            print(
                translate("Cli", "Nothing new since packet {sequence}: no packet written.").format(
                    sequence=result.sequence
                )
            )
        else:
            kind = translate("Cli", "full packet") if result.full else translate("Cli", "packet")
            sheets = ", ".join(f"{n:,} {title.lower()}" for title, n in result.rows.items())
            wrote = translate(
                "Cli", "Wrote {kind} {sequence} ({rows} rows: {sheets}) to {path} in {seconds} s"
            )
            seconds = f"{time.monotonic() - started:.1f}"
            print(
                wrote.format(
                    kind=kind,
                    sequence=result.sequence,
                    rows=f"{result.total_rows:,}",
                    sheets=sheets,
                    path=result.path,
                    seconds=seconds,
                )
            )
        try:
            digest = sync.import_digests_from(ws, actor, inbox).value
        except Refused as error:  # the packet is written; say why the digest was not taken
            where = say_where(error.file, error.problem, error.sheet, error.row, error.column)
            print(
                translate("Cli", "recalldesk: central digest not imported: {why}").format(
                    why=where
                ),
                file=sys.stderr,
            )
            return 1
        if digest is not None:
            print(digest_imported(digest))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with workspace(writes=True) as ws:
        actor = signed_in(ws, args.operator)
        report = merge.merge_packets(
            ws, actor, [Path(p) for p in args.sources],
            progress=Meter(translate("Cli", "Merging rows")),
        ).value  # fmt: skip
    print("\n".join(report_lines(report)))
    return 1 if report.refused else 0


def cmd_digest(args: argparse.Namespace) -> int:
    out = _folder(args.to)
    with workspace(writes=True) as ws:
        written = digests.write_digests(
            ws, signed_in(ws, args.operator), out, offices=args.office or None,
            signer=own_signer(ws),
        ).value  # fmt: skip
    for d in written:
        print(
            translate(
                "Cli", "Wrote {path} (%Ln decision(s) about office {office}'s lines)", None,
                d.decisions,
            ).format(path=d.path, office=d.office_code)
        )  # fmt: skip
    if not written:
        print(translate("Cli", "No office has sent a packet yet: no digest written."))
    return 0


def cmd_import_digest(args: argparse.Namespace) -> int:
    with workspace(writes=True) as ws:
        result = sync.import_digest(ws, signed_in(ws, args.operator), Path(args.file)).value
    print(f"{result.path.name}: {digest_imported(result)}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with workspace(writes=args.resolve is not None) as ws:
        if args.resolve is not None:
            conflicts.resolve(ws, signed_in(ws, args.operator), args.resolve, args.keep)
            print(
                translate("Cli", "Conflict {id} resolved: kept the {kept} record.").format(
                    id=args.resolve, kept=args.keep
                )
            )
            return 0
        found = conflicts.list_conflicts(ws, open_only=not args.all)
    if not found:
        print(translate("Cli", "No open merge conflicts."))
    for c in found:
        if c.resolution:
            state = c.resolution
        elif c.superseded:
            state = translate("Cli", "superseded by a newer version")
        else:
            state = translate("Cli", "open")
        print(f"#{c.id} {c.entity} {c.uuid} version {c.version} ({c.file_name}): {state}")
        for column, (stored, incoming) in c.differences.items():
            print(
                translate("Cli", "    {column}: stored {stored}, incoming {incoming}").format(
                    column=column, stored=repr(stored), incoming=repr(incoming)
                )
            )
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    decision = NOT_DUPLICATE if args.not_duplicate else DUPLICATE
    with workspace(writes=True) as ws:
        duplicates.decide(ws, signed_in(ws, args.operator), args.line, args.other, decision)
    text = (
        translate("Cli", "Recorded: {line} and {other} are different people.")
        if args.not_duplicate
        else translate("Cli", "Recorded: {line} and {other} are the same signer.")
    )
    print(text.format(line=args.line, other=args.other))
    return 0


_WHO = QT_TRANSLATE_NOOP("CliHelp", "act as this operator (default: the office's first operator)")


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the sync commands on the ``recalldesk`` parser."""
    sync_cmd = sub.add_parser(
        "sync", help="office: write the next sync packet; import the newest central digest"
    )
    sync_cmd.add_argument("--to", required=True, metavar="FOLDER", help="where to write it")
    sync_cmd.add_argument("--full", action="store_true", help="every record, not only changes")
    sync_cmd.add_argument(
        "--after-restore", action="store_true",
        help="this computer was restored from a backup (central refused its packet numbers "
        "as reused): restart the numbering and send everything",
    )  # fmt: skip
    sync_cmd.add_argument(
        "--from", dest="from_folder", metavar="FOLDER",
        help="where to look for central's digest (default: the --to folder)",
    )  # fmt: skip
    sync_cmd.add_argument("--operator", metavar="NAME", help=_WHO)
    sync_cmd.set_defaults(func=cmd_sync)

    merge_cmd = sub.add_parser("merge", help="central: merge office packets into this database")
    merge_cmd.add_argument("sources", nargs="+", metavar="FILE_OR_FOLDER")
    merge_cmd.add_argument("--operator", metavar="NAME", help=_WHO)
    merge_cmd.set_defaults(func=cmd_merge)

    digest = sub.add_parser("digest", help="central: write each office's digest")
    digest.add_argument("--to", required=True, metavar="FOLDER", help="where to write them")
    digest.add_argument("--office", action="append", metavar="CODE", help="only this office")
    digest.add_argument("--operator", metavar="NAME", help=_WHO)
    digest.set_defaults(func=cmd_digest)

    imp = sub.add_parser("import-digest", help="office: import one central digest file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--operator", metavar="NAME", help=_WHO)
    imp.set_defaults(func=cmd_import_digest)

    conflicts_cmd = sub.add_parser("conflicts", help="central: list or resolve merge conflicts")
    conflicts_cmd.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts_cmd.add_argument("--resolve", type=int, metavar="ID", help="resolve conflict ID")
    conflicts_cmd.add_argument(
        "--keep", choices=(LOCAL, INCOMING), default=LOCAL,
        help="which record to keep (default local)",
    )  # fmt: skip
    conflicts_cmd.add_argument("--operator", metavar="NAME", help=_WHO)
    conflicts_cmd.set_defaults(func=cmd_conflicts)

    decide = sub.add_parser("decide", help="central: record that two lines are the same signer")
    decide.add_argument("line", metavar="LINE_UUID")
    decide.add_argument("other", metavar="OTHER_LINE_UUID")
    decide.add_argument("--not-duplicate", action="store_true", help="they are different people")
    decide.add_argument("--operator", metavar="NAME", help=_WHO)
    decide.set_defaults(func=cmd_decide)


__all__ = ["MessageError", "add_commands", "say"]
