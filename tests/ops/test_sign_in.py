"""Signing in (issue 13): PIN hashes, lockout, who may manage whom, the first lead."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from recalldesk.core.passwords import hash_secret, secret_matches, secret_problem
from recalldesk.core.records import Actor, StaffRole
from recalldesk.ops import sign_in
from recalldesk.ops.base import OpRefused
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from tests.conftest import ANA_PASSWORD
from tests.sync_world import World, plain

V, L, C = StaffRole.VOLUNTEER, StaffRole.LEAD, StaffRole.COORDINATOR


def ana(ws: Workspace) -> Actor:
    return sign_in.sign_in_by_name(ws, "Ana Reyes", ANA_PASSWORD).value


def code_of(refused: pytest.ExceptionInfo[OpRefused]) -> str:
    return refused.value.message.code


def test_a_hash_is_salted_and_checked_in_full() -> None:
    one, two = hash_secret("4821"), hash_secret("4821")
    assert one != two and one.startswith("scrypt$16384$8$1$")
    assert secret_matches("4821", one) and secret_matches("4821", two)
    assert not secret_matches("4822", one) and not secret_matches("", one)
    assert not secret_matches("4821", "scrypt$16384$8$1$bad$hash")  # damaged: never a match
    assert not secret_matches("4821", "plain text")


def test_pins_and_passwords_have_a_floor() -> None:
    assert secret_problem("482", V) is not None and secret_problem("4821", V) is None
    assert secret_problem("1111", V) is not None and secret_problem("1234", V) is not None
    assert secret_problem("4821", L) is not None  # a lead needs a password
    assert secret_problem("correct horse", L) is None


def test_the_right_pin_signs_in_with_the_stored_role(ws: Workspace) -> None:
    actor = ana(ws)
    assert actor.role is L and actor.operator == "Ana Reyes" and actor.operator_id


def test_the_stored_hash_is_not_the_pin(ws: Workspace) -> None:
    added = sign_in.add_member(ws, ana(ws), "Tom Nguyen", V, "4821").value
    stored = ws.db.scalar("SELECT secret FROM credential WHERE operator_id = ?", (added.id,))
    assert "4821" not in stored
    raw = Path(ws.path).read_bytes() + Path(str(ws.path) + "-wal").read_bytes()
    assert b"4821" not in raw


def test_wrong_tries_lock_out_then_a_new_pin_lifts_it(ws: Workspace) -> None:
    lead = ana(ws)
    tom = sign_in.add_member(ws, lead, "Tom Nguyen", V, "4821").value
    now = datetime(2022, 3, 1, 10, 0, tzinfo=UTC)
    for left in (4, 3, 2, 1):
        with pytest.raises(OpRefused) as refused:
            sign_in.sign_in(ws, tom.id, "0000", now=now)
        assert code_of(refused) == "signin.wrong" and refused.value.message.params["left"] == left
    with pytest.raises(OpRefused) as refused:
        sign_in.sign_in(ws, tom.id, "0000", now=now)
    assert code_of(refused) == "signin.locked"
    with pytest.raises(OpRefused) as refused:  # even the right PIN waits
        sign_in.sign_in(ws, tom.id, "4821", now=now + timedelta(minutes=4))
    assert code_of(refused) == "signin.locked"
    assert sign_in.sign_in(ws, tom.id, "4821", now=now + timedelta(minutes=6)).value.role is V
    # The lockout was audited; the counter is back to zero.
    notes = [e for e in audit.history(ws.db, tom.operator.value.uuid) if e.reason]
    assert any(e.reason and e.reason.code == "audit.signin_locked" for e in notes)
    for _ in range(5):
        with pytest.raises(OpRefused):
            sign_in.sign_in(ws, tom.id, "0000", now=now)
    sign_in.set_secret(ws, lead, tom.id, "7315")
    assert sign_in.sign_in(ws, tom.id, "7315", now=now).value.operator == "Tom Nguyen"


def test_nobody_without_a_pin_signs_in(ws: Workspace) -> None:
    from recalldesk.core.records import Operator
    from recalldesk.store import people

    office = people.office_by_code(ws.db, "PAS")
    assert office is not None
    legacy = people.add_operator(ws.db, ana(ws), office.id, Operator("Old Timer"))
    for secret in ("", "anything"):
        with pytest.raises(OpRefused) as refused:
            sign_in.sign_in(ws, legacy.id, secret)
        assert code_of(refused) == "signin.no_pin"


def test_a_lead_manages_volunteers_but_not_above_their_role(ws: Workspace) -> None:
    lead = ana(ws)
    with pytest.raises(OpRefused) as refused:
        sign_in.add_member(ws, lead, "Cora Ortiz", C, "a long password")
    assert code_of(refused) == "signin.role_above_yours"
    tom = sign_in.add_member(ws, lead, "Tom Nguyen", V, "4821").value
    volunteer = sign_in.sign_in(ws, tom.id, "4821").value
    for attempt in (
        lambda: sign_in.add_member(ws, volunteer, "Sneaky", V, "9999x"),
        lambda: sign_in.set_role(ws, volunteer, tom.id, L),
        lambda: sign_in.set_secret(ws, volunteer, lead.operator_id or 0, "password123"),
        lambda: sign_in.remove_sign_in(ws, volunteer, lead.operator_id or 0),
        lambda: sign_in.set_idle_minutes(ws, volunteer, 120),
    ):
        with pytest.raises(OpRefused) as refused:
            attempt()
        assert code_of(refused) == "permission.role"
    assert sign_in.set_role(ws, lead, tom.id, L, "tom's password").value.role is L
    assert sign_in.sign_in(ws, tom.id, "tom's password").value.role is L  # a new lead


def test_nobody_changes_their_own_role_or_a_peers(ws: Workspace) -> None:
    lead = ana(ws)
    with pytest.raises(OpRefused) as refused:
        sign_in.set_role(ws, lead, lead.operator_id or 0, V)
    assert code_of(refused) == "signin.not_yourself"
    grace = sign_in.add_member(ws, lead, "Grace Kim", L, "grace's password").value
    other = sign_in.sign_in(ws, grace.id, "grace's password").value
    with pytest.raises(OpRefused) as refused:
        sign_in.set_role(ws, other, lead.operator_id or 0, V)  # a peer lead: no
    assert code_of(refused) == "signin.role_not_below"
    assert ana(ws).role is L


def test_changing_ones_own_pin_needs_the_old_one(ws: Workspace) -> None:
    lead = ana(ws)
    with pytest.raises(OpRefused) as refused:
        sign_in.change_own_secret(ws, lead, "not it", "a new password")
    assert code_of(refused) == "signin.old_wrong"
    sign_in.change_own_secret(ws, lead, ANA_PASSWORD, "a new password")
    with pytest.raises(OpRefused):
        sign_in.sign_in_by_name(ws, "Ana Reyes", ANA_PASSWORD)
    assert sign_in.sign_in_by_name(ws, "Ana Reyes", "a new password").value.role is L


def test_the_first_lead_is_named_once(ws: Workspace) -> None:
    ws.db.conn.execute("DELETE FROM credential")  # an older database: nobody may sign in
    assert sign_in.needs_first_manager(ws)
    with pytest.raises(OpRefused) as refused:
        sign_in.first_manager(ws, "Ana Reyes", "short")
    assert code_of(refused) == "signin.password_too_short"
    actor = sign_in.first_manager(ws, "ana reyes", "the office password").value
    assert actor.role is L and actor.operator == "Ana Reyes"  # the operator already listed
    assert not sign_in.needs_first_manager(ws)
    with pytest.raises(OpRefused) as refused:
        sign_in.first_manager(ws, "Mallory", "another password")
    assert code_of(refused) == "signin.manager_exists"
    assert [m.name for m in sign_in.roster(ws)] == ["Ana Reyes"]


def test_the_idle_lock_is_a_leads_setting(ws: Workspace) -> None:
    assert sign_in.idle_minutes(ws) == sign_in.DEFAULT_IDLE_MINUTES
    with pytest.raises(OpRefused):
        sign_in.set_idle_minutes(ws, ana(ws), 0)
    sign_in.set_idle_minutes(ws, ana(ws), 15)
    assert sign_in.idle_minutes(ws) == 15


def test_credentials_never_travel_in_a_packet(world: World) -> None:
    """A packet carries operators (their names stamp lines) but never a PIN hash."""
    pas = world.pas
    sign_in.add_member(pas.ws, pas.actor, "Tom Nguyen", V, "4821")
    with zipfile.ZipFile(plain(pas.sync(world.out))) as book:
        text = b"".join(book.read(n) for n in book.namelist())
    assert b"Tom Nguyen" in text and b"scrypt$" not in text
    report = world.merge()
    assert not report.refused
    assert world.hq.db.scalar("SELECT count(*) FROM credential") == 1  # central's own only


# --- found by an attacker's review (each failed before its fix) -------------------------


def test_demo_never_writes_into_a_set_up_database(ws: Workspace) -> None:
    """A demo on an office set up but empty would replace its campaign and name its lead."""
    from recalldesk.ops import demo

    before = ws.db.scalar("SELECT secret FROM credential")
    with pytest.raises(OpRefused) as refused:
        demo.fill_demo(ws, lines=50, offices=1, seed=1, central=True)
    assert code_of(refused) == "demo.not_empty"
    assert ws.db.scalar("SELECT secret FROM credential") == before
    assert ws.db.meta("role") != "central" and ana(ws).role is L


def test_tries_are_counted_before_the_pin_is_checked(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tries run side by side (commands started at once) get no more than five checks."""
    import threading

    from recalldesk.ops import sign_in as module

    tom = sign_in.add_member(ws, ana(ws), "Tom Nguyen", V, "4821").value
    checked: list[str] = []
    real = module.secret_matches

    def counting(secret: str, stored: str) -> bool:
        checked.append(secret)
        return real(secret, stored)

    monkeypatch.setattr(module, "secret_matches", counting)

    def guess(pin: str) -> None:
        other = Workspace.open(ws.path)
        try:
            sign_in.sign_in(other, tom.id, pin)
        except OpRefused:
            pass
        finally:
            other.close()

    threads = [threading.Thread(target=guess, args=(f"90{n:02d}",)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(checked) <= sign_in.TRIES
    with pytest.raises(OpRefused) as refused:
        sign_in.sign_in(ws, tom.id, "4821")
    assert code_of(refused) == "signin.locked"


def test_a_promotion_needs_a_password(ws: Workspace) -> None:
    lead = ana(ws)
    tom = sign_in.add_member(ws, lead, "Tom Nguyen", V, "4821").value
    with pytest.raises(OpRefused) as refused:
        sign_in.set_role(ws, lead, tom.id, L)
    assert code_of(refused) == "signin.promotion_needs_password"
    with pytest.raises(OpRefused):
        sign_in.set_role(ws, lead, tom.id, L, "4821")  # still a PIN
    sign_in.set_role(ws, lead, tom.id, L, "tom's new password")
    with pytest.raises(OpRefused):
        sign_in.sign_in(ws, tom.id, "4821")
    assert sign_in.sign_in(ws, tom.id, "tom's new password").value.role is L


def test_a_lead_manages_only_whom_they_outrank(ws: Workspace) -> None:
    lead = ana(ws)
    leo = sign_in.add_member(ws, lead, "Leo Diaz", L, "leo's password").value
    for attempt in (
        lambda: sign_in.set_secret(ws, lead, leo.id, "taken over!!"),  # a peer
        lambda: sign_in.remove_sign_in(ws, lead, leo.id),
        lambda: sign_in.set_role(ws, lead, leo.id, V),
    ):
        assert refused_code(attempt) == "signin.role_not_below"
    own = lambda: sign_in.set_secret(ws, lead, lead.operator_id or 0, "my new password")  # noqa: E731
    assert refused_code(own) == "signin.not_yourself"
    assert sign_in.sign_in(ws, leo.id, "leo's password").value.role is L


def refused_code(work: object) -> str:
    with pytest.raises(OpRefused) as refused:
        work()  # type: ignore[operator]
    return code_of(refused)


def test_guessing_ones_own_current_pin_counts_as_tries(ws: Workspace) -> None:
    tom = sign_in.add_member(ws, ana(ws), "Tom Nguyen", V, "4821").value
    volunteer = sign_in.sign_in(ws, tom.id, "4821").value
    for _ in range(sign_in.TRIES - 1):
        assert refused_code(lambda: sign_in.change_own_secret(ws, volunteer, "0000", "7315")) == (
            "signin.old_wrong"
        )
    assert refused_code(lambda: sign_in.change_own_secret(ws, volunteer, "0000", "7315")) == (
        "signin.locked"
    )


def test_a_lockout_is_not_stamped_with_the_locked_out_name(ws: Workspace) -> None:
    tom = sign_in.add_member(ws, ana(ws), "Tom Nguyen", V, "4821").value
    for _ in range(sign_in.TRIES):
        with pytest.raises(OpRefused):
            sign_in.sign_in(ws, tom.id, "0000")
    entries = audit.history(ws.db, tom.operator.value.uuid)
    locked = [e for e in entries if e.reason and e.reason.code == "audit.signin_locked"]
    assert len(locked) == 1 and locked[0].operator == sign_in.SIGN_IN_ACTOR


def test_a_sign_in_is_audited(ws: Workspace) -> None:
    actor = ana(ws)
    uuid = sign_in.roster(ws)[0].operator.value.uuid
    entries = audit.history(ws.db, uuid)
    assert entries[-1].reason is not None and entries[-1].reason.code == "audit.signed_in"
    assert entries[-1].operator == actor.operator


def test_a_restore_keeps_todays_sign_ins(ws: Workspace) -> None:
    """A backup's PINs are of its day (or, before schema v13, nobody's): a restore keeps
    today's, so a restore never reopens the first-lead door nor brings back a removed PIN."""
    from recalldesk.ops import backups

    lead = ana(ws)
    old = backups.take_backup(ws, "by-hand")
    ws.db.conn.execute("DELETE FROM credential")  # what a backup from before sign-in holds
    ws.db.checkpoint("TRUNCATE")
    import shutil

    shutil.copy(ws.path, old)
    sign_in.first_manager(ws, "Ana Reyes", ANA_PASSWORD)
    added = sign_in.add_member(ws, lead, "Tom Nguyen", V, "4821").value  # after the backup
    backups.restore_backup(ws, lead, old)
    assert not sign_in.needs_first_manager(ws)
    assert ana(ws).role is L
    assert sign_in.sign_in_by_name(ws, "Tom Nguyen", "4821").value.operator_id
    assert added.name == "Tom Nguyen"
