"""Formulas on worksheets: a number or letter inside one is never asked on its own; a formula the author marks is."""
from __future__ import annotations

from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import Gap
from studypack.layouts.worksheet.exercises.terms import pack_words, terms_of
from studypack.source import loads

PACK = """\
title: Waves
cards:
  - title: Period
    points: ["The period is $T = \\\\frac{1}{f}$ for a wave of 50 Hz.", "Light travels at 3 × 10^8^ m/s."]
  - title: Energy
    points: ["Kinetic energy is **$\\\\frac{1}{2}mv^2$**, in joules.", "Sound travels at 340 m/s in air."]
"""


def test_nothing_inside_a_formula_is_a_term_but_a_marked_formula_is():
    pack = loads(PACK)
    words = pack_words(pack.cards)
    found = [term.text for term in terms_of(pack.cards[0].points[0], words)]
    assert "50 Hz" in " ".join(found) or "50" in found
    assert not any(term in ("1", "T", "f") for term in found)
    assert [term.text for term in terms_of(pack.cards[1].points[0], words)] == ["½mv²"]


def test_no_gap_blanks_part_of_a_formula():
    for seed in ("1", "2", "3"):
        plan = worksheet.plan(loads(PACK), WorksheetOptions(seed=seed, exercises=("gap",)))
        for section in plan.exercises.sections:
            for question in section.questions:
                assert isinstance(question, Gap)
                blanks = [blank.text for blank in question.answers]
                assert not any(blank.strip() in ("1", "T", "f", "1/f") for blank in blanks), blanks
