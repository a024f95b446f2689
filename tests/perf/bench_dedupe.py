"""The duplicate finder: quality against the truth, speed and memory, beside Splink and a baseline.

    python tests/perf/bench_dedupe.py [--lines 100000] [--seed 2024]
                                      [--data-dir /tmp/rd900] [--incremental 15000]
                                      [--no-splink]

Every step runs in its own child process (wall time of the work, and the
child's peak RSS), on the same machine and the same data:

1. ours — the demo drive of ``--lines`` lines (seed ``--seed``, a seed the
   scores were never tuned on), truth kept (which lines are one person):
   blocking, scoring and grouping as ``recalldesk dedupe`` does. Pair-level
   figures: what the review queue receives (recall of the true pairs, and
   the share of what it shows that is real), and the best automatic
   operating point (F1 over score thresholds, undecidable pairs never
   automatic); the false matches by kind; the hand-labelled hard cases.
2. baseline — plain rapidfuzz: block on ZIP + the surname's first two letters,
   score the name and address similarity, sweep a threshold.
3. splink — Splink 5 on DuckDB, the field's reference: names, house number,
   street, ZIP and unit compared, blocked on address and on name+ZIP, m and u
   estimated (random sampling, then EM), the match-probability threshold swept.
4. the full run through the operations layer on a database (``--data-dir``,
   e.g. a 900,000-line ``recalldesk demo``; a copy is used), then an
   incremental run after ``--incremental`` lines are made new.

Prints figures only: timings and scores are never pass/fail.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _demo(lines: int, seed: int) -> tuple[list[Any], dict[int, int]]:
    """(signature lines with refs, ref -> person id) of a demo drive."""
    from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022, LineMark
    from recalldesk.core.zipdata import load_default_zip_table
    from recalldesk.demo.synth import generate

    data = generate(lines, max(4, lines // 15_000), seed, LA_COUNTY_DA_RECALL_2022,
                    load_default_zip_table())  # fmt: skip
    out, person = [], {}
    for ref, item in enumerate(data.lines):
        line = item.line
        if line.mark in (LineMark.BLANK, LineMark.STRUCK):
            continue
        out.append((ref, line))
        person[ref] = item.person_id
    return out, person


def _truth(person: dict[int, int]) -> set[tuple[int, int]]:
    by_person: dict[int, list[int]] = defaultdict(list)
    for ref, pid in person.items():
        by_person[pid].append(ref)
    return {pair for refs in by_person.values() for pair in combinations(sorted(refs), 2)}


def _best_f1(scored: dict[tuple[int, int], float], truth: set[tuple[int, int]]) -> dict[str, Any]:
    """The best F1 over thresholds, and the precision and recall there."""
    ranked = sorted(scored.items(), key=lambda kv: -kv[1])
    best = {"f1": 0.0, "precision": 0.0, "recall": 0.0, "threshold": None}
    tp = 0
    for n, (pair, value) in enumerate(ranked, start=1):
        tp += pair in truth
        precision, recall = tp / n, tp / len(truth)
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        if f1 > best["f1"]:
            best = {"f1": round(f1, 4), "precision": round(precision, 4),
                    "recall": round(recall, 4), "threshold": round(value, 4)}  # fmt: skip
    return best


def child_ours(lines: int, seed: int) -> dict[str, Any]:
    import csv

    from recalldesk.core.matching.groups import build_groups, candidate_pairs
    from recalldesk.core.matching.record import make_record
    from recalldesk.core.matching.score import REVIEW, compare, score

    demo, person = _demo(lines, seed)
    truth = _truth(person)
    started = time.perf_counter()
    records = [
        make_record(ref, ln.first_name, ln.last_name, ln.street_number, ln.street_name,
                    ln.unit, ln.city, ln.zip_code)
        for ref, ln in demo
    ]  # fmt: skip
    candidates = candidate_pairs(records)
    scored: dict[tuple[int, int], float] = {}
    queue_pairs = []
    from recalldesk.core.matching.groups import Pair

    for i, j in candidates:
        a, b = records[i], records[j]
        value = score(a, b, -1000.0)
        key = (min(a.ref, b.ref), max(a.ref, b.ref))
        if value >= REVIEW:
            verdict = compare(a, b)
            queue_pairs.append(Pair(key[0], key[1], verdict))
            if not verdict.undecidable:
                scored[key] = value
        elif value >= 0:
            scored[key] = value
    queue_pairs.sort(key=lambda p: (-p.verdict.score, p.a, p.b))
    groups = build_groups(queue_pairs, {r.ref: r for r in records})
    seconds = time.perf_counter() - started
    shown = {pair for g in groups for pair in combinations(g.refs, 2)}
    hits = shown & truth
    by_ref = dict(demo)
    false = shown - truth
    household = sum(
        1 for a, b in false
        if (by_ref[a].street_number, by_ref[a].zip_code) == (by_ref[b].street_number,
                                                             by_ref[b].zip_code)
    )  # fmt: skip
    hard = {"same": [0, 0], "different": [0, 0], "queued": [0, 0], "undecidable": [0, 0]}
    with open(ROOT / "tests" / "fixtures" / "dedupe_hard_cases.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sides = [
                make_record(n, row[f"{p}_first"], row[f"{p}_last"], row[f"{p}_number"],
                            row[f"{p}_street"], row[f"{p}_unit"], "", row[f"{p}_zip"])
                for n, p in enumerate("ab")
            ]  # fmt: skip
            verdict = compare(*sides)
            right = {
                "same": verdict.reviewed,
                "different": not verdict.reviewed,
                "queued": verdict.reviewed and not verdict.likely,
                "undecidable": verdict.undecidable and not verdict.likely,
            }[row["label"]]
            hard[row["label"]][0] += right
            hard[row["label"]][1] += 1
    return {
        "records": len(records),
        "true_pairs": len(truth),
        "candidate_pairs": len(candidates),
        "seconds": round(seconds, 1),
        "peak_mb": _peak_mb(),
        "queue": {
            "groups": len(groups),
            "pairs_shown": len(shown),
            "recall": round(len(hits) / len(truth), 4),
            "precision": round(len(hits) / len(shown), 4) if shown else 0.0,
            "false_at_one_address": round(household / len(false), 3) if false else 0.0,
        },
        "automatic": _best_f1(scored, truth),
        "hand_labelled": {k: f"{v[0]}/{v[1]}" for k, v in hard.items()},
    }


def child_baseline(lines: int, seed: int) -> dict[str, Any]:
    """Plain rapidfuzz: block on ZIP + surname prefix; name and address similarity."""
    from rapidfuzz import fuzz

    from recalldesk.core.normalize import fold

    demo, person = _demo(lines, seed)
    truth = _truth(person)
    started = time.perf_counter()
    rows = [
        (ref, fold(f"{ln.first_name} {ln.last_name}"),
         fold(f"{ln.street_number} {ln.street_name} {ln.unit}"), ln.zip_code[:5])
        for ref, ln in demo
    ]  # fmt: skip
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, name, _, zip5) in enumerate(rows):
        surname = name.split()[-1] if name.split() else ""
        blocks[(zip5, surname[:2])].append(i)
    scored: dict[tuple[int, int], float] = {}
    for members in blocks.values():
        if len(members) > 400:
            continue
        for i, j in combinations(members, 2):
            a, b = rows[i], rows[j]
            value = (fuzz.token_sort_ratio(a[1], b[1]) + fuzz.ratio(a[2], b[2])) / 2
            if value >= 60:
                scored[(min(a[0], b[0]), max(a[0], b[0]))] = value
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 1), "peak_mb": _peak_mb(),
            "automatic": _best_f1(scored, truth)}  # fmt: skip


def child_splink(lines: int, seed: int) -> dict[str, Any]:
    import logging

    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    demo, person = _demo(lines, seed)
    truth = _truth(person)
    started = time.perf_counter()

    def clean(text: str) -> str | None:
        from recalldesk.core.normalize import fold

        folded = fold(text)
        return folded or None

    table = {
        "unique_id": [ref for ref, _ in demo],
        "first_name": [clean(ln.first_name) for _, ln in demo],
        "surname": [clean(ln.last_name) for _, ln in demo],
        "street_number": [clean(ln.street_number) for _, ln in demo],
        "street_name": [clean(ln.street_name) for _, ln in demo],
        "unit": [clean(ln.unit) for _, ln in demo],
        "zip": [ln.zip_code[:5] or None for _, ln in demo],
    }
    db_api = DuckDBAPI()
    frame = db_api.register(table)
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.NameComparison("first_name"),
            cl.NameComparison("surname"),
            cl.ExactMatch("street_number"),
            cl.JaroWinklerAtThresholds("street_name", [0.9, 0.8]),
            cl.ExactMatch("zip"),
            cl.ExactMatch("unit"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("street_number", "zip"),
            block_on("surname", "zip"),
            block_on("first_name", "surname"),
        ],
    )
    linker = Linker(frame, settings, log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("first_name", "surname", "street_number")], recall=0.8
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=2_000_000)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("zip", "street_number")
    )
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("surname"))
    predictions = linker.inference.predict(threshold_match_probability=0.01)
    rows = (
        predictions.as_duckdbpyrelation()
        .select("unique_id_l, unique_id_r, match_probability")
        .fetchall()
    )
    seconds = time.perf_counter() - started
    scored = {(min(a, b), max(a, b)): p for a, b, p in rows}
    return {"seconds": round(seconds, 1), "peak_mb": _peak_mb(),
            "automatic": _best_f1(scored, truth)}  # fmt: skip


def child_store(data_dir: Path, incremental: int) -> dict[str, Any]:
    from recalldesk.ops import dedupe_run, people
    from recalldesk.ops.workspace import Workspace

    ws = Workspace.open(data_dir / "recalldesk.sqlite3")
    actor = people.operator_actor(ws, people.operators(ws)[0])
    started = time.perf_counter()
    full = dedupe_run.find_duplicates(ws, actor, full=True).value
    full_seconds = time.perf_counter() - started
    full_peak = _peak_mb()
    # As if the last N lines had just arrived in a merge: the matcher has not seen them.
    with ws.db.transaction() as conn:
        conn.execute(
            "DELETE FROM dedupe_line WHERE line_id IN "
            "(SELECT id FROM signature_line ORDER BY id DESC LIMIT ?)",
            (incremental,),
        )
    started = time.perf_counter()
    inc = dedupe_run.find_duplicates(ws, actor).value
    inc_seconds = time.perf_counter() - started
    ws.close()
    return {
        "lines": full.lines_known, "full_seconds": round(full_seconds, 1),
        "full_peak_mb": full_peak, "groups": full.groups_open,
        "pairs": full.pairs_compared, "incremental_lines": inc.lines_matched,
        "incremental_seconds": round(inc_seconds, 2), "peak_mb": _peak_mb(),
    }  # fmt: skip


def _child(step: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", step, *args],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:] or ["?"]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--incremental", type=int, default=15_000)
    parser.add_argument("--no-splink", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, *rest = args.child
        if step == "ours":
            out = child_ours(int(rest[0]), int(rest[1]))
        elif step == "baseline":
            out = child_baseline(int(rest[0]), int(rest[1]))
        elif step == "splink":
            out = child_splink(int(rest[0]), int(rest[1]))
        else:
            out = child_store(Path(rest[0]), int(rest[1]))
        print(json.dumps(out))
        return
    size = [str(args.lines), str(args.seed)]
    print(f"demo drive: {args.lines:,} lines, seed {args.seed}")
    print("ours:", json.dumps(_child("ours", *size), indent=1))
    print("rapidfuzz baseline:", json.dumps(_child("baseline", *size)))
    if not args.no_splink:
        print("splink:", json.dumps(_child("splink", *size)))
    if args.data_dir:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "data"
            copy.mkdir()
            for name in ("recalldesk.sqlite3", "recalldesk.sqlite3-wal"):
                if (args.data_dir / name).exists():
                    shutil.copy(args.data_dir / name, copy / name)
            print("full and incremental runs on the database:",
                  json.dumps(_child("store", str(copy), str(args.incremental))))  # fmt: skip


if __name__ == "__main__":
    main()
