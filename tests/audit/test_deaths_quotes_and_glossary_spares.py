"""What the blind audit of set SG struck, and an own read of its sheets: a false statement dated after the death of the
man it names, which another question on the sheet dates ("NEP announced by Lenin … March 1924" beside "Lenin died on
21 January 1924"); a mark scheme point told again on the sheet in other words, one event with its date ("August 1918:
Fanny Kaplan shoots and wounds Lenin → the Red Terror is stepped up"); a description of a plant as the spare
statement of a glossary; where desertification happens and what it is, as points of "Desertification – causes"; a
translation that lost its closing quotation mark ("dar 'me gusta"); and a surname blanked beside its given name
("Charles D____ … On the Origin of Species") or the start of a place's name ("Barra da T____"). From set SH: an
everyday word heading its examples ("P____ and disease – e.g. desert locust swarms"), "organs in order" asked as
points, and an aside ("Calendar aside – …") paid as a point of a scheme. A glossary of unmarked words is matched."""
from __future__ import annotations

import re

from studypack.layouts.worksheet.exercises import Gap, Match, TrueFalse
from studypack.layouts.worksheet.exercises.material import said_again
from studypack.layouts.worksheet.exercises.questions import Translate, plain
from sheet_builds import fresh_pack, hideable, material, of_kind, pack_yaml, planned, scheme_texts

SEEDS = "1234"

LENIN = """\
title: Lenin's Russia
subject: History
cards:
  - title: The New Economic Policy
    points:
      - NEP was announced by **Lenin** at the 10th Party Congress in **March 1921**.
      - Small traders, the **Nepmen**, were allowed to buy and sell for profit.
  - title: The USSR
    points:
      - The USSR was formed in **December 1922**.
      - Stalin became General Secretary in **April 1922**.
  - title: Lenin's last years
    points:
      - Lenin suffered his first stroke in **May 1922**.
      - Lenin died on 21 **January 1924**; Petrograd was renamed Leningrad.
      - Trotsky was removed as war commissar in **January 1925**.
"""


def test_no_false_statement_dates_a_deed_after_the_death_of_the_man_it_names():
    for seed in SEEDS:
        for statement in of_kind(planned(LENIN, seed, exercises=("tf",)), TrueFalse):
            said = plain(statement.segments)
            if not statement.true and "Lenin" in said and "announced" in said:
                assert not re.search(r"\b(?:1924|1925)\b", said), said


def test_one_event_told_twice_with_its_date_is_said_again():
    point = "August 1918: Fanny Kaplan shoots and wounds Lenin → the Red Terror is stepped up."
    assert said_again(point, "After the attack on Lenin in August 1918 the Cheka launched the Red Terror.")
    assert not said_again(point, "In 1918 the Red Army was set up under Trotsky.")


def test_a_glossary_of_dashes_takes_no_described_thing_as_its_spare():
    for seed in "12":
        plan = planned(fresh_pack("geography_thar_desert.yaml"), seed)
        spares = [spare.text for match in of_kind(plan, Match) for spare in match.spares]
        titles = [pair.title for match in of_kind(plan, Match) for pair in match.pairs]
        assert "Arid" in titles, titles
        assert spares and not any("deep roots" in spare for spare in spares), spares


def test_where_a_process_happens_and_what_it_is_are_no_causes_in_a_scheme():
    thar = material(fresh_pack("geography_thar_desert.yaml"))
    card = next(index for index, card in enumerate(thar.pack.cards) if card.title == "Desertification – causes")
    scheme = scheme_texts(thar, card)
    assert len(scheme) == 4, scheme
    assert not any(point.startswith(("It affects", "It is a cycle")) for point in scheme), scheme


def test_a_translation_keeps_the_quotation_mark_that_closes_a_quote_inside_it():
    shown = [item.shown for seed in SEEDS
             for item in of_kind(planned(fresh_pack("spanish_technology.yaml"), seed), Translate)]
    quoted = [text for text in shown if "me gusta" in text]
    assert quoted and all(text.count("'") == 2 for text in quoted), quoted


def test_no_surname_is_blanked_beside_its_given_name_nor_a_place_beside_the_start_of_its_name():
    for seed in "12":
        answers = [blank.text for gap in of_kind(planned(fresh_pack("biology_selective_breeding_gm_cloning.yaml"),
                                                         seed), Gap) for blank in gap.answers]
        assert "Darwin" not in answers, answers
    rio = pack_yaml("Rio de Janeiro", "Geography", [("The 2016 Olympics", [
        "Most of the new transport served richer areas such as Barra da Tijuca rather than the poorest favelas."])])
    assert "Tijuca" not in hideable(rio, "Most of the new transport")


def test_an_everyday_word_heading_its_examples_is_no_blank():
    assert "Pests" not in hideable(fresh_pack("geography_food_security.yaml"), "Pests and disease")


def test_an_order_to_write_is_no_points_and_an_aside_no_point_of_a_scheme():
    digestion = material(fresh_pack("biology_digestion_enzymes.yaml"))
    assert digestion.pack.cards[0].title == "The digestive system – organs in order"
    assert scheme_texts(digestion, 0) == []
    armada = material(fresh_pack("history_elizabeth_armada.yaml"))
    card = next(index for index, card in enumerate(armada.pack.cards) if any(
        point.text.startswith("Calendar aside") for point in card.points))
    scheme = scheme_texts(armada, card)
    assert scheme and not any(point.startswith("Calendar aside") for point in scheme), scheme


def test_a_glossary_of_unmarked_words_is_matched_to_its_meanings():
    glossary = pack_yaml("Crude oil", "Chemistry", [
        ("Fractional distillation", ["Crude oil is heated until most of it **evaporates**.",
                                     "Each fraction **condenses** at its own level of the column."]),
        ("Key words", ["viscosity – how thick a liquid is and how slowly it flows",
                       "volatility – how easily a liquid turns into a vapour",
                       "flammability – how easily a substance catches fire",
                       "alkene – a hydrocarbon with a carbon–carbon double bond",
                       "polymer – a long molecule made from many small monomers"])])
    for seed in "12":
        pairs = [(pair.title, pair.text) for match in of_kind(planned(glossary, seed, exercises=("match",)), Match)
                 for pair in match.pairs]
        assert len(pairs) >= 3, pairs
        glossary_words = ("viscosity", "volatility", "flammability", "alkene", "polymer")
        assert all(title in glossary_words for title, _ in pairs), pairs
