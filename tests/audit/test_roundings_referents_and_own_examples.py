"""What the blind audits of sets WL to XC found: a key that rounds a sum the stem asks exactly ("568 × 5 ÷ 1000 = 2.8
units", where a student writes 2.84); "3/x² = ____", which asks for no form; "The Act led to …" as a matching
statement; "Made Grant commander …" on a timeline with no doer; "Key shopping words" and "Anglicismes" as lists to
name; one line of two dialogue pairs cut at a comma; a binary shift keyed in denary alone; a year before the sheet's
span among wrong years inside it; a derivation as points to write; "Embankments" beside "river bank" and "fatty acids"
beside "fat" as gaps; a year asked with nothing to say a year is asked; three events whose end the title dates; a word
and its own example to translate on one sheet; "Works in the ae____" with no subject; "real wage growth" cut from its
stem; a sum under another rule the line above allows; initials printed elsewhere; a pandemic year moved; an everyday
topic word; a plain name in an author's example; a title of measures paired by a figure; an echo asked by a letter;
a cause label, two figures to a line, a p.d. across which resistor, "ae____" beside anaerobic, "7 in every 10", a
method title and a sub-heading by time; and sums the cards work (a sequence's next term, a vector's size, a
half-life by halving) never asked."""
from __future__ import annotations

import random
import re

import pytest

from studypack.layouts.labels import ENGLISH
from studypack.layouts.worksheet.exercises import events
from studypack.layouts.worksheet.exercises.calculations import _examples
from studypack.layouts.worksheet.exercises.short_answers import short_candidates
from studypack.layouts.worksheet.exercises.translate import entries, translations
from studypack.source import loads
from sheet_builds import blanked, calculations, material, pack_yaml

ALCOHOL = pack_yaml("Alcohol and the liver", "Biology", [
    ("Calculating units", ["Units = volume (ml) × ABV (%) ÷ 1000.",
                           "e.g. pint of lager, 568 ml at 5% → 568 × 5 ÷ 1000 = **2.8 units**",
                           "e.g. bottle of wine, 750 ml at 13% → 750 × 13 ÷ 1000 = 9.75 ≈ **9.8 units**",
                           "e.g. large glass of wine, 250 ml at 12% → 250 × 12 ÷ 1000 = **3 units**"])])


def test_a_result_the_card_rounds_says_how_to_round_it():
    asked = calculations(ALCOHOL)
    assert "Calculating units: pint of lager, 568 ml at 5% → [2.8] units (1 d.p.)" in asked, asked
    assert "Calculating units: bottle of wine, 750 ml at 13% → [9.8] units (1 d.p.)" in asked, asked
    assert not any("250 ml" in stem and "d.p." in stem for stem in asked), asked


def test_a_power_written_in_index_form_is_not_asked_without_saying_which_form():
    text = pack_yaml("Integration", "Maths", [
        ("Rewrite before you integrate", ["Write every term as a **power of x** first.",
                                          "Fractions with x underneath become negative powers, e.g. 3/x^2^ = 3x^−2^.",
                                          "e.g. 1/√x = x\\^(−½)"]),
        ("Laws of indices", ["Multiply – add the powers.", "e.g. 3^4^ × 3^5^ = 3^9^"])])
    asked = calculations(text)
    assert not any("3/x²" in stem or "√x" in stem for stem in asked), asked
    assert "Laws of indices: 3⁴ × 3⁵ = [3⁹]" in asked, asked


def test_a_timeline_event_opening_on_a_past_verb_before_a_name_is_put_under_its_doer():
    text = pack_yaml("The American Civil War", "History", [
        ("Lincoln as war leader", ["Made **Grant** commander of all Union armies in **1864**.",
                                   "Re-elected in **November 1864**, helped by the capture of Atlanta."]),
        ("Assassination of Lincoln", ["Shot by the actor **John Wilkes Booth** at **Ford's Theatre** on "
                                      "**14 April 1865**."])])
    described = [event.text for _ref, event in events._point_events(material(text))]
    assert "Lincoln as war leader: made Grant commander of all Union armies." in described, described
    assert not any(text.startswith(("Made", "Shot")) for text in described), described


