"""Schema version 14: verification by blind re-keying (issue 14; core.verification).

A ``verification`` is one section drawn (or picked by hand) to be keyed again by
a second operator; ``verify_line`` holds that second keying, apart from the
section's lines, so nothing of it reaches a packet until a difference is settled
(the correction is then an ordinary, audited edit of the line). ``discrepancy``
is one field where the two keyings differ, and how it was settled: the paper
says which keying was wrong (``blame``), the operators' error rates count it.
These tables are the office's own, like its PINs.
"""

SQL = """
CREATE TABLE verification (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES section(id),
    reason TEXT NOT NULL CHECK (reason IN ('new_operator', 'share', 'adaptive', 'hand')),
    first_operator_id INTEGER REFERENCES operator(id),
    seed INTEGER,
    assigned_at TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    verifier_id INTEGER REFERENCES operator(id),
    status TEXT NOT NULL DEFAULT 'assigned'
        CHECK (status IN ('assigned', 'keying', 'differences', 'verified', 'lost')),
    settled_at TEXT NOT NULL DEFAULT '',
    lost_reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX verification_section ON verification(section_id);

CREATE TABLE verify_line (
    verification_id INTEGER NOT NULL REFERENCES verification(id),
    line_number INTEGER NOT NULL CHECK (line_number >= 1),
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    street_number TEXT NOT NULL DEFAULT '',
    street_name TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    zip_code TEXT NOT NULL DEFAULT '',
    signature_present INTEGER NOT NULL DEFAULT 1,
    mark TEXT NOT NULL DEFAULT '',
    keyed_at TEXT NOT NULL,
    PRIMARY KEY (verification_id, line_number)
) STRICT;

CREATE TABLE discrepancy (
    id INTEGER PRIMARY KEY,
    verification_id INTEGER NOT NULL REFERENCES verification(id),
    line_number INTEGER NOT NULL,
    field TEXT NOT NULL,
    first_value TEXT NOT NULL,
    second_value TEXT NOT NULL,
    first_operator_id INTEGER REFERENCES operator(id),
    verifier_id INTEGER REFERENCES operator(id),
    chosen TEXT NOT NULL DEFAULT '' CHECK (chosen IN ('', 'first', 'second', 'typed')),
    value TEXT NOT NULL DEFAULT '',
    blame TEXT NOT NULL DEFAULT '' CHECK (blame IN ('', 'first', 'second', 'both')),
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX discrepancy_verification ON discrepancy(verification_id);
CREATE INDEX discrepancy_first ON discrepancy(first_operator_id);

-- Operator statistics (ops.keying_stats), kept as lines arrive so the window opens at
-- once at 900,000 lines: lines and keying seconds per operator and local day, each
-- operator's last save, and (meta keying_stats_upto) the last line id counted.
CREATE TABLE keying_day (
    operator_id INTEGER NOT NULL,
    day TEXT NOT NULL,
    lines INTEGER NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (operator_id, day)
) STRICT, WITHOUT ROWID;
CREATE TABLE keying_mark (
    operator_id INTEGER PRIMARY KEY,
    last_at REAL NOT NULL
) STRICT;
-- Lines saved again after their first keying: few, so a partial index finds them.
CREATE INDEX line_corrected ON signature_line(operator_id, created_at) WHERE version > 1;
"""
