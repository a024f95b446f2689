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
from recalldesk.core.records import Actor, Campaign, Role, StaffRole
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

# The least role each permission needs (issue 13): volunteers key; leads run their
# office; coordinators run the drive. Where an office and central differ, central's
# is the master's (its export is every office's signers; its settings, every key).
_V, _L, _C = StaffRole.VOLUNTEER, StaffRole.LEAD, StaffRole.COORDINATOR
_ROLE_AT_OFFICE: dict[Permission, StaffRole] = {
    Permission.READ: _V,
    Permission.KEY: _V,
    Permission.VERIFY: _V,
    Permission.ASSIGN_VERIFICATION: _L,
    Permission.INTAKE: _L,
    Permission.CLOSE_SECTION: _L,
    Permission.MANAGE_OPERATORS: _L,
    Permission.SYNC: _L,
    Permission.DECIDE_DUPLICATES: _L,
    Permission.EXPORT: _L,
    Permission.SETTINGS: _L,
    Permission.PURGE: _L,
    Permission.SET_UP: _L,
}
_ROLE_AT_CENTRAL: dict[Permission, StaffRole] = {
    **_ROLE_AT_OFFICE,
    Permission.DECIDE_DUPLICATES: _C,
    Permission.EXPORT: _C,
    Permission.SETTINGS: _C,
    Permission.PURGE: _C,
    Permission.SET_UP: _C,
}


def role_needed(permission: Permission, *, central: bool) -> StaffRole:
    """The least role that may do ``permission`` at an office (or at central)."""
    table = _ROLE_AT_CENTRAL if central else _ROLE_AT_OFFICE
    return table.get(permission, StaffRole.COORDINATOR)


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

    def actor(
        self, name: str, operator_id: int | None = None, role: StaffRole = StaffRole.VOLUNTEER
    ) -> Actor:
        """The actor stamped on changes made by ``name`` at this database's office.

        The app and the CLI get their actor from signing in (:mod:`recalldesk.ops.sign_in`),
        which sets ``role`` from what this database holds for the operator.
        """
        return Actor(name, self.office_code, self.identity.device_id, operator_id, role)

    # ----- permissions and transactions -------------------------------------------------

    def may(self, actor: Actor, permission: Permission) -> bool:
        """The permission hook: whether ``actor`` may do what ``permission`` names here.

        Both what this database is for (merging is central's) and the operator's
        role (merging is a coordinator's) must allow it, for the app and the CLI alike.
        """
        if permission in _CENTRAL_ONLY and not self.is_central:
            return False
        if permission in _OFFICE_ONLY and self.is_central:
            return False
        return actor.role.covers(role_needed(permission, central=self.is_central))

    def check(self, actor: Actor, permission: Permission) -> None:
        if not self.may(actor, permission):
            raise OpRefused(_refusal(permission, self.role, actor, self.is_central))

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


def _refusal(permission: Permission, role: Role, actor: Actor, central: bool) -> Message:
    if permission in _CENTRAL_ONLY and role is not Role.CENTRAL:
        return msg("permission.central_only", permission=str(permission))
    if permission in _OFFICE_ONLY and role is Role.CENTRAL:
        return msg("permission.office_only", permission=str(permission))
    return msg(
        "permission.role",
        permission=str(permission),
        needed=str(role_needed(permission, central=central)),
        role=str(actor.role),
        name=actor.operator,
    )
