"""Rounds OE and OF of the unseen-pack audit: "the field of the bar magnet" set false for the permanent magnet;
"pump K⁺ ions out, then sucrose re-enters with H⁺" set false with its correction beside it; "Rust is ____." keyed
as a formula; iron offered as wrong beside "Stainless steel: contains chromium and ____"; "General formula: E10";
99% the one high share beside "only a little is used"; "a third of workers in the late 2010s; today under 10%";
"die Biotonne (brown) – food and garden waste" set to translate; and a Tudor legacy "with the monarch as its head"
left spare beside the Act of Supremacy's title."""
from __future__ import annotations

import random
import re

from sheet_builds import false_statements, material, offered, pack_yaml, scheme_texts, translated
from studypack.layouts.worksheet.exercises.candidates import choice_candidates, gap_candidates, true_false_candidates
from studypack.layouts.worksheet.exercises.claims import Claims
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.events import _STATE
from studypack.layouts.worksheet.exercises.material import stem_told
from studypack.layouts.worksheet.exercises.questions import plain
from studypack.layouts.worksheet.exercises.translate import translations
from studypack.layouts.worksheet.exercises.words import spans_in
from studypack.source import loads


def test_a_thing_sorted_by_its_shape_is_not_swapped_for_one_sorted_by_its_nature():
    text = pack_yaml("Magnetism", "Physics", [
        ("Kinds of magnet", ["A **permanent magnet** has a field of its own at all times.",
                             "An **induced magnet** is magnetic only while it sits in another field."]),
        ("Field patterns", ["Field lines leave the north pole of a **bar magnet** and enter its south pole.",
                            "A **horseshoe magnet** gives a nearly uniform field between its poles."]),
        ("The motor effect", ["The field of the wire acts on the field of the **permanent magnet**, giving a force.",
                              "The force is largest when the wire is at **right angles** to the field."])])
    statements = false_statements(text)
    assert not any(re.search(r"(?:bar|horseshoe) magnet", statement) for statement in statements), statements
    for choice in offered(text, choice_candidates):
        assert not ("permanent magnet" in choice.options and "bar magnet" in choice.options), choice.options


def test_a_term_the_line_names_again_is_neither_swapped_nor_asked():
    text = pack_yaml("Transport in plants", "Biology", [
        ("Loading the phloem", ["Companion cells pump **H⁺ ions** out, and sucrose comes back in with H⁺.",
                                "**Sucrose** is the sugar moved in the phloem."]),
        ("Guard cells", ["Guard cells take in **K⁺ ions** before the stoma opens.",
                         "Water follows by **osmosis** and the cells swell."]),
        ("Roots", ["Root hair cells take in **Na⁺ ions** and other minerals by active transport.",
                   "**Cl⁻ ions** also enter through carrier proteins."])])
    statements = false_statements(text)
    assert not any("comes back in with H⁺" in statement and "pump H⁺" not in statement for statement in statements), \
        statements
    stems = [plain(choice.segments) for choice in offered(text, choice_candidates)]
    assert not any("comes back in with H⁺" in stem for stem in stems), stems


def test_a_formula_is_not_the_blank_after_a_bare_is():
    text = pack_yaml("Corrosion", "Chemistry", [
        ("Rusting", ["Rust is **Fe~2~O~3~·xH~2~O**. It flakes off and exposes fresh iron.",
                     "Rusting needs both **oxygen** and **water**."])])
    answers = [blank.text for gap in offered(text, gap_candidates) for blank in gap.answers]
    assert answers and "Fe₂O₃·xH₂O" not in answers, answers


def test_a_general_formula_is_only_swapped_for_another():
    text = pack_yaml("Alcohols", "Chemistry", [
        ("Alcohols", ["General formula: **C~n~H~2n+1~OH**", "The functional group is **–OH**."]),
        ("Fuels", ["Ethanol goes into petrol blends such as **E10**.", "Ethanol burns with a **clean blue flame**."])])
    statements = false_statements(text)
    assert not any("General formula: E10" in statement for statement in statements), statements


