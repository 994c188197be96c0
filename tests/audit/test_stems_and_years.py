"""Stems and years a teacher would not ask about as they stand: one after "by" or "since" (another year is as true), a year mistaken for an
amount (then doubled to 3926), and a year that opens a clause after a semicolon."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises.distractors import scaled
from studypack.layouts.worksheet.exercises.material import Material
from studypack.layouts.worksheet.exercises.terms import Term, is_date_context
from studypack.source import loads

PACK = """\
title: Cars
cards:
  - title: Living standards
    points: ["By 1964 only 5 in 1,000 citizens owned a car.", "Housing was short until 1970 in most cities.",
             "In 1963 grain was imported from the West."]
"""


def test_a_year_after_by_until_or_since_is_never_hidden_but_one_after_in_is():
    material = Material(loads(PACK), random.Random(1))
    hidden = {term.text for ref in material.refs for term in material.hideable(ref) if term.kind == "year"}
    assert hidden == {"1963"}


def test_a_year_that_opens_a_clause_is_a_date_whatever_stands_before_the_clause():
    text = "The ministries were divided up; in 1963 some were merged."
    at = text.index("1963")
    assert is_date_context(text, at, at + 4)
    text = "Divide the mass by 1000; then round it."
    at = text.index("1000")
    assert not is_date_context(text, at, at + 4)  # an amount, clause or not


def test_a_bare_four_figure_number_is_never_doubled_into_a_wrong_answer():
    term = Term("1963", 0, 4, "number", "number:1963", False, value=1963.0)
    assert scaled(term) == []
    assert scaled(Term("1538 °C", 0, 7, "number", "number:1538 °C", False, value=1538.0))  # with a unit it may be


STEMS = """\
title: Tudors
cards:
  - title: Edward VI
    points: ["The **Book of Common Prayer** was written in English.", "His government made the Church more **Protestant**."]
  - title: Concentration
    points: ["A higher **concentration** puts more particles in the same volume.",
             "For gases, a higher **pressure** has the same effect."]
"""


def test_a_stem_that_says_little_once_blanked_carries_its_cards_title():
    material = Material(loads(STEMS), random.Random(1))
    ref = next(ref for ref in material.refs if "Prayer" in material.point(ref).text)
    term = material.terms[ref][0]
    assert [segment.text for segment in material.context(ref, [term])] == ["Edward VI: "]


def test_a_sentence_that_compares_with_the_one_before_is_never_asked():
    material = Material(loads(STEMS), random.Random(1))
    ref = next(ref for ref in material.refs if "same effect" in material.point(ref).text)
    assert material.context(ref, list(material.terms[ref])) is None


def test_an_acronym_is_never_asked_beside_the_words_it_stands_for():
    from studypack.layouts.worksheet.exercises.words import spelled_out
    assert spelled_out("OIL RIG", ": Oxidation Is Loss, Reduction Is Gain (of electrons).")
    assert spelled_out("NATO", "the North Atlantic Treaty Organisation was formed")
    assert not spelled_out("NATO", "The alliance was formed in 1949 by twelve states.")
    assert not spelled_out("Oil", "Oxidation is loss")  # not an acronym


def test_a_time_of_day_is_never_scaled_into_a_wrong_answer():
    assert scaled(Term("8.30", 0, 4, "number", "number:8.30", False, value=8.3)) == []
    assert scaled(Term("14:45", 0, 5, "number", "number:14:45", False, value=14.45)) == []
    assert scaled(Term("2.5 m", 0, 5, "number", "number:2.5 m", False, value=2.5))  # an amount may be


def test_an_amounts_wrong_values_put_it_anywhere_among_the_options_not_always_second():
    term = Term("315 mm", 0, 6, "number", "number:315 mm", False, value=315.0)
    for position in range(4):  # always second, among its half, double and triple, it was what a test-wise student picks
        values = sorted([315.0] + [float(text.split()[0]) for text in scaled(term, position=position)[:3]])
        assert values.index(315.0) == position
    assert scaled(Term("28 years", 0, 8, "number", "number:28 years", False, value=28.0), position=1)[0] == "17 years"
    for position in (1, 2):  # second or third, it is no base the others are its half, double or triple of
        others = [float(text.split()[0]) for text in scaled(term, position=position)[:3]]
        assert not {157.5, 158.0, 630.0, 945.0, 78.75, 79.0} & set(others), others


def test_a_day_of_the_month_is_never_scaled():
    assert scaled(Term("28", 0, 2, "number", "number:28", False, value=28.0), "Khrushchev agreed on ", " October to") == []


def test_an_acronym_is_spelled_out_by_its_key_words_too():
    from studypack.layouts.worksheet.exercises.words import spelled_out
    assert spelled_out("PED", "Price elasticity of demand: = % change in quantity demanded")


def test_a_year_the_sentence_reckons_from_another_is_never_hidden():
    material = Material(loads("""title: Genes
