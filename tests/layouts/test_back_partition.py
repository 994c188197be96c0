"""Sharing a long back's points out over cards: the lightest heaviest card, chosen the same way at any size."""
from __future__ import annotations

import itertools
import math
import random

import pytest

from studypack.layouts.flashcards.faces import _partition


def reference_partition(weights: list[float], count: int) -> list[tuple[int, int]]:
    """The plain dynamic programme over every (runs, end, start): the cuts the faster one must reproduce."""
    total = len(weights)
    prefix = [0.0]
    for weight in weights:
        prefix.append(prefix[-1] + weight)
    worst = [[math.inf] * (total + 1) for _ in range(count + 1)]
    cut = [[0] * (total + 1) for _ in range(count + 1)]
    worst[0][0] = 0.0
    for groups in range(1, count + 1):
        for end in range(groups, total + 1):
            for start in range(groups - 1, end):
                cost = max(worst[groups - 1][start], prefix[end] - prefix[start])
                if cost < worst[groups][end] - 1e-9:
                    worst[groups][end], cut[groups][end] = cost, start
    runs, end = [], total
    for groups in range(count, 0, -1):
        runs.append((cut[groups][end], end))
        end = cut[groups][end]
    return runs[::-1]


def brute_force_best(weights: list[float], count: int) -> float:
    """The lightest heaviest run over every way of cutting ``weights`` into ``count`` runs."""
    best = math.inf
    for cuts in itertools.combinations(range(1, len(weights)), count - 1):
        bounds = (0, *cuts, len(weights))
        best = min(best, max(sum(weights[a:b]) for a, b in zip(bounds, bounds[1:])))
    return best


def back_weights(rng: random.Random, points: int, gap: float = 0.4 / 1.25) -> list[float]:
    """Weights as a back has them: each point's lines plus the gap before it, in lines (many ties)."""
    return [rng.randint(1, 6) + gap for _ in range(points)]


def check_runs(runs: list[tuple[int, int]], weights: list[float], count: int) -> None:
    assert len(runs) == count
    assert runs[0][0] == 0 and runs[-1][1] == len(weights)
    assert all(a < b for a, b in runs) and all(b == c for (_, b), (c, _) in zip(runs, runs[1:]))


@pytest.mark.parametrize("seed", range(40))
def test_the_heaviest_card_is_as_light_as_any_cutting_allows(seed):
    rng = random.Random(seed)
    weights = back_weights(rng, rng.randint(1, 9))
    count = rng.randint(1, len(weights))
    runs = _partition(weights, count)
    check_runs(runs, weights, count)
    assert max(sum(weights[a:b]) for a, b in runs) == pytest.approx(brute_force_best(weights, count))


@pytest.mark.parametrize("seed", range(60))
def test_the_cuts_are_the_ones_the_plain_dynamic_programme_chooses_ties_included(seed):
    rng = random.Random(seed)
    gap = rng.choice([0.4 / 1.25, 0.4 / 1.5, 0.0])
    weights = back_weights(rng, rng.randint(1, 70), gap) if seed % 3 else [2 + gap] * rng.randint(1, 70)
    count = rng.randint(1, len(weights))
    assert _partition(weights, count) == reference_partition(weights, count)


def test_a_back_of_two_thousand_points_is_cut_like_the_plain_programme_would():
    weights = back_weights(random.Random(7), 2000)
    runs = _partition(weights, 150)
    check_runs(runs, weights, 150)
    heaviest = max(sum(weights[a:b]) for a, b in runs)
    assert heaviest <= sum(weights) / 150 + max(weights)  # never worse than an even share plus one point
