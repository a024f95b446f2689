"""Every operation checks the operator's role (issue 13), for the app and the CLI alike.

The table below is the issue's, written out independently of the code's: a
volunteer keys; a lead also runs intake, closes sections, syncs and manages the
office's operators; a coordinator merges, settles duplicates, draws the sample,
exports the master and manages keys. Then real operations are tried by the
wrong role and must change nothing.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from recalldesk.core.records import Actor, Section, StaffRole
from recalldesk.ops import keys, office_keys, purge, serial_ranges, sign_in
from recalldesk.ops.base import OpRefused, Permission
from recalldesk.ops.export import export_workbook
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.sync import write_packet
from recalldesk.ops.workspace import Workspace
from recalldesk.wording.export import export_texts
from tests.conftest import ANA_PASSWORD
from tests.sync_world import World

V, L, C = StaffRole.VOLUNTEER, StaffRole.LEAD, StaffRole.COORDINATOR
P = Permission

# The least role, at a field office and at central (None: not done in that kind of database).
EXPECTED: dict[Permission, tuple[StaffRole | None, StaffRole | None]] = {
    P.READ: (V, V),
    P.KEY: (V, V),
    P.VERIFY: (V, V),
    P.ASSIGN_VERIFICATION: (L, L),
    P.INTAKE: (L, L),
    P.CLOSE_SECTION: (L, L),
    P.MANAGE_OPERATORS: (L, L),
    P.SYNC: (L, None),
    P.MERGE: (None, C),
    P.DIGEST: (None, C),
    P.RESOLVE_CONFLICTS: (None, C),
    P.DECIDE_DUPLICATES: (L, C),
    P.SAMPLE: (None, C),
    P.VOTER_FILE: (None, C),
    P.EXPORT: (L, C),
    P.SETTINGS: (L, C),
    P.SET_UP: (L, C),
    P.PURGE: (L, C),
}


def test_the_table_covers_every_permission() -> None:
    assert set(EXPECTED) == set(Permission)


@pytest.mark.parametrize("permission", list(Permission), ids=str)
def test_each_permission_needs_its_role(world: World, permission: Permission) -> None:
    for site, expected in ((world.pas, EXPECTED[permission][0]),
                           (world.hq, EXPECTED[permission][1])):  # fmt: skip
        for role in StaffRole:
            actor = site.ws.actor("someone", None, role)
            allowed = expected is not None and role.covers(expected)
            assert site.ws.may(actor, permission) is allowed, (site.code, role, permission)


# Operations that take an actor but leave the check to the operation they call.
DELEGATES = {
    ("keying.py", "undo"),  # _apply: Permission.KEY
    ("keying.py", "redo"),
    ("keying.py", "_reopen_if_closed"),  # inside a checked change
    ("merge.py", "_merge_one"),  # merge_packets checks MERGE first
    ("verification.py", "_verified"),  # inside BlindSession.finish or settle (VERIFY)
    ("verification.py", "_correct"),
    ("verification.py", "lose_verified"),  # inside keying's checked change
    ("verification.py", "check_not_blind"),  # a read check, before KeyingSession's own
}


def test_every_operation_that_takes_an_actor_checks_a_permission() -> None:
    """A new operation cannot forget the check: its source must name a Permission."""
    missing = []
    for path in sorted(Path("recalldesk/ops").glob("*.py")):
        if path.name in ("workspace.py", "base.py"):
            continue
        text = path.read_text()
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.FunctionDef):
                continue
            if not any(a.arg == "actor" for a in node.args.args + node.args.kwonlyargs):
                continue
            source = ast.get_source_segment(text, node) or ""
            checks = "Permission." in source or "_permission(" in source
            if not checks and (path.name, node.name) not in DELEGATES:
                missing.append(f"{path.name}:{node.name}")
    assert missing == []


def refused(work: object) -> str:
    with pytest.raises(OpRefused) as error:
        work()  # type: ignore[operator]
    return error.value.message.code


def audit_count(ws: Workspace) -> int:
    return int(ws.db.scalar("SELECT count(*) FROM audit_log"))


def member(ws: Workspace, lead: Actor, name: str, role: StaffRole) -> Actor:
    secret = "a long password" if role is not V else "4821"
    added = sign_in.add_member(ws, lead, name, role, secret).value
    return sign_in.sign_in(ws, added.id, secret).value


SECTION = Section("PAS-9001", 3)


def test_a_volunteer_keys_but_runs_nothing_else_at_an_office(ws: Workspace, tmp_path: Path) -> None:
    lead = sign_in.sign_in_by_name(ws, "Ana Reyes", ANA_PASSWORD).value
    tom = member(ws, lead, "Tom Nguyen", V)
    section = log_section(ws, lead, SECTION).value
    from recalldesk.core.records import SignatureLine

    session = KeyingSession(ws, tom, section.id)
    session.save(SignatureLine(1, "Ana", "Ruiz", "12", "Oak St", "", "Pasadena", "91101"))
    before = audit_count(ws)
    attempts = {
        "intake": lambda: log_section(ws, tom, Section("PAS-9002", 3)),
        "close": lambda: session.close("short"),
        "sync": lambda: write_packet(ws, tom, tmp_path),
        "export": lambda: export_workbook(ws, tom, tmp_path / "x.xlsx", texts=export_texts()),
        "purge": lambda: purge.purge_drive(ws, tom),
        "office key": lambda: office_keys.make_own_key(ws, tom, "a long password"),
        "campaign key": lambda: keys.set_campaign_key(ws, tom, "a new campaign key 123"),
        "operators": lambda: sign_in.add_member(ws, tom, "Eve", V, "9999x"),
    }
    for name, work in attempts.items():
        assert refused(work) == "permission.role", name
    assert audit_count(ws) == before
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("PAS-*"))
    lead_session = KeyingSession(ws, lead, section.id)
    assert lead_session.close("two lines were blank").value is not None


def test_a_lead_at_central_runs_no_coordinators_work(world: World, tmp_path: Path) -> None:
    hq = world.hq
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    lee = member(hq.ws, hq.actor, "Lee Park", L)
    before = audit_count(hq.ws)
    from recalldesk.ops import conflicts, digests, sample
    from recalldesk.ops.merge import merge_packets

    attempts = {
        "merge": lambda: merge_packets(hq.ws, lee, [world.out]),
        "digest": lambda: digests.write_digests(hq.ws, lee, tmp_path),
        "conflict": lambda: conflicts.resolve(hq.ws, lee, 1, "office"),
        "sample": lambda: sample.draw(hq.ws, lee, size=100, seed=1),
        "serials": lambda: serial_ranges.issue(hq.ws, lee, "PAS", "PAS-0001", "PAS-0999"),
        "require": lambda: office_keys.set_require_signed(hq.ws, lee, True),
        "master export": lambda: export_workbook(
            hq.ws, lee, tmp_path / "m.xlsx", texts=export_texts()
        ),
        "purge": lambda: purge.purge_drive(hq.ws, lee),
        "coordinator": lambda: sign_in.add_member(hq.ws, lee, "Cy", C, "a long password"),
    }
    for name, work in attempts.items():
        assert refused(work) in ("permission.role", "signin.role_above_yours"), name
    assert audit_count(hq.ws) == before
    assert not list(tmp_path.iterdir())


def test_a_volunteer_cannot_reopen_a_section_a_lead_closed(ws: Workspace) -> None:
    """Changing a line of a closed section opens it again: closing was a lead's, so is that."""
    from recalldesk.core.records import LineMark, SectionStatus, SignatureLine

    lead = sign_in.sign_in_by_name(ws, "Ana Reyes", ANA_PASSWORD).value
    tom = member(ws, lead, "Tom Nguyen", V)
    section = log_section(ws, lead, Section("PAS-9003", 1)).value
    KeyingSession(ws, tom, section.id).save(
        SignatureLine(1, "Ana", "Ruiz", "12", "Oak St", "", "Pasadena", "91101")
    )
    KeyingSession(ws, lead, section.id).close()
    session = KeyingSession(ws, tom, section.id)
    before = audit_count(ws)
    changed = SignatureLine(1, "Anna", "Ruiz", "12", "Oak St", "", "Pasadena", "91101")
    assert refused(lambda: session.save(changed)) == "keying.reopen_needs_lead"
    assert refused(lambda: session.mark(1, LineMark.STRUCK)) == "keying.reopen_needs_lead"
    assert refused(lambda: session.delete(1)) == "keying.reopen_needs_lead"
    assert audit_count(ws) == before
    assert session.reload_section().section.status is SectionStatus.KEYED
