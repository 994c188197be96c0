"""What the blind audits of sets TX to TZ struck, and an own read of their third seeds: "Over 6,300 people killed"
from "Haiyan at a glance" as the spare beside "Primary effects"; "the o____ hole … Montreal Protocol banned CFCs";
"H____ crops … can be sprayed to kill weeds"; "Dutch N____ (2 words)"; "Their p____ differ slightly (e.g. mass and
density)"; "input() in P____"; "Gesundheit leidet – schlechtes Essen, keine warme Wohnung" set to translate, German
both ways; "at A-level you meet sub-shells" as a true statement, and "a bare answer gets no credit" paid in a scheme;
"His calculations matched …" under "Bohr, protons and Chadwick"; "an energy store, especially in seeds" the spare
among a leaf's layers; "Post-war distress" matched to "the end of the Napoleonic Wars"; "In ____ Bacon led …" (1676)
on the sheet that sets "Rebels burned Jamestown in September 1681" false; "(Background)" printed before a statement;
"Mitotic index" matched to "cells in mitosis"; and "Every program can be built from just three constructs" paid as a
point of "The three programming constructs". From sets UA to UD: "la pagina web", "il cyberbullismo" and "la chat di
gruppo" set to translate; "L____ (2 words): can see far things"; "the word m____ was coined" beside Mafeking; "M____ (2
words) = many species die out" beside the title "Extinction"; "N____ = labourer who dug railway cuttings" beside
"navvies"; "the 7th C____ – 'You shall not …'"; "____ 'terror is the order of the day'"; "check that your calculator
is in d____ mode"; "burned on ____, aged about 19" beside "born c.1412"; "capital K____"; "and h____ it is switched
on"; 1933 offered for a step of the long-term response to the 2011 Tōhoku earthquake; "Side effects: …" matched to a
cause; "Maslow mnemonic, bottom to top: …" as a line to ask; and "S____: food poisoning from undercooked food".
From set UE: "un(e) ami(e)" to write beside "un(e) petit(e) ami(e)" printed; and "Good t____ (2 words) because the free
electrons carry energy", with nothing to say what is good. From set UF: "the plant w____" and "water vapour c____";
"measured in m____; … about 1013 mb"; "Write three points about: Analysing the results"; and "'How secure by 1509?'
→ …", an essay question, as a true statement."""
from __future__ import annotations

import random
import re
import pytest

from studypack.layouts.worksheet.exercises import Choice, Gap, Match, Short, Translate, TrueFalse
from studypack.layouts.worksheet.exercises.material import holds
from studypack.layouts.worksheet.exercises.questions import plain
from studypack.layouts.worksheet.exercises.roles import is_scaffolding
from studypack.layouts.worksheet.exercises.translate import translations
from studypack.source.loader import loads
from sheet_builds import blanked, fresh_pack, fresh_plans, material, of_kind, pack_yaml, scheme_texts, translated

SEEDS = ("1", "2", "3")



def _printed(plan) -> list[str]:
    """Every question's printed text on a sheet: stems, statements, matching's both sides, prompts."""
    out = [plain(question.segments) for kind in (Gap, TrueFalse) for question in of_kind(plan, kind)]
    for match in of_kind(plan, Match):
        out += [f"{pair.title} = {pair.text}" for pair in match.pairs] + [pair.text for pair in match.spares]
    return out + [short.prompt for short in of_kind(plan, Short)]


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_toll_is_no_spare_beside_a_title_of_effects_nor_is_an_at_a_glance_line():
    for plan in fresh_plans("geography_typhoon_haiyan.yaml", SEEDS):
        for match in of_kind(plan, Match):
            if any(re.search(r"(?i)effects", pair.title) for pair in match.pairs):
                assert not any(re.search(r"killed|displaced|died", spare.text) for spare in match.spares), \
                    [spare.text for spare in match.spares]


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
@pytest.mark.parametrize("name, answer", [
    ("geography_cold_environments_svalbard.yaml", "ozone hole"),
    ("biology_food_security_biotechnology.yaml", "Herbicide-resistant"),
    ("chemistry_atomic_model_history.yaml", "physical properties"),
    ("computing_programming_concepts.yaml", "Python"),
    ("history_english_colonies_america.yaml", "New Netherland"),
    ("physics_lenses_eye.yaml", "Long sight (hyperopia)"), ("physics_lenses_eye.yaml", "Short sight (myopia)"),
    ("history_boer_war.yaml", '"mafficking"'), ("rs_relationships_families.yaml", "Commandment"),
    ("history_french_revolution.yaml", "5 September 1793"), ("geography_jamaica_tourism.yaml", "Kingston"),
    ("physics_mains_electricity_grid.yaml", "how long"), ("biology_pathogens_diseases.yaml", "Salmonella"),
    ("biology_osmosis_potato.yaml", "wilts"), ("geography_atmospheric_circulation.yaml", "millibars (mb)")])
