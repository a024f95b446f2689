"""Schema version 6: the campaign's own random samples (issue 11).

* ``sample_draw``: one draw — when, by whom, from how many raw signatures,
  how many drawn and the seed, so anyone can draw it again and get the same
  lines (the population is every raw signature ordered by its line's uuid).
* ``sample_item``: the drawn lines in draw order, each with the result a
  volunteer found in the voter roll and who recorded it when. Lines are
  named by uuid, which is the same in every office's database and the master.
"""

SQL = """
CREATE TABLE sample_draw (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    drawn_at TEXT NOT NULL,
    drawn_by TEXT NOT NULL,
    seed INTEGER NOT NULL,
    raw_count INTEGER NOT NULL CHECK (raw_count >= 0),
    size INTEGER NOT NULL CHECK (size >= 0),
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE sample_item (
    draw_id INTEGER NOT NULL REFERENCES sample_draw(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    line_uuid TEXT NOT NULL,
    result TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'valid', 'not_registered',
        'different_address', 'signature_mismatch', 'canceled', 'out_of_county', 'other')),
    result_by TEXT NOT NULL DEFAULT '',
    result_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draw_id, position)
) STRICT;
CREATE INDEX sample_item_line ON sample_item(line_uuid);
"""