def test_a_share_beside_only_a_little_of_the_rest_is_not_offered_among_made_up_ones():
    text = pack_yaml("Transpiration", "Biology", [
        ("Water loss", ["About **99%** of the water a plant takes up evaporates; only a little is used in "
                        "**photosynthesis**.", "Water leaves through the **stomata**."]),
        ("Rates", ["Wind raises the rate of **transpiration**.", "About **90%** of stomata are on the lower side.",
                   "Leaves are about **30%** air space.", "Xylem is about **20%** of a stem."])])
    stems = [plain(choice.segments) for choice in offered(text, choice_candidates)]
    assert not any("only a little is used" in stem for stem in stems), stems


def test_a_decade_set_against_today_is_neither_changed_nor_asked():
    text = pack_yaml("The changing UK economy", "Geography", [
        ("Deindustrialisation", ["Factories employed roughly **a third** of UK workers in the late **1960s**; today "
                                 "it is under **10%**.", "The last deep coal mine closed in **2015**."]),
        ("Growth", ["Service jobs grew fast in the **1980s** after the miners' strike.",
                    "Call centres spread across the north in the **2000s**.",
                    "A science park opened in Cambridge in **1970**.", "A car plant opened in Sunderland in **1986**."])])
    statements = false_statements(text)
    assert not any("today it is under" in statement for statement in statements), statements
    stems = [plain(choice.segments) for choice in offered(text, choice_candidates)]
    assert not any("today it is under" in stem for stem in stems), stems


def test_a_word_with_an_aside_on_the_thing_is_not_set_to_translate_as_what_follows():
    asked = translated("Mülltrennung", "German", [
        "**die Biotonne** (brown) – food and garden waste; **der Restmüll** (grey/black) – everything else",
        "**die Mülltonne** – the bin", "**die Flasche** – the bottle", "**das Altpapier** – waste paper"])
    assert not any("garden waste" in item or "everything else" in item for item in asked), asked
    assert any("the bin" in item for item in asked), asked


def test_a_statement_that_says_most_of_a_long_key_term_reads_as_that_cards():
    pack = loads(pack_yaml("Henry VIII", "History", [
        ("The Act of Supremacy", ["**Act of Supremacy** (1534) – Henry is **Supreme Head of the Church of England**.",
                                  "Money once sent to Rome now went to the **Crown**."]),
        ("The monasteries", ["The Church in England lost about **800** houses.", "Their lands went to **gentry**."]),
        ("Religion", ["The Church of England kept the **Mass**.",
                      "An English **Bible** went into every church in England."]),
        ("Henry's last years", ["Legacy: the Church of England, with the monarch as its head, and a stronger "
                                "**Parliament**."])]), "henry.yaml")
    assert Claims(pack).claimed(pack.cards[3].points[0], 0)  # so it is never the spare beside that title


def test_a_town_is_not_swapped_for_the_wide_area_it_may_lie_in():
    text = pack_yaml("Hot deserts", "Geography", [
        ("The Thar Desert", ["The Thar lies in north-west **India** (mostly in **Rajasthan**) and eastern "
                             "**Pakistan**.",
                             "India's record of **51 °C** was set at **Phalodi** in May 2016."]),
        ("The canal", ["The **Indira Gandhi Canal** starts at the **Harike Barrage** in **Punjab**.",
                       "It supplies drinking water to villages in western Rajasthan.",
                       "Farms near **Bikaner** and **Jaisalmer** now grow wheat."]),
        ("Tourism", ["Visitors ride camels near **Jaisalmer**.", "**Jodhpur** has a large fort."])])
    statements = false_statements(text)
    assert not any("set at Rajasthan" in statement for statement in statements), statements
    for choice in offered(text, choice_candidates):
        assert "Rajasthan" not in choice.options or choice.options[choice.answer] == "Rajasthan", choice.options