DUTCH = ("title: De stad\nsubject: Dutch\nlang: nl\ncards:\n"
         "  - title: Key shopping words\n    points:\n"
         + "".join(f'      - "**{word}**"\n' for word in ("de kassa", "de korting", "de uitverkoop", "de bon",
                                                            "het pasje", "de prijs"))
         + "  - title: De weg vragen\n    points:\n"
           "      - \"Is het **ver**? – Is it far? Nee, het is **dichtbij**. – No, it's nearby.\"\n"
           "      - \"**rechtdoor** – straight on\"\n      - \"**links** – left\"\n      - \"**rechts** – right\"\n"
           "      - \"**de brug** – the bridge\"\n")


def test_a_list_of_key_words_or_of_loanwords_is_not_a_question_to_name_them():
    for title in ("Key shopping words", "Anglicismes – same word as in English"):
        source = material(DUTCH.replace("Key shopping words", title))
        prompts = [short.prompt for candidate in short_candidates(source, ENGLISH) if (short := candidate.build(0))]
        assert not any(title.split()[0].casefold() in prompt.casefold() for prompt in prompts), prompts
    source = material(DUTCH.replace("Key shopping words", "Shops"))
    prompts = [short.prompt for candidate in short_candidates(source, ENGLISH) if (short := candidate.build(0))]
    assert any("Shops" in prompt or "shops" in prompt for prompt in prompts), prompts


def test_two_dialogue_pairs_on_one_line_part_where_the_second_sentence_starts():
    assert entries("Is het ver? – Is it far? Nee, het is dichtbij. – No, it's nearby.") == [
        "Is het ver? – Is it far?", "Nee, het is dichtbij. – No, it's nearby."]
    assert entries("le chien – the dog, le chat – the cat") == ["le chien – the dog", "le chat – the cat"]
    pack = loads(DUTCH, "words.yaml")
    asked = {str(item) for seed in range(4) for item in translations(pack, random.Random(seed), 10)}
    assert not any("Nee" in item and "far" in item for item in asked), asked
    assert not any("dichtbij" in item and "No," in item and "Nee" not in item for item in asked), asked


def test_a_binary_shift_whose_working_reaches_the_binary_first_is_not_keyed_in_denary_alone():
    text = pack_yaml("Binary", "Computing", [
        ("Binary shifts", ["Left shift by n places multiplies by 2^n^.",
                           "e.g. 00010110 (22), left shift 2 → 01011000 = 22 × 4 = **88**",
                           "Right shifts lose the remainder, e.g. 00001011 (11) right 1 → 00000101 = **5**, not 5.5."]),
        ("Units of data", ["**Byte** – 8 bits.", "1 **kilobyte** (KB) = 1000 bytes, 1 MB = 1000 KB.",
                           "e.g. file = 3 MB → 3 × 1000 × 1000 × 8 = **24 000 000 bits**",
                           "e.g. 2 TB drive, 500 GB used → 2 × 1000 − 500 = **1500 GB free**"])])
    asked = calculations(text)
    assert not any("shift" in stem or "right 1" in stem for stem in asked), asked
    assert any("[1500]" in stem for stem in asked), asked


CRUSADES = pack_yaml("The Crusades 1095–1291", "History", [
    ("Urban II and the Council of Clermont", [
        "The Seljuks had crushed the Byzantines at **Manzikert** in **1071** and taken most of Anatolia.",
        "In **1095** **Pope Urban II** called for a crusade at **Clermont**."]),
    ("The First Crusade", ["The crusaders took **Antioch** in **1098**.", "They captured **Jerusalem** in **1099**."]),
    ("The crusader states and the military orders", [
        "Four states were set up, among them the County of **Edessa** (1098) and the **Kingdom of Jerusalem** (1099).",
        "The states were always short of men, so the **military orders** of fighting monks became vital."]),
    ("The Third Crusade", ["**Saladin** took Jerusalem after winning at **Hattin** in **1187**.",
                           "**Richard I** made the **Treaty of Jaffa** with Saladin in **1192**."]),
    ("Bleeding Kansas", ["The **Kansas–Nebraska Act** (**1854**) let settlers vote on slavery.",
                         "The Act led to the founding of the **Republican Party**, which opposed slavery."])])


