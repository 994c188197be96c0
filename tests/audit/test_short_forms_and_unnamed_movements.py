"""Round QN of the unseen-pack audit: an event that calls its subject by its kind ("Pope Clement VI condemned the
movement") is printed under its card's title, names keeping their capitals; and a word the sheet prints cut short as
a label ("Hyp 12 cm, angle 35°") is no gap's answer ("H____ = the longest side")."""
from __future__ import annotations


from sheet_builds import built, fresh_pack, of_kind, planned
from studypack.layouts.worksheet.exercises.questions import Gap, Timeline

def test_an_event_naming_its_subject_by_kind_is_printed_under_its_title():
    text = fresh_pack("history_black_death.yaml")
    events = [event.text for seed in "12" for timeline in of_kind(planned(text, seed), Timeline)
              for event in timeline.events]
    flagellants = [event for event in events if "condemned the movement" in event]
    assert flagellants and all(event == "The flagellants: Pope Clement VI condemned the movement." for event in
                               flagellants), flagellants


def test_a_word_printed_cut_short_as_a_label_is_no_gap():
    text = fresh_pack("maths_trigonometry.yaml")
    for seed in "12":
        plan, sheet, _ = built(text, seed)
        if "Hyp 12" in sheet:
            assert not any("hypotenuse" in answer.casefold() for gap in of_kind(plan, Gap) for answer in gap.words)


def test_a_short_form_needs_a_figure_or_sign_after_it():
    from studypack.layouts.worksheet.exercises import material
    assert material._abbreviated("hypotenuse", "finding a missing side: hyp 12 cm, angle 35°")
    assert material._abbreviated("opposite", "opp = 5 cm")
    assert not material._abbreviated("hypotenuse", "the hypothesis was tested")
    assert not material._abbreviated("theory", "the 5 causes")
