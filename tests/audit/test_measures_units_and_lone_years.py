"""Rounds QE–QF of the unseen-pack audit: a year that dates a measure is not changed, a unit named by its symbol on
the line is no blank, a state that "still" holds is no event, a word bank left with one year gives it a spare, and a
description beside a word ("big bonfires, especially …", "everything else") is no translation of it."""
from __future__ import annotations

import pytest

import re
from pathlib import Path

from sheet_builds import material, of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.candidates import gap_candidates
from studypack.layouts.worksheet.exercises.questions import Gap, Timeline, Translate, TrueFalse

POPULATION = pack_yaml("Global population", "Geography", [
    ("Fertility", ["South Korea's fertility rate fell to about **0.7** in **2023**.",
                   "About **281 million** people lived outside their country of birth in **2020**."]),
    ("Milestones", ["The world passed **7 billion** people in **2011**.", "The UN marked 8 billion on 15 November **2022**.",
                    "China ended its one-child policy in **2015**."]),
    ("Policies", ["China brought in the one-child policy in **1980**.", "Malthus published his essay in **1798**."]),
])


def test_a_year_that_dates_a_measure_is_not_changed():
    changed, asked = [], 0
    for seed in "123456":
        plan = planned(POPULATION, seed, exercises=("tf", "gap"))
        asked += sum(len(section.questions) for section in plan.exercises.sections)
        changed += ["".join(segment.text for segment in question.segments)
                    for question in of_kind(plan, TrueFalse) if not question.true]
    assert asked
    assert not any("fell to" in text or "281 million" in text or "7 billion" in text for text in changed), changed


SPEED = pack_yaml("Speed", "Maths", [
    ("Units", ["Speed in km/h needs distance in km and time in **hours**.",
               "Convert **minutes** to hours by dividing by 60."]),
    ("Graphs", ["On a distance–time graph the **gradient of the line** is the speed."]),
])


def test_a_unit_whose_symbol_its_line_prints_is_no_blank():
    source = material(SPEED)
    blanks = [blank.text for candidate in gap_candidates(source) if isinstance(gap := candidate.build(0), Gap)
              for blank in gap.answers]
    assert blanks and "hours" not in blanks, blanks  # "time in h____" beside "km/h"


NORMANS = pack_yaml("The Norman Conquest, 1066–1087", "History", [
    ("Hastings", ["William defeated Harold at Hastings in **October 1066**."]),
    ("Revolts", ["Edwin and Morcar rebelled in **1068**."]),
    ("The Harrying of the North", ["William's army laid waste to Yorkshire in **1069**.",
                                   "Domesday Book still lists many Yorkshire villages as waste in **1086**."]),
    ("Domesday", ["William ordered the Domesday survey at Gloucester in **1085**."]),
    ("Death", ["William died at Rouen in **1087**."]),
])


def test_a_state_that_still_holds_is_no_event():
    events = []
    for seed in "123456":
        events += [event.text for timeline in of_kind(planned(NORMANS, seed, exercises=("timeline",)), Timeline)
                   for event in timeline.events]
    assert events and not any("still" in text for text in events), events


REFORMATION = (Path(__file__).parent / "fresh" / "history_reformation_germany.yaml").read_text(encoding="utf-8")


@pytest.mark.slow  # (several whole sheets built: in make test-slow)
def test_a_word_bank_never_holds_one_year_alone():
    banks = 0
    for seed in ("4", "21", "33", "36"):  # (the seeds whose sheets print a box)
        for section in planned(REFORMATION, seed).exercises.sections:
            if section.bank:  # "The Diets of Speyer: ____" beside Wittenberg, Innsbruck, Mühlberg: the one year
                banks += 1
                assert sum(bool(re.fullmatch(r"\d{4}", word)) for word in section.bank) != 1, (seed, section.bank)
    assert banks


FESTE = """\
title: Feste und Umwelt
subject: German
lang: de
cards:
  - title: Ostern
    points:
      - "**das Osterfeuer** – big bonfires, especially in northern Germany."
      - "**der Osterhase** – the Easter bunny"
      - "**das Osterei** – the Easter egg"
  - title: Müll trennen
    points:
      - "**die Restmülltonne** – everything else"
      - "**die Biotonne** – the food waste bin"
      - "**der Müll** – rubbish"
  - title: Weihnachten
    points:
      - "**der Weihnachtsmarkt** – the Christmas market"
      - "**das Geschenk** – the present"
"""


def test_a_description_beside_a_word_is_no_translation_of_it():
    shown = []
    for seed in "123456":
        shown += [f"{item.shown} = {item.answer}" for item in of_kind(planned(FESTE, seed, exercises=("translate",)),
                                                                        Translate)]
    assert shown  # (the Easter bunny, the present are still asked)
    assert not any("bonfires" in item or "everything" in item for item in shown), shown


KENYA = (Path(__file__).parent / "fresh" / "geography_kenya.yaml").read_text(encoding="utf-8")


@pytest.mark.slow  # (several whole sheets built: in make test-slow)
def test_a_numbered_label_never_stands_alone_of_its_kind_in_a_word_bank():
    for seed in "123456":
        for section in planned(KENYA, seed).exercises.sections:
            labels = [word for word in section.bank if re.fullmatch(r"(?i)stage\s+\d", word)]
            assert len(labels) != 1, (seed, section.bank)  # "Kenya sits in ____ of the DTM": the one stage
