"""Rules from the audits of sets BA and BB on what a sheet prints: a date's year printed elsewhere tells it, and
"at right angles" tells 90°; an article "A" before a blank reads as its first letter; a bare "UK" is no gap; a count
hidden with its noun beside another blank says not what it counts; a why-card's examples and pathways are no
reasons."""
from __future__ import annotations

import random
import re

from studypack.layouts.worksheet.exercises import Gap, Short
from studypack.layouts.worksheet.exercises.candidates import gap_candidates
from studypack.layouts.worksheet.exercises.material import Material
from studypack.layouts.worksheet.exercises.short_answers import short_candidates
from studypack.source import loads
from sheet_builds import built, material, of_kind, pack_yaml


def test_a_dates_year_or_a_right_angle_printed_elsewhere_tells_it():
    source = Material(loads(pack_yaml("Civil War", "History", [("Trial", ["The king was tried in 1649."])]), "c.yaml"),
                      random.Random(1))
    source.record(["The Rump set up a court; the trial began 20 January 1649."], [])
    assert source.gives_away(["Charles I was beheaded on ____."], ["30 January 1649"])
    assert not source.gives_away(["Parliament met in ____."], ["3 November 1640"])
    source.record(["The wire is at right angles to the field."], [])
    assert source.gives_away(["The force is largest when the angle is ____."], ["90°"])


def _gaps(text: str) -> list[str]:
    source = material(text)
    return [" ".join(" ".join(segment.text if segment.role != "blank" else "____" for segment in gap.segments).split())
            for gap in (candidate.build(0) for candidate in gap_candidates(source)) if gap is not None]


def test_no_blank_follows_a_lone_article_a_and_no_bare_abbreviation_is_blanked():
    pack = pack_yaml("Electrolysis and diabetes", "Science", [
        ("Half equations", ["A **half equation** shows what happens at one electrode.",
                            "Electrons are written as e⁻ on the left at the cathode."]),
        ("Diabetes", ["About 90% of UK cases are Type 2.", "Type 1 is treated with **insulin** injections.",
                      "Insulin is made by the **pancreas**, an organ behind the stomach."])])
    gaps = _gaps(pack)
    assert gaps and not any(re.search(r"(?:^|: )A ____", gap) for gap in gaps), gaps
    assert not any("90% of ____" in gap or "____ 2" in gap for gap in gaps), gaps  # nor "Type" of "Type 2"


def test_a_count_with_its_noun_is_not_blanked_beside_another_blank():
    pack = pack_yaml("Manchester", "Geography", [
        ("Transport – the Metrolink", ["Now **99 stops** on about **103 km** of track – the largest light-rail "
                                       "network in the UK.",
                                       "Trams run every twelve minutes at peak times."])])
    gaps = _gaps(pack)
    assert gaps and not any(gap.count("____") > 1 and "____ on about" in gap for gap in gaps), gaps


def test_a_why_cards_examples_and_pathway_are_no_points_of_its_scheme():
    pack = pack_yaml("Nerves", "Biology", [
        ("Why have a nervous system?", ["Lets you **react** to your surroundings and coordinate your behaviour.",
                                        "The basic pathway – stimulus → receptor → coordinator → effector → response.",
                                        "Examples of effectors – muscles contract, glands secrete.",
                                        "It protects you, because reflexes pull you away from danger."]),
        ("Synapses", ["A chemical diffuses across the gap.", "Impulses only go one way.",
                      "Some drugs block the receptors."])])
    source = material(pack)
    for candidate in short_candidates(source):
        question = candidate.build(0)
        if question is not None and question.card == 0:
            scheme = [source.point(ref).text for ref in question.scheme]
            assert not any(text.startswith(("The basic pathway", "Examples")) for text in scheme), scheme
