"""Rounds ON and OO of the unseen-pack audit: two matching titles that name one place ("Yorkshire Dales National
Park" and "Conflicts and management in the Dales"); the one woman among men for "… failed to drown her"; "2F" beside a
lens changed to "8F"; a birth year asked beside the age its card gives; "Catalytic converters" asked while another
line prints "Converters … as catalysts"; the one "X vs Y" statement beside the one "vs" title; and a count asked
beside its total and the other parts."""
from __future__ import annotations

import random
import re

from sheet_builds import (calculations, false_statements, hideable, material, offered, pack_yaml, planned, scheme_texts,
                          translated)
from studypack.layouts.worksheet.exercises.allocate import _PROPERTY_AFTER, _alike, _land_and_people, placed_in_region
from studypack.layouts.worksheet.exercises.candidates import choice_candidates, first_letter, true_false_candidates
from studypack.layouts.worksheet.exercises.distractors import _said_to_be_a_woman, _unit_inside, distractors
from studypack.layouts.worksheet.exercises.events import _point_events, event_candidates
from studypack.layouts.worksheet.exercises.kinds import defined_as_thing
from studypack.layouts.worksheet.exercises.material import _telling
from studypack.layouts.worksheet.exercises.matching import match_candidates
from studypack.layouts.worksheet.exercises.questions import plain
from studypack.layouts.worksheet.exercises.roles import leans_on_previous, starts_with_pronoun
from studypack.layouts.worksheet.exercises.terms import Term


def test_two_titles_naming_one_place_are_too_alike_to_match():
    assert _alike("Conflicts and management in the Dales", "Yorkshire Dales National Park")
    assert _alike("Haber and Bosch", "Choosing the conditions for the Haber process")
    assert _alike("Case study: Malham, Yorkshire Dales", "Yorkshire Dales National Park")
    assert not _alike("Case study: Malham, Yorkshire Dales", "The three rock types")


def test_a_blank_the_line_calls_her_is_offered_among_women_only():
    unknown = Term("Agrippina", 0, 9, "name", "name:agrippina", True, sort="person")
    assert _said_to_be_a_woman(unknown, " was killed in AD 59 after a sinking boat failed to drown her.") == "f"
    assert _said_to_be_a_woman(unknown, " ruled well. Later his mother fled to her estates.") == ""
    known_man = Term("Henry", 0, 5, "name", "name:henry", True, sort="person")
    assert _said_to_be_a_woman(known_man, " married her in 1152.") == ""  # "her" is someone else


def test_a_multiple_of_a_named_point_is_no_amount():
    text = pack_yaml("Lenses", "Physics", [
        ("Images", ["Object beyond **2F**: the image is real, inverted and **diminished**.",
                    "Object between F and 2F: the image is real and **magnified**."]),
        ("Power", ["Lens power is measured in **dioptres**.", "A lens of focal length **0.5 m** has power **2 D**.",
                   "A thin lens of focal length **0.25 m** has power **4 D**."])])
    stems = [(plain(choice.segments), choice.options) for choice in offered(text, choice_candidates)]
    assert not any(re.search(r"\b\d+F\b", " ".join(options)) for _, options in stems), stems
    statements = [plain(statement.segments) for statement in offered(text, true_false_candidates,
                                                                     {True: 0, False: 50}) if not statement.true]
    assert not any(re.search(r"\b(?!2F)\d+F\b", statement) for statement in statements), statements


def test_a_birth_year_is_not_asked_beside_the_age_its_card_gives():
    text = pack_yaml("Henry II", "History", [
        ("Henry's rise", ["Born **1133** at Le Mans, son of the Empress Matilda.",
                          "Made Duke of Normandy in **1150**.",
                          "Crowned at Westminster in **1154**, aged 21."]),
        ("Becket", ["Born in **1120** in London, the son of a merchant.",
                    "Made Archbishop of Canterbury in **1162**."])])
    assert "1133" not in hideable(text, "Born **1133**".replace("**", ""))
    assert "1120" in hideable(text, "Born in 1120")  # his card gives no age