def test_a_year_before_the_sheets_own_years_takes_no_wrong_year_inside_them():
    from studypack.layouts.worksheet.exercises.candidates import year_bounds
    source = material(CRUSADES)
    ref, year = next((ref, term) for ref in source.refs for term in source.terms[ref] if term.text == "1071")
    assert year_bounds(source, ref, year)[1] == 1095


def test_the_act_or_the_states_named_only_by_the_line_before_is_no_statement_to_match_or_judge():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.roles import kind_unnamed
    assert kind_unnamed("The Act led to the founding of the Republican Party.", "Bleeding Kansas")
    assert not kind_unnamed("The Act led to the founding of the Republican Party.", "The Kansas–Nebraska Act")
    assert not kind_unnamed("The campaign failed and the Allies left by January 1916.", "Gallipoli campaign")
    source = material(CRUSADES)
    states = next(ref for ref in source.refs if source.point(ref).text.startswith("The states"))
    assert _true_false(source, states, True) is None


def test_a_derivation_is_no_card_to_write_points_about():
    text = pack_yaml("Kinetic theory", "Physics", [
        ("Deriving pV = ⅓Nm(c~rms~)^2^", [
            "Molecule of mass m hits a wall at speed u and rebounds → change of momentum = **2mu**.",
            "Time between hits on the same wall = 2L ÷ u, so force = 2mu ÷ (2L/u) = mu^2^ ÷ L.",
            "Add up for N molecules, divide by area L^2^ and share the motion equally between 3 directions → "
            "**pV = ⅓Nm(c~rms~)^2^**"]),
        ("Assumptions of kinetic theory", ["Molecules move at **random**.", "Collisions are **elastic**.",
                                           "The volume of the molecules is **negligible**."])])
    prompts = [short.prompt for candidate in short_candidates(material(text), ENGLISH)
               if (short := candidate.build(0))]
    assert not any("Deriving" in prompt for prompt in prompts), prompts
    assert any("Assumptions" in prompt for prompt in prompts), prompts


def test_a_word_built_on_the_lines_own_word_is_no_gap():
    text = pack_yaml("Inheritance and flooding", "Geography", [
        ("Why Mendel was ignored", ["1953: the structure of **DNA** worked out by **Watson** and **Crick**.",
                                    "Mendel's paper of **1866** was read by very few scientists."]),
        ("Hard engineering", [
            "**Embankments (levees)** – raise the height of the river bank; can fail and cause worse flooding.",
            "**Flood relief channels** – take extra water around a town, e.g. the **Jubilee River** (2002)."]),
        ("Soft engineering", ["**Afforestation** – planting trees increases interception.",
                              "**Floodplain zoning** – no building on land most at risk."])])
    answers = blanked(text)
    assert "Embankments (levees)" not in answers, answers
    assert "Flood relief channels" in answers and "Afforestation" in answers, answers


def test_three_events_with_one_end_dated_by_the_sheets_title_are_no_timeline():
    from studypack.layouts.worksheet.exercises.allocate import _title_places_an_end
    from studypack.layouts.worksheet.exercises.questions import Event
    events = list(enumerate(Event(text, str(year), (year, 0), None) for text, year in (
        ("The plague reached Melcombe Regis", 1348), ("Edward III ordered the streets cleaned", 1349),
        ("A tax collector was attacked at Brentwood", 1381))))
    assert _title_places_an_end(events, "The Black Death and the Peasants' Revolt, 1348–1381")
    assert _title_places_an_end(events, "The Black Death from 1348")
    assert not _title_places_an_end(events, "The Black Death")
    assert not _title_places_an_end(events, "England 1300–1400")


def test_a_word_and_its_example_on_one_line_are_not_both_asked_and_an_aside_in_the_language_is_not_printed():
    lines = ["**o comboio** – the train (in Brazil: o trem)", "**o avião** – the plane", "**a mala** – the suitcase",
             "**perder** – to lose, e.g. perdi o passaporte – I lost my passport", "**o bilhete** – the ticket"]
    pack = loads(pack_yaml("Transport", "Portuguese", [("Transport", lines)]), "words.yaml")
    sheets = [translations(pack, random.Random(seed), 10) for seed in range(6)]
    assert not any("trem" in f"{item.shown} {item.answer}" for items in sheets for item in items), sheets
    assert any(item.shown == "the train" or item.answer == "the train" for items in sheets for item in items), sheets
    assert all(sum(item.point.point == 3 for item in items) == 1 for items in sheets), sheets


