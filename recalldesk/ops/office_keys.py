"""Each office's own signing key, enrolled at central (issue 13).

The campaign key every office holds lets anyone who has one write a packet in
another office's name. So each database makes its own key pair (exchange.
signing), its private half sealed under a password a lead or coordinator
chooses. The office writes an enrollment file; central enrolls it once both
read the fingerprint to each other (by phone or in person) and the
coordinator types what they heard. From then on central refuses that
office's packets unless that key signed them. A stolen laptop: central
revokes the key (the office's history stays), the office makes a new key
and enrolls it, and sends a full packet.

Moving from the shared key alone: each office makes its key and enrolls it
(packets from offices not yet enrolled still merge on the campaign key);
once all are enrolled, central turns on ``require_signed`` and an office
without a key is refused.
"""

from __future__ import annotations

from pathlib import Path

from recalldesk.core.messages import MessageError, msg
from recalldesk.core.records import Actor
from recalldesk.exchange import signing
from recalldesk.exchange.seal import Signer
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.keys import campaign_identity
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import campaign as campaign_store
from recalldesk.store import keys as store
from recalldesk.store.keys import TrustedKey


def own_fingerprint(ws: Workspace) -> str:
    """This database's key's fingerprint ("" when it has none)."""
    sealed = ws.db.meta(store.OWN_KEY)
    return signing.fingerprint(signing.public_of(sealed)) if sealed else ""


def make_own_key(ws: Workspace, actor: Actor, password: str) -> Done[str]:
    """Make this database's key pair (again: a new key, to enroll again); its fingerprint."""
    try:
        made = signing.make_key(password)
    except MessageError as error:
        raise refuse(error.message.code, **error.message.params) from error
    had = bool(ws.db.meta(store.OWN_KEY))
    with ws.change(actor, Permission.SETTINGS) as db:
        campaign_store.set_meta(db, store.OWN_KEY, made.sealed)
        audit.record(
            db.conn, actor, "note", "signing_key", signing.key_id(made.public),
            {"fingerprint": signing.fingerprint(made.public), "replaced": had},
            msg("audit.key_made", fingerprint=signing.fingerprint(made.public)),
        )  # fmt: skip
    return Done(signing.fingerprint(made.public), Changes(campaign=True))


def unlock(ws: Workspace, password: str) -> Signer | None:
    """This database's key, unlocked with ``password`` (None when it has no key)."""
    sealed = ws.db.meta(store.OWN_KEY)
    if not sealed:
        return None
    try:
        private = signing.open_private(sealed, password)
    except MessageError as error:
        raise refuse(error.message.code) from error
    public = signing.public_of(sealed)

    def sign(message: bytes) -> bytes:
        return signing.sign_with(private, message)

    return Signer(signing.key_id(public), sign)


def write_enrollment(ws: Workspace, folder: Path) -> Path:
    """The enrollment file of this database's key, written into ``folder``."""
    sealed = ws.db.meta(store.OWN_KEY)
    if not sealed:
        raise refuse("keys.none")
    identity = campaign_identity(ws)
    code = ws.office_code
    entry = signing.Enrollment(identity.campaign_id, code, ws.is_central, signing.public_of(sealed))
    target = Path(folder) / f"{code}{signing.ENROLL_SUFFIX}"
    try:
        signing.write_enrollment(target, entry)
    except OSError as error:
        raise refuse("keys.cannot_write", name=target.name, detail=str(error)[:200]) from error
    return target


def read_enrollment(ws: Workspace, path: Path) -> signing.Enrollment:
    """An enrollment file for this campaign, of the other side (an office's at central,
    central's at an office); refused by name otherwise."""
    try:
        entry = signing.read_enrollment(Path(path))
    except MessageError as error:
        raise refuse(error.message.code, **error.message.params) from error
    identity = campaign_identity(ws)
    if entry.campaign_id != identity.campaign_id:
        raise refuse("keys.other_campaign", name=Path(path).name)
    if entry.central == ws.is_central or entry.office_code == ws.office_code:
        raise refuse("keys.same_side", name=Path(path).name)
    return entry


def enroll(ws: Workspace, actor: Actor, path: Path, heard: str) -> Done[TrustedKey]:
    """Trust the key in the enrollment file ``path`` once ``heard`` (the fingerprint read
    aloud by the other side) is its own; it replaces the office's key trusted before."""
    entry = read_enrollment(ws, path)
    if not signing.same_fingerprint(heard, entry.public):
        raise refuse("keys.fingerprint_differs", office=entry.office_code, heard=heard[:40])
    kid = signing.key_id(entry.public)
    now = audit.now_iso()
    with ws.change(actor, Permission.SETTINGS) as db:
        store.trust(db.conn, kid, entry.public, entry.office_code, entry.central, now,
                    actor.operator)  # fmt: skip
        audit.record(
            db.conn, actor, "note", "signing_key", kid,
            {"office": entry.office_code, "fingerprint": entry.fingerprint,
             "central": entry.central},
            msg("audit.key_enrolled", office=entry.office_code, fingerprint=entry.fingerprint),
            at=now,
        )  # fmt: skip
    found = next(k for k in store.all_keys(ws.db) if k.key_id == kid and k.live)
    return Done(found, Changes(campaign=True))


def revoke(ws: Workspace, actor: Actor, office_code: str) -> Done[int]:
    """Stop trusting the office's key (a stolen laptop); its packets are refused until the
    office enrolls a new one. The key's record stays, with when and by whom."""
    now = audit.now_iso()
    with ws.change(actor, Permission.SETTINGS) as db:
        revoked = store.revoke(db.conn, office_code, now, actor.operator)
        if not revoked:
            raise refuse("keys.none_for_office", office=office_code)
        audit.record(
            db.conn, actor, "note", "signing_key", office_code, {"office": office_code},
            msg("audit.key_revoked", office=office_code), at=now,
        )  # fmt: skip
    return Done(revoked, Changes(campaign=True))


def set_require_signed(ws: Workspace, actor: Actor, on: bool) -> Done[bool]:
    """Central: refuse (or not) packets from offices that have no key enrolled."""
    with ws.change(actor, Permission.MERGE) as db:
        campaign_store.set_meta(db, store.REQUIRE_SIGNED, "on" if on else "off")
        audit.record(
            db.conn, actor, "note", "signing_key", "", {"require_signed": on},
            msg("audit.require_signed", state="on" if on else "off"),
        )  # fmt: skip
    return Done(on, Changes(campaign=True))


def fingerprint_of(key: TrustedKey) -> str:
    return signing.fingerprint(key.public_key)


def trusted_keys(ws: Workspace) -> list[TrustedKey]:
    return store.all_keys(ws.db)


def require_signed(ws: Workspace) -> bool:
    return ws.db.meta(store.REQUIRE_SIGNED) == "on"


__all__ = [
    "Signer",
    "enroll",
    "fingerprint_of",
    "make_own_key",
    "own_fingerprint",
    "read_enrollment",
    "require_signed",
    "revoke",
    "set_require_signed",
    "trusted_keys",
    "unlock",
    "write_enrollment",
]
