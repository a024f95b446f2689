"""Child process for the crash test: keys lines forever, printing each one accepted.

A line number is printed only after ``KeyingSession.save`` returned, i.e. after
its transaction committed: the parent kills this process at random and checks
that every printed line is in the database.
"""

import sys
from pathlib import Path

from recalldesk.core.records import Section, SignatureLine
from recalldesk.core.zipdata import load_default_zip_table
from recalldesk.store import people, sections
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import open_database
from recalldesk.store.keying import KeyingSession
from recalldesk.store.setup import actor_for


def main() -> None:
    path, serial = Path(sys.argv[1]), sys.argv[2]
    db = open_database(path)
    campaign = get_campaign(db)
    assert campaign is not None
    office = people.list_offices(db)[0]
    operator = people.list_operators(db, office.id)[0]
    actor = actor_for(db, operator)
    stored = sections.add_section(db, actor, campaign, Section(serial, 100_000), office.id, None)
    session = KeyingSession(db, load_default_zip_table(), actor, stored.id)
    number = 1
    while True:
        line = SignatureLine(
            number, "Ana", f"Crash{number}", str(number), "Oak St", "", "", "91101"
        )
        session.save(line)
        print(f"{serial} {number}", flush=True)
        number += 1


if __name__ == "__main__":
    main()
