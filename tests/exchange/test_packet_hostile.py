"""Hostile or broken packets: each is refused with a plain reason and the master is unchanged."""

import re
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from recalldesk.exchange import signed_read
from recalldesk.exchange.package import Limits
from recalldesk.ops.merge import MergeReport, PacketOutcome
from recalldesk.ops.merge import merge_packets as merge_op
from recalldesk.ops.sync import write_packet
from recalldesk.wording import say, say_where
from recalldesk.wording.merge import report_lines
from tests.sync_world import (
    KEY,
    World,
    column_of,
    fingerprint,
    keep_old_seal,
    make_site,
    plain,
    replace_member,
    reseal,
    rewrite_packet,
    set_manifest,
)


@pytest.fixture
def packet(world: World) -> Path:
    """PAS's first packet; the master already holds GLN's work."""
    world.merge(world.gln.sync(world.out))
    return world.pas.sync(world.out)


def merge_packets(world: World, paths: list[Path], **kwargs: object) -> MergeReport:
    return merge_op(world.hq.ws, world.hq.actor, paths, **kwargs).value  # type: ignore[arg-type]


def words(outcome: PacketOutcome) -> str:
    """What the coordinator reads about one file (the wording's English)."""
    r = outcome.refusal
    if r is not None:
        return say_where(r.file, r.problem, r.sheet, r.row, r.column)
    return say(outcome.message) if outcome.message is not None else ""


def refused(world: World, path: Path, **kwargs: object) -> str:
    """Merge ``path`` and return the refusal, checking the master did not change at all."""
    before = fingerprint(world.hq.db)
    report = merge_packets(world, [path], **kwargs)
    (outcome,) = report.outcomes
    assert outcome.status == "refused", outcome
    assert fingerprint(world.hq.db) == before
    message = words(outcome)
    assert message.startswith(path.name + ": ")
    return message


def edit_cell(
    sheet: str, row: int, header: str, value: object
) -> Callable[[openpyxl.Workbook], None]:
    def edit(wb: openpyxl.Workbook) -> None:
        wb[sheet].cell(row, column_of(wb, sheet, header)).value = value

    return edit


