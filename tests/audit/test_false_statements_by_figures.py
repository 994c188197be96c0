"""False statements change an exact figure or a year, never a word: blind audits struck nearly one in three
statements made false by swapping a word, a name or a place, or by turning a word into its opposite ("promoted to
the lower level", "London Bridge was held against him at Rochester", "Loft insulation" for thermal insulation)."""
from __future__ import annotations

import re

from sheet_builds import built, pack_yaml
from studypack.layouts.worksheet.exercises import TrueFalse

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
])


def test_a_pack_with_no_exact_figure_gets_no_true_or_false_and_is_told_why():
    for seed in ("1", "2", "3"):
        plan, sheet, key = built(WORDS_ONLY, seed, exercises=("gap", "mcq", "tf"))
        assert not [question for section in plan.exercises.sections for question in section.questions
                    if isinstance(question, TrueFalse)], seed
        assert "True or false" not in sheet and "True or false" not in key
        why = dict(plan.exercises.skipped)["tf"]
        assert "exact figures or years" in why, why
        for absurd in ("lower energy level", "Loft insulation reduces", "induced magnet makes its own",
                       "Sound can travel", "stored to the surroundings"):
            assert absurd not in sheet, (seed, absurd)


def test_a_false_statement_changes_a_figure_or_a_year_and_its_key_corrects_it():
    falses = 0
    for seed in ("1", "2", "3", "4", "5"):
        plan, sheet, key = built(FIGURES_AND_NAMES, seed, exercises=("tf",))
        statements = [question for section in plan.exercises.sections for question in section.questions
                      if isinstance(question, TrueFalse)]
        assert statements, seed
        for statement in statements:
            printed = " ".join("".join(segment.text for segment in statement.segments).split())
            assert printed in sheet, (seed, printed)
            if statement.true:
                continue
            falses += 1
            wrong = next(segment.text for segment in statement.segments if segment.role == "swap")
            assert re.fullmatch(r"[\d,]+", wrong.strip()) and re.fullmatch(r"[\d,]+", statement.correction), \
                (seed, wrong, statement.correction)
            assert f"False – {statement.correction}, not {wrong.strip()}" in key, (seed, printed)
    assert falses >= 5
