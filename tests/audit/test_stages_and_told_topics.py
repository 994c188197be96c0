"""What the blind audits of sets YL to ZC found: "Write three points about: Bile" on a sheet whose gap fill prints
"The liver makes bile; the g____ stores it" (a mark of the scheme in other words); "À mon avis, il f____ recycler
davantage. – In my opinion, we must recycle more." (the word before and the letter leave three letters to write);
"Many other activities take machen" to translate as "Ich mache Yoga / Judo" (a rule and its example); "Step 1 – melt:
m = 0.1 kg … → E = ____ J" asked alone from a two-stage sum, while "m = 2 kg of water, c = 4200 J/kg °C, Δθ = 15 °C →
ΔE = ____ J" went unasked; "Write three points about: Too cold."; "Other parts of the house: name six"; and "fuel
for cars" spare beside Diesel oil's "fuel for lorries, buses, some cars and trains". Sets YP and YQ: "gamma also
s____ surgical equipment", "Our eyes detect only v____ (2 words)", "the B____ (3 words) was given independence to set
interest rates"; the Pilgrimage of Grace begun in October 1539 beside "After Bigod's Rising (January 1537)"; and
"Ab____ factors" beside the matching title "Biotic factors". Sets YR and YS: "N____ (3 words) – the ground between the
two front lines" and "M____ (2 words) – could fire 400–600 rounds a minute"; "Passchendaele (Third Ypres): began;" on
a timeline; "Write four points about: Effects on society."; "die blaue Tonne" to translate as "paper and cardboard";
and "r____ und saisonal einkaufen" (regional). Sets YT and YU: "c____ titres (within 0.10 cm³ of each other)", "p____
(2 words) runs from 0 to 14", "f____ (2 words) – good for farming", "Coronary b____ (2 words) – … round the
blockage"; "up 10% then down 10% → overall ____% decrease"; and two statements on fibre being faster in one
matching. Set YV: "**Stars** – …; **Cash cows** – …" as one mark of a scheme; "slim" to put into Dutch (slank, though
slim is Dutch for clever) and "haar" as "her" beside "krullend haar – curly hair". Set YW: "A-level: V = 6 V,
I = 0.5 A → R = ____ Ω" (a level's label taken for the sum's topic) and Kirchhoff's "F____ (2 words)" beside
"S____ (2 words)". Sets YX and YY: "Natural – v____ (2 words) put ash and sulphur …", "Born to the V____ (2 words),
conceived by the Holy Spirit", "____ – 'In the beginning was the Word'" (John 1); "25.0 cm³ of 0.100 mol/dm³ NaOH
→ ____ mol H₂SO₄" with no equation and "12 dm³ CO₂ → ____ g" with no room temperature; and "The 'forty-niners'
poured in." as a statement to judge. Sets YZ and ZA: "World War Two …: In ____ the Viceroy declared war"; "____ –
raised banks let the channel hold more water" (Embankments); "S____ (2 words)'s Conservative government"; "(Black
Friday) around 300 women marched" on a timeline; "They chose prison …" with no one named; "5 numbers have mean 8 →
missing number = ____" and "10 boys average 6 points, 15 girls average 8 points → ____ points". Set ZB: "Inverse square
law (HT)" matched to "light intensity ∝ 1 / distance²" by its look. Set ZC: "Write four points about: Another scheme:
Lesotho Highlands Water Project." (another of what, nothing printed says)."""
from __future__ import annotations

import random
import re

from studypack.layouts.worksheet.exercises import events
from studypack.layouts.worksheet.exercises.translate import translations
from studypack.source.loader import loads
from studypack.layouts.worksheet.exercises.questions import Choice, Gap, Match, Short, TrueFalse, plain
from sheet_builds import (asked_translations, blanked, built, calculations, fresh_pack, material, of_kind, pack_yaml,
                          planned, scheme_texts)

DIGESTION = fresh_pack("biology_digestive_system_and_nutrition.yaml")


def test_a_line_that_tells_a_short_answers_topic_in_other_words_is_not_printed_beside_it():
    asked_both = 0
    for seed in ("1", "2", "3", "4"):
        plan = planned(DIGESTION, seed)
        bile = any(question.prompt.endswith("Bile.") for question in of_kind(plan, Short))
        told = any("liver makes bile" in plain(question.segments) for question in of_kind(plan, Gap))
        asked_both += bile and told
        assert bile or told, seed  # one of them is asked
    assert asked_both == 0