def test_a_line_opening_on_its_verb_is_no_gap_without_its_title():
    from studypack.layouts.worksheet.exercises.questions import plain
    from sheet_builds import gap_fills
    text = pack_yaml("Training methods", "PE", [
        ("Continuous training", ["Running, swimming or cycling at a steady pace for at least **20 minutes**.",
                                 "Works in the **aerobic training zone**; improves **cardiovascular endurance**."]),
        ("Fartlek training", ["Changes of **speed** and **terrain** without rest.", "Good for **games players**."]),
        ("Interval training", ["Periods of **work** followed by periods of **rest**.",
                               "Can be aerobic or anaerobic."])])
    stems = [plain(gap.segments) for gap in gap_fills(text)]
    assert not any(stem.startswith("Works") for stem in stems), stems


def test_a_result_the_card_gives_as_roughly_keeps_its_name_and_sign_and_another_rule_above_is_no_sum():
    text = pack_yaml("Inflation and enzymes", "Economics", [
        ("Real wages", ["Real wage growth ≈ pay rise − inflation.",
                        "e.g. pay rise 6%, CPI inflation 4% → real wage growth ≈ **2%**, so workers can buy more"]),
        ("Calculating rate", ["If only the time is known: rate = 1 ÷ time (or 1000 ÷ time).",
                              "e.g. starch gone after 50 s → rate = 1 ÷ 50 = **0.02 s^-1^**",
                              "e.g. 24 cm^3^ of oxygen made in 60 s → rate = 24 ÷ 60 = **0.4 cm^3^/s**"])])
    asked = calculations(text)
    assert "Real wages: pay rise 6%, CPI inflation 4% → real wage growth ≈ [2]%" in asked, asked
    assert not any("50 s" in stem for stem in asked), asked
    assert any("60 s" in stem for stem in asked), asked


def test_a_vectors_size_is_asked_between_its_bars():
    text = pack_yaml("Vectors", "Maths", [
        ("Magnitude of a vector", ["The **magnitude** is the length of the vector, found with Pythagoras.",
                                   "e.g. **a** = (3, 4) → |**a**| = √(3^2^ + 4^2^) = √25 = **5 units**"])])
    assert calculations(text) == ["Magnitude of a vector: a = (3, 4) → |a| = [5] units"]


def test_initials_printed_elsewhere_a_pandemic_year_and_a_topic_word_give_no_question():
    from studypack.layouts.worksheet.exercises.material import _initialled
    from studypack.layouts.worksheet.exercises.candidates import year_bounds
    assert _initialled("Monetary Policy Committee", "the mpc raised bank rate 14 times")
    assert not _initialled("Monetary Policy Committee", "the committee raised bank rate")
    source = material(pack_yaml("The Bank of England", "Economics", [
        ("Recent figures", ["During the pandemic, Bank Rate was cut to a record low of **0.1%** in **March 2020**.",
                            "Rates rose to **5.25%** in **August 2023**."])]))
    ref, year = next((ref, term) for ref in source.refs for term in source.terms[ref] if term.text == "March 2020")
    assert year_bounds(source, ref, year) == (2019, 2023)
    slums = pack_yaml("Mumbai", "Geography", [
        ("Growth", ["Over 40% of people lived in **slums** at the 2011 census.", "The city grew by **migration**."]),
        ("Dharavi", ["One of Asia's largest slums, near the centre.", "Home to about **1 million** people."]),
        ("Challenges", ["Slum homes lack **clean water**.", "Floods hit the city in **2005**."]),
        ("Schemes", ["Slum dwellers were rehoused in **tower blocks**.", "The **Vision Mumbai** plan began in 2003."]),
        ("Waves", ["Have peaks (crests) and **troughs**.", "The **amplitude** is the height of a crest."])])
    answers = blanked(slums)
    assert "slums" not in answers and "troughs" not in answers, answers
    assert "1 million" in answers, answers


