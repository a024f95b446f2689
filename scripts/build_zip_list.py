"""Build resources/county_zips/<county>.csv: the ZIP codes one county's signers can live in.

Source: the ``zipcodes`` package from PyPI (MIT; this file was last run against
zipcodes 3.0.0), whose table is compiled from public USPS city/state data and Census
county data. For each ZIP it gives ONE primary county, the USPS primary city, the other
city names USPS accepts for it, its type (STANDARD / PO BOX / UNIQUE) and whether it is
still in use.

Why the straddle list is partly hand-made: a ZIP is a delivery route, not a territory,
so some ZIPs cross a county line, but the package records only one county per ZIP. The
authoritative list of split ZIPs is the HUD USPS ZIP-county crosswalk, which cannot be
fetched here (the build machine reaches only PyPI, and HUD's API wants a registered
token). So straddling is inferred from the place names the package does carry (rules in
``build_rows``), plus the few hand overrides in ``OVERRIDES``, each with its reason. When
the crosswalk is available, check the ``straddles`` rows against it.

Regenerate (the tests compare the shipped CSV with this script's output, so rerun and
commit the CSV after upgrading ``zipcodes`` or editing OVERRIDES):

    pip install zipcodes==3.0.0
    python scripts/build_zip_list.py --all            # every county of the state
    python scripts/build_zip_list.py [--county "Los Angeles County"] [--state CA]
                                     [--out resources/county_zips/los-angeles.csv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT_FOLDER = REPO / "resources" / "county_zips"
DEFAULT_COUNTY = "Los Angeles County"
DEFAULT_STATE = "CA"
COLUMNS = ("zip", "city", "acceptable_cities", "county_status", "kind", "county")
KINDS = {"STANDARD": "standard", "PO BOX": "po_box", "UNIQUE": "unique"}

# Hand-made knowledge the package lacks, per county, every entry with its reason:
#   places_in:  place names inside the county that the package only lists on ZIPs whose
#               primary county is a neighbour; a ZIP carrying one of them straddles.
#   places_out: place names outside the county that the package lists on the county's
#               own ZIPs without being any ZIP's primary city; such a ZIP straddles.
#   zips:       ZIPs known to straddle although no place name shows it.
# Everything else is inferred from the data (see build_rows).
OVERRIDES: dict[str, dict[str, dict[str, str]]] = {
    "Los Angeles County": {
        "places_in": {
            "Westlake Village": "City in LA County; its ZIPs 91361/91362 are primary Ventura.",
            "La Habra Heights": "City in LA County, served only by 90631 La Habra (Orange).",
            "La Habra Hgts": "USPS abbreviation of La Habra Heights (listed on 90631).",
            "Gorman": "Community in LA County, served by 93243 Lebec (Kern).",
        },
        "places_out": {
            "Bell Canyon": "Ventura County community listed on 91307 West Hills.",
            "Box Canyon": "Ventura County community listed on 91304 Canoga Park.",
            "Hidden Valley": "Ventura County community (listed on 91361).",
            "Lake Sherwood": "Ventura County community (listed on 91361).",
        },
        "zips": {
            "90265": "Malibu ZIP runs past the county line: Solromar/County Line are Ventura.",
        },
    },
}


@dataclass(frozen=True, slots=True)
class Row:
    zip: str
    city: str
    acceptable_cities: tuple[str, ...]
    county_status: str  # "in" | "straddles"
    kind: str
    county: str

    def cells(self) -> list[str]:
        return [
            self.zip,
            self.city,
            "|".join(self.acceptable_cities),
            self.county_status,
            self.kind,
            self.county,
        ]


def _key(name: str) -> str:
    """Place names compared without case or spacing differences."""
    return " ".join(name.casefold().split())


def build_rows(
    zips: Iterable[Mapping[str, Any]],
    county: str,
    state: str,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
) -> list[Row]:
    """The county's ZIPs plus the neighbours' ZIPs that reach into it, sorted by ZIP.

    Rules, on the active ZIPs of ``state`` (retired ZIPs cannot be on a current address):
    * a ZIP whose primary county is ``county`` is ``in``, unless one of its accepted
      names is a place outside the county (the primary city of a ZIP in another county,
      and of none in this one; or a ``places_out`` override): then it ``straddles``;
    * a ZIP of another county ``straddles`` if its primary or an accepted name is a
      place of this county (a name its own ZIPs use, or a ``places_in`` override);
    * a ZIP with no county in the data counts as ``in`` when its primary city is a
      place of this county (the package leaves a few PO-box/firm ZIPs blank);
    * a ``zips`` override makes a ZIP straddle.
    """
    overrides = overrides if overrides is not None else OVERRIDES.get(county, {})
    places_in_extra = {_key(name) for name in overrides.get("places_in", {})}
    places_out_extra = {_key(name) for name in overrides.get("places_out", {})}
    straddling_zips = set(overrides.get("zips", {}))
    if clash := places_in_extra & places_out_extra:
        raise ValueError(f"places both in and out of {county}: {sorted(clash)}")

    usable = [
        z for z in zips if z["state"] == state and z["active"] and z["zip_code_type"] in KINDS
    ]
    own = [z for z in usable if z["county"] == county]
    if not own:
        raise ValueError(f"no active ZIPs with county {county!r} in {state}")
    others = [z for z in usable if z["county"] != county]

    own_primaries = {_key(z["city"]) for z in own}
    # An override wins over the inference, so a hand-made "in" is never also "out".
    other_primaries = {_key(z["city"]) for z in others if z["county"]}
    places_out = (other_primaries - own_primaries - places_in_extra) | places_out_extra
    own_names = own_primaries | {_key(name) for z in own for name in z["acceptable_cities"]}
    places_in = (own_names - places_out) | places_in_extra

    rows: list[Row] = []
    for z in usable:
        names = [_key(name) for name in z["acceptable_cities"]]
        if z["county"] == county:
            straddles = any(name in places_out for name in names)
        elif z["county"]:
            straddles = any(name in places_in for name in [_key(z["city"]), *names])
            if not straddles and z["zip_code"] not in straddling_zips:
                continue
        elif _key(z["city"]) in places_in:
            straddles = False
        else:
            continue
        straddles = straddles or z["zip_code"] in straddling_zips
        rows.append(
            Row(
                zip=z["zip_code"],
                city=z["city"],
                acceptable_cities=tuple(z["acceptable_cities"]),
                county_status="straddles" if straddles else "in",
                kind=KINDS[z["zip_code_type"]],
                county=z["county"],
            )
        )
    rows.sort(key=lambda row: row.zip)
    missing = straddling_zips - {row.zip for row in rows}
    if missing:
        raise ValueError(f"override ZIPs not found as active {state} ZIPs: {sorted(missing)}")
    return rows


def write_csv(rows: Iterable[Row], out: Path) -> None:
    # "\n" line ends and no BOM: identical bytes on every OS, clean diffs in git.
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(row.cells() for row in rows)


def slug(county: str) -> str:
    """The file name of a county's table: "San Luis Obispo County" -> "san-luis-obispo"."""
    words = county.casefold().replace(".", "").split()
    if words and words[-1] == "county":
        words = words[:-1]
    return "-".join(words)


