from recalldesk.core.serials import SerialRange, make_range, owner, parse_serial


def test_a_serial_is_its_prefix_and_its_final_number() -> None:
    assert parse_serial("0100123") == ("", 100123)
    assert parse_serial("PAS-0007") == ("PAS-", 7)
    assert parse_serial("  LA 12 B 0042 ") == ("LA 12 B ", 42)
    assert parse_serial("PAS-") is None


def test_ranges_hold_their_serials_and_name_their_owner() -> None:
    pas = make_range("PAS", "PAS-0001", "PAS-0500")
    assert pas == SerialRange("PAS", "PAS-", 1, 500)
    assert pas.holds("PAS-0500") and not pas.holds("PAS-0501") and not pas.holds("GLN-0001")
    assert owner("PAS-0042", [pas]) == "PAS" and owner("0042", [pas]) is None
    assert make_range("PAS", "PAS-0500", "PAS-0001") is None
    assert make_range("PAS", "PAS-1", "GLN-2") is None
