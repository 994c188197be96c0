"""Rounds GC–GE and GF–GH of the unseen-pack audit: a step's number opens its sentence, a region shows its letter or
goes unasked, a surname printed in the stem gives its person away, one man is never two options, a name the pack
writes with "the" keeps it, exam-board notes and lines that only open the next are no mark-scheme points, a card
whose scheme would keep less than half of it is no short answer, advice in English is no word to translate, a
subject pack's side after a dash is content, a definition may hold a note's arrow, a duchy after "in" is a place,
and a colour shows no letter."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.matching import definition_candidates
from studypack.layouts.worksheet.exercises.questions import Gap, PointRef, Short
from studypack.layouts.worksheet.exercises.roles import is_scaffolding
from studypack.layouts.worksheet.exercises.short_answers import short_candidates
from studypack.layouts.worksheet.exercises.terms import at_sentence_start
from studypack.layouts.worksheet.exercises.translate import entries, translations, vocabulary
from studypack.source import loads
from sheet_builds import hideable, material, of_kind, pack_yaml, planned


def test_a_steps_number_opens_its_sentence_so_its_first_word_is_no_name():
    assert at_sentence_start("5) Read off genotypes → phenotypes", 3)
    assert not at_sentence_start("In 1945 Attlee won", 8)
    punnett = pack_yaml("Inheritance", "Biology", [("How to draw a Punnett square", [
        "1) Write the parents' genotypes (e.g. Bb × bb)",
        "2) Split each parent's alleles into their **gametes**",
        "5) Read off genotypes → phenotypes → ratio"])])
    source = material(punnett)
    assert "Read" not in {term.text for ref in source.refs for term in source.terms[ref]}


def test_a_region_blank_shows_its_letter_or_is_not_set():
    sit_ins = pack_yaml("Civil rights", "History", [
        ("The sit-ins", ["Greensboro, North Carolina, Feb 1960 – four students at a Woolworth's lunch counter.",
                         "Spread across the South – c. 70 000 took part by the end of 1960",
                         "Led to the founding of **SNCC** in April 1960."]),
        ("Freedom Rides", ["1961 – mixed groups rode buses into the North and back to test the ban on segregation.",
                           "Buses were firebombed at **Anniston**, Alabama."])])
    for seed in ("1", "2", "3"):
        plan = planned(sit_ins, seed, exercises=("gap",))
        for gap in of_kind(plan, Gap):
            assert all(segment.hint for segment in gap.segments if segment.role == "blank" and segment.text == "South")


def test_a_surname_printed_in_the_stem_gives_its_person_away():
    henry = pack_yaml("Henry VIII", "History", [("Opposition", [
        "**Thomas More** and **Bishop Fisher** executed in 1535 (Fisher June, More July).",
        "**Thomas Cromwell** ran the government from 1532."])])
    source = material(henry)
    stem = "____ and Bishop Fisher executed in 1535 (Fisher June, More July)."
    assert source.gives_away([stem, "Thomas More", "Thomas Cromwell"], ["Thomas More"])
    assert not source.gives_away(["____ ran the government from 1532.", "Thomas Cromwell"], ["Thomas Cromwell"])


def test_one_man_is_never_two_options():
    cuba = pack_yaml("The Cuban Missile Crisis", "History", [
        ("The revolution", ["**Fidel Castro** overthrew Batista after a guerrilla war."]),
        ("Bay of Pigs", ["Approved by new President **John F. Kennedy**.",
                         "Huge embarrassment for JFK – looked weak AND aggressive."]),
        ("The letters", ["JFK replied publicly to the 1st letter and ignored the 2nd.",
                         "JFK chose NOT to retaliate → gave diplomacy one more chance.",
                         "JFK's reputation boosted; **Nikita Khrushchev** looked weak."])])
    source = material(cuba)
    castro = next(term for term in source.terms[PointRef(0, 0)] if term.text == "Fidel Castro")
    shown = source.point(PointRef(0, 0)).text.replace("Fidel Castro", "", 1)
    for seed in range(12):
        options = distractors(castro, source.pool, random.Random(seed), 3, shown)
        assert options is None or not {"JFK", "John F. Kennedy"} <= set(options)


def test_a_name_the_pack_writes_with_the_keeps_it_among_the_swaps():
    henry = pack_yaml("Henry VIII", "History", [
        ("The break", ["**Reformation Parliament** met 1529–36 → passed the laws that broke with Rome."]),
        ("Money", ["First Fruits and Tenths → Church taxes now paid to the Crown.",
                   "The Church was very rich (cf. Valor Ecclesiasticus, 1535)."])])
    source = material(henry)
    church = [term for terms in source.pool.terms.values() for term in terms if term.text == "Church"]
    assert church and all(term.definite for term in church)


def test_exam_board_notes_and_lines_that_open_the_next_are_no_points():
    assert is_scaffolding("Exam Q often gives a bar chart of supply vs demand – pick out the fractions.")
    assert is_scaffolding("Some boards accept 2H₂O → O₂ + 4H⁺ + 4e⁻ for oxygen at the anode too.")
    assert not is_scaffolding("Boards of guardians ran the workhouses.")
    alkanes = pack_yaml("Crude oil", "Chemistry", [("Chain length and properties", [
        "As the chain gets **longer** →",
        "Boiling point goes up, as the forces between molecules are stronger.",
        "Viscosity goes up, so the oil flows less easily.",
        "Flammability goes down, so it is harder to ignite.",
        "Volatility goes down, so it evaporates less."])])
    plan = planned(alkanes, "1", exercises=("short",))
    shorts = of_kind(plan, Short)
    assert shorts and all(PointRef(0, 0) not in short.scheme for short in shorts)


def test_a_card_whose_scheme_keeps_less_than_half_of_it_is_no_short_answer():
    sound = pack_yaml("Waves", "Physics", [("Measuring the speed of sound in air", [
        "Echo method: stand approx. 50 m from a large wall, clap, time the echo",
        "Sound goes there AND back → distance = 2 × 50 = 100 m",
        "e.g. t = 0.30 s → v = 100 ÷ 0.30 ≈ **330 m/s**",
        "e.g. t = 0.29 s → v = 100 ÷ 0.29 ≈ **345 m/s**",
        "Better – clap in rhythm with the echo, time 20 claps, divide (reduces reaction time error).",
        "Or 2 microphones + oscilloscope, a known distance apart.",
        "Speed of sound in air approx. **330–340 m/s**; faster in liquids and solids."]),
        ("Wave speed", ["Wave speed = frequency × wavelength", "Sound in air travels at about **340 m/s**."])])
    prompts = [question.prompt for candidate in short_candidates(material(sound)) if (question := candidate.build(0))]
    assert prompts and not any("speed of sound" in prompt for prompt in prompts)


def test_advice_in_english_is_no_word_to_translate():
    hotel = loads("""title: Urlaub
