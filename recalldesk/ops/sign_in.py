"""Signing in, and who may sign in as what (issue 13).

Every actor the app and the CLI act as comes from :func:`sign_in`: the
operator's PIN or password is checked against its scrypt hash here, and the
actor carries the role this database holds for them, which the operations
layer checks (:meth:`Workspace.may`). Leads give volunteers their PINs and
roles at the office's laptop; nobody adds themself.

A database set up before sign-in existed (or the demo) has operators but no
credentials: the first person to start it names the lead (at central, the
coordinator) and sets their password, once (:func:`first_manager`). Whoever
holds the laptop then could do it; the README says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from recalldesk.core.messages import msg
from recalldesk.core.passwords import hash_secret, minimum_for, secret_matches, secret_problem
from recalldesk.core.records import Actor, FieldOffice, Operator, StaffRole
from recalldesk.ops.base import Changes, Done, OpRefused, Permission, refuse
from recalldesk.ops.people import MAX_NAME, operators
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit, credentials
from recalldesk.store import campaign as campaign_store
from recalldesk.store import people as people_store
from recalldesk.store.credentials import Credential
from recalldesk.store.people import Stored

TRIES = 5  # wrong tries in a row before the operator is locked out for a while
LOCK_MINUTES = 5  # doubled at each further wrong try, up to an hour
MAX_LOCK_MINUTES = 60
SIGN_IN_ACTOR = "(sign-in)"  # who the audit names for a lockout: not the locked-out person
IDLE_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 5
IDLE_RANGE = (1, 120)


@dataclass(frozen=True, slots=True)
class Member:
    """An operator of this office and whether (and as what) they may sign in."""

    operator: Stored[Operator]
    role: StaffRole | None  # None: no PIN yet, cannot sign in
    locked_until: str = ""

    @property
    def name(self) -> str:
        return self.operator.value.name

    @property
    def id(self) -> int:
        return self.operator.id


def _office(ws: Workspace) -> Stored[FieldOffice]:
    office = people_store.office_by_code(ws.db, ws.office_code)
    if office is None:
        raise refuse("setup.not_set_up")
    return office


def roster(ws: Workspace) -> list[Member]:
    """This office's operators, by name, with their roles."""
    office = people_store.office_by_code(ws.db, ws.office_code)
    if office is None:
        return []
    creds = credentials.credentials_of_office(ws.db, office.id)
    out = []
    for stored in operators(ws):
        cred = creds.get(stored.id)
        out.append(Member(stored, cred.role if cred else None, cred.locked_until if cred else ""))
    return out


def manager_role(ws: Workspace) -> StaffRole:
    """The role that runs this database: a lead at an office, a coordinator at central."""
    return StaffRole.COORDINATOR if ws.is_central else StaffRole.LEAD


def needs_first_manager(ws: Workspace) -> bool:
    """Whether nobody here may manage operators yet (an older database, or the demo)."""
    top = manager_role(ws)
    return not any(m.role is not None and m.role.covers(top) for m in roster(ws))


def actor_of(ws: Workspace, stored: Stored[Operator], role: StaffRole) -> Actor:
    return ws.actor(stored.value.name, stored.id, role)


def _member(ws: Workspace, operator_id: int) -> Member:
    for member in roster(ws):
        if member.id == operator_id:
            return member
    raise refuse("signin.unknown_operator")


def _check_secret(secret: str, role: StaffRole) -> None:
    problem = secret_problem(secret, role)
    if problem is not None:
        raise OpRefused(problem)


def _check_name(ws: Workspace, name: str) -> str:
    name = name.strip()
    if not name:
        raise refuse("operator.no_name")
    if len(name) > MAX_NAME:
        raise refuse("operator.name_too_long", limit=MAX_NAME)
    if any(o.value.name.casefold() == name.casefold() for o in operators(ws)):
        raise refuse("operator.exists", name=name)
    return name


# ----- signing in ---------------------------------------------------------------------


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def _stamp(when: datetime) -> str:
    return when.isoformat(timespec="seconds").replace("+00:00", "Z")