def test_a_term_its_line_tells_by_what_every_pupil_knows_is_not_blanked(name, answer):
    on_sheets = {blank.text for plan in fresh_plans(name, SEEDS) for gap in of_kind(plan, Gap) for blank in gap.answers}
    assert answer not in blanked(fresh_pack(name)) | on_sheets


def test_fossil_fuels_beside_coal_oil_and_gas_is_not_blanked_nor_where_its_line_does_not_name_them():
    energy = pack_yaml("Energy resources", "Physics", [("Non-renewable resources", [
        "**Fossil fuels** = coal, oil and gas; formed over millions of years from ancient plants and animals.",
        "Burning them releases **carbon dioxide**, which adds to the greenhouse effect."]), ("Renewable resources", [
            "A **geothermal** power station uses heat from hot rocks deep underground.",
            "Tidal barrages trap water at high tide and release it through **turbines**."])])
    assert "Fossil fuels" not in blanked(energy)
    from studypack.layouts.worksheet.exercises.words import stock_phrase
    assert stock_phrase("Fossil fuels") and stock_phrase("the fossil fuels")  # (set DH: "Burning f____ (2 words)" is
    # everyday English, which its letter gives to any pupil, whatever the line names)
    assert "Fossil fuels" not in blanked(energy.replace("= coal, oil and gas; formed", "formed"))


def test_a_kind_of_thing_is_not_blanked_before_its_examples_but_is_where_none_follow():
    farm = pack_yaml("Farming", "Biology", [("Glasshouses", [
        "In glasshouses, farmers raise the **limiting factors** of photosynthesis (light, temperature, carbon dioxide "
        "concentration); paraffin heaters give off both heat and CO₂.",
        "Hydroponics grows plants without soil, in a solution of **mineral ions**."]), ("Pests", [
            "**Biological control** uses a natural predator to reduce a pest population."])])
    assert "limiting factors" not in blanked(farm)
    assert "limiting factors" in blanked(farm.replace(" (light, temperature, carbon dioxide concentration)", ""))


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_line_in_the_language_on_both_sides_is_no_word_and_its_meaning():
    for plan in fresh_plans("german_soziale_probleme.yaml", SEEDS):
        items = {item.shown for item in of_kind(plan, Translate)} | {item.answer for item in of_kind(plan, Translate)}
        assert items and "Gesundheit leidet" not in items, items


def test_a_word_on_the_course_and_talk_of_marks_are_advice():
    assert is_scaffolding("The model used at GCSE is still a simplified one; at A-level you meet sub-shells and "
                          "orbitals.")
    assert is_scaffolding('Show the working for both items and write a clear conclusion - a bare "the big one" gets '
                          'no credit.')
    assert not is_scaffolding("Rutherford's model had a tiny, dense, positive nucleus with electrons around it.")


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_he_or_his_under_a_title_naming_two_people_is_not_asked():
    for plan in fresh_plans("chemistry_atomic_model_history.yaml", SEEDS):
        assert not any("His calculations" in text for text in _printed(plan)), _printed(plan)


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_spare_from_an_unrelated_card_does_not_stand_among_one_cards_kind():
    for plan in fresh_plans("biology_plant_minerals_leaves_glucose.yaml", SEEDS):
        assert not any("energy store" in text for text in _printed(plan)), _printed(plan)
    glossary = [match for plan in fresh_plans("geography_thar_desert.yaml", SEEDS) for match in of_kind(plan, Match)]
    assert glossary and all(match.spares for match in glossary)  # a glossary's terms are of no one kind


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_title_of_post_war_is_not_matched_to_a_statement_of_wars():
    for plan in fresh_plans("history_chartism_protest.yaml", SEEDS):
        for match in of_kind(plan, Match):
            assert not any("Post-war" in pair.title and "Wars" in pair.text for pair in match.pairs)


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_bare_year_and_a_date_in_it_are_not_both_answers_of_a_sheet():
    for plan in fresh_plans("history_english_colonies_america.yaml", SEEDS):
        answers = [blank.text for gap in of_kind(plan, Gap) for blank in gap.answers]
        answers += [statement.correction for statement in of_kind(plan, TrueFalse) if not statement.true]
        years = [answer for answer in answers if re.fullmatch(r"\d{4}", answer.strip())]
        assert not any(answer != year and answer.strip().endswith(year) for year in years for answer in answers), \
            answers


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_background_label_is_left_off_the_line():
    for plan in fresh_plans("history_english_colonies_america.yaml", SEEDS):
        assert not any("(Background)" in text for text in _printed(plan))


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_mitotic_index_is_not_matched_to_the_cells_in_mitosis():
    for plan in fresh_plans("biology_cell_cycle_cancer.yaml", SEEDS):
        for match in of_kind(plan, Match):
            assert not any(pair.title == "Mitotic index" for pair in match.pairs)


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_line_that_only_counts_its_title_is_no_point_and_the_title_counts_the_marks():
    text = fresh_pack("computing_programming_concepts.yaml")
    source = material(text)
    card = next(index for index, card in enumerate(source.pack.cards)
                if card.title == "The three programming constructs")
    assert "Every program can be built from just three constructs." not in scheme_texts(source, card)
    marks = {short.marks for plan in fresh_plans("computing_programming_concepts.yaml", SEEDS) for short in of_kind(plan, Short)
             if "three programming constructs" in short.prompt}
    assert marks <= {3}, marks


