"""Central's digests back to the offices: figures, standing, decisions; checked like packets."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from recalldesk.core.messages import Message
from recalldesk.ops import dedupe_queue, dedupe_run, duplicates
from recalldesk.ops.base import OpRefused
from recalldesk.ops.digests import DigestWritten
from recalldesk.ops.digests import write_digests as write_digests_op
from recalldesk.ops.merge import merge_packets
from recalldesk.ops.sync import DigestImported, Refused, import_digest, import_digests_from
from recalldesk.store import digests
from tests.sync_world import Site, World, fingerprint, keep_old_seal, plain, rewrite_packet


def write_digests(site: Site, folder: Path, **kwargs: object) -> list[DigestWritten]:
    return write_digests_op(site.ws, site.actor, folder, **kwargs).value  # type: ignore[arg-type]


def import_from(site: Site, folder: Path) -> DigestImported | None:
    return import_digests_from(site.ws, site.actor, folder).value


def decide(world: World, line: str, other: str, decision: str = duplicates.DUPLICATE) -> None:
    duplicates.decide(world.hq.ws, world.hq.actor, line, other, decision)


@pytest.fixture
def merged(world: World) -> World:
    world.pas.sync(world.out)
    world.gln.sync(world.out)
    world.merge()
    return world


def one_line(world: World, serial: str) -> str:
    return str(
        world.hq.db.scalar(
            "SELECT l.uuid FROM signature_line l JOIN section s ON s.id = l.section_id "
            "WHERE s.serial = ? AND l.line_number = 1",
            (serial,),
        )
    )


def test_central_writes_a_digest_per_office(merged: World, tmp_path: Path) -> None:
    pas_line, gln_line = one_line(merged, "PAS-0001"), one_line(merged, "GLN-0001")
    decide(merged, pas_line, gln_line)
    written = write_digests(merged.hq, tmp_path, today=date(2022, 6, 1))
    assert [(d.office_code, d.decisions) for d in written] == [("GLN", 1), ("PAS", 1)]
    assert written[1].path.name == "PAS-digest-000001.recalldesk-digest.xlsx"
    book = CalamineWorkbook.from_path(str(plain(written[1].path)))
    assert book.sheet_names == ["Manifest", "Campaign", "Standing", "Decisions"]
    figures = dict(book.get_sheet_by_name("Campaign").to_python()[1:])
    assert figures["lines_keyed"] == 8 and figures["days_left"] == 35  # numbers, not text
    assert figures["packets_merged"] == 2
    standing = book.get_sheet_by_name("Standing").to_python()
    assert [r[:2] for r in standing[1:]] == [[1, "PAS"], [2, "GLN"]]
    assert standing[1][-1].endswith(" UTC") and "T" not in standing[1][-1][:16]  # readable
    typed = openpyxl.load_workbook(plain(written[1].path))["Campaign"]
    formats = {r[0].value: r[1].number_format for r in typed.iter_rows(min_row=2)}
    assert formats["share_of_requirement"] == "0.00%" and formats["lines_keyed"] == "#,##0"
    (decision,) = book.get_sheet_by_name("Decisions").to_python()[1:]
    assert decision[0] == pas_line and decision[3] == "duplicate"
    assert decision[5:8] == ["GLN", "GLN-0001", "1"]  # the other office's reference


def test_the_office_imports_its_digest_and_sees_centrals_decisions(
    merged: World, tmp_path: Path
) -> None:
    pas_line, gln_line = one_line(merged, "PAS-0001"), one_line(merged, "GLN-0001")
    decide(merged, pas_line, gln_line)
    write_digests(merged.hq, merged.out)
    result = import_from(merged.pas, merged.out)
    assert result is not None and result.imported and result.decisions == 1
    (seen,) = digests.central_decisions(merged.pas.db, pas_line)
    assert (seen.other_office, seen.other_serial, seen.other_line_number) == ("GLN", "GLN-0001", 1)
    assert (seen.serial, seen.line_number, seen.decision) == ("PAS-0001", 1, "duplicate")
    view = digests.latest_digest(merged.pas.db)
    assert view is not None and view.sequence == 1 and view.figures["lines_keyed"] == "8"
    assert float(view.figures["share_of_requirement"]) < 0.01
    assert view.standing[0]["office_code"] == "PAS"

    again = import_from(merged.pas, merged.out)
    assert again is not None and not again.imported and again.latest == 1

    # A newer digest replaces what the older one said.
    decide(merged, pas_line, gln_line, duplicates.NOT_DUPLICATE)
    write_digests(merged.hq, merged.out)
    newer = import_from(merged.pas, merged.out)
    assert newer is not None and newer.sequence == 2
    assert [d.decision for d in digests.central_decisions(merged.pas.db)] == ["not_duplicate"]


def test_a_digest_for_another_office_is_refused(merged: World, tmp_path: Path) -> None:
    written = write_digests(merged.hq, tmp_path, offices=["GLN"])
    before = fingerprint(merged.pas.db)
    with pytest.raises(Refused) as refused:
        import_digest(merged.pas.ws, merged.pas.actor, written[0].path)
    assert refused.value.problem == Message(
        "file.digest_other_office", {"theirs": "GLN", "ours": "PAS"}
    )
    assert fingerprint(merged.pas.db) == before


def test_a_tampered_digest_is_refused(merged: World, tmp_path: Path) -> None:
    (written,) = write_digests(merged.hq, tmp_path, offices=["PAS"])

    def inflate(wb: openpyxl.Workbook) -> None:
        wb["Campaign"]["B6"] = "999999"

    tampered = rewrite_packet(written.path, tmp_path / "t.recalldesk-digest.xlsx", inflate)
    keep_old_seal(written.path, tampered)
    before = fingerprint(merged.pas.db)
    with pytest.raises(Refused) as refused:
        import_digest(merged.pas.ws, merged.pas.actor, tampered)
    assert refused.value.code == "file.seal_mismatch"
    assert fingerprint(merged.pas.db) == before


def test_packets_and_digests_are_not_mistaken_for_each_other(merged: World, tmp_path: Path) -> None:
    (written,) = write_digests(merged.hq, tmp_path, offices=["PAS"])
    report = merge_packets(merged.hq.ws, merged.hq.actor, [written.path]).value
    assert report.outcomes[0].message == Message(
        "file.wrong_kind", {"found": "digest", "expected": "packet"}
    )
    packet = next(merged.out.iterdir())
    with pytest.raises(Refused) as refused:
        import_digest(merged.pas.ws, merged.pas.actor, packet)
    assert refused.value.problem == Message(
        "file.wrong_kind", {"found": "packet", "expected": "digest"}
    )


def test_only_central_writes_digests(world: World, tmp_path: Path) -> None:
    with pytest.raises(OpRefused) as refused:
        write_digests(world.pas, tmp_path)
    assert refused.value.code == "permission.central_only"


def test_decisions_need_two_real_lines(merged: World) -> None:
    line = one_line(merged, "PAS-0001")
    with pytest.raises(OpRefused) as refused:
        decide(merged, line, line)
    assert refused.value.code == "duplicate.same_line"
    with pytest.raises(OpRefused) as refused:
        decide(merged, line, "00000000-0000-4000-8000-000000000000")
    assert refused.value.code == "duplicate.lines_missing"


def test_a_group_confirmed_at_central_reaches_the_office_in_its_digest(merged: World) -> None:
    # PAS-0001, PAS-0002 and GLN-0001 open with the same signer: one group across offices.
    dedupe_run.find_duplicates(merged.hq.ws, merged.hq.actor)
    pas_line, gln_line = one_line(merged, "PAS-0001"), one_line(merged, "GLN-0001")
    (group,) = [
        g for g in dedupe_queue.queue(merged.hq.ws) if {m.uuid for m in g.lines} >= {pas_line}
    ]
    assert gln_line in {m.uuid for m in group.lines} and len(group.lines) == 3
    dedupe_queue.confirm(merged.hq.ws, merged.hq.actor, group.group.id)
    write_digests(merged.hq, merged.out)
    for site, mine in ((merged.pas, pas_line), (merged.gln, gln_line)):
        result = import_from(site, merged.out)
        assert result is not None and result.imported and result.decisions >= 1
        seen = digests.central_decisions(site.db, mine)
        assert seen and {d.decision for d in seen} == {"duplicate"}
    assert {d.other_office for d in digests.central_decisions(merged.gln.db, gln_line)} == {"PAS"}
    view = digests.latest_digest(merged.gln.db)
    assert view is not None and view.figures["signed_more_than_once"] != "0"


def test_central_sees_each_offices_standing(merged: World) -> None:
    from datetime import UTC, datetime, timedelta

    from recalldesk.ops.standing import standing

    later = datetime.now(UTC) + timedelta(days=3)
    rows = {s.code: s for s in standing(merged.hq.ws, later)}
    assert set(rows) == {"PAS", "GLN"}
    assert rows["PAS"].packets == 1 and rows["PAS"].days_since == 3
    assert rows["GLN"].missing_packets == 0 and rows["GLN"].open_conflicts == 0


def test_an_office_never_heard_from_comes_before_one_heard_from_today(merged: World) -> None:
    from datetime import UTC, datetime

    from recalldesk.ops.standing import standing

    rows = standing(merged.hq.ws, datetime.now(UTC))
    assert all(r.days_since == 0 for r in rows)
    from recalldesk.core.records import FieldOffice
    from recalldesk.store import people

    people.ensure_office(merged.hq.db, merged.hq.actor, FieldOffice("SGV", "San Gabriel"))
    order = [r.code for r in standing(merged.hq.ws, datetime.now(UTC))]
    assert order[0] == "SGV" and set(order[1:]) == {"PAS", "GLN"}


def test_no_voter_of_the_voter_file_travels_in_a_digest(merged: World, tmp_path: Path) -> None:
    """The voter file stays at the central office (2 CCR 19001-19008): a digest built after
    importing it and matching every line holds no voter."""
    import zipfile

    from recalldesk.core.voter_file import DEMO_PRESET
    from recalldesk.ops import voter_match, voters
    from tests.ops.test_voters import voter, write

    rows = [voter(1, FirstName="ZEBULON", LastName="QUIXOTE", VoterID="LAZQ00001")]
    voters.import_voters(merged.hq.ws, merged.hq.actor, write(tmp_path / "v.tsv", rows),
                         DEMO_PRESET)  # fmt: skip
    voter_match.match_lines(merged.hq.ws, merged.hq.actor)
    out = tmp_path / "out"
    out.mkdir()
    written = write_digests(merged.hq, out, today=date(2022, 6, 1))
    assert written
    for digest in written:
        with zipfile.ZipFile(plain(digest.path)) as book:
            text = b"".join(book.read(name) for name in book.namelist()).upper()
        assert b"QUIXOTE" not in text and b"LAZQ00001" not in text


def test_a_merge_matches_its_new_lines_to_the_voter_file(
    world: World, tmp_path: Path, zips: object
) -> None:
    """With a voter file at central, the lines a merge brings get their predicted verdict
    at once: the dashboard's voter figures never wait for someone to press Match."""
    from recalldesk.core.voter_file import DEMO_PRESET
    from recalldesk.ops import voter_match, voters
    from tests.ops.test_voters import voter, write

    world.pas.sync(world.out)
    world.merge()
    rows = [voter(n, HouseNumber=str(100 + n), StreetName="LAKE") for n in range(1, 30)]
    voters.import_voters(world.hq.ws, world.hq.actor, write(tmp_path / "v.tsv", rows),
                         DEMO_PRESET)  # fmt: skip
    voter_match.match_lines(world.hq.ws, world.hq.actor)
    matched = world.hq.db.scalar("SELECT count(*) FROM voter_match")
    section = world.pas.section("PAS-0099")
    world.pas.key(zips, section.id, 3)  # type: ignore[arg-type]
    world.pas.sync(world.out)
    report = world.merge()
    assert report.voters_matched == 3
    from recalldesk.wording.merge import report_lines

    assert "Matched 3 new or changed lines to the voter file." in report_lines(report)
    assert world.hq.db.scalar("SELECT count(*) FROM voter_match") == matched + 3
