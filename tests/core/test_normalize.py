import pytest

from recalldesk.core.normalize import (
    address_key,
    fold,
    is_po_box,
    name_key,
    normalize_city,
    normalize_street_name,
    normalize_unit,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("  JOSÉ  Muñoz-Peña ", "jose munoz pena"),
        ("O'Brien", "obrien"),
        ("Nguyễn", "nguyen"),
        ("Zoë\tÅngström", "zoe angstrom"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_name_key_ignores_case_accents_and_spacing() -> None:
    assert name_key("José", "Muñoz") == name_key(" jose ", "MUNOZ") == "munoz|jose"


@pytest.mark.parametrize(
    "variant",
    ["North Main Street", "N. Main St", "n main st.", "NORTH MAIN STREET", "N Main Str"],
)
def test_street_variants_agree(variant: str) -> None:
    assert normalize_street_name(variant) == "n main st"


def test_street_keeps_words_that_only_look_like_suffixes() -> None:
    # "Court" as the first word is a name, not a suffix; "West" mid-name is kept.
    assert normalize_street_name("Court Ave") == "court ave"
    assert normalize_street_name("Third Street") == "3rd st"
    assert normalize_street_name("W Sunset Boulevard") == "w sunset blvd"


@pytest.mark.parametrize("unit", ["Apt. 4B", "#4b", "Unit 4-B", "apartment 4 b", "Ste 4B"])
def test_unit_designators_dropped(unit: str) -> None:
    assert normalize_unit(unit) == "4b"


def test_city() -> None:
    assert normalize_city("Los Ángeles") == "los angeles"
    assert normalize_city("St. Helena") == normalize_city("Saint Helena")


def test_address_key_ignores_unit_and_format() -> None:
    a = address_key("00123", "North Main Street", "90012-1234")
    b = address_key("123", "N Main St", "90012")
    assert a == b == "123|n main st|90012"


@pytest.mark.parametrize(
    "text", ["PO Box 123", "P.O. Box 9", "p o box 12", "Post Office Box 5", "Box 44", "PMB 12"]
)
def test_po_boxes_recognised(text: str) -> None:
    assert is_po_box(text)


@pytest.mark.parametrize("text", ["Box Canyon Rd", "Poplar St", "Boxwood Ln", "", "Pobre Ave"])
def test_streets_are_not_po_boxes(text: str) -> None:
    assert not is_po_box(text)
