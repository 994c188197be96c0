"""Round QQ of the unseen-pack audit: a card's estimate ("F = 1500 × 7 ≈ 10 000 N") is no calculation; a title that
names a state ("The People's Republic of China") is no timeline event; a false year past the cards that follow
("Seoul fell again in January 1956", before the 1953 armistice) is not set; a typed equation alone is no scheme
point; and a statement whose card's title the other card marks as a key term ("Predator–prey cycles" beside
"Biotic factors", which marks **predators**) is no spare beside it."""
from __future__ import annotations

import re

from sheet_builds import calculations, fresh_pack, material, of_kind, pack_yaml, planned, scheme_texts
from studypack.layouts.worksheet.exercises.questions import Match, Timeline, TrueFalse, plain

def test_an_estimate_is_no_calculation():
    braking = pack_yaml("Stopping", "Physics", [("Estimating forces in everyday braking", [
        "Typical car mass: about **1000 kg** to **1500 kg**",
        "Example: 1500 kg car braking at 7 m/s^2^ → F = 1500 × 7 ≈ **10 000 N**",
        "Example: 1000 kg car braking at 6 m/s^2^ → F = 1000 × 6 = **6000 N**"])])
    asked = calculations(braking)
    assert asked and not any("1500 kg car" in stem for stem in asked), asked


def test_a_state_is_no_event_and_a_false_year_stays_inside_the_story():
    text = fresh_pack("history_cold_war_asia.yaml")
    for seed in "12":
        plan = planned(text, seed)
        events = [event.text for timeline in of_kind(plan, Timeline) for event in timeline.events]
        assert "The People's Republic of China" not in events, events
        for statement in of_kind(plan, TrueFalse):
            line = plain(statement.segments)
            if not statement.true and "Seoul fell again" in line:
                assert int(re.search(r"\b19\d\d\b", line).group()) <= 1953, line


def test_an_equation_alone_is_no_scheme_point():
    acids = pack_yaml("Acids and bases", "Chemistry", [("Conjugate acid–base pairs", [
        "A **conjugate pair** is two species that differ by **one proton**.",
        "\\ce{NH3 + H2O <=> NH4+ + OH-}",
        "In that equation the pairs are **\\ce{NH4+}/\\ce{NH3}** and **\\ce{H2O}/\\ce{OH-}**.",
        "Water can donate or accept a proton, so it is **amphoteric**."])])
    lines = scheme_texts(material(acids), 0)
    assert lines and not any(line.replace("\xa0", " ").startswith("NH₃ + H₂O") for line in lines), lines


def test_a_statement_of_a_topic_the_title_card_marks_is_no_spare():
    text = fresh_pack("biology_ecosystems.yaml")
    for seed in "1234":
        for match in of_kind(planned(text, seed), Match):
            if any(pair.title == "Biotic factors" for pair in match.pairs):
                assert not any("lynx" in spare.text for spare in match.spares), match.spares
