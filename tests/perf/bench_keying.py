"""Keying at campaign scale: cold start, accept-and-advance, section list, keystrokes.

    python tests/perf/bench_keying.py --data-dir DIR [--keystroke-lines 3000]

DIR holds a campaign database, e.g. ``recalldesk --data-dir DIR demo --lines 900000``
(it is copied first, never changed). Prints, with no pass/fail:
  * cold start: a fresh process from interpreter start to the keying grid ready;
  * accept-and-advance: KeyingView.accept_line (validation, save, grid refresh, entry
    moved to the next line) p50/p99 over 1,000 lines;
  * the section list: open (count), jump to the last row, peak memory;
  * keystrokes the keying flow needs for demo lines, typed through the real entry
    widgets, against typing the same lines into a spreadsheet.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from recalldesk.ops.people import operator_actor

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
STARTED = time.perf_counter()


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def child_cold_start(path: str) -> None:
    """Measured in a fresh interpreter: imports, open, window, section open, grid shown."""
    from PySide6.QtWidgets import QApplication

    from recalldesk.app import make_application
    from recalldesk.ops import people, queries
    from recalldesk.ops.workspace import Workspace
    from recalldesk.ui.main_window import MainWindow

    app = make_application([])
    ws = Workspace.open(Path(path), lock_as="app")
    window = MainWindow(ws, operator_actor(ws, people.operators(ws)[0]))
    window.show()
    section_id = queries.section_page(ws, queries.SectionFilter(), 0, 1)[0].id
    window.open_section(section_id)
    QApplication.processEvents()
    ready = time.perf_counter() - STARTED
    for job in list(window.jobs):
        job.wait()
    print(json.dumps({"cold_start_s": round(ready, 3)}))
    app.quit()


def accept_and_advance(path: Path) -> tuple[float, float, float]:
    from PySide6.QtWidgets import QApplication

    from recalldesk.app import make_application
    from recalldesk.core.records import Section, SignatureLine
    from recalldesk.ops import people
    from recalldesk.ops.intake import log_section
    from recalldesk.ops.undo import UndoHistory
    from recalldesk.ops.workspace import Workspace
    from recalldesk.ui.keying.keying_view import KeyingView

    make_application([])
    ws = Workspace.open(path, lock_as="app")
    ws.keying_mode()  # as the app does: checkpoints run when keying pauses
    actor = people.operator_actor(ws, people.operators(ws)[0])
    view = KeyingView(ws, actor, UndoHistory())
    view.show()
    timings = []
    for s in range(50):
        stored = log_section(ws, actor, Section(f"BENCH-{s:05d}", 20)).value
        view.open_section(stored.id)
        for n in range(1, 21):
            line = SignatureLine(n, "Ana", f"Bench{n}", str(100 + n), "Colorado Blvd", "",
                                 "Pasadena", "91101")  # fmt: skip
            started = time.perf_counter()
            view.accept_line(line)
            QApplication.processEvents()
            timings.append((time.perf_counter() - started) * 1000)
        ws.tidy()  # the idle checkpoint between sections
    ws.close()
    return statistics.median(timings), pct(timings, 99), max(timings)


def section_list(path: Path) -> tuple[int, float, float]:
    from recalldesk.app import make_application
    from recalldesk.ops.workspace import Workspace
    from recalldesk.ui.section_model import SectionListModel

    make_application([])
    ws = Workspace.open(path)
    started = time.perf_counter()
    model = SectionListModel(ws)
    rows = model.rowCount()
    last = model.index(rows - 1, 0).data()
    elapsed = time.perf_counter() - started
    assert last
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ws.close()
    return rows, elapsed, peak


def main() -> None:
    if sys.argv[1:2] == ["--child-cold-start"]:
        child_cold_start(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--keystroke-lines", type=int, default=3000)
    args = parser.parse_args()
    from bench_keystrokes import count_keystrokes  # type: ignore[import-not-found]

    with tempfile.TemporaryDirectory(dir=args.data_dir.parent) as tmp:
        path = Path(tmp) / "bench.sqlite3"
        shutil.copy(args.data_dir / "recalldesk.sqlite3", path)
        starts = []
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, __file__, "--child-cold-start", str(path)],
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            starts.append(json.loads(out.strip().splitlines()[-1])["cold_start_s"])
        print(f"cold start to the keying grid: {min(starts):.2f} s best, "
              f"{statistics.median(starts):.2f} s median of 3")  # fmt: skip
        rows, elapsed, peak = section_list(path)
        print(f"section list: {rows:,} sections, open + jump to last row {elapsed * 1000:.0f} ms, "
              f"process peak RSS {peak:.0f} MB")  # fmt: skip
        p50, p99, worst = accept_and_advance(path)
        print(f"accept and advance (1,000 lines): p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
              f"max {worst:.1f} ms")  # fmt: skip
    ours, sheet, lines = count_keystrokes(args.keystroke_lines)
    print(f"keystrokes for {lines:,} demo lines: RecallDesk {ours:,}, spreadsheet {sheet:,} "
          f"({100 * (1 - ours / sheet):.1f}% fewer)")  # fmt: skip


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
