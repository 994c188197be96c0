"""People in a pack: told apart from places and things by what the pack says they did, so multiple choice can
offer the pack's people against each other, and a given name shared by two of them gives neither away."""
from __future__ import annotations

import pytest

from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import Choice
from studypack.layouts.worksheet.exercises.kinds import agents, name_sort
from studypack.source import loads


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


TUDORS = """\
title: Tudors
cards:
  - title: Bosworth
    points: ["**Henry Tudor** won the battle in 1485.", "He married **Elizabeth of York**."]
  - title: Marriages
    points: ["Henry VIII married **Catherine of Aragon** in 1509.", "The Pope would not annul it."]
  - title: Break with Rome
    points: ["**Thomas Cromwell** organised the break with Rome.", "Critics such as **Thomas More** were executed."]
  - title: Armada
    points: ["**Philip II of Spain** sent the Armada in 1588.", "Storms wrecked the fleet."]
"""


def test_the_packs_people_are_offered_against_each_other_and_a_shared_given_name_gives_nothing_away():
    plan = worksheet.plan(loads(TUDORS), WorksheetOptions(seed="1", exercises=("match", "mcq")))
    choices = [question for section in plan.exercises.sections for question in section.questions
               if isinstance(question, Choice)]
    assert choices, "the pack's people make multiple choice"
    people = {"Henry Tudor", "Elizabeth of York", "Catherine of Aragon", "Thomas Cromwell", "Thomas More",
              "Philip II of Spain"}
    for choice in choices:
        assert set(choice.options) <= people and len(set(choice.options)) == 4
