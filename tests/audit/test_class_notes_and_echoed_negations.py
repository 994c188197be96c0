"""Rounds KG–KH of the unseen-pack audit: "N____ given off with oxides – no fizzing!" said its "no" twice; a scheme
for "Response to exercise" paid for "Can be tested in class – measure pulse …"; "r = 3 cm, h = 4 cm → l = ____ cm³"
asked the slant height for the volume; "can" to put into German was "können" as well as "die Dose"; "Perfect tense →
positive goes round the auxiliary" turned a grammar's name; "Can lead to a new species forming" was matched with no
subject of its own."""
from __future__ import annotations

from sheet_builds import hideable, material, pack_yaml
from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.roles import leans_on_previous
from studypack.source.inline import parse_point


def test_an_answer_saying_no_beside_another_no_is_given_away():
    text = pack_yaml("Acids", "Chemistry", [("Reactions of acids", [
        "**No gas** given off with oxides or hydroxides – no fizzing!", "**No gas** is given off by oxides."])])
    assert "No gas" not in hideable(text, "No gas given off")
    assert "No gas" in hideable(text, "No gas is given off")


def test_a_note_on_testing_in_class_is_no_scheme_point():
    from studypack.layouts.labels import ENGLISH
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    source = material(pack_yaml("Bioenergetics", "Biology", [
        ("Response to exercise", ["Heart rate **increases** to pump more blood to the muscles.",
                                  "Breathing rate and **breath volume** increase.",
                                  "Muscles may respire **anaerobically** → lactic acid.",
                                  "Can be tested in class – measure **pulse** before, during & after exercise."]),
        ("Metabolism", ["**Metabolism** – all the reactions in a cell or the body.",
                        "Enzymes make **lipids** from glycerol and fatty acids."])]))
    shorts = [candidate.build(0) for candidate in short_candidates(source, ENGLISH)]
    schemes = [source.point(ref).text for short in shorts if short and short.card == 0 for ref in short.scheme]
    assert schemes and not any(text.startswith("Can be tested") for text in schemes)


def test_the_quantity_after_a_semicolon_is_the_one_asked():
    example = worked(parse_point("e.g. r = 3 cm, h = 4 cm → l = √(9 + 16) = 5 cm; V = 1/3 × π × 9 × 4 = 12π ≈ "
                                 "**37.7 cm^3^**"), "Cones")
    assert example is None or example.asked == "V = "


def test_an_english_noun_that_is_a_verb_too_is_asked_with_the():
    from random import Random
    from studypack.layouts.worksheet.exercises.translate import translations
    from studypack.source import loads
    pack = loads("title: Umwelt\nsubject: German\ncards:\n  - title: Recycling\n    points:\n"
                 "      - \"**die Dose** – can\"\n      - \"**die Flasche** – bottle\"\n"
                 "      - \"**der Müll** – rubbish\"\n      - \"**die Tüte** – bag\"\n", "umwelt.yaml")
    asked = {question.shown for seed in range(6) for question in translations(pack, Random(seed), 4)}
    assert "can" not in asked and ("the can" in asked or "die Dose" in asked)
    assert "the bottle" not in asked


def test_a_line_opening_on_a_modal_has_no_subject_of_its_own():
    assert leans_on_previous("Can lead to a new species forming.")
    assert not leans_on_previous("Can you name three greenhouse gases?")


def test_a_line_in_the_language_taught_is_no_statement_to_judge():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material("title: La technologie\nsubject: French\ncards:\n  - title: Les dangers\n    points:\n"
                      "      - On perd du temps → **la dépendance** (addiction); je suis **accro** à mon portable\n"
                      "      - After **si** the verb goes in the present tense.\n"
                      "      - \"**le portable** – mobile phone\"\n      - \"**l'ordinateur** – computer\"\n")
    assert _true_false(source, PointRef(0, 0), True) is None
    assert _true_false(source, PointRef(0, 1), True) is not None


