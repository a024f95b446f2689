"""What operator statistics read: each operator's lines in keying order (schema v14 index)."""

from __future__ import annotations

from collections.abc import Iterator

from recalldesk.store.connection import Database


def keying_log(db: Database) -> Iterator[tuple[int, str, int]]:
    """(operator id, created at, version) of every line keyed by an operator, per operator
    in keying order (deleted lines too: their keying was work done)."""
    cursor = db.conn.execute(
        "SELECT operator_id, created_at, version FROM signature_line "
        "WHERE operator_id IS NOT NULL ORDER BY operator_id, created_at"
    )
    while rows := cursor.fetchmany(50_000):
        for operator_id, created_at, version in rows:
            yield int(operator_id), str(created_at), int(version)


def operator_names(db: Database) -> dict[int, tuple[str, str]]:
    """{operator id: (name, office code)} of every operator, of every office."""
    rows = db.query(
        "SELECT o.id, o.name, f.code FROM operator o JOIN office f ON f.id = o.office_id"
    )
    return {int(r[0]): (str(r[1]), str(r[2])) for r in rows}


__all__ = ["keying_log", "operator_names"]
