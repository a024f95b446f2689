"""The open campaign: what the app and the CLI hold, and every operation is given.

A :class:`Workspace` wraps the database with this database's identity (its
office, role and device), the campaign and the county's ZIP table, and the
permission hook. Windows get a workspace, never the database: they call
operations and queries, and cannot reach a raw SQL method (a codebase test
checks that no UI module touches the database).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from recalldesk.core.messages import Message, msg
from recalldesk.core.records import Actor, Campaign, Role
from recalldesk.core.zipdata import ZipTable, county_zip_table
from recalldesk.ops.base import OpRefused, Permission, refuse
from recalldesk.store import campaign as campaign_store
from recalldesk.store.connection import Database, open_database
from recalldesk.store.folder_lock import FolderLock

T = TypeVar("T")

# Permissions that belong to one kind of database: a field office sends packets,
# the central office merges them. Both settle duplicates among the lines they hold
# (an office its own; central, across offices, for the campaign's count).
_CENTRAL_ONLY = frozenset(
    {
        Permission.MERGE,
        Permission.DIGEST,
        Permission.RESOLVE_CONFLICTS,
        Permission.SAMPLE,
        Permission.VOTER_FILE,
    }
)
_OFFICE_ONLY = frozenset({Permission.SYNC})


@dataclass(frozen=True, slots=True)
class Identity:
    """Who and where this database is."""

    office_code: str
    role: Role
    device_id: str


class Workspace:
    """An open campaign database and what operations need besides it."""

    def __init__(self, db: Database, lock: FolderLock | None = None) -> None:
        self.db = db
        self.lock = lock
        self._campaign: Campaign | None = None
        self._zips: ZipTable | None = None
        self._zips_county = ""
        self.identity = self._read_identity()

    # ----- opening ----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, lock_as: str = "", readonly: bool = False) -> Workspace:
        """Open the database at ``path``; ``lock_as`` ("app", "cli") holds the data folder.

        A second copy of the app (or a writing command while the app runs) is
        refused with :class:`~recalldesk.store.errors.FolderInUseError`.
        """
        if not readonly:
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = FolderLock.acquire(path.parent, lock_as) if lock_as else None
        try:
            db = open_database(path, readonly=readonly)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(db, lock)

    def reader(self) -> Workspace:
        """A read-only second connection (for a worker thread); close it when done."""
        return Workspace(self.db.reader())

    def sibling(self) -> Workspace:
        """A writable second connection for a worker thread (a connection is one thread's)."""
        return Workspace(open_database(self.db.path))

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def swap_database(self, replace: Callable[[Path], T]) -> T:
        """Close the database, let ``replace(path)`` change the file, open it again.

        The folder lock stays held throughout, so no other copy can open the
        file half-replaced. A restore uses it.
        """
        path = self.db.path
        self.db.close()
        try:
            return replace(path)
        finally:
            self.db = open_database(path)
            self.reload()
            self._zips = None

    def keying_mode(self) -> None:
        """Checkpoints only when asked (:meth:`tidy`): SQLite's automatic one stalls the
        commit that triggers it (~90 ms here), and the app tidies while keying pauses."""
        self.db.set_autocheckpoint(0)

    def tidy(self) -> None:
        """Fold the WAL back into the database (call while keying is idle)."""
        self.db.checkpoint("PASSIVE")

    @property
    def closed(self) -> bool:
        return self.db.closed

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def folder(self) -> Path:
        return self.db.path.parent

    # ----- identity and campaign ------------------------------------------------------

    def _read_identity(self) -> Identity:
        role = self.db.meta("role", str(Role.OFFICE)) or str(Role.OFFICE)
        return Identity(self.db.meta("office_code"), Role(role), self.db.meta("device_id"))

    def reload(self) -> None:
        """Read identity and campaign again (after setup or a settings change)."""
        self.identity = self._read_identity()
        self._campaign = None

    @property
    def office_code(self) -> str:
        return self.identity.office_code

    @property
    def role(self) -> Role:
        return self.identity.role

    @property
    def is_central(self) -> bool:
        return self.identity.role is Role.CENTRAL

    @property
    def campaign(self) -> Campaign | None:
        if self._campaign is None:
            self._campaign = campaign_store.get_campaign(self.db)
        return self._campaign

    def require_campaign(self) -> Campaign:
        campaign = self.campaign
        if campaign is None:
            raise refuse("setup.not_set_up")
        return campaign

    @property
    def zips(self) -> ZipTable:
        """The ZIP table of the campaign's county (the rules check addresses against it)."""
        campaign = self.campaign
        county = campaign.county if campaign is not None else "Los Angeles"
        if self._zips is None or county != self._zips_county:
            table = county_zip_table(county)
            if table is None:
                raise refuse("campaign.county_unknown", county=county)
            self._zips, self._zips_county = table, county
        return self._zips

    def actor(self, name: str, operator_id: int | None = None) -> Actor:
        """The actor stamped on changes made by ``name`` at this database's office."""
        return Actor(name, self.office_code, self.identity.device_id, operator_id)

    # ----- permissions and transactions -------------------------------------------------

    def may(self, actor: Actor, permission: Permission) -> bool:
        """The permission hook: whether ``actor`` may do what ``permission`` names here.

        Today it knows the database's role; operators' roles arrive later and
        are checked here, for the app and the CLI alike.
        """
        if permission in _CENTRAL_ONLY:
            return self.is_central
        if permission in _OFFICE_ONLY:
            return not self.is_central
        return True

    def check(self, actor: Actor, permission: Permission) -> None:
        if not self.may(actor, permission):
            raise OpRefused(_refusal(permission, self.role))

    @contextmanager
    def change(self, actor: Actor, permission: Permission) -> Iterator[Database]:
        """Check ``permission``, then one transaction around the operation's work.

        Nested calls (an operation built of others) join the outer transaction.
        """
        self.check(actor, permission)
        with self.db.transaction():
            yield self.db

    def run(self, actor: Actor, permission: Permission, work: Callable[[Database], T]) -> T:
        """``work(db)`` under :meth:`change`."""
        with self.change(actor, permission) as db:
            return work(db)


def _refusal(permission: Permission, role: Role) -> Message:
    if permission in _CENTRAL_ONLY:
        return msg("permission.central_only", permission=str(permission))
    if permission in _OFFICE_ONLY:
        return msg("permission.office_only", permission=str(permission))
    return msg("permission.denied", permission=str(permission), role=str(role))
