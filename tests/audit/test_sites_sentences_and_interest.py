"""What the blind audits of sets TM and TN struck, and an own read of set TM: "Croke Park" the one park in a word bank
of a camp, a mill and a gaol, beside "a football match in ____"; "B____ (2 words) is made from sand and boron
trioxide" (borosilicate glass); "single-use c____ (2 words) … bag sales fell" (carrier bags); "At the anode o____ is
made", where the letter settles the choice of two gases; "always say why" paid in a scheme, and "Key words to use
include …" set as a statement; "Timeline of the eruption" matched to the one statement opening on a date; "A____ (2
words)" (ash cloud, or plume) beside "Ash plume rose to 9 km"; "Production" matched to "a firm trains its workers …",
an example and no meaning; "Half-life" to "the time taken to halve"; "£2000 grows to £2420 in 2 years → ____% per
year" in a pack that teaches simple interest too; "Contrast with ____" and "____ have some but not all of the
features" with no title to say of what; and "Adrenaline vs thyroxine – summary table in words" as a short answer's
topic. From sets TO and TP: "S____ (2 words) – swept through long grass" (sweep net), blanked and matched; "Six-mark
question checklist" set as a topic; "…; know one of each" left on a matching statement; "Shari'ah" read as a place
beside "Madinah" in a word bank; "M____ – people have a range of needs" where the three theorists' lines each open on
a name; and "limits are ____" keyed with the second of two. From sets TQ and TR: "Marie Curie", "Stromae" and
"Justify every opinion" set to translate; "PH calculations"; "Io____ (3 words)" for "Ionise / dissociate" beside
"split into ions"; "E____ reached similar conclusions independently in the same year"; "Aq____ NaCl" under "Brine vs
molten sodium chloride"; "had n____ (3 words) properly" for not been dredged; "____ – inactivated toxin" in a word
box holding toxoid; and a birth year offered where "crowned … aged just 13" and the year of the crowning work it out.
From sets TS and TT: "Alone around 30,000 people left" as an event, once its date was taken off; the key's working
for "Water (n = 1.33) → c = ____°" running on into the next example; and "Use it to evaluate …" paid in a scheme.
From sets TU and TV: "Michael Heseltine" the one person in a word box beside "News International", read as a person;
"Isle of Dogs Enterprise Zone" as a timeline event; and "called the First Crusade" set beside "the last crusader
stronghold … fell". From set TW: "only r____ proves an object is charged, since attraction also happens", and "What
mass and volume of hydrogen is made?" keyed with the mass alone."""
from __future__ import annotations

import re

import pytest

from studypack.layouts.worksheet.exercises import Calc, Choice, Gap, Match, Short, Translate
from studypack.layouts.worksheet.exercises.events import conflicts, event_candidates
from studypack.layouts.worksheet.exercises.matching import definition_candidates
from studypack.layouts.worksheet.exercises.questions import Segment, plain
from studypack.layouts.worksheet.exercises.roles import LEFT_OFF, is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.words import capitalised
from sheet_builds import blanked, built, fresh_pack, gap_fills, material, of_kind, pack_yaml, planned


MATERIALS = pack_yaml("Materials", "Chemistry", [
    ("Glass", ["**Borosilicate glass** is made from sand and boron trioxide.",
               "Glass is made by melting **silica** sand with sodium carbonate and limestone at about 1500 °C."]),
    ("Reduce, reuse, recycle", ["In England a 5p charge on single-use **carrier bags** began in October 2015; bag "
                                "sales fell by 90%."])])


def test_a_lettered_blank_is_not_set_where_a_shorter_word_of_the_line_opens_as_it_does():
    asked = blanked(MATERIALS)
    assert "silica" in asked and "Borosilicate glass" not in asked, asked


def test_a_phrase_is_not_blanked_where_its_line_prints_one_of_its_words_in_the_singular():
    asked = blanked(MATERIALS)
    assert "silica" in asked and "carrier bags" not in asked, asked


def test_one_of_the_two_gases_of_water_shows_no_letter_to_settle_the_choice():
    electrolysis = pack_yaml("Electrolysis", "Chemistry", [("Aqueous solutions", [
        "At the anode: **oxygen** is made, unless the solution contains halide ions, in which case the halogen is "
        "made.",
        "The metal is deposited at the cathode only if it is less reactive than **hydrogen**; otherwise hydrogen "
        "gas forms."])])
    blanks = [blank for gap in gap_fills(electrolysis) for blank in gap.answers if blank.text == "oxygen"]
    assert blanks and all(not blank.hint for blank in blanks), blanks