TOWN = """title: In der Stadt
subject: German
lang: de
cards:
  - title: Die Stadt
    points:
      - "Im Park schwimmt **die Gans** auf dem Teich. – In the park the goose swims on the pond."
      - "Wir wohnen in **der Altstadt** neben dem Markt. – We live in the old town next to the market."
  - title: Wörter
    points:
      - "**der Bahnhof** – the station"
      - "**die Kirche** – the church"
"""


def test_a_blank_whose_shown_word_and_letter_leave_three_letters_to_write_is_no_gap():
    assert blanked(TOWN) == {"der Altstadt"}  # not "die G____" for "die Gans"
    assert "il faut" not in blanked(fresh_pack("french_l_environnement.yaml"))


def test_a_rule_in_english_and_its_example_are_no_word_and_its_meaning():
    asked = asked_translations("Freizeit", "de", "spielen, machen oder gehen?", [
        "Ball games and instruments take **spielen** – Ich spiele Tennis / Klavier.",
        "Many other activities take **machen** – Ich mache Yoga / Judo.",
        "**das Segeln** – sailing", "**das Reiten** – horse riding"])
    assert any("Segeln" in str(item) for item in asked)
    assert not any("mache" in str(item) or "spiele" in str(item) for item in asked), asked


HEATING = pack_yaml("Thermal physics", "Physics", [
    ("Worked examples – ΔE = m c Δθ", [
        "e.g. m = 2 kg of water, c = 4200 J/kg °C, Δθ = 15 °C → ΔE = 2 × 4200 × 15 = **126 000 J**"]),
    ("Worked examples – E = m L", [
        "e.g. m = 0.05 kg of water boiled away, L~v~ = 2 260 000 J/kg → E = 0.05 × 2 260 000 = **113 000 J**"]),
    ("Two-stage calculation", [
        "Ice at 0 °C turned into water at 20 °C needs latent heat **and** specific heat capacity.",
        "Step 1 – melt: m = 0.1 kg, L = 334 000 J/kg → E = 0.1 × 334 000 = **33 400 J**",
        "Step 2 – warm: m = 0.1 kg, c = 4200 J/kg °C, Δθ = 20 °C → E = 0.1 × 4200 × 20 = **8400 J**",
        "Total energy = 33 400 + 8400 = **41 800 J**"])])


def test_a_mass_of_a_named_substance_and_a_change_in_temperature_are_givens():
    stems = calculations(HEATING)
    assert any(stem.startswith("m = 2 kg of water, c = 4200 J/kg °C, Δθ = 15 °C → ΔE = [126 000] J")
               for stem in stems), stems
    assert any("boiled away" in stem and "[113 000]" in stem for stem in stems), stems


def test_one_stage_of_a_sum_worked_in_stages_is_not_asked_alone():
    assert not any("Step" in stem or "33 400" in stem for stem in calculations(HEATING))


def test_a_title_that_names_a_condition_is_no_topic_for_a_short_answer():
    text = pack_yaml("Homeostasis", "Biology", [
        ("Too cold", ["**Vasoconstriction** – arterioles to the skin narrow, so less heat is lost.",
                      "**Shivering** – rapid muscle contractions; extra respiration releases heat.",
                      "Sweating stops.", "Hair erector muscles contract and trap a layer of air."]),
        ("Negative feedback", ["A change away from the **set point** is reversed.",
                               "It keeps conditions within narrow limits.",
                               "e.g. blood glucose and body temperature are kept steady."])])
    prompts = [question.prompt for seed in ("1", "2", "3") for question in of_kind(planned(text, seed), Short)]
    assert any("Negative feedback" in prompt for prompt in prompts), prompts
    assert not any("Too cold" in prompt for prompt in prompts)


def test_a_title_that_continues_another_card_is_no_list_to_name():
    text = fresh_pack("italian_la_casa_e_la_citta.yaml")
    prompts = [question.prompt for seed in ("1", "2") for question in of_kind(planned(text, seed), Short)]
    assert not any("Other parts" in prompt for prompt in prompts), prompts


