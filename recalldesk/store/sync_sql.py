"""SQL fragments that map the packet's columns onto the record tables.

A packet never carries local integer ids: foreign keys travel as the
referenced row's uuid (or an office's code). Two directions are needed:

* :func:`canonical_select` reads a table as packet rows — every value text,
  NULL as ``''`` — for writing packets and for comparing a stored row with
  an incoming one;
* :func:`assignments` turns packet text (from a staging table or a JSON
  object) back into typed column values, resolving uuids to ids.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from recalldesk.core.normalize import address_key, fold, name_key
from recalldesk.core.packet_format import PACKET_SHEETS, SheetSpec


@dataclass(frozen=True, slots=True)
class TableMap:
    """How one record table is read as packet rows (alias ``t``)."""

    joins: str  # joined after "FROM <table> t"
    reads: dict[str, str]  # packet column -> SQL when not the plain column
    order: str  # deterministic packet order


_MAPS: dict[str, TableMap] = {
    "office": TableMap("", {}, "t.code, t.uuid"),
    "operator": TableMap(
        "JOIN office f ON f.id = t.office_id", {"office_code": "f.code"}, "f.code, t.name, t.uuid"
    ),
    "circulator": TableMap("", {}, "t.name, t.uuid"),
    "section": TableMap(
        "JOIN office f ON f.id = t.office_id LEFT JOIN circulator c ON c.id = t.circulator_id",
        {"office_code": "f.code", "circulator_uuid": "coalesce(c.uuid, '')"},
        "t.serial, t.uuid",
    ),
    "signature_line": TableMap(
        "JOIN section sec ON sec.id = t.section_id LEFT JOIN operator p ON p.id = t.operator_id",
        {"section_uuid": "sec.uuid", "operator_uuid": "coalesce(p.uuid, '')"},
        "sec.serial, t.line_number, t.uuid",
    ),
}

# Packet column -> (table column, how to find the id from the packet's value).
_FOREIGN: dict[str, dict[str, tuple[str, str]]] = {
    "operator": {
        "office_code": ("office_id", "SELECT id FROM office WHERE code = {} AND deleted = 0")
    },
    "section": {
        "office_code": ("office_id", "SELECT id FROM office WHERE code = {} AND deleted = 0"),
        "circulator_uuid": ("circulator_id", "SELECT id FROM circulator WHERE uuid = {}"),
    },
    "signature_line": {
        "section_uuid": ("section_id", "SELECT id FROM section WHERE uuid = {}"),
        "operator_uuid": ("operator_id", "SELECT id FROM operator WHERE uuid = {}"),
    },
}

SPECS: dict[str, SheetSpec] = {spec.table: spec for spec in PACKET_SHEETS}


def _read_expr(spec: SheetSpec, name: str) -> str:
    mapped = _MAPS[spec.table].reads.get(name)
    if mapped is not None:
        return mapped
    kind = next(f.kind for f in spec.fields if f.name == name)
    if kind in ("int", "int+", "bool"):
        return f"CAST(t.{name} AS TEXT)"
    if kind == "date?":
        return f"coalesce(t.{name}, '')"
    return f"t.{name}"


def read_exprs(spec: SheetSpec) -> list[str]:
    """One SQL expression per packet column, over alias ``t`` and :func:`from_clause`."""
    return [_read_expr(spec, name) for name in spec.header]


def from_clause(spec: SheetSpec) -> str:
    return f"{spec.table} t {_MAPS[spec.table].joins}"


def joins(spec: SheetSpec) -> str:
    """The joins :func:`read_exprs` needs after ``<table> t``."""
    return _MAPS[spec.table].joins


def canonical_select(spec: SheetSpec) -> str:
    """``SELECT <packet columns as text> FROM <table> t ...`` (add WHERE / ORDER BY)."""
    return f"SELECT {', '.join(read_exprs(spec))} FROM {from_clause(spec)}"


def packet_order(spec: SheetSpec) -> str:
    return _MAPS[spec.table].order


def json_object_sql(spec: SheetSpec, exprs: list[str]) -> str:
    """``json_object('col', expr, ...)`` over the packet's columns."""
    pairs = ", ".join(f"'{name}', {expr}" for name, expr in zip(spec.header, exprs, strict=True))
    return f"json_object({pairs})"


def assignments(
    spec: SheetSpec, source: Callable[[str], str], recompute_keys: str = "0"
) -> dict[str, str]:
    """Table column -> SQL computing its value from packet text ``source(column)``.

    Covers every stored column but ``id`` and ``change_seq``. Derived keys
    are taken from the packet unless ``recompute_keys`` (an SQL boolean) is
    true; circulators' name key is not in the packet and always computed.
    """
    foreign = _FOREIGN.get(spec.table, {})
    out: dict[str, str] = {}
    for field in spec.fields:
        src = source(field.name)
        if field.name in foreign:
            column, lookup = foreign[field.name]
            out[column] = f"({lookup.format(src)})"
        elif field.kind in ("int", "int+", "bool"):
            out[field.name] = f"CAST({src} AS INTEGER)"
        elif field.kind == "date?":
            out[field.name] = f"NULLIF({src}, '')"
        elif field.name == "name_key":
            key = f"rd_name_key({source('first_name')}, {source('last_name')})"
            out[field.name] = f"CASE WHEN {recompute_keys} THEN {key} ELSE {src} END"
        elif field.name == "address_key":
            args = ", ".join(source(c) for c in ("street_number", "street_name", "zip_code"))
            out[field.name] = (
                f"CASE WHEN {recompute_keys} THEN rd_address_key({args}) ELSE {src} END"
            )
        else:
            out[field.name] = src
    if spec.table == "circulator":
        out["name_key"] = f"rd_fold({source('name')})"
    return out


def register_functions(conn: sqlite3.Connection) -> None:
    """The normalizers the merge calls from SQL (same code as keying uses)."""
    conn.create_function("rd_name_key", 2, name_key, deterministic=True)
    conn.create_function("rd_address_key", 3, address_key, deterministic=True)
    conn.create_function("rd_fold", 1, fold, deterministic=True)
