"""What the blind audit of set UV struck: "Write two points about: Rate in mol/s and rate at an instant" beside the gap
fill "T____ = a straight line touching a curve at one point; its gradient gives the rate at that instant", which once
filled pays the scheme's point "The rate at one moment is the gradient of a tangent"; and "not to repeat the ap____ of
the 1930s" beside Hitler and Mussolini. And of set UW: "The People's Charter – the Six Points" matched to the one list
of six demands and set as a timeline event; "Ar(Cl) = … = 35.5" not asked for want of bold; "Wennington, east London"
given a spare in Glasgow; "deep d____" of snow; "Every year on 21 juin" to translate; and a scheme paying for "ALWAYS
make two comparisons" and "Write each comparison in context"."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises import Gap, Match, Short, Timeline
from studypack.layouts.worksheet.exercises.allocate import placed_in_region
from studypack.layouts.worksheet.exercises.questions import plain
from sheet_builds import (blanked, calculations, fresh_plans, material, of_kind, pack_yaml, scheme_texts,
                          translated)

SEEDS = ("1", "2", "3", "4", "5", "6")



@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_gap_fill_once_filled_does_not_pay_a_short_answers_point():
    for plan in fresh_plans("chemistry_rates_collision_mean_rate.yaml", SEEDS):
        prompts = " ".join(short.prompt for short in of_kind(plan, Short))
        lines = " ".join(plain(gap.segments) for gap in of_kind(plan, Gap))
        assert not ("rate at an instant" in prompts and "its gradient gives the rate at that instant" in lines)


def test_appeasement_is_not_lettered_beside_the_dictators_of_the_1930s():
    suez = pack_yaml("Suez", "History", [("Eden's view", [
        "Eden compared Nasser to Mussolini and Hitler and was determined not to repeat the **appeasement** of the "
        "1930s.", "He believed Nasser threatened Britain's oil supplies through the **Suez Canal**."])])
    assert "appeasement" not in blanked(suez)


@pytest.mark.slow
def test_a_title_that_counts_its_items_is_neither_matched_by_a_list_of_as_many_nor_an_event():
    for plan in fresh_plans("history_great_reform_act_chartism.yaml", SEEDS):
        for match in of_kind(plan, Match):
            assert not any("Six Points" in pair.title for pair in match.pairs)
        assert not any("Six Points" in event.text for timeline in of_kind(plan, Timeline) for event in timeline.events)


def test_a_sum_on_the_line_under_its_data_is_asked_with_no_bold_result():
    stems = calculations(pack_yaml("Atoms", "Chemistry", [("Worked example – chlorine", [
        "Chlorine is 75% chlorine-35 and 25% chlorine-37.",
        "Ar(Cl) = (35 × 75 + 37 × 25) ÷ 100 = (2625 + 925) ÷ 100 = 3550 ÷ 100 = 35.5"])]))
    assert stems == ["Chlorine: Chlorine is 75% chlorine-35 and 25% chlorine-37. Ar(Cl) = [35.5]"], stems


def test_a_place_followed_by_its_part_of_a_city_is_placed_in_it():
    source = material(pack_yaml("Weather", "Geography", [("The 2022 heatwave", [
        "Wildfires destroyed homes in **Wennington**, east London, on the hottest day."])]))
    ref = source.refs[0]
    term = next(term for term in source.terms[ref] if term.text == "Wennington")
    assert placed_in_region(term, source.point(ref).text)


def test_drifts_are_not_lettered_beside_snow():
    snow = pack_yaml("The Beast from the East", "Geography", [("Effects", [
        "Snow blown by the wind formed deep **drifts**, blocking roads.",
        "Schools closed and **rail services** were cancelled across Scotland."])])
    assert "drifts" not in blanked(snow)


def test_an_english_phrase_around_a_word_of_the_language_is_no_word_to_translate():
    asked = translated("La Fête de la Musique", "French", [
        "Every year on **21 juin** – the longest day of the year (le solstice d'été).",
        "**un concert gratuit** – a free concert", "**la rue** – the street", "**jouer** – to play"])
    assert asked and not any("Every year" in item for item in asked), asked


def test_advice_to_compare_and_write_in_context_is_no_point_of_a_scheme():
    spread = pack_yaml("Averages", "Maths", [("Comparing distributions", [
        "The **median** is best when there are outliers; the **mean** uses every value.",
        "The **range** and the **interquartile range** measure spread.",
        "When comparing two sets of data, ALWAYS make two comparisons – one average and one measure of spread.",
        "Write each comparison in context, using the numbers."])])
    scheme = scheme_texts(material(spread), 0)
    assert scheme and not any("ALWAYS" in line or "in context" in line for line in scheme), scheme
