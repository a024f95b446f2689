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

from recalldesk import paths
from recalldesk.cli_common import Meter, UserError, open_existing
from recalldesk.exchange.digest import import_digest, import_digests_from, write_digests
from recalldesk.exchange.merge import merge_packets
from recalldesk.exchange.packet_write import SyncCancelled, SyncRefused, write_packet
from recalldesk.exchange.signed_read import Refused
from recalldesk.store import people, sync_conflicts
from recalldesk.store.audit import Actor
from recalldesk.store.campaign import device_id
from recalldesk.store.connection import Database
from recalldesk.store.decisions import DUPLICATE, NOT_DUPLICATE, decide_duplicate


class SyncCommandError(UserError):
    """A sync command the user can fix; :mod:`recalldesk.cli` prints it (exit 2)."""


def _open() -> Database:
    folder = paths.database_path().parent
    return open_existing(
        f"Set one up first: recalldesk --data-dir {folder} init --office CODE "
        "--operator NAME --campaign-key KEY"
    )


def _actor(db: Database, name: str | None) -> Actor:
    """Who the command acts as: ``--operator``, else the office's first operator."""
    code = db.meta("office_code")
    office = next((o for o in people.list_offices(db) if o.value.code == code), None)
    operators = people.list_operators(db, office.id) if office else []
    chosen = next((o for o in operators if o.value.name == name), None) if name else None
    if chosen is None and not name and operators:
        chosen = operators[0]
    if chosen is not None:
        return Actor(chosen.value.name, code, device_id(db), chosen.id)
    return Actor(name or "command line", code, device_id(db))


def _folder(value: str, *, create: bool = False) -> Path:
    folder = Path(value)
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    if not folder.is_dir():
        raise SyncCommandError(f"{folder} is not a folder.")
    return folder


def cmd_sync(args: argparse.Namespace) -> int:
    out = _folder(args.to)
    inbox = _folder(args.from_folder) if args.from_folder else out
    db = _open()
    try:
        actor = _actor(db, args.operator)
        started = time.monotonic()
        try:
            result = write_packet(db, out, full=args.full, progress=Meter("Writing rows"))
        except (SyncRefused, SyncCancelled) as error:
            raise SyncCommandError(str(error)) from error
        if result.path is None:
            print(f"Nothing new since packet {result.sequence}: no packet written.")
        else:
            kind = "full packet" if result.full else "packet"
            print(
                f"Wrote {kind} {result.sequence} ({result.total_rows:,} rows: "
                + ", ".join(f"{n:,} {title.lower()}" for title, n in result.rows.items())
                + f") to {result.path} in {time.monotonic() - started:.1f} s"
            )
        try:
            digest = import_digests_from(db, actor, inbox)
        except Refused as error:  # the packet is written; say why the digest was not taken
            print(f"recalldesk: central digest not imported: {error}", file=sys.stderr)
            return 1
        if digest is not None:
            print(f"Central digest: {digest.message} ({digest.decisions:,} decisions).")
    finally:
        db.close()
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    db = _open()
    try:
        actor = _actor(db, args.operator)
        report = merge_packets(
            db, actor, [Path(p) for p in args.sources], progress=Meter("Merging rows")
        )
    except SyncRefused as error:
        raise SyncCommandError(str(error)) from error
    finally:
        db.close()
    print("\n".join(report.text()))
    return 1 if report.refused else 0


def cmd_digest(args: argparse.Namespace) -> int:
    out = _folder(args.to)
    db = _open()
    try:
        written = write_digests(db, out, offices=args.office or None)
    except SyncRefused as error:
        raise SyncCommandError(str(error)) from error
    finally:
        db.close()
    for d in written:
        print(f"Wrote {d.path} ({d.decisions:,} decisions about office {d.office_code}'s lines)")
    if not written:
        print("No office has sent a packet yet: no digest written.")
    return 0