def _locked(cred: Credential, now: datetime) -> bool:
    if not cred.locked_until:
        return False
    try:
        until = datetime.fromisoformat(cred.locked_until.replace("Z", "+00:00"))
    except ValueError:
        return True  # a damaged lock stays locked until a lead sets a new PIN
    return now < until


def _lock_for(failures: int, when: datetime) -> str:
    """The lockout a count of wrong tries earns ("" below :data:`TRIES`)."""
    if failures < TRIES:
        return ""
    minutes = min(MAX_LOCK_MINUTES, LOCK_MINUTES * 2 ** min(failures - TRIES, 8))
    return _stamp(when + timedelta(minutes=minutes))


def _try(ws: Workspace, member: Member, secret: str, when: datetime) -> Credential:
    """Check ``secret`` for ``member``, the try counted *before* it is checked.

    The count (and the lockout it earns) commits first, in its own transaction,
    so tries run side by side (several commands at once) cannot get more than
    :data:`TRIES` checks in before the pause: the sixth finds the lock. A right
    secret then clears the count. Returns the credential; raises when wrong.
    """
    with ws.db.transaction() as conn:  # BEGIN IMMEDIATE: one try at a time is counted
        cred = credentials.credential_of(ws.db, member.id)
        if cred is None or member.role is None:
            raise refuse("signin.no_pin", name=member.name)
        if _locked(cred, when):
            raise refuse("signin.locked", name=member.name, until=cred.locked_until)
        failures = cred.failures + 1
        lock = _lock_for(failures, when)
        credentials.record_failure(conn, member.id, lock)
    if secret_matches(secret, cred.secret):
        with ws.db.transaction() as conn:
            credentials.clear_failures(conn, member.id)
        return cred
    if lock:
        with ws.db.transaction() as conn:
            audit.record(
                conn, ws.actor(SIGN_IN_ACTOR, None), "note", "operator",
                member.operator.value.uuid, {"locked_until": lock},
                msg("audit.signin_locked", tries=failures, name=member.name),
            )  # fmt: skip
        raise refuse("signin.locked", name=member.name, until=lock)
    raise refuse("signin.wrong", name=member.name, left=TRIES - failures)


def sign_in(
    ws: Workspace, operator_id: int, secret: str, *, now: datetime | None = None
) -> Done[Actor]:
    """The actor ``operator_id`` is once their PIN or password is right.

    Wrong tries are counted (and kept, though the sign-in is refused); after
    :data:`TRIES` in a row the operator is locked out for a while, longer at
    each further wrong try. A lead's new PIN for them lifts it. A sign-in is
    audited: on a shared laptop, who was at the keyboard when.
    """
    member = _member(ws, operator_id)
    cred = _try(ws, member, secret, _now(now))
    actor = actor_of(ws, member.operator, cred.role)
    with ws.db.transaction() as conn:
        campaign_store.set_meta(ws.db, "last_operator", member.operator.value.uuid)
        audit.record(conn, actor, "note", "operator", member.operator.value.uuid, {},
                     msg("audit.signed_in"))  # fmt: skip
    return Done(actor)


def sign_in_by_name(ws: Workspace, name: str, secret: str) -> Done[Actor]:
    """:func:`sign_in` for the operator called ``name`` (case aside): the CLI's way."""
    wanted = name.strip().casefold()
    for member in roster(ws):
        if member.name.casefold() == wanted:
            return sign_in(ws, member.id, secret)
    raise refuse(
        "signin.no_such_operator",
        name=name[:MAX_NAME],
        office=ws.office_code,
        names=", ".join(m.name for m in roster(ws) if m.role is not None) or "—",
    )


def last_signed_in(ws: Workspace) -> str:
    """The uuid of who signed in last on this computer (offered first next time)."""
    return ws.db.meta("last_operator")


# ----- managing who signs in ----------------------------------------------------------