def counties(zips: Iterable[Mapping[str, Any]], state: str) -> list[str]:
    """Every county named on an active ZIP of ``state``."""
    return sorted(
        {z["county"] for z in zips if z["state"] == state and z["active"] and z["county"]}
    )


def _build_one(all_zips: list[Any], county: str, state: str, out: Path, version: str) -> int:
    if county not in OVERRIDES:
        print(f"note: no hand overrides for {county}; data rules only", file=sys.stderr)
    try:
        rows = build_rows(all_zips, county, state)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    write_csv(rows, out)
    straddling = [row.zip for row in rows if row.county_status == "straddles"]
    print(
        f"{out}: {len(rows)} ZIPs for {county}, {state} "
        f"(zipcodes {version}); straddling: {' '.join(straddling)}"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--county", default=DEFAULT_COUNTY, help="as the package spells it")
    parser.add_argument("--state", default=DEFAULT_STATE, help="two-letter USPS code")
    parser.add_argument("--all", action="store_true", help="every county of the state")
    parser.add_argument("--out", type=Path, help="CSV file (or, with --all, folder) to write")
    args = parser.parse_args(argv)

    import zipcodes  # a build-time tool only: the app reads the CSV

    all_zips = zipcodes.list_all()  # type: ignore[no-untyped-call]
    version = str(zipcodes.__version__)
    if args.all:
        folder = args.out or OUT_FOLDER
        failed = 0
        for county in counties(all_zips, args.state):
            failed += _build_one(
                all_zips, county, args.state, folder / f"{slug(county)}.csv", version
            )
        return 1 if failed else 0
    out = args.out or OUT_FOLDER / f"{slug(args.county)}.csv"
    return _build_one(all_zips, args.county, args.state, out, version)


if __name__ == "__main__":
    sys.exit(main())
