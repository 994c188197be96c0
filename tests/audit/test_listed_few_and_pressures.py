"""Rounds PB–PC of the unseen-pack audit: one of a few (a group's element, a colour) blanked beside another of them
in a list ("works the same with ____ and iodine") is no gap, and an air pressure in hPa is never scaled into
values no weather has ("268 hPa", "1432 hPa" beside a "very low" 895 hPa)."""
from __future__ import annotations

from sheet_builds import material, pack_yaml
from studypack.layouts.worksheet.exercises.candidates import _gap
from studypack.layouts.worksheet.exercises.distractors import scaled
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