def test_a_two_word_answer_is_not_asked_while_a_line_prints_both_its_words():
    source = material(pack_yaml("Fuels", "Chemistry", [
        ("Cutting pollution", ["**Catalytic converters** in car exhausts turn CO into CO~2~.",
                               "Converters hold **platinum** and rhodium as catalysts."])]))
    source.record(["Converters hold platinum and rhodium as catalysts."], ["platinum"])
    assert source.gives_away(["____ in car exhausts turn CO into CO₂."], ["Catalytic converters"])
    assert not source.gives_away(["____ in car exhausts turn CO into CO₂."], ["Exhaust filters"])


def test_a_contrast_set_out_as_x_vs_y_is_not_matched_to_a_title_that_is_one():
    text = pack_yaml("Combustion", "Chemistry", [
        ("Complete vs incomplete combustion", ["Energy released: more vs less",
                                               "Oxygen supply is plentiful in one and short in the other."]),
        ("Carbon monoxide", ["Carbon monoxide binds to haemoglobin in the blood."]),
        ("Acid rain", ["Sulfur dioxide dissolves in rain and lowers its pH."])])
    source = material(text)
    texts = [source.point(candidate.uses[0]).text for candidate in match_candidates(source)]
    assert "Energy released: more vs less" not in texts and texts, texts


def test_a_count_is_not_asked_beside_its_total_and_the_other_parts():
    text = pack_yaml("National Parks", "Geography", [
        ("National Parks", ["There are **15** in the UK: **10** in England, 3 in Wales, 2 in Scotland.",
                            "The first was the **Peak District** in **1951**."])])
    assert not {"15", "10"} & set(hideable(text, "There are 15"))


def test_an_inequality_worked_by_arrows_asks_its_first_step_and_keys_the_values_reached():
    text = pack_yaml("Inequalities", "Maths", [
        ("Solving linear inequalities", ["Example: 3x + 5 ≤ 20 → 3x ≤ 15 → **x ≤ 5**",
                                         "Unknowns on both sides: 5x − 3 > 2x + 9 → 3x > 12 → **x > 4**"]),
        ("Double inequalities", ["−7 < 2x + 1 ≤ 9 → −8 < 2x ≤ 8 → **−4 < x ≤ 4**"]),
        ("Quadratics", ["x² − 5x + 6 > 0 → (x − 2)(x − 3) > 0 → above the axis, so **x < 2 or x > 3**",
                        "(x + 8)(x − 5) = 0 → x = −8 or x = 5"]),
        ("Bounds", ["x = 6.2 to 1 d.p. → 6.15 ≤ x < 6.25"])])
    asked = calculations(text)
    for stem in ("Solving linear inequalities: 3x + 5 ≤ 20 → [x ≤ 5]",
                 "Solving linear inequalities: 5x − 3 > 2x + 9 → [x > 4]",
                 "Double inequalities: −7 < 2x + 1 ≤ 9 → [−4 < x ≤ 4]",
                 "Quadratics: x² − 5x + 6 > 0 → [x < 2 or x > 3]",
                 "Quadratics: (x + 8)(x − 5) = 0 → [x = −8 or x = 5]"):
        assert stem in asked, asked
    assert not any("6.2" in stem for stem in asked), asked  # a rounded value's bounds are no sum to solve


def _offered_for(text: str, line: str, answer: str, seeds: int = 8) -> set[str]:
    """Every wrong answer the pool offers for ``answer`` on the line opening ``line``, three at a time as a word
    bank's spares are sought, over a few seeds."""
    source = material(text)
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith(line))
    (term,) = [term for term in source.terms[ref] if term.text == answer]
    shown = source.point(ref).text.replace(answer, "", 1)
    return {option for seed in range(seeds)
            for option in distractors(term, source.pool, random.Random(seed), 3, shown, strict=False,
                                      only_near=False, kin_of=True) or ()}


def test_a_wrong_answer_reads_after_the_a_or_an_before_the_blank():
    text = pack_yaml("Ireland", "History", [
        ("The Treaty", ["Northern Ireland could opt out, and a **Boundary Commission** would redraw the border.",
                        "Lloyd George's **Irish Convention** met in 1917 and failed.",
                        "Carson's **Ulster Council** ran the campaign against Home Rule.",
                        "The Orangemen's **Orange Order** marched every July.",
                        "Carson's **Provisional Government** for Ulster was ready by 1913.",
                        "Asquith's **Royal Commission** reported on the rebellion.",
                        "Lloyd George's **Cabinet Committee** drafted the 1920 Act."])])
    offered_here = _offered_for(text, "Northern Ireland", "Boundary Commission")
    assert offered_here and not {"Irish Convention", "Ulster Council", "Orange Order"} & offered_here, offered_here


