"""The county ZIP table: the shipped data, its lookups, and that it matches its source."""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from recalldesk.core.zipdata import (
    CountyStatus,
    ZipInfo,
    ZipTable,
    load_default_zip_table,
    normalize_zip,
)

REPO = Path(__file__).resolve().parents[2]
SHIPPED_FOLDER = REPO / "resources" / "county_zips"
SHIPPED_CSV = SHIPPED_FOLDER / "los-angeles.csv"


@pytest.fixture(scope="module")
def table() -> ZipTable:
    return load_default_zip_table()


def _info(zip_code: str, city: str, *acceptable: str) -> ZipInfo:
    return ZipInfo(zip_code, city, acceptable, CountyStatus.IN, "standard")


# --- the shipped data ---------------------------------------------------------------


def test_default_table_is_the_shipped_csv(table: ZipTable) -> None:
    assert load_default_zip_table() is table  # cached
    assert len(table) == len(ZipTable.from_csv(SHIPPED_CSV))


def test_default_table_found_without_paths_module(monkeypatch: pytest.MonkeyPatch) -> None:
    from recalldesk.core import zipdata

    monkeypatch.setitem(sys.modules, "recalldesk.paths", None)  # import now fails
    files = zipdata._zip_files()
    assert "los-angeles" in files
    assert len(ZipTable.from_csv(files["los-angeles"])) == len(load_default_zip_table())


def test_covers_the_county(table: ZipTable) -> None:
    standard = [info for info in table if info.kind == "standard"]
    assert len(standard) >= 280
    assert {info.kind for info in table} == {"standard", "po_box", "unique"}
    assert [info.zip_code for info in table] == sorted(info.zip_code for info in table)


def test_known_zips(table: ZipTable) -> None:
    downtown = table.get("90012")
    assert downtown == ZipInfo("90012", "Los Angeles", (), CountyStatus.IN, "standard")
    assert table.county_status("90012") is CountyStatus.IN
    assert table.county_status("93535") is CountyStatus.IN  # Lancaster, Antelope Valley
    # Neighbours' ZIPs that reach into the county, and the county's that reach out.
    assert table.county_status("90631") is CountyStatus.STRADDLES  # La Habra / La Habra Hts
    assert table.county_status("91361") is CountyStatus.STRADDLES  # Westlake Village
    assert table.county_status("93243") is CountyStatus.STRADDLES  # Lebec / Gorman
    assert table.county_status("91307") is CountyStatus.STRADDLES  # West Hills / Bell Canyon
    assert table.county_status("91304") is CountyStatus.STRADDLES  # Box Canyon


def test_other_zips_are_out(table: ZipTable) -> None:
    assert table.get("10001") is None  # New York
    assert table.county_status("10001") is CountyStatus.OUT
    assert table.county_status("93001") is CountyStatus.OUT  # Ventura, wholly
    assert table.county_status("90834") is CountyStatus.OUT  # retired Long Beach ZIP
    assert table.county_status("not a zip") is CountyStatus.OUT


def test_loads_fast() -> None:
    start = time.perf_counter()
    ZipTable.from_csv(SHIPPED_CSV)
    assert time.perf_counter() - start < 0.05


def test_csv_is_plain_utf8_with_header() -> None:
    data = SHIPPED_CSV.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    first = data.decode("utf-8").splitlines()[0]
    assert first == "zip,city,acceptable_cities,county_status,kind,county"


# --- lookups ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["90012", "90012-1234", " 90012 ", "900121234", "90012 1234"])
def test_get_takes_zip_plus_4(table: ZipTable, text: str) -> None:
    info = table.get(text)
    assert info is not None and info.zip_code == "90012"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90012", "90012"),
        ("  90012\t", "90012"),
        ("90012-1234", "90012"),
        ("90012–1234", "90012"),  # en dash from a word processor
        ("90012 1234", "90012"),
        ("900121234", "90012"),  # spreadsheets drop the hyphen
        ("", ""),
        ("   ", ""),
        ("abc", ""),
        ("9001", ""),  # a lost digit is not ours to guess
        ("900123", ""),
        ("90012-", ""),  # half-typed ZIP+4: show it rather than guess
        ("90012-12", ""),
        ("90012-12345", ""),
        ("9001２", ""),  # full-width digit: \d would take it, a ZIP does not
        ("ZIP 90012", ""),
    ],
)
def test_normalize_zip(text: str, expected: str) -> None:
    assert normalize_zip(text) == expected