def test_a_plain_name_in_an_authors_example_is_no_gap_where_the_pack_marks_its_terms():
    text = pack_yaml("Inflation", "Economics", [
        ("Measuring inflation – the CPI", [
            "The **Consumer Prices Index (CPI)** is published monthly by the **Office for National Statistics**.",
            "The basket is updated every year, e.g. items added as spending habits change (streaming subscriptions "
            "in, DVDs out)."]),
        ("The Bank of England", ["The **Monetary Policy Committee** sets Bank Rate.", "Its target is **2%**."]),
        ("Recent figures", ["CPI inflation peaked at **11.1%** in **October 2022**."])])
    answers = blanked(text)
    assert "DVDs" not in answers, answers
    assert "Monetary Policy Committee" in answers, answers


def test_a_title_of_measures_is_not_matched_to_a_statement_by_its_figure():
    from studypack.layouts.worksheet.exercises.matching import known_by_figure
    from studypack.layouts.worksheet.exercises.questions import Match
    from sheet_builds import of_kind, planned
    assert known_by_figure("Typical wavelengths", "Infrared – about 1 mm down to 700 nm.")
    assert not known_by_figure("Infrared", "Infrared – about 1 mm down to 700 nm.")
    text = pack_yaml("The EM spectrum", "Physics", [
        ("Typical wavelengths", ["Infrared – about 1 mm down to 700 nm.", "Radio waves are the longest of all."]),
        ("Microwaves", ["Used for **satellite** communication and mobile phones.", "Ovens heat food quickly."]),
        ("Ultraviolet", ["Causes **sunburn** and can lead to skin cancer.", "Used in security marking pens."]),
        ("X-rays", ["Absorbed by **bone**, so they show fractures.", "Radiographers stand behind a screen."]),
        ("Gamma rays", ["Kill **cancer cells** in radiotherapy.", "Sterilise surgical instruments."]),
        ("Visible light", ["Lets us see, and carries signals along **optical fibres**."])])
    pairs = [pair for seed in "123" for block in of_kind(planned(text, seed, exercises=("match",)), Match)
             for pair in block.pairs]
    assert pairs and not any(pair.title == "Typical wavelengths" and "700 nm" in pair.text for pair in pairs), pairs


def test_notes_labels_and_pointers_the_audit_of_set_wt_found():
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding, points_elsewhere
    assert is_scaffolding("Other strategies to know – **microfinance** loans (e.g. Grameen Bank, Bangladesh).")
    assert points_elsewhere("The United Democratic Front (UDF) formed in 1983 to oppose this; townships rose.")
    lamp = pack_yaml("Resistance", "Physics", [
        ("Filament lamp", ["Bigger current → filament gets **hotter** → **resistance increases**.",
                           "Not ohmic – resistance is not constant.",
                           "e.g. at V = 2 V, I = 0.2 A → R = 2 ÷ 0.2 = **10 Ω**"])])
    assert calculations(lamp) == ["Filament lamp: at V = 2 V, I = 0.2 A → R = [10] Ω"]
    stages = pack_yaml("Development", "Geography", [
        ("Demographic transition model – stages 4 and 5", [
            "Stage 4 – **low stationary**: low birth and death rates, high but stable population (e.g. UK, USA).",
            "Stage 5 – **declining**: birth rate below death rate, population falls and ages (e.g. Japan).",
            "As a country develops it usually moves from left to right through the model.",
            "Limitation – based on Europe's history; migration is left out."])])
    prompts = [short.prompt for candidate in short_candidates(material(stages), ENGLISH)
               if (short := candidate.build(0))]
    assert not any("stages 4 and 5" in prompt for prompt in prompts), prompts


def test_a_meaning_another_line_gives_too_is_not_asked_back():
    lines = ["Er hat **kurze, lockige** Haare. – He has short, curly hair.",
             "groß – tall; klein – short; **mittelgroß** – medium height", "**schlank** – slim", "**dick** – fat"]
    pack = loads(pack_yaml("Aussehen", "German", [("Aussehen", lines)]), "words.yaml")
    asked = [item for seed in range(8) for item in translations(pack, random.Random(seed), 10)]
    assert any(item.answer == "short" for item in asked), asked
    assert not any(item.shown == "short" for item in asked), asked