def test_a_figure_inside_a_question_is_a_given_not_a_fact():
    text = pack_yaml("Latent heat", "Physics", [
        ("Two-stage problem", ["Q: How much energy turns **0.50 kg** of ice at **0 °C** into water at **20 °C**?",
                               "Melting: E = m L = 0.50 × 334 000 = **167 000 J**."]),
        ("Worked examples", ["Q: How much energy melts **0.25 kg** of ice? E = 0.25 × 334 000 = **83 500 J**.",
                             "Boiling **2.0 kg** of water takes **4.52 MJ**.", "A kettle holds about **1.5 kg**."])])
    stems = [plain(choice.segments) for choice in offered(text, choice_candidates)]
    assert not any("How much energy turns" in stem or "How much energy melts" in stem for stem in stems), stems


def test_a_year_whose_cause_the_line_gives_is_changed_only_to_a_later_one():
    text = pack_yaml("The Cuban Missile Crisis", "History", [
        ("The crisis", ["The crisis lasted **thirteen days**.",
                        "**Kennedy** ordered a naval **quarantine** of Cuba."]),
        ("Who won?", ["Khrushchev was removed from power in **October 1964**; the crisis was one reason.",
                      "A **hotline** was set up in **1963**."]),
        ("Before", ["**Castro** took power in **1959**.", "The **Bay of Pigs** invasion failed in **1961**.",
                    "The **Berlin Wall** went up in **1960**."])])
    for seed in range(8):
        source = material(text)
        source.rng.seed(seed)
        for statement in true_false_candidates(source, {True: 0, False: 50}):
            built = statement.build(0)
            said = plain(built.segments) if built else ""
            found = re.search(r"removed from power in \w+ (\d{4})", said)
            assert not found or int(found.group(1)) > 1964, said
        for candidate in choice_candidates(material(text)):
            choice = candidate.build(0)
            assert choice is None or "was one reason" not in plain(choice.segments), plain(choice.segments)


def test_a_successor_is_not_asked_among_people_of_other_roles():
    text = pack_yaml("Kennedy's foreign policy", "History", [
        ("Vietnam", ["Kennedy was shot in Dallas in 1963 – his Vietnam policy passed to **Lyndon Johnson**.",
                     "About **16,000** US advisers were in Vietnam by 1963."]),
        ("Cuba", ["**Fulgencio Batista** fled in 1959.", "**Fidel Castro** took power.",
                  "**Nikita Khrushchev** sent missiles to Cuba.", "**Edward Lansdale** ran Operation Mongoose."])])
    source = material(text)
    line = source.point(source.refs[0]).text
    johnson = next(term for term in source.terms[source.refs[0]] if term.text == "Lyndon Johnson")
    assert distractors(johnson, source.pool, source.rng, 3, line) is None


def test_a_formula_in_a_count_true_of_any_substance_is_not_asked():
    text = pack_yaml("Moles", "Chemistry", [
        ("The mole", ["Particles = moles × 6.02 × 10^23^, so 0.5 mol of **\\ce{H2O}** contains 3.01 × 10^23^ "
                      "molecules.", "The **Avogadro constant** is 6.02 × 10^23^."]),
        ("Formula mass", ["**\\ce{CO2}** has M~r~ 44.", "**\\ce{CaCO3}** has M~r~ 100.",
                          "**\\ce{NH3}** has M~r~ 17."])])
    stems = [plain(choice.segments) for choice in offered(text, choice_candidates)]
    assert not any("0.5 mol of" in stem for stem in stems), stems
    answers = [blank.text for gap in offered(text, gap_candidates) for blank in gap.answers
               if "0.5 mol of" in plain(gap.segments)]
    assert not answers, answers


