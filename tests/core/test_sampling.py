"""The draw (equal chance, reproducible) and how a sample's results are counted."""

from recalldesk.core.sampling import (
    DUPLICATE,
    WITHDRAWN,
    Result,
    SampledLine,
    count,
    draw_positions,
)


def test_a_draw_is_reproducible_from_its_seed() -> None:
    assert draw_positions(10_000, 500, 42) == draw_positions(10_000, 500, 42)
    assert draw_positions(10_000, 500, 42) != draw_positions(10_000, 500, 43)
    drawn = draw_positions(10_000, 500, 7)
    assert len(set(drawn)) == 500 and drawn == sorted(drawn)
    assert draw_positions(300, 500, 1) == list(range(300))  # smaller than the sample: all


def test_every_signature_has_an_equal_chance() -> None:
    # 4,000 seeded draws of 10 out of 50: each position is expected 800 times.
    # Pearson's chi-square over the 50 positions has 49 degrees of freedom; its
    # 99.9th percentile is 85.35, so a fair draw fails this about once in 1,000
    # seeds, and the seeds here are fixed (the outcome is the same every run).
    population, size, draws = 50, 10, 4_000
    hits = [0] * population
    for seed in range(draws):
        for position in draw_positions(population, size, seed):
            hits[position] += 1
    expected = draws * size / population
    chi_square = sum((h - expected) ** 2 / expected for h in hits)
    assert chi_square < 85.35, chi_square
    # A biased draw would fail it: always favouring the first positions.
    biased = [expected * (1.5 if i < 10 else 0.875) for i in range(population)]
    assert sum((h - expected) ** 2 / expected for h in biased) > 85.35


def test_results_are_counted_as_the_registrar_does() -> None:
    lines = [
        SampledLine(0, Result.VALID),
        SampledLine(1, Result.NOT_REGISTERED),
        SampledLine(2, Result.VALID, withdrawn=True),  # withdrawn: never valid
        SampledLine(3, Result.VALID, person="p1", kept=False),  # a repeat of p1 …
        SampledLine(4, Result.VALID, person="p1"),  # … and the signature that counts
        SampledLine(5, Result.PENDING, person="p2"),  # p2 drawn once: no duplicate
        SampledLine(6, Result.PENDING),
        SampledLine(7, Result.DIFFERENT_ADDRESS),
    ]
    found = count(lines)
    assert found.size == 8 and found.checked == 6 and found.pending == 2
    assert (found.valid, found.duplicates, found.withdrawn) == (2, 1, 1)
    assert found.by_result == {
        "valid": 2,
        "not_registered": 1,
        WITHDRAWN: 1,
        DUPLICATE: 1,
        "different_address": 1,
    }
    assert not found.complete


def test_three_signatures_of_one_person_drawn_make_two_duplicates() -> None:
    lines = [SampledLine(i, Result.VALID, person="p", kept=i == 2) for i in range(3)]
    found = count(lines)
    assert (found.valid, found.duplicates, found.checked) == (1, 2, 3)


def test_a_withdrawn_signature_is_never_the_one_that_counts() -> None:
    # Found by a review: the kept line of a confirmed signer, withdrawn, still counted,
    # and the signer's other drawn line was charged as a duplicate.
    lines = [
        SampledLine(1, Result.VALID, withdrawn=True, person="p", kept=True),
        SampledLine(2, Result.VALID, person="p", kept=False),
    ]
    found = count(lines)
    # The signer's other line counts (valid); the withdrawn one is the repeat (D).
    assert (found.valid, found.duplicates, found.withdrawn) == (1, 1, 0)
    assert found.by_result == {"valid": 1, DUPLICATE: 1}
