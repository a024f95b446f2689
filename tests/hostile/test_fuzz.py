"""Property-based fuzzing: mutated packets and digests merge cleanly or are refused cleanly.

Each example takes a valid file, changes it (its zip structure, the XML of a
part, raw bytes, or a cell's value), seals it again or not (an attacker with
or without a key), and hands it to the merge (or an office's digest import).
Whatever the change, the outcome is a clean merge of a valid file or a
refusal naming the file with the database unchanged: never an exception,
never a half-applied file.

CI runs a bounded, reproducible number of examples (profile "ci"); the
README shows the longer run: ``HYPOTHESIS_PROFILE=long pytest tests/hostile``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recalldesk.core.messages import MessageError
from recalldesk.ops.digests import write_digests
from recalldesk.ops.merge import merge_packets
from recalldesk.ops.sync import import_digest
from tests.hostile.kit import members, reseal, write_members
from tests.sync_world import World, fingerprint, open_site

settings.register_profile(
    "ci", max_examples=120, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip
settings.register_profile(
    "long", max_examples=3000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

NASTY_VALUES = [
    "", " ", "0", "-1", str(2**63), str(10**12), "1e3", "0x10", "01", "1.5",
    "../../x", "/etc/passwd", "C:\\x", "2022-19-39T29:59:59Z", "2022-02-30", "9999-12-31",
    "=1+1", "@SUM(A1)", "\u202eevil", "A" * 40_000, "ñandú", "PAS", "GLN", "HQ",
    "00000000-0000-0000-0000-000000000000", "recalldesk-packet/2", "recalldesk-digest/3",
]  # fmt: skip
SNIPPETS = [
    b"<f>1+1</f>", b"<x:f>1</x:f>", b'<!DOCTYPE x [<!ENTITY a "b">]>', b"&a;",
    b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', b'<c r="ZZ9"><v>1</v></c>',
    b'<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>', b"<is><t>x</t></is>",
    b'<sheet name="Lines" sheetId="9" r:id="rId1"/>', b"<numFmt numFmtId=\"200\" formatCode=\";;;\"/>",
    b"\x00", b"\xff\xfe", b"]]>", b"<![CDATA[x]]>", b"<?pi x?>",
]  # fmt: skip


@dataclass(frozen=True)
class Mutation:
    kind: str
    part: int
    at: float
    data: bytes = b""
    value: str = ""

    def apply(self, parts: dict[str, bytes]) -> None:
        names = list(parts)
        name = names[self.part % len(names)]
        body = parts[name]
        cut = int(len(body) * self.at)
        if self.kind == "flip" and body:
            parts[name] = body[:cut] + self.data[:1] + body[cut + 1 :]
        elif self.kind == "truncate":
            parts[name] = body[:cut]
        elif self.kind == "drop":
            del parts[name]
        elif self.kind == "twin":
            parts[name.upper() if name != name.upper() else name.lower()] = body
        elif self.kind == "insert":
            parts[name] = body[:cut] + self.data + body[cut:]
        elif self.kind == "value":
            starts = [i for i in range(len(body)) if body.startswith(b"<t>", i)]
            if starts:
                start = starts[int(self.at * len(starts)) % len(starts)] + 3
                end = body.find(b"</t>", start)
                text = self.value.replace("&", "&amp;").replace("<", "&lt;").encode()
                parts[name] = body[:start] + text + body[end:]


mutations = st.one_of(
    st.builds(
        Mutation,
        st.just("flip"),
        st.integers(0, 30),
        st.floats(0, 1),
        st.binary(min_size=1, max_size=1),
    ),
    st.builds(Mutation, st.just("truncate"), st.integers(0, 30), st.floats(0, 1)),
    st.builds(Mutation, st.just("drop"), st.integers(0, 30), st.just(0.0)),
    st.builds(Mutation, st.just("twin"), st.integers(0, 30), st.just(0.0)),
    st.builds(
        Mutation, st.just("insert"), st.integers(0, 30), st.floats(0, 1), st.sampled_from(SNIPPETS)
    ),
    st.builds(
        Mutation,
        st.just("value"),
        st.integers(0, 30),
        st.floats(0, 1),
        st.just(b""),
        st.sampled_from(NASTY_VALUES),
    ),
)


@dataclass(frozen=True)
class RawFlip:
    """Bytes of the finished file changed (zip headers included), sealed again or not."""

    at: float
    data: bytes


def mutate(
    source: Path, target: Path, changes: list[Mutation], raw: list[RawFlip], key: bool
) -> None:
    parts = members(source)
    for change in changes:
        change.apply(parts)
    write_members(target, parts)
    data = bytearray(target.read_bytes())
    for flip in raw:
        at = int(flip.at * (len(data) - 1))
        data[at : at + len(flip.data)] = flip.data
    target.write_bytes(bytes(data))
    if key:
        with contextlib.suppress(ValueError):  # no end record left to put a seal in
            reseal(target)


@pytest.fixture(scope="module")
def fuzz_world(world_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A world where HQ holds GLN's work, PAS has a packet waiting and a digest of its own."""
    folder = tmp_path_factory.mktemp("fuzz") / "world"
    shutil.copytree(world_template, folder)
    out = folder / "usb"
    out.mkdir()
    world = World(open_site(folder, "PAS"), open_site(folder, "GLN"), open_site(folder, "HQ"), out)
    world.merge(world.gln.sync(out))
    world.pas.sync(out)
    digest_folder = folder / "digests"
    digest_folder.mkdir()
    write_digests(world.hq.ws, world.hq.actor, digest_folder, offices=["GLN"])
    for site in world.sites():
        site.ws.db.checkpoint("TRUNCATE")
        site.close()
    yield folder