def test_a_scheme_pays_no_mark_for_layout_advice_or_a_worked_examples_equation():
    source = material(pack_yaml("Quantitative chemistry", "Chemistry", [
        ("Reacting masses", ["Method: mass → moles of the one you know; use the **balancing numbers**; moles → "
                             "mass.",
                             "Equation: **\\ce{2Mg + O2 -> 2MgO}**",
                             "Worked example, 12 g of Mg: 12 ÷ 24 = 0.50 mol Mg, so 0.50 mol MgO = **20 g**.",
                             "The balancing numbers give the **mole ratio** of the substances.",
                             "Mass is conserved, so the masses of the reactants add up to the products'.",
                             "Set your working out in a table (substance, mass, M~r~, moles) so each step earns its "
                             "mark."]),
        ("Moles", ["Moles = mass ÷ **M~r~**.", "One mole holds **6.02 × 10^23^** particles."])]))
    scheme = scheme_texts(source, 0)
    assert not any(text.startswith(("Equation:", "Set your working")) for text in scheme), scheme


def test_labels_under_a_title_of_sustainable_ways_are_not_swapped():
    text = pack_yaml("Resource management", "Geography", [
        ("Towards sustainable water supplies", [
            "**Water conservation**: fixing leaks, water meters and dual-flush toilets.",
            "**Groundwater management**: monitoring and limiting abstraction so aquifers can recharge.",
            "**Recycling** treated waste water for flushing toilets."]),
        ("Water in the UK", ["The south and east have a **water deficit**.",
                             "The north and west have a **surplus**."])])
    statements = false_statements(text)
    assert not any("Water conservation: monitoring" in statement for statement in statements), statements


def test_a_name_the_pack_defines_as_a_land_is_a_region():
    source = material(pack_yaml("Alfred and the Danelaw", "History", [
        ("The boundary", ["**Danelaw** = the land north and east of the line, under Danish law.",
                          "**Guthrum** agreed the boundary with **Alfred**."]),
        ("Life in the Danelaw", ["Many towns in the **Danelaw** have names ending in -by.",
                                 "**Jorvik** was its largest town."])]))
    defined = next(term for term in source.terms[source.refs[0]] if term.text == "Danelaw")
    assert defined.sort == "region", defined.sort


def test_a_word_whose_stem_opens_a_printed_word_is_not_the_blank():
    assert stem_told("Diet, exercise and obesity: a BMI of 30 or more is classed as ____.", "obese")


def test_a_span_of_years_ending_at_a_date_is_no_event():
    assert _STATE.search("Samori Touré fought the French in West Africa for about 15 years until captured")


def test_beside_an_african_state_on_a_card_of_africa_no_european_power_is_offered():
    text = pack_yaml("The Scramble for Africa", "History", [
        ("Africa in 1870 and 1914", [
            "In **1870** Europeans held about **10%** of Africa: coastal forts, **Algeria** and the **Cape Colony**.",
            "Only two independent states were left in 1914 = **Ethiopia** and **Liberia**.",
            "The colonial powers: **Britain**, **France**, **Germany**, **Belgium**, **Portugal** and **Italy**."]),
        ("Adwa", ["Italy invaded from **Eritrea** in 1895.", "Ethiopia kept its independence."])])
    powers = {"Britain", "Belgium", "France", "Germany", "Italy", "Portugal"}
    for choice in offered(text, choice_candidates):
        if choice.options[choice.answer] in ("Ethiopia", "Liberia"):
            assert not powers & set(choice.options), choice.options
    statements = false_statements(text)
    assert not any(re.search(rf"left in 1914 = (?:{'|'.join(powers)}) and", statement)
                   for statement in statements), statements


