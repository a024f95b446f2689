"""The campaign's settings and this database's identity (office, device)."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from typing import Any

from recalldesk.core.records import Actor, Campaign
from recalldesk.store import writes
from recalldesk.store.connection import Database

_FIELDS = (
    "name",
    "jurisdiction",
    "county",
    "required_signatures",
    "approval_date",
    "filing_deadline",
    "sample_fraction",
    "sample_minimum",
    "qualify_above",
    "fail_below",
    "assumed_validity",
)


def _to_row(campaign: Campaign) -> dict[str, Any]:
    values = asdict(campaign)
    values["approval_date"] = campaign.approval_date.isoformat()
    values["filing_deadline"] = campaign.filing_deadline.isoformat()
    return {k: values[k] for k in _FIELDS}


def get_campaign(db: Database) -> Campaign | None:
    rows = db.query(f"SELECT uuid, {', '.join(_FIELDS)} FROM campaign WHERE deleted = 0 LIMIT 1")
    if not rows:
        return None
    r = rows[0]
    values = {k: r[k] for k in _FIELDS}
    values["approval_date"] = date.fromisoformat(r["approval_date"])
    values["filing_deadline"] = date.fromisoformat(r["filing_deadline"])
    return Campaign(uuid=r["uuid"], **values)


def save_campaign(db: Database, actor: Actor, campaign: Campaign) -> Campaign:
    """Create the campaign, or update its settings (audited)."""
    if campaign.required_signatures <= 0:
        raise ValueError("the required number of signatures must be positive")
    if campaign.filing_deadline < campaign.approval_date:
        raise ValueError("the filing deadline cannot be before the approval date")
    with db.transaction() as conn:
        row = conn.execute("SELECT id, uuid FROM campaign WHERE deleted = 0 LIMIT 1").fetchone()
        if row is None:
            values = _to_row(campaign)
            if campaign.uuid:
                values["uuid"] = campaign.uuid
            _, uid = writes.insert(conn, actor, "campaign", values)
            return replace(campaign, uuid=uid)
        writes.update(conn, actor, "campaign", row["id"], _to_row(campaign))
        return replace(campaign, uuid=row["uuid"])


def device_id(db: Database) -> str:
    return db.meta("device_id")


def office_code(db: Database) -> str:
    return db.meta("office_code")


def set_office_code(db: Database, code: str) -> None:
    set_meta(db, "office_code", code)


def set_meta(db: Database, key: str, value: str) -> None:
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def holds_work(db: Database) -> bool:
    """Whether any section or line has been recorded (demo data refuses such files)."""
    return bool(
        db.scalar("SELECT EXISTS (SELECT 1 FROM section) OR EXISTS (SELECT 1 FROM signature_line)")
    )
