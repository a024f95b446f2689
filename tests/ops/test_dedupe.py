"""Finding people who signed twice in a database, and settling them: counts follow."""

from __future__ import annotations

from datetime import date

import pytest

from recalldesk.core.records import Actor, LineMark, Section, SignatureLine
from recalldesk.ops import dedupe_queue, dedupe_run, queries
from recalldesk.ops.base import OpRefused
from recalldesk.ops.intake import find_serial, log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.store import decisions

TODAY = date(2022, 3, 1)

ROSTER = [  # (section, line, first, last, number, street, unit, zip)
    ("PAS-0001", 1, "Robert", "Smith", "1234", "N Lake Ave", "", "91104"),
    ("PAS-0001", 2, "Jane", "Smith", "1234", "N Lake Ave", "", "91104"),  # his household
    ("PAS-0001", 3, "Ana", "Ruiz", "300", "Hollywood Way", "", "91505"),
    ("PAS-0002", 1, "Bob", "Smith", "1234", "North Lake Avenue", "", "91104"),  # Robert again
    ("PAS-0002", 2, "James", "Lee", "15", "Elm St", "", "91106"),
    ("PAS-0002", 3, "James", "Lee Jr", "15", "Elm St", "", "91106"),  # undecidable
    ("PAS-0003", 1, "Carla", "Diaz", "77", "Oak St", "", "91101"),
]


def key(
    ws: Workspace, actor: Actor, rows: list[tuple[str, int, str, str, str, str, str, str]]
) -> None:
    sessions: dict[str, KeyingSession] = {}
    for serial, n, first, last, number, street, unit, zip_code in rows:
        if serial not in sessions:
            found = find_serial(ws, serial)
            section = Section(
                serial, 10, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
                declaration_signed=True, declaration_dated=True, declaration_place=True,
                received_on=date(2022, 2, 10),
            )  # fmt: skip
            section_id = found.id if found else log_section(ws, actor, section).value.id
            sessions[serial] = KeyingSession(ws, actor, section_id)
        line = SignatureLine(n, first, last, number, street, unit, "", zip_code)
        sessions[serial].save(line)


def groups_of(ws: Workspace) -> list[set[str]]:
    return [{f"{line.first_name} {line.last_name}" for line in g.lines}
            for g in dedupe_queue.queue(ws)]  # fmt: skip


def test_a_full_run_finds_the_repeat_and_leaves_the_household(ws: Workspace, actor: Actor) -> None:
    key(ws, actor, ROSTER)
    run = dedupe_run.find_duplicates(ws, actor, full=True).value
    assert run.full and run.lines_matched == len(ROSTER)
    found = groups_of(ws)
    assert {"Robert Smith", "Bob Smith"} in found
    assert not any("Jane Smith" in g for g in found)
    (junior,) = [
        g for g in dedupe_queue.queue(ws) if any("Jr" in line.last_name for line in g.lines)
    ]
    assert junior.group.undecidable and not junior.group.likely


def test_confirming_makes_one_count_and_is_reversible(ws: Workspace, actor: Actor) -> None:
    key(ws, actor, ROSTER)
    dedupe_run.find_duplicates(ws, actor)
    before = queries.dashboard_figures(ws, TODAY)
    assert before is not None and before.figures.repeats == 0
    smith = next(
        g for g in dedupe_queue.queue(ws) if any(line.first_name == "Bob" for line in g.lines)
    )
    dedupe_queue.confirm(ws, actor, smith.id)
    after = queries.dashboard_figures(ws, TODAY)
    assert after is not None and after.figures.repeats == 1
    assert after.progress.clean == before.progress.clean - 1
    (decided,) = [d for d in decisions.list_decisions(ws.db) if d.decision == "duplicate"]
    bob = next(line for line in smith.lines if line.first_name == "Bob")
    assert decided.repeat_uuid == bob.uuid  # keyed later: the repeat; Robert counts
    assert smith.id not in [g.id for g in dedupe_queue.queue(ws)]
    with pytest.raises(OpRefused):
        dedupe_queue.confirm(ws, actor, smith.id)
    dedupe_queue.reopen(ws, actor, smith.id)
    again = queries.dashboard_figures(ws, TODAY)
    assert again is not None and again.figures.repeats == 0
    assert smith.id in [g.id for g in dedupe_queue.queue(ws)]


