"""Round HJ–HL of the unseen-pack audit: a false statement's year stays inside the span the sheet's heading prints,
and a line under a question title whose only verb is in a note is no statement of its own."""
from __future__ import annotations

import random
import re
from pathlib import Path

from studypack.layouts.worksheet.exercises.candidates import _counted_unasked, _headed_otherwise, _true_false
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.flips import flip
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.material import Material, title_topic
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.terms import Term
from studypack.source import loads
from sheet_builds import material, pack_yaml

ELIZABETH = pack_yaml("Early Elizabethan England, 1558–88", "History", [
    ("Poverty", ["Population grew from about 3 million (1558) to about 4 million by 1600.",
                 "The Poor Law of 1601 came after the period."]),
    ("Why was poverty increasing?", ["**Rack-renting** (landlords hiked rents) + decline in the cloth trade",
                                     "Bad harvests made **food** dearer."]),
    ("Plots", ["The Ridolfi Plot planned a Spanish invasion.", "Walsingham ran a network of spies."]),
    ("Execution of Mary Queen of Scots", ["Put on trial Oct 1586 → found guilty of treason",
                                          "She was beheaded at Fotheringhay."])])


def _counted(line: str, figure: str) -> bool:
    start = line.index(figure)
    return _counted_unasked(line, Term(figure, start, start + len(figure), "number", "number:" + figure, True))


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


def test_a_flip_is_not_set_where_a_note_says_why_the_word_holds():
    assert flip("Popular with nationalists and industrialists (orders for steel, ships).", []) is None
    assert flip("Powdered marble reacts faster with acid than marble chips (same mass).", []) is not None


def test_a_title_asking_more_than_what_a_thing_is_names_no_topic():
    assert title_topic("What are pathogens and how do they spread?") == "What are pathogens and how do they spread?"
    assert title_topic("What is a tropical storm?") == "Tropical storm"


def test_a_subject_is_swapped_only_for_one_its_card_describes_on_a_line_of_its_own():
    pathogens = pack_yaml("Infection and response", "Biology", [("Pathogens", [
        "4 types – **bacteria**, **viruses**, **protists**, **fungi**. Affect plants AND animals.",
        "**Bacteria** reproduce fast by splitting + release **toxins** that damage tissues.",
        "**Viruses** live & reproduce **inside cells** → cell bursts → cell damage."])])
    falsified = _statements(pathogens, PointRef(0, 1), False)
    assert falsified and not any("Protists" in line or "Fungi" in line for line in falsified)


def test_a_figure_hidden_with_what_it_counts_is_not_asked_but_one_with_its_measure_is():
    assert _counted("Primary: c. 6 300 deaths, approx. 1.1 million homes damaged", "6 300 deaths")
    assert not _counted("The siege lasted 13 days in all.", "13 days")
    assert not _counted("A loaf cost approx. 200 000 million marks (Nov 1923).", "200 000 million marks")


def test_a_figure_said_to_be_the_greatest_ever_is_no_choice_among_figures():
    haiyan = pack_yaml("Weather hazards", "Geography", [("Typhoon Haiyan", [
        "One of the strongest tropical storms ever to reach land – winds up to approx. **315 km/h**",
        "Storm surge up to **5 m** high flooded Tacloban.",
        "Category 5 = winds over **252 km/h**."])])
    source = material(haiyan)
    winds = next(term for term in source.terms[PointRef(0, 0)] if term.text == "315 km/h")
    shown = source.point(PointRef(0, 0)).text
    assert all(distractors(winds, source.pool, random.Random(seed), 3, shown) is None for seed in range(6))


def test_a_named_thing_is_swapped_only_for_one_of_its_sort():
    act = Term("Military Service Act", 0, 20, "name", "name:military service act", True, sort="document")
    assert _headed_otherwise(act, "Zimmermann Telegram")
    assert not _headed_otherwise(act, "Defence of the Realm Act")
    battle = Term("Battle of the Somme", 0, 19, "name", "name:battle of the somme", True, sort="event")
    assert not _headed_otherwise(battle, "Battle of Verdun")
    princip = Term("Gavrilo Princip", 0, 15, "name", "name:gavrilo princip", True, sort="person")
    assert not _headed_otherwise(princip, "Franz Ferdinand")


def test_a_place_the_card_only_quotes_is_no_swap_for_where_things_happen():
    korea = (Path(__file__).parent / "fresh" / "history_korea.yaml").read_text(encoding="utf-8")
    invasion = next(index for index, line in enumerate(re.findall(r"(?m)^  - title: (.*)$", korea))
                    if line == "The invasion")
    assert not any("Munich" in line for line in _statements(korea, PointRef(invasion, 1), False))


def test_a_railroad_is_no_person_even_where_it_acts():
    line = "Transcontinental Railroad's opening in 1869 brought settlers west."
    assert name_sort("Transcontinental Railroad", line, 0, 25, frozenset({"Transcontinental Railroad"})) \
        == "thing:railroad"
