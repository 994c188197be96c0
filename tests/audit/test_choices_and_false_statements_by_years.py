"""Multiple choice asks for a year and a false statement changes a year, nothing else. In blind audits teachers
struck 2 in 100 multiple-choice questions asking for a year against 7 to 15 in 100 asking for a figure, a name or a
term, and 1 in 13 statements made false by a changed year against 1 in 8 by a changed figure and nearly 1 in 3 by a
swapped word ("promoted to the lower level", "London Bridge was held against him at Rochester")."""
from __future__ import annotations

import re

from sheet_builds import built, of_kind, pack_yaml
from studypack.layouts.worksheet.exercises import Choice, TrueFalse

WORDS_ONLY = pack_yaml("Energy and waves", "Physics", [
    ("Sound", ["Sound cannot travel through a **vacuum**.", "Sound travels faster in solids than in **air**."]),
    ("Insulation", ["**Thermal insulation** reduces the rate of energy transfer out of a house.",
                    "Loft insulation, cavity wall insulation, double glazing."]),
    ("Energy levels", ["An electron absorbs light and is promoted to a **higher** energy level.",
                       "Wasted energy is **dissipated** to the surroundings by heating."]),
    ("Magnets", ["A **permanent magnet** makes its own magnetic field.",
                 "An **induced magnet** becomes magnetic only in a field."]),
])

FIGURES_AND_NAMES = pack_yaml("The Pilgrimage of Grace", "History", [
    ("The Lincolnshire Rising", ["The rising began at **Louth** in October **1536**.",
                                 "About **40,000** men gathered at Lincoln.",
                                 "**Thomas Cromwell** was the rebels' main target."]),
    ("The Pilgrimage in Yorkshire", ["**Robert Aske** led the pilgrims under the banner of the Five Wounds.",
                                     "The pilgrims took **York** without a fight.",
                                     "About **30,000** pilgrims faced the Duke of Norfolk's **8,000** men."]),
    ("Bigod's rising", ["**Sir Francis Bigod** rose in the East Riding in January **1537**.",
                        "Henry had **216** rebels executed after it."]),
    ("Kett's Rebellion", ["**Robert Kett** led a camp on Mousehold Heath in **1549**.",
                          "The rebels took **Norwich**, England's second city."]),
    ("Wyatt's Rebellion", ["**Sir Thomas Wyatt** marched on London in **1554**.",
                           "About **90** rebels were executed afterwards."]),
    ("Other risings", ["Taxpayers refused the Amicable Grant in **1525**.",
                       "The Northern Earls rose for Mary, Queen of Scots, in **1569**."]),
])


BONDING = pack_yaml("Bonding", "Chemistry", [
    ("Ionic bonding", ["Magnesium oxide: Mg gives 2 electrons to O, forming Mg²⁺ and **O²⁻**.",
                       "Calcium ions are **Ca²⁺**; aluminium ions are **Al³⁺**."]),
    ("Simple molecules", ["**NH₃** has 3 shared pairs and 1 lone pair on the nitrogen.",
                          "**CH₄** has 4 shared pairs and no lone pairs.", "**CO₂** is a linear molecule."]),
    ("Giant structures", ["Diamond: each carbon forms **4** covalent bonds.",
                          "Graphite: each carbon forms **3** covalent bonds in layers.",
                          "Silicon dioxide melts at about **1,710 °C**."]),
    ("Metals", ["Metals have **delocalised electrons**.", "Iron melts at **1,538 °C**.",
                "Copper melts at **1,085 °C**."]),
])
YEAR = re.compile(r"(?:1[0-9]|20)\d\d")


def test_a_pack_with_no_year_gets_neither_section_and_is_told_why():
    for pack in (WORDS_ONLY, BONDING):
        for seed in ("1", "2", "3"):
            plan, sheet, key = built(pack, seed, exercises=("gap", "mcq", "tf"))
            assert not of_kind(plan, TrueFalse) and not of_kind(plan, Choice), seed
            assert "True or false" not in sheet and "Multiple choice" not in sheet
            why = dict(plan.exercises.skipped)
            assert "dated with a year" in why["tf"] and "asks only for years" in why["mcq"], why
            for absurd in ("lower energy level", "Loft insulation reduces", "induced magnet makes its own",
                           "Sound can travel", "stored to the surroundings"):
                assert absurd not in sheet, (seed, absurd)


def test_multiple_choice_offers_only_years_though_the_pack_has_figures_and_names():
    asked = 0
    for seed in ("1", "2", "3", "4", "5"):
        plan, sheet, key = built(FIGURES_AND_NAMES, seed, exercises=("mcq",))
        for choice in of_kind(plan, Choice):
            asked += 1
            assert all(YEAR.fullmatch(option) for option in choice.options), (seed, choice.options)
            assert all(option in sheet for option in choice.options)
    assert asked >= 5


def test_a_false_statement_changes_a_year_and_its_key_corrects_it():
    falses = 0
    for seed in ("1", "2", "3", "4", "5"):
        plan, sheet, key = built(FIGURES_AND_NAMES, seed, exercises=("tf",))
        statements = of_kind(plan, TrueFalse)
        assert statements, seed
        sheet = sheet.replace(" True False [1]", "")  # (printed beside a statement's first line)
        for statement in statements:
            printed = " ".join("".join(segment.text for segment in statement.segments).split())
            assert printed in sheet, (seed, printed)
            if statement.true:
                continue
            falses += 1
            wrong = next(segment.text for segment in statement.segments if segment.role == "swap")
            assert YEAR.fullmatch(wrong.strip()) and YEAR.fullmatch(statement.correction), \
                (seed, wrong, statement.correction)
            assert abs(int(wrong) - int(statement.correction)) > 2  # a year or two out is roughly true
            assert f"False – {statement.correction}, not {wrong.strip()}" in key, (seed, printed)
    assert falses >= 5


def test_true_or_false_takes_its_years_before_multiple_choice_does():
    """Each false statement lets a true one stand beside it, where a year asked in multiple choice is one question,
    so the few years a pack can change go to true or false first."""
    for seed in ("1", "2", "3"):
        plan, sheet, key = built(FIGURES_AND_NAMES, seed, exercises=("mcq", "tf"))
        assert [statement for statement in of_kind(plan, TrueFalse) if not statement.true], seed
