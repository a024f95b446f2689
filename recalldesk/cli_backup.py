"""The backup commands: ``backup`` (take one now, or set how many are kept) and ``restore``.

``restore`` works even when the database will not open (that is when it is
needed): it takes the data folder's lock itself and never opens the damaged
file for writing; the file it replaces is kept in the backups folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from recalldesk import paths
from recalldesk.cli_common import WHO, UserError, signed_in, workspace
from recalldesk.ops import backups
from recalldesk.wording import translate


def _size(n: int) -> str:
    return f"{n / (1 << 20):,.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    with workspace(writes=True) as ws:
        actor = signed_in(ws, args.operator)
        if args.keep is not None:
            kept = backups.set_backups_kept(ws, actor, args.keep).value
            print(translate("Cli", "Backups kept from now on: {kept}.").format(kept=kept))
        path = backups.backup_now(ws, actor).value
    print(translate("Cli", "Backup written: {path}").format(path=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db_path = paths.database_path()
    found = backups.backups_of(db_path)
    if args.file is None and not args.latest:
        if not found:
            print(translate("Cli", "No backups beside {path} yet.").format(path=db_path))
            return 0
        print(translate("Cli", "Backups of {path}, newest first:").format(path=db_path))
        for b in found:
            when = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            print(f"  {when}  {b.reason:<20} {_size(b.size):>10}  {b.path}")
        print(translate("Cli", "Restore one with: recalldesk restore FILE (or --latest)."))
        return 0
    if args.latest:
        usable = [b for b in found if b.reason != "replaced-by-restore"]
        if not usable:
            raise UserError(translate("Cli", "There is no backup to restore."))
        chosen = usable[0].path
    else:
        chosen = Path(args.file)
    _may_restore(args.operator)
    done = backups.restore_closed(db_path, chosen)
    print(
        translate("Cli", "Restored {backup}. The file it replaced is kept as {kept}.").format(
            backup=done.backup, kept=done.replaced_kept_at
        )
    )
    return 0


def _may_restore(name: str | None) -> None:
    """A lead (central: a coordinator) signs in before a restore; a database that no longer
    opens cannot be signed in to, and may be restored by whoever holds the computer, as
    the app offers at its start."""
    backups.check_may_restore(paths.database_path(), lambda ws: signed_in(ws, name))


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``backup`` and ``restore`` on the ``recalldesk`` parser."""
    backup = sub.add_parser("backup", help="take a backup of the database now")
    backup.add_argument(
        "--keep", type=int, metavar="N", help="from now on keep N rotating backups (default 10)"
    )
    backup.add_argument("--operator", metavar="NAME", help=WHO)
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser(
        "restore", help="list the backups, or put one in place of the database"
    )
    restore.add_argument("file", nargs="?", metavar="FILE", help="the backup to restore")
    restore.add_argument("--latest", action="store_true", help="restore the newest backup")
    restore.add_argument("--operator", metavar="NAME", help=WHO)
    restore.set_defaults(func=cmd_restore)
