"""Which packets have not arrived: gaps in each office device's sequence numbers.

Packets are numbered 1, 2, 3, … per device. Packet 7 arriving without
packet 6 means changes are missing at central. A packet that starts from
change 0 (a full packet, or a device's first) covers everything before it,
so earlier numbers missing before it are not gaps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Received:
    office_code: str
    device_id: str
    sequence: int
    since_change_seq: int  # 0: this packet covers everything up to its end


@dataclass(frozen=True, slots=True)
class Gap:
    """Packets of one device that have not arrived though later ones have."""

    office_code: str
    device_id: str
    missing: tuple[int, ...]
    latest: int  # the highest packet number received from this device

    def describe(self) -> str:
        numbers = ", ".join(str(n) for n in self.missing[:10])
        more = f" and {len(self.missing) - 10} more" if len(self.missing) > 10 else ""
        noun = "packet" if len(self.missing) == 1 else "packets"
        return (
            f"office {self.office_code}, device {self.device_id[:8]}: {noun} {numbers}{more} "
            f"missing (packet {self.latest} arrived). Ask for the missing {noun}, or for a full "
            "packet (recalldesk sync --full)."
        )


def find_gaps(received: Iterable[Received]) -> list[Gap]:
    """Missing sequence numbers per (office, device), ignoring those a later full packet covers."""
    by_device: dict[tuple[str, str], list[Received]] = {}
    for r in received:
        by_device.setdefault((r.office_code, r.device_id), []).append(r)
    gaps = []
    for (office, device), packets in sorted(by_device.items()):
        numbers = {p.sequence for p in packets}
        complete_from = max((p.sequence for p in packets if p.since_change_seq == 0), default=1)
        latest = max(numbers)
        missing = tuple(n for n in range(complete_from, latest) if n not in numbers)
        if missing:
            gaps.append(Gap(office, device, missing, latest))
    return gaps
