"""The packet format's row encoding, keys and file names."""

import pytest

from recalldesk.core.packet_format import (
    FIELD_SEP,
    LINES,
    PACKET_SHEETS,
    ROW_END,
    check_encoded,
    derive_keys,
    digest_file_name,
    encode_rows,
    packet_file_name,
)


def test_rows_encode_with_separators_xml_cannot_carry() -> None:
    assert encode_rows([["a", "b"], ["", "c"]]) == f"a{FIELD_SEP}b{ROW_END}{FIELD_SEP}c{ROW_END}"
    assert encode_rows([]) == ""
    assert check_encoded(encode_rows([["a", "b"], ["c", "d"]]), 2, 2)
    assert not check_encoded(encode_rows([["a\x1fx", "b"]]), 1, 2)  # a smuggled separator


def test_keys_are_stretched_and_the_campaign_id_reveals_nothing() -> None:
    keys = derive_keys("correct horse battery staple")
    assert keys == derive_keys("correct horse battery staple")
    assert len(keys.campaign_id) == 16 and keys.campaign_id not in "correct horse battery staple"
    assert derive_keys("another key").campaign_id != keys.campaign_id
    with pytest.raises(ValueError):
        derive_keys("")


def test_an_office_code_never_names_a_path() -> None:
    for hostile in ("../../x", "/abs/path", "C:\\x", "a/b", "..", "pas"):
        name = digest_file_name(hostile, 1)
        assert "/" not in name and "\\" not in name and not name.startswith(".")
        assert name.startswith("office-")


def test_file_names_sort_by_office_device_and_sequence() -> None:
    names = [
        packet_file_name("PAS", "1a2b3c4d-ffff", 10),
        packet_file_name("GLN", "99999999-0000", 2),
        packet_file_name("PAS", "1a2b3c4d-ffff", 9),
    ]
    assert sorted(names) == [names[1], names[2], names[0]]
    assert names[0] == "PAS-1a2b3c4d-000010.recalldesk.xlsx"
    assert digest_file_name("PAS", 3) == "PAS-digest-000003.recalldesk-digest.xlsx"


def test_sheets_come_parents_first_and_lines_carry_no_local_ids() -> None:
    assert [s.title for s in PACKET_SHEETS] == [
        "Offices", "Operators", "Circulators", "Sections", "Lines",
    ]  # fmt: skip
    assert not any(h.endswith("_id") for spec in PACKET_SHEETS for h in spec.header)
    assert "name_key" not in LINES.compared and "first_name" in LINES.compared
