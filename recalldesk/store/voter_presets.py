"""The column mappings a coordinator saved by name (table ``voter_preset``, schema 9).

A mapping is kept as the JSON text ``ops.voter_presets`` writes; this module
only stores and finds it.
"""

from __future__ import annotations

import sqlite3

from recalldesk.store.connection import Database

# (name, mapping as JSON, saved at)
PresetRow = tuple[str, str, str]


def saved(db: Database) -> list[PresetRow]:
    """Every saved preset, by name (case aside)."""
    rows = db.query("SELECT name, mapping, saved_at FROM voter_preset ORDER BY name COLLATE NOCASE")
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def find(db: Database, name: str) -> PresetRow | None:
    rows = db.query("SELECT name, mapping, saved_at FROM voter_preset WHERE name = ?", (name,))
    return (str(rows[0][0]), str(rows[0][1]), str(rows[0][2])) if rows else None


def put(conn: sqlite3.Connection, name: str, mapping: str, saved_at: str) -> str | None:
    """Save ``mapping`` under ``name``; the mapping it replaced, if any."""
    old = conn.execute("SELECT mapping FROM voter_preset WHERE name = ?", (name,)).fetchone()
    conn.execute(
        "INSERT INTO voter_preset(name, mapping, saved_at) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at",
        (name, mapping, saved_at),
    )
    return str(old[0]) if old else None


def remove(conn: sqlite3.Connection, name: str) -> str | None:
    """Delete the preset ``name``; its mapping, or None when there was none."""
    row = conn.execute("DELETE FROM voter_preset WHERE name = ? RETURNING mapping", (name,))
    found = row.fetchone()
    return str(found[0]) if found else None


__all__ = ["PresetRow", "find", "put", "remove", "saved"]
