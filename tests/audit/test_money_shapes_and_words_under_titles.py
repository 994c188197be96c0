"""Round QM of the unseen-pack audit: a sum of money in a word bank is never the only one of its currency (beside
"Kerala 94%" it fills its gap by its look), and no line printed under a matching title shares a word with that
title's statement ("Measuring the rate of respiration: the drop moves 24 mm …" beside "The drop of coloured liquid
… moves towards the organisms"; "… a leader of British Jews" beside "a national home for the Jewish people")."""
from __future__ import annotations

import pytest

import re

from sheet_builds import built, fresh_pack
from studypack.layouts.worksheet.exercises.material import shares_a_word
from studypack.layouts.worksheet.exercises.questions import Match

def test_a_sum_of_money_in_the_box_has_another_of_its_currency():
    for seed in "12":
        plan, _, _ = built(fresh_pack("geography_india.yaml"), seed)
        for section in plan.exercises.sections:
            signs = [re.match(r"(?:[A-Z]{1,3})?[£$€₹]", word) for word in section.bank]
            for sign in {found.group() for found in signs if found}:
                assert sum(1 for found in signs if found and found.group() == sign) >= 2, section.bank


@pytest.mark.slow  # (several whole sheets built: in make test-slow)
def test_no_line_under_a_matching_title_shares_a_word_with_its_statement():
    for name in ("biology_respiration.yaml", "history_ottomans.yaml"):
        for seed in "12":
            plan, sheet, _ = built(fresh_pack(name), seed)
            for match in (question for section in plan.exercises.sections for question in section.questions
                          if isinstance(question, Match)):
                for pair in match.pairs:
                    for found in re.finditer(re.escape(f"{pair.title}: "), sheet):
                        line = re.split(r"\s\[\d+\]|\s\d+\.\s", sheet[found.end():], maxsplit=1)[0]
                        assert not shares_a_word(line, pair.text), (pair.title, line, pair.text)


def test_a_word_and_its_peoples_adjective_are_one_word():
    assert shares_a_word("The letter went to a leader of British Jews", "a national home for the Jewish people")
    assert shares_a_word("the drop moves 24 mm in 8 minutes", "The drop of coloured liquid moves towards them")
    assert not shares_a_word("Xerxes crossed the Hellespont", "Leonidas held the pass at Thermopylae")


def test_a_name_with_a_percentage_is_no_spare_for_a_sum_of_money():
    from studypack.layouts.worksheet.exercises.allocate import _figure_shape
    assert _figure_shape("US$250 billion") != _figure_shape("Kerala 94%")
    assert _figure_shape("US$250 billion") == _figure_shape("US$3.5 trillion")
    assert _figure_shape("4,000") == _figure_shape("9,000") != _figure_shape("Hindenburg 53%")
