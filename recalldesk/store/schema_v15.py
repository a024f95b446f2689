"""Schema version 15: the offices' verification figures, as central receives them.

Verification stays at the office that did it (schema v14); each packet carries
the writing device's figures per operator (the packet's ``Keying`` sheet), and
central keeps the newest per device here: ``keying_report_device`` remembers
which packet they came from, so an older packet merged late never replaces
newer figures.
"""

SQL = """
CREATE TABLE keying_report_device (
    office_code TEXT NOT NULL,
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    PRIMARY KEY (office_code, device_id)
) STRICT;

CREATE TABLE keying_report (
    office_code TEXT NOT NULL,
    device_id TEXT NOT NULL,
    operator_id INTEGER NOT NULL REFERENCES operator(id),
    fields_compared INTEGER NOT NULL CHECK (fields_compared >= 0),
    fields_in_error INTEGER NOT NULL CHECK (fields_in_error BETWEEN 0 AND fields_compared),
    sections_verified INTEGER NOT NULL CHECK (sections_verified >= 0),
    PRIMARY KEY (office_code, device_id, operator_id)
) STRICT;
"""
