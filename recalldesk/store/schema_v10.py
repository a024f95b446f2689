"""Schema version 10: the voter table's status check written as three comparisons.

``CHECK (status IN ('active', 'inactive', 'canceled'))`` made SQLite build the
list afresh for every row stored: loading a county's 5.7 million voters spent
15–25 s in it (measured, 1 million rows: 6.7–9.8 s with it, 3.7–4.2 s with the
comparisons or with no check at all). The rule is unchanged. The table is
made again and its rows copied (an import drops and makes it again from this
definition, see store.voters.replace_voters).
"""

SQL = """
CREATE TABLE voter_v10 (
    id INTEGER PRIMARY KEY,
    voter_id TEXT NOT NULL,
    first TEXT NOT NULL,
    middle TEXT NOT NULL,
    last TEXT NOT NULL,
    surname TEXT NOT NULL,
    suffix TEXT NOT NULL,
    number TEXT NOT NULL,
    street TEXT NOT NULL,
    street_core TEXT NOT NULL,
    unit TEXT NOT NULL,
    zip5 TEXT NOT NULL,
    city TEXT NOT NULL,
    status TEXT NOT NULL
        CHECK (status = 'active' OR status = 'inactive' OR status = 'canceled'),
    registered_on TEXT,
    ka INTEGER NOT NULL DEFAULT -1,
    kn INTEGER NOT NULL DEFAULT -1
) STRICT;
INSERT INTO voter_v10 SELECT id, voter_id, first, middle, last, surname, suffix, number,
    street, street_core, unit, zip5, city, status, registered_on, ka, kn FROM voter;
DROP TABLE voter;
ALTER TABLE voter_v10 RENAME TO voter;
CREATE INDEX voter_ka ON voter(ka);
CREATE INDEX voter_kn ON voter(kn);
"""
