"""Named column mappings for the voter file: saved, listed, loaded, deleted, audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from recalldesk.core.records import Actor
from recalldesk.core.voter_file import DEMO_PRESET, ColumnMapping, VoterStatus
from recalldesk.ops import voter_presets, voters
from recalldesk.ops.base import OpRefused
from recalldesk.ops.workspace import Workspace
from tests.ops.test_sample import central

__all__ = ["central"]

COUNTY = ColumnMapping(
    "ignored: the preset's name wins",
    {"voter_id": "RegID", "first_name": "Name First", "last_name": "Name Last",
     "street_number": "House No", "street_name": "Street", "zip": "ZIP", "status": "Stat"},
    {"V": VoterStatus.ACTIVE, "X": VoterStatus.CANCELED},
    "|",
)  # fmt: skip


def audit_reasons(ws: Workspace) -> list[tuple[str, str, str]]:
    rows = ws.db.query(
        "SELECT action, entity_uuid, reason FROM audit_log WHERE entity = 'voter_preset' "
        "ORDER BY id"
    )
    return [(r[0], r[1], r[2]) for r in rows]


def test_the_built_in_preset_is_listed_first_and_stays(central: Workspace, actor: Actor) -> None:
    listed = voter_presets.presets(central)
    assert [(p.name, p.built_in) for p in listed] == [("RecallDesk demo", True)]
    assert listed[0].mapping == DEMO_PRESET
    assert voter_presets.load(central, "RecallDesk demo") == DEMO_PRESET
    with pytest.raises(OpRefused) as refused:
        voter_presets.delete_preset(central, actor, "RecallDesk demo")
    assert refused.value.message.code == "voters.preset_built_in"
    with pytest.raises(OpRefused) as refused:
        voter_presets.save_preset(central, actor, "recalldesk  DEMO", COUNTY)
    assert refused.value.message.code == "voters.preset_built_in"
    assert audit_reasons(central) == []


def test_a_mapping_is_saved_loaded_replaced_and_deleted(central: Workspace, actor: Actor) -> None:
    saved = voter_presets.save_preset(central, actor, "  Orange   County ", COUNTY).value
    assert saved.name == "Orange County"
    voter_presets.save_preset(central, actor, "Alameda", DEMO_PRESET)
    listed = voter_presets.presets(central)
    assert [p.name for p in listed] == ["RecallDesk demo", "Alameda", "Orange County"]
    assert listed[2].saved_at and not listed[2].built_in
    loaded = voter_presets.load(central, "Orange County")
    assert loaded == ColumnMapping("Orange County", COUNTY.columns, COUNTY.statuses, "|")
    assert voter_presets.load(central, "Alameda").columns == DEMO_PRESET.columns

    with pytest.raises(OpRefused) as refused:  # a name already taken is not overwritten …
        voter_presets.save_preset(central, actor, "Orange County", DEMO_PRESET)
    assert refused.value.message.code == "voters.preset_exists"
    assert voter_presets.load(central, "Orange County").delimiter == "|"
    voter_presets.save_preset(central, actor, "Orange County", DEMO_PRESET, replace=True)
    assert voter_presets.load(central, "Orange County").delimiter == "\t"  # … unless asked

    voter_presets.delete_preset(central, actor, "Alameda")
    assert [p.name for p in voter_presets.presets(central)] == [
        "RecallDesk demo", "Orange County"]  # fmt: skip
    with pytest.raises(OpRefused) as refused:
        voter_presets.load(central, "Alameda")
    assert refused.value.message.code == "voters.preset_missing"
    with pytest.raises(OpRefused):
        voter_presets.delete_preset(central, actor, "Alameda")
    assert [(a, e) for a, e, _ in audit_reasons(central)] == [
        ("insert", "Orange County"), ("insert", "Alameda"), ("update", "Orange County"),
        ("delete", "Alameda"),
    ]  # fmt: skip
    assert "audit.voter_preset_saved" in audit_reasons(central)[0][2]


def test_a_preset_needs_a_name(central: Workspace, actor: Actor) -> None:
    for name in ("", "   ", "x" * 81):
        with pytest.raises(OpRefused) as refused:
            voter_presets.save_preset(central, actor, name, COUNTY)
        assert refused.value.message.code == "voters.preset_name"
    assert len(voter_presets.presets(central)) == 1


def test_only_the_central_office_saves_or_deletes(ws: Workspace, actor: Actor) -> None:
    with pytest.raises(OpRefused) as refused:
        voter_presets.save_preset(ws, actor, "Orange County", COUNTY)
    assert refused.value.message.code == "permission.central_only"
    assert [p.name for p in voter_presets.presets(ws)] == ["RecallDesk demo"]  # reading is fine


def test_a_saved_preset_reads_a_file_as_the_import_stores_its_mapping(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    header = ["RegID", "Name First", "Name Last", "House No", "Street", "ZIP", "Stat"]
    rows = [["A1", "Ana", "Ruiz", "12", "N Lake Ave", "91104", "V"],
            ["A2", "Bo", "Li", "14", "N Lake Ave", "91104", "X"]]  # fmt: skip
    path = tmp_path / "orange.txt"
    path.write_text("\n".join("|".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    voter_presets.save_preset(central, actor, "Orange County", COUNTY)
    mapping = voter_presets.load(central, "Orange County")
    done = voters.import_voters(central, actor, path, mapping).value
    assert done.voters == 2 and voters.by_status(central) == {"active": 1, "canceled": 1}
    kept = voter_presets.mapping_from_json(done.file.mapping)
    assert kept == mapping  # the provenance keeps the mapping as the preset does
