"""Coordinators' decisions about lines that may be the same signer."""

from __future__ import annotations

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.ops.base import Changes, Done, OpRefused, Permission
from recalldesk.ops.workspace import Workspace
from recalldesk.store import decisions
from recalldesk.store.decisions import DUPLICATE, NOT_DUPLICATE, DuplicateDecision

__all__ = ["DUPLICATE", "NOT_DUPLICATE", "decide"]


def decide(
    ws: Workspace, actor: Actor, line_uuid: str, other_line_uuid: str, decision: str = DUPLICATE
) -> Done[DuplicateDecision]:
    """Record (or change) the decision about a pair of lines; audited."""
    try:
        with ws.change(actor, Permission.DECIDE_DUPLICATES) as db:
            stored = decisions.decide_duplicate(db, actor, line_uuid, other_line_uuid, decision)
    except MessageError as error:
        if isinstance(error, OpRefused):
            raise
        raise OpRefused(error.message) from error
    return Done(stored, Changes(figures=True, section_list=True))
