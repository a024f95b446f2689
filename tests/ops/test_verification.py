"""Verification by blind re-keying (issue 14): draw, blindness, the queue, verified, lost."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date

import pytest

from recalldesk.core import verification as rules
from recalldesk.core.records import Actor, Section, SectionStatus, SignatureLine, StaffRole
from recalldesk.ops import sign_in, verification
from recalldesk.ops.base import OpRefused
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit, lines, sections
from tests.conftest import ANA_PASSWORD
from tests.sync_world import World

V = StaffRole.VOLUNTEER
PAPER = [
    SignatureLine(1, "Ana", "Ruiz", "12", "Oak St", "", "Pasadena", "91101"),
    SignatureLine(2, "Bo", "Smith", "7", "Elm St", "", "Pasadena", "91101"),
    SignatureLine(3, "Cy", "Ng", "9", "Main St", "", "Pasadena", "91101"),
]


@pytest.fixture
def people(ws: Workspace) -> dict[str, Actor]:
    lead = sign_in.sign_in_by_name(ws, "Ana Reyes", ANA_PASSWORD).value
    out = {"lead": lead}
    for name, key in (("Tom Nguyen", "tom"), ("Grace Kim", "grace")):
        added = sign_in.add_member(ws, lead, name, V, "4821").value
        out[key] = sign_in.sign_in(ws, added.id, "4821").value
    return out


def keyed_section(ws: Workspace, people: dict[str, Actor], serial: str, typo: bool) -> int:
    """Tom keys the paper (with a typo on line 2 when asked); the lead closes it."""
    section = log_section(ws, people["lead"], whole(serial)).value
    session = KeyingSession(ws, people["tom"], section.id)
    for line in PAPER:
        wrong = typo and line.line_number == 2
        session.save(SignatureLine(**{**_dict(line), "last_name": "Smiht"}) if wrong else line)
    KeyingSession(ws, people["lead"], section.id).close()
    return section.id


def whole(serial: str, declared: int = 3) -> Section:
    """A section with a complete declaration (an incomplete one voids it: never drawn)."""
    return Section(
        serial, declared, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
        declaration_signed=True, declaration_dated=True, declaration_place=True,
        received_on=date(2022, 2, 10),
    )  # fmt: skip


def _dict(line: SignatureLine) -> dict[str, object]:
    return {f.name: getattr(line, f.name) for f in fields(line)}


def test_the_first_three_sections_of_a_new_volunteer_are_all_drawn(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    for n in range(4):
        keyed_section(ws, people, f"PAS-10{n}", typo=False)
    drawn = verification.draw(ws, people["lead"], seed=7).value
    reasons = {v.serial: v.reason for v in drawn.assigned}
    assert [reasons.get(f"PAS-10{n}") for n in range(3)] == ["new_operator"] * 3
    assert drawn.seed == 7 and drawn.rules.share == rules.DEFAULT_SHARE
    again = verification.draw(ws, people["lead"], seed=7).value
    assert again.assigned == [] or all(v.serial == "PAS-103" for v in again.assigned)
    with pytest.raises(OpRefused):
        verification.draw(ws, people["tom"])  # a volunteer does not choose


def test_the_draw_is_reproducible_and_near_its_share() -> None:
    uuids = [f"section-{n}" for n in range(10_000)]
    picked = [u for u in uuids if rules.chosen(2022, u, 0.10)]
    assert picked == [u for u in uuids if rules.chosen(2022, u, 0.10)]
    assert 900 < len(picked) < 1100
    assert picked != [u for u in uuids if rules.chosen(2023, u, 0.10)]


def test_a_high_error_rate_gets_a_larger_share(
    ws: Workspace, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rules.share_for(0.1, None) == 0.1 and rules.share_for(0.1, 4.0) == 0.1
    assert rules.share_for(0.1, 9.0) == pytest.approx(0.3) and rules.share_for(0.5, 9.0) == 1.0
    assert rules.errors_per_thousand(3, 100) is None  # too few fields to say
    ids = [keyed_section(ws, people, f"PAS-2{n:02d}", typo=False) for n in range(12)]
    verification.set_rules(ws, people["lead"], 0.1, 0)
    tom = people["tom"].operator_id or 0
    monkeypatch.setattr(verification, "error_rates", lambda _ws: {tom: 12.0})
    drawn = verification.draw(ws, people["lead"], seed=1).value
    expected = [sid for sid in ids if rules.chosen(
        1, sections.get_section(ws.db, sid).section.uuid, 0.3)]  # type: ignore[union-attr]  # fmt: skip
    assert sorted(v.section_id for v in drawn.assigned) == expected
    assert {v.reason for v in drawn.assigned} <= {"adaptive"}


def test_the_blind_session_holds_nothing_of_the_first_keying(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    section_id = keyed_section(ws, people, "PAS-300", typo=True)
    chosen = verification.assign(ws, people["lead"], "PAS-300").value
    with pytest.raises(OpRefused) as refused:
        verification.BlindSession(ws, people["tom"], chosen.id)  # never the first keyer
    assert refused.value.message.code == "verify.not_the_first"
    session = verification.BlindSession(ws, people["grace"], chosen.id)
    assert session.saved() == {} and session.row_count() == 3 and session.serial == "PAS-300"
    first_values = {v for line in PAPER for v in _dict(line).values() if isinstance(v, str) and v}
    held = [value for value in vars_of(session) if isinstance(value, str)]
    assert not first_values & set(held), "a value of the first keying reached the session"
    assert section_id == chosen.section_id


def vars_of(obj: object) -> list[object]:
    """Every value the object holds, one level into dataclasses."""
    out: list[object] = []
    for value in vars(obj).values():
        out.append(value)
        if is_dataclass(value) and not isinstance(value, type):
            out.extend(getattr(value, f.name) for f in fields(value))
    return out


def test_differences_are_settled_and_the_first_keying_corrected(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    section_id = keyed_section(ws, people, "PAS-400", typo=True)
    chosen = verification.assign(ws, people["lead"], "PAS-400").value
    session = verification.BlindSession(ws, people["grace"], chosen.id)
    slip = SignatureLine(3, "Cy", "Ng", "9", "Main St", "", "Pasadena", "91110")  # Grace's own
    for line in PAPER:
        session.save(line if line.line_number != 3 else slip)
    done = session.finish().value
    assert done.status == "differences" and done.open_differences == 2
    queue = verification.queue(ws, chosen.id)
    assert [(d.line_number, d.field, d.first_value, d.second_value) for d in queue] == [
        (2, "last_name", "Smiht", "Smith"),
        (3, "zip_code", "91101", "91110"),
    ]
    with pytest.raises(OpRefused):
        verification.settle(ws, people["tom"], queue[0].id, "first")  # not a volunteer's
    verification.settle(ws, people["lead"], queue[0].id, "second")  # the paper says Smith
    line = lines.line_in_section(ws.db, section_id, 2)
    assert line is not None and line.line.last_name == "Smith" and line.version == 2
    history = audit.history(ws.db, line.line.uuid)
    assert history[-1].reason is not None and history[-1].reason.code == "audit.verify_corrected"
    assert history[-1].operator == "Ana Reyes"
    stored = sections.get_section(ws.db, section_id)
    assert stored is not None and stored.section.status is SectionStatus.KEYED  # one left
    verification.settle(ws, people["lead"], queue[1].id, "first")  # Grace slipped
    stored = sections.get_section(ws.db, section_id)
    assert stored is not None and stored.section.status is SectionStatus.VERIFIED
    settled = verification.queue(ws, chosen.id)
    assert [d.blame for d in settled] == ["first", "second"]
    assert [d.decided_by for d in settled] == ["Ana Reyes", "Ana Reyes"]
    errors = verification.store.errors_by_operator(ws.db)
    tom, grace = people["tom"].operator_id or 0, people["grace"].operator_id or 0
    fields = 3 * len(rules.FIELDS)
    assert errors[tom] == (1, fields) and errors[grace] == (1, fields)


def test_a_typed_value_blames_both_and_no_difference_verifies_at_once(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    keyed_section(ws, people, "PAS-500", typo=True)
    chosen = verification.assign(ws, people["lead"], "PAS-500").value
    session = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER:
        session.save(line if line.line_number != 2 else SignatureLine(
            2, "Bo", "Smyth", "7", "Elm St", "", "Pasadena", "91101"))  # fmt: skip
    session.finish()
    (only,) = verification.queue(ws, chosen.id)
    verification.settle(ws, people["lead"], only.id, "typed", "  Smith ")
    assert verification.queue(ws, chosen.id)[0].blame == "both"
    clean_id = keyed_section(ws, people, "PAS-501", typo=False)
    clean = verification.assign(ws, people["lead"], "PAS-501").value
    blind = verification.BlindSession(ws, people["grace"], clean.id)
    for line in PAPER:
        blind.save(SignatureLine(**{**_dict(line), "first_name": line.first_name.upper()}))
    assert blind.finish().value.status == "verified"  # case is not a difference
    stored = sections.get_section(ws.db, clean_id)
    assert stored is not None and stored.section.status is SectionStatus.VERIFIED


def test_a_verified_section_changed_again_loses_it_and_says_why(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    section_id = keyed_section(ws, people, "PAS-600", typo=False)
    chosen = verification.assign(ws, people["lead"], "PAS-600").value
    blind = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER:
        blind.save(line)
    blind.finish()
    KeyingSession(ws, people["lead"], section_id).save(
        SignatureLine(1, "Anna", "Ruiz", "12", "Oak St", "", "Pasadena", "91101")
    )
    stored = sections.get_section(ws.db, section_id)
    assert stored is not None and stored.section.status is SectionStatus.KEYING
    lost = next(v for v in verification.verifications(ws) if v.id == chosen.id)
    assert lost.status == "lost" and '"line": 1' in lost.lost_reason
    assert '"by": "Ana Reyes"' in lost.lost_reason
    KeyingSession(ws, people["lead"], section_id).close()
    again = verification.assign(ws, people["lead"], "PAS-600").value  # may be verified anew
    assert again.id != chosen.id


def test_a_correction_travels_to_central_in_the_next_packet(world: World) -> None:
    pas = world.pas
    section = sections.find_section(pas.db, "PAS-0001")
    assert section is not None
    KeyingSession(pas.ws, pas.actor, section.id).close("lines 4 and 5 are blank")
    grace = sign_in.add_member(pas.ws, pas.actor, "Grace Kim", V, "4821").value
    verifier = sign_in.sign_in(pas.ws, grace.id, "4821").value
    chosen = verification.assign(pas.ws, pas.actor, "PAS-0001").value
    blind = verification.BlindSession(pas.ws, verifier, chosen.id)
    for first in lines.lines_for_section(pas.db, section.id):  # the paper, as Grace reads it
        line = first.line
        blind.save(SignatureLine(**{**_dict(line), "problems": (), "uuid": "",
                                    "last_name": "Okafore" if line.line_number == 2
                                    else line.last_name}))  # fmt: skip
    (difference,) = [d for d in verification.queue(pas.ws, blind.finish().value.id)]
    lee = "lee's password"
    other = sign_in.add_member(pas.ws, pas.actor, "Lee Park", StaffRole.LEAD, lee).value
    settler = sign_in.sign_in(pas.ws, other.id, lee).value  # not PAS-0001's keyer
    verification.settle(pas.ws, settler, difference.id, "second")
    assert not world.merge(pas.sync(world.out)).refused
    at_central = sections.find_section(world.hq.db, "PAS-0001")
    assert at_central is not None
    merged = lines.line_in_section(world.hq.db, at_central.id, 2)
    assert merged is not None and merged.line.last_name == "Okafore"


# --- found by a review (each failed before its fix) -------------------------------------


def test_only_a_lead_settles_so_a_verifier_cannot_rewrite_the_lines(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    """The verifier keyed "Mallory Evil" and settled it as the paper: a volunteer rewrote a
    closed section. Settling (which changes the lines) is a lead's, with the paper."""
    keyed_section(ws, people, "PAS-700", typo=False)
    chosen = verification.assign(ws, people["lead"], "PAS-700").value
    blind = verification.BlindSession(ws, people["grace"], chosen.id)
    blind.save(SignatureLine(1, "Mallory", "Evil", "1", "Fake St", "", "Pasadena", "91101"))
    blind.finish()
    first = verification.queue(ws, chosen.id)[0]
    with pytest.raises(OpRefused) as refused:
        verification.settle(ws, people["grace"], first.id, "second")
    assert refused.value.message.code == "permission.role"