def test_a_wrong_amount_keeps_the_answers_side_of_the_lines_other_figures():
    text = pack_yaml("After the Rising", "History", [
        ("Arrests", ["Around **3,500** were arrested and about 1,800 interned.",
                     "About **450** people died in the fighting.", "Some **2,600** were wounded.",
                     "Around **1,000** rebels took part.", "About **700** leaders were held."])])
    offered_here = _offered_for(text, "Around", "3,500")
    assert offered_here and all(float(option.replace(",", "")) > 1800 for option in offered_here), offered_here


def test_a_formula_that_holds_what_the_line_says_it_lacks_is_not_offered():
    text = pack_yaml("Ozone", "Chemistry", [
        ("CFCs", ["Old fridges held **CCl~2~F~2~** and **CCl~3~F**.",
                  "They were replaced by **CH~2~F~2~**, which contain no chlorine.",
                  "**CH~4~** and **CO~2~** are greenhouse gases.", "**O~3~** absorbs UV light.",
                  "**NO~2~** comes from car engines."])])
    offered_here = _offered_for(text, "They were replaced", "CH₂F₂")
    assert not any("Cl" in option for option in offered_here), offered_here


def test_a_name_defined_with_an_equals_sign_as_a_thing_is_no_person():
    assert defined_as_thing("Home Rule = a separate Irish parliament in Dublin") == "Home Rule"


def test_a_letter_before_the_blank_is_the_words_not_the_articles():
    source = material(pack_yaml("Ireland", "History", [
        ("The War of Independence", ["Collins's intelligence network and **the Squad** targeted spies.",
                                     "**Flying columns** ambushed patrols in the countryside."])]))
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Collins"))
    (term,) = [term for term in source.terms[ref] if term.text.endswith("Squad")]
    assert term.text == "Squad" and first_letter(term) != "t"  # ("the S____": the article stays in the line)


def test_a_town_placed_in_a_region_gets_no_spare_town_in_a_word_bank():
    source = material(pack_yaml("After the Rising", "History", [
        ("Internment", ["Many were held at **Frongoch** in Wales.", "Others were sent to **Reading** gaol."])]))
    (held, sent) = [term for ref in source.refs for term in source.terms[ref]]
    assert placed_in_region(held, source.point(source.refs[0]).text)
    assert not placed_in_region(sent, source.point(source.refs[1]).text)


def test_an_equation_solved_in_steps_said_in_words_is_asked():
    text = pack_yaml("Equations", "Maths", [
        ("One- and two-step equations", ["x + 7 = 12 → subtract 7 from both sides → **x = 5**",
                                         "3x − 4 = 17 → add 4 → 3x = 21 → divide by 3 → **x = 7**"])])
    asked = calculations(text)
    assert "One- and two-step equations: 3x − 4 = 17 → x = [7]" in asked, asked


def test_a_year_is_not_asked_beside_the_span_that_with_another_year_gives_it():
    text = pack_yaml("The Mughals, 1526–1707", "History", [
        ("Babur", ["Babur won at Panipat in **1526**.",
                   "Babur died in Agra in **1530** – he ruled for only four years.",
                   "His son **Humayun** lost the throne in **1540**."])])
    assert "1530" not in hideable(text, "Babur died")
    assert "1540" in hideable(text, "His son")


def test_a_line_that_leans_on_a_list_or_on_its_title_after_a_label_is_not_asked_alone():
    assert leans_on_previous("All four properties come from the partly filled 3d orbitals.")
    assert starts_with_pronoun("Side effects: it also attacks healthy cells, so doses are kept low.")
    assert not starts_with_pronoun("Effects: there are fewer jobs in the valley.")


