"""Each line's predicted verdict from the voter file: the lines to match, the voters
their keys find, and the verdicts kept (what core.matching.voter_verdict decides)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from recalldesk.store.chunks import rows_for_ids

Connection = sqlite3.Connection  # for the operations layer's type hints
WATERMARK = "voter_match_seq"  # meta: lines changed after this are matched again
_LINE_COLUMNS = (
    "l.id, l.change_seq, l.first_name, l.last_name, l.street_number, l.street_name, "
    "l.unit, l.city, l.zip_code"
)
# The voter's MatchRecord fields, in order (the unit left empty: it decides nothing
# about registration), then its status.
_MATCH_COLUMNS = (
    "v.id, v.first, v.middle, v.last, v.surname, v.suffix, v.number, v.street, "
    "v.street_core, '', v.zip5, v.city, v.status, v.voter_id"
)
LineRow = tuple[int, int, str, str, str, str, str, str, str]


def current_seq(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'change_seq'").fetchone()
    return int(row[0]) if row else 0


def watermark(conn: sqlite3.Connection) -> int | None:
    """The change sequence every line was matched at, or None: match every line."""
    if not conn.execute("SELECT 1 FROM voter_match LIMIT 1").fetchone():
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK,)).fetchone()
    return int(row[0]) if row else None


def has_voters(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM voter LIMIT 1").fetchone() is not None


def lines_to_match(conn: sqlite3.Connection, since: int | None) -> Iterator[LineRow]:
    """Live lines changed after ``since`` (every live line when None)."""
    if since is None:
        found = conn.execute(f"SELECT {_LINE_COLUMNS} FROM signature_line l WHERE deleted = 0")
    else:
        found = conn.execute(
            f"SELECT {_LINE_COLUMNS} FROM signature_line l WHERE change_seq > ? AND deleted = 0",
            (since,),
        )
    for row in found:
        yield tuple(row)  # plain tuples: a second process may take them


def forget_deleted(conn: sqlite3.Connection, since: int) -> None:
    """Drop the verdicts of lines deleted after ``since``."""
    conn.execute(
        "DELETE FROM voter_match WHERE line_id IN "
        "(SELECT id FROM signature_line WHERE change_seq > ? AND deleted = 1)",
        (since,),
    )


def candidates(
    conn: sqlite3.Connection, column: str, keys: Iterable[tuple[int, int]]
) -> dict[int, list[tuple[Any, ...]]]:
    """line id -> the voters (``_MATCH_COLUMNS`` rows) whose ``column`` ("ka", the address,
    or "kn", the name) equals the line's key; ``keys`` are (line id, key).

    One join over a temporary table: SQLite probes the voter index in C, line
    after line.
    """
    assert column in ("ka", "kn")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS match_keys(line_id INTEGER PRIMARY KEY, k INT)")
    conn.execute("DELETE FROM temp.match_keys")
    conn.executemany("INSERT INTO temp.match_keys VALUES (?, ?)", keys)
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for line_id, *voter in conn.execute(
        f"SELECT t.line_id, {_MATCH_COLUMNS} FROM temp.match_keys t "
        f"JOIN voter v INDEXED BY voter_{column} ON v.{column} = t.k WHERE t.k != -1"
    ):
        found[line_id].append(voter)
    conn.execute("DELETE FROM temp.match_keys")
    return found


MatchRow = tuple[int, int, str, int | None, float, str, int]


def save(conn: sqlite3.Connection, rows: Iterable[MatchRow]) -> None:
    """Keep (line id, line seq, status, voter, score, reasons, candidates) verdicts; a
    person's review of a line stands until the line changes."""
    conn.executemany(
        "INSERT INTO voter_match(line_id, line_seq, status, voter, score, reasons, candidates) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(line_id) DO UPDATE SET "
        "line_seq = excluded.line_seq, status = excluded.status, voter = excluded.voter, "
        "score = excluded.score, reasons = excluded.reasons, candidates = excluded.candidates, "
        "reviewed_by = NULL",
        rows,
    )


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT status, count(*) FROM voter_match GROUP BY 1").fetchall())


def voters_with_key(conn: sqlite3.Connection, column: str, key: int) -> list[tuple[Any, ...]]:
    """The voters (``_MATCH_COLUMNS`` rows) whose ``column`` ("ka" or "kn") is ``key``: one
    index probe, for a line being keyed."""
    assert column in ("ka", "kn")
    return conn.execute(
        f"SELECT {_MATCH_COLUMNS} FROM voter v INDEXED BY voter_{column} WHERE v.{column} = ?",
        (key,),
    ).fetchall()


def matched_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM voter_match").fetchone()[0])


# A verdict that names its voter with certainty, and is not stale (the line unchanged since).
_CERTAIN = (
    "m.voter IS NOT NULL AND m.candidates <= 1 AND m.status IN ('registered', 'canceled') "
    "AND m.line_seq = l.change_seq AND l.deleted = 0 AND l.mark NOT IN ('blank', 'struck') "
    "AND l.section_id IN (SELECT id FROM section WHERE deleted = 0)"
)


def certain_voters(conn: sqlite3.Connection, line_ids: Iterable[int]) -> dict[int, int]:
    """line id -> the voter it is matched to with certainty, for those of ``line_ids``."""
    return dict(
        rows_for_ids(
            conn,
            "SELECT m.line_id, m.voter FROM voter_match m JOIN signature_line l "
            f"ON l.id = m.line_id WHERE m.line_id IN ({{ids}}) AND {_CERTAIN}",
            line_ids,
        )
    )


def lines_by_voter(conn: sqlite3.Connection, line_ids: Iterable[int] | None) -> list[list[int]]:
    """Lines matched with certainty to one voter, for every voter with more than one line
    (only the voters of ``line_ids`` when given: an incremental search)."""
    if line_ids is None:
        rows = conn.execute(
            "SELECT m.voter, m.line_id FROM voter_match m JOIN signature_line l "
            f"ON l.id = m.line_id WHERE {_CERTAIN} AND m.voter IN (SELECT voter FROM "
            "voter_match WHERE voter IS NOT NULL GROUP BY voter HAVING count(*) > 1)"
        ).fetchall()
    else:
        voters = set(certain_voters(conn, line_ids).values())
        rows = list(
            rows_for_ids(
                conn,
                "SELECT m.voter, m.line_id FROM voter_match m JOIN signature_line l "
                f"ON l.id = m.line_id WHERE m.voter IN ({{ids}}) AND {_CERTAIN}",
                voters,
            )
        )
    by_voter: dict[int, list[int]] = defaultdict(list)
    for voter, line in rows:
        by_voter[voter].append(line)
    return [lines for lines in by_voter.values() if len(lines) > 1]


def clear_matches(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM voter_match")


def match_reader(path: str) -> sqlite3.Connection:
    """A read-only connection for a second process matching lines: the voter file's
    indexes and the temporary key table it joins them with (the main database
    untouched; its writer keeps its transaction meanwhile)."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -262144")  # the voters' index and rows: 256 MB
    conn.execute("PRAGMA mmap_size = 1073741824")
    return conn
