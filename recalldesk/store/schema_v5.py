"""Schema version 5: the duplicate finder keeps only each line's keys.

Version 4 stored every line normalized beside its keys. Normalizing again
costs less than writing and reading those strings (a county drive's full run
spent a sixth of its time storing them, and the file grew by a quarter), so
``dedupe_line`` now keeps the line's version and its nine key hashes; the few
lines an incremental run compares are normalized afresh from the line
itself. Dropping the table only means the next search starts from scratch;
the groups found and every decision stay.

Each key column gets a partial index (keys only, no empty slots), so an
incremental run looks its new lines' keys up instead of scanning every line
(4.3 s at 900,000 lines, growing with the drive); a full run drops them
before writing and builds them again while it scores.
"""

SQL = """
DROP TABLE dedupe_line;
CREATE TABLE dedupe_line (
    line_id INTEGER PRIMARY KEY REFERENCES signature_line(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    k1 INTEGER, k2 INTEGER, k3 INTEGER, k4 INTEGER, k5 INTEGER,
    k6 INTEGER, k7 INTEGER, k8 INTEGER, k9 INTEGER
) STRICT;
""" + "".join(
    f"CREATE INDEX dedupe_k{i} ON dedupe_line(k{i}) WHERE k{i} >= 0;\n" for i in range(1, 10)
)