def _copy_site(world: Path, code: str, into: Path) -> Path:
    shutil.copytree(world / code, into / code)
    return into


raw_flips = st.lists(
    st.builds(RawFlip, st.floats(0, 1), st.binary(min_size=1, max_size=4)), max_size=2
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(mutations, min_size=1, max_size=3), raw_flips, st.booleans())
def test_a_mutated_packet_merges_cleanly_or_is_refused_cleanly(
    fuzz_world: Path, changes: list[Mutation], raw: list[RawFlip], key: bool
) -> None:
    (packet,) = (fuzz_world / "usb").glob("PAS-*.recalldesk.xlsx")
    with tempfile.TemporaryDirectory() as tmp:
        here = _copy_site(fuzz_world, "HQ", Path(tmp))
        hostile = Path(tmp) / packet.name
        mutate(packet, hostile, changes, raw, key)
        site = open_site(here, "HQ")
        try:
            before = fingerprint(site.db)
            report = merge_packets(site.ws, site.actor, [hostile]).value
            (outcome,) = report.outcomes
            assert outcome.status in ("merged", "refused"), outcome
            if outcome.status == "refused":
                assert outcome.message is not None
                assert fingerprint(site.db) == before
            assert site.db.integrity_check() == []
        finally:
            site.close()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(mutations, min_size=1, max_size=3), raw_flips, st.booleans())
def test_a_mutated_digest_imports_cleanly_or_is_refused_cleanly(
    fuzz_world: Path, changes: list[Mutation], raw: list[RawFlip], key: bool
) -> None:
    (digest,) = (fuzz_world / "digests").glob("GLN-digest-*.xlsx")
    with tempfile.TemporaryDirectory() as tmp:
        here = _copy_site(fuzz_world, "GLN", Path(tmp))
        hostile = Path(tmp) / digest.name
        mutate(digest, hostile, changes, raw, key)
        site = open_site(here, "GLN")
        try:
            before = fingerprint(site.db)
            try:
                import_digest(site.ws, site.actor, hostile)
            except MessageError as refusal:  # Refused: a clean refusal with a message
                assert refusal.message.code
                assert fingerprint(site.db) == before
            assert site.db.integrity_check() == []
        finally:
            site.close()


def test_the_unchanged_files_are_accepted(fuzz_world: Path, tmp_path: Path) -> None:
    """The fuzzing's control: with no change the packet merges and the digest imports."""
    (packet,) = (fuzz_world / "usb").glob("PAS-*.recalldesk.xlsx")
    here = _copy_site(fuzz_world, "HQ", tmp_path)
    copy = tmp_path / packet.name
    mutate(packet, copy, [], [], key=True)
    site = open_site(here, "HQ")
    try:
        (outcome,) = merge_packets(site.ws, site.actor, [copy]).value.outcomes
        assert outcome.status == "merged", outcome
    finally:
        site.close()
    with zipfile.ZipFile(copy) as book:
        assert book.testzip() is None