@pytest.mark.parametrize(
    "city",
    ["Los Angeles", "LOS ANGELES", "los angeles", "Los Ángeles", " Los  Angeles. ", "Los-Angeles"],
)
def test_accepts_city_forgives_spelling(table: ZipTable, city: str) -> None:
    info = table.get("90012")
    assert info is not None and info.accepts_city(city)


@pytest.mark.parametrize("city", ["LA", "L.A.", "Los Angel", "Pasadena", "???"])
def test_accepts_city_is_not_a_guess(table: ZipTable, city: str) -> None:
    info = table.get("90012")
    assert info is not None and not info.accepts_city(city)


def test_accepts_city_blank_is_fine(table: ZipTable) -> None:
    info = table.get("90012")
    assert info is not None and info.accepts_city("") and info.accepts_city("  ")


def test_accepts_city_takes_listed_names_and_short_forms(table: ZipTable) -> None:
    noho = table.get("91601")
    assert noho is not None
    assert noho.accepts_city("North Hollywood")
    assert noho.accepts_city("N Hollywood")  # listed by USPS
    assert noho.accepts_city("N. Hollywood")
    assert noho.accepts_city("Valley Village")  # an acceptable name
    assert not noho.accepts_city("Hollywood")
    la_canada = table.get("91011")
    assert la_canada is not None and la_canada.accepts_city("La Cañada Flintridge")


def test_accepts_city_word_forms() -> None:
    info = _info("99999", "Mount Saint Example", "East Fort Heights")
    for city in ("Mt St Example", "mt. st. example", "E Ft Hts", "East Ft Hgts"):
        assert info.accepts_city(city), city
    assert not info.accepts_city("Mount Example")


def test_cities_for_autocomplete(table: ZipTable) -> None:
    cities = table.cities()
    assert cities == sorted(cities, key=str.casefold)
    assert len(cities) == len(set(cities))
    for name in ("Los Angeles", "Pasadena", "La Habra Heights", "Gorman", "Bell", "Bellflower"):
        assert name in cities
    # USPS short forms are still accepted, but not offered twice.
    assert "North Hollywood" in cities and "N Hollywood" not in cities
    assert "Woodland Hills" in cities and "Woodland Hls" not in cities


def test_cities_drops_only_usps_short_forms() -> None:
    table = ZipTable([_info("99999", "Woodland Hills", "Woodland Hls", "Pls Vrds Est")])
    assert table.cities() == ["Pls Vrds Est", "Woodland Hills"]  # short form of nothing here
    # A prefix is a name of its own, and a primary city is never dropped.
    table = ZipTable([_info("99998", "Bellflower", "Bell")])
    assert table.cities() == ["Bell", "Bellflower"]
    table = ZipTable(
        [_info("99998", "Woodland Hls"), _info("99999", "Woodland Hills", "Woodland Hls")]
    )
    assert table.cities() == ["Woodland Hills", "Woodland Hls"]


def test_zips_for_city(table: ZipTable) -> None:
    pasadena = table.zips_for_city("Pasadena")
    assert pasadena == sorted(pasadena)
    assert {"91101", "91106", "91011", "91108"} <= set(pasadena)  # incl. acceptable-name ZIPs
    assert "91030" not in pasadena  # South Pasadena is another city
    assert table.zips_for_city("PASADENA") == pasadena
    assert table.zips_for_city("La Habra Heights") == ["90631"]
    assert table.zips_for_city("") == []
    assert table.zips_for_city("Sacramento") == []


# --- building the table -------------------------------------------------------------


