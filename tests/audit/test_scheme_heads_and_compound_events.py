"""What the blind audit of set SI struck: a short answer beside a matching line that names two points of its scheme
("Write four points about: White blood cells and the immune system" beside "… make the right antibodies, and memory
cells are formed"); a gap line that makes a pair of the glossary matching ("At a collision margin both plates are
continental" beside "Collision – two continental plates push together"); a timeline event of two deeds months apart
dated by the second ("met in Weimar and agreed the constitution in August 1919"); "Article 48" the one clause in a
word bank of treaties and plans; and "it b____ damp litmus paper (it goes red first, then white)". From set SJ: an
everyday word heading the effects its arrow leads to."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises import Gap, Match, Timeline
from studypack.layouts.worksheet.exercises.allocate import _bank_sort
from studypack.layouts.worksheet.exercises.questions import Short, plain
from sheet_builds import fresh_pack, hideable, material, of_kind, pack_yaml, planned

SEEDS = "1234"


@pytest.mark.slow
def test_no_short_answer_stands_beside_a_line_naming_two_points_of_its_scheme():
    for seed in SEEDS:
        plan = planned(fresh_pack("biology_communicable_diseases.yaml"), seed)
        prompts = [short.prompt for short in of_kind(plan, Short)]
        statements = " ".join(pair.text for match in of_kind(plan, Match) for pair in match.pairs).casefold()
        if "antibodies" in statements and "memory cells" in statements:
            assert not any("White blood cells" in prompt for prompt in prompts), prompts


@pytest.mark.slow
def test_no_gap_line_makes_a_pair_of_the_glossary_matching():
    for seed in SEEDS:
        plan = planned(fresh_pack("geography_volcanoes_earthquakes.yaml"), seed)
        titles = [pair.title for match in of_kind(plan, Match) for pair in match.pairs]
        lines = [plain(gap.segments).casefold() for gap in of_kind(plan, Gap)]
        if "Collision" in titles:
            assert not any("collision" in line and "continental" in line for line in lines), lines


@pytest.mark.slow
def test_no_event_of_two_deeds_is_dated_by_the_second():
    for seed in SEEDS:
        events = [event.text for timeline in of_kind(planned(fresh_pack("history_weimar_rise_of_nazis.yaml"), seed),
                                                     Timeline) for event in timeline.events]
        assert events and not any("National Assembly met" in event for event in events), events


def test_a_numbered_article_reads_as_a_label_in_a_word_bank_and_bleaching_beside_white_is_told():
    source = material(fresh_pack("history_weimar_rise_of_nazis.yaml"))
    article = next(term for terms in source.terms.values() for term in terms if term.text == "Article 48")
    assert _bank_sort(article) == ("label", "article")
    assert "bleaches" not in hideable(fresh_pack("chemistry_periodic_table.yaml"), "Chlorine is toxic")


def test_an_everyday_word_heading_its_effects_is_no_blank():
    """From set SJ: "D____ → fewer trees to absorb CO₂": the arrow's effects name an everyday heading."""
    causes = pack_yaml("Rivers", "Geography", [("Human causes of flooding", [
        "**Urbanisation** → more tarmac and concrete, so rain runs off faster.",
        "**Farming** → ploughing leaves bare soil that washes into rivers."])])
    assert hideable(causes, "Farming") == [] and hideable(causes, "Urbanisation") == ["Urbanisation"]
