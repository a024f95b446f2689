"""What the operations layer guarantees, each reproduced from a failure found in trials.

Before the operations layer: undoing a line of a closed section left it
"keyed" with one line fewer and no reason in the audit log; setup ran as six
transactions; a refused section left its new circulator behind (and synced
it); the central office could key into an office's section; "lines keyed
today" counted UTC days; the rules always used the Los Angeles ZIP table.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from recalldesk.core.messages import Message
from recalldesk.core.records import (
    LA_COUNTY_DA_RECALL_2022,
    Actor,
    Circulator,
    FieldOffice,
    Operator,
    Role,
    Section,
    SectionStatus,
    SignatureLine,
    StaffRole,
)
from recalldesk.ops import keying, queries, setup
from recalldesk.ops.base import OpRefused
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit, lines, people
from recalldesk.store.connection import Database
from tests.sync_world import LEAD_PASSWORD as PASSWORD
from tests.sync_world import World

SECTION = Section("PAS-0007", 2, circulated_from=date(2022, 2, 1),
                  circulated_to=date(2022, 2, 3), declaration_signed=True,
                  declaration_dated=True, declaration_place=True)  # fmt: skip


def line(n: int) -> SignatureLine:
    return SignatureLine(n, "Ana", "Ruiz", str(10 + n), "Oak St", "", "Pasadena", "91101")


@pytest.fixture
def closed(ws: Workspace, actor: Actor) -> KeyingSession:
    """A two-line section, both lines keyed, closed as keyed."""
    session = KeyingSession(ws, actor, log_section(ws, actor, SECTION).value.id)
    session.save(line(1))
    session.save(line(2))
    session.close()
    assert session.section.section.status is SectionStatus.KEYED
    return session


def test_undoing_a_line_of_a_closed_section_reopens_it(
    closed: KeyingSession, ws: Workspace, actor: Actor, db: Database
) -> None:
    done = keying.undo(ws, actor, closed.history)
    assert done.changes.section_list and done.notes[0].code == "note.section_reopened"
    assert closed.reload_section().section.status is SectionStatus.KEYING
    assert closed.totals() == (1, 2)
    last = audit.history(db, closed.section.section.uuid)[-1]
    assert last.changes == {"status": ["keyed", "keying"]}
    assert last.reason == Message(
        "audit.reopened", {"was": "keyed", "cause": "step.accept", "line": 2}
    )


def test_an_edit_and_the_reopening_it_causes_are_one_change(
    closed: KeyingSession, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recalldesk.store import sections

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("power cut")

    before = int(db.scalar("SELECT count(*) FROM audit_log"))
    monkeypatch.setattr(sections, "set_status", broken)
    with pytest.raises(RuntimeError):
        closed.save(replace(line(2), last_name="Cruz"))
    assert int(db.scalar("SELECT count(*) FROM audit_log")) == before
    assert closed.line(2).line.last_name == "Ruiz"  # type: ignore[union-attr]
    monkeypatch.undo()
    done = closed.save(replace(line(1), last_name="Ruíz"))
    assert done.notes and closed.section.section.status is SectionStatus.KEYING


def test_a_refused_section_leaves_no_orphan_circulator(
    ws: Workspace, actor: Actor, db: Database
) -> None:
    log_section(ws, actor, SECTION)
    circulators = int(db.scalar("SELECT count(*) FROM circulator"))
    changes = int(db.scalar("SELECT value FROM meta WHERE key = 'change_seq'"))
    with pytest.raises(OpRefused) as refused:
        log_section(ws, actor, SECTION, new_circulator=Circulator("Sam Lee", "1 Elm St"))
    assert refused.value.code == "intake.duplicate_serial"
    assert int(db.scalar("SELECT count(*) FROM circulator")) == circulators
    assert int(db.scalar("SELECT value FROM meta WHERE key = 'change_seq'")) == changes


@pytest.fixture
def empty_ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "new" / "recalldesk.sqlite3")
    yield workspace
    workspace.close()


def test_setup_is_one_transaction(empty_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(people, "add_operator", broken)
    with pytest.raises(RuntimeError):
        setup.set_up(
            empty_ws,
            LA_COUNTY_DA_RECALL_2022,
            FieldOffice("PAS", "P"),
            Operator("Ana"),
            secret=PASSWORD,
        )
    for table in ("campaign", "office", "operator", "audit_log"):
        assert empty_ws.db.scalar(f"SELECT count(*) FROM {table}") == 0, table
    assert empty_ws.db.meta("office_code") == ""


def test_setup_refuses_a_county_with_no_zip_list(empty_ws: Workspace) -> None:
    nowhere = replace(LA_COUNTY_DA_RECALL_2022, county="Atlantis")
    with pytest.raises(OpRefused) as refused:
        setup.set_up(empty_ws, nowhere, FieldOffice("PAS", "P"), Operator("Ana"), secret=PASSWORD)
    assert refused.value.message == Message("campaign.county_unknown", {"county": "Atlantis"})
    assert empty_ws.db.scalar("SELECT count(*) FROM campaign") == 0


def test_the_rules_use_the_campaigns_county(empty_ws: Workspace) -> None:
    san_diego = replace(LA_COUNTY_DA_RECALL_2022, county="San Diego", jurisdiction="San Diego")
    ident = setup.set_up(
        empty_ws, san_diego, FieldOffice("SD", "S"), Operator("Ana"), secret=PASSWORD
    ).value
    actor = empty_ws.actor("Ana", ident.operator.id, StaffRole.LEAD)
    session = KeyingSession(empty_ws, actor, log_section(empty_ws, actor, SECTION).value.id)
    downtown_sd = session.save(SignatureLine(1, "Ana", "Ruiz", "1", "Broadway", "", "", "92101"))
    downtown_la = session.save(SignatureLine(2, "Bo", "Li", "1", "Main St", "", "", "90012"))
    assert downtown_sd.value.findings == ()
    assert [f.code for f in downtown_la.value.findings] == ["ZIP_OUT_OF_COUNTY"]


def test_central_sees_office_sections_read_only(world: World) -> None:
    from recalldesk.store import sections

    world.merge(world.pas.sync(world.out))
    hq = world.hq
    stored = sections.find_section(hq.db, "PAS-0001")
    assert stored is not None and stored.origin_office == "PAS"
    session = KeyingSession(hq.ws, hq.actor, stored.id)
    assert not session.editable
    before = lines.count_lines(hq.db)
    with pytest.raises(OpRefused) as refused:
        session.save(SignatureLine(4, "Eve", "Stone", "1", "Elm St", "", "", "91101"))
    assert refused.value.code == "keying.not_owner"
    assert refused.value.message.params["office"] == "PAS"
    with pytest.raises(OpRefused):
        session.close("checked")
    assert lines.count_lines(hq.db) == before
    assert sections.find_section(hq.db, "PAS-0001") == stored  # untouched


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
def test_lines_keyed_today_count_the_local_day(
    ws: Workspace, actor: Actor, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = KeyingSession(ws, actor, log_section(ws, actor, SECTION).value.id)
    session.save(line(1))
    session.save(line(2))
    # One line keyed at 20:30 in Los Angeles on March 1 (04:30 UTC on March 2).
    db.conn.execute(
        "UPDATE signature_line SET created_at = '2022-03-02T04:30:00.000Z' WHERE line_number = 1"
    )
    db.conn.execute(
        "UPDATE signature_line SET created_at = '2022-03-01T18:00:00.000Z' WHERE line_number = 2"
    )
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        assert queries.keyed_today(ws, None, date(2022, 3, 1)) == 2
        assert queries.keyed_today(ws, None, date(2022, 3, 2)) == 0
        assert datetime(2022, 3, 1, 20, 30).astimezone().utcoffset() is not None
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert os.environ.get("TZ") is None


def test_a_database_of_another_role_is_refused_the_others_work(world: World) -> None:
    from recalldesk.ops import merge, sync

    with pytest.raises(OpRefused) as refused:
        merge.merge_packets(world.pas.ws, world.pas.actor, [world.out])
    assert refused.value.code == "permission.central_only"
    with pytest.raises(OpRefused) as refused:
        sync.write_packet(world.hq.ws, world.hq.actor, world.out)
    assert refused.value.code == "permission.office_only"


def test_roles_are_stored(world: World) -> None:
    assert world.hq.ws.role is Role.CENTRAL and world.pas.ws.role is Role.OFFICE
