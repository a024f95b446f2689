"""The predicted verdict on hand-made hard cases: typos, nicknames, units, Jr and Sr,
households, namesakes, movers, canceled registrations."""

from __future__ import annotations

from recalldesk.core.counting import Standing
from recalldesk.core.matching.record import make_record
from recalldesk.core.matching.voter_keys import address_key, name_key, voter_record
from recalldesk.core.matching.voter_verdict import WHICH_VOTER, Predicted, Voter, predict
from recalldesk.core.predicted import Category, PredictedTally, category


def line(
    first: str,
    last: str,
    number: str = "1234",
    street: str = "N Lake Ave",
    zip_code: str = "91104",
    unit: str = "",
):  # type: ignore[no-untyped-def]
    return make_record(0, first, last, number, street, unit, "Pasadena", zip_code)


def voter(ref: int, first: str, last: str, number: str = "1234", street: str = "N LAKE AVE",
          zip_code: str = "91104", status: str = "active", middle: str = "",
          suffix: str = "") -> Voter:  # fmt: skip
    pre, name, kind = street.split(" ", 2) if street.count(" ") == 2 else ("", street, "")
    record = voter_record(first, middle, last, suffix, number, "", (pre, name, kind, ""), "",
                          "PASADENA", zip_code)  # fmt: skip
    return Voter(record._replace(ref=ref, unit=""), status)


def test_a_voter_record_is_normalized_as_the_keyed_line_is() -> None:
    keyed = line("José", "Muñoz Jr", street="North Lake Avenue")
    filed = voter(1, "JOSE", "MUNOZ", suffix="JR").record
    assert (keyed.first, keyed.last, keyed.suffix, keyed.street, keyed.number) == (
        filed.first, filed.last, filed.suffix, filed.street, filed.number)  # fmt: skip
    assert address_key(keyed) == address_key(filed) and name_key(keyed) == name_key(filed)


def test_typos_nicknames_abbreviations_still_find_the_voter_at_the_address() -> None:
    household = [voter(1, "ROBERT", "GARCIA", middle="A"), voter(2, "MARIA", "GARCIA")]
    for first, last, street in [
        ("Bob", "Garcia", "N Lake Ave"),  # a nickname
        ("Robert", "Garcai", "North Lake Avenue"),  # a slip, the street spelled out
        ("R.", "Garcia", "Lake Ave"),  # an initial, no direction
        ("Garcia", "Robert", "N Lake Ave"),  # names in the wrong boxes
    ]:
        found = predict(line(first, last, street=street), household)
        assert (found.status, found.voter) == (Predicted.REGISTERED, 1), (first, last)


def test_a_wrong_or_missing_unit_does_not_matter() -> None:
    keyed = make_record(0, "Ana", "Ruiz", "1234", "N Lake Ave", "", "", "91104")
    found = predict(keyed, [voter(1, "ANA", "RUIZ")])
    assert found.status is Predicted.REGISTERED


def test_a_housemate_is_not_the_signer() -> None:
    household = [voter(1, "MARIO", "GARCIA"), voter(2, "LUCIA", "GARCIA")]
    assert predict(line("Maria", "Garcia"), household).status is Predicted.NOT_FOUND


def test_a_junior_and_a_senior_of_one_name() -> None:
    both = [voter(1, "JOHN", "SMITH"), voter(2, "JOHN", "SMITH", suffix="JR")]
    assert predict(line("John", "Smith Jr"), both).voter == 2
    unsure = predict(line("John", "Smith"), both)
    # Either is registered here: the line counts, and is listed for a person all the same.
    assert unsure.status is Predicted.REGISTERED and unsure.candidates == 2
    assert WHICH_VOTER in unsure.reasons
    one_canceled = [voter(1, "JOHN", "SMITH"), voter(2, "JOHN", "SMITH", "1234", suffix="JR",
                                                     status="canceled")]  # fmt: skip
    assert predict(line("John", "Smith"), one_canceled).status is Predicted.AMBIGUOUS


def test_canceled_and_inactive_registrations() -> None:
    assert predict(line("Ana", "Ruiz"), [voter(1, "ANA", "RUIZ", status="canceled")]).status is (
        Predicted.CANCELED
    )
    assert predict(line("Ana", "Ruiz"), [voter(1, "ANA", "RUIZ", status="inactive")]).status is (
        Predicted.REGISTERED  # inactive voters are still registered
    )


def test_registered_elsewhere_in_the_zip_and_namesakes() -> None:
    moved = [voter(7, "ANA", "RUIZ", "77", "E WALNUT ST")]
    found = predict(line("Ana", "Ruiz"), (), moved)
    assert (found.status, found.voter) == (Predicted.DIFFERENT_ADDRESS, 7)
    namesakes = [*moved, voter(8, "ANA", "RUIZ", "900", "E COLORADO BLVD")]
    assert predict(line("Ana", "Ruiz"), (), namesakes).status is Predicted.NOT_FOUND
    # An initial is not enough to say a voter elsewhere is this signer.
    assert predict(line("A.", "Ruiz"), (), moved).status is Predicted.NOT_FOUND
    # A house number keyed with its digits swapped is still the address.
    slip = predict(line("Ana", "Ruiz", number="1243"), (), [voter(9, "ANA", "RUIZ")])
    assert (slip.status, slip.voter) == (Predicted.REGISTERED, 9)


def test_no_name_is_unchecked_and_nobody_is_not_found() -> None:
    assert predict(line("", ""), [voter(1, "ANA", "RUIZ")]).status is Predicted.UNCHECKED
    assert predict(line("Ana", "Ruiz"), []).status is Predicted.NOT_FOUND


def test_the_registrar_categories() -> None:
    assert category(Standing.NOT_A_SIGNATURE, "registered", False) is None
    assert category(Standing.REPEAT, "registered", False) is Category.SIGNED_MORE_THAN_ONCE
    assert category(Standing.RULED_OUT, "registered", True) is Category.OUT_OF_COUNTY
    assert category(Standing.RULED_OUT, None, False) is Category.OTHER
    assert category(Standing.ON_VOID_SECTION, "registered", False) is Category.OTHER
    assert category(Standing.COUNTED, None, False) is Category.NOT_MATCHED
    assert category(Standing.COUNTED, "not_found", False) is Category.NOT_REGISTERED
    assert category(Standing.COUNTED, "ambiguous", False) is Category.TO_REVIEW
    tally = PredictedTally()
    tally.add(Category.VALID, 3)
    tally.move(Category.VALID, Category.SIGNED_MORE_THAN_ONCE, 5)  # never below zero
    assert tally.counts == {Category.VALID: 0, Category.SIGNED_MORE_THAN_ONCE: 3}