subject: German
lang: de
cards:
  - title: Im Hotel
    points:
      - der Schlüssel – the key
      - das Einzelzimmer – single room
      - das Doppelzimmer – double room
      - Use **Sie** with hotel staff (formal) – not du!
""", "urlaub.yaml")
    sides = {side for seed in range(4) for item in translations(hotel, random.Random(seed), 10)
             for side in (item.shown, item.answer)}
    assert "not du!" not in sides and "der Schlüssel" in sides


def test_the_side_after_a_dash_is_content_in_a_subject_pack_and_a_meaning_in_a_word_list():
    gases = pack_yaml("Electrolysis", "Chemistry", [("How do you test for the gases?", [
        "Hydrogen – a lit splint gives a squeaky pop.",
        "Oxygen – relights a **glowing splint**.",
        "Chlorine – **bleaches** damp litmus paper."])])
    assert "glowing splint" in hideable(gases, "Oxygen")
    words = pack_yaml("Il cibo", "Italian", [("Al ristorante", [
        "Sono vegetariano – I am **vegetarian**", "il conto – the bill", "il cameriere – the waiter",
        "la forchetta – the fork"])])
    assert hideable(words, "Sono vegetariano") == []


def test_a_definition_with_a_note_arrow_is_matched_and_a_reaction_is_not():
    vessels = pack_yaml("The heart", "Biology", [("Arteries, veins and capillaries", [
        "**Capillaries** – walls only one cell thick → short diffusion distance",
        "**Platelets** – small fragments of cells → help blood clot at a wound",
        "**Respiration** – glucose = carbon dioxide + water"])])
    defined_terms = {candidate.build(0).title for candidate in definition_candidates(material(vessels))}
    assert defined_terms == {"Capillaries", "Platelets"}


def test_a_duchy_after_in_or_to_is_a_place_though_its_duke_is_named():
    normans = pack_yaml("The Norman Conquest", "History", [
        ("William", ["**William, Duke of Normandy** claimed the throne.",
                     "Took leaders like Edgar back to Normandy in 1067."]),
        ("The Revolt of the Earls", ["Planned while William was in Normandy.",
                                     "**Lanfranc** led the defence."])])
    source = material(normans)
    assert [term.sort for term in source.pool.terms["name"] if term.text == "Normandy"] == ["region"]


def test_a_colour_blank_shows_no_letter():
    tests = pack_yaml("Chemical analysis", "Chemistry", [("Testing for halide ions", [
        "Add dilute nitric acid, then silver nitrate solution.",
        "Chloride → **white** precipitate (silver chloride)",
        "Bromide → **cream** precipitate (silver bromide)",
        "Iodide → **yellow** precipitate (silver iodide)"])])
    for seed in ("1", "2", "3"):
        plan = planned(tests, seed, exercises=("gap",))
        blanks = [segment for gap in of_kind(plan, Gap) for segment in gap.segments if segment.role == "blank"]
        assert blanks and all(not segment.hint for segment in blanks)


def test_a_slash_inside_an_entry_after_a_semicolon_keeps_the_entry_whole():
    assert entries("il fait beau – it's nice; il fait chaud / froid – it's hot / cold") == [
        "il fait beau – it's nice", "il fait chaud / froid – it's hot / cold"]
    assert entries("une ville – a town / un village – a village") == ["une ville – a town", "un village – a village"]
    weather = loads("""title: Les vacances
