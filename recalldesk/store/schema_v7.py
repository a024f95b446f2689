"""Schema version 7: the dashboard's figures, kept per section (store.figures_cache).

``figures_section`` holds each section's contribution to the figures, and
two meta keys the campaign-wide sum and the change sequence it is valid at;
a refresh recomputes only the sections changed since. Empty after the
upgrade: the first dashboard after it builds the cache from the lines.
"""

SQL = """
CREATE TABLE figures_section (
    section_id INTEGER PRIMARY KEY,
    payload TEXT NOT NULL
) STRICT;
"""