def test_a_measures_symbol_printed_elsewhere_tells_its_name():
    source = material(pack_yaml("Cells", "Biology", [("Exchange", ["Cells have a big **SA:V ratio**."])]))
    source.record(["Single-celled organisms have a big S____"], ["SA:V ratio"])
    assert source.gives_away(["Larger organisms have a smaller SA:V"], [])
    assert not source.gives_away(["Larger organisms have a smaller surface"], [])


def test_a_word_that_prints_its_meaning_in_brackets_is_not_asked():
    from random import Random
    from studypack.layouts.worksheet.exercises.translate import translations
    from studypack.source import loads
    pack = loads("title: El trabajo\nsubject: Spanish\ncards:\n  - title: Solicitar\n    points:\n"
                 "      - \"**el currículum (CV)** – CV\"\n      - \"**la carta** – letter\"\n"
                 "      - \"**el sueldo** – salary\"\n      - \"**la entrevista** – interview\"\n", "trabajo.yaml")
    asked = {question.shown for seed in range(6) for question in translations(pack, Random(seed), 4)}
    assert not any("currículum" in shown or shown == "CV" for shown in asked)


def test_a_card_that_names_a_sum_asks_no_points_about_it():
    from studypack.layouts.labels import ENGLISH
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    source = material(pack_yaml("The nervous system", "Biology", [
        ("Reaction time – calculating means", ["Add up the **repeat** readings and divide by how many.",
                                               "Leave out **anomalous** results before you average.",
                                               "**Range** – biggest minus smallest reading."]),
        ("Reflex arcs", ["A **reflex** is fast and automatic.", "It does not involve the **conscious** brain.",
                         "**Relay neurones** in the spinal cord pass the impulse on."])]))
    shorts = [candidate.build(0) for candidate in short_candidates(source, ENGLISH)]
    assert {short.card for short in shorts if short} == {1}


def test_a_year_long_after_its_cards_date_is_no_fair_swap():
    from studypack.layouts.worksheet.exercises.candidates import _before_its_card
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material("title: Russia\nsubject: History\ncards:\n  - title: The fall of the Tsar\n    date: 1917\n"
                      "    points:\n      - In **1915** Nicholas made himself Commander-in-Chief.\n")
    card, term = source.pack.cards[0], source.key_terms(PointRef(0, 0))[0]
    assert _before_its_card(card, term, "1929")
    assert not _before_its_card(card, term, "1912") and not _before_its_card(card, term, "1919")


def test_a_phrase_saying_i_am_glossed_without_it_is_not_asked():
    from random import Random
    from studypack.layouts.worksheet.exercises.translate import translations
    from studypack.source import loads
    pack = loads("title: La nourriture\nsubject: French\ncards:\n  - title: Au restaurant\n    points:\n"
                 "      - \"**je suis allergique aux noix** – allergic to nuts\"\n"
                 "      - \"**je suis végétarien** – I'm vegetarian\"\n      - \"**le plat** – dish\"\n"
                 "      - \"**la carte** – menu\"\n", "nourriture.yaml")
    asked = {question.shown for seed in range(6) for question in translations(pack, Random(seed), 4)}
    assert not any("allergi" in shown for shown in asked)
    assert any("végétarien" in shown or "vegetarian" in shown for shown in asked)


def test_words_after_a_bold_result_say_what_it_is():
    example = worked(parse_point("e.g. 28 g N~2~ (1 mol) → 2 mol NH~3~ = 2 × 17 = **34 g** ammonia (if 100% yield)"),
                     "The Haber process")
    assert example is not None and example.unit == "g ammonia"


def test_a_short_span_end_is_no_early_year_and_a_tongue_no_person():
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material("title: Migration to Britain\nsubject: History\ncards:\n  - title: Vikings\n    date: 793\n"
                      "    points:\n      - In **793** Vikings attacked **Lindisfarne**.\n"
                      "      - \"**Norman French** was the language of court.\"\n"
                      "  - title: Slavery\n    points:\n      - Sam Sharpe's rebellion in Jamaica (1831-32).\n")
    assert 32 not in source.pool.years and 793 in source.pool.years
    assert not any(term.sort.startswith("person") for term in source.terms[PointRef(0, 1)])
