"""Each office's own signing key (issue 13): enrolled at central, required, revocable.

With only the campaign key, any office could write a packet in another office's
name and seal it. Here each office makes its own key; central enrolls it once the
fingerprint read aloud matches; from then on that office's packets must bear its
signature, checked before anything is parsed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recalldesk.core.messages import MessageError
from recalldesk.exchange.seal import Signer
from recalldesk.exchange.signing import fingerprint, public_of
from recalldesk.ops import office_keys
from recalldesk.ops.base import OpRefused
from recalldesk.ops.digests import write_digests
from recalldesk.ops.sync import import_digest, write_packet
from recalldesk.store import keys as key_store
from tests.sync_world import KEY, Site, World, plain, record_fingerprint, reseal, set_manifest
from tests.sync_world import rewrite_packet as rewrite

PASSWORD = "correct horse 42"


def key_of(site: Site) -> Signer:
    """The site's own key (made now if it has none), unlocked."""
    if not office_keys.own_fingerprint(site.ws):
        office_keys.make_own_key(site.ws, site.actor, PASSWORD)
    signer = office_keys.unlock(site.ws, PASSWORD)
    assert signer is not None
    return signer


def enroll(world: World, site: Site, at: Site | None = None) -> None:
    """``site``'s key (made if it has none) enrolled at ``at`` (central by default), its
    fingerprint read aloud."""
    at = at or world.hq
    if not office_keys.own_fingerprint(site.ws):
        key_of(site)
    path = office_keys.write_enrollment(site.ws, world.out)
    heard = office_keys.own_fingerprint(site.ws)
    office_keys.enroll(at.ws, at.actor, path, heard)
    path.unlink()


def sync(site: Site, world: World, signer: Signer | None, **kw: bool) -> Path:
    done = write_packet(site.ws, site.actor, world.out, signer=signer, **kw).value
    assert done.path is not None
    return done.path


def outcome(world: World, path: Path) -> tuple[str, str]:
    (found,) = world.merge(path).outcomes
    code = found.message.code if found.message is not None else ""
    if found.refusal is not None:
        code = found.refusal.problem.code
    return found.status, code


def test_a_signed_packet_from_an_enrolled_office_merges(world: World) -> None:
    enroll(world, world.pas)
    assert outcome(world, sync(world.pas, world, key_of(world.pas))) == ("merged", "")


def test_an_office_cannot_send_a_packet_in_another_offices_name(world: World) -> None:
    """GLN writes a packet, names PAS in its manifest, seals it with the campaign key and
    signs it with its own key: central knows PAS's key, so it is refused."""
    enroll(world, world.pas)
    enroll(world, world.gln)
    gln_key = key_of(world.gln)
    own = sync(world.gln, world, gln_key)
    forged = rewrite(own, world.out / "PAS-forged.recalldesk.xlsx",
                     lambda wb: set_manifest(wb, "office_code", "PAS"))  # fmt: skip
    from recalldesk.core.packet_format import derive_keys
    from recalldesk.exchange.seal import reseal_file

    keys = derive_keys(KEY)
    reseal_file(forged, keys.signing, keys.campaign_id, "packet", gln_key)
    own.unlink()
    before = record_fingerprint(world.hq.db)
    assert outcome(world, forged) == ("refused", "file.signed_by_other")
    assert record_fingerprint(world.hq.db) == before


def test_an_enrolled_offices_packet_without_its_signature_is_refused(world: World) -> None:
    """The campaign key alone (a forger's, or the office's seal stripped) is not enough."""
    enroll(world, world.pas)
    plain = sync(world.pas, world, key_of(world.pas))
    stripped = rewrite(plain, world.out / "PAS-stripped.recalldesk.xlsx", lambda wb: None)
    reseal(stripped)  # the campaign seal only
    plain.unlink()
    assert outcome(world, stripped) == ("refused", "file.not_signed")


def test_a_changed_signed_packet_is_refused_before_it_is_parsed(world: World) -> None:
    enroll(world, world.pas)
    pas_key = key_of(world.pas)
    packet = sync(world.pas, world, pas_key)
    data = bytearray(plain(packet).read_bytes())
    from recalldesk.exchange.seal import SIGNED_LENGTH

    # Another signature by an enrolled key, on other bytes: it does not match these.
    other = pas_key.sign(b"something else")
    end = len(data) - 128
    data[end:] = other.hex().encode()
    assert data[-SIGNED_LENGTH:].startswith(b"RDSEAL/2 ")
    packet.write_bytes(bytes(data))
    assert outcome(world, packet) == ("refused", "file.signature_mismatch")


