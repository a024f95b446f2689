"""First-run setup: the campaign, this database's office and role, its first operator.

The same operation serves the app's setup dialog, ``recalldesk init`` and
tests, so every database is set up the same way, in one transaction: a
refused setup leaves the file as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from recalldesk.core.passwords import hash_secret, secret_problem
from recalldesk.core.records import (
    Actor,
    Campaign,
    FieldOffice,
    Operator,
    Role,
    StaffRole,
    is_office_code,
)
from recalldesk.core.zipdata import county_zip_table
from recalldesk.ops.base import Changes, Done, OpRefused, Permission, refuse
from recalldesk.ops.keys import MIN_KEY
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit, credentials, people
from recalldesk.store import campaign as campaign_store
from recalldesk.store.people import Stored


@dataclass(frozen=True, slots=True)
class Identity:
    """Who and where this database is, as saved by setup."""

    campaign: Campaign
    office: Stored[FieldOffice]
    operator: Stored[Operator]
    role: Role


def is_set_up(ws: Workspace) -> bool:
    return bool(ws.office_code) and ws.campaign is not None


def check_campaign(campaign: Campaign) -> None:
    """Refuse campaign settings that cannot be right (shared by setup and settings)."""
    if not campaign.name.strip():
        raise refuse("setup.no_campaign_name")
    if campaign.required_signatures <= 0:
        raise refuse("campaign.required_not_positive")
    if campaign.filing_deadline < campaign.approval_date:
        raise refuse("campaign.deadline_before_approval")
    if not 0 < campaign.assumed_validity <= 1:
        raise refuse("campaign.validity_out_of_range")
    if county_zip_table(campaign.county) is None:
        raise refuse("campaign.county_unknown", county=campaign.county)


def set_up(
    ws: Workspace,
    campaign: Campaign,
    office: FieldOffice,
    operator: Operator,
    *,
    role: Role = Role.OFFICE,
    campaign_key: str = "",
    secret: str,
) -> Done[Identity]:
    """Save the campaign, this office and its first operator, all or nothing.

    The first operator runs the database (a lead at an office, a coordinator at
    central) and signs in with ``secret``, their password.
    """
    code = office.code.strip().upper()
    if not code:
        raise refuse("setup.no_office_code")
    if not is_office_code(code):
        raise refuse("setup.bad_office_code", office=code)
    if not operator.name.strip():
        raise refuse("setup.no_operator")
    if is_set_up(ws):
        raise refuse("setup.already", office=ws.office_code)
    check_campaign(campaign)
    if campaign_key and len(campaign_key.strip()) < MIN_KEY:
        raise refuse("settings.key_too_short", minimum=MIN_KEY)
    staff = StaffRole.COORDINATOR if role is Role.CENTRAL else StaffRole.LEAD
    problem = secret_problem(secret, staff)
    if problem is not None:
        raise OpRefused(problem)
    hashed = hash_secret(secret)
    actor = Actor(operator.name.strip(), code, ws.identity.device_id, role=staff)
    with ws.change(actor, Permission.SET_UP) as db:
        saved_campaign = campaign_store.save_campaign(db, actor, campaign)
        stored_office = people.ensure_office(db, actor, FieldOffice(code, office.name))
        stored_operator = people.add_operator(db, actor, stored_office.id, operator)
        credentials.put(db.conn, stored_operator.id, staff, hashed, audit.now_iso(), actor.operator)
        campaign_store.set_meta(db, "office_code", code)
        campaign_store.set_meta(db, "role", str(role))
        if campaign_key:
            campaign_store.set_meta(db, "campaign_key", campaign_key.strip())
    ws.reload()
    identity = Identity(saved_campaign, stored_office, stored_operator, role)
    return Done(identity, Changes(campaign=True, operators=True, figures=True, section_list=True))
