"""The foundation's benchmark: demo generation, accepting a line, exporting 900k lines.

    python tests/perf/bench_foundation.py [--lines 900000] [--skip-slow] [--keep DIR]

Steps, each in its own child process so peak memory is that step's alone:
  1. ``recalldesk demo --lines N`` into a fresh data folder (target: < 2 min for 900k);
  2. ``bench_accept.py``: p50/p99 of accepting one line into it (target: p99 < 10 ms);
  3. ``bench_export_writers.py``: bare openpyxl / xlsxwriter / minimal zip writers and our
     streaming writer on the same synthetic rows (``--skip-slow`` leaves out the two bare
     library loops, which take minutes at 900k);
  4. ``recalldesk export`` of the demo database: wall time and peak memory, then the file
     read back whole by openpyxl (read-only) and python-calamine.
Prints figures only: timings are never pass/fail here.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The demo names its lead with this password, and the commands sign in with it (the CLI
# reads both from the environment; children inherit it).
os.environ.setdefault("RECALLDESK_NEW_PIN", "bench password 1")
os.environ.setdefault("RECALLDESK_PIN", "bench password 1")


HERE = Path(__file__).resolve().parent


def timed(cmd: list[str]) -> tuple[float, str]:
    """Run a child; return (wall seconds, its stdout)."""
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout


def cli(*argv: str) -> tuple[float, float]:
    """Run ``recalldesk ARGV`` in a child; return (wall seconds, the child's peak RSS MB)."""
    wall, out = timed([sys.executable, __file__, "--child-cli", *argv])
    return wall, json.loads(out.strip().splitlines()[-1])["peak_mb"]


def child_cli(argv: list[str]) -> None:
    from recalldesk.cli import main as recalldesk

    code = recalldesk(argv)
    if code:
        sys.exit(code)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peak_mb": round(peak)}))


def read_back(path: Path) -> tuple[int, float, int, float]:
    """Count Signatures rows (all spill sheets) with openpyxl read-only and calamine."""
    import openpyxl
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True)
    by_openpyxl = sum(
        sum(1 for _ in wb[name].iter_rows(values_only=True)) - 1
        for name in wb.sheetnames
        if name.startswith("Signatures")
    )
    wb.close()
    t_openpyxl = time.perf_counter() - started
    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    by_calamine = sum(
        len(book.get_sheet_by_name(name).to_python()) - 1
        for name in book.sheet_names
        if name.startswith("Signatures")
    )
    return by_openpyxl, t_openpyxl, by_calamine, time.perf_counter() - started


def main() -> None:
    if sys.argv[1:2] == ["--child-cli"]:
        child_cli(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=900_000)
    parser.add_argument("--skip-slow", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the demo data folder here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = args.keep or Path(tmp) / "data"
        print(f"== 1. demo data: {args.lines:,} lines")
        wall, peak = cli("--data-dir", str(data), "demo", "--lines", str(args.lines),
                         "--offices", "60")  # fmt: skip
        print(f"   wall {wall:.1f} s, peak RSS {peak:.0f} MB")

        print("== 2. accepting one line")
        _, out = timed([sys.executable, str(HERE / "bench_accept.py"), "--data-dir",
                        str(data), "--lines", "3000"])  # fmt: skip
        print("   " + out.strip().replace("\n", "\n   "))

        print(f"== 3. writers on the same {args.lines:,} synthetic rows")
        cmd = [sys.executable, str(HERE / "bench_export_writers.py"), "--rows", str(args.lines)]
        _, out = timed(cmd + (["--skip-slow"] if args.skip_slow else []))
        print("   " + out.strip().replace("\n", "\n   "))

        print("== 4. recalldesk export of the demo database")
        book = Path(tmp) / "export.xlsx"
        wall, peak = cli("--data-dir", str(data), "export", "--out", str(book))
        size = book.stat().st_size / 1e6
        print(f"   wall {wall:.1f} s ({args.lines / wall:,.0f} lines/s), peak RSS {peak:.0f} MB, "
              f"file {size:.0f} MB")  # fmt: skip
        n_op, t_op, n_cal, t_cal = read_back(book)
        print(f"   read back: openpyxl {n_op:,} rows in {t_op:.1f} s; "
              f"calamine {n_cal:,} rows in {t_cal:.1f} s")  # fmt: skip
        print(json.dumps({"export_wall_s": round(wall, 1), "export_peak_mb": round(peak)}))


if __name__ == "__main__":
    main()
