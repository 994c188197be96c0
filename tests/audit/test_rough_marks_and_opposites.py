"""Round JR–JS of the unseen-pack audit: "Warm ~50 °C dilute acid" offered 40 °C and 60 °C and was turned to ~40 °C;
"… a substance heated at a steady rate" was turned to "cooled" under "Heating and cooling curves"; "Ir____ solid"
stood two lines below "Regular solid"; a short answer paid twice for "light intensity ∝ 1/d²" said in words too."""
from __future__ import annotations

from sheet_builds import material, pack_yaml
from studypack.layouts.worksheet.exercises.candidates import _choice, _true_false
from studypack.layouts.worksheet.exercises.questions import PointRef


def test_a_figure_after_a_tilde_is_rough():
    source = material(pack_yaml("Salts", "Chemistry", [
        ("Making copper sulfate", ["1. Warm ~**50 °C** dilute **sulfuric acid** in a beaker."]),
        ("Rates", ["Enzymes work best at **40 °C**.", "Reactions double in rate for each **10 °C** rise."]),
        ("Boiling", ["Water boils at **100 °C**.", "Ethanol boils at **78 °C**."])]))
    choice = _choice(source, PointRef(0, 0))
    assert choice is None or all(abs(float(option.split()[0]) - 50) >= 25 for option in choice.options[1:])
    statement = _true_false(source, PointRef(0, 0), False)
    assert statement is None or "50" in "".join(segment.text for segment in statement.segments)


def test_an_answer_printed_without_its_negating_prefix_is_given_away():
    from studypack.layouts.worksheet.exercises.material import _opposite_printed
    assert _opposite_printed("Irregular solid", "rp: measuring density: regular solid – mass on t____")
    assert not _opposite_printed("Irregular solid", "a solid of regular shape")
    assert not _opposite_printed("invertebrates", "the river bed")


def test_a_formula_the_scheme_says_in_words_too_is_one_point():
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    from studypack.layouts.labels import ENGLISH
    source = material(pack_yaml("Photosynthesis", "Biology", [
        ("The inverse square law", [
            "Light intensity is inversely proportional to the square of the distance from the lamp.",
            "light intensity ∝ 1/d²",
            "If you double the distance, the light intensity falls to a quarter.",
            "So the rate of photosynthesis falls as the lamp moves away."]),
        ("Limiting factors", ["Light, CO₂ and temperature can each limit the rate.",
                              "The slowest one sets the rate."])]))
    shorts = [candidate.build(0) for candidate in short_candidates(source, ENGLISH)]
    scheme = [source.point(ref).text for short in shorts if short and short.card == 0 for ref in short.scheme]
    assert scheme and "light intensity ∝ 1/d²" not in scheme


def test_a_calling_before_a_persons_blank_offers_no_others():
    source = material(pack_yaml("The Cold War", "History", [
        ("1946 – the split", ["Long Telegram (Feb 1946) – US diplomat **George Kennan**: the USSR only understands "
                              "force."]),
        ("Leaders", ["**Stalin** led the USSR until 1953.", "**Truman** became President in 1945.",
                     "**Imre Nagy** led Hungary in 1956.", "**Khrushchev** led the USSR after Stalin."])]))
    assert _choice(source, PointRef(0, 0)) is None


def test_round_jt_rules():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    from studypack.source.inline import parse_point
    assert worked(parse_point("Boiling point increases down the group, e.g. He **−269 °C** → Rn **−62 °C**."),
                  "Group 0 – the noble gases") is None  # (a second fact of a trend, nothing worked)
    assert leans_on_previous("Many Germans blamed the politicians who signed it – the November Criminals.")
    assert leans_on_previous("2. The swash carries sediment up the beach at that same angle.")
    assert leans_on_previous("3. The backwash drags it straight back down at 90° to the coast.")
    atoms = material(pack_yaml("Atomic structure", "Chemistry", [("Why does reactivity increase down group 1?", [
        "Going down, atoms have **more shells**, so the outer electron is further from the nucleus."])]))
    assert atoms.context(PointRef(0, 0), []) is None  # (down what, only the title says)


def test_an_example_that_spells_the_foreign_answer_offers_no_choice():
    source = material("title: Essen\nsubject: German\nlang: de\ncards:\n  - title: Getränke\n    points:\n"
                      "      - \"**der Saft** – juice (e.g. Orangensaft, Apfelsaft)\"\n"
                      "      - \"**der Tee** – tea\"\n      - \"**der Kaffee** – coffee\"\n"
                      "      - \"**das Wasser** – water\"\n      - \"**die Milch** – milk\"\n")
    choice = _choice(source, PointRef(0, 0))
    assert choice is None or choice.options[0] != "der Saft"


def test_a_fragment_naming_what_it_is_part_of_needs_its_title():
    source = material(pack_yaml("Tropical rainforests", "Geography", [("Why do rainforests matter?", [
        "Part of the **water cycle** – transpiration makes rain that falls far away."])]))
    assert source.context(PointRef(0, 0), []) is None


