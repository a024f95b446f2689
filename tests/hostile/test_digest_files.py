"""An office's sync meets hostile digest files: each is refused by name, the real one imported."""

from __future__ import annotations

from pathlib import Path

from recalldesk.ops.digests import write_digests
from recalldesk.ops.sync import import_digests_from
from tests.hostile.kit import edit_members, replace_text, run_cli, sheet_member
from tests.sync_world import World, open_site


def digest_for_pas(world: World, folder: Path) -> Path:
    world.pas.sync(world.out)
    world.merge()
    written = write_digests(world.hq.ws, world.hq.actor, folder, offices=["PAS"]).value
    return written[0].path


def test_junk_named_like_a_newer_digest_does_not_block_the_real_one(
    world: World, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    real = digest_for_pas(world, inbox)
    (inbox / "PAS-digest-000099.recalldesk-digest.xlsx").write_bytes(b"junk" * 100)
    done = import_digests_from(world.pas.ws, world.pas.actor, inbox).value
    assert done is not None and done.imported and done.path == real
    assert [p.name for p, _ in done.refused] == ["PAS-digest-000099.recalldesk-digest.xlsx"]


def test_a_digest_with_a_far_cell_does_not_end_the_offices_sync(
    world: World, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    real = digest_for_pas(world, tmp_path)

    def corner(parts: dict[str, bytes]) -> None:
        member = sheet_member(parts, "Manifest")
        cell = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        replace_text(parts, member, b"</sheetData>", cell + b"</sheetData>")

    edit_members(real, inbox / real.name, corner)
    pas_dir = world.pas.ws.db.path.parent
    (tmp_path / "out").mkdir()
    world.pas.close()
    run = run_cli(pas_dir, "sync", "--to", str(tmp_path / "out"), "--from", str(inbox))
    world.pas = open_site(pas_dir.parent, "PAS")
    assert "Traceback" not in run.text, run.text
    assert real.name in run.err and "XFD1048576" in run.err