def test_no_meaning_in_a_matching_says_all_that_another_says():
    fuels = pack_yaml("Crude oil", "Chemistry", [
        ("What is crude oil?", ["Crude oil is a **finite** resource found in rocks.",
                                "It is a mixture of **hydrocarbons**, mostly alkanes."]),
        ("The fractions and their uses", ["**Petrol** – fuel for cars", "**Kerosene** – fuel for aircraft (jet fuel)",
                                          "**Diesel oil** – fuel for lorries, buses, some cars and trains",
                                          "**Bitumen** – roads and roofing",
                                          "**Naphtha** – feedstock for making plastics and other chemicals"]),
        ("Cracking", ["Cracking breaks long alkanes into shorter, more useful ones.",
                      "It needs a hot **catalyst** or steam at a very high temperature."])])
    printed = [[pair.text for pair in (*match.pairs, *match.spares)]
               for seed in ("1", "2", "3", "4") for match in of_kind(planned(fuels, seed), Match)]
    assert len(printed) == 4 and all(len(texts) == 4 for texts in printed), printed
    assert not any("some cars" in text for texts in printed for text in texts), printed


def test_a_blank_its_line_calls_up_for_anyone_is_no_gap():
    text = pack_yaml("Waves", "Physics", [
        ("The electromagnetic spectrum", [
            "Our eyes detect only **visible light**, a very small part of the spectrum (red to violet).",
            "X-rays and gamma rays – medical imaging; gamma also **sterilises** surgical equipment.",
            "**Microwaves** heat food and carry mobile phone signals."]),
        ("Inflation", ["In **May 1997** the **Bank of England** was given independence to set interest rates.",
                       "The **Monetary Policy Committee** meets eight times a year."])])
    answers = blanked(text)
    assert "Monetary Policy Committee" in answers, answers
    assert not {"visible light", "sterilises", "Bank of England"} & answers, answers


def test_a_wrong_year_keeps_its_line_in_the_order_its_card_tells_the_story():
    text = fresh_pack("history_the_reformation_under_henry_viii.yaml")  # "Began with the Lincolnshire Rising at
    # Louth in early October 1536", then "After Bigod's Rising (January 1537) …"
    statements = [plain(question.segments) for seed in ("1", "2", "3")
                  for question in of_kind(planned(text, seed), TrueFalse)
                  if not question.true]
    assert statements
    assert not any("Louth" in statement and int(re.search(r"\d{4}", statement).group()) > 1537
                   for statement in statements), statements


def test_an_answer_the_sheet_prints_without_its_negating_a_is_no_gap():
    text = fresh_pack("biology_ecology_and_ecosystems.yaml")  # "Ab____ factors are the non-living parts …" beside
    # the matching title "Biotic factors"
    for seed in ("1", "2", "3"):
        plan = planned(text, seed)
        printed = " ".join(pair.title for match in of_kind(plan, Match) for pair in match.pairs)
        answers = [blank.text for gap in of_kind(plan, Gap) for blank in gap.answers]
        assert answers and not ("Abiotic" in answers and "Biotic" in printed), (answers, printed)


WESTERN_FRONT = fresh_pack("history_the_first_world_war_western_front_2.yaml")


def test_a_definition_any_student_completes_from_its_words_is_no_gap():
    answers = {answer.casefold() for answer in blanked(WESTERN_FRONT)}
    assert "mons" in answers or "amiens" in answers, answers
    assert not {"no man's land", "machine guns"} & answers, answers


def test_a_bare_verb_of_beginning_reads_with_its_title_as_subject():
    described = [candidate.event.text for candidate in events.event_candidates(material(WESTERN_FRONT))]
    assert "Passchendaele (Third Ypres) began; Haig hoped to break through to the Belgian coast." in described
    assert not any(re.search(r":\s*began\b", text) for text in described), described


def test_effects_on_society_names_no_topic():
    prompts = [question.prompt for seed in ("1", "2", "3")
               for question in of_kind(planned(fresh_pack("history_medieval_england_the_black_death.yaml"), seed),
                                       Short)]
    assert prompts and not any("Effects on society" in prompt for prompt in prompts), prompts


