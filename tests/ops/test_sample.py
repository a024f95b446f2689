"""Drawing the campaign's sample, recording results, and what the results project."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from recalldesk.core.projection import Outcome, project
from recalldesk.core.records import Actor, LineMark, Role, Section, SignatureLine
from recalldesk.core.sampling import DUPLICATE, WITHDRAWN, Result
from recalldesk.ops import dedupe_queue, dedupe_run, sample
from recalldesk.ops.base import OpRefused
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.store import campaign as campaign_store

NAMES = ["Ana Ruiz", "Luis Soto", "Mary Chen", "John Park", "Rosa Diaz", "Omar Aziz"]


@pytest.fixture
def central(ws: Workspace) -> Workspace:
    campaign_store.set_meta(ws.db, "role", str(Role.CENTRAL))
    ws.reload()
    return ws


def key_lines(ws: Workspace, actor: Actor, serial: str, people: list[str]) -> KeyingSession:
    section = Section(
        serial, 20, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
        declaration_signed=True, declaration_dated=True, declaration_place=True,
        received_on=date(2022, 2, 10),
    )  # fmt: skip
    session = KeyingSession(ws, actor, log_section(ws, actor, section).value.id)
    for n, person in enumerate(people, start=1):
        first, last = person.split()
        session.save(SignatureLine(n, first, last, str(100 + n), "Elm St", "", "", "91104"))
    return session


def test_only_the_central_office_draws(ws: Workspace, actor: Actor) -> None:
    key_lines(ws, actor, "PAS-0001", NAMES)
    with pytest.raises(OpRefused):
        sample.draw(ws, actor, size=3)


def test_a_draw_is_kept_with_its_seed_and_draws_again_the_same(
    central: Workspace, actor: Actor
) -> None:
    key_lines(central, actor, "PAS-0001", NAMES)
    first = sample.draw(central, actor, size=3, seed=2022).value
    again = sample.draw(central, actor, size=3, seed=2022).value
    assert (first.seed, first.raw_count, first.size) == (2022, 6, 3)
    picked = [r.line_uuid for r in sample.rows(central, first.id)]
    assert picked == [r.line_uuid for r in sample.rows(central, again.id)]
    assert [d.id for d in sample.draws(central)] == [again.id, first.id]  # latest first
    default = sample.draw(central, actor).value
    assert default.size == 6  # max(500, 5%) of 6 signatures is all of them
    entry = central.db.query("SELECT action, entity FROM audit_log ORDER BY id DESC LIMIT 1")
    assert [tuple(e) for e in entry] == [("insert", "sample_draw")]


def test_results_project_with_the_registrars_formula(central: Workspace, actor: Actor) -> None:
    session = key_lines(central, actor, "PAS-0001", NAMES)
    omar = SignatureLine(6, "Omar", "Aziz", "106", "Elm St", "", "", "91104")
    session.save(replace(omar, mark=LineMark.WITHDRAWN))
    drawn = sample.draw(central, actor, size=6, seed=1).value
    rows = sample.rows(central, drawn.id)
    assert all(r.serial == "PAS-0001" for r in rows)
    by_name = {r.first_name: r.position for r in rows}
    results = [
        (by_name["Ana"], Result.VALID),
        (by_name["Luis"], Result.VALID),
        (by_name["Mary"], Result.NOT_REGISTERED),
        (by_name["John"], Result.VALID),
        (by_name["Omar"], Result.VALID),  # withdrawn on paper: never valid
    ]
    assert sample.record_results(central, actor, drawn.id, results).value == 5
    found = sample.findings(central, drawn.id)
    assert found.count.checked == 5 and found.count.pending == 1
    assert (found.count.valid, found.count.duplicates) == (3, 0)
    assert found.count.by_result[WITHDRAWN] == 1
    assert found.projection == project(6, 5, 3, 0)
    assert found.outcome is Outcome.FAILS
    assert found.interval is not None and found.interval[0] < 0.6 < found.interval[1]
    # Recording the same results again changes nothing.
    assert sample.record_results(central, actor, drawn.id, results).value == 0


def test_duplicates_in_the_sample_come_from_confirmed_groups(
    central: Workspace, actor: Actor
) -> None:
    key_lines(central, actor, "PAS-0001", NAMES)
    key_lines(central, actor, "PAS-0002", ["Ana Ruiz"])  # Ana signed twice
    dedupe_run.find_duplicates(central, actor)
    (group,) = dedupe_queue.queue(central)
    dedupe_queue.confirm(central, actor, group.group.id)
    drawn = sample.draw(central, actor, size=7, seed=3).value
    everyone = [(r.position, Result.VALID) for r in sample.rows(central, drawn.id)]
    sample.record_results(central, actor, drawn.id, everyone)
    found = sample.findings(central, drawn.id)
    assert (found.count.valid, found.count.duplicates) == (6, 1)
    assert found.count.by_result[DUPLICATE] == 1


def test_bad_results_change_nothing(central: Workspace, actor: Actor) -> None:
    key_lines(central, actor, "PAS-0001", NAMES)
    drawn = sample.draw(central, actor, size=3, seed=5).value
    with pytest.raises(OpRefused) as refused:
        sample.record_results(central, actor, drawn.id, [(1, Result.VALID), (9, Result.VALID)])
    assert refused.value.message.code == "sample.no_position"
    assert sample.findings(central, drawn.id).count.checked == 0
    with pytest.raises(OpRefused):
        sample.draw(central, actor, size=0)
    with pytest.raises(OpRefused):
        sample.findings(central, 999)
