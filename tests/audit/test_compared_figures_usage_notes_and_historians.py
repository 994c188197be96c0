"""Rounds OZ–PA of the unseen-pack audit: two figures of one unit from one card are not both asked as multiple choice
(the C=C bond answers the C–C one), a count of atoms beside its formula is not made false, "alkaline" is one of two,
a note of when a phrase is said is no translation, "teeth" is told by "a 12-tooth driver", a historian quoted by his
book is never offered as a man of the story, nor a hyphened state as a person, and a year of three figures is never
scaled into one to come."""
from __future__ import annotations

from sheet_builds import material, pack_yaml
from studypack.layouts.worksheet.exercises.beside import told_beside
from studypack.layouts.worksheet.exercises.candidates import _true_false
from studypack.layouts.worksheet.exercises.distractors import scaled
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.material import holds
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.translate import vocabulary

BENZENE = pack_yaml("Aromatic chemistry", "Chemistry", [
    ("Kekulé's model", ["Benzene: molecular formula C~6~H~6~, a planar ring of **six** carbon atoms.",
                        "**Kekulé** proposed a ring of alternating double and single bonds."]),
    ("Evidence from bond lengths", ["C–C single bond: **0.154 nm**", "C=C double bond: **0.134 nm**",
                                  "Benzene's bonds are all **0.139 nm**."]),
    ("Nitration", ["Conditions: below **55 °C**, with concentrated sulfuric acid.",
                   "The electrophile is the **nitronium ion**."]),
    ("Halogenation", ["A halogen carrier such as **iron(III) bromide** is needed.",
                      "The reaction is done at about **25 °C**."])])


def test_a_count_of_atoms_beside_its_formula_is_not_made_false():
    assert _true_false(material(BENZENE), PointRef(0, 0), False) is None


def test_alkaline_is_one_of_two_and_a_note_of_when_it_is_said_is_no_meaning():
    source = material(pack_yaml("Digestion", "Biology", [("The small intestine", [
        "Bile makes the small intestine slightly **alkaline**, which suits its enzymes."])]))
    alkaline = next(term for term in source.terms[PointRef(0, 0)] if term.text == "alkaline")
    assert told_beside(source.pack.cards[0].points[0], alkaline)
    food = """title: La nourriture
lang: fr
cards:
  - title: Au restaurant
    points: ["**Bon appétit !** – said before eating", "**l'addition** (f) – the bill", "**le plat** – the dish"]
"""
    from studypack.source import loads
    words = [word for _, word, _ in vocabulary(loads(food, "food.yaml"))]
    assert not any("appétit" in word for word in words) and any("plat" in word for word in words), words


def test_teeth_are_told_by_a_tooth():
    assert holds("a 12-tooth driver turns a 36-tooth gear", "teeth")
    assert not holds("a 12-cog driver", "teeth")


def test_a_historian_quoted_by_his_book_and_a_hyphened_state_are_no_people():
    line = "Peter Wilson, Europe's Tragedy (2009): at heart a struggle over the constitution of the Empire."
    assert name_sort("Peter Wilson", line, 0, 12, frozenset({"Peter Wilson"})) == "person:historian"
    line = "First Moroccan Crisis (1905): the Kaiser visited Tangier."
    assert not name_sort("First Moroccan Crisis", line, 0, 21, frozenset()).startswith("person")  # (no book named)
    line = "Austria, Brandenburg-Prussia and Bavaria became the states that counted."
    assert name_sort("Brandenburg-Prussia", line, 9, 28, frozenset()) == "country"


def test_a_year_of_three_figures_is_not_scaled():
    source = material(pack_yaml("Volcanoes", "Geography", [("Eyjafjallajökull", [
        "Earlier eruptions in **920**, **1612** and **1821**."])]))
    year = next(term for term in source.terms[PointRef(0, 0)] if term.text == "920")
    assert scaled(year, "Earlier eruptions in ") == []
