"""Values behind a valid seal are checked as if unsigned: bounded, parsed, never used raw."""

from __future__ import annotations

import random
import re
import string
from pathlib import Path

from recalldesk.core.sync_gaps import Received, find_gaps
from recalldesk.ops.digests import write_digests
from recalldesk.wording.merge import gap_text
from tests.hostile.kit import edit_members, sheet_member
from tests.sync_world import World, fingerprint


def set_manifest(field: str, value: str):  # type: ignore[no-untyped-def]
    def edit(parts: dict[str, bytes]) -> None:
        member = sheet_member(parts, "Manifest")
        pattern = re.compile(
            rb"(<t>" + field.encode() + rb"</t></is></c><c [^>]*><is><t[^>]*>)[^<]*(</t>)"
        )
        data, n = pattern.subn(lambda m: m.group(1) + value.encode() + m.group(2), parts[member])
        assert n == 1, field
        parts[member] = data

    return edit


def set_first(sheet: str, old: str, new: str):  # type: ignore[no-untyped-def]
    def edit(parts: dict[str, bytes]) -> None:
        member = sheet_member(parts, sheet)
        pattern = re.compile(rb"(<t[^>]*>)" + re.escape(old.encode()) + rb"(</t>)")
        data, n = pattern.subn(lambda m: m.group(1) + new.encode() + m.group(2), parts[member], 1)
        assert n == 1, (sheet, old)
        parts[member] = data

    return edit


def noise(size: int) -> str:
    """Text that does not compress much, as an attacker would send (not a zip bomb)."""
    rng = random.Random(9)
    return "".join(rng.choices(string.ascii_letters, k=size))


def merge_after_a_good_one(world: World, edit, name: str) -> str:  # type: ignore[no-untyped-def]
    """GLN's good packet and then PAS's edited one in one run: GLN must stay merged."""
    gln = world.gln.sync(world.out)
    pas = world.pas.sync(world.out)
    hostile = edit_members(pas, world.out / name, edit)
    pas.unlink()
    report = world.merge(gln, hostile)
    statuses = [(o.path.name, o.status) for o in report.outcomes]
    assert statuses == [(gln.name, "merged"), (name, "refused")], statuses
    assert {r[0] for r in world.hq.db.query("SELECT serial FROM section")} == {"GLN-0001"}
    refusal = report.outcomes[1].refusal
    assert refusal is not None
    from recalldesk.wording import say_where

    return say_where(refusal.file, refusal.problem, refusal.sheet, refusal.row, refusal.column)


def test_a_sequence_beyond_sqlites_integers(world: World) -> None:
    said = merge_after_a_good_one(
        world, set_manifest("sequence", str(2**63)), "big.recalldesk.xlsx"
    )
    assert "sequence" in said


def test_a_sequence_of_a_trillion(world: World) -> None:
    said = merge_after_a_good_one(world, set_manifest("sequence", str(10**12)), "t.recalldesk.xlsx")
    assert "sequence" in said


def test_the_gap_report_does_not_list_a_trillion_numbers() -> None:
    gaps = find_gaps([Received("PAS", "d" * 36, 1, 0), Received("PAS", "d" * 36, 10**12, 5)])
    (gap,) = gaps
    assert gap.count == 10**12 - 2
    said = gap_text(gap)
    assert "2–999,999,999,999" in said and "999,999,999,998 packets" in said


def test_an_office_code_that_is_a_path(world: World) -> None:
    def move(parts: dict[str, bytes]) -> None:
        set_manifest("office_code", "../../x")(parts)
        for title in ("Offices", "Operators", "Sections", "Lines", "Circulators"):
            member = sheet_member(parts, title)
            parts[member] = parts[member].replace(b"<t>PAS</t>", b"<t>../../x</t>")

    said = merge_after_a_good_one(world, move, "path.recalldesk.xlsx")
    assert "../../x" in said and "office code" in said


def test_a_digest_never_writes_outside_its_folder(world: World, tmp_path: Path) -> None:
    world.merge(world.gln.sync(world.out))
    with world.hq.db.transaction() as conn:  # as an older version might have let in
        conn.execute("UPDATE office SET code = '../../escaped' WHERE code = 'GLN'")
        conn.execute("UPDATE sync_packet SET office_code = '../../escaped'")
    folder = tmp_path / "digests" / "inner"
    folder.mkdir(parents=True)
    written = write_digests(world.hq.ws, world.hq.actor, folder).value
    assert all(d.path.parent == folder for d in written)
    assert not list(tmp_path.rglob("*escaped*"))


def test_a_timestamp_that_is_no_time(world: World) -> None:
    def stamp(parts: dict[str, bytes]) -> None:
        member = sheet_member(parts, "Lines")
        data, n = re.subn(rb"(<t[^>]*>)20\d\d-\d\d-\d\dT[^<]*Z</t>",
                          rb"\g<1>2022-19-39T29:59:59Z</t>", parts[member], count=1)  # fmt: skip
        assert n == 1
        parts[member] = data

    said = merge_after_a_good_one(world, stamp, "stamp.recalldesk.xlsx")
    assert "2022-19-39T29:59:59Z" in said


def test_a_name_of_ten_megabytes(world: World) -> None:
    huge = noise(10 << 20)
    said = merge_after_a_good_one(world, set_first("Lines", "Ana", huge), "huge.recalldesk.xlsx")
    assert "first_name" in said and "more than the 32,767 a cell may hold" in said


def test_a_campaign_name_of_ten_megabytes(world: World) -> None:
    edit = set_manifest("campaign_name", noise(10 << 20))
    said = merge_after_a_good_one(world, edit, "cname.recalldesk.xlsx")
    assert "campaign_name" in said


def test_a_version_beyond_sqlites_integers(world: World) -> None:
    def bump(parts: dict[str, bytes]) -> None:
        member = sheet_member(parts, "Lines")
        # The version column follows origin_device (a uuid); its value is "1" for new lines.
        data, n = re.subn(rb'(<c r="T2"[^>]*><is><t[^>]*>)1(</t>)',
                          rb"\g<1>" + str(2**63).encode() + rb"\2", parts[member])  # fmt: skip
        assert n == 1
        parts[member] = data

    said = merge_after_a_good_one(world, bump, "version.recalldesk.xlsx")
    assert "version" in said


def test_a_refused_file_leaves_the_master_unchanged(world: World) -> None:
    world.merge(world.gln.sync(world.out))
    before = fingerprint(world.hq.db)
    pas = world.pas.sync(world.out)
    hostile = edit_members(
        pas, world.out / "x.recalldesk.xlsx", set_manifest("sequence", str(2**63))
    )
    report = world.merge(hostile)
    assert [o.status for o in report.outcomes] == ["refused"]
    assert fingerprint(world.hq.db) == before
