"""The worksheet's look-ups of printed titles: indexed once, answering as a search of each title would."""
from __future__ import annotations

import random
import re

import pytest

from studypack.layouts.worksheet.exercises.material import Material
from studypack.source import loads


def material_with_titles(titles: list[str]) -> Material:
    source = Material(loads("title: T\ncards:\n  - title: A\n    points: [a point]\n"), random.Random(1))
    source.titles += titles
    return source


def searched_one_by_one(text: str, titles: list[str]) -> bool:
    """The plain definition: ``text`` as whole words, case ignored, in some title."""
    pattern = re.compile(r"(?<!\w)" + re.escape(text.strip('"“”').casefold()) + r"(?!\w)")
    return any(pattern.search(title.casefold()) for title in titles)


def test_a_term_counts_as_in_a_title_only_as_whole_words_and_ignoring_case():
    source = material_with_titles(["The 20th Party Congress", "Khrushchev's secret speech (1956)"])
    assert source.in_titles("party congress") and source.in_titles("“1956”") and source.in_titles("Khrushchev")
    assert not source.in_titles("Part") and not source.in_titles("speeches") and not source.in_titles("Congress Khrushchev")


def test_titles_added_after_a_look_up_are_seen_by_the_next():
    source = material_with_titles(["Berlin"])
    assert not source.in_titles("Cuba")
    source.titles.append("Cuba, 1962")
    assert source.in_titles("Cuba")


@pytest.mark.parametrize("seed", range(30))
def test_look_ups_agree_with_searching_each_title(seed):
    rng = random.Random(seed)
    alphabet = ["a", "b", "A", "é", "1", " ", "-", "'", "(", ")", ".", "_", "ß"]
    titles = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(0, 6))]
    source = material_with_titles(titles)
    for _ in range(60):
        needle = "".join(rng.choice(alphabet + ['"']) for _ in range(rng.randint(0, 3)))
        assert source.in_titles(needle) == searched_one_by_one(needle, titles), (needle, titles)