def test_a_bin_named_by_its_colour_is_not_translated_as_what_goes_in_it():
    asked = asked_translations("Umwelt", "de", "Die Mülltonnen", [
        "**die blaue Tonne** – paper and cardboard", "**die braune Tonne** – organic waste",
        "**der Biomüll** – food and garden waste", "**der Müll** – rubbish"])
    assert any("waste" in str(item) for item in asked), asked
    assert not any("Tonne" in str(item) for item in asked), asked


def test_a_word_english_writes_the_same_is_no_gap_in_a_language_pack():
    answers = blanked(fresh_pack("german_umwelt_und_nachhaltigkeit.yaml"))
    assert answers and "regional" not in answers, answers


def test_titres_within_each_other_the_ph_scale_fertile_soils_and_bypass_are_called_up_by_their_lines():
    answers = blanked(fresh_pack("chemistry_acids_alkalis_and_salts.yaml"))
    assert "burette" in answers, answers
    assert not {"concordant", "pH scale"} & answers, answers  # "(within 0.10 cm³ of each other)", "0 to 14"
    assert "fertile soils" not in blanked(fresh_pack("geography_tectonic_hazards_2.yaml"))  # "– good for farming"
    assert "bypass surgery" not in blanked(fresh_pack("biology_the_heart_and_circulation.yaml"))  # "round the
    # blockage"


def test_a_change_both_ways_is_not_asked_with_its_direction_printed():
    stems = calculations(fresh_pack("maths_percentages_and_interest.yaml"))
    assert any("up 20% then up 5%" in stem for stem in stems), stems
    assert not any("down 10%" in stem for stem in stems), stems


def test_two_statements_that_say_the_same_things_are_not_both_in_a_matching():
    for seed in ("1", "2", "3"):
        for match in of_kind(planned(fresh_pack("computing_networks_and_protocols.yaml"), seed), Match):
            texts = [pair.text for pair in (*match.pairs, *match.spares)]
            assert not (any("Ethernet" in text for text in texts)
                        and any("fibre is faster" in text for text in texts)), texts


def test_a_line_that_defines_two_terms_is_no_single_mark_of_a_scheme():
    text = fresh_pack("business_marketing_and_market_research.yaml")  # "**Stars** – high share, high growth;
    # **Cash cows** – high share, low growth."
    source = material(text)
    card = next(index for index, card in enumerate(source.pack.cards) if card.title == "Boston Matrix")
    scheme = scheme_texts(source, card)
    assert any("balanced portfolio" in point for point in scheme), scheme
    assert not any("Cash cows –" in point for point in scheme), scheme


FAMILY = """title: Familie
lang: nl
cards:
  - title: Uiterlijk
    points:
      - "slank – slim; dik – fat; **knap** – good-looking"
      - "krullend haar – curly hair; steil haar – straight hair"
  - title: Bezittelijke voornaamwoorden
    points:
      - "mijn – my; jouw – your; zijn – his; haar – her"
"""


def test_a_word_the_pack_means_two_ways_and_an_english_word_of_the_language_are_not_translated():
    pack = loads(FAMILY, "familie.yaml")
    asked = {f"{item.shown} -> {item.answer}"
             for seed in range(8) for item in translations(pack, random.Random(seed), 10)}
    assert "dik -> fat" in asked or "fat -> dik" in asked, asked
    assert not {"slim -> slank", "haar -> her", "her -> haar"} & asked, asked


CIRCUITS = fresh_pack("physics_electricity_circuits_2.yaml")


def test_a_level_label_is_no_topic_of_the_sum_after_it():
    stems = calculations(CIRCUITS)
    assert "Resistance and Ohm's law: V = 6 V, I = 0.5 A → R = [12] Ω" in stems, stems
    assert not any(stem.startswith("A-level") for stem in stems)


def test_of_two_laws_told_first_and_second_one_is_asked():
    for seed in ("1", "2", "3"):
        answers = {blank.text for gap in of_kind(planned(CIRCUITS, seed), Gap) for blank in gap.answers}
        assert not {"First law", "Second law"} <= answers, answers


def test_a_reference_a_birth_and_an_eruption_their_lines_give_are_no_gaps():
    beliefs = blanked(fresh_pack("rs_christian_beliefs.yaml"))
    assert "Atonement" in beliefs, beliefs
    assert not {"John 1", "Virgin Mary"} & beliefs, beliefs  # "____ – 'In the beginning was the Word'", "Born to
    # the V____ (2 words), conceived by the Holy Spirit"
    assert "volcanic eruptions" not in blanked(fresh_pack("geography_weather_hazards_and_climate_change.yaml"))