def test_a_dismissed_group_is_not_asked_again_until_a_line_changes(
    ws: Workspace, actor: Actor
) -> None:
    key(ws, actor, ROSTER)
    dedupe_run.find_duplicates(ws, actor)
    smith = next(
        g for g in dedupe_queue.queue(ws) if any(line.first_name == "Bob" for line in g.lines)
    )
    dedupe_queue.dismiss(ws, actor, smith.id)
    dedupe_run.find_duplicates(ws, actor, full=True)
    assert {"Robert Smith", "Bob Smith"} not in groups_of(ws)
    key(ws, actor, [("PAS-0002", 1, "Bob", "Smith", "1234", "N Lake Ave", "#2", "91104")])
    run = dedupe_run.find_duplicates(ws, actor).value
    assert run.lines_matched == 1  # incremental: only the changed line
    assert {"Robert Smith", "Bob Smith"} in groups_of(ws)


def test_an_incremental_run_compares_new_lines_with_the_rest(ws: Workspace, actor: Actor) -> None:
    key(ws, actor, ROSTER)
    dedupe_run.find_duplicates(ws, actor)
    key(ws, actor, [("PAS-0004", 1, "Carla", "Díaz", "77", "Oak Street", "", "91101")])
    run = dedupe_run.find_duplicates(ws, actor).value
    assert not run.full and run.lines_matched == 1
    assert {"Carla Diaz", "Carla Díaz"} in groups_of(ws)
    assert {"Robert Smith", "Bob Smith"} in groups_of(ws)  # untouched groups stay


def test_a_line_deleted_or_struck_since_leaves_the_search(ws: Workspace, actor: Actor) -> None:
    key(ws, actor, ROSTER)
    dedupe_run.find_duplicates(ws, actor)
    assert {"Robert Smith", "Bob Smith"} in groups_of(ws)
    section = find_serial(ws, "PAS-0002")
    assert section is not None
    KeyingSession(ws, actor, section.id).delete(1)  # Bob Smith
    KeyingSession(ws, actor, section.id).mark(2, LineMark.STRUCK)  # James Lee
    run = dedupe_run.find_duplicates(ws, actor).value
    assert not run.full and run.lines_matched == 0
    assert run.lines_known == len(ROSTER) - 2
    assert groups_of(ws) == []


def test_the_first_search_starts_from_scratch(ws: Workspace, actor: Actor) -> None:
    # Nothing known (a first search, or keys dropped by an upgrade): incremental means all.
    key(ws, actor, ROSTER)
    run = dedupe_run.find_duplicates(ws, actor).value
    assert run.full and run.lines_matched == len(ROSTER)
    assert {"Robert Smith", "Bob Smith"} in groups_of(ws)


def test_bulk_confirmation_takes_only_likely_decidable_groups(ws: Workspace, actor: Actor) -> None:
    key(ws, actor, ROSTER)
    dedupe_run.find_duplicates(ws, actor)
    confirmed = dedupe_queue.confirm_likely(ws, actor).value
    assert confirmed == 1  # Robert/Bob; never James Lee and James Lee Jr
    left = dedupe_queue.queue(ws)
    assert len(left) == 1 and left[0].group.undecidable


def test_keying_a_repeat_warns_at_once_and_never_blocks(ws: Workspace, actor: Actor) -> None:
    key(ws, actor, ROSTER[:3])
    stored = log_section(ws, actor, Section("PAS-0009", 10)).value
    session = KeyingSession(ws, actor, stored.id)
    done = session.save(SignatureLine(1, "Bob", "Smith", "1234", "North Lake Ave", "", "", "91104"))
    (finding,) = [f for f in done.value.findings if f.code == "SIGNED_BEFORE"]
    assert finding.params["serial"] == "PAS-0001" and finding.params["line"] == 1
    assert "SIGNED_BEFORE" in done.value.line.problems  # stored with the line, sent in packets
    from recalldesk.wording.say import finding_text

    assert "section PAS-0001 line 1" in finding_text(finding.code, finding.params)
    assert "keyed today" in finding_text(finding.code, finding.params)
    household = session.save(
        SignatureLine(2, "Mary", "Smith", "1234", "N Lake Ave", "", "", "91104")
    )
    assert "SIGNED_BEFORE" not in household.value.line.problems