def test_one_who_fought_a_people_is_not_offered_among_the_packs_people():
    text = pack_yaml("The Mughals", "History", [
        ("Akbar", ["**Akbar** won at Panipat in 1556.", "Mewar held out: **Maharana Pratap** fought the Mughals.",
                   "**Abul Fazl** wrote the Akbarnama.", "**Birbal** advised Akbar at court."]),
        ("Jahangir", ["**Jahangir** married **Nur Jahan** in 1611.", "**Khusrau** rebelled in 1606."])])
    stems = [plain(choice.segments) for choice in offered(text, choice_candidates)]
    assert not any("fought the Mughals" in stem for stem in stems), stems


def test_a_chain_in_symbols_beside_the_chain_in_words_is_not_a_second_mark():
    source = material(pack_yaml("Nitrogen", "Biology", [
        ("Nitrification", ["Decomposers turn proteins and **urea** into ammonium ions.",
                           "**Nitrifying bacteria** convert ammonium → **nitrites** → **nitrates**.",
                           "NH~4~^+^ → NO~2~^-^ → NO~3~^-^",
                           "The bacteria need **oxygen**, so waterlogged soil slows them."])]))
    assert not any(text.startswith("NH") for text in scheme_texts(source, 0)), scheme_texts(source, 0)


def test_a_tip_beside_a_noun_is_not_its_meaning():
    asked = translated("En ville", "French", ["la **pharmacie** – look for the green cross",
                                              "la **boulangerie** – the baker's", "la **gare** – the station",
                                              "le **marché** – the market"])
    assert not any("green cross" in item for item in asked), asked


def test_a_unit_is_not_swapped_for_a_part_of_itself():
    assert _unit_inside("g/mol", "grams") and _unit_inside("m/s", "m")
    assert not _unit_inside("J", "N") and not _unit_inside("kg", "g")


def test_a_label_swapped_where_no_title_is_printed_before_it_is_not_set_false():
    text = pack_yaml("Immunity", "Biology", [
        ("Kinds of immunity", ["**Passive immunity**: you are given ready-made antibodies; it is short-lived.",
                               "**Active immunity**: your own white blood cells make the antibodies.",
                               "**Herd immunity**: if most people are vaccinated, the pathogen cannot spread."])])
    for statement in offered(text, true_false_candidates, {True: 0, False: 50}):
        printed = plain(statement.segments)
        assert statement.true or not re.match(r"(?:Active|Herd|Passive) immunity:", printed), printed


def test_a_gas_is_told_by_its_molecules_formula():
    assert "O₂" in _telling("oxygen") and "Cl₂" in _telling("chlorine")


def test_things_known_by_their_letters_are_no_event_on_a_timeline():
    text = ("title: China\nsubject: Geography\ncards:\n"
            "  - title: Special Economic Zones (SEZs)\n    date: '1980'\n    points:\n"
            "      - The first four were **Shenzhen**, **Zhuhai**, **Shantou** and **Xiamen**.\n"
            "  - title: The Tiananmen Square protests\n    date: '1989'\n    points:\n"
            "      - Students called for **democracy**.\n")
    assert not any("SEZs" in candidate.event.text for candidate in event_candidates(material(text))), \
        [candidate.event.text for candidate in event_candidates(material(text))]


def test_a_line_that_points_to_the_places_the_line_before_named_leans_on_it():
    assert leans_on_previous("Most of the legions were stationed in these provinces, so he kept the army.")
    assert leans_on_previous("Yet he left the treasury full – about 2.7 billion sesterces.")


def test_a_verdict_with_an_event_tacked_on_is_no_timeline_event():
    text = ("title: The Famine\nsubject: History\ncards:\n"
            "  - title: The soup kitchens\n    points:\n"
            "      - The **Soup Kitchen Act** replaced the public works in **February 1847**.\n"
            "      - Cheaper and more effective than public works, but the government closed the kitchens in "
            "**September 1847**.\n"
            "      - The Quakers opened their first kitchen in **November 1846**.\n")
    events = [event.text for _, event in _point_events(material(text))]
    assert events and not any(event.startswith("Cheaper") for event in events), events


def test_a_multiplier_in_the_givens_is_the_method_given_away():
    text = pack_yaml("Percentages", "Maths", [
        ("Reverse percentages", ["A coat costs £64 in a 20% sale. Multiplier 0.8, so 64 ÷ 0.8 = **£80**"])])
    assert calculations(text) == []


