"""Round QC of the unseen-pack audit: a compass point or "opposite" is one of a few, so its blank shows no letter; a
mark scheme pays nothing for a line that only says its title; a year in a "who" clause is neither asked nor changed."""
from __future__ import annotations

from sheet_builds import of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.questions import Choice, Gap, Short, TrueFalse

MOMENTS = pack_yaml("Moments and coasts", "Science", [
    ("Gears", ["Two gears that mesh turn in **opposite directions**.", "A small **driver** gear turns a big gear "
               "slowly."]),
    ("Longshore drift", ["On Holderness the drift is from **north to south**, towards Spurn Head.",
                         "**Groynes** trap the sand moving along the beach."]),
    ("The principle of moments", ["For balance, the sum of the **clockwise moments** equals the sum of the "
                                  "**anticlockwise moments**.", "This is the principle of moments.",
                                  "A see-saw balances when both children sit so their moments are equal.",
                                  "Take moments about the **pivot** to leave out the force there."]),
    ("Levers", ["A **lever** is a force multiplier.", "A longer handle gives a bigger moment."]),
])


def test_a_compass_point_or_opposite_blank_shows_no_letter():
    hinted = []
    for seed in "123456":
        hinted += [blank.text for gap in of_kind(planned(MOMENTS, seed, exercises=("gap",)), Gap)
                   for blank in gap.answers if blank.hint]
    assert hinted  # (the driver, the groynes keep their letters)
    assert "opposite directions" not in hinted and "north to south" not in hinted, hinted


def test_a_scheme_point_that_only_says_its_title_earns_no_mark():
    asked = 0
    for seed in "123456":
        for question in of_kind(planned(MOMENTS, seed, exercises=("short",)), Short):
            if question.card == 2:  # "This is the principle of moments." under "The principle of moments"
                asked += 1
                assert 1 not in [ref.point for ref in question.scheme], seed
    assert asked


YORKTOWN = pack_yaml("The American War of Independence, 1775–1783", "History", [
    ("Lexington", ["The first shots were fired at Lexington in **April 1775**."]),
    ("Saratoga", ["Burgoyne surrendered at Saratoga in **October 1777**.", "France joined the war in **1778**."]),
    ("Yorktown", ["Cornwallis surrendered at Yorktown in **October 1781**.",
                  "News of Yorktown brought down Lord North, who resigned in **March 1782**."]),
    ("Peace", ["The Treaty of Paris was signed in **September 1783**.", "Spain took Florida back in **1783**."]),
    ("Declaration", ["Congress adopted the Declaration of Independence in **July 1776**."]),
])


def test_a_year_in_a_who_clause_is_neither_asked_nor_changed():
    asked = []
    for seed in "123456":
        plan = planned(YORKTOWN, seed, exercises=("mcq", "tf"))
        asked += ["".join(segment.text for segment in question.segments)
                  for question in of_kind(plan, Choice) + of_kind(plan, TrueFalse)
                  if not (isinstance(question, TrueFalse) and question.true)]
    assert asked
    assert not any("Lord North" in text for text in asked), asked
