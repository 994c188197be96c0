"""Rounds PB–PF of the unseen-pack audit: one of a few (a group's element, a colour) blanked beside another of them
in a list ("works the same with ____ and iodine") is no gap; an air pressure in hPa is never scaled into values no
weather has ("268 hPa", "1432 hPa" beside a "very low" 895 hPa); the subject printed in the sheet's heading is not
asked ("Deutsch" under "Arbeitsblatt · German"); a place after "of" ("the fall of Sevastopol led to …") is no one
who acted; a figure its line works a sum with, hours a day past 24 and a grammar note's "background + event" are not
asked; and a wind speed goes by steps."""
from __future__ import annotations

import random

from sheet_builds import asked_translations, material, pack_yaml
from studypack.layouts.worksheet.exercises.candidates import _gap, _true_false
from studypack.layouts.worksheet.exercises.distractors import scaled
from studypack.layouts.worksheet.exercises.kinds import agents
from studypack.layouts.worksheet.exercises.questions import PointRef


def test_one_of_a_few_listed_beside_another_is_no_gap():
    source = material(pack_yaml("Alkenes", "Chemistry", [("Adding halogens", [
        "Alkenes decolourise **bromine** water: orange to colourless.",
        "Works the same with **chlorine** and iodine.",
        "The product is a **dihaloalkane**."])]))
    gap = _gap(source, PointRef(0, 1))
    assert gap is None or "chlorine" not in [blank.text for blank in gap.answers]
    fair = _gap(material(pack_yaml("Alkenes", "Chemistry", [("Adding halogens", [
        "Alkenes decolourise **bromine** water: orange to colourless."])])), PointRef(0, 0))
    assert fair is not None  # (alone in its line, the element is asked)


def test_an_air_pressure_is_not_scaled():
    source = material(pack_yaml("Tropical storms", "Geography", [("Typhoon Haiyan", [
        "A very low central pressure of about **895 hPa**."])]))
    pressure = next(term for term in source.terms[PointRef(0, 0)] if term.text == "895 hPa")
    assert scaled(pressure, "A very low central pressure of about ") == []


def test_the_sheets_subject_and_a_place_after_of_are_not_asked_or_offered_as_people():
    assert agents("Exam tip - say what the fall of Sevastopol led to (peace talks).") == set()
    assert agents("Rani of Jhansi led rebels.") == set()
    asked = asked_translations("Schule", "de", "Fächer", ["**Deutsch** – German", "**Mathe** – maths",
                                                          "**Erdkunde** – geography", "**Kunst** – art"], "German")
    assert asked and not any("Deutsch" in repr(item) for item in asked), asked


def test_a_figure_a_sum_on_its_line_ties_and_a_grammar_note_are_not_asked():
    pulse = material(pack_yaml("Exercise", "Biology", [("Heart rate", [
        "Count your **pulse** for **15 seconds**, then multiply by 4.",
        "A trained athlete's resting heart rate can be as low as **40 beats per minute**."])]))
    assert _true_false(pulse, PointRef(0, 0), False) is None
    asked = asked_translations("El tiempo", "es", "Hacía sol o hizo sol", [
        "**Hacía sol cuando llegamos** – background + event in one sentence", "**hace calor** – it is hot",
        "**llueve** – it rains", "**nieva** – it snows"])
    assert asked and not any("llegamos" in repr(item) for item in asked), asked


def test_hours_a_day_are_never_offered_past_a_day():
    mills = pack_yaml("Factory reform", "History", [
        ("1802 Act", ["Pauper apprentices: max **12 hours** a day.", "Applied only to cotton mills."]),
        ("1833 Act", ["Children 9–13: max **48 hours** a week.", "Four factory inspectors were appointed."]),
        ("1847 Act", ["Ten Hours Act: women and children max **58 hours** a week."])])
    for seed in range(8):
        source = material(mills)
        source.rng = random.Random(seed)
        statement = _true_false(source, PointRef(0, 0), False)
        printed = "" if statement is None else "".join(segment.text for segment in statement.segments)
        assert "48 hours" not in printed and "58 hours" not in printed, printed


def test_a_wind_speed_goes_by_steps():
    source = material(pack_yaml("Hurricanes", "Geography", [("Katrina", [
        "Made landfall as a Category 3 storm with winds of about **205 km/h**."])]))
    wind = next(term for term in source.terms[PointRef(0, 0)] if term.text == "205 km/h")
    values = [float(option.split()[0]) for option in scaled(wind)]
    assert values and all(abs(value - 205) % 50 == 0 for value in values), values  # (not 512 or 820 km/h)
