"""The end of the drive (issue 13): a purge removes the signers' personal data, provably.

EC 18650 lets a campaign use what signers wrote only to qualify the petition.
After filing, ``purge`` removes every signer's name and address from the
database, its WAL, its backups and the voter file, keeps the figures and the
audit of the purge, and says what it removed. The proof: no file in the data
folder holds a signer's name, byte for byte.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from recalldesk.core.records import Actor, Circulator, Section, SignatureLine
from recalldesk.core.voter_file import DEMO_PRESET
from recalldesk.ops import purge, queries, sync, voters
from recalldesk.ops.backups import take_backup
from recalldesk.ops.base import OpRefused
from recalldesk.ops.intake import log_section
from recalldesk.ops.workspace import Workspace
from recalldesk.store.sections import SectionFilter
from tests.ops.test_sample import central, key_lines  # noqa: F401 - fixture
from tests.ops.test_voters import voter, write

# Spellings no test data, schema or message holds: found anywhere, they are the signers'.
SIGNERS = ["Zebulon Quixote", "Xanthippe Vorhees"]
STREET = "Xylophone"


def holding(folder: Path, *needles: bytes) -> list[str]:
    """The files under ``folder`` whose raw bytes hold any of ``needles`` (any case)."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes().upper()
            if any(n.upper() in data for n in needles):
                found.append(str(path.relative_to(folder)))
    return sorted(found)


# The signers' names, a corrected street, a circulator's street (the circulator's name,
# on every petition, stays: see store.purge).
NEEDLES = (b"QUIXOTE", b"VORHEES", b"XANTHIPPE", b"ZEBULON", b"XYLOPHONE")


def voter_file(tmp_path: Path) -> Path:
    """A one-voter file, outside the data folder (which is searched byte for byte)."""
    folder = tmp_path / "received"
    folder.mkdir(exist_ok=True)
    return write(folder / "voters.tsv", [voter(1, LastName="QUIXOTE")])


def drive_with_history(ws: Workspace, actor: Actor, tmp_path: Path) -> None:
    """Lines keyed, one corrected (the audit holds both spellings), a circulator with an
    address, the voter file, and a backup taken (it holds them all)."""
    session = key_lines(ws, actor, "PAS-0001", SIGNERS)
    first = session.saved_lines()[0]
    session.save(replace(first.line, street_name=f"{STREET} Ave"))
    log_section(
        ws, actor, Section("PAS-0002", 5, received_on=date(2022, 2, 10)),
        new_circulator=Circulator("Pat Circulane", "9 Xylophone Way", "Pasadena", "91101"),
    )  # fmt: skip
    voters.set_office_copy(ws, actor, True)
    voters.import_voters(ws, actor, voter_file(tmp_path), DEMO_PRESET)
    take_backup(ws, "daily")


def test_a_purge_leaves_no_signer_anywhere_in_the_data_folder(
    ws: Workspace, actor: Actor, tmp_path: Path
) -> None:
    drive_with_history(ws, actor, tmp_path)
    folder = ws.path.parent
    ws.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert holding(folder, *NEEDLES)  # the database and its backup hold them
    raw = queries.raw_signatures(ws)
    figures = queries.dashboard_figures(ws, date(2022, 5, 1))
    done = purge.purge_drive(ws, actor).value
    assert done.lines == 2 and done.voters == 1 and done.backups >= 1
    assert done.audit_entries >= 3  # two lines saved, one corrected
    assert holding(folder, *NEEDLES) == []
    # The figures stay: every line is still counted, by section.
    assert queries.raw_signatures(ws) == raw
    assert queries.dashboard_figures(ws, date(2022, 5, 1)) == figures
    assert [s.section.serial for s in queries.section_page(ws, SectionFilter(), 0, 10)] == [
        "PAS-0001",
        "PAS-0002",
    ]
    # The purge itself is in the audit, with what it removed.
    last = ws.db.query("SELECT action, entity, changes FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert (last[0], last[1]) == ("bulk", "purge") and '"lines": 2' in last[2]


def test_nothing_is_sent_or_merged_after_a_purge(
    ws: Workspace, actor: Actor, tmp_path: Path
) -> None:
    key_lines(ws, actor, "PAS-0001", SIGNERS)
    purge.purge_drive(ws, actor)
    with pytest.raises(OpRefused) as refused:
        sync.write_packet(ws, actor, tmp_path / "usb")
    assert refused.value.message.code == "purge.done"
    with pytest.raises(OpRefused):
        purge.purge_drive(ws, actor)  # once is enough: it says so


def test_a_purge_at_central_removes_the_voter_file_too(
    central: Workspace,  # noqa: F811 - the fixture
    actor: Actor,
    tmp_path: Path,
) -> None:
    key_lines(central, actor, "PAS-0001", SIGNERS[:1])
    voters.import_voters(
        central, actor, voter_file(tmp_path), DEMO_PRESET, received_on=date(2022, 6, 1)
    )
    done = purge.purge_drive(central, actor).value
    assert done.voters == 1 and done.lines == 1
    central.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert holding(central.path.parent, *NEEDLES) == []
    assert voters.files(central)[0].file_name == "voters.tsv"  # provenance is kept


def test_the_purge_says_what_it_removed(ws: Workspace, actor: Actor, tmp_path: Path) -> None:
    from recalldesk.wording.purge import purge_lines

    drive_with_history(ws, actor, tmp_path)
    said = "\n".join(purge_lines(purge.purge_drive(ws, actor).value))
    assert "2 signature lines" in said and "1 voter" in said and "backup" in said
    assert "figures" in said


def test_signature_line_kept_keys_are_gone(ws: Workspace, actor: Actor) -> None:
    key_lines(ws, actor, "PAS-0001", SIGNERS)
    purge.purge_drive(ws, actor)
    rows = ws.db.query(
        "SELECT first_name, last_name, street_number, street_name, city, zip_code, name_key, "
        "address_key FROM signature_line"
    )
    assert {tuple(r) for r in rows} == {("",) * 8}
    assert SignatureLine  # the record type still reads them


def test_the_command_line_says_first_then_purges(tmp_path: Path) -> None:
    """``recalldesk purge`` only says what it would remove; ``--yes`` does it, once."""
    from tests.hostile.kit import run_cli

    folder = tmp_path / "office"
    assert run_cli(folder, "demo", "--lines", "300").code == 0
    first = run_cli(folder, "purge")
    assert first.code == 0 and "300 lines" in first.out and "--yes" in first.out, first.text
    done = run_cli(folder, "purge", "--yes")
    assert done.code == 0 and "300 signature lines" in done.out, done.text
    again = run_cli(folder, "purge", "--yes")
    assert again.code != 0 and "purged" in again.text, again.text
    (tmp_path / "usb").mkdir()
    sent = run_cli(folder, "sync", "--to", str(tmp_path / "usb"))
    assert sent.code != 0 and "purged" in sent.text, sent.text


def test_central_merges_no_packet_after_a_purge(world) -> None:  # type: ignore[no-untyped-def]
    packet = world.pas.sync(world.out)
    purge.purge_drive(world.hq.ws, world.hq.actor)
    with pytest.raises(OpRefused) as refused:
        world.merge(packet)
    assert refused.value.message.code == "purge.done"
