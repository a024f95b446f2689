"""Write the fixture database for the current schema version.

Run once per released schema (``python scripts/make_schema_fixture.py``) and
commit the file: tests/store/test_migrations.py upgrades every fixture to the
latest schema, so old campaign files keep opening (TagStudio keeps its
``tests/fixtures/empty_libraries/`` for the same reason).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from recalldesk.core.messages import msg
from recalldesk.core.records import (
    LA_COUNTY_DA_RECALL_2022,
    Actor,
    Circulator,
    FieldOffice,
    Operator,
    Section,
    SignatureLine,
)
from recalldesk.core.zipdata import load_default_zip_table
from recalldesk.store import campaign, lines, people, sections
from recalldesk.store.connection import open_database
from recalldesk.store.migrations import LATEST_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "store" / "fixtures"


def main() -> int:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    path = FIXTURES / f"schema_v{LATEST_VERSION}.sqlite3"
    path.unlink(missing_ok=True)
    db = open_database(path)
    actor = Actor("Fixture Maker", "PAS", campaign.device_id(db))
    camp = campaign.save_campaign(db, actor, LA_COUNTY_DA_RECALL_2022)
    campaign.set_office_code(db, "PAS")
    office = people.ensure_office(db, actor, FieldOffice("PAS", "Pasadena field office"))
    operator = people.add_operator(db, actor, office.id, Operator("Ana Reyes"))
    actor = Actor("Ana Reyes", "PAS", actor.device_id, operator.id)
    circulator = Circulator("Sam Lee", "12 Oak St", "Pasadena", "91101")
    circ = people.add_circulator(db, actor, circulator)
    section = sections.add_section(
        db, actor, camp,
        Section("PAS-0001", 3, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
                declaration_signed=True, declaration_dated=True, declaration_place=True,
                received_on=date(2022, 2, 10)),
        office.id, circ.id,
    )  # fmt: skip
    zips = load_default_zip_table()
    first = SignatureLine(1, "José", "Muñoz", "1520", "N Lake Ave", "4", "", "91104")
    lines.accept_line(db, actor, zips, section.id, first)
    mei = SignatureLine(2, "Mei", "Chen", "", "Colorado Blvd", "", "", "91101")
    second = lines.accept_line(db, actor, zips, section.id, mei)
    lines.update_line(db, actor, zips, second.id, replace(mei, street_number="88"))
    third = lines.accept_line(db, actor, zips, section.id, SignatureLine(3, "X", "Y"))
    lines.delete_line(db, actor, third.id, reason=msg("audit.line_deleted"))
    db.checkpoint("TRUNCATE")
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
