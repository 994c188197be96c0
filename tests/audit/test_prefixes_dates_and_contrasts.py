"""Round GI–GK of the unseen-pack audit: a line opening on "Used" leans on its title, a step bringing in a new
distance or a date before a fact is no calculation, a span of months starts in its first, a possessive is no part
of a name, grammar notes and words of two meanings are not translated, a word differing from its neighbour by its
prefix alone is told, a contrast of two defined terms matches neither to the card's title, and a card whose list
would be left out of the scheme is no short answer."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.events import _when
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.matching import match_candidates
from studypack.layouts.worksheet.exercises.questions import Gap, PointRef
from studypack.layouts.worksheet.exercises.short_answers import short_candidates
from studypack.layouts.worksheet.exercises.translate import translations
from studypack.source import loads
from sheet_builds import built, hideable, material, of_kind, pack_yaml


def test_a_line_opening_on_used_leans_on_its_question_title():
    glucose = pack_yaml("Photosynthesis", "Biology", [("What does the plant do with the glucose?", [
        "Used in **respiration** → releases energy for the cell.",
        "Converted to **starch** for storage."])])
    source = material(glucose)
    respiration = source.terms[PointRef(0, 0)][0]
    assert source.context(PointRef(0, 0), [respiration]) is None


def test_a_new_distance_in_the_working_or_a_date_before_a_fact_is_no_calculation():
    pack = loads(pack_yaml("Light and the Armada", "Science", [
        ("Inverse square law", ["e.g. intensity = 80 units at 10 cm → at 20 cm = 80 ÷ 2^2^ = **20 units**"]),
        ("Calais and the fireships", ["Night of 7 Aug → English sent in **8 fireships** (set alight)."]),
        ("Resultant force", ["car, driving force 2000 N forward, drag 1500 N backward → resultant = 2000 − 1500 = "
                             "**500 N** forward"])]), "calc.yaml")
    results = [worked(card.points[0], card.title) for card in pack.cards]
    assert results[0] is None and results[1] is None and results[2] is not None and results[2].number == "500"


def test_a_span_of_months_starts_in_its_first():
    assert _when("June 1948 – May 1949") == (1948, 6)
    assert _when("24 June 1948") == (1948, 6)


def test_a_possessive_is_no_part_of_a_marked_name():
    armada = pack_yaml("The Armada", "History", [
        ("The plan", ["Sail up the Channel and meet **Parma's** army in the Netherlands.",
                      "**Lord Howard** led the English fleet out of Plymouth."]),
        ("Calais", ["The Armada anchored off **Calais** to wait for the troops.",
                    "The English sent in eight **fireships** at night."]),
        ("The journey home", ["The Spanish fleet sailed north round **Scotland** in bad weather.",
                              "Many ships were wrecked on the coast of **Ireland**."])])
    source = material(armada)
    assert [term.text for term in source.terms[PointRef(0, 0)]] == ["Parma"]
    asked = 0
    for seed in ("1", "2", "3", "4"):
        plan, sheet, _ = built(armada, seed, exercises=("gap",))
        for gap in of_kind(plan, Gap):
            if gap.point == PointRef(0, 0):
                assert [segment.text for segment in gap.segments if segment.role == "blank"] == ["Parma"]
                assert "'s army" in sheet
                asked += 1
    assert asked

def test_a_grammar_note_and_a_word_of_two_meanings_are_not_translated():
    pack = loads("""title: La scuola
subject: Italian
lang: it
cards:
  - title: Articoli
    points:
      - "**il** – most masc. nouns: il libro"
      - il quaderno – the exercise book
      - la gomma – the rubber
  - title: La tecnologia
    points:
      - "**il portatile** – laptop (also = mobile, check context!)"
      - lo schermo – the screen
      - la tastiera – the keyboard
""", "scuola.yaml")
    sides = {side for seed in range(6) for item in translations(pack, random.Random(seed), 10)
             for side in (item.shown, item.answer)}
    assert "il" not in sides and "il portatile" not in sides and "la gomma" in sides


def test_a_word_differing_from_its_neighbour_by_its_prefix_alone_is_told():
    graphs = pack_yaml("Motion", "Physics", [("Distance–time graphs", [
        "curved line getting steeper → **accelerating**; getting less steep → decelerating",
        "A flat line means the object is **stationary**."])])
    assert hideable(graphs, "curved line") == []


def test_a_contrast_of_two_defined_terms_matches_neither_to_the_title():
    mains = pack_yaml("Electricity", "Physics", [
        ("Mains electricity in the UK", ["**Alternating current** (a.c.) – keeps changing direction",
                                         "**Direct current** (d.c.) – one direction only, e.g. from cells"]),
        ("Series circuits", ["The same current flows through every component.",
                             "The potential difference is shared between the components."]),
        ("Parallel circuits", ["Each branch has the full potential difference across it.",
                               "The total current is the sum of the branch currents."])])
    texts = [pair.text for candidate in match_candidates(material(mains)) if (pair := candidate.build(0))]
    assert texts and not any("current (" in text or "direction" in text for text in texts)


def test_a_card_whose_labelled_list_would_be_left_out_is_no_short_answer():
    hazards = pack_yaml("Tectonic hazards", "Geography", [
        ("Immediate vs long-term responses", [
            "**Immediate**: search and rescue, field hospitals, tents, food",
            "Long-term responses rebuild homes and roads over years.",
            "Aid can be national or international.",
            "Richer countries usually respond faster."]),
        ("Plate margins", ["At a destructive margin one plate sinks under another.",
                           "At a constructive margin the plates move apart.",
                           "At a conservative margin the plates slide past each other."])])
    prompts = [question.prompt for candidate in short_candidates(material(hazards))
               if (question := candidate.build(0))]
    assert prompts and not any("Immediate" in prompt for prompt in prompts)


def test_a_source_after_from_is_no_place_and_a_calling_before_the_blank_asks_no_choice():
    text = "Argument from Leviticus – a man who marries his brother's widow will be childless"
    assert name_sort("Leviticus", text, 14, 23, frozenset()) == "other"
    assert name_sort("Plymouth", "Sailed from Plymouth in July", 12, 20, frozenset()) == "place"
    civil_rights = pack_yaml("Civil rights", "History", [
        ("Montgomery", ["Bus boycott set up, led by a young pastor: **Martin Luther King**"]),
        ("The law", ["**Thurgood Marshall** argued Brown v Board in court.",
                     "**Lyndon Johnson** signed the Civil Rights Act.", "**Robert Kennedy** sent marshals."])])
    source = material(civil_rights)
    king = source.terms[PointRef(0, 0)][0]
    shown = source.point(PointRef(0, 0)).text.replace("Martin Luther King", "", 1)
    assert distractors(king, source.pool, random.Random(1), 3, shown) is None