def test_the_fingerprint_heard_must_match_the_file(world: World) -> None:
    key_of(world.pas)
    path = office_keys.write_enrollment(world.pas.ws, world.out)
    with pytest.raises(OpRefused) as refused:
        office_keys.enroll(world.hq.ws, world.hq.actor, path, "0000-0000-0000-0000")
    assert refused.value.message.code == "keys.fingerprint_differs"
    assert key_store.all_keys(world.hq.db) == []
    # Read aloud in any case, spaced: it is the key's own.
    heard = office_keys.own_fingerprint(world.pas.ws).upper().replace("-", " ")
    office_keys.enroll(world.hq.ws, world.hq.actor, path, heard)
    assert [k.office_code for k in key_store.all_keys(world.hq.db)] == ["PAS"]


def test_a_stolen_laptops_key_is_revoked_and_a_new_one_enrolled(world: World) -> None:
    enroll(world, world.pas)
    old = key_of(world.pas)
    first = sync(world.pas, world, old)
    assert outcome(world, first)[0] == "merged"
    office_keys.revoke(world.hq.ws, world.hq.actor, "PAS")
    # The thief's packet, signed with the old key: refused.
    stolen = sync(world.pas, world, old, full=True)
    assert outcome(world, stolen) == ("refused", "file.signer_unknown")
    # The office makes a new key, enrolls it, and sends everything again: merged.
    office_keys.make_own_key(world.pas.ws, world.pas.actor, PASSWORD + "!")
    new = office_keys.unlock(world.pas.ws, PASSWORD + "!")
    assert new is not None and new.key_id != old.key_id
    enroll(world, world.pas)
    again = sync(world.pas, world, new, full=True)
    assert outcome(world, again)[0] in ("merged", "skipped")
    history = [(k.office_code, k.live) for k in key_store.all_keys(world.hq.db)]
    assert history == [("PAS", True), ("PAS", False)]  # the old key's record stays


def test_central_can_require_every_office_to_sign(world: World) -> None:
    packet = sync(world.gln, world, None)  # GLN has no key yet: merged on the campaign key
    office_keys.set_require_signed(world.hq.ws, world.hq.actor, True)
    assert outcome(world, packet) == ("refused", "file.office_not_enrolled")


def test_an_office_with_a_key_does_not_send_unsigned(world: World) -> None:
    key_of(world.pas)
    with pytest.raises(OpRefused) as refused:
        write_packet(world.pas.ws, world.pas.actor, world.out)
    assert refused.value.message.code == "keys.locked"
    with pytest.raises(OpRefused) as wrong:
        office_keys.unlock(world.pas.ws, "not the password")
    assert wrong.value.message.code == "keys.wrong_password"


def test_the_private_key_is_not_in_the_database_in_clear(world: World) -> None:
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    from recalldesk.exchange.signing import open_private

    key_of(world.pas)
    sealed = world.pas.db.meta(key_store.OWN_KEY)
    raw = open_private(sealed, PASSWORD).private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    world.pas.db.checkpoint("TRUNCATE")
    folder = world.pas.ws.path.parent
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert raw not in data and raw.hex().encode() not in data, path
    assert fingerprint(public_of(sealed)) == office_keys.own_fingerprint(world.pas.ws)
    with pytest.raises(MessageError):
        open_private(sealed, "wrong password!")


def test_an_office_takes_only_centrals_signed_digests_once_it_trusts_centrals_key(
    world: World,
) -> None:
    world.merge(sync(world.pas, world, None))
    enroll(world, world.hq, at=world.pas)  # the office trusts central's key
    with pytest.raises(OpRefused) as locked:  # central has its key: it signs, or sends nothing
        write_digests(world.hq.ws, world.hq.actor, world.out)
    assert locked.value.message.code == "keys.locked"
    (written,) = write_digests(world.hq.ws, world.hq.actor, world.out,
                               signer=key_of(world.hq)).value  # fmt: skip
    # A digest with the campaign seal only (anyone holding the campaign key): refused.
    forged = rewrite(written.path, world.out / f"forged-{written.path.name}", lambda wb: None)
    reseal(forged)
    with pytest.raises(MessageError) as refused:
        import_digest(world.pas.ws, world.pas.actor, forged)
    assert "digest_not_signed" in str(refused.value)
    assert import_digest(world.pas.ws, world.pas.actor, written.path).value.imported


def test_central_never_trusts_a_key_for_its_own_office_code(world: World) -> None:
    """A file naming central's own code as an office would let its holder write as HQ."""
    import json

    key_of(world.pas)
    path = office_keys.write_enrollment(world.pas.ws, world.out)
    found = json.loads(path.read_text())
    found["office"] = world.hq.code
    path.write_text(json.dumps(found))
    with pytest.raises(OpRefused) as refused:
        office_keys.enroll(world.hq.ws, world.hq.actor, path, found["fingerprint"])
    assert refused.value.message.code == "keys.same_side"