def test_rejects_bad_tables(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="twice"):
        ZipTable([_info("90012", "A"), _info("90012", "B")])
    with pytest.raises(ValueError, match="5-digit"):
        ZipTable([_info("90012-1234", "A")])
    bad = tmp_path / "bad.csv"
    bad.write_text("zip,city\n90012,Los Angeles\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing columns"):
        ZipTable.from_csv(bad)
    bad.write_text(
        "zip,city,acceptable_cities,county_status,kind\n90012,Los Angeles,,in,house\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="kind"):
        ZipTable.from_csv(bad)


@pytest.fixture(scope="module")
def script() -> Iterator[ModuleType]:
    """scripts/build_zip_list.py, imported (scripts/ is not a package)."""
    name = "build_zip_list"
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclass looks itself up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[name]


@pytest.mark.slow
def test_shipped_csvs_match_their_source(script: ModuleType, tmp_path: Path) -> None:
    """Every county's CSV is exactly what the script makes from the pinned package."""
    pytest.importorskip("zipcodes", reason="the zipcodes package builds the CSV")
    out = tmp_path / "zips"
    assert script.main(["--all", "--out", str(out)]) == 0
    built = sorted(p.name for p in out.glob("*.csv"))
    assert built == sorted(p.name for p in SHIPPED_FOLDER.glob("*.csv"))
    assert len(built) == 58  # every California county
    for name in built:
        # Line ends aside (a Windows checkout may turn "\n" into "\r\n"), byte for byte.
        shipped = (SHIPPED_FOLDER / name).read_bytes().replace(b"\r\n", b"\n")
        assert (out / name).read_bytes() == shipped, (
            f"resources/county_zips/{name} differs from scripts/build_zip_list.py's output: "
            "rerun it (see resources/county_zips/README.md) and commit the CSVs"
        )


def test_every_county_table_loads_and_is_found_by_name() -> None:
    from recalldesk.core.zipdata import available_counties, county_zip_table

    names = available_counties()
    assert "Los Angeles" in names and "San Luis Obispo" in names and len(names) == 58
    for name in names:
        table = county_zip_table(name)
        assert table is not None and len(table) > 0, name
    assert county_zip_table("Los Angeles County") is county_zip_table("los  angeles")
    assert county_zip_table("Atlantis") is None
    sd = county_zip_table("San Diego")
    assert sd is not None and sd.county_status("92101") is CountyStatus.IN
    assert sd.county_status("90012") is CountyStatus.OUT


def test_script_infers_straddling_zips(script: ModuleType) -> None:
    """The rules on a tiny made-up state, without the hand overrides."""

    def z(code: str, county: str, city: str, *acceptable: str) -> dict[str, object]:
        return {
            "zip_code": code,
            "zip_code_type": "STANDARD",
            "active": True,
            "state": "ZZ",
            "county": county,
            "city": city,
            "acceptable_cities": list(acceptable),
        }

    zips = [
        z("00001", "Home County", "Hometown", "Home Heights"),
        z("00002", "Home County", "Hometown", "Outville"),  # lists a neighbour's town
        z("00003", "Next County", "Outville"),
        z("00004", "Next County", "Borderton", "Home Heights"),  # lists a home place
        z("00005", "", "Hometown"),  # county left blank in the data
        z("00006", "", "Elsewhere"),
        {**z("00007", "Home County", "Hometown"), "active": False},
    ]
    rows = script.build_rows(zips, "Home County", "ZZ", overrides={})
    assert [(row.zip, row.county_status) for row in rows] == [
        ("00001", "in"),
        ("00002", "straddles"),
        ("00004", "straddles"),
        ("00005", "in"),
    ]
    overrides = {"places_out": {"Home Heights": "test"}, "zips": {"00003": "test"}}
    rows = script.build_rows(zips, "Home County", "ZZ", overrides=overrides)
    assert [(row.zip, row.county_status) for row in rows] == [
        ("00001", "straddles"),
        ("00002", "straddles"),
        ("00003", "straddles"),
        ("00005", "in"),
    ]
