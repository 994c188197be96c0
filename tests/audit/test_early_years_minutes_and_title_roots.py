"""Rounds PG–PH of the unseen-pack audit: a year before 1000 written after a name and before a colon ("Pragmatic
Sanction, 554: …") is a year, and an early century's decade ("the 620s") is never scaled into one to come; an
interval in minutes goes by steps ("every 30 minutes", not 9, 18 or 48); a title whose word the answer opens ("Ohmic
conductors" over "O____" for Ohm's law) is not printed before its blank; an ancient city is a place; and a sentence
whose other side glosses one of its words ("– lieber = rather") is not translated. Rounds PI–PJ: "the other 22 g"
leans on the line before, "Philip's plan for the Armada" is no moment, and a zero ("0 V") is never changed."""
from __future__ import annotations

from sheet_builds import asked_translations, material, pack_yaml
from studypack.layouts.worksheet.exercises.candidates import _gap, _true_false
from studypack.layouts.worksheet.exercises.events import surveys
from studypack.layouts.worksheet.exercises.distractors import scaled
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.roles import leans_on_previous

JUSTINIAN = """title: The Byzantine Empire under Justinian, 527–565
subject: History
cards:
  - title: Italy
    date: 535–554
    points:
      - "**Pragmatic Sanction**, **554**: settled the government of Italy under Constantinople."
      - "Southern Spain was lost to the Visigoths by the **620s**."
"""


def test_an_early_year_before_a_colon_is_a_year_and_its_decade_is_not_scaled():
    source = material(JUSTINIAN)
    kinds = {term.text: term for ref in source.refs for term in source.terms[ref]}
    assert kinds["554"].kind == "year"
    assert scaled(kinds["620s"], "Southern Spain was lost to the Visigoths by the ") == []


def test_an_interval_in_minutes_goes_by_steps():
    source = material(pack_yaml("Hormones", "Biology", [("Glucose tolerance test", [
        "Blood glucose is measured every **30 minutes** for about 2 hours."])]))
    interval = next(term for term in source.terms[PointRef(0, 0)] if term.text == "30 minutes")
    values = [float(option.split()[0]) for option in scaled(interval)]
    assert values and all(value % 5 == 0 for value in values), values  # (not 9, 18 or 48 minutes)


def test_a_title_the_answer_opens_is_not_printed_before_its_blank():
    source = material(pack_yaml("Electricity", "Physics", [("Ohmic conductors", [
        "**Ohm's law**: current is directly proportional to p.d. at constant temperature.",
        "A fixed resistor at constant temperature is an ohmic conductor."])]))
    gap = _gap(source, PointRef(0, 0))
    assert gap is None or not any("Ohmic" in segment.text for segment in gap.segments if segment.role == "context")


def test_an_ancient_city_is_a_place():
    line = "The peace broke in 540: Khosrow sacked Antioch while Justinian's armies were in Italy."
    assert name_sort("Antioch", line, 40, 47, frozenset()) == "place"


def test_a_sentence_whose_other_side_glosses_one_word_is_not_translated():
    asked = asked_translations("Gesundheit", "de", "Essen", [
        "**Ich esse lieber Obst als Schokolade.** – lieber = rather / prefer", "**das Obst** – fruit",
        "**das Gemüse** – vegetables"])
    assert asked and not any("lieber" in repr(item) for item in asked), asked


def test_the_rest_of_a_figure_a_plan_and_a_zero_are_not_asked():
    assert leans_on_previous("Mass is conserved, so the other 22 g leaves as carbon dioxide gas.")
    assert not leans_on_previous("One reactant is an acid; the other is a base.")
    assert surveys("Philip's plan for the Armada") and not surveys("The Armada sails")
    mains = material(pack_yaml("Mains electricity", "Physics", [("Wires", [
        "The neutral wire is at or near **0 V**.", "The live wire carries **230 V** a.c. at **50 Hz**."])]))
    assert _true_false(mains, PointRef(0, 0), False) is None
