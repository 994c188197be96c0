"""Round HJ–HL of the unseen-pack audit: a false statement's year stays inside the span the sheet's heading prints,
and a line under a question title whose only verb is in a note is no statement of its own."""
from __future__ import annotations

import random
import re

from studypack.layouts.worksheet.exercises.candidates import _true_false
from studypack.layouts.worksheet.exercises.material import Material
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.source import loads
from sheet_builds import pack_yaml

ELIZABETH = pack_yaml("Early Elizabethan England, 1558–88", "History", [
    ("Poverty", ["Population grew from about 3 million (1558) to about 4 million by 1600.",
                 "The Poor Law of 1601 came after the period."]),
    ("Why was poverty increasing?", ["**Rack-renting** (landlords hiked rents) + decline in the cloth trade",
                                     "Bad harvests made **food** dearer."]),
    ("Plots", ["The Ridolfi Plot planned a Spanish invasion.", "Walsingham ran a network of spies."]),
    ("Execution of Mary Queen of Scots", ["Put on trial Oct 1586 → found guilty of treason",
                                          "She was beheaded at Fotheringhay."])])


def _statements(text: str, ref: PointRef, true: bool) -> list:
    found = []
    for seed in range(12):
        statement = _true_false(Material(loads(text, "tudors.yaml"), random.Random(seed)), ref, true)
        if statement is not None:
            found.append("".join(segment.text for segment in statement.segments))
    return found


def test_a_false_year_stays_inside_the_span_the_heading_prints():
    falsified = _statements(ELIZABETH, PointRef(3, 0), False)
    assert falsified
    assert all(1558 <= int(year) <= 1588 for line in falsified for year in re.findall(r"\b1\d{3}\b", line))


def test_a_line_under_a_question_whose_only_verb_is_in_a_note_states_nothing():
    assert _statements(ELIZABETH, PointRef(1, 0), True) == []
    assert _statements(ELIZABETH, PointRef(1, 1), True)