def test_two_figures_of_one_unit_in_a_word_box_need_a_spare_of_that_unit():
    """"advanced only about ____" and "their biggest gains, about ____" beside 6 miles and 40 miles and no other
    distance: the stems' words sort the two."""
    import random
    from studypack.layouts.worksheet.exercises.allocate import allocate
    from studypack.source import loads
    pack = loads(pack_yaml("The First World War", "History", [
        ("The Battle of the Somme", ["By November the Allies had advanced only about **6 miles**, with over 1 million "
                                     "casualties.", "The first day cost the British **57,000** casualties."]),
        ("The German Spring Offensive", ["The Germans advanced about **40 miles**, their biggest gains since 1914.",
                                         "**Ludendorff** wanted to win before the Americans arrived."]),
        ("1917", ["The Bolsheviks made peace at **Brest-Litovsk** in March 1918.",
                  "Tanks broke through at **Cambrai** in 1917."]),
        ("1915", ["Gas was first used at **Second Ypres** in April 1915.", "The landings at **Gallipoli** failed."]),
        ("1916", ["Tanks were first used at **Flers-Courcelette** in 1916.",
                  "The French held **Verdun** for ten months."])]), "ww1.yaml")
    for seed in range(8):
        bank = allocate(pack, ("gap",), None, random.Random(seed), True).bank
        assert sum("miles" in word for word in bank) != 2


def test_round_jv_rules():
    from studypack.layouts.worksheet.exercises.candidates import clause_before_dash
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    assert name_sort("Palmer Raids", "Red Scare → Palmer Raids led by Palmer", 14, 26, frozenset()) == "event"
    assert leans_on_previous("3. More air rushes in to replace it and the Coriolis effect makes the system spin.")
    usa = material(pack_yaml("USA", "History", [("Brown v Board and Little Rock", [
        "**Brown v Board of Education of Topeka**, **17 May 1954** – Supreme Court ruled segregated schools "
        "unconstitutional."])]))
    assert clause_before_dash(usa, PointRef(0, 0)) is None  # (a name and its date, no claim before the dash)
    reflexes = material(pack_yaml("The nervous system", "Biology", [("What is a reflex?", [
        "They protect the body from harm, e.g. blinking, coughing, the **knee-jerk** reflex."])]))
    assert reflexes.context(PointRef(0, 0), []) != ()  # ("They" are reflexes: the line needs its title)


def test_a_closing_note_goes_with_the_terms_inside_it():
    source = material(pack_yaml("The inter-war years", "History", [("The Treaty of Versailles – terms", [
        "Signed **28 June 1919** in the Hall of Mirrors – remember the terms as **LAMB**."])]))
    assert "".join(segment.text for segment in source.segments(PointRef(0, 0), {})) == \
        "Signed 28 June 1919 in the Hall of Mirrors"


def test_a_line_of_examples_alone_is_no_scheme_point():
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    from studypack.layouts.labels import ENGLISH
    source = material(pack_yaml("The changing economic world", "Geography", [
        ("The Demographic Transition Model", [
            "Stage 1 – **high fluctuating**: birth and death rates both high, population small and steady.",
            "Stage 2 – **early expanding**: the death rate falls quickly; the birth rate stays high.",
            "e.g. Niger, Afghanistan.",
            "Population grows fastest in stage 2, as deaths fall before births do."]),
        ("Development indicators", ["**GNI per capita** – income per person.", "**HDI** – a score from 0 to 1."])]))
    shorts = [candidate.build(0) for candidate in short_candidates(source, ENGLISH)]
    scheme = [source.point(ref).text for short in shorts if short and short.card == 0 for ref in short.scheme]
    assert scheme and "e.g. Niger, Afghanistan." not in scheme


def test_round_jw_rules():
    from studypack.layouts.worksheet.exercises.material import stem_told
    assert stem_told("Pressure only matters for g____ – more pressure → fewer molecules of gas", "gases")
    assert not stem_told("Pressure only matters for g____ – more pressure → fewer molecules", "gases")
    heating = material(pack_yaml("Rates", "Chemistry", [("Why does heating speed up a reaction?", [
        "Higher **temperature** → particles move faster.", "1. They collide **more often**.",
        "2. A bigger proportion of collisions have energy ≥ the **activation energy**."])]))
    assert heating.continues(PointRef(0, 2))  # (bigger than when, the step before said)


def test_round_jx_rules():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    from studypack.source.inline import parse_point
    bmi = worked(parse_point("e.g. mass 90 kg, height 1.80 m → 90 ÷ 1.80^2^ = 90 ÷ 3.24 = **27.8 kg/m^2^**"),
                 "Diabetes", parse_point("BMI = mass ÷ height^2^ (mass in kg, height in m)"))
    assert bmi is not None and bmi.asked == "BMI = "
    text = "Millions were sent to Gulag labour camps."
    assert name_sort("Gulag", text, 22, 27, frozenset()).startswith("thing:")
    glucose = material(pack_yaml("Hormones", "Biology", [("How is blood glucose controlled?", [
        "Too high (e.g. after a meal) → pancreas releases **insulin** → cells take up glucose."])]))
    assert glucose.context(PointRef(0, 0), []) is None


