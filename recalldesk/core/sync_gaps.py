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
    """Packets of one device that have not arrived though later ones have.

    ``ranges`` are the missing numbers as inclusive (first, last) runs: a
    device claiming packet 10^12 costs one run, not a trillion numbers.
    """

    office_code: str
    device_id: str
    ranges: tuple[tuple[int, int], ...]
    latest: int  # the highest packet number received from this device

    @property
    def count(self) -> int:
        return sum(last - first + 1 for first, last in self.ranges)


def find_gaps(received: Iterable[Received]) -> list[Gap]:
    """Missing sequence numbers per (office, device), ignoring those a later full packet covers."""
    by_device: dict[tuple[str, str], list[Received]] = {}
    for r in received:
        by_device.setdefault((r.office_code, r.device_id), []).append(r)
    gaps = []
    for (office, device), packets in sorted(by_device.items()):
        complete_from = max((p.sequence for p in packets if p.since_change_seq == 0), default=1)
        numbers = sorted({p.sequence for p in packets if p.sequence >= complete_from})
        ranges = []
        expected = complete_from
        for n in numbers:
            if n > expected:
                ranges.append((expected, n - 1))
            expected = n + 1
        if ranges:
            gaps.append(Gap(office, device, tuple(ranges), numbers[-1]))
    return gaps