def test_saying_why_and_words_to_use_are_advice_and_no_point_of_a_scheme():
    assert is_scaffolding('Match the **property** to the **use**, and always say why, e.g. "low density, so the bike '
                          'is light".')
    assert is_scaffolding("Key words to use include NEE, FDI, TNC, multiplier effect, HDI and dependency.")
    assert not is_scaffolding("Ceramics are hard and heat resistant but brittle.")


def test_an_example_told_as_a_sentence_or_a_meaning_in_another_form_of_its_word_is_no_definition():
    terms = pack_yaml("Market failure", "Economics", [("Positive externalities", [
        "**Production**: a firm trains its workers, who later move to other firms and take their skills with them.",
        "**Consumption**: vaccination protects the person vaccinated and reduces the spread of disease.",
        "**Third party**: someone outside the deal between buyer and seller.",
        "**Half-life**: the time taken for an amount to halve.",
        "**Principal**: the amount first invested or borrowed."])])
    defined = {pair.title for candidate in definition_candidates(material(terms)) if (pair := candidate.build(0))}
    assert {"Third party", "Principal"} <= defined and not {"Production", "Consumption", "Half-life"} & defined, defined


def test_money_grown_over_years_is_not_asked_where_the_pack_teaches_simple_and_compound_interest():
    interest = pack_yaml("Compound interest", "Maths", [
        ("Simple interest", ["Simple interest is worked out on the original amount each year.",
                             "Example: £500 at 4% simple interest for 3 years → interest = 500 × 0.04 × 3 = £60"]),
        ("Compound interest", ["Compound interest is paid on the interest already added as well."]),
        ("Finding the rate or the number of years", [
            "Finding the rate: £2000 grows to £2420 in 2 years → multiplier² = 2420 ÷ 2000 = 1.21 → multiplier = "
            "√1.21 = 1.1 → 10% per year"])])
    stems = [" ".join(segment.text for segment in calc.segments)
             for seed in "123" for calc in of_kind(planned(interest, seed, exercises=("calc",)), Calc)]
    assert any("simple interest" in stem for stem in stems) and not any("2420" in stem for stem in stems), stems


def test_a_line_likened_to_another_thing_or_on_features_unnamed_keeps_its_title_or_is_not_asked():
    goods = pack_yaml("Market failure", "Economics", [("Public goods", [
        "Public goods are **non-excludable** and non-rival, like street lighting.",
        "**Quasi-public goods** have some but not all of the features, e.g. roads.",
        "Contrast with **private goods**, which are excludable and rival (e.g. a sandwich)."])])
    for gap in gap_fills(goods):
        shown = " ".join(segment.text for segment in gap.segments)
        assert "Public goods" in shown or not ({"private goods", "Quasi-public goods"}
                                               & {blank.text for blank in gap.answers}), shown


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_word_bank_gives_a_place_a_spare_of_its_own_kind():
    ireland = fresh_pack("history_ireland_1916_1923.yaml")
    for seed in "1234":
        for section in planned(ireland, seed).exercises.sections:
            if "Croke Park" in section.bank:
                assert sum(word.endswith("Park") for word in section.bank) >= 2, (seed, section.bank)


@pytest.mark.slow
def test_a_timeline_title_is_not_matched_nor_an_answer_printed_by_its_other_name():
    eruption = fresh_pack("geography_eyjafjallajokull_2010.yaml")
    for seed in "1234":
        plan, sheet, _ = built(eruption, seed)
        titles = [pair.title for match in of_kind(plan, Match) for pair in match.pairs]
        assert not any("Timeline" in title for title in titles), (seed, titles)
        answers = {blank.text for gap in of_kind(plan, Gap) for blank in gap.answers}
        assert "Ash cloud (plume)" not in answers or "Ash plume" not in sheet, seed


@pytest.mark.slow
def test_a_titles_note_of_its_form_is_no_part_of_a_short_answers_topic():
    hormones = fresh_pack("biology_hormones_adrenaline_thyroxine.yaml")
    prompts = [short.prompt for seed in "1234" for short in of_kind(planned(hormones, seed), Short)]
    assert any("Adrenaline vs thyroxine" in prompt for prompt in prompts), prompts
    assert not any("table" in prompt for prompt in prompts), prompts


def test_a_past_form_beside_a_term_tells_it_in_a_gap_and_in_a_matching():
    sampling = pack_yaml("Sampling", "Biology", [("Equipment", [
        "**Sweep net** – swept through long grass to catch flying or climbing insects.",
        "**Pooter** – suck through one tube to draw small insects into a jar.",
        "**Quadrat** – a square frame used to sample plants or slow-moving animals.",
        "**Pitfall trap** – a container sunk into the ground to catch animals that walk across the surface."])])
    defined = {pair.title for candidate in definition_candidates(material(sampling)) if (pair := candidate.build(0))}
    assert "Pooter" in defined and "Sweep net" not in defined, defined
    assert "Sweep net" not in blanked(sampling)


