"""Attacks on the workbook container, made by someone holding a signing key.

Each file is merged from one folder beside a good packet: the good packet is
merged, the hostile one refused by name, and the process lives on.
"""

from __future__ import annotations

import random
import re

from tests.hostile.kit import MemberEdit, edit_members, replace_text, run_cli, sheet_member
from tests.sync_world import World, fingerprint, open_site

ANA = re.compile(rb"<is><t[^>]*>Ana</t></is>")  # the first line's first name, as written
MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def merge_beside_a_good_packet(world: World, edit: MemberEdit, name: str) -> str:
    """Sync GLN (good) and PAS (made hostile by ``edit``) into one folder; merge it at HQ."""
    world.gln.sync(world.out)
    pas = world.pas.sync(world.out)
    hostile = world.out / name
    edit_members(pas, hostile, edit)
    pas.unlink()
    world.hq.close()
    run = run_cli(world.hq.ws.db.path.parent, "merge", str(world.out))
    world.hq = open_site(world.hq.ws.db.path.parent.parent, "HQ")
    assert "Traceback" not in run.text, run.text
    assert run.code == 1, run.text  # 1: some file was refused; the run itself finished
    assert "1 merged" in run.out, run.text
    lines = {r[0] for r in world.hq.db.query("SELECT serial FROM section")}
    assert lines == {"GLN-0001"}  # the good packet, and nothing of the hostile one
    refusal = [line for line in run.out.splitlines() if name in line and "refused" in line]
    assert refusal, run.out
    return refusal[0]


def add_cell(member_title: str, ref: str) -> MemberEdit:
    def edit(parts: dict[str, bytes]) -> None:
        member = sheet_member(parts, member_title)
        row = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        cell = f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>'
        replace_text(parts, member, b"</sheetData>", cell.encode() + b"</sheetData>")

    return edit


def test_a_cell_at_the_far_corner_of_the_manifest(world: World) -> None:
    # calamine allocates the dense range: 1,048,576 x 16,384 cells for one extra cell.
    said = merge_beside_a_good_packet(
        world, add_cell("Manifest", "XFD1048576"), "corner.recalldesk.xlsx"
    )
    assert "XFD1048576" in said and "Manifest" in said


def test_a_far_cell_in_the_lines_sheet(world: World) -> None:
    said = merge_beside_a_good_packet(world, add_cell("Lines", "W1048576"), "far.recalldesk.xlsx")
    assert "row 1,048,576" in said or "1048576" in said


def test_two_sheets_with_one_name(world: World) -> None:
    def twin(parts: dict[str, bytes]) -> None:
        lines = sheet_member(parts, "Lines")
        parts["xl/worksheets/sheet99.xml"] = (
            parts[lines]
            .replace(b"<is><t>Ana</t></is>", b'<f>HYPERLINK("http://x")</f><v>Ana</v>', 1)
            .replace(b't="inlineStr"><f>', b't="str"><f>', 1)
        )
        replace_text(parts, "xl/_rels/workbook.xml.rels", b"</Relationships>",
                     f'<Relationship Type="{REL}/worksheet" Target="/xl/worksheets/sheet99.xml" '
                     f'Id="rId99" /></Relationships>'.encode())  # fmt: skip
        replace_text(parts, "xl/workbook.xml", b"</sheets>",
                     b'<sheet name="Lines" sheetId="99" state="visible" r:id="rId99" /></sheets>')  # fmt: skip

    said = merge_beside_a_good_packet(world, twin, "twin.recalldesk.xlsx")
    assert "two sheets" in said and "Lines" in said


def test_a_part_named_in_other_letter_case(world: World) -> None:
    def shout(parts: dict[str, bytes]) -> None:
        lines = sheet_member(parts, "Lines")
        data = ANA.sub(b"<f>1+1</f><v>Ana</v>", parts.pop(lines), 1)
        parts["XL/" + lines.removeprefix("xl/")] = data
        replace_text(parts, "xl/_rels/workbook.xml.rels", f"/{lines}".encode(),
                     f"/XL/{lines.removeprefix('xl/')}".encode())  # fmt: skip

    said = merge_beside_a_good_packet(world, shout, "case.recalldesk.xlsx")
    assert "XL/worksheets" in said


