"""Killing the keying process at random moments loses no accepted line."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recalldesk.store.connection import Database, open_database

CHILD = Path(__file__).with_name("crash_keyer.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sigkill_never_loses_an_accepted_line(db: Database) -> None:
    path = db.path
    db.close()
    rng = random.Random(11)
    reported: dict[str, set[int]] = {}
    for round_no in range(6):
        serial = f"CRASH-{round_no}"
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), serial],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},  # the same code as this test
        )
        assert child.stdout is not None
        # Wait for two accepted lines (a loaded machine keys slowly), then kill at a
        # random moment mid-keying.
        first, second = child.stdout.readline(), child.stdout.readline()
        assert first.startswith(serial) and second.startswith(serial), (first, second)
        time.sleep(rng.uniform(0.01, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        seen = [first, second, *child.stdout.read().splitlines()]
        child.stdout.close()
        reported[serial] = {int(line.split()[1]) for line in seen if line.strip()}
    reopened = open_database(path)
    try:
        assert reopened.integrity_check() == []
        for serial, numbers in reported.items():
            stored = {
                row[0]
                for row in reopened.query(
                    "SELECT l.line_number FROM signature_line l JOIN section s "
                    "ON s.id = l.section_id WHERE s.serial = ?",
                    (serial,),
                )
            }
            assert numbers <= stored, f"{serial}: lost {sorted(numbers - stored)[:5]}"
            # At most the line in flight is saved but unreported.
            assert len(stored - numbers) <= 1
        assert sum(len(n) for n in reported.values()) > 6
    finally:
        reopened.close()
