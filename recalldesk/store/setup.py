"""First-run setup: the campaign, this database's office and role, its first operator.

The same function serves the app's setup dialog, ``recalldesk init`` and tests,
so every database is set up the same way.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from recalldesk.core.records import Campaign, FieldOffice, Operator
from recalldesk.store import campaign as campaign_store
from recalldesk.store import people
from recalldesk.store.audit import Actor
from recalldesk.store.connection import Database
from recalldesk.store.people import Stored


class Role(enum.StrEnum):
    OFFICE = "office"  # a field office: keys lines, sends sync packets
    CENTRAL = "central"  # the central office: merges packets, sends digests


@dataclass(frozen=True, slots=True)
class Identity:
    """Who and where this database is, as saved by setup."""

    campaign: Campaign
    office: Stored[FieldOffice]
    operator: Stored[Operator]
    role: Role


def is_set_up(db: Database) -> bool:
    return bool(db.meta("office_code")) and campaign_store.get_campaign(db) is not None


def set_up(
    db: Database,
    campaign: Campaign,
    office: FieldOffice,
    operator: Operator,
    *,
    role: Role = Role.OFFICE,
    campaign_key: str = "",
) -> Identity:
    """Save the campaign, this office and its first operator (idempotent per office code)."""
    code = office.code.strip().upper()
    if not code:
        raise ValueError("the office needs a code (for example PAS)")
    if not operator.name.strip():
        raise ValueError("the operator needs a name or initials")
    device = campaign_store.device_id(db)
    actor = Actor(operator.name.strip(), code, device)
    saved_campaign = campaign_store.save_campaign(db, actor, campaign)
    stored_office = people.ensure_office(db, actor, FieldOffice(code, office.name))
    stored_operator = people.add_operator(db, actor, stored_office.id, operator)
    campaign_store.set_meta(db, "office_code", code)
    campaign_store.set_meta(db, "role", str(role))
    if campaign_key:
        campaign_store.set_meta(db, "campaign_key", campaign_key)
    return Identity(saved_campaign, stored_office, stored_operator, role)


def role(db: Database) -> Role:
    return Role(db.meta("role", str(Role.OFFICE)) or str(Role.OFFICE))


def actor_for(db: Database, operator: Stored[Operator]) -> Actor:
    """The actor stamped on changes made by ``operator`` at this database's office."""
    return Actor(
        operator.value.name, db.meta("office_code"), campaign_store.device_id(db), operator.id
    )