def test_round_jy_rules():
    from studypack.layouts.worksheet.exercises.events import event_candidates
    from studypack.layouts.worksheet.exercises.material import stem_told
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    from studypack.source import loads
    assert stem_told("Water i____ slightly, so there are also H⁺ and OH⁻ ions present.", "ionises")
    assert leans_on_previous("Only true up to the limit of proportionality (beyond it, no Hooke's law).")
    population = material(pack_yaml("Population", "Geography", [("Key terms", [
        "**Birth rate** – number of live births per **1,000** people per year.",
        "**Death rate** – number of deaths per 1,000 people per year in **2,500** villages.",
        "About **1,500** people moved.", "Over **4,000** people left."])]))
    choice = _choice(population, PointRef(0, 0))
    assert choice is None or choice.options[0] != "1,000"
    migration = material(pack_yaml("Migration", "Geography", [("Types of migration", [
        "Internal (within a country) vs international (between countries)"])]))
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    assert _true_false(migration, PointRef(0, 0), True) is None
    acts = loads("title: Industry\nsubject: History\ncards:\n  - title: The Factory Acts\n    date: 1833\n    points:\n"
                 "      - \"**1833 Factory Act** – no children under 9\"\n"
                 "      - \"**1847 Ten Hours Act** – women limited to 10 hours a day\"\n"
                 "  - title: The Great Reform Act\n    date: 1832\n    points:\n      - More men could vote.\n",
                 "industry.yaml")
    from studypack.layouts.worksheet.exercises.material import Material
    import random
    events = [candidate.event.text for candidate in event_candidates(Material(acts, random.Random(1)))]
    assert "The Factory Acts" not in events and "The Great Reform Act" in events


def test_a_symbol_inside_a_formula_tells_its_element():
    from studypack.layouts.worksheet.exercises.beside import symbol_beside
    from studypack.layouts.worksheet.exercises.terms import Term
    text = "Bromine – no gas to collect; an orange-brown colour round the anode (e.g. KBr(aq))"
    assert symbol_beside(text, Term("Bromine", 0, 7, "term", "term:bromine", True))


def test_an_example_in_a_list_is_not_swapped():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    source = material(pack_yaml("The League of Nations", "History", [
        ("Agencies", ["Agencies did good work, e.g. the **International Labour Organisation**, the **Health Committee** "
                      "and the **Slavery Commission**."]),
        ("Bodies", ["The **Council** met several times a year.", "The **Assembly** met once a year."])]))
    statement = _true_false(source, PointRef(0, 0), False)
    assert statement is None or not any(segment.role == "swap" for segment in statement.segments)


def test_round_jz_rules():
    from studypack.layouts.worksheet.exercises.beside import symbol_beside
    from studypack.layouts.worksheet.exercises.calculations import _examples
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.terms import Term
    from studypack.source import loads
    text = "Causes – magnesium ion deficiency (Mg is needed to make chlorophyll)"
    assert symbol_beside(text, Term("magnesium ion", 9, 22, "term", "term:magnesium ion", True))
    median = loads(pack_yaml("Averages", "Maths", [("The median", [
        "2. Find the position of the middle value: the (n+1)/2th value, where n is how many values there are.",
        "e.g. 15, 3, 10, 8, 12, 5 → 3, 5, 8, 10, 12, 15 → (8 + 10) ÷ 2 = **9**"])]), "median.yaml")
    assert not [found for _, found in _examples(median, 0) if found.number == "9"]
    drake = material(pack_yaml("Elizabethan England", "History", [
        ("Drake's circumnavigation", ["Executed **Thomas Doughty** for mutiny (1578)."]),
        ("The Roanoke colony", ["**John White** led the settlers.", "**Francis Drake** brought some home."])]))
    statement = _true_false(drake, PointRef(0, 0), False)
    assert statement is None or "Drake for" not in "".join(segment.text for segment in statement.segments)


def test_words_spaced_apart_still_hold_a_phrase():
    from studypack.layouts.worksheet.exercises.material import holds
    assert holds("is shifted towards the  red  end of the spectrum", "towards the red end")


def test_final_read_rules():
    from studypack.layouts.worksheet.exercises.candidates import _INSTRUCTION, _true_false
    assert _INSTRUCTION.match("Push a measured volume of air back and forth between two gas syringes over heated "
                              "copper.")
    storms = material(pack_yaml("Weather hazards", "Geography", [
        ("Cyclones", ["Cyclone deaths in Bangladesh were far higher in **1970** than they are today."]),
        ("Haiyan", ["Typhoon Haiyan struck the Philippines in **2013**."])]))
    statement = _true_false(storms, PointRef(0, 0), False)
    assert statement is None or "1970" in "".join(segment.text for segment in statement.segments)
    railway = material(pack_yaml("Industry", "History", [
        ("Railways", ["Opening day – the MP **William Huskisson** was hit by Rocket and died."]),
        ("Inventors", ["**James Watt** improved the steam engine.", "**Abraham Darby** smelted iron with coke.",
                       "**Edmund Cartwright** built a power loom."])]))
    choice = _choice(railway, PointRef(0, 0))
    assert choice is None or choice.options[0] != "William Huskisson"