def test_a_long_namespace_prefix_across_a_read_boundary(world: World) -> None:
    def hide(parts: dict[str, bytes]) -> None:
        lines = sheet_member(parts, "Lines")
        data = parts[lines]
        prefix = b"p" * 300
        formula = b"<" + prefix + b":f xmlns:" + prefix + b'="' + MAIN + b'">1+1</' + prefix
        formula += b":f><v>Ana</v>"
        found = ANA.search(data)
        assert found is not None
        at = found.start()
        # Whitespace between elements is plain XML; it puts the tag across the 1 MiB mark
        # (mixed, so it does not compress like a zip bomb).
        rng = random.Random(5)
        pad = bytes(rng.choices(b" \t\r\n", k=(1 << 20) - 100 - at))
        parts[lines] = data[:at] + pad + formula + data[found.end() :]

    said = merge_beside_a_good_packet(world, hide, "prefix.recalldesk.xlsx")
    assert "formula" in said or "p:f" in said or "ppp" in said


def test_a_display_format_that_shows_another_name(world: World) -> None:
    def forge(parts: dict[str, bytes]) -> None:
        replace_text(parts, "xl/styles.xml", b'<numFmts count="0" />',
                     b'<numFmts count="1"><numFmt numFmtId="164" formatCode=";;;&quot;FORGED&quot;" /></numFmts>')  # fmt: skip
        replace_text(parts, "xl/styles.xml", b'<cellXfs count="4">', b'<cellXfs count="5">')
        replace_text(parts, "xl/styles.xml", b"</cellXfs>",
                     b'<xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" xfId="0" /></cellXfs>')  # fmt: skip
        lines = sheet_member(parts, "Lines")
        replace_text(
            parts, lines, b'<c r="D2" s="2" t="inlineStr">', b'<c r="D2" s="4" t="inlineStr">'
        )

    said = merge_beside_a_good_packet(world, forge, "format.recalldesk.xlsx")
    assert "display format" in said


def test_a_hyperlink(world: World) -> None:
    def link(parts: dict[str, bytes]) -> None:
        lines = sheet_member(parts, "Lines")
        replace_text(parts, lines, b"</sheetData>",
                     f'</sheetData><hyperlinks><hyperlink ref="D2" xmlns:r="{REL}" r:id="rId1" /></hyperlinks>'.encode())  # fmt: skip
        rels = lines.replace("worksheets/", "worksheets/_rels/") + ".rels"
        parts[rels] = (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="' + REL.encode() + b'/hyperlink" '
            b'Target="http://attacker.example/" TargetMode="External" /></Relationships>'
        )

    said = merge_beside_a_good_packet(world, link, "link.recalldesk.xlsx")
    assert "_rels" in said or "hyperlink" in said


def test_a_macro_part(world: World) -> None:
    def macro(parts: dict[str, bytes]) -> None:
        parts["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0" + bytes(600)
        replace_text(parts, "[Content_Types].xml", b"</Types>",
                     b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject" /></Types>')  # fmt: skip

    said = merge_beside_a_good_packet(world, macro, "macro.recalldesk.xlsx")
    assert "vbaProject.bin" in said


def test_an_external_link(world: World) -> None:
    def external(parts: dict[str, bytes]) -> None:
        parts["xl/externalLinks/externalLink1.xml"] = (
            b'<externalLink xmlns="'
            + MAIN
            + b'"><externalBook xmlns:r="'
            + REL.encode()
            + b'" r:id="rId1" /></externalLink>'
        )
        replace_text(parts, "xl/_rels/workbook.xml.rels", b"</Relationships>",
                     f'<Relationship Type="{REL}/externalLink" Target="externalLinks/externalLink1.xml" Id="rId50" /></Relationships>'.encode())  # fmt: skip
        replace_text(parts, "xl/workbook.xml", b"</sheets>",
                     b'</sheets><externalReferences><externalReference r:id="rId50" /></externalReferences>')  # fmt: skip

    said = merge_beside_a_good_packet(world, external, "external.recalldesk.xlsx")
    assert "externalLink" in said


def test_the_master_is_untouched_by_a_refused_file(world: World) -> None:
    world.gln.sync(world.out)
    world.merge()
    before = fingerprint(world.hq.db)
    pas = world.pas.sync(world.out)
    edit_members(pas, pas, add_cell("Manifest", "C2"))
    report = world.merge(pas)
    assert [o.status for o in report.outcomes] == ["refused"]
    after = fingerprint(world.hq.db)
    assert after == before
