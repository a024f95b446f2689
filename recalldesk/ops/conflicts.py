"""Merge conflicts at central: listing them and a coordinator's choice."""

from __future__ import annotations

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.ops.base import Changes, Done, OpRefused, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import sync_conflicts
from recalldesk.store.sync_conflicts import INCOMING, LOCAL, Conflict

__all__ = ["INCOMING", "LOCAL", "Conflict", "list_conflicts", "reopen", "resolve"]


def list_conflicts(ws: Workspace, *, open_only: bool = True) -> list[Conflict]:
    return sync_conflicts.list_conflicts(ws.db, open_only=open_only)


def resolve(ws: Workspace, actor: Actor, conflict_id: int, keep: str) -> Done[None]:
    """Keep the stored record (``local``) or take the incoming one (``incoming``); audited."""
    ws.check(actor, Permission.RESOLVE_CONFLICTS)
    if keep not in (LOCAL, INCOMING):
        raise refuse("conflict.bad_choice", choice=keep)
    try:
        with ws.change(actor, Permission.RESOLVE_CONFLICTS) as db:
            sync_conflicts.resolve_conflict(db, actor, conflict_id, keep)
    except KeyError as error:
        raise refuse("conflict.missing", conflict=conflict_id) from error
    except MessageError as error:
        if isinstance(error, OpRefused):
            raise
        raise OpRefused(error.message) from error
    return Done(None, Changes(conflicts=True, section_list=True, figures=True))


def reopen(ws: Workspace, actor: Actor, conflict_id: int) -> Done[None]:
    """Take back a choice: the conflict is open again and the record as it was; audited."""
    try:
        with ws.change(actor, Permission.RESOLVE_CONFLICTS) as db:
            sync_conflicts.reopen_conflict(db, actor, conflict_id)
    except KeyError as error:
        raise refuse("conflict.missing", conflict=conflict_id) from error
    except MessageError as error:
        if isinstance(error, OpRefused):
            raise
        raise OpRefused(error.message) from error
    return Done(None, Changes(conflicts=True, section_list=True, figures=True))