def first_manager(ws: Workspace, name: str, secret: str) -> Done[Actor]:
    """Name this database's first lead (coordinator at central) and set their password.

    Only while nobody may manage operators here; ``name`` may be an operator
    already on the list (their keyed lines stay theirs) or a new one.
    """
    if not needs_first_manager(ws):
        raise refuse("signin.manager_exists")
    role = manager_role(ws)
    _check_secret(secret, role)
    office = _office(ws)
    existing = next(
        (o for o in operators(ws) if o.value.name.casefold() == name.strip().casefold()), None
    )
    if existing is None:
        name = _check_name(ws, name)
    bootstrap = ws.actor(name.strip(), None, role)
    hashed = hash_secret(secret)
    with ws.change(bootstrap, Permission.MANAGE_OPERATORS) as db:
        stored = existing or people_store.add_operator(db, bootstrap, office.id, Operator(name))
        actor = actor_of(ws, stored, role)
        credentials.put(db.conn, stored.id, role, hashed, audit.now_iso(), actor.operator)
        audit.record(
            db.conn, actor, "note", "operator", stored.value.uuid, {"role": [None, str(role)]},
            msg("audit.first_manager", role=str(role)),
        )  # fmt: skip
    return Done(actor, Changes(operators=True))


def add_member(
    ws: Workspace, actor: Actor, name: str, role: StaffRole, secret: str, initials: str = ""
) -> Done[Member]:
    """A lead adds an operator who may sign in as ``role`` with ``secret`` (typed by them)."""
    ws.check(actor, Permission.MANAGE_OPERATORS)
    if not actor.role.covers(role):
        raise refuse("signin.role_above_yours", role=str(role))
    name = _check_name(ws, name)
    _check_secret(secret, role)
    office = _office(ws)
    hashed = hash_secret(secret)
    with ws.change(actor, Permission.MANAGE_OPERATORS) as db:
        stored = people_store.add_operator(db, actor, office.id, Operator(name, initials))
        credentials.put(db.conn, stored.id, role, hashed, audit.now_iso(), actor.operator)
        audit.record(
            db.conn, actor, "note", "operator", stored.value.uuid, {"role": [None, str(role)]},
            msg("audit.member_added", name=name, role=str(role)),
        )  # fmt: skip
    return Done(Member(stored, role), Changes(operators=True))


def _managed(ws: Workspace, actor: Actor, operator_id: int) -> Member:
    """The member ``actor`` may manage: someone else, of a role below the actor's.

    Not a peer: a lead who could set another lead's password could sign in, and
    act, as them. Nobody can reset a lead's forgotten password, so the README
    asks each office for two leads who keep theirs.
    """
    ws.check(actor, Permission.MANAGE_OPERATORS)
    if operator_id == actor.operator_id:
        raise refuse("signin.not_yourself")
    member = _member(ws, operator_id)
    if member.role is not None and member.role.rank >= actor.role.rank:
        raise refuse("signin.role_not_below", role=str(member.role))
    return member


def _managers_left(ws: Workspace, without: int) -> int:
    top = manager_role(ws)
    return sum(
        1 for m in roster(ws) if m.id != without and m.role is not None and m.role.covers(top)
    )


def set_secret(ws: Workspace, actor: Actor, operator_id: int, secret: str) -> Done[Member]:
    """A lead gives an operator a new PIN (a forgotten one, or a first): typed by them.

    It also lifts a lockout. An operator who had none may sign in as a volunteer.
    One's own is changed with :func:`change_own_secret`, which asks for it first.
    """
    member = _managed(ws, actor, operator_id)
    role = member.role or StaffRole.VOLUNTEER
    _check_secret(secret, role)
    hashed = hash_secret(secret)
    with ws.change(actor, Permission.MANAGE_OPERATORS) as db:
        credentials.put(db.conn, operator_id, role, hashed, audit.now_iso(), actor.operator)
        audit.record(
            db.conn, actor, "note", "operator", member.operator.value.uuid,
            {"role": [None if member.role is None else str(member.role), str(role)]},
            msg("audit.pin_set", name=member.name),
        )  # fmt: skip
    return Done(Member(member.operator, role), Changes(operators=True))


