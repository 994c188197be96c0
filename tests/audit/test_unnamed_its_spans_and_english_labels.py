"""Round QZ of the unseen-pack audit: an "it" said of or handed on with nothing before it to stand for ("Supporters
said it made the lake safer", "Her secretary William Davison passed it to the Privy Council") is no question; a
number of years the printed years give ("house arrest for the next ____" under "…, 1568–1587") is no blank; an
English label before a phrase ("Guessing or probability: Sarà a casa.") is no part of its translation; and a
function name stands apart from a product before it ("2bc cos A")."""
from __future__ import annotations

from sheet_builds import built, fresh_pack, of_kind, planned
from studypack.layouts.worksheet.exercises.questions import Gap, Translate, TrueFalse, plain
from studypack.layouts.worksheet.exercises.roles import leans_on_previous


def test_an_it_said_of_or_handed_on_unnamed_leans_on_the_line_before():
    assert leans_on_previous("Supporters said it made the lake safer and quieter; opponents said it cost trade.")
    assert leans_on_previous("Her secretary William Davison passed it to the Privy Council.")
    assert not leans_on_previous("In 886 Alfred took control of London and handed it to Æthelred.")
    for seed in "12":
        statements = [plain(statement.segments)
                      for statement in of_kind(planned(fresh_pack("geography_lake_district_tourism.yaml"), seed),
                                               TrueFalse)]
        assert not any("Supporters said it" in statement for statement in statements), statements


def test_years_the_sheet_prints_the_span_of_are_no_blank():
    for seed in "12":
        plan, sheet, _ = built(fresh_pack("history_elizabeth_threats.yaml"), seed)
        assert "passed it to the Privy Council" not in sheet
        assert "19 years" not in [word for gap in of_kind(plan, Gap) for word in gap.words]


def test_an_english_label_is_no_part_of_the_phrase():
    for seed in "12":
        items = of_kind(planned(fresh_pack("italian_school_future.yaml"), seed), Translate)
        assert items and not any("Guessing" in f"{item.shown} {item.answer}" for item in items), items
