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
  - title: Rebels and sailors
    points: ["**Robert Aske** led the Pilgrimage of Grace.", "**Francis Drake** sailed round the world."]
"""


def test_the_packs_people_are_offered_against_each_other_and_a_shared_given_name_gives_nothing_away():
    plan = worksheet.plan(loads(TUDORS), WorksheetOptions(seed="1", exercises=("match", "mcq")))
    choices = [question for section in plan.exercises.sections for question in section.questions
               if isinstance(question, Choice)]
    assert choices, "the pack's people make multiple choice"
    people = {"Henry Tudor", "Elizabeth of York", "Catherine of Aragon", "Thomas Cromwell", "Thomas More",
              "Robert Aske", "Francis Drake"}  # not Philip II of Spain: a king among people of no crown
    for choice in choices:
        assert set(choice.options) <= people and len(set(choice.options)) == 4


WIVES = """\
title: Henry VIII
subject: History
cards:
  - title: The Great Matter
    points: ["Henry had fallen for **Anne Boleyn**, who would not be his mistress.", "He wanted a son."]
  - title: The first marriage
    points: ["Henry married **Catherine of Aragon** in 1509.", "Only a daughter survived."]
  - title: The third marriage
    points: ["**Jane Seymour** gave him a son in 1537.", "She died soon after."]
  - title: The fourth marriage
    points: ["Cromwell arranged the marriage to **Anne of Cleves**.", "It was annulled within months."]
  - title: Ministers
    points: ["**Thomas Wolsey** failed to get the annulment.", "**Thomas Cromwell** ran the Dissolution.",
             "**Thomas Cranmer** became Archbishop of Canterbury.", "**Thomas More** refused the oath."]
"""


def test_a_person_is_offered_only_beside_people_of_the_same_sex_where_the_pack_tells():
    women = {"Anne Boleyn", "Catherine of Aragon", "Jane Seymour", "Anne of Cleves"}
    men = {"Thomas Wolsey", "Thomas Cromwell", "Thomas Cranmer", "Thomas More"}
    text = "Cromwell arranged the marriage to Anne of Cleves."
    assert name_sort("Anne of Cleves", text, text.index("Anne"), len(text) - 1, frozenset()) == "person"
    seen = set()
    for seed in ("1", "2", "3", "4"):
        plan = worksheet.plan(loads(WIVES), WorksheetOptions(seed=seed, exercises=("mcq",)))
        for section in plan.exercises.sections:
            for choice in section.questions:
                answer = choice.options[choice.answer]
                assert set(choice.options) <= (women if answer in women else men), choice.options
                seen.add(answer in women)
    assert seen == {True, False}  # "who would not be his mistress" is never one woman among men, nor the reverse
