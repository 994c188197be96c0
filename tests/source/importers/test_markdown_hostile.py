"""Markdown that trips the parser's limits: every word kept, or the file refused at its line — never lost quietly."""
from __future__ import annotations

import pytest

from studypack.errors import StudypackError
from studypack.source.importers import import_text


def _points(text: str) -> list[list[str]]:
    return [[point.text for point in card.points] for card in import_text(text, "notes.md", "markdown").pack.cards]


def _nested_list(depth: int) -> str:
    return "".join(f"{'  ' * level}- level {level + 1}\n" for level in range(depth))


def test_a_list_nested_ten_deep_keeps_its_deepest_item_and_the_cards_after_it():
    cards = _points("## Deep\n" + _nested_list(10) + "\n## Later\n- still here\n")
    assert "level 10" in cards[0][0]
    assert cards[1] == ["still here"]


def test_a_list_nested_beyond_what_can_be_read_is_refused_at_its_line():
    with pytest.raises(StudypackError) as caught:
        import_text("## Deep\n" + _nested_list(60) + "\n## Later\n- still here\n", "notes.md", "markdown")
    assert [str(problem) for problem in caught.value.problems] == [
        "notes.md:21: the Markdown here nests lists, quotes or emphasis more than 40 levels deep"
        " — flatten the lists or remove the extra marks"]


def test_emphasis_nested_hundreds_deep_is_refused_at_its_line_not_a_crash():
    with pytest.raises(StudypackError) as caught:
        import_text("## Deep\n\n- " + "*a " * 300 + "word" + " a*" * 300 + "\n", "notes.md", "markdown")
    assert [str(problem) for problem in caught.value.problems] == [
        "notes.md:3: the Markdown here nests lists, quotes or emphasis more than 40 levels deep"
        " — flatten the lists or remove the extra marks"]


def test_quotes_nested_hundreds_deep_are_refused_rather_than_dropped():
    with pytest.raises(StudypackError, match=r"^notes.md:3: the Markdown here nests lists, quotes or emphasis more than 40"):
        import_text("## Deep\n\n" + "> " * 300 + "the whole card\n", "notes.md", "markdown")


def test_an_item_numbered_like_a_year_keeps_its_number():
    assert _points("## Thaw\n\n1956. Secret speech\n\n1961) Stalin's body moved\n") == [
        ["1956. Secret speech", "1961) Stalin's body moved"]]


@pytest.mark.parametrize("numbers", [("1", "2", "3"), ("1", "1", "1")])
def test_a_numbered_list_counting_from_1_drops_only_the_count(numbers):
    items = "".join(f"{number}. {word}\n" for number, word in zip(numbers, ("first", "second", "third")))
    assert _points("## Steps\n\n" + items) == [["first", "second", "third"]]


def test_a_bullet_holding_only_a_numbered_item_keeps_it_whole():
    assert _points("## Steps\n\n- 1. first\n- 2. second\n") == [["1. first", "2. second"]]


def test_a_nested_numbered_list_under_a_parent_keeps_its_shape():
    assert _points("## Steps\n\n- Steps:\n  1. first\n  2. second\n") == [["Steps: first; second"]]