def test_advice_on_a_kind_of_question_and_a_note_to_learn_examples_are_no_content():
    assert is_scaffolding("Six-mark question checklist")
    assert LEFT_OFF.sub("", "Top-down (big, expensive) vs bottom-up (small, local, cheap); know one of each.") \
        == "Top-down (big, expensive) vs bottom-up (small, local, cheap)"


def test_a_faiths_law_is_no_place_after_in():
    faith = pack_yaml("Crime and punishment", "Religious Studies", [("Muslim views", [
        "Some Muslims oppose it because the standards of evidence in **Shari'ah** are rarely met fairly.",
        "The Prophet is reported to have judged cases in **Madinah**."])])
    sorts = {term.text: term.sort for terms in material(faith).terms.values() for term in terms}
    assert sorts["Madinah"] == "place" and sorts["Shari'ah"] != "place", sorts


@pytest.mark.slow
def test_a_name_heading_one_of_several_lines_headed_by_names_shows_no_letter():
    motivation = fresh_pack("business_motivation_theories.yaml")
    blanks = [blank for seed in "1234" for gap in of_kind(planned(motivation, seed), Gap) for blank in gap.answers
              if blank.text in ("Maslow", "Taylor", "Herzberg")]
    assert blanks and not any(blank.hint for blank in blanks), blanks


def test_the_second_of_two_results_worked_side_by_side_is_not_asked_alone():
    outliers = pack_yaml("Box plots", "Maths", [
        ("Outliers", ["Example: LQ 18, UQ 30, IQR 12 → 1.5 × 12 = 18 → limits are 18 − 18 = 0 and 30 + 18 = 48. A "
                      "mark of 52 would be an outlier."]),
        ("Interquartile range", ["Example: LQ 12, UQ 20 → IQR = 20 − 12 = 8"])])
    stems = [" ".join(segment.text for segment in calc.segments)
             for seed in "123" for calc in of_kind(planned(outliers, seed, exercises=("calc",)), Calc)]
    assert any("IQR" in stem for stem in stems) and not any("limits" in stem for stem in stems), stems


def test_a_person_or_an_english_label_over_a_list_is_no_word_to_translate():
    celebrities = pack_yaml("Les célébrités", "French", [
        ("Les modèles", ["**Marie Curie** – scientifique; prix Nobel de physique (1903) et de chimie (1911).",
                         "**Stromae** – chanteur belge; il parle ouvertement de la santé mentale.",
                         "**Thomas Pesquet** – astronaute français; six mois dans la Station spatiale."]),
        ("Le vocabulaire", ["la gloire – fame", "la pression – pressure", "le succès – success",
                            "un bénévole – a volunteer", "la vie privée – private life", "un modèle – a role model"]),
        ("Exam tips", ["Justify every opinion – parce que, car, puisque."])])
    items = [f"{item.shown} = {item.answer}" for seed in "1234"
             for item in of_kind(planned(celebrities, seed, exercises=("translate",)), Translate)]
    assert any("gloire" in item for item in items), items
    assert not any(re.search(r"Curie|Stromae|Pesquet|Justify|parce que", item) for item in items), items


def test_a_symbol_opening_a_heading_keeps_its_small_letter_and_alternatives_ask_one_word():
    assert capitalised("pH calculations") == "pH calculations" and capitalised("decay") == "Decay"
    assert Segment("Ionise / dissociate", "blank", hint="Io").words_asked == 1


def test_a_line_on_the_same_year_or_similar_conclusions_leans_on_the_line_before():
    assert leans_on_previous("Edmund Wilson reached similar conclusions independently in the same year.")
    assert not leans_on_previous("Nettie Stevens showed in 1905 that an X and a Y chromosome decide sex.")


def test_a_blank_is_not_set_beside_the_word_it_is_made_from_its_opposite_or_a_clause():
    chemistry = pack_yaml("Acids", "Chemistry", [
        ("Key words", ["**Ionise / dissociate**: split into ions in solution.",
                       "**Neutralisation** is the reaction of an acid with a base to give a salt and water."]),
        ("Brine vs molten sodium chloride", ["**Aqueous** NaCl (brine): water supplies H⁺ ions, so hydrogen forms at "
                                             "the cathode.",
                                             "Chlorine gas forms at the **anode**, the positive electrode."]),
        ("Flooding", ["The rivers had **not been dredged** properly for about 20 years, so silt built up in them."])])
    asked = blanked(chemistry)
    assert {"Neutralisation", "anode"} <= asked, asked
    assert not {"Ionise / dissociate", "Aqueous", "not been dredged"} & asked, asked