def test_a_gap_whose_answer_is_a_year_or_a_date_says_so_on_the_sheet():
    from sheet_builds import built
    text = pack_yaml("Polymers", "Chemistry", [
        ("Condensation polymers", ["In **1935** **Wallace Carothers** at DuPont made nylon.",
                                   "Nylon was first sold as **stockings** in **May 1940**."]),
        ("Addition polymers", ["**Poly(ethene)** is made from **ethene** monomers.",
                               "The **double bond** opens to join the monomers."])])
    labelled = []
    for seed in "1234":
        _plan, sheet, key = built(text, seed, exercises=("gap",))
        labelled += [label for label in ("(year)", "(date)") if label in sheet]
        assert ("1935" in key) == ("(year)" in sheet) and ("May 1940" in key) == ("(date)" in sheet), (sheet, key)
        assert "(year)" not in key and "(date)" not in key, key
    assert labelled, "no year or date was asked"


def test_a_sequences_next_term_and_a_term_from_its_rule_are_asked():
    text = pack_yaml("Sequences", "Maths", [
        ("Term-to-term rules", ["A **term-to-term rule** says how to get from one term to the next.",
                                'e.g. 5, 9, 13, 17, … → rule is "add 4" → next term = 17 + 4 = **21**']),
        ("Position-to-term rules", ["Substitute n = 1, 2, 3, … to generate the sequence.",
                                    "e.g. nth term 4n − 1 → n = 1, 2, 3, 4 gives **3, 7, 11, 15**",
                                    "e.g. nth term 4n − 1, 20th term → 4 × 20 − 1 = **79**"])])
    asked = calculations(text)
    assert "Term-to-term rules: 5, 9, 13, 17, … → next term = [21]" in asked, asked
    assert "Position-to-term rules: nth term 4n − 1, 20th term → [79]" in asked, asked


def test_a_true_statement_naming_the_man_its_title_names_is_not_asked():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    source = material(pack_yaml("The Battle of Britain", "History", [
        ("The Dowding system", ["Designed under Air Chief Marshal **Sir Hugh Dowding**, head of **RAF Fighter "
                                "Command**.", "Radar reports went to the **Filter Room** at Bentley Priory."])]))
    dowding, filter_room = source.refs[0], source.refs[1]
    assert _true_false(source, dowding, True) is None
    assert _true_false(source, filter_room, True) is not None


def test_a_half_life_worked_by_halving_is_asked_and_a_famous_palace_is_no_gap():
    decay = pack_yaml("Radioactive decay", "Physics", [
        ("Half-life", ["**Half-life** – the time for the activity to fall to half.",
                       "e.g. activity = 800 Bq, half-life = 2 hours, time = 6 hours → 6 ÷ 2 = 3 half-lives → 800 → "
                       "400 → 200 → **100 Bq**"])])
    assert "Half-life: activity = 800 Bq, half-life = 2 hours, time = 6 hours → [100] Bq" in calculations(decay)
    blitz = pack_yaml("The Blitz", "History", [
        ("Morale", ["The King and Queen stayed in London; after **Buckingham Palace** was bombed the Queen spoke of "
                    "the East End.", "**Mass Observation** recorded how people felt."])])
    assert "Buckingham Palace" not in blanked(blitz)


def test_no_word_to_translate_prints_another_ones_answer():
    lines = ["**geschieden** – divorced", "**sich scheiden lassen** – to get divorced", "**verheiratet** – married",
             "**ledig** – single", "**verlobt** – engaged"]
    pack = loads(pack_yaml("Familienstand", "German", [("Familienstand", lines)]), "words.yaml")
    for seed in range(8):
        items = translations(pack, random.Random(seed), 10)
        assert not any(re.search(rf"\b{re.escape(item.answer.casefold())}\b", other.shown.casefold())
                       for item in items for other in items if other is not item), items


def test_fatty_acids_are_no_gap_beside_fat():
    from studypack.layouts.worksheet.exercises.words import inside_word
    assert inside_word("fatty acids", "which breaks down fat into")
    assert not inside_word("carbon dioxide", "a car engine")


