"""Gaps in each device's packet numbers, and what a full packet covers."""

from recalldesk.core.sync_gaps import Received, find_gaps
from recalldesk.wording.merge import gap_text


def received(*packets: tuple[int, int], device: str = "d1") -> list[Received]:
    return [Received("PAS", device, seq, since) for seq, since in packets]


def test_no_gap_in_an_unbroken_run() -> None:
    assert find_gaps(received((1, 0), (2, 10), (3, 20))) == []


def test_a_missing_packet_is_a_gap() -> None:
    (gap,) = find_gaps(received((1, 0), (2, 10), (5, 40)))
    assert (gap.ranges, gap.count, gap.latest) == (((3, 4),), 2, 5)
    assert "packets 3–4 missing (packet 5 arrived)" in gap_text(gap)


def test_a_first_packet_that_never_arrived_is_a_gap() -> None:
    (gap,) = find_gaps(received((2, 10)))
    assert gap.ranges == ((1, 1),)


def test_a_full_packet_covers_what_came_before_it() -> None:
    assert find_gaps(received((1, 0), (4, 0), (5, 50))) == []
    (gap,) = find_gaps(received((4, 0), (6, 60)))
    assert gap.ranges == ((5, 5),)


def test_devices_are_counted_separately() -> None:
    gaps = find_gaps(received((1, 0), (2, 5)) + received((2, 7), device="d2"))
    assert [(g.device_id, g.ranges) for g in gaps] == [("d2", ((1, 1),))]
