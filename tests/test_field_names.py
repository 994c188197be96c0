"""A message names the field in words a teacher counts by: "card 4, point 6", never the bracket path that reads as
counting from 0."""
from __future__ import annotations

import pytest

from studypack.errors import Problem, StudypackError, readable_field
from studypack.source import loads


@pytest.mark.parametrize("path, shown", [
    ("cards[4].points[6]", "card 4, point 6"),
    ("cards[3].title", "card 3, title"),
    ("cards[1].images[2].path", "card 1, image 2, path"),
    ("questions[1].wrong[2]", "question 1, wrong answer 2"),
    ("questions[2].scheme[1]", "question 2, scheme point 1"),
    ("questions[1].match[3]", "question 1, pair 3"),
    ("labels.name", "labels.name"),
    ("title", "title"),
])
def test_a_field_path_is_named_in_words(path, shown):
    assert readable_field(path) == shown


def test_the_fourth_cards_sixth_point_is_called_so_where_it_is_wrong():
    cards = "".join(f"  - title: C{n}\n    points: [one]\n" for n in range(1, 4))
    text = f"title: T\ncards:\n{cards}  - title: C4\n    points:\n" + "".join(f"      - p{n}\n" for n in range(1, 6)) + "      - {a: 1}\n"
    with pytest.raises(StudypackError) as caught:
        loads(text, "p.yaml")
    (problem,) = caught.value.problems
    assert problem.field == "cards[4].points[6]"
    assert str(problem).startswith("p.yaml:16:9: card 4, point 6: a colon followed by a space starts a mapping")


def test_a_problem_with_no_field_prints_only_where_and_what():
    assert str(Problem("empty pack", "p.yaml", 1, 1)) == "p.yaml:1:1: empty pack"