subject: French
lang: fr
cards:
  - title: Le temps
    points:
      - "il fait beau – it's nice; il fait chaud / froid – it's hot / cold"
      - "ruhig – quiet; laut – noisy; lebhaft / lebendig – lively"
      - il pleut – it's raining
      - il neige – it's snowing
""", "temps.yaml")
    pairs = {(word, meaning) for _, word, meaning in vocabulary(weather)}
    assert ("il fait beau", "it's nice") in pairs and ("laut", "noisy") in pairs
    assert not any(word in ("froid", "lebendig") for word, _ in pairs)


def test_a_clause_glossed_as_a_phrase_is_not_asked():
    town = loads("""title: Mi ciudad
subject: Spanish
lang: es
cards:
  - title: Opiniones
    points:
      - el **transporte público** es bueno – good public transport
      - hay mucho tráfico – there's a lot of traffic
      - el parque – the park
      - la playa es bonita – the beach is pretty
""", "ciudad.yaml")
    sides = {side for seed in range(6) for item in translations(town, random.Random(seed), 10)
             for side in (item.shown, item.answer)}
    assert "good public transport" not in sides and "la playa es bonita" in sides


def test_a_record_is_no_definition_to_match():
    lakes = pack_yaml("Glaciation", "Geography", [("Landforms", [
        "**Corrie** – armchair-shaped hollow where a glacier began",
        "**Arête** – knife-edge ridge between two corries",
        "**Wastwater** – deepest lake in England (c. 79 m)"])])
    defined_terms = {candidate.build(0).title for candidate in definition_candidates(material(lakes))}
    assert defined_terms == {"Corrie", "Arête"}
