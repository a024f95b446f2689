"""``recalldesk sample``: the campaign's own random sample, from the command line.

recalldesk sample draw [--size N] [--seed S] [--note TEXT]   draw (default: the registrar's size)
recalldesk sample list                                       the draws, latest first
recalldesk sample checklist ID FILE.xlsx                     the volunteers' look-up workbook
recalldesk sample import ID FILE.xlsx                        the filled-in checklist (all or none)
recalldesk sample record ID POSITION RESULT                  one result by hand
recalldesk sample project [ID]                               what a draw's results project
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from recalldesk.cli_common import UserError, signed_in, workspace
from recalldesk.core.sampling import RESULTS, Result
from recalldesk.ops import sample
from recalldesk.ops.sample import Findings
from recalldesk.ops.sample_files import import_checklist, write_checklist
from recalldesk.ops.workspace import Workspace
from recalldesk.wording import translate
from recalldesk.wording.sample import result_labels


def cmd_sample(args: argparse.Namespace) -> int:
    action = args.sample_action
    writes = action in ("draw", "record", "import")
    with workspace(writes=writes) as ws:
        actor = signed_in(ws, args.operator)
        if action == "draw":
            drawn = sample.draw(ws, actor, size=args.size, seed=args.seed, note=args.note).value
            print(
                translate(
                    "Cli", "Drew sample {id}: {size} of {raw} raw signatures (seed {seed})."
                ).format(
                    id=drawn.id,
                    size=f"{drawn.size:,}",
                    raw=f"{drawn.raw_count:,}",
                    seed=drawn.seed,
                )
            )
        elif action == "list":
            draws = sample.draws(ws)
            for d in draws:
                print(
                    translate(
                        "Cli",
                        "{id}: drawn {at} UTC by {by}, {size} of {raw} raw (seed {seed}), "
                        "{checked} checked {note}",
                    )
                    .format(
                        id=d.id,
                        at=d.drawn_at[:16].replace("T", " "),
                        by=d.drawn_by,
                        size=f"{d.size:,}",
                        raw=f"{d.raw_count:,}",
                        seed=d.seed,
                        checked=f"{d.checked:,}",
                        note=d.note,
                    )
                    .rstrip()
                )
            if not draws:
                print(translate("Cli", "No samples drawn yet: recalldesk sample draw"))
        elif action == "record":
            result = _result(args.result)
            changed = sample.record_results(ws, actor, args.id, [(args.position, result)]).value
            print(translate("Cli", "Recorded %Ln result(s).", None, changed))
        elif action == "checklist":
            written = write_checklist(ws, actor, args.id, Path(args.file), result_labels()).value
            print(
                translate("Cli", "Wrote {path} ({n} lines to look up).").format(
                    path=written.path, n=f"{written.lines:,}"
                )
            )
        elif action == "import":
            imported = import_checklist(ws, actor, args.id, Path(args.file), result_labels()).value
            print(
                translate("Cli", "Read {read} result(s); {changed} new or changed.").format(
                    read=f"{imported.read:,}", changed=f"{imported.changed:,}"
                )
            )
        else:
            draw_id = args.id if args.id is not None else _latest(ws)
            found = sample.findings(ws, draw_id)
            print(json.dumps(findings_json(found), indent=2) if args.json else _words(found))
    return 0


def _latest(ws: Workspace) -> int:
    draws = sample.draws(ws)
    if not draws:
        raise UserError(translate("Cli", "No samples drawn yet: recalldesk sample draw"))
    return draws[0].id


def _result(text: str) -> Result:
    try:
        return Result(text.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise UserError(
            translate("Cli", "{found} is not a result; one of: {choices}").format(
                found=text, choices=", ".join(r.value for r in RESULTS)
            )
        ) from None


def findings_json(found: Findings) -> dict[str, object]:
    counted, p, t = found.count, found.projection, found.thresholds
    return {
        "draw": found.draw.id,
        "seed": found.draw.seed,
        "raw_at_draw": found.draw.raw_count,
        "drawn": counted.size,
        "checked": counted.checked,
        "valid": counted.valid,
        "duplicates": counted.duplicates,
        "by_result": counted.by_result,
        "validity_pct": str(p.validity_pct) if p else None,
        "projected_valid": p.projected_valid if p else None,
        "duplicate_penalty": p.duplicate_penalty if p else None,
        "outcome": str(found.outcome) if found.outcome else None,
        "valid_needed_to_qualify": t.qualify if t else None,
        "valid_needed_for_full_count": t.full_count if t else None,
        "validity_interval_95_wilson": [round(x, 4) for x in found.interval]
        if found.interval
        else None,
    }


def _words(found: Findings) -> str:
    counted, p, t = found.count, found.projection, found.thresholds
    head = translate(
        "Cli",
        "Sample {id}: {checked} of {size} checked, {valid} valid, {dups} signed more than once.",
    ).format(
        id=found.draw.id,
        checked=f"{counted.checked:,}",
        size=f"{counted.size:,}",
        valid=f"{counted.valid:,}",
        dups=f"{counted.duplicates:,}",
    )
    if p is None or t is None:
        return head + "\n" + translate("Cli", "No results yet: nothing to project.")
    lines = [
        head,
        translate(
            "Cli", "Validity {p}% → {projected} projected valid of {raw} raw ({outcome})."
        ).format(
            p=p.validity_pct,
            projected=f"{p.projected_valid:,}",
            raw=f"{p.raw:,}",
            outcome=found.outcome,
        ),
    ]
    for label, needed in (
        (translate("Cli", "to qualify"), t.qualify),
        (translate("Cli", "for a full count"), t.full_count),
    ):
        lines.append(
            translate("Cli", "Valid signatures needed in this sample {label}: {n}").format(
                label=label,
                n=f"{needed:,}" if needed is not None else translate("Cli", "out of reach"),
            )
        )
    return "\n".join(lines)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("sample", help="draw the campaign's random sample, record, project")
    cmd.add_argument("--operator", metavar="NAME", help="who is acting (default: first operator)")
    actions = cmd.add_subparsers(dest="sample_action", required=True, metavar="ACTION")
    draw = actions.add_parser("draw", help="draw a sample of the raw signatures")
    draw.add_argument("--size", type=int, help="default: max(500, 5%%) of raw")
    draw.add_argument("--seed", type=int, help="reproduce an earlier draw")
    draw.add_argument("--note", default="", help="a note kept with the draw")
    actions.add_parser("list", help="the draws, latest first")
    checklist = actions.add_parser("checklist", help="write the volunteers' look-up workbook")
    checklist.add_argument("id", type=int)
    checklist.add_argument("file", metavar="FILE.xlsx")
    imp = actions.add_parser("import", help="read a filled-in checklist (all or nothing)")
    imp.add_argument("id", type=int)
    imp.add_argument("file", metavar="FILE.xlsx")
    record = actions.add_parser("record", help="record one result by hand")
    record.add_argument("id", type=int)
    record.add_argument("position", type=int)
    record.add_argument("result", help=", ".join(r.value for r in RESULTS))
    project = actions.add_parser("project", help="what a draw's results project")
    project.add_argument("id", type=int, nargs="?", help="default: the latest draw")
    project.add_argument("--json", action="store_true", help="machine-readable output")
    cmd.set_defaults(func=cmd_sample)