def test_a_share_near_the_whole_is_not_offered_among_lower_ones():
    text = pack_yaml("Equilibrium", "Chemistry", [
        ("The Contact process", ["The yield is already about **99%** at low pressure, so high pressure is not worth "
                                 "the cost.", "A **vanadium(V) oxide** catalyst is used."]),
        ("The Haber process", ["Only about **15%** of the gases react on each pass.",
                               "About **30%** of the ammonia is made into fertiliser.",
                               "The plant runs at about **20%** above the minimum pressure."])])
    stems = [plain(choice.segments) for choice in offered(text, choice_candidates)]
    assert not any("already about" in stem for stem in stems), stems


def test_a_bare_food_chain_is_neither_swapped_nor_asked_by_options():
    text = pack_yaml("A pond ecosystem", "Geography", [
        ("Producers", ["Producers in the pond: **algae**, **pondweed** and **water lily**.",
                       "Producers make their food by **photosynthesis**."]),
        ("The food web", ["**algae** → **water snail** → **stickleback** → **heron**",
                          "**pondweed** → **tadpole** → **dragonfly nymph** → **frog**"])])
    statements = false_statements(text)
    assert not any("→" in statement for statement in statements), statements
    stems = [plain(choice.segments) for choice in offered(text, choice_candidates)]
    assert not any("→" in stem for stem in stems), stems


def test_a_title_span_of_three_figure_years_bounds_the_wrong_ones():
    assert spans_in("Three kingdoms fall (866–874)") == [(866, 874)]


def test_a_short_acronym_both_mark_makes_a_statement_that_cards():
    pack = loads(pack_yaml("Hormones", "Biology", [
        ("FSH", ["**FSH** matures an egg.", "Made by the **pituitary gland**."]),
        ("Oestrogen", ["Inhibits **FSH** release – so no more eggs mature.", "Builds the **uterus lining**."]),
        ("LH", ["**LH** triggers ovulation.", "**FSH** and LH are both pituitary hormones."]),
        ("Progesterone", ["Inhibits both **FSH** and **LH**.", "Keeps the lining thick."]),
        ("The pill", ["The **combined pill** holds oestrogen and progesterone.", "It inhibits **FSH** too."])]),
        "hormones.yaml")
    assert Claims(pack).claimed(pack.cards[1].points[0], 3)


def test_a_verbless_item_under_a_title_of_causes_is_no_statement():
    text = pack_yaml("Population", "Geography", [
        ("Japan – causes of ageing", ["The high cost of raising children, especially housing and schooling in big "
                                     "cities like **Tokyo**.", "Women marry later, at about **30**, and have fewer "
                                     "children."]),
        ("Niger – a youthful population", ["The fertility rate is about **6** children per woman.",
                                          "About **half** the people are under 15."])])
    statements = [plain(statement.segments)
                  for statement in offered(text, true_false_candidates, {True: 50, False: 50})]
    assert not any("raising children" in statement for statement in statements), statements


def test_the_two_genders_of_one_word_are_not_both_set_to_translate():
    lines = ["**il nonno** – grandfather", "**la nonna** – grandmother", "**il padre** – father",
             "**la madre** – mother", "**lo zio** – uncle", "**la zia** – aunt", "**il cugino** – cousin",
             "**il fratello** – brother"]
    for seed in range(4):
        asked = " ".join(map(str, translations(loads(pack_yaml("La famiglia", "Italian", [("La famiglia", lines)]),
                                                     "words.yaml"), random.Random(seed), 10)))
        assert not ("nonno" in asked and "nonna" in asked), asked


def test_a_sub_shell_and_a_day_of_the_month_are_not_amounts_to_vary():
    text = pack_yaml("Atoms and the UN", "Chemistry", [
        ("Sub-shells", ["Transition metal ions lose the **4s** electrons first: Fe²⁺ is [Ar] 3d⁶.",
                        "The **3d** sub-shell fills after the 4s."]),
        ("Timing", ["The reaction took **10 s**.", "A second run took **25 s**.", "A third took **40 s**."]),
        ("The UN", ["Resolutions of **25** and 27 June condemned the attack.", "**16** nations sent troops."])])
    stems = [plain(choice.segments) for choice in offered(text, choice_candidates)]
    assert not any("electrons first" in stem or "and 27 June" in stem for stem in stems), stems