def test_an_arrangement_of_electrons_is_not_asked_beside_the_ions_and_the_electron_moved():
    text = pack_yaml("Ionic bonding", "Chemistry", [
        ("Forming ions", ["Chlorine atom: **2,8,7** → gains 1 electron → Cl⁻ ion: **2,8,8**",
                          "Sodium forms the **Na⁺** ion."])])
    assert not {"2,8,7", "2,8,8"} & set(hideable(text, "Chlorine atom"))


def test_a_number_or_an_example_beside_a_dash_is_no_word_and_meaning():
    asked = translated("La salute", "Italian", ["**112** – the European emergency number",
                                                "**essere stressato/a** – esp. prima degli esami",
                                                "**la testa** – head", "**il cuore** – heart", "**la gola** – throat"])
    assert not any("112" in item or "esp." in item or "emergency" in item for item in asked), asked
    assert any("head" in item for item in asked), asked


def test_a_formula_a_property_is_said_of_gets_no_spare_in_a_word_bank():
    assert _PROPERTY_AFTER.match(" is insoluble.") and not _PROPERTY_AFTER.match(" reacts with acid to give CO₂.")


def test_a_swap_that_makes_another_line_of_the_pack_is_not_set_false():
    text = pack_yaml("Metals", "Chemistry", [
        ("Conducting", ["Metals are good **electrical conductors** because their electrons move.",
                        "Metals are good **thermal conductors** – the electrons pass energy on.",
                        "Graphite is the one **non-metal** that conducts."])])
    statements = false_statements(text)
    assert not any(statement.startswith("Metals are good electrical conductors") or
                   statement.startswith("Metals are good thermal conductors") for statement in statements), statements


def test_a_statement_naming_the_land_of_the_people_a_title_names_is_beside_it():
    assert _land_and_people("The USA replied on 5 May 1961 with Alan Shepard's flight.", "The American response")
    assert not _land_and_people("Let us look at the launch.", "The American response")


def test_one_who_was_murdered_is_not_swapped_for_one_of_the_packs_people():
    text = pack_yaml("The Space Race", "History", [
        ("1968", ["A terrible year: the murders of **Martin Luther King** and Robert Kennedy.",
                  "**Yuri Gagarin** flew first, in 1961.", "**Alan Shepard** flew next.",
                  "**John Glenn** orbited the Earth in 1962.", "**Neil Armstrong** walked on the Moon."])])
    assert not any("murders of" in statement for statement in false_statements(text))


def test_a_line_on_the_difference_between_these_leans_on_the_line_before():
    assert leans_on_previous("The difference between these forces is a resultant force upwards.")


def test_a_formula_is_not_asked_where_its_name_is_printed():
    source = material(pack_yaml("Covalent structures", "Chemistry", [
        ("Silicon dioxide (silica)", ["Formula **SiO~2~** gives the ratio, not a molecule."])]))
    assert source.gives_away(["Silicon dioxide (silica): Formula ____ gives the ratio."], ["SiO₂"])
    assert not source.gives_away(["Sand: Formula ____ gives the ratio."], ["SiO₂"])


def test_a_question_worked_over_lines_is_keyed_with_the_line_that_answers_it():
    text = pack_yaml("Haber", "Chemistry", [
        ("Worked example - reacting masses", [
            "Q: What is the maximum mass of ammonia made from **56 tonnes** of nitrogen?",
            "M~r~ of N~2~ = **28**; M~r~ of NH~3~ = **17**",
            "1 mol N~2~ → 2 mol NH~3~, so 28 t → 2 × 17 = **34 t**",
            "56 t is twice 28 t, so maximum mass = **68 tonnes** of ammonia",
            "If the plant actually made 10.2 t: percentage yield = 10.2 ÷ 68 × 100 = **15 %**"])])
    asked = calculations(text)
    assert not any("[34]" in stem or "[15]" in stem for stem in asked), asked


def test_an_improvement_to_a_method_is_no_calculation_and_a_nobel_prize_no_gap():
    text = pack_yaml("Enzymes", "Biology", [
        ("Errors", ["Sampling only every 30 s means the true time could be up to 30 s earlier → sample every "
                    "**10 s**."]),
        ("Haber", ["Haber won the **Nobel Prize** in Chemistry in **1918**."])])
    assert calculations(text) == []
    assert "Nobel Prize" not in hideable(text, "Haber won")
