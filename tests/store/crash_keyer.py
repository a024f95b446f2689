"""Child process for the crash test: keys lines forever, printing each one accepted.

A line number is printed only after ``KeyingSession.save`` returned, i.e. after
its transaction committed: the parent kills this process at random and checks
that every printed line is in the database.
"""

import sys
from pathlib import Path

from recalldesk.core.records import Section, SignatureLine
from recalldesk.ops import people
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace


def main() -> None:
    path, serial = Path(sys.argv[1]), sys.argv[2]
    ws = Workspace.open(path)
    actor = people.operator_actor(ws, people.operators(ws)[0])
    stored = log_section(ws, actor, Section(serial, 500)).value
    session = KeyingSession(ws, actor, stored.id)
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