def test_an_echo_asked_by_a_letter_and_everyday_sound_words_give_no_question():
    sound = pack_yaml("Sound", "Physics", [
        ("Echo calculations", ["The sound travels **there and back**, so distance = (speed × time) ÷ 2.",
                               "e.g. v = 340 m/s, echo heard after 0.5 s → d = (340 × 0.5) ÷ 2 = **85 m**",
                               "e.g. v = 1500 m/s in sea water, echo after 0.4 s → depth = (1500 × 0.4) ÷ 2 = "
                               "**300 m**"]),
        ("Hearing", ["Loudness is measured in **decibels**.", "Sound waves make the **eardrum** vibrate.",
                     "Humans hear from about **20 Hz** to **20 000 Hz**."])])
    assert calculations(sound) == ["Echo calculations: v = 1500 m/s in sea water, echo after 0.4 s → depth = [300] m"]
    answers = blanked(sound)
    assert not {"decibels", "eardrum"} & answers, answers


def test_set_wx_a_length_of_time_a_census_year_and_an_equation_in_two_steps():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.short_answers import _equation_line
    from studypack.layouts.worksheet.exercises.words import stock_phrase
    from sheet_builds import gap_fills
    cycle = pack_yaml("Hormones", "Biology", [
        ("The menstrual cycle", ["A cycle lasts about **28 days**.", "The basket holds about **700** items.",
                                 "The first IVF baby was born in **July 1978**."])])
    blanks = {blank.text: blank.dated for gap in gap_fills(cycle) for blank in gap.segments if blank.role == "blank"}
    assert "28 days" in blanks and not any(blanks.values()), blanks
    assert _equation_line("orbital speed = distance travelled ÷ time = circumference ÷ period")
    source = material(pack_yaml("UK population", "Geography", [
        ("Leicester", ["In the **2021** census about 41% of Leicester's people were born outside the UK.",
                       "Ugandan Asians arrived in **1972** after their expulsion."])]))
    assert _true_false(source, source.refs[0], False) is None
    assert stock_phrase("the Industrial Revolution") and stock_phrase("life expectancy")


def test_set_wy_a_cause_label_the_channel_and_two_figures_to_a_line():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.words import stock_phrase
    armada = material(pack_yaml("The Spanish Armada, 1588", "History", [
        ("Short-term causes", ["Effect → Philip decided on open war and began building an invasion fleet, the "
                               "**Armada**, in **1586**.", "**Drake** raided **Cadiz** in **April 1587**."])]))
    assert _true_false(armada, armada.refs[0], True) is None
    assert stock_phrase("the English Channel")
    speeds = pack_yaml("Motion", "Physics", [
        ("Typical speeds", ["Walking ≈ **1.5 m/s**", "Running ≈ 3 m/s; cycling ≈ 6 m/s",
                            "Fast train ≈ 55 m/s; passenger aeroplane cruising ≈ 250 m/s",
                            "A person's speed depends on age, fitness and terrain."]),
        ("Velocity", ["**Velocity** is speed in a given direction.", "It is a **vector** quantity.",
                      "A car going round a bend at a steady speed has a changing velocity."])])
    prompts = [short.prompt for candidate in short_candidates(material(speeds), ENGLISH)
               if (short := candidate.build(0))]
    assert not any("Typical speeds" in prompt for prompt in prompts), prompts
    assert any("Velocity" in prompt for prompt in prompts), prompts


def test_set_wz_a_potential_divider_asked_by_its_unit_alone_and_key_verbs_to_name():
    divider = pack_yaml("Circuits", "Physics", [
        ("Sharing p.d. in series", ["The bigger resistance takes the bigger share of the p.d.",
                                    "e.g. 9 V across 2 kΩ and 1 kΩ in series → the 1 kΩ resistor gets 1/3 × 9 = "
                                    "**3 V**"])])
    assert calculations(divider) == []
    verbs = pack_yaml("La ropa", "Spanish", [
        ("Key verbs", ["**llevar**", "**ponerse**", "**probarse**", "**devolver**", "**quedar bien**"]),
        ("Shops", ["**la tienda**", "**el probador**", "**la caja**"])])
    prompts = [short.prompt for candidate in short_candidates(material(verbs), ENGLISH)
               if (short := candidate.build(0))]
    assert not any("verbs" in prompt.casefold() for prompt in prompts), prompts


