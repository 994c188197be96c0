"""People in a pack: told apart from places and things by what the pack says they did, so a word bank's spare name
is a person beside people."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises.kinds import agents, name_sort


@pytest.mark.parametrize("text, people", [
    ("Thomas Cromwell organised the break with Rome.", {"Thomas Cromwell"}),
    ("Henry Tudor won the Battle of Bosworth.", {"Henry Tudor"}),
    ("Henry VIII married six times.", {"Henry VIII"}),
    ("Philip II sent the Armada in 1588.", {"Philip II"}),
    ("East Germany built the wall in 1961.", set()),  # a place that acts
    ("Berlin Wall was built in 1961.", set()),  # a thing done to
    ("Cape Town grew quickly.", set()),
])
def test_a_given_and_family_name_that_act_or_a_monarch_is_a_person(text, people):
    assert agents(text) == people


def test_whom_someone_married_and_a_numbered_monarch_of_a_place_are_people():
    text = "She married Catherine of Aragon."
    start = text.index("Catherine")
    assert name_sort("Catherine of Aragon", text, start, start + 19, frozenset()) == "person"
    text = "The fleet of Philip II of Spain sailed."
    start = text.index("Philip")
    assert name_sort("Philip II of Spain", text, start, start + 18, frozenset()) == "person"


def test_a_person_named_of_a_place_is_a_person():
    text = "Cromwell arranged the marriage to Anne of Cleves."
    assert name_sort("Anne of Cleves", text, text.index("Anne"), len(text) - 1, frozenset()) == "person"