def test_a_phrase_spelled_much_as_its_meaning_or_opening_as_it_does_is_not_set_to_translate():
    asked = " ".join(translated("La tecnologia", "Italian", [
        "**la pagina web** – web page", "**il cyberbullismo** – cyberbullying", "**la chat di gruppo** – group chat",
        "**lo schermo** – the screen", "**la stampante** – the printer", "**il motore di ricerca** – search engine"]))
    assert "la stampante" in asked and "lo schermo" in asked, asked
    assert not any(word in asked for word in ("pagina", "cyberbullismo", "chat di gruppo")), asked


def test_a_plural_in_ies_holds_its_word_in_y_and_the_other_way_round():
    assert holds("thousands of jobs (navvies, drivers, porters)", "Navvy")
    assert holds("a navvy dug the cutting", "navvies")
    assert not holds("the navy", "Navvy")


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_two_word_term_whose_second_word_the_sheet_prints_is_not_blanked_on_its_everyday_first():
    for plan in fresh_plans("biology_evolution_speciation.yaml", SEEDS):
        titles = {pair.title for match in of_kind(plan, Match) for pair in match.pairs}
        blanks = {blank.text for gap in of_kind(plan, Gap) for blank in gap.answers if blank.hint}
        assert not ("Extinction" in titles and "Mass extinction" in blanks), (titles, blanks)


def test_advice_on_the_calculator_and_a_mnemonic_named_mid_line_are_no_content():
    assert is_scaffolding("SOH CAH TOA; check that your calculator is in degree mode.")
    assert is_scaffolding('Maslow mnemonic, bottom to top: "Please Stop Sending Extra Stuff".')
    assert not is_scaffolding("Mnemonics such as acronyms help people remember lists.")


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_date_the_age_at_it_and_a_birth_year_work_out_is_not_asked():
    for plan in fresh_plans("history_hundred_years_war.yaml", SEEDS):
        assert not any("aged about 19" in plain(choice.segments) for choice in of_kind(plan, Choice))


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_year_after_the_event_a_pack_is_named_for_is_not_offered_years_before_it():
    for plan in fresh_plans("geography_tohoku_2011.yaml", SEEDS):
        for choice in of_kind(plan, Choice):
            if "Long-term responses" in plain(choice.segments):
                assert all(int(re.search(r"\d{4}", option).group()) >= 2010 for option in choice.options), \
                    choice.options


@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_statement_labelled_as_effects_is_no_match_for_a_title():
    for plan in fresh_plans("geography_tohoku_2011.yaml", SEEDS):
        texts = [pair.text for match in of_kind(plan, Match) for pair in (*match.pairs, *match.spares)]
        assert not any(text.startswith("Side effects") for text in texts), texts


def test_a_word_another_item_of_the_sheet_holds_whole_is_not_asked_beside_it():
    pack = loads(fresh_pack("french_famille_relations.yaml"), "famille.yaml")
    for seed in range(8):
        items = [item.answer if item.reverse else item.shown for item in translations(pack, random.Random(seed), 10)]
        assert not ("un(e) ami(e)" in items and "un(e) petit(e) ami(e)" in items), items


def test_a_quality_with_no_subject_before_its_because_is_not_blanked_without_its_title():
    assert "thermal conductors" not in blanked(fresh_pack("chemistry_metallic_bonding_alloys.yaml"))


def test_a_title_of_an_aspect_alone_is_no_topic_to_write_about_but_one_with_its_year_is():
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    from studypack.layouts.labels import ENGLISH
    pack = pack_yaml("Osmosis", "Biology", [("Analysing the results", [
        "Plot the percentage change in mass against the concentration of the sugar solution.",
        "Where the line crosses zero, the solution has the same concentration as the potato cells.",
        "Above it the cylinders lost mass; below it they gained mass."]), ("Interpreting 1857", [
        "British historians long called it the Indian Mutiny.", "Indian nationalists later called it the First War "
        "of Independence.", "Many historians now say it was both a military revolt and a popular uprising."])])
    prompts = [question.prompt for candidate in short_candidates(material(pack), ENGLISH)
               if (question := candidate.build(0)) is not None]
    assert not any("Analysing the results" in prompt for prompt in prompts), prompts
    assert any("Interpreting 1857" in prompt for prompt in prompts), prompts


def test_an_exam_question_quoted_to_open_a_line_is_no_content():
    assert is_scaffolding("'How secure by 1509?' → peaceful succession and a rich crown vs hated financial methods.")
    assert not is_scaffolding("Belloc wrote: 'Whatever happens, we have got / The Maxim gun, and they have not.'")
