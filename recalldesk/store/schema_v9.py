"""Schema version 9: each line's predicted verdict from the voter file (issue 12).

* ``voter`` gains two blocking keys (core.matching.voter_keys): ``ka`` the
  address (house number, street, ZIP) and ``kn`` the name in the ZIP.
  Their indexes are dropped while a file is loaded and built after it (a
  county's millions of rows load several times faster without them).
* ``voter_match``: a line's predicted status against the current voter file,
  the voter it matched, the score and reasons, and the line's change sequence
  when it was matched, so a re-match takes only lines changed since.
* ``voter_preset``: the column mappings a coordinator saved by name.

None of these is in any packet, digest or export.
"""

SQL = """
ALTER TABLE voter ADD COLUMN ka INTEGER NOT NULL DEFAULT -1;
ALTER TABLE voter ADD COLUMN kn INTEGER NOT NULL DEFAULT -1;
CREATE INDEX voter_ka ON voter(ka);
CREATE INDEX voter_kn ON voter(kn);

CREATE TABLE voter_match (
    line_id INTEGER PRIMARY KEY REFERENCES signature_line(id) ON DELETE CASCADE,
    line_seq INTEGER NOT NULL,
    status TEXT NOT NULL,
    voter INTEGER,
    score REAL NOT NULL DEFAULT 0,
    reasons TEXT NOT NULL DEFAULT '',
    candidates INTEGER NOT NULL DEFAULT 0,
    reviewed_by TEXT
) STRICT;
CREATE INDEX voter_match_status ON voter_match(status);
CREATE INDEX voter_match_voter ON voter_match(voter) WHERE voter IS NOT NULL;

CREATE TABLE voter_preset (
    name TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,
    saved_at TEXT NOT NULL
) STRICT;
"""
