"""Importing a county voter file, beside the fastest well-kept reader only reading it.

Usage: python tests/perf/bench_voters.py [--rows 5700000]

Writes a synthetic tab-separated voter file in the demo layout (the preset
"RecallDesk demo"), then, in one run: pyarrow's CSV reader reading it (the
floor), and RecallDesk's import into a fresh central database (parse through
the mapping, check every row, normalize, store, provenance, one transaction).
Target (issue 12): 5.7 million rows in < 60 s, peak memory < 1.5 GB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The demo names its lead with this password, and the commands sign in with it (the CLI
# reads both from the environment; children inherit it).
os.environ.setdefault("RECALLDESK_NEW_PIN", "bench password 1")
os.environ.setdefault("RECALLDESK_PIN", "bench password 1")


ROOT = Path(__file__).resolve().parents[2]

FIRST = ["Maria", "Jose", "Juan", "Ana", "John", "Mary", "David", "Linda", "Luis", "Rosa",
         "Michael", "Jennifer", "Wei", "Min", "Ahmed", "Fatima", "Guadalupe", "Armen"]  # fmt: skip
LAST = ["Garcia", "Hernandez", "Lopez", "Smith", "Johnson", "Nguyen", "Kim", "Lee",
        "Martinez", "Rodriguez", "Chen", "Patel", "Brown", "Davis", "Grigoryan"]  # fmt: skip
STREETS = ["LAKE", "MAIN", "COLORADO", "SUNSET", "VERMONT", "WESTERN", "FIGUEROA", "PICO"]
TYPES = ["AVE", "ST", "BLVD", "DR", "PL"]
HEADER = (
    "VoterID\tFirstName\tMiddleName\tLastName\tSuffix\tHouseNumber\tHouseFraction\tStreetDir"
    "\tStreetName\tStreetType\tStreetPostDir\tUnit\tCity\tZip\tStatus\tRegistrationDate\n"
)


def write_file(path: Path, rows: int) -> None:
    rng = random.Random(2022)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for i in range(rows):
            handle.write(
                f"LA{i:08d}\t{rng.choice(FIRST)}\t\t{rng.choice(LAST)}{rng.randrange(2000)}\t\t"
                f"{rng.randrange(1, 20000)}\t\tN\t{rng.choice(STREETS)}\t{rng.choice(TYPES)}"
                f"\t\t\tLOS ANGELES\t9{rng.randrange(10000):04d}\t{rng.choice('AAAAAAAAIC')}"
                f"\t2018-03-{rng.randrange(1, 29):02d}\n"
            )


def child(step: str, path: Path, folder: Path) -> None:
    started = time.perf_counter()
    if step == "floor":
        import pyarrow.csv as pc

        table = pc.read_csv(path, parse_options=pc.ParseOptions(delimiter="\t"))
        rows = table.num_rows
    else:
        from recalldesk.core.voter_file import DEMO_PRESET
        from recalldesk.ops import people, voters
        from recalldesk.ops.workspace import Workspace

        ws = Workspace.open(folder / "recalldesk.sqlite3")
        actor = people.operator_actor(ws, people.operators(ws)[0])
        rows = voters.import_voters(ws, actor, path, DEMO_PRESET).value.voters
        ws.close()
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{rows}\t{seconds:.1f}\t{peak}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5_700_000)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return
    work = Path(tempfile.mkdtemp(prefix="rd-voters-"))
    path = work / "voters.tsv"
    write_file(path, args.rows)
    print(f"voter file: {args.rows:,} rows, {path.stat().st_size / 2**20:,.0f} MB")
    recalldesk = [sys.executable, "-m", "recalldesk", "--data-dir", str(work / "hq")]
    subprocess.run([*recalldesk, "demo", "--lines", "100", "--central"], check=True,
                   capture_output=True, cwd=ROOT)  # fmt: skip
    results = {}
    for step in ("floor", "import"):
        done = subprocess.run(
            [sys.executable, __file__, "--child", step, str(path), str(work / "hq")],
            capture_output=True, text=True, cwd=ROOT, check=True,
        )  # fmt: skip
        rows, seconds, peak = done.stdout.strip().splitlines()[-1].split("\t")
        results[step] = float(seconds)
        label = "floor: pyarrow reads it" if step == "floor" else "RecallDesk imports it"
        print(f"  {label:<28} {int(rows):>10,} rows  {float(seconds):7.1f} s  {peak:>6} MB peak")
    print(f"  ratio: {results['import'] / max(results['floor'], 0.01):.1f}x the floor")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