def test_set_xa_names_every_pupil_knows_by_their_letter():
    from studypack.layouts.worksheet.exercises.words import stock_phrase
    assert all(stock_phrase(name) for name in ("Pythagoras", "Pythagoras' theorem", "Advent", "the Quakers"))


def test_set_xb_two_letters_that_settle_aerobic_against_anaerobic():
    water = pack_yaml("Using resources", "Chemistry", [
        ("Waste water", ["Sewage sludge is digested by **anaerobic bacteria**, giving methane.",
                         "Effluent is treated by **aerobic bacteria** – air is bubbled through it.",
                         "Screening removes **grit** and large objects."])])
    assert "aerobic bacteria" not in blanked(water)
    from studypack.layouts.worksheet.exercises.words import stock_phrase
    assert stock_phrase("World Heritage Site")


def test_a_timeline_event_drawn_up_by_someone_is_not_printed_without_its_subject():
    text = pack_yaml("The First World War", "History", [
        ("The Schlieffen Plan", ["Drawn up by Count Alfred von **Schlieffen** in **1905** to avoid a war on two "
                                 "fronts."]),
        ("The Somme", ["The battle began on **1 July 1916** after a week-long bombardment."])])
    described = [event.text for _ref, event in events._point_events(material(text))]
    assert not any(text.startswith("Drawn") for text in described), described


@pytest.mark.slow
def test_a_share_written_in_every_tells_the_same_share_asked_elsewhere():
    from studypack.layouts.worksheet.exercises.material import _ranges_in_full
    assert "7 in 10" in _ranges_in_full("roughly 7 in every 10 deaths worldwide").split("\0")
    from sheet_builds import fresh_pack, of_kind, planned
    from studypack.layouts.worksheet.exercises.questions import Gap
    text = fresh_pack("biology_non_communicable_disease.yaml")  # "smoking causes about ____ lung cancers"
    for seed in "12":
        answers = [blank.text for gap in of_kind(planned(text, seed), Gap) for blank in gap.answers]
        assert "7 in 10" not in answers, (seed, answers)


def test_set_xc_a_method_title_and_a_note_on_the_thing_are_no_part_of_a_question():
    heat = pack_yaml("Specific heat", "Physics", [
        ("Rearranging the equation", ["E = P × t links the energy a heater transfers to its power.",
                                      "e.g. P = 50 W, t = 300 s → E = 50 × 300 = **15 000 J**"]),
        ("Latent heat worked examples", ["e.g. melt 0.5 kg of ice at 0 °C, L = 334 000 J/kg → E = 0.5 × 334 000 = "
                                         "**167 000 J**"])])
    assert calculations(heat) == ["P = 50 W, t = 300 s → E = [15 000] J",
                                  "Latent heat: melt 0.5 kg of ice at 0 °C, L = 334 000 J/kg → E = [167 000] J"]
    lines = ["**el recreo** – break time (about twenty minutes)", "**la pizarra** – the board",
             "**el horario** – the timetable", "**la asignatura** – the subject"]
    pack = loads(pack_yaml("El colegio", "Spanish", [("El colegio", lines)]), "words.yaml")
    asked = [item for seed in range(6) for item in translations(pack, random.Random(seed), 10)]
    assert not any("twenty" in f"{item.shown} {item.answer}" for item in asked), asked


def test_a_sub_heading_by_time_is_no_term_to_define():
    from studypack.layouts.worksheet.exercises.matching import definition_candidates
    text = pack_yaml("Typhoon Haiyan", "Geography", [
        ("Responses", ["**Long-term** – the Build Back Better plan rebuilt homes further from the sea.",
                       "**Storm surge** – a rise in sea level pushed onto the coast by the storm's winds."])])
    source = material(text)
    terms = [source.point(candidate.uses[0]).text for candidate in definition_candidates(source)]
    assert not any(text.startswith("Long-term") for text in terms), terms