def test_a_truncated_file(world: World, packet: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.recalldesk.xlsx"
    data = packet.read_bytes()  # as it travels: encrypted
    cut.write_bytes(data[: len(data) // 2])
    assert "encrypted file that cannot be opened" in refused(world, cut)
    data = plain(packet).read_bytes()  # the sealed workbook inside, cut
    cut.write_bytes(data[: len(data) // 2])
    assert "cut short on the way" in refused(world, cut)


def test_a_file_that_is_not_a_workbook(world: World, tmp_path: Path) -> None:
    fake = tmp_path / "PAS-00000000-000001.recalldesk.xlsx"
    fake.write_text("uuid,first_name\n1,Ana\n")
    assert "not an Excel workbook (.xlsx)" in refused(world, fake)


def test_a_packet_from_another_campaign(world: World, tmp_path: Path) -> None:
    stranger = make_site(tmp_path / "other", "PAS", key="another campaign's key")
    try:
        path = stranger.sync(tmp_path)
    finally:
        stranger.close()
    message = refused(world, path)
    assert "belongs to another campaign" in message and "different campaign keys" in message


def test_a_packet_from_a_newer_recalldesk(world: World, packet: Path, tmp_path: Path) -> None:
    newer = rewrite_packet(
        packet,
        tmp_path / "newer.recalldesk.xlsx",
        lambda wb: set_manifest(wb, "schema_version", "99"),
        resign=KEY,
    )
    message = refused(world, newer)
    assert "newer RecallDesk" in message and "database version 99" in message
    future = rewrite_packet(
        packet, tmp_path / "future.recalldesk.xlsx",
        lambda wb: set_manifest(wb, "format", "recalldesk-packet/9"), resign=KEY,
    )  # fmt: skip
    assert "newer RecallDesk (format recalldesk-packet/9" in refused(world, future)
    past = rewrite_packet(
        packet, tmp_path / "past.recalldesk.xlsx",
        lambda wb: set_manifest(wb, "format", "recalldesk-packet/1"), resign=KEY,
    )  # fmt: skip
    assert "older RecallDesk (format recalldesk-packet/1" in refused(world, past)


def test_a_tampered_cell(world: World, packet: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(plain(packet)) as book:
        xml = book.read("xl/worksheets/sheet6.xml")
    tampered = replace_member(
        packet, tmp_path / "tampered.recalldesk.xlsx", "xl/worksheets/sheet6.xml",
        xml.replace(b"<t>Ana</t>", b"<t>Mallory</t>", 1), resign=None,
    )  # fmt: skip
    keep_old_seal(packet, tampered)
    assert "signature does not match" in refused(world, tampered)


def test_a_packet_saved_by_excel_has_no_seal(world: World, packet: Path, tmp_path: Path) -> None:
    moved = rewrite_packet(
        packet, tmp_path / "moved.recalldesk.xlsx", lambda wb: set_manifest(wb, "sequence", "9")
    )
    assert "opened and saved in another program" in refused(world, moved)


def test_formulas_in_cells(world: World, packet: Path, tmp_path: Path) -> None:
    def add_formula(wb: openpyxl.Workbook) -> None:
        wb["Lines"].cell(3, column_of(wb, "Lines", "first_name")).value = '=HYPERLINK("http://x")'

    formula = rewrite_packet(packet, tmp_path / "formula.recalldesk.xlsx", add_formula, resign=KEY)
    message = refused(world, formula)
    assert "sheet Lines" in message and "cell D3 holds a formula" in message


def test_a_prefixed_formula_element_is_found_too(
    world: World, packet: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(plain(packet)) as book:
        xml = book.read("xl/worksheets/sheet6.xml").decode()
    xml = re.sub(r'(<c r="D2"[^>]*>)', r"\1<x:f>1+1</x:f>", xml, count=1)
    hostile = replace_member(
        packet, tmp_path / "x.recalldesk.xlsx", "xl/worksheets/sheet6.xml", xml.encode()
    )
    assert "cell D2 holds a formula" in refused(world, hostile)


def test_a_zip_bomb_is_refused_before_it_is_parsed(
    world: World, packet: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = replace_member(
        packet, tmp_path / "bomb.recalldesk.xlsx", "xl/worksheets/sheet9.xml", bytes(40 << 20)
    )
    assert bomb.stat().st_size < 1 << 20

    def never(*args: object) -> None:
        raise AssertionError("the parser must not see a zip bomb")

    monkeypatch.setattr(signed_read.CalamineWorkbook, "from_path", never)
    assert "looks like a zip bomb" in refused(world, bomb)


def test_an_oversized_workbook_is_refused_by_its_declared_size(world: World, packet: Path) -> None:
    small = Limits(max_uncompressed_bytes=10 << 10)
    assert "expands to more than 10 KB" in refused(world, packet, limits=small)
    message = refused(world, packet, limits=Limits(max_file_bytes=2048))
    assert "more than the 2 KB a workbook may have here" in message


def test_duplicate_uuids_in_one_packet(world: World, packet: Path, tmp_path: Path) -> None:
    def repeat(wb: openpyxl.Workbook) -> None:
        col = column_of(wb, "Lines", "uuid")
        wb["Lines"].cell(4, col).value = wb["Lines"].cell(2, col).value

    duplicated = rewrite_packet(packet, tmp_path / "dup.recalldesk.xlsx", repeat, resign=KEY)
    message = refused(world, duplicated)
    assert "sheet Lines, row 4, column uuid: repeats the UUID" in message
    assert "of data row 1" in message


def test_a_missing_sheet(world: World, packet: Path, tmp_path: Path) -> None:
    def drop(wb: openpyxl.Workbook) -> None:
        del wb["Circulators"]

    missing = rewrite_packet(packet, tmp_path / "nosheet.recalldesk.xlsx", drop, resign=KEY)
    assert "the sheet “Circulators” is missing" in refused(world, missing)


def test_a_missing_column(world: World, packet: Path, tmp_path: Path) -> None:
    def drop(wb: openpyxl.Workbook) -> None:
        wb["Lines"].delete_cols(column_of(wb, "Lines", "mark"))

    missing = rewrite_packet(packet, tmp_path / "nocol.recalldesk.xlsx", drop, resign=KEY)
    assert "sheet Lines, row 1: the header row must be: uuid | section_uuid" in refused(
        world, missing
    )


def test_an_extra_sheet(world: World, packet: Path, tmp_path: Path) -> None:
    extra = rewrite_packet(
        packet,
        tmp_path / "extra.recalldesk.xlsx",
        lambda wb: wb.create_sheet("Notes"),
        resign=KEY,
    )
    assert "unexpected sheet “Notes”" in refused(world, extra)


@pytest.mark.parametrize(
    ("header", "value", "expected"),
    [
        ("version", 2, "a number cell (2); every cell of a signed sheet is text"),
        ("version", "two", "is not a whole number of 1 or more"),
        (
            "version",
            "02",
            "is not a whole number of 1 or more (written without leading zeros) (found “02”)",
        ),
        ("mark", "smudged", "is not one of: '', 'blank', 'struck', 'withdrawn', 'illegible'"),
        ("uuid", "not-a-uuid", "is not a UUID"),
        ("created_at", "yesterday", "is not a real UTC time"),
        ("created_at", "2022-19-39T29:59:59Z", "is not a real UTC time"),
        ("updated_at", "2022-02-30T10:00:00Z", "is not a real UTC time"),
        ("signature_present", True, "a TRUE/FALSE cell"),
        ("origin_office", "", "is not an office code"),
        ("origin_office", "../../x", "is not an office code"),
        ("first_name", "A" * 201, "holds 201 characters, longer than the 200"),
    ],
)
def test_wrong_types_and_missing_required_fields(
    world: World, packet: Path, tmp_path: Path, header: str, value: object, expected: str
) -> None:
    bad = rewrite_packet(
        packet, tmp_path / "bad.recalldesk.xlsx", edit_cell("Lines", 3, header, value), resign=KEY
    )
    message = refused(world, bad)
    assert f"sheet Lines, row 3, column {header}: {expected}" in message


def test_a_date_that_does_not_exist(world: World, packet: Path, tmp_path: Path) -> None:
    bad = rewrite_packet(
        packet, tmp_path / "date.recalldesk.xlsx",
        edit_cell("Sections", 2, "received_on", "2022-02-30"), resign=KEY,
    )  # fmt: skip
    assert "column received_on: is not a date (YYYY-MM-DD)" in refused(world, bad)


def test_rows_missing_against_the_manifest(world: World, packet: Path, tmp_path: Path) -> None:
    def drop_last(wb: openpyxl.Workbook) -> None:
        wb["Lines"].delete_rows(wb["Lines"].max_row)

    short = rewrite_packet(packet, tmp_path / "short.recalldesk.xlsx", drop_last, resign=KEY)
    assert "sheet Lines: the sheet has 4 data rows but the manifest says 5" in refused(world, short)


def test_a_line_whose_section_is_nowhere(world: World, packet: Path, tmp_path: Path) -> None:
    orphan = rewrite_packet(
        packet, tmp_path / "orphan.recalldesk.xlsx",
        edit_cell("Lines", 2, "section_uuid", str(uuid.uuid4())), resign=KEY,
    )  # fmt: skip
    message = refused(world, orphan)
    assert "sheet Lines, row 2, column section_uuid: refers to section" in message
    assert "neither in this packet nor in the master database" in message


def test_a_serial_another_office_already_logged(world: World, tmp_path: Path) -> None:
    world.merge(world.pas.sync(world.out))
    world.gln.section("PAS-0001", 3)
    clash = world.gln.sync(tmp_path)
    message = refused(world, clash)
    assert "sheet Sections, row" in message and "column serial" in message
    assert "“PAS-0001” is already in the master database, logged by office PAS" in message


def test_a_file_that_does_not_exist(world: World, tmp_path: Path) -> None:
    report = merge_packets(world, [tmp_path / "gone.recalldesk.xlsx"])
    assert words(report.outcomes[0]) == "gone.recalldesk.xlsx: the file does not exist"


def test_a_refused_packet_does_not_stop_the_others(
    world: World, packet: Path, tmp_path: Path
) -> None:
    tampered = rewrite_packet(
        packet, world.out / "AAA-tampered.recalldesk.xlsx", edit_cell("Lines", 2, "city", "X")
    )
    report = world.merge()
    statuses = {o.path.name: o.status for o in report.outcomes}
    assert statuses[tampered.name] == "refused" and statuses[packet.name] == "merged"
    assert report_lines(report)[0] == "Packets: 1 merged, 1 skipped as already merged, 1 refused"


def test_no_row_is_dropped_when_the_stated_dimension_is_wrong(
    world: World, packet: Path, tmp_path: Path
) -> None:
    """openpyxl's read-only mode trusts <dimension>; python-calamine reads every row."""
    with zipfile.ZipFile(plain(packet)) as book:
        xml = book.read("xl/worksheets/sheet6.xml").decode()
    assert xml.count("<row ") == 6
    xml = re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:B2" />', xml)
    lying = replace_member(
        packet, tmp_path / "dim.recalldesk.xlsx", "xl/worksheets/sheet6.xml", xml.encode()
    )

    wb = openpyxl.load_workbook(lying, read_only=True)
    try:
        assert sum(1 for _ in wb["Lines"].iter_rows()) < 6  # the trap this reader avoids
    finally:
        wb.close()
    report = merge_packets(world, [lying])
    assert report.outcomes[0].status == "merged"
    assert report.outcomes[0].counts["Lines"].added == 5


def test_a_sheet_with_broken_xml(world: World, packet: Path, tmp_path: Path) -> None:
    broken = replace_member(
        packet, tmp_path / "broken.recalldesk.xlsx", "xl/worksheets/sheet6.xml",
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>uuid',
    )  # fmt: skip
    message = refused(world, broken)
    assert "sheet Lines" in message and "cannot be read" in message


def test_a_damaged_part(world: World, packet: Path, tmp_path: Path) -> None:
    data = bytearray(plain(packet).read_bytes())
    with zipfile.ZipFile(plain(packet)) as book:
        info = book.getinfo("xl/worksheets/sheet6.xml")
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle : middle + 8] = bytes(8)
    damaged = tmp_path / "damaged.recalldesk.xlsx"
    damaged.write_bytes(bytes(data))
    assert "signature does not match" in refused(world, damaged)  # damaged on the way
    reseal(damaged)  # damaged before it was sealed: the part itself is refused
    message = refused(world, damaged)
    assert "damaged" in message or "cannot be read" in message


def test_spilled_sheets_are_read_whole_and_located_exactly(world: World, tmp_path: Path) -> None:
    # 2 data rows a sheet:
    result = write_packet(world.pas.ws, world.pas.actor, tmp_path, max_rows_per_sheet=3).value
    assert result.path is not None
    titles = openpyxl.load_workbook(plain(result.path), read_only=True)
    try:
        assert titles.sheetnames[-4:] == ["Lines", "Lines 2", "Lines 3", "Keying"]
    finally:
        titles.close()
    bad = rewrite_packet(
        result.path, tmp_path / "spill.recalldesk.xlsx",
        edit_cell("Lines 2", 3, "version", "0"), resign=KEY,
    )  # fmt: skip
    assert "sheet Lines 2, row 3, column version" in refused(world, bad)
    fixed = rewrite_packet(
        result.path, tmp_path / "fixed.recalldesk.xlsx",
        edit_cell("Lines 2", 3, "first_name", "Ana Maria"), resign=KEY,
    )  # fmt: skip
    assert merge_packets(world, [fixed]).outcomes[0].status == "merged"
    report = merge_packets(world, [result.path])  # the same number, other content
    (outcome,) = report.outcomes
    assert outcome.status == "refused" and outcome.message is not None
    assert outcome.message.code == "merge.sequence_reused"


def test_a_cell_longer_than_excel_allows_is_refused(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer that does not cut (an older or hostile one) sends a 40,000-character name."""
    from recalldesk.exchange import xlsx_cells

    monkeypatch.setattr(xlsx_cells, "fit_cell", lambda text: text)
    world.pas.db.conn.execute(
        "UPDATE signature_line SET first_name = ?, change_seq = change_seq + 0 "
        "WHERE line_number = 2 AND section_id = 1",
        ("Ana" * 13_334,),
    )
    result = write_packet(world.pas.ws, world.pas.actor, tmp_path, full=True).value
    assert result.path is not None
    message = refused(world, result.path)
    assert "sheet Lines, row 3, column first_name: holds 40,002 characters" in message
