"""Round RA of the unseen-pack audit: a worked example that prints its trigonometric ratio before the arrow
("opposite 7 cm, adjacent 10 cm. tan θ = 0.7 → θ = …") is no calculation: the step its method mark is for is
printed, and a key is left to press; the one woman in a word box of men is no blank ("a pre-contract with ____",
Lady Eleanor Butler); and a false year the pack gives the same people and places elsewhere ("Henry was captured in
1471 and kept in the Tower", beside his death in the Tower in 1471) is not swapped in."""
from __future__ import annotations

import pytest

from sheet_builds import calculations, fresh_pack, of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.given_names import gender_of
from studypack.layouts.worksheet.exercises.questions import TrueFalse, plain


def test_a_ratio_worked_out_in_the_givens_is_no_calculation():
    angles = pack_yaml("Trigonometry", "Maths", [("Finding an angle", [
        "Use the inverse function: tan⁻¹, sin⁻¹ or cos⁻¹.",
        "Example: opposite 7 cm, adjacent 10 cm. tan θ = 0.7 → θ = tan⁻¹(0.7) = **35.0°**"])])
    assert not any("tan θ = 0.7" in stem for stem in calculations(angles)), calculations(angles)


@pytest.mark.slow  # (several whole sheets built: in make test-slow)
def test_the_one_woman_in_a_box_of_men_is_no_blank_and_a_year_true_elsewhere_is_no_swap():
    text = fresh_pack("history_wars_of_the_roses.yaml")
    for seed in "123":
        plan = planned(text, seed)
        for section in plan.exercises.sections:
            women = [word for word in section.bank if gender_of(word) == "f"]
            assert len(women) != 1 or not any(women[0] in gap.words for gap in section.questions), section.bank
        for statement in of_kind(plan, TrueFalse):
            line = plain(statement.segments)
            assert statement.true or "captured in 1471" not in line, line
