"""Rounds NU and NV of the unseen-pack audit: a kinetics sheet promised a first letter before every gap where a
formula's blank ("____ is the catalyst in the Contact process") had none, …"""
from __future__ import annotations

from sheet_builds import built, calculations, hideable, of_kind, pack_yaml
from studypack.layouts.worksheet.exercises.questions import Gap


def test_gap_instructions_promise_first_letters_only_where_every_blank_has_one():
    text = pack_yaml("Catalysts", "Chemistry", [
        ("How a catalyst works", ["A catalyst gives an **alternative pathway** with a lower activation energy.",
                                  "A catalyst does not change the position of **equilibrium**."]),
        ("Examples", ["**\\ce{V2O5}** is the catalyst in the Contact process.",
                      "**\\ce{MnO2}** speeds up the breakdown of hydrogen peroxide."]),
        ("Enzymes", ["Enzymes are **proteins** that act as biological catalysts.",
                     "Each enzyme fits its substrate at the **active site**."]),
        ("Rates", ["Rates rise with temperature because more collisions pass the **activation energy**.",
                   "A powder reacts faster than a lump because of its larger **surface area**."])])
    plan, sheet, _ = built(text, "1", exercises=("gap",), word_bank=False)
    gaps = of_kind(plan, Gap)
    assert any(blank.hint for gap in gaps for blank in gap.answers), sheet
    assert not all(blank.hint for gap in gaps for blank in gap.answers), sheet
    assert "Where there are letters before a line, they are the start of its answer." in sheet
    assert "The letters before a line are the start of its answer." not in sheet


def test_a_part_is_not_asked_beside_the_whole_and_the_other_part():
    line = ("**2019**: about **4.2 million** visitors – around **2.7 million stopover** and **1.5 million cruise** "
            "passengers.")
    text = pack_yaml("Tourism in Jamaica", "Geography", [
        ("Tourism in figures", [line, "Tourism earned about **US$3.6 billion** in foreign exchange."]),
        ("Growth", ["**Montego Bay** grew around its airport.", "The **Jamaica Tourist Board** was set up in 1955."])])
    assert "1.5 million cruise" not in hideable(text, "2019: about")
    assert "2.7 million stopover" not in hideable(text, "2019: about")
    assert "4.2 million" not in hideable(text, "2019: about")


def test_an_example_that_has_its_result_worked_in_words_is_asked():
    asked = calculations(pack_yaml("Transformations", "Maths", [
        ("Lengths, areas and volumes", [
            "Enlarge by scale factor **k**: lengths × k, areas × k², volumes × k³.",
            "Example: a rectangle of area **12 cm^2^** enlarged by scale factor 3 has area 12 × 9 = **108 cm^2^**."]),
        ("Distance–time graphs", ["The gradient is the speed.",
                                  "Example: 120 km in 2 hours gives gradient 120 ÷ 2 = **60 km/h**."])]))
    assert any("scale factor 3 → area = [108] cm²" in stem for stem in asked), asked
    assert any("120 km in 2 hours → gradient = [60] km/h" in stem for stem in asked), asked
