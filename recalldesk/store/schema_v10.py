"""Schema version 10: the voter table's status check written as three comparisons.

``CHECK (status IN ('active', 'inactive', 'canceled'))`` made SQLite build the
list afresh for every row stored: loading a county's 5.7 million voters spent
15–25 s in it (measured, 1 million rows: 6.7–9.8 s with it, 3.7–4.2 s with the
comparisons or with no check at all). The rule is unchanged, so the table's
stored definition is rewritten in place, as SQLite documents for a CHECK that
every row already satisfies (lang_altertable.html, "other kinds of table schema
changes"): copying a county's voters into a new table took 31 s at the first
start after the upgrade, with no window to show progress in.
"""

import sqlite3

SQL = ""
_OLD = "CHECK (status IN ('active', 'inactive', 'canceled'))"
_NEW = "CHECK (status = 'active' OR status = 'inactive' OR status = 'canceled')"


def rewrite_check(conn: sqlite3.Connection) -> None:
    """In the migration's transaction: the new CHECK in the voter table's definition."""
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'voter'"
    ).fetchone()
    if _OLD not in sql:
        raise sqlite3.DatabaseError("schema v10: the voter table's status check was not found")
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'voter'",
            (sql.replace(_OLD, _NEW),),
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")  # every connection reloads
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
