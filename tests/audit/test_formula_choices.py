"""A formula or an ion is not asked as a multiple choice: among four formulas the stem's element or charge picks the
one that fits ("Mg²⁺ and ____" offering O²⁻ among three cations; "1 lone pair on the nitrogen" offering NH₃ among
CO₂, CH₄ and H₂O). Blind audits struck five such questions in eight."""
from __future__ import annotations

import re

from sheet_builds import built, of_kind, pack_yaml
from studypack.layouts.worksheet.exercises.questions import Choice

BONDING = pack_yaml("Bonding", "Chemistry", [
    ("Ionic bonding", ["Magnesium oxide: Mg gives 2 electrons to O, forming Mg²⁺ and **O²⁻**.",
                       "Sodium chloride: Na gives 1 electron to Cl, forming Na⁺ and **Cl⁻**.",
                       "Calcium ions are **Ca²⁺**; aluminium ions are **Al³⁺**."]),
    ("Simple molecules", ["**NH₃** has 3 shared pairs and 1 lone pair on the nitrogen.",
                          "**H₂O** has 2 shared pairs and 2 lone pairs on the oxygen, so it is bent.",
                          "**CH₄** has 4 shared pairs and no lone pairs.", "**CO₂** is a linear molecule."]),
    ("Giant structures", ["Diamond: each carbon forms **4** covalent bonds.",
                          "Graphite: each carbon forms **3** covalent bonds in layers.",
                          "Silicon dioxide melts at about **1,710 °C**."]),
    ("Metals", ["Metals have **delocalised electrons**.", "Iron melts at **1,538 °C**.",
                "Copper melts at **1,085 °C**."]),
])
FORMULA = re.compile(r"[₀-₉⁰-⁹⁺⁻]|^[A-Z][a-z]?$")


def test_no_multiple_choice_asks_for_a_formula_or_an_ion():
    offered = 0
    for seed in ("1", "2", "3", "4"):
        plan, sheet, key = built(BONDING, seed, exercises=("gap", "mcq"))
        choices = of_kind(plan, Choice)
        offered += len(choices)
        for choice in choices:
            assert not FORMULA.search(choice.options[choice.answer]), (seed, choice.options)
        assert "Multiple choice" not in sheet or choices
    assert offered  # (the figures are still asked)