def test_a_section_reopened_meanwhile_is_not_verified(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    section_id = keyed_section(ws, people, "PAS-710", typo=True)
    chosen = verification.assign(ws, people["lead"], "PAS-710").value
    blind = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER:
        blind.save(line)
    blind.finish()
    KeyingSession(ws, people["lead"], section_id).save(
        SignatureLine(3, "Cy", "Ngo", "9", "Main St", "", "Pasadena", "91101")
    )  # reopened: line 3 was never compared
    (difference,) = verification.queue(ws, chosen.id)
    with pytest.raises(OpRefused):
        verification.settle(ws, people["lead"], difference.id, "second")
    stored = sections.get_section(ws.db, section_id)
    assert stored is not None and stored.section.status is SectionStatus.KEYING
    assert next(v for v in verification.verifications(ws) if v.id == chosen.id).status == "lost"


def test_a_finished_blind_session_keys_nothing_more(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    keyed_section(ws, people, "PAS-720", typo=True)
    chosen = verification.assign(ws, people["lead"], "PAS-720").value
    blind = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER:
        blind.save(line)
    blind.finish()
    for late in (lambda: blind.save(PAPER[0]), blind.finish):
        with pytest.raises(OpRefused):
            late()
    assert len(verification.queue(ws, chosen.id)) == 1


def test_a_line_signed_or_not_is_compared(ws: Workspace, people: dict[str, Actor]) -> None:
    from dataclasses import replace as changed

    section = log_section(ws, people["lead"], Section("PAS-730", 3)).value
    first = KeyingSession(ws, people["tom"], section.id)
    for line in PAPER:
        first.save(changed(line, signature_present=line.line_number != 2))
    KeyingSession(ws, people["lead"], section.id).close()
    chosen = verification.assign(ws, people["lead"], "PAS-730").value
    blind = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER:
        blind.save(line)
    assert blind.finish().value.status == "differences"
    (difference,) = verification.queue(ws, chosen.id)
    assert (difference.line_number, difference.field) == (2, "signature_present")
    verification.settle(ws, people["lead"], difference.id, "second")
    fixed = lines.line_in_section(ws.db, section.id, 2)
    assert fixed is not None and fixed.line.signature_present


def test_a_purge_removes_the_second_keying_too(ws: Workspace, people: dict[str, Actor]) -> None:
    from recalldesk.store import purge as purge_store

    keyed_section(ws, people, "PAS-740", typo=True)
    chosen = verification.assign(ws, people["lead"], "PAS-740").value
    blind = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER:
        blind.save(line)
    blind.finish()
    with ws.db.transaction() as conn:
        purge_store.purge_personal(conn)
    kept = [tuple(r) for r in ws.db.query("SELECT * FROM verify_line")]
    values = [tuple(r) for r in ws.db.query(
        "SELECT first_value, second_value, value FROM discrepancy")]  # fmt: skip
    assert not any("Ruiz" in str(row) or "Oak St" in str(row) for row in kept)
    assert values and all(v == ("", "", "") for v in values)


def test_a_section_waiting_to_be_keyed_again_is_not_opened_by_volunteers(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    """Blind means blind: while a section waits for its second keying, a volunteer who did
    not key it cannot open it in the keying view and read the first keying (found by review)."""
    section_id = keyed_section(ws, people, "PAS-750", typo=False)
    chosen = verification.assign(ws, people["lead"], "PAS-750").value
    with pytest.raises(OpRefused) as refused:
        KeyingSession(ws, people["grace"], section_id)
    assert refused.value.message.code == "verify.blind_section"
    KeyingSession(ws, people["tom"], section_id)  # its keyer may review it
    KeyingSession(ws, people["lead"], section_id)  # and a lead
    blind = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER:
        blind.save(line)
    blind.finish()
    KeyingSession(ws, people["grace"], section_id)  # compared: nothing left to hide


def test_a_void_section_is_not_drawn_and_a_seed_has_bounds(
    ws: Workspace, people: dict[str, Actor]
) -> None:
    section_id = keyed_section(ws, people, "PAS-760", typo=False)
    ws.db.conn.execute("UPDATE section SET voided = 1 WHERE id = ?", (section_id,))
    assert verification.draw(ws, people["lead"], seed=3).value.assigned == []
    with pytest.raises(OpRefused):
        verification.draw(ws, people["lead"], seed=2**63)
