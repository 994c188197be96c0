"""Equations a maths card sets on one line and solves on the next ones are asked as calculations, only where the
card's values solve them and no other values do."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.calculations import Calc
from studypack.layouts.worksheet.exercises.equations import solved
from sheet_builds import built, of_kind

ELIMINATION = ["Example – 3x + 2y = 16 and x − 2y = 0",
               "The y terms have opposite signs, so add the equations – 4x = 16, so x = 4.",
               "Substitute back into x − 2y = 0 → 4 − 2y = 0 → y = 2.",
               "Check in the other one – 3(4) + 2(2) = 12 + 4 = 16 ✓",
               "Rule of thumb – same signs subtract."]


def test_the_values_a_card_reaches_answer_the_equations_it_set():
    found = solved(ELIMINATION, 0)
    assert found is not None and found.values == (("x", "4"), ("y", "2")) and found.last == 2
    substitution = ["Example – y = 2x − 1 and 3x + y = 9", "Swap y for (2x − 1) – 3x + 2x − 1 = 9 → 5x = 10 → x = 2.",
                    "y = 2(2) − 1 = 3, so the solution is x = 2, y = 3, i.e. the point (2, 3)."]
    assert solved(substitution, 0).values == (("x", "2"), ("y", "3"))
    one = ["e.g. solve 4(x − 2) = 20", "Divide by 4 first – x − 2 = 5, so x = 7."]
    assert solved(one, 0).values == (("x", "7"),)


def test_equations_the_cards_values_do_not_solve_or_with_more_than_one_solution_are_not_asked():
    wrong = [ELIMINATION[0], "Add them – 4x = 16, so x = 4.", "Then y = 3."]  # a slip on the card: 4 − 6 ≠ 0
    assert solved(wrong, 0) is None
    quadratic = ["Example – y = x + 1 and x^2 + y^2 = 13", "Substitute – x = 2, y = 3 or x = −3, y = −2."]
    assert solved(quadratic, 0) is None
    same_line = ["Example – x + y = 4 and 2x + 2y = 8", "So x = 1, y = 3."]  # one line twice: many solutions
    assert solved(same_line, 0) is None
    unfinished = [ELIMINATION[0], "Add them – 4x = 16, so x = 4."]  # y never reached
    assert solved(unfinished, 0) is None
    assert solved(["Example – the bar model for 3:5", "So x = 2."], 0) is None  # no equation set


PACK = """title: Simultaneous equations
subject: Maths
cards:
  - title: Elimination
    points:
""" + "".join(f"      - \"{line}\"\n" for line in ELIMINATION) + """  - title: Vocabulary
    points:
      - The **solution** is the pair of values that works in both equations.
      - An **unknown** is a letter standing for a number.
"""


def test_the_sheet_asks_each_unknown_on_its_own_line_and_the_key_gives_the_cards_working():
    plan, sheet, key = built(PACK, "1")
    (calc,) = of_kind(plan, Calc)
    assert [segment.text for segment in calc.segments if segment.role == "blank"] == ["4", "2"]
    assert "Elimination: 3x + 2y = 16 and x − 2y = 0 → x =" in sheet and "(a)" not in sheet
    assert "x = 4, y = 2" in key and "so add the equations" in key
    assert "Rule of thumb" not in key.split("x = 4, y = 2")[1].split("[")[0]  # the working ends at the last value


def test_a_value_at_the_end_of_its_working_or_as_a_point_counts_and_the_working_ends_once_solved():
    substitution = ["Worked example - y = 2x − 1 and 3x + y = 14. Replace y first.",
                    "Replace y in the 2nd equation → 3x + (2x − 1) = 14 → 5x = 15 → x = 3.",
                    "Then y = 2(3) − 1 = 5. Solution (3, 5).",
                    "Graphically - the lines y = 2x − 1 and y = 14 − 3x cross at (3, 5)."]
    found = solved(substitution, 0)
    assert found is not None and found.equations == "y = 2x − 1 and 3x + y = 14" and found.last == 2
    assert found.values == (("x", "3"), ("y", "5"))
    as_a_point = [substitution[0], "Substitute – 5x − 1 = 14, so the lines cross at (3, 5)."]
    assert solved(as_a_point, 0).values == (("x", "3"), ("y", "5"))
    wrong_point = [substitution[0], "So the solution is (5, 3)."]  # x first: (5, 3) solves neither
    assert solved(wrong_point, 0) is None