def cmd_import_digest(args: argparse.Namespace) -> int:
    db = _open()
    try:
        result = import_digest(db, _actor(db, args.operator), Path(args.file))
    except (SyncRefused, Refused) as error:
        raise SyncCommandError(str(error)) from error
    finally:
        db.close()
    print(f"{result.path.name}: {result.message} ({result.decisions:,} decisions).")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    db = _open()
    try:
        if args.resolve is not None:
            sync_conflicts.resolve_conflict(db, _actor(db, args.operator), args.resolve, args.keep)
            print(f"Conflict {args.resolve} resolved: kept the {args.keep} record.")
            return 0
        found = sync_conflicts.list_conflicts(db, open_only=not args.all)
    except KeyError as error:
        raise SyncCommandError(str(error).strip("'\"")) from error
    finally:
        db.close()
    if not found:
        print("No open merge conflicts.")
    for c in found:
        state = c.resolution or ("superseded by a newer version" if c.superseded else "open")
        print(f"#{c.id} {c.entity} {c.uuid} version {c.version} ({c.file_name}): {state}")
        for column, (stored, incoming) in c.differences.items():
            print(f"    {column}: stored {stored!r}, incoming {incoming!r}")
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    db = _open()
    try:
        decision = NOT_DUPLICATE if args.not_duplicate else DUPLICATE
        decide_duplicate(db, _actor(db, args.operator), args.line, args.other, decision)
    finally:
        db.close()
    print(f"Recorded: {args.line} and {args.other} are {decision.replace('_', ' ')}s.")
    return 0


_WHO = "act as this operator (default: the office's first operator)"


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the sync commands on the ``recalldesk`` parser."""
    sync = sub.add_parser(
        "sync", help="office: write the next sync packet; import the newest central digest"
    )
    sync.add_argument("--to", required=True, metavar="FOLDER", help="where to write the packet")
    sync.add_argument("--full", action="store_true", help="every record, not only changes")
    sync.add_argument(
        "--from", dest="from_folder", metavar="FOLDER",
        help="where to look for central's digest (default: the --to folder)",
    )  # fmt: skip
    sync.add_argument("--operator", metavar="NAME", help=_WHO)
    sync.set_defaults(func=cmd_sync)

    merge = sub.add_parser("merge", help="central: merge office packets into this database")
    merge.add_argument("sources", nargs="+", metavar="FILE_OR_FOLDER")
    merge.add_argument("--operator", metavar="NAME", help=_WHO)
    merge.set_defaults(func=cmd_merge)

    digest = sub.add_parser("digest", help="central: write each office's digest")
    digest.add_argument("--to", required=True, metavar="FOLDER", help="where to write them")
    digest.add_argument("--office", action="append", metavar="CODE", help="only this office")
    digest.set_defaults(func=cmd_digest)

    imp = sub.add_parser("import-digest", help="office: import one central digest file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--operator", metavar="NAME", help=_WHO)
    imp.set_defaults(func=cmd_import_digest)

    conflicts = sub.add_parser("conflicts", help="central: list or resolve merge conflicts")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.add_argument("--resolve", type=int, metavar="ID", help="resolve conflict ID")
    conflicts.add_argument(
        "--keep", choices=(sync_conflicts.LOCAL, sync_conflicts.INCOMING),
        default=sync_conflicts.LOCAL, help="which record to keep (default local)",
    )  # fmt: skip
    conflicts.add_argument("--operator", metavar="NAME", help=_WHO)
    conflicts.set_defaults(func=cmd_conflicts)

    decide = sub.add_parser("decide", help="central: record that two lines are the same signer")
    decide.add_argument("line", metavar="LINE_UUID")
    decide.add_argument("other", metavar="OTHER_LINE_UUID")
    decide.add_argument("--not-duplicate", action="store_true", help="they are different people")
    decide.add_argument("--operator", metavar="NAME", help=_WHO)
    decide.set_defaults(func=cmd_decide)
