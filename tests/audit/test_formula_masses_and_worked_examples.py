"""A chemistry pack of worked formula masses ("CO2 = 12 + (2 × 16) = 44") gave a sheet of three questions: its sums
are now asked, the atomic masses beside the formula ("CO₂ (Ar: C = 12, O = 16) → Mr = ____"). And an economics pack
of worked elasticities gave one: "Example 1: … → YED = 12 ÷ 5 = +2.4 → luxury" was read as a practice question set,
its sign as a sum going on and its verdict as more working."""
from __future__ import annotations

import re

import pytest

from studypack.layouts.worksheet.exercises import Calc
from studypack.layouts.worksheet.exercises.formula_mass import formula_mass
from studypack.layouts.worksheet.exercises.questions import plain
from sheet_builds import built, fresh_pack, of_kind, pack_yaml, planned

@pytest.mark.parametrize("line, formula, masses, answer", [
    ("CO2 = 12 + (2 × 16) = 44", "CO₂", {"C": 12, "O": 16}, "44"),
    ("Ca(OH)2 = 40 + 2 × (16 + 1) = 40 + 34 = 74", "Ca(OH)₂", {"Ca": 40, "O": 16, "H": 1}, "74"),
    ("(NH4)2SO4 = 2 × (14 + 4) + 32 + 64 = 132", "(NH₄)₂SO₄", {"N": 14, "H": 1, "S": 32, "O": 16}, "132"),
    ("Hydrates – add the water on: CuSO4·5H2O = 63.5 + 32 + 64 + (5 × 18) = 249.5", "CuSO₄·5H₂O",
     {"Cu": 63.5, "S": 32, "O": 16, "H": 1}, "249.5"),
    ("CuO = 64 + 16 = 80", "CuO", {"Cu": 64, "O": 16}, "80"),  # (the card's own rounding of copper)
    ("Mr(BaSO₄) = 137 + 32 + (4 × 16) = 233", "BaSO₄", {"Ba": 137, "S": 32, "O": 16}, "233"),
    ("Mr of ethene, C2H4 = (2 × 12) + (4 × 1) = 28", "C₂H₄", {"C": 12, "H": 1}, "28"),
    ("Example: NaCl → 23 + 35.5 = 58.5", "NaCl", {"Na": 23, "Cl": 35.5}, "58.5"),  # (an arrow after the formula)
])
def test_a_worked_formula_mass_is_read_with_the_atomic_masses_that_give_its_figure(line, formula, masses, answer):
    found = formula_mass(line)
    assert found is not None and found.formula == formula and dict(found.masses) == masses
    assert found.number == answer


@pytest.mark.parametrize("line", [
    "CO2 = 12 + 16 = 28",  # (the card's sum is wrong: a key from it would be)
    "HCF = 2 × 3 = 6",  # (a maths line: no atomic masses give 6)
    "Mr(BaSO₄) = 137 + 32 + (4 × 16) = 233, so mass = 0.005 × 233 = 1.17 g",  # (a longer sum's first step)
    "Relative formula masses: N₂ = 2 × 14 = 28; NH₃ = 14 + (3 × 1) = 17.",
    "Fe = 56 + 0 = 56",
])
def test_a_line_that_is_no_one_formula_mass_is_not_read_as_one(line):
    assert formula_mass(line) is None


def test_formula_masses_are_asked_on_the_sheet_with_the_atomic_masses_given():
    plan, sheet, key = built(fresh_pack("chemistry_formula_mass_empirical.yaml"), "1")
    assert len(of_kind(plan, Calc)) >= 3, sheet  # (the pack's sheet held three questions before)
    assert re.search(r"H₂SO₄ \(Ar: H = 1, S = 32, O = 16\) → Mr =", sheet), sheet
    assert re.search(r"\b98 \[2\] H₂SO₄ = \(2 × 1\) \+ 32 \+ \(4 × 16\) = 98", key), key


def test_the_pack_writes_the_symbols_the_question_uses():
    pack = pack_yaml("Moles", "Chemistry", [("Formula mass", [
        "Add up the Aᵣ values of every atom to get Mᵣ.", "Example: NaCl = 23 + 35.5 = 58.5",
        "Example: MgO = 24 + 16 = 40", "Example: CaCO₃ = 40 + 12 + (3 × 16) = 100"])])
    stems = [plain(calc.segments) for seed in "12" for calc in of_kind(planned(pack, seed), Calc)]
    assert stems and all(re.search(r"\(Aᵣ: .*\) → Mᵣ\s=\s\d", stem) for stem in stems), stems

@pytest.mark.parametrize("title, line, stem, answer", [
    ("YED worked examples", "Example 1: average income rises from £30,000 to £31,500 (+5%) and demand for cruise "
                            "holidays rises by 12% → YED = 12 ÷ 5 = **+2.4** → luxury.",
     "rises by 12% → YED = ", "2.4"),
    ("Percentage change", "Example: price rises from £4.00 to £5.00 → (5 − 4) ÷ 4 × 100 = +25%.",
     "price rises from £4.00 to £5.00 → ", "25"),
    ("Worked calculations – growth rates and real GDP",  # (the unit's word says which of the two)
     "Example: real GDP rises from £500bn to £515bn → (515 − 500) ÷ 500 × 100 = **3% growth**.",
     "real GDP rises from £500bn to £515bn → ", "3"),
])
def test_a_numbered_example_with_a_signed_result_and_a_verdict_is_asked(title, line, stem, answer):
    pack = pack_yaml("Elasticity", "Economics", [(title, ["Percentage change = (new − old) ÷ old × 100.", line])])
    calcs = [calc for seed in "12" for calc in of_kind(planned(pack, seed), Calc)]
    assert calcs and all(stem in plain(calc.segments).replace("\u00a0", " ") for calc in calcs), calcs
    assert {calc.answers[0].text for calc in calcs} == {answer}