cards:
  - title: Mendel
    points: ["His work was ignored until 1900, 16 years after his death in 1884.", "He published in 1866 in Brno."]
"""), random.Random(1))
    hidden = {term.text for ref in material.refs for term in material.hideable(ref) if term.kind == "year"}
    assert "1884" not in hidden and "1866" in hidden


LISTS = """\
title: Lab
cards:
  - title: Titration
    points: ["Equipment: **burette**, pipette, conical flask and an indicator.",
             "Step **3**: add the acid drop by drop.", "88 g of CO₂ is **2 mol** because 88 ÷ 44 = 2.",
             "Mary's death gave **Philip II** of Spain a reason to invade.", "The **burette** is read at eye level."]
"""


def test_a_list_item_a_label_a_figure_printed_beside_it_and_a_narrowed_name_are_never_hidden():
    material = Material(loads(LISTS), random.Random(1))
    hidden = {term.text for ref in material.refs for term in material.hideable(ref)}
    assert not hidden & {"3", "2 mol", "Philip II"}
    first = material.refs[0]
    assert not [term for term in material.hideable(first) if term.text == "burette"]  # one of a list of four


def test_a_sum_done_beside_its_blank_a_contrast_a_type_label_and_a_meaning_are_never_hidden():
    material = Material(loads("""title: Bonds and reactions
cards:
  - title: Bond energies
    points: ["Bonds made = 2 × 431 = **862 kJ/mol**.", "Type **1** diabetes usually starts in childhood.",
             "In an exothermic reaction the products have **less** energy; in an endothermic one they have more.",
             "Breaking bonds takes in **energy**."]
"""), random.Random(1))
    hidden = {term.text for ref in material.refs for term in material.hideable(ref)}
    assert not hidden & {"862 kJ/mol", "1", "less"}  # (a meaning's English: in the word-list test of
    # test_steps_surnames_and_notes.py, as a subject pack's side after a dash is content)
    assert "energy" in hidden


def test_a_bare_number_is_offered_only_beside_its_own_halves_and_doubles():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    material = Material(loads("""title: Titration
cards:
  - title: Titration
    points: ["Multiply a fraction by **100** to give a percentage.", "Pure water has a pH of **7**.",
             "A strong acid has a pH of **0** to **2**.", "Indicators change colour at about pH **14**."]
"""), random.Random(1))
    ref = material.refs[0]
    term = next(term for term in material.terms[ref] if term.text == "100")
    wrong = distractors(term, material.pool, random.Random(1), 3, "Multiply a fraction by  to give a percentage.")
    assert wrong and not set(wrong) & {"7", "0", "2", "14"}


def test_a_place_on_a_scale_is_never_scaled():
    term = Term("7.8", 0, 3, "number", "number:7.8", False, value=7.8)
    assert scaled(term, "A magnitude ") == [] and scaled(term, "It has a pH of ") == []
    assert scaled(term, "The rod is ")  # an amount may be


def test_no_true_or_false_from_a_word_with_its_meaning_or_a_name_with_what_it_was():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    material = Material(loads("""title: Crusades
cards:
  - title: Leaders
    points: ["Bohemond of Taranto, a Norman from southern **Italy**", "**Cellulose** – a polymer of glucose in cell walls",
             "**Richard I** led the Third Crusade from 1189."]
