"""The office's operators (who keys) and the campaign's circulators."""

from __future__ import annotations

from difflib import SequenceMatcher

from recalldesk.core.normalize import fold
from recalldesk.core.records import Actor, Circulator, Operator
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import campaign as campaign_store
from recalldesk.store import people
from recalldesk.store.people import Stored

MAX_NAME = 80
SIMILAR = 0.8  # difflib ratio from which two names are probably the same person's


def operators(ws: Workspace) -> list[Stored[Operator]]:
    """This office's operators, by name."""
    office = people.office_by_code(ws.db, ws.office_code)
    return people.list_operators(ws.db, office.id) if office is not None else []


def last_operator_uuid(ws: Workspace) -> str:
    return ws.db.meta("last_operator")


def operator_actor(ws: Workspace, operator: Stored[Operator]) -> Actor:
    """The actor stamped on changes ``operator`` makes here."""
    return ws.actor(operator.value.name, operator.id or None)


def add_operator(ws: Workspace, name: str, initials: str = "") -> Done[Stored[Operator]]:
    """A new operator adds themself (the audit entry names them)."""
    name = name.strip()
    if not name:
        raise refuse("operator.no_name")
    if len(name) > MAX_NAME:
        raise refuse("operator.name_too_long", limit=MAX_NAME)
    if any(o.value.name.casefold() == name.casefold() for o in operators(ws)):
        raise refuse("operator.exists", name=name)
    office = people.office_by_code(ws.db, ws.office_code)
    if office is None:
        raise refuse("setup.not_set_up")
    actor = ws.actor(name)
    with ws.change(actor, Permission.MANAGE_OPERATORS) as db:
        stored = people.add_operator(db, actor, office.id, Operator(name, initials))
    return Done(stored, Changes(operators=True))


def similar_operators(ws: Workspace, name: str) -> list[Stored[Operator]]:
    """Operators whose name is close to ``name`` (a typo, other accents or case)."""
    key = fold(name).replace(" ", "")
    out = []
    for stored in operators(ws):
        other = fold(stored.value.name).replace(" ", "")
        if key == other or SequenceMatcher(None, key, other).ratio() >= SIMILAR:
            out.append(stored)
    return out


def choose_operator(ws: Workspace, operator: Stored[Operator]) -> None:
    """Remember who keyed last on this computer (the next start offers them first)."""
    campaign_store.set_meta(ws.db, "last_operator", operator.value.uuid)


def find_circulators(ws: Workspace, text: str, limit: int = 20) -> list[Stored[Circulator]]:
    """Circulators whose name has words starting like ``text`` (case and accents aside)."""
    return people.find_circulators(ws.db, text, limit)


def similar_circulators(ws: Workspace, name: str) -> list[Stored[Circulator]]:
    """Circulators whose name is close to ``name``: a typo, a dropped accent, a swap."""
    words = fold(name).split()
    if not words:
        return []
    key = "".join(sorted(words))
    seen: dict[int, Stored[Circulator]] = {}
    # Candidates share the first three letters of a word (a typo rarely hits them all).
    for word in words:
        for stored in people.find_circulators(ws.db, word[:3], 500):
            seen.setdefault(stored.id, stored)
    out = []
    for stored in seen.values():
        other = "".join(sorted(fold(stored.value.name).split()))
        if key == other or SequenceMatcher(None, key, other).ratio() >= SIMILAR:
            out.append(stored)
    return out
