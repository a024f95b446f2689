"""Queries over many ids, a bounded number at a time (SQLite caps bound parameters)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

CHUNK = 500  # ids per IN (...) list


def rows_for_ids(conn: sqlite3.Connection, sql: str, ids: Iterable[int]) -> Iterator[Any]:
    """Rows of ``sql`` (its ``{ids}`` the placeholders of an IN list) over every id, each once."""
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        yield from conn.execute(sql.format(ids=", ".join("?" * len(chunk))), chunk)
