"""Round RD of the unseen-pack audit: a year before "to 1795" gets a spare that could stand there too; a row of key
words ("Divide and rule, paternalism, the 'jewel in the crown'") is no matching statement; and a subject acting on
"them" ("Enzymes break them into small soluble molecules") leans on the line before."""
from __future__ import annotations

import re

from sheet_builds import fresh_pack, of_kind, planned
from studypack.layouts.worksheet.exercises.questions import Gap, Match, plain
from studypack.layouts.worksheet.exercises.roles import leans_on_previous


def test_a_year_before_another_has_a_spare_before_it_too_and_a_row_of_key_words_is_no_statement():
    for seed in "12":
        plan = planned(fresh_pack("history_british_india.yaml"), seed)
        for section in plan.exercises.sections:
            for gap in section.questions:
                if isinstance(gap, Gap) and "to 1795" in plain(gap.segments):
                    years = [int(word) for word in section.bank if re.fullmatch(r"1\d{3}", word)]
                    assert sum(year < 1795 for year in years) >= 2 or not section.bank, section.bank
        for match in of_kind(plan, Match):
            assert not any("paternalism" in pair.text for pair in match.statements), match.statements


def test_a_subject_acting_on_them_leans_on_the_line_before():
    assert leans_on_previous("Enzymes break them into small soluble molecules that can be absorbed.")
    assert not leans_on_previous("Enzymes are proteins that speed up reactions without being used up.")
