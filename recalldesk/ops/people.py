"""The office's operators (who keys) and the campaign's circulators."""

from __future__ import annotations

from difflib import SequenceMatcher

from recalldesk.core.normalize import fold
from recalldesk.core.records import Actor, Circulator, Operator, StaffRole
from recalldesk.ops.workspace import Workspace
from recalldesk.store import credentials, people
from recalldesk.store.people import Stored

MAX_NAME = 80
SIMILAR = 0.8  # difflib ratio from which two names are probably the same person's


def operators(ws: Workspace) -> list[Stored[Operator]]:
    """This office's operators, by name."""
    office = people.office_by_code(ws.db, ws.office_code)
    return people.list_operators(ws.db, office.id) if office is not None else []


def operator_actor(ws: Workspace, operator: Stored[Operator]) -> Actor:
    """The actor ``operator`` is here, with the role this database holds for them.

    For tests, benchmarks and tools that act without a person. The app and the
    CLI never call it: they get their actor by signing in (``ops.sign_in``),
    and a codebase test holds them to that.
    """
    cred = credentials.credential_of(ws.db, operator.id)
    role = cred.role if cred is not None else StaffRole.VOLUNTEER
    return ws.actor(operator.value.name, operator.id or None, role)


def similar_operators(ws: Workspace, name: str) -> list[Stored[Operator]]:
    """Operators whose name is close to ``name`` (a typo, other accents or case)."""
    key = fold(name).replace(" ", "")
    out = []
    for stored in operators(ws):
        other = fold(stored.value.name).replace(" ", "")
        if key == other or SequenceMatcher(None, key, other).ratio() >= SIMILAR:
            out.append(stored)
    return out


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