@pytest.mark.slow
def test_a_birth_year_is_not_asked_where_an_age_and_a_year_give_it():
    akbar = fresh_pack("history_akbar_mughal_empire.yaml")
    stems = [plain(choice.segments) for seed in "1234" for choice in of_kind(planned(akbar, seed), Choice)]
    assert stems and not any("born" in stem for stem in stems), stems


def test_an_event_opening_on_a_word_its_date_took_away_is_not_set():
    wall = pack_yaml("The Berlin Wall", "History", [("Before the Wall", [
        "In July 1961 alone around 30,000 people left through West Berlin.",
        "On 13 August 1961 East German troops sealed the border with barbed wire."])])
    texts = [candidate.event.text for candidate in event_candidates(material(wall))]
    assert any("barbed wire" in text for text in texts) and not any("alone" in text.casefold() for text in texts), texts


def test_a_calculations_working_stops_at_its_own_result_and_using_it_to_evaluate_is_advice():
    light = pack_yaml("Light", "Physics", [("Critical angle – formula and examples", [
        "sin c = 1 / n (for light going from the material into air)",
        "Water (n = 1.33) → c = 48.8°; diamond (n = 2.42) → c = 24.4°."])])
    workings = [calc.working for seed in "123" for calc in of_kind(planned(light, seed, exercises=("calc",)), Calc)]
    assert workings and not any("diamond" in working and "48.8" in working for working in workings), workings
    assert is_scaffolding("Use it to evaluate any answer on depreciation as a way to cure a deficit.")


def test_a_note_to_use_a_line_as_an_example_is_left_off_it():
    assert LEFT_OFF.sub("", "Orthodox critics such as Badauni accused Akbar of abandoning Islam; use this as an "
                            "example of opposition to his policies.") \
        == "Orthodox critics such as Badauni accused Akbar of abandoning Islam"


def test_events_that_open_or_close_one_story_are_not_set_together():
    crusades = pack_yaml("Peace and conflict", "Religious Studies", [
        ("The Crusades", ["In 1095 Pope Urban II called the First Crusade to win back the Holy Land.",
                          "In 1099 Jerusalem was captured by the crusaders.",
                          "In 1291 the last crusader stronghold in the Holy Land, Acre, fell."]),
        ("Pacifism", ["In 1916 conscription brought the first conscientious objectors before tribunals."])])
    events = [candidate.event for candidate in event_candidates(material(crusades))]
    first = next(event for event in events if "First Crusade" in event.text)
    last = next(event for event in events if "last crusader" in event.text)
    assert conflicts(first, last)


def test_a_firm_is_no_person():
    docklands = pack_yaml("London Docklands", "Geography", [
        ("Newspapers", ["In 1986 **News International** moved its printing works to Wapping."])])
    sorts = {term.text: term.sort for terms in material(docklands).terms.values() for term in terms}
    assert sorts["News International"] != "person", sorts


def test_a_zone_set_up_in_a_year_is_no_event():
    zone = pack_yaml("London Docklands", "Geography", [
        ("Isle of Dogs Enterprise Zone", ["Firms paid no business rates for ten years.",
                                          "Planning rules were simplified to attract investment."]),
        ("The Jubilee Line extension", ["The Jubilee Line reached Canary Wharf in 1999."])])
    zone = zone.replace("  - title: Isle of Dogs Enterprise Zone\n", "  - title: Isle of Dogs Enterprise Zone\n"
                                                                     "    date: 1982\n")
    texts = [candidate.event.text for candidate in event_candidates(material(zone))]
    assert not any("Enterprise Zone" in text for text in texts), texts


def test_a_blank_beside_its_opposite_or_a_sum_asking_two_quantities_is_not_set():
    static = pack_yaml("Static electricity", "Physics", [
        ("Forces between charges", ["Test for charge → only **repulsion** proves an object is charged, since "
                                    "attraction also happens with neutral objects.",
                                    "A gold-leaf **electroscope** shows charge: its leaf rises when a charged rod "
                                    "comes near."])])
    asked = blanked(static)
    assert "electroscope" in asked and "repulsion" not in asked, asked
    hydrogen = pack_yaml("Metals and acids", "Chemistry", [
        ("Hydrogen from magnesium", ["2.4 g of magnesium reacts with excess hydrochloric acid. What mass and volume "
                                     "of hydrogen is made? → moles of Mg = 2.4 ÷ 24 = 0.1 → mass of H₂ = 0.1 × 2 = "
                                     "**0.20 g**"]),
        ("Moles", ["Example: 8.0 g of oxygen, O₂ (Mr 32) → moles = 8.0 ÷ 32 = 0.25 mol"])])
    stems = [" ".join(segment.text for segment in calc.segments)
             for seed in "123" for calc in of_kind(planned(hydrogen, seed, exercises=("calc",)), Calc)]
    assert stems and not any("volume" in stem for stem in stems), stems