"""), random.Random(1))
    made = [_true_false(material, ref, True) for ref in material.refs]
    assert made[0] is None and made[1] is None and made[2] is not None


def test_no_share_is_scaled_past_the_whole_and_a_title_naming_part_of_a_name_is_not_printed_beside_it():
    assert "120%" not in scaled(Term("40%", 0, 3, "number", "number:40%", False, value=40.0))
    material = Material(loads("""title: Evolution
cards:
  - title: Lamarck vs Darwin
    points: ["**Jean-Baptiste Lamarck** suggested that changes acquired in a lifetime could be passed on."]
"""), random.Random(1))
    ref = material.refs[0]
    assert material.context(ref, list(material.terms[ref][:1])) in (None, ())


def test_a_placeholder_is_no_list_and_no_year_is_swapped_under_a_title_with_a_year():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    material = Material(loads("""title: War
cards:
  - title: 1917 – a turning point
    points: ["[DIAGRAM: table of fronts, armies, losses]", "The USA declared war on Germany in **April 1917**."]
  - title: Entry
    points: ["Italy joined the war in **May 1915**.", "Bulgaria joined in **October 1915**."]
"""), random.Random(1))
    assert not material.lists
    statement = _true_false(material, material.refs[0], False)
    assert statement is None or statement.correction != "First World War"  # (turning "larger" is fair)


def test_one_of_two_examples_is_never_hidden():
    material = Material(loads("""title: Speech
cards:
  - title: Reactions
    points: ["Some saw it as an attack on his inner circle, such as **Malenkov** and **Molotov**.",
             "**Malenkov** lost his post in 1955."]
"""), random.Random(1))
    first = {term.text for term in material.hideable(material.refs[0])}
    assert not first & {"Malenkov", "Molotov"}


def test_hours_in_a_day_are_never_scaled_past_a_day():
    shifts = scaled(Term("13-hour shifts", 0, 14, "number", "number:13-hour shifts", False, value=13.0))
    assert shifts and all(int(text.split("-")[0]) <= 24 for text in shifts)
    assert "60 hours" in scaled(Term("30 hours", 0, 8, "number", "number:30 hours", False, value=30.0))


def test_a_wrong_year_keeps_its_order_with_the_sentences_other_years():
    from studypack.layouts.worksheet.exercises.candidates import year_range
    text = "He was knighted in 1786 and died a very rich man in 1792."
    knighted = Term("1786", text.index("1786"), text.index("1786") + 4, "year", "year:1786", True, year=1786)
    assert year_range(text, knighted) == (None, 1792)  # a knighthood after his death gives the answer away
    text = "Born in 1850, she died in 1920 after the war of 1914."
    died = Term("1920", text.index("1920"), text.index("1920") + 4, "year", "year:1920", True, year=1920)
    assert year_range(text, died) == (1914, None)


def test_a_pointer_to_a_textbook_and_a_count_of_what_came_before_are_never_asked():
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
    assert is_scaffolding("See textbook p.74 for the source on the opening day.")
    assert is_scaffolding("Use the graph on p. 12 to check.")
    assert not is_scaffolding("See how the rate changes as the temperature rises.")
    assert leans_on_previous("Crompton's spinning mule combined the two and made fine thread.")
    assert not leans_on_previous("The two sides met at Yalta in 1945.")


def test_a_number_said_again_in_another_form_is_never_hidden_nor_changed():
    material = Material(loads("""title: Energy
cards:
  - title: Efficiency
    points: ["A motor has an efficiency of 0.25, or **25%**.", "A kettle uses **2 kW** (2000 W).",
             "A lamp uses **40 J** of energy."]
"""), random.Random(1))
    assert [[term.text for term in material.hideable(ref)] for ref in material.refs] == [[], [], ["40 J"]]


def test_a_term_and_its_meaning_carry_their_title_except_in_a_language_pack():
    energy = Material(loads("""title: Energy