def change_own_secret(ws: Workspace, actor: Actor, old: str, new: str) -> Done[None]:
    """The signed-in operator changes their own PIN or password (the old one first)."""
    if actor.operator_id is None:
        raise refuse("signin.unknown_operator")
    member = _member(ws, actor.operator_id)
    try:
        cred = _try(ws, member, old, _now(None))  # a guess here counts as at sign-in
    except OpRefused as error:
        if error.message.code == "signin.wrong":
            raise refuse("signin.old_wrong", left=error.message.params.get("left", 0)) from error
        raise
    _check_secret(new, cred.role)
    hashed = hash_secret(new)
    with ws.change(actor, Permission.READ) as db:
        credentials.put(
            db.conn, actor.operator_id, cred.role, hashed, audit.now_iso(), actor.operator
        )
        audit.record(
            db.conn, actor, "note", "operator", member.operator.value.uuid, {},
            msg("audit.own_pin_changed"),
        )  # fmt: skip
    return Done(None)


def set_role(
    ws: Workspace, actor: Actor, operator_id: int, role: StaffRole, secret: str = ""
) -> Done[Member]:
    """A lead makes an operator a volunteer or a lead (a coordinator, anything).

    A promotion to a role that needs a password takes one (``secret``, typed by
    the person promoted): a volunteer's four-digit PIN never guards a lead.
    """
    member = _managed(ws, actor, operator_id)
    if member.role is None:
        raise refuse("signin.no_pin", name=member.name)
    if not actor.role.covers(role):
        raise refuse("signin.role_above_yours", role=str(role))
    top = manager_role(ws)
    if member.role.covers(top) and not role.covers(top) and not _managers_left(ws, operator_id):
        raise refuse("signin.last_manager", role=str(top))
    hashed = ""
    if minimum_for(role) > minimum_for(member.role):
        if not secret:
            raise refuse("signin.promotion_needs_password", name=member.name, role=str(role))
        _check_secret(secret, role)
        hashed = hash_secret(secret)
    with ws.change(actor, Permission.MANAGE_OPERATORS) as db:
        if hashed:
            credentials.put(db.conn, operator_id, role, hashed, audit.now_iso(), actor.operator)
        else:
            credentials.set_role(db.conn, operator_id, role)
        audit.record(
            db.conn, actor, "note", "operator", member.operator.value.uuid,
            {"role": [str(member.role), str(role)]},
            msg("audit.role_set", name=member.name, role=str(role)),
        )  # fmt: skip
    return Done(Member(member.operator, role), Changes(operators=True))


def remove_sign_in(ws: Workspace, actor: Actor, operator_id: int) -> Done[Member]:
    """An operator may no longer sign in here (their keyed lines stay theirs)."""
    member = _managed(ws, actor, operator_id)
    if member.role is None:
        return Done(member)
    top = manager_role(ws)
    if member.role.covers(top) and not _managers_left(ws, operator_id):
        raise refuse("signin.last_manager", role=str(top))
    with ws.change(actor, Permission.MANAGE_OPERATORS) as db:
        credentials.remove(db.conn, operator_id)
        audit.record(
            db.conn, actor, "note", "operator", member.operator.value.uuid,
            {"role": [str(member.role), None]},
            msg("audit.sign_in_removed", name=member.name),
        )  # fmt: skip
    return Done(Member(member.operator, None), Changes(operators=True))


# ----- the idle lock --------------------------------------------------------------------


def idle_minutes(ws: Workspace) -> int:
    """Minutes without a key or a click before the app locks (asks the PIN again)."""
    try:
        value = int(ws.db.meta(IDLE_KEY) or DEFAULT_IDLE_MINUTES)
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return max(IDLE_RANGE[0], min(IDLE_RANGE[1], value))


def set_idle_minutes(ws: Workspace, actor: Actor, minutes: int) -> Done[int]:
    low, high = IDLE_RANGE
    if not low <= minutes <= high:
        raise refuse("signin.idle_out_of_range", low=low, high=high)
    with ws.change(actor, Permission.MANAGE_OPERATORS) as db:
        campaign_store.set_meta(db, IDLE_KEY, str(minutes))
    return Done(minutes, Changes(campaign=True))


__all__ = [
    "Member",
    "add_member",
    "change_own_secret",
    "first_manager",
    "idle_minutes",
    "last_signed_in",
    "manager_role",
    "needs_first_manager",
    "remove_sign_in",
    "roster",
    "set_idle_minutes",
    "set_role",
    "set_secret",
    "sign_in",
    "sign_in_by_name",
]