def test_a_figure_given_as_an_example_is_not_the_blank():
    text = pack_yaml("Photosynthesis", "Biology", [
        ("Limiting factors", ["Graphs often show two lines, e.g. rate against light at **0.04%** and **0.4%** CO~2~.",
                              "At low light, **light intensity** limits the rate."])])
    answers = [blank.text for gap in offered(text, gap_candidates) for blank in gap.answers]
    assert not {"0.04%", "0.4%"} & {answer.strip() for answer in answers}, answers


def test_holders_of_a_post_named_in_the_plural_are_no_person():
    source = material(pack_yaml("The Glorious Revolution", "History", [
        ("James II", ["James purged **Lords Lieutenant**, JPs and borough corporations.",
                      "**Viscount Dundee** won at Killiecrankie but was killed."])]))
    sorts = {term.text: term.sort for ref in source.refs for term in source.terms[ref]}
    assert sorts["Lords Lieutenant"] == "office", sorts


def test_a_judgement_in_a_line_of_opposition_is_not_turned():
    text = pack_yaml("The Glorious Revolution", "History", [
        ("The Seven Bishops", ["Seven bishops petitioned against the order, calling the **suspending power** illegal.",
                               "They were tried for **seditious libel** in June 1688."]),
        ("The Bill of Rights", ["The Bill of Rights made the suspending power **illegal**.",
                                "Parliament must meet **often**."])])
    statements = false_statements(text)
    assert not any("calling the suspending power legal" in statement for statement in statements), statements


def test_an_element_printed_beside_its_compounds_gives_them_away():
    assert stem_told("Most metals are found as ____; extraction is a reduction (removing the oxygen).", "oxides")


def test_two_titles_naming_one_place_read_as_one_topic():
    pack = loads(pack_yaml("UK landscapes", "Geography", [
        ("Yorkshire Dales National Park", ["Set up in **1954**.", "Millions of visitors come each year."]),
        ("Limestone features", ["**Limestone pavement** forms by carbonation.", "**Clints** and **grikes**."]),
        ("Conflicts and management in the Dales", ["Footpaths erode under walkers.", "Quarries scar the hills."]),
        ("Chalk and clay", ["Chalk forms **escarpments**.", "Clay forms **vales**."])]), "dales.yaml")
    assert Claims(pack).related(0, 2)
    assert not Claims(pack).related(1, 3)


def test_a_line_opening_on_whose_protection_is_no_statement():
    text = pack_yaml("The Russian Civil War", "History", [
        ("The Czech Legion", ["The **Czech Legion** seized the Trans-Siberian Railway in May 1918.",
                              "Under its protection the SRs set up **Komuch** at **Samara** (June 1918)."]),
        ("The Whites", ["**Kolchak** led the Whites in Siberia from **Omsk**.", "**Denikin** attacked from the "
                                                                              "south towards **Moscow**."])])
    statements = [plain(statement.segments)
                  for statement in offered(text, true_false_candidates, {True: 50, False: 50})]
    assert not any("Under its protection" in statement for statement in statements), statements


def test_words_right_after_the_blank_count_for_a_share_said_to_be_most():
    source = material(pack_yaml("Blood", "Biology", [
        ("What blood is made of", ["Plasma: about **55 %** of blood volume.",
                                   "Cells and platelets: about **45 %**, almost all of it red blood cells."]),
        ("Red blood cells", ["About **5 million** per mm³ of blood.", "Each lasts about **120 days**."])]))
    ref = source.refs[1]
    text = source.point(ref).text
    share = next(term for term in source.terms[ref] if term.text.strip() == "45 %")
    assert distractors(share, source.pool, source.rng, 3, text[:share.start] + text[share.end:]) is None
