"""Round QD of the unseen-pack audit: two blanks that make a range are not both asked (the smaller comes first), and a
given written "r = 6 cm" before a colon stays in the stem of its calculation, or the sum is not asked."""
from __future__ import annotations

from sheet_builds import material, of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.candidates import gap_candidates
from studypack.layouts.worksheet.exercises.questions import Calc, Gap

MUMBAI = pack_yaml("Mumbai", "Geography", [
    ("Dharavi", ["Dharavi's economy is estimated to be worth **US$650 million** to **US$1 billion** a year.",
                 "About **700,000** people live in **Dharavi**, one of Asia's largest slums."]),
    ("Growth", ["Mumbai grew from about **3 million** people in **1950** to over **20 million** today.",
                "Most migrants come from **Maharashtra** and **Uttar Pradesh**."]),
    ("Transport", ["The suburban railway carries about **7.5 million** passengers a day."]),
])


def test_two_blanks_that_make_a_range_are_not_both_asked():
    source = material(MUMBAI)
    source.banked = True  # (beside a word bank, the two amounts are its only two of their sort)
    gaps = [gap for candidate in gap_candidates(source) if isinstance(gap := candidate.build(0), Gap)]
    ranged = [[blank.text for blank in gap.answers] for gap in gaps
              if "Dharavi's economy" in "".join(segment.text for segment in gap.segments)]
    assert ranged == [["US$650 million"]], ranged  # "worth (a) ____ to (b) ____ a year": the smaller comes first


SECTORS = pack_yaml("Circles", "Maths", [
    ("Finding the angle or radius of a sector", [
        "Set up an equation using the formula, then rearrange.",
        "Example: sector area **30 cm^2^**, r = **6 cm**: θ/360 × 36π = 30, so θ = 30 × 360 ÷ 36π = **95.5°**",
        "Example: arc length **11 cm**, θ = **90°**: ¼ × 2πr = 11, so r = 22 ÷ π = **7.00 cm**"]),
    ("Area of a circle", ["A = πr^2^", "e.g. r = 5 cm → A = π × 25 = **78.5 cm^2^** (1 d.p.)"]),
    ("Circumference", ["C = πd", "e.g. d = 10 cm → C = π × 10 = **31.4 cm** (1 d.p.)"]),
])


def test_a_given_before_a_colon_is_printed_with_its_calculation():
    for seed in "123456":
        for calc in of_kind(planned(SECTORS, seed, exercises=("calc",)), Calc):
            printed = "".join(segment.text for segment in calc.segments)
            assert "sector area" not in printed or "r = 6 cm" in printed, printed
            assert "arc length" not in printed or "90°" in printed, printed
