"""Rounds RB–RC of the unseen-pack audit: an event whose verb comes first after its date is cut ("Began (International
Women's Day) with bread queues") is printed under its card's title; a figure opening a line before a plural noun
("____ limits on most residential streets") is no blank; nor a member of a class the line names ("no ____ or other
pollutants"); a name written with its other name in brackets ("Senqu (Orange) River") is told by "the Senqu/Orange";
a statement labelled with a kind of consequence ("Costs: a farmed valley and homes flooded") is no matching
statement; and a vocabulary sheet short of words says so."""
from __future__ import annotations

import pytest

from sheet_builds import built, fresh_pack, hideable, of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.questions import Gap, Match, Timeline


@pytest.mark.slow
def test_a_verb_first_event_goes_under_its_title():
    events = [event.text for seed in "12" for timeline in of_kind(planned(fresh_pack("history_russia_1917.yaml"), seed),
                                                                   Timeline) for event in timeline.events]
    assert not any(text.startswith("Began") for text in events), events


def test_a_figure_opening_a_line_and_a_member_of_a_class_are_no_blanks():
    for seed in "12":
        plan = planned(fresh_pack("geography_bristol.yaml"), seed)
        assert not any("20 mph" in gap.words for gap in of_kind(plan, Gap))
    fuel = pack_yaml("Fuel cells", "Chemistry", [("Hydrogen fuel cells", [
        "Only water is made, so no **CO~2~** or other pollutants come out of the exhaust.",
        "The fuel cell needs a steady supply of **hydrogen** and oxygen.",
        "Hydrogen is hard to **store** because it is a gas at room temperature."])])
    assert "CO₂" not in hideable(fuel, "Only water")


def test_a_bracketed_other_name_and_a_labelled_consequence_tell_nothing_twice():
    for seed in "12":
        plan, sheet, _ = built(fresh_pack("geography_water_lesotho.yaml"), seed)
        answers = [word for gap in of_kind(plan, Gap) for word in gap.words]
        assert not ("Senqu/Orange" in sheet and any(answer.startswith("Senqu") for answer in answers)), answers
        for match in of_kind(plan, Match):
            assert not any(pair.text.startswith("Costs:") for pair in match.statements), match.statements


def test_a_short_vocabulary_sheet_says_so():
    plan = planned(fresh_pack("german_festivals.yaml"), "1")
    translated = sum(len(section.questions) for section in plan.exercises.sections if section.name == "translate")
    assert translated >= 10 or any("translation" in warning for warning in plan.warnings), plan.warnings
