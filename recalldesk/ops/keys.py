"""The campaign key: what signs and checks every packet and digest.

Every office and the central office hold the same key. It is set at setup
or later in Settings (an office set up without one can send its work once it
is entered); changing it is audited, never its value.
"""

from __future__ import annotations

from recalldesk.core.messages import msg
from recalldesk.core.packet_format import derive_keys
from recalldesk.core.records import Actor
from recalldesk.exchange.packet_read import CampaignIdentity
from recalldesk.exchange.seal import Signer
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import campaign as campaign_store
from recalldesk.store import keys as key_store

MIN_KEY = 8  # characters: every packet is a known-plaintext test of the key


def has_campaign_key(ws: Workspace) -> bool:
    return bool(ws.db.meta("campaign_key"))


def campaign_identity(ws: Workspace, signer: Signer | None = None) -> CampaignIdentity:
    """Who this database expects sync files from, signing what it writes with ``signer``
    (its own key, unlocked: ops.office_keys); refuses a database without a campaign key.

    The keys it trusts are read now, into the identity: a merge reads packets on
    another thread, which must not touch the database.
    """
    key = ws.db.meta("campaign_key")
    if not key:
        raise refuse("sync.no_campaign_key")
    campaign = ws.campaign
    keys = derive_keys(key)
    live = [k for k in key_store.all_keys(ws.db) if k.live]
    by_id = {k.key_id: k.public_key for k in live}
    return CampaignIdentity(
        keys.campaign_id, keys.signing, campaign.name if campaign else "", signer, by_id.get,
        {k.office_code: k.key_id for k in live}, ws.db.meta(key_store.REQUIRE_SIGNED) == "on",
        key,  # sync files travel encrypted under the campaign key (exchange.transport)
    )  # fmt: skip


def signing_key(ws: Workspace, signer: Signer | None) -> Signer | None:
    """``signer`` for what this database writes; refused when the database has its own
    key (ops.office_keys) and it was not unlocked: the other side would refuse the file."""
    if signer is None and ws.db.meta(key_store.OWN_KEY):
        raise refuse("keys.locked")
    return signer


def set_campaign_key(ws: Workspace, actor: Actor, key: str) -> Done[None]:
    """Set or change the campaign key (audited as a note; the key itself is never logged)."""
    key = key.strip()
    if len(key) < MIN_KEY:
        raise refuse("settings.key_too_short", minimum=MIN_KEY)
    with ws.change(actor, Permission.SETTINGS) as db:
        had = bool(db.meta("campaign_key"))
        campaign_store.set_meta(db, "campaign_key", key)
        with db.transaction() as conn:
            audit.record(
                conn, actor, "note", "campaign", ws.campaign.uuid if ws.campaign else "",
                {}, msg("audit.key_changed" if had else "audit.key_set"),
            )  # fmt: skip
    return Done(None, Changes(campaign=True))
