"""What the blind audit of set UX struck: "the Father, the Son and the H____ (2 words)"; "S____ (2 words) stretch
slightly, so the passenger slows down" (seat belts); "el/la recepcionista" to translate; and "Pattern to remember: the
USSR got most of the early 'firsts'" set as a true statement. And of set UY: "boxer M____ (2 words)", "Nixon
resigned over W____", "diet and r____ (2 words)", and "The French defeat and the Geneva Accords" matched to the one
statement naming France. And of my own reading of set UY's sheets: "glucose … used up by cells in r____" and
"burning fossil fuels + d____"."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises.candidates import true_false_candidates
from studypack.layouts.worksheet.exercises.questions import plain
from sheet_builds import blanked, offered, pack_yaml, translated


@pytest.mark.parametrize("title, line, answer", [
    ("The Trinity", "One God in three Persons – the Father, the Son and the **Holy Spirit**.", "Holy Spirit"),
    ("The Trinity", "Father → creator of all; Son → God incarnate as Jesus; **Holy Spirit** → God's unseen power at "
                    "work in the world today.", "Holy Spirit"),
    ("Safety features", "**Seat belts** stretch slightly, so the passenger slows down over a longer time.",
     "Seat belts"),
])
def test_a_set_phrase_every_pupil_finishes_is_not_lettered(title, line, answer):
    assert answer not in blanked(pack_yaml("Revision", "Religious Studies", [(title, [line])]))


def test_a_cognate_after_both_articles_is_not_asked():
    asked = translated("En el hotel", "Spanish", ["**el/la recepcionista** – the receptionist",
                                                  "**la habitación doble** – the double room",
                                                  "**la llave** – the key", "**el ascensor** – the lift"])
    assert asked and not any("recepcionista" in item for item in asked), asked


def test_a_label_of_what_to_remember_is_no_statement():
    space = pack_yaml("The Space Race", "History", [("First humans in space", [
        "Yuri Gagarin became the first person in space in April 1961.",
        "Pattern to remember: the USSR got most of the early 'firsts'; the USA caught up in the mid-1960s.",
        "Alan Shepard became the first American in space in May 1961."])])
    statements = offered(space, true_false_candidates, {True: 50, False: 50})
    assert statements and not any("Pattern to remember" in plain(statement.segments) for statement in statements)


@pytest.mark.parametrize("title, line, answer", [
    ("Opposition at home", "Students burned draft cards, and boxer **Muhammad Ali** refused to serve (1967).",
     "Muhammad Ali"),
    ("The end of the war", "Congress cut aid, and Nixon resigned over **Watergate** in August 1974.", "Watergate"),
    ("Type 2 diabetes", "Treatment: first a carbohydrate-controlled diet and **regular exercise**; then drugs.",
     "regular exercise"),
    ("Blood glucose", "Glucose comes into the blood from digested food; it is used up by cells in **respiration**.",
     "respiration"),
    ("The carbon cycle", "Human effect: burning fossil fuels + **deforestation** → more CO2 in the atmosphere.",
     "deforestation"),
])
def test_a_name_or_phrase_known_to_all_by_its_line_is_not_lettered(title, line, answer):
    assert answer not in blanked(pack_yaml("Revision", "History", [(title, [line])]))


def test_a_statement_naming_the_titles_country_by_its_other_form_is_not_matched_to_it():
    from studypack.layouts.worksheet.exercises.claims import echoes
    assert echoes("By 1954 the USA was already paying three-quarters of France's war costs.",
                  "The French defeat and the Geneva Accords")
