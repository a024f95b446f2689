"""As a line is saved: has this person signed before? A warning that never blocks.

A few index probes (the same address, the same name in the ZIP, the name
swapped) bring the lines worth comparing; the matcher scores them
(:mod:`recalldesk.core.matching`). The best one scoring for review becomes a
``SIGNED_BEFORE`` finding on the new line: its code is stored with the line
and travels in packets; its details (which line, when) are shown at once.
"""

from __future__ import annotations

from recalldesk.core.matching.record import make_record
from recalldesk.core.matching.score import REVIEW, compare
from recalldesk.core.normalize import address_key, name_key
from recalldesk.core.records import LineMark, SignatureLine
from recalldesk.core.rules import Finding
from recalldesk.store import dedupe
from recalldesk.store.connection import Database

CODE = "SIGNED_BEFORE"


def findings(db: Database, line: SignatureLine, exclude: int | None = None) -> tuple[Finding, ...]:
    """``(Finding("SIGNED_BEFORE", …),)`` if a stored line may be the same signer, else ()."""
    if line.mark in (LineMark.BLANK, LineMark.STRUCK) or not (line.first_name or line.last_name):
        return ()
    zip5 = line.zip_code.strip()[:5]
    neighbours = dedupe.lines_like(
        db.conn,
        address_key(line.street_number, line.street_name, zip5),
        (name_key(line.first_name, line.last_name), name_key(line.last_name, line.first_name)),
        zip5,
        exclude,
    )
    if not neighbours:
        return ()
    new = make_record(
        0, line.first_name, line.last_name, line.street_number, line.street_name, line.unit,
        line.city, zip5,
    )  # fmt: skip
    best = None
    for n in neighbours:
        other = make_record(
            n.id, n.first_name, n.last_name, n.street_number, n.street_name, n.unit, n.city,
            n.zip_code,
        )  # fmt: skip
        verdict = compare(new, other)
        if verdict.score >= REVIEW and (best is None or verdict.score > best[0].score):
            best = (verdict, n)
    if best is None:
        return ()
    verdict, n = best
    params = {
        "serial": n.serial, "line": n.line_number, "office": n.office_code,
        "keyed_at": n.created_at, "score": verdict.score, "reasons": " ".join(verdict.reasons),
    }  # fmt: skip
    return (Finding(CODE, "", params),)
