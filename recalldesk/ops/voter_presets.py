"""Named column mappings for the county voter file (central office).

A mapping is chosen once in the mapping dialog and saved by name, so the
next file in the same layout is read the same way. The built-in preset, the
demo's layout (core.voter_file.DEMO_PRESET), is always listed first and can be
neither replaced nor deleted. Saving and deleting are audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from recalldesk.core.messages import msg
from recalldesk.core.records import Actor
from recalldesk.core.voter_file import DEMO_PRESET, FIELDS, ColumnMapping, VoterStatus
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import voter_presets as store

MAX_NAME = 80


@dataclass(frozen=True, slots=True)
class Preset:
    name: str
    mapping: ColumnMapping
    saved_at: str  # "" for the built-in preset
    built_in: bool = False


def mapping_json(mapping: ColumnMapping) -> str:
    """The mapping as JSON, as an imported file's provenance keeps it (ops.voters)."""
    return json.dumps(
        {
            "name": mapping.name,
            "columns": mapping.columns,
            "statuses": {k: str(v) for k, v in mapping.statuses.items()},
            "delimiter": mapping.delimiter,
        },
        sort_keys=True,
    )


def mapping_from_json(text: str, name: str | None = None) -> ColumnMapping:
    """The mapping :func:`mapping_json` wrote (unknown fields and statuses left out)."""
    data: dict[str, Any] = json.loads(text)
    columns = {
        str(k): str(v) for k, v in dict(data.get("columns", {})).items() if k in FIELDS and v
    }
    statuses = {}
    for code, status in dict(data.get("statuses", {})).items():
        try:
            statuses[str(code)] = VoterStatus(str(status))
        except ValueError:
            continue
    return ColumnMapping(
        name if name is not None else str(data.get("name", "")),
        columns,
        statuses,
        str(data.get("delimiter", "")),
    )


def presets(ws: Workspace) -> list[Preset]:
    """The built-in preset first, then every saved one by name."""
    out = [Preset(DEMO_PRESET.name, DEMO_PRESET, "", True)]
    for name, text, saved_at in store.saved(ws.db):
        out.append(Preset(name, mapping_from_json(text, name), saved_at))
    return out


def load(ws: Workspace, name: str) -> ColumnMapping:
    """The mapping saved as ``name`` (or the built-in one)."""
    if name == DEMO_PRESET.name:
        return DEMO_PRESET
    found = store.find(ws.db, name)
    if found is None:
        raise refuse("voters.preset_missing", name=name)
    return mapping_from_json(found[1], found[0])


def save_preset(
    ws: Workspace, actor: Actor, name: str, mapping: ColumnMapping, *, replace: bool = False
) -> Done[Preset]:
    """Save ``mapping`` as ``name``; an existing preset of that name only with ``replace``."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise refuse("voters.preset_name", limit=MAX_NAME)
    if name.casefold() == DEMO_PRESET.name.casefold():
        raise refuse("voters.preset_built_in", name=DEMO_PRESET.name)
    named = ColumnMapping(name, dict(mapping.columns), dict(mapping.statuses), mapping.delimiter)
    text = mapping_json(named)
    with ws.change(actor, Permission.VOTER_FILE) as db:
        if not replace and store.find(db, name) is not None:
            raise refuse("voters.preset_exists", name=name)
        saved_at = audit.now_iso()
        old = store.put(db.conn, name, text, saved_at)
        audit.record(
            db.conn, actor, "update" if old is not None else "insert", "voter_preset", name,
            {"mapping": [old, text]}, msg("audit.voter_preset_saved", name=name),
        )  # fmt: skip
    return Done(Preset(name, named, saved_at))


def delete_preset(ws: Workspace, actor: Actor, name: str) -> Done[None]:
    """Delete the saved preset ``name`` (never the built-in one)."""
    if name == DEMO_PRESET.name:
        raise refuse("voters.preset_built_in", name=name)
    with ws.change(actor, Permission.VOTER_FILE) as db:
        old = store.remove(db.conn, name)
        if old is None:
            raise refuse("voters.preset_missing", name=name)
        audit.record(
            db.conn, actor, "delete", "voter_preset", name, {"mapping": [old, None]},
            msg("audit.voter_preset_deleted", name=name),
        )  # fmt: skip
    return Done(None, Changes())


__all__ = [
    "Preset",
    "delete_preset",
    "load",
    "mapping_from_json",
    "mapping_json",
    "presets",
    "save_preset",
]