def test_moles_of_another_substance_and_a_gas_volume_need_what_the_stem_does_not_print():
    stems = calculations(fresh_pack("chemistry_quantitative_chemistry.yaml"))
    assert any("Mr = [100]" in stem for stem in stems), stems
    assert not any("H₂SO₄" in stem or "dm³ CO₂" in stem for stem in stems), stems


def test_a_claim_cut_before_its_figures_with_only_a_verb_left_is_no_statement():
    text = fresh_pack("history_the_american_west.yaml")  # "The forty-niners poured in – about 90,000 … in 1849"
    statements = [plain(question.segments) for seed in ("1", "2", "3")
                  for question in of_kind(planned(text, seed), TrueFalse)]
    assert statements and not any(statement.rstrip(".").endswith("poured in") for statement in statements)


def test_the_year_world_war_two_began_is_asked_of_no_one():
    text = fresh_pack("history_the_british_empire_and_india.yaml")  # "World War Two and Quit India: In 1939 the
    # Viceroy declared war …"
    stems = [plain(question.segments) for seed in ("1", "2", "3") for question in of_kind(planned(text, seed), Choice)]
    assert stems and not any("declared war" in stem for stem in stems), stems


def test_a_blank_the_line_spells_and_a_bracket_after_a_date_are_mended():
    answers = blanked(fresh_pack("geography_rivers_and_flooding.yaml"))
    assert "Peak discharge" in answers and "Embankments" not in answers, answers  # "– raised banks …"
    suffrage = fresh_pack("history_the_suffragettes_and_votes_for_women.yaml")
    described = [candidate.event.text for candidate in events.event_candidates(material(suffrage))]
    assert "Around 300 women marched on Parliament and were beaten and assaulted by police for hours." in described
    assert not any(text.startswith("(") for text in described), described


def test_they_below_the_line_that_names_them_is_no_statement_alone():
    suffrage = fresh_pack("history_the_suffragettes_and_votes_for_women.yaml")
    statements = [plain(question.segments) for seed in ("1", "2", "3", "4", "5")
                  for question in of_kind(planned(suffrage, seed), TrueFalse)]
    assert not any("They chose prison" in statement for statement in statements), statements


def test_a_mean_with_a_given_in_its_working_or_two_groups_asked_of_neither_is_no_calculation():
    stems = calculations(fresh_pack("maths_averages_and_charts.yaml"))
    assert any("mean = [1.45] goals" in stem for stem in stems), stems
    assert not any("missing number" in stem or "girls average" in stem for stem in stems), stems


def test_an_owners_s_stays_on_its_blank_before_the_count():
    text = pack_yaml("Votes for women", "History", [
        ("The 1928 Act", ["The Equal Franchise Act gave women the vote at **21**, like men.",
                          "Passed by **Stanley Baldwin**'s Conservative government."]),
        ("The 1918 Act", ["Women over **30** who met a property test could vote.",
                          "About **8.4 million** women gained the vote."])])
    for seed in ("1", "2"):
        _, sheet, _ = built(text, seed, exercises=("gap",), word_bank=False)
        assert "'s (2 words) Conservative" in sheet and "words)'s" not in sheet, sheet


def test_a_title_naming_a_law_of_the_inverse_square_is_no_matching_title():
    text = fresh_pack("biology_photosynthesis_and_respiration_2.yaml")  # "Inverse square law (HT)" beside "light
    # intensity ∝ 1 / distance²": matched by its look
    titles = [pair.title for seed in ("1", "2", "3", "4") for match in of_kind(planned(text, seed), Match)
              for pair in match.pairs]
    assert titles and not any("Inverse square" in title for title in titles), titles


def test_a_title_that_opens_on_another_is_no_topic_for_a_short_answer():
    text = fresh_pack("geography_resource_management_food_and_water.yaml")  # "Another scheme: Lesotho Highlands …"
    prompts = [question.prompt for seed in ("1", "2", "3") for question in of_kind(planned(text, seed), Short)]
    assert prompts and not any("Another" in prompt for prompt in prompts), prompts