cards:
  - title: Ways energy is transferred
    points: ["**Electrically** – a current flowing in a circuit.", "**By radiation** – light or sound waves."]
"""), random.Random(1))
    ref = energy.refs[0]
    assert [segment.text for segment in energy.context(ref, list(energy.hideable(ref)))] == ["Ways energy is transferred: "]
    french = Material(loads("""title: Transport
subject: French
cards:
  - title: At the station
    points: ["**la gare** – the station", "**le quai** – the platform"]
"""), random.Random(1))
    ref = french.refs[0]
    assert french.context(ref, list(french.hideable(ref))) == ()


def test_a_worked_example_card_gives_no_question():
    material = Material(loads("""title: Rates
cards:
  - title: Worked example – mean rate
    points: ["Magnesium added to acid gave **48 cm³** of hydrogen in **30 s**.", "Mean rate = 48 ÷ 30 = **1.6 cm³/s**."]
  - title: Catalysts
    points: ["A **catalyst** speeds up a reaction without being used up."]
"""), random.Random(1))
    assert material.cards == (1,)


def test_a_temperature_below_boiling_is_never_scaled_past_it():
    scaled_values = scaled(Term("35 °C", 0, 5, "number", "number:35 °C", False, value=35.0))
    assert scaled_values and all(float(value.split()[0]) < 100 for value in scaled_values)
    assert "1001 °C" in scaled(Term("801 °C", 0, 6, "number", "number:801 °C", False, value=801.0))  # a step, not
    # a double: a temperature's half or double means nothing


def test_a_symbol_in_a_run_of_its_shape_and_a_comparison_with_no_measure_are_never_asked():
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    material = Material(loads("""title: States
cards:
  - title: State symbols
    points: ["**(s)** solid, (l) liquid, (g) gas, (aq) aqueous", "A **catalyst** is not used up."]
"""), random.Random(1))
    assert [term.text for ref in material.refs for term in material.hideable(ref)] == ["catalyst"]
    assert leans_on_previous("MgO is higher than NaCl because its ions have bigger charges.")
    assert not leans_on_previous("Diamond is harder than graphite.")


def test_a_figure_printed_again_beside_its_blank_is_never_hidden_but_a_label_is():
    material = Material(loads("""title: Acids
cards:
  - title: The pH scale
    points: ["**pH 7** is neutral; below 7 is acidic.", "Organelle 1 makes **protein 1** in the cell.",
             "A lamp uses **40 J** of energy."]
"""), random.Random(1))
    assert [[term.text for term in material.hideable(ref)] for ref in material.refs] == [[], ["protein 1"], ["40 J"]]


def test_a_kinship_word_before_the_blank_is_offered_only_people_of_its_sex():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    material = Material(loads("""title: Tudors
cards:
  - title: Family
    points: ["Elizabeth's mother **Anne Boleyn** was executed in 1536.", "**Thomas Cromwell** broke with Rome.",
             "**Catherine Parr** outlived Henry.", "**Thomas More** refused the oath.", "**Jane Grey** reigned for nine
             days.", "**Catherine of Aragon** was sent away.", "**Robert Aske** led the rebels."]
"""), random.Random(1))
    ref = material.refs[0]
    text = material.point(ref).text
    (term,) = [term for term in material.terms[ref] if term.text == "Anne Boleyn"]
    shown = text[:term.start] + text[term.end:]
    for seed in range(6):
        wrong = distractors(term, material.pool, random.Random(seed), 2, shown, near=0, only_near=False)
        assert wrong and set(wrong) <= {"Catherine of Aragon", "Catherine Parr", "Jane Grey"}, wrong


def test_no_figure_of_a_worked_sum_a_ratio_its_share_gives_a_formula_named_again_or_half_a_symbol_is_hidden():
    material = Material(loads("""title: Electrolysis
cards:
  - title: Charge
    points: ["A current of **2.0 A** for **10 minutes** passes 2.0 × 600 = **1200 C**.",
             "A cross of Bb × bb gives a **1 : 1** ratio – 50% of each.",
             "**Brine** is concentrated **sodium chloride solution**, NaCl(aq).", "Water holds H⁺ and **OH**⁻ ions.",
             "A **catalyst** works for **2 hours**."]
"""), random.Random(1))
    assert [[term.text for term in material.hideable(ref)] for ref in material.refs] == [
        [], [], ["Brine"], [], ["catalyst", "2 hours"]]


def test_a_year_or_a_time_of_day_in_any_language_is_never_scaled():
    assert scaled(Term("2012 Olympic Park", 0, 17, "number", "number:2012", False, value=2012.0)) == []
    assert scaled(Term("7.45 Uhr", 0, 8, "number", "number:7.45 Uhr", False, value=7.45)) == []


def test_a_title_holding_the_answer_in_another_form_is_never_printed_beside_its_blank():
    material = Material(loads("""title: Nerves
subject: Biology
cards:
  - title: Reflex actions
    points: ["**Reflexes** are automatic and rapid.", "The **relay neurone** links them."]
"""), random.Random(1))
    first, second = material.refs
    assert material.context(first, material.hideable(first)) is None  # "Reflex actions: ____ are automatic"
    assert material.context(second, material.hideable(second))


def test_an_acronym_spelled_out_in_another_language_and_a_dont_translate_tip_are_never_asked():
    from studypack.layouts.worksheet.exercises.words import spelled_out
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    assert spelled_out("EPS", "l'EPS – PE (éducation physique et sportive)")
    assert is_scaffolding("English uses 'have been …ing' – don't translate it word for word!")


def test_a_direction_its_figures_show_is_never_hidden_and_no_amount_is_changed_beside_another_of_its_unit():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    material = Material(loads("""title: Trends
subject: Geography
cards:
  - title: Growth
    points: ["World population reached **1 billion** around 1800 and **2 billion** by 1927.",
             "Boiling points **increase** down the group – helium −269 °C, radon −62 °C."]
"""), random.Random(1))
    growth, boiling = material.refs
    assert "increase" not in [term.text for term in material.hideable(boiling)]
    assert _true_false(material, growth, False) is None


def test_no_word_is_turned_after_a_list_and_no_event_is_cut_from_a_second_sentence():
    from studypack.layouts.worksheet.exercises.events import _without_date
    text = "UK energy has changed a lot. In 1990 coal produced about two-thirds of electricity."
    at = text.index("1990")
    assert _without_date(text, Term("1990", at, at + 4, "year", "year:1990", False, year=1990)) is None


def test_what_a_sentence_compares_with_is_never_swapped():
    from studypack.layouts.worksheet.exercises.candidates import _COMPARED_WITH
    text = "A larger share of the population died in the wars than in the First World War."
    assert _COMPARED_WITH.search(text[:text.index("First")])  # swapped: "than in the Second Civil War" is absurd
    assert not _COMPARED_WITH.search(text[:text.index("population")])


def test_the_right_year_stands_anywhere_among_the_options_over_a_sheet():
    from studypack.layouts import worksheet
    from studypack.layouts.options import WorksheetOptions
    from studypack.layouts.worksheet.exercises import Choice
    text = """title: Bridges
subject: History
cards:
""" + "".join(f"""  - title: Bridge {index}
    points:
      - The bridge at site {index} was opened in **{year}**.
""" for index, year in enumerate((1801, 1809, 1817, 1826, 1834, 1843, 1851, 1860)))
    ranks = set()
    for seed in ("1", "2", "3", "4", "5"):
        plan = worksheet.plan(loads(text), WorksheetOptions(seed=seed, exercises=("mcq",)))
        for section in plan.exercises.sections:
            for choice in section.questions:
                if isinstance(choice, Choice):
                    values = sorted(int(option) for option in choice.options)
                    ranks.add(values.index(int(choice.options[choice.answer])))
    assert len(ranks) >= 3  # not always the earliest, nor always the latest
