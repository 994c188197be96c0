"""Round KW of the unseen-pack audit: "…strong motivation; 2) aid from Ho Chi Minh City" kept a list's number and
swapped two countries for a city; "p____ – … POWs did not want to go home" printed the answer's initials; "only about
____ of rain (600 / 2400 / 1500 / 900 mm)" left the answer the smallest; "Core left behind = very dense n____" lost
the star it is left by; "For stars much smaller than the Sun" and "elements lighter than hydrogen up to iron" were
set as statements. Round KX: "tissue culture" stood spare beside "Cloning"; "James" was offered among surnames; "women
… as ac____" spelled actresses; "→ see incomplete combustion" was asked; "≈ ____ kcal (women) / 2,500 kcal (men)"
offered one figure under the men's. Round KY: "Bloody Code" was offered among people; "on the A14/M11 → London
approx 1 hr" was set as a calculation."""
from __future__ import annotations

from random import Random

from sheet_builds import material, pack_yaml, scheme_texts, translated
from studypack.layouts.worksheet.exercises.material import Material
from studypack.source import loads
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.questions import plain
from studypack.source.inline import parse_point


def test_a_lists_later_numbers_go_with_its_first():
    from studypack.layouts.worksheet.exercises.roles import unnumbered
    point = unnumbered(parse_point("1) VC **guerrilla tactics**; 2) aid from **USSR + China**"))
    assert point.text == "VC guerrilla tactics; aid from USSR + China"
    assert [point.text[span.start:span.end] for span in point.terms] == ["guerrilla tactics", "USSR + China"]
    assert unnumbered(parse_point("Rates rose; 2) was not a list")).text == "Rates rose; 2) was not a list"


def test_countries_listed_together_are_countries_never_swapped_for_a_city():
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    text = "aid from USSR + China"
    assert name_sort("USSR + China", text, 9, len(text), frozenset()) == "country"
    text = "renamed Ho Chi Minh City"
    assert name_sort("Ho Chi Minh City", text, 8, len(text), frozenset()) != "country"


def test_a_plural_acronym_beside_the_blank_gives_the_answer_away():
    source = material(pack_yaml("Korea", "History", [("Armistice", [
        "Main sticking point: **prisoners of war** – many POWs did not want to go home"])]))
    term = source.key_terms(PointRef(0, 0))[0]
    assert term.text == "prisoners of war" and term not in source.hideable(PointRef(0, 0))


def test_only_before_an_amount_never_leaves_the_answer_the_smallest_option():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    source = material(pack_yaml("Water", "Geography", [("Supply and demand", [
        "London gets only about **600 mm** of rain a year – less than Rome!"])]))
    term = source.key_terms(PointRef(0, 0))[0]
    shown = source.point(PointRef(0, 0)).text
    for seed in range(12):
        options = distractors(term, source.pool, Random(seed), 3, shown)
        assert options is None or any(float(option.split()[0]) < 600 for option in options), options
    assert any(distractors(term, source.pool, Random(seed), 3, shown) for seed in range(12))


def test_what_a_process_leaves_keeps_its_title_or_is_not_asked():
    from studypack.layouts.worksheet.exercises.material import _OUTCOME_OF_UNSAID
    assert _OUTCOME_OF_UNSAID.match("Core left behind = very dense **neutron star**.")
    assert _OUTCOME_OF_UNSAID.match("Gas given off → oxygen")
    assert not _OUTCOME_OF_UNSAID.match("The core collapses = supernova")
    source = material(pack_yaml("Space", "Physics", [("Life cycle of a massive star", [
        "Swells into a **red supergiant**, then explodes.", "Core left behind = very dense **neutron star**."])]))
    term = source.key_terms(PointRef(0, 1))[0]
    assert source.context(PointRef(0, 1), [term]) is None


def test_a_scope_and_a_range_from_its_lowest_are_no_statements():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    source = material(pack_yaml("Space", "Physics", [("Life cycle of a massive star", [
        "For stars much **bigger** than the Sun.", "Massive stars swell into **red supergiants**."])]))
    assert _true_false(source, PointRef(0, 0), False) is None


_CLONING = pack_yaml("Genetic technology", "Biology", [
    ("Selective breeding – what it is", [
        "**Selective breeding** (= **artificial selection**) – humans choose parents with the characteristics they "
        "want and breed them together.",
        "Been done for thousands of yrs → since people first farmed crops & kept animals.",
        "Offspring showing the wanted trait are bred again → repeated over **many generations**.",
        "Eventually all offspring show the trait.",
        "Much slower than genetic engineering – can only use variation that's already in the population."]),
    ("Uses of genetic engineering", [
        "**Insulin** from GM bacteria – since the 1980s, cheaper and more reliable than from pigs/cows",
        "**Golden Rice** – GM rice with genes to make **beta-carotene** → helps prevent vitamin A deficiency",
        "**Bt crops** – make a toxin that kills insect pests → less pesticide sprayed",
        "GM sheep/goats – can be engineered to produce useful **proteins** (e.g. medicines) in their milk",
        "**Gene therapy** – research into replacing faulty genes to treat **inherited disorders** like cystic "
        "fibrosis"]),
    ("Cloning plants", [
        "**Clone** – a genetically identical copy of an organism",
        "**Cuttings** – older, simple method used by gardeners. Cut a piece of stem, plant it → new plant identical to "
        "the parent.",
        "**Tissue culture** – small groups of cells from the parent are grown on a **growth medium** with nutrients & "
        "**hormones** in sterile conditions.",
        "Tissue culture → lots of identical plants quickly; used for rare/endangered species & by commercial "
        "nurseries.",
        "Good for keeping a plant with exactly the features you want (e.g. flower colour)."]),
    ("Comparing the three techniques", [
        "**Selective breeding** – uses natural reproduction; slow; only works within one species",
        "**Genetic engineering** – gene moved directly; quick; can cross **species barriers**",
        "**Cloning** – **asexual reproduction** → identical copies, no new variation",
        "All three reduce **variation** in some way if overused."])])


def test_a_spare_filed_under_a_matched_term_is_not_offered():
    from sheet_builds import of_kind, planned
    from studypack.layouts.worksheet.exercises.matching import title_words
    from studypack.layouts.worksheet.exercises.questions import Match
    for seed in range(1, 9):  # (no term is the one of its card on the sheet either: "Clone", the one from "Cloning
        # plants", beside "Cloning" and "Selective breeding", would pair by its kind; so this pack may have no matching)
        for block in of_kind(planned(_CLONING, str(seed)), Match):
            titles = {pair.title: pair.card for pair in block.pairs}
            cards = [pair.card for pair in block.pairs] + [spare.card for spare in block.spares]
            assert all(cards.count(pair.card) >= 2 for pair in block.pairs if pair.defines), (seed, titles)
            for spare in block.spares:
                spare_title = ["Selective breeding – what it is", "Uses of genetic engineering", "Cloning plants",
                               "Comparing the three techniques"][spare.card]
                assert not any(card != spare.card and title_words(title) <= title_words(spare_title)
                               for title, card in titles.items()), (seed, titles, spare.point)


def test_a_prince_by_his_given_name_is_not_offered_among_surnames():
    from studypack.layouts.worksheet.exercises.distractors import _forename
    assert _forename("James") and not _forename("Coleman") and not _forename("Titus Oates")


def test_a_womans_word_beside_women_is_given_away():
    source = material(pack_yaml("Restoration", "History", [("Theatre", [
        "Women allowed on stage as **actresses** for the first time.", "Theatres reopened and staged **comedies**."])]))
    assert not source.hideable(PointRef(0, 0)) and source.hideable(PointRef(0, 1))


def test_a_pointer_to_another_card_is_not_content():
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    assert is_scaffolding("Carbon monoxide + **particulates** → see incomplete combustion.")
    assert not is_scaffolding("Rivers → see how they erode") and not is_scaffolding("We see the Sun as yellow.")
    assert not is_scaffolding("**A più tardi** – see you later") and not is_scaffolding("Dann → see you then")


def test_a_roads_number_is_no_given_and_a_code_is_no_person():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    assert worked(parse_point("Access – on the A14/M11 → London approx 1 hr by rail"), "Cambridge Science Park") is None
    assert worked(parse_point("e.g. 30 km in 2 h → speed = **15 km/h**"), "Speed") is not None
    text = "Bloody Code dismantled from the 1820s"
    assert name_sort("Bloody Code", text, 0, 11, frozenset({"Bloody Code"})) == "document"


def test_a_category_after_the_titles_dash_leaves_out_what_its_subject_is_and_where():
    source = material(pack_yaml("Deserts", "Geography", [
        ("Desertification – causes", [
            "**Desertification** – land on desert edges becoming drier and turning into desert",
            "Common on desert fringes, e.g. the **Sahel**.",
            "Climate change → less rainfall, more **droughts**.",
            "**Overgrazing** → bare soil → erosion by wind and rain.",
            "**Over-cultivation** – soil farmed too often loses nutrients.",
            "Removal of **fuel wood** → roots no longer hold the soil."]),
        ("Hot deserts", ["Under **250 mm** of rain a year.", "Days over **45 °C**, nights below freezing."])]))
    schemes = scheme_texts(source, 0)
    assert schemes and not any(text.startswith(("Desertification", "Common on")) for text in schemes)


def test_amounts_brought_in_after_the_first_arrow_are_not_left_off_the_stem():
    from studypack.layouts.worksheet.exercises.calculations import worked
    assert worked(parse_point("Gases at same T & P: 1 vol N~2~ : 3 vol H~2~ : 2 vol NH~3~ → 10 dm^3^ N~2~ + "
                              "30 dm^3^ H~2~ → **20 dm^3^ NH~3~**"), "Haber process calculations") is None


def test_a_name_said_family_first_is_never_cut_to_its_given_name():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    source = material(pack_yaml("Mao's China", "History", [
        ("Split", ["Mao angered by **Khrushchev**'s Secret Speech (1956).", "**Nixon** visited China in 1972."]),
        ("Leaders", ["**Lin Biao** named Mao's successor in 1969.", "**Zhou Enlai** died in January 1976.",
                     "**Liu Shaoqi** became Head of State."])]))
    term = source.key_terms(PointRef(0, 0))[0]
    shown = source.point(PointRef(0, 0)).text
    offered = {option for seed in range(8) for option in distractors(
        term, source.pool, Random(seed), 3, shown[:term.start] + shown[term.end:]) or ()}
    assert offered and not offered & {"Biao", "Enlai", "Shaoqi"}


def test_a_share_in_words_another_word_for_the_answer_and_exam_advice_give_nothing_to_ask():
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    source = material(pack_yaml("Atmosphere and rainforests", "Geography", [("Air and forest", [
        "**Nitrogen** (N~2~) ≈ **78%** – roughly four-fifths of the air",
        "Source of **medicines** – about a quarter of modern drugs come from rainforest plants",
        "Source of **timber** – hardwoods such as mahogany are logged"])]))
    assert "78%" not in [term.text for term in source.hideable(PointRef(0, 0))]
    assert source.hideable(PointRef(0, 1)) == [] and source.hideable(PointRef(0, 2))
    assert is_scaffolding("Key point for the exam → always back up your answer with **named places & figures**.")


def test_a_stages_number_is_no_given_and_units_to_work_in_are_no_statement():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    assert worked(parse_point("Stage 1 (interphase): cell grows, **DNA replicates** → each chromosome now 2 copies"),
                  "Mitosis") is None
    source = material(pack_yaml("Pressure", "Physics", [("Pressure in liquids", [
        "**p = hρg**", "h in m, ρ in kg/m^3^, g = **9.8 N/kg** on Earth, p in Pa",
        "Pressure **increases** with depth."])]))
    assert _true_false(source, PointRef(0, 1), True) is None and _true_false(source, PointRef(0, 1), False) is None


def test_circa_is_no_list_letter():
    from studypack.layouts.worksheet.exercises.roles import unnumbered
    assert unnumbered(parse_point("c. **200** executed; Aske hanged in chains")).text.startswith("c. 200")
    assert unnumbered(parse_point("c. the mantle")).text == "the mantle"


def test_round_lb_steps_tips_counts_titles_and_figures_shown_elsewhere():
    """Round LB: "Monomer → swap C=C for C–C, put it in brackets" and an exam tip were set as statements; "eight
    different bases → A, T, C, G" and "three functional groups (one at each end)" were counted off their own lines;
    "Cycling City" and "SW England" were offered where waste is burned; "free fall … 9.8 m/s²" was set true beside a
    calculation printing "g = 9.8 m/s²"."""
    from studypack.layouts.worksheet.exercises.beside import counted_out
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    source = material(pack_yaml("Polymers", "Chemistry", [
        ("Addition polymers", ["Monomer → swap C=C for **C–C**, put it in **brackets**, add bonds, write **n**",
                               "Poly(ethene) is made from **ethene** monomers."]),
        ("Exam tips – organic chemistry", [
            "Acid + carbonate gives **carbon dioxide**, which turns limewater cloudy."])]))
    assert _true_false(source, PointRef(0, 0), True) is None and _true_false(source, PointRef(1, 0), True) is None
    assert _true_false(source, PointRef(0, 1), True) is not None
    bases = material(pack_yaml("DNA", "Chemistry", [("DNA", [
        "Contains **four** different bases → A, T, C, G",
        "Monomers with **two** functional groups each (one at each end)",
        "Made of **two** strands."])]))
    assert [counted_out(bases.point(PointRef(0, index)).text, bases.key_terms(PointRef(0, index))[0])
            for index in range(3)] == [True, True, False]
    text = "Bristol = England's first Cycling City (2008)"
    assert name_sort("Cycling City", text, 26, 38, frozenset()) == "other"
    text = "Largest city in SW England"
    assert name_sort("SW England", text, 16, 26, frozenset()) == "region"
    motion = material(pack_yaml("Motion", "Physics", [("Free fall", [
        "Objects in **free fall** accelerate at about **9.8 m/s^2^**.", "**Air resistance** slows a falling leaf."])]))
    motion.record(["Free fall: dropped from rest, falls 5 m, g = 9.8 m/s² →"], [])
    assert _true_false(motion, PointRef(0, 0), True) is None


def test_round_lc_a_method_a_question_a_note_on_when_and_a_tip_on_wording():
    """Round LC: "Method: heat to evaporate … → filter & dry" was set as a statement; "Given the d____? Halve it
    first!" blanked a question's word; "the market (often on Saturday morning)" was asked whole; "Reason to write:
    'alternate angles are equal' – NOT 'Z angles'" earned a mark."""
    from studypack.layouts.worksheet.exercises.candidates import _gap, _true_false
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    from studypack.layouts.worksheet.exercises.translate import _GRAMMAR_NOTE
    source = material(pack_yaml("Separating", "Chemistry", [("Crystallisation", [
        "Method: heat to evaporate some water → leave to cool → **crystals** form → filter & dry",
        "Crystallisation separates a **soluble solid** from its solution."])]))
    assert _true_false(source, PointRef(0, 0), True) is None and _true_false(source, PointRef(0, 1), True) is not None
    circles = material(pack_yaml("Circles", "Maths", [("Area of a circle", [
        "Given the **diameter**? Halve it first!", "**Area = πr^2^**, where r is the **radius**."])]))
    assert _gap(circles, PointRef(0, 0)) is None
    assert _GRAMMAR_NOTE.sub("", "the market (often on Saturday morning)") == "the market"
    assert is_scaffolding('Reason to write: "alternate angles are equal" – NOT "Z angles"')


def test_an_example_of_a_formula_in_words_asks_what_the_formula_names():
    from sheet_builds import of_kind, planned
    from studypack.layouts.worksheet.exercises.questions import Calc
    text = pack_yaml("Angles", "Maths", [("Interior angles of polygons", [
        "**Sum of interior angles = (n − 2) × 180°** (n = number of sides)",
        "Why? A polygon splits into **(n − 2) triangles** from one vertex.",
        "e.g. hexagon, n = 6 → (6 − 2) × 180 = **720°**",
        "e.g. regular hexagon → 720 ÷ 6 = **120°**"])])
    stems = ["".join(segment.text for segment in calc.segments if segment.role != "blank") for seed in ("1", "2", "3")
             for calc in of_kind(planned(text, seed, exercises=("calc",)), Calc)]
    assert any("hexagon, n = 6" in stem for stem in stems)
    assert all("sum of interior angles =" in stem for stem in stems if "n = 6" in stem), stems


def test_the_person_the_line_above_names_is_no_wrong_partner():
    """Round LD: "Partnership with Matthew Boulton" under "James Watt patented …" was turned into "Partnership with
    James Watt", which reads as true."""
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    cards = [("Steam power", ["1769 – **James Watt** patented the **separate condenser**.",
                              "Partnership with **Matthew Boulton** (1775) → engines sold across Britain."]),
             ("Textiles", ["**Richard Arkwright** built the first water-powered mill.",
                           "**John Kay** invented the flying shuttle."])]
    for seed in range(6):
        source = Material(loads(pack_yaml("Industry", "History", cards), "notes.yaml"), Random(seed))
        statement = _true_false(source, PointRef(0, 1), False)
        assert statement is None or "James Watt" not in "".join(segment.text for segment in statement.segments)


def test_round_le_notes_in_meanings_a_book_a_prince_and_a_reaction_with_data():
    """Round LE: "the mother (Mama = mum)" and "(girl)friend – careful, context matters!" were asked; "Foxe's Book of
    Martyrs" was offered among places and "giving birth to Edward" made Edward a place; "Methane: CH₄ + 2O₂ → … (C–H
    413, …)" was set as a statement."""
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    from studypack.layouts.worksheet.exercises.translate import _GRAMMAR_NOTE, vocabulary
    assert _GRAMMAR_NOTE.sub("", "the mother (Mama = mum)") == "the mother"
    family = loads("title: Familie\nsubject: German\ncards:\n  - title: Freunde\n    points:\n"
                   "      - \"**der Freund** / **die Freundin** – (boy)friend / (girl)friend – careful, context "
                   "matters!\"\n"
                   "      - \"**der Bruder** – the brother\"\n      - \"**die Schwester** – the sister\"\n", "f.yaml")
    assert not any(meaning.endswith("!") or word.startswith("(") for _, word, meaning in vocabulary(family))
    text = "Remembered through Foxe's Book of Martyrs (1563)"
    assert name_sort("Foxe's Book of Martyrs", text, 19, 41, frozenset()) == "document"
    text = "died 1537 after giving birth to Edward"
    assert name_sort("Edward", text, 32, 38, frozenset()) == "person"
    source = material(pack_yaml("Energy", "Chemistry", [("Bond energies", [
        "**Methane**: CH~4~ + 2O~2~ → CO~2~ + 2H~2~O (C–H 413, O=O 498 kJ/mol)",
        "Breaking bonds is **endothermic**."])]))
    assert _true_false(source, PointRef(0, 0), True) is None and _true_false(source, PointRef(0, 1), True) is not None


def test_round_lg_lh_titles_of_one_stem_shops_steps_examples_and_dated_notes():
    """Rounds LG and LH: "Medicine on the Western Front" and "Medical breakthroughs of the war" were matched side by
    side; "Woolworth's, Greensboro" was offered among people; "Change temp or concentration …" and "Erosion is
    greatest when discharge is low, e.g. after heavy rain" were set as statements; "3rd Oct, national day
    (reunification 1990)" was asked to be translated."""
    from studypack.layouts.worksheet.exercises.allocate import _alike
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    assert _alike("Medicine on the Western Front", "Medical breakthroughs of the war")
    assert not _alike("Life in the trenches", "New weapons")
    text = "sat at the whites-only lunch counter of Woolworth's, Greensboro"
    assert name_sort("Woolworth", text, 40, 49, frozenset()) == "other"
    source = material(pack_yaml("Rates", "Chemistry", [("Required practical", [
        "Change temp or concentration of thiosulfate (the **independent variable**), keep volumes the same",
        "A higher **concentration** gives more frequent collisions."])]))
    assert _true_false(source, PointRef(0, 0), True) is None
    asked = translated("Feste", "German", [
        "**der Tag der Deutschen Einheit** – 3rd Oct, national day (reunification 1990)", "**Weihnachten** – Christmas",
        "**Ostern** – Easter", "**der Geburtstag** – birthday", "**das Geschenk** – the present"])
    assert asked and not any("Einheit" in item for item in asked)


def test_round_li_an_instruction_a_named_thing_before_its_dash_and_quantities_that_hold_each_other():
    """Round LI: "Show transfer with a dot and cross diagram" and "Cable car in Complexo do Alemão" (before "– opened
    2011") were set as statements; "Temp rise = average internal energy ↑" was keyed false for kinetic energy."""
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.distractors import _overlapping_quantities
    source = material(pack_yaml("Rio", "Geography", [("Urban planning", [
        "Show transfer with a **dot and cross diagram** – square brackets round each ion.",
        "Clamp spring + metre rule next to it; hang **masses** on a mass hanger",
        "**Cable car** in Complexo do Alemão – opened **2011**, 6 stations; closed **2016**",
        "Melting point **decreases** down the group – Li 181 °C, Na 98 °C"])]))
    assert all(_true_false(source, PointRef(0, index), True) is None for index in range(3))  # (and round LK's clamp)
    assert _true_false(source, PointRef(0, 3), True) is not None
    assert _overlapping_quantities("kinetic energy", "internal energy")
    assert _overlapping_quantities("terminal velocity", "final velocity")
    assert not _overlapping_quantities("kinetic energy", "gravitational potential energy")


def test_round_lj_a_kingdom_that_stood_and_the_element_whose_share_is_asked():
    """Round LJ: "by 870s only ____ still stood" offered Wulfstan and Cnut beside Wessex, whose earl made it a
    person; "NH₄NO₃ (fertiliser), Mᵣ = 80 → ____ %" never said which element's share."""
    from studypack.layouts.worksheet.exercises.calculations import worked
    source = material(pack_yaml("Vikings", "History", [
        ("Godwin", ["**Godwin**, Earl of **Wessex**, was the most powerful man in England."]),
        ("Raids", ["Mercia overrun by 874 → by 870s only **Wessex** still stood."])]))
    assert source.key_terms(PointRef(1, 0))[0].sort == "region"
    example = worked(parse_point("e.g. NH~4~NO~3~ (fertiliser), M~r~ = 80 → % N = 28 ÷ 80 × 100 = **35%**"),
                     "Percentage by mass")
    assert example is not None and example.asked == "% N = "


def test_round_ll_a_subjectless_present_verb_and_a_tip_split_at_its_dash():
    """Round LL: "Relative atomic mass (Ar): Explains why Ar is often not a whole number" was set as a statement;
    "Top-grade detail – examiners notice it in writing!" was asked as a word and its meaning."""
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    source = material(pack_yaml("Atoms", "Chemistry", [("Relative atomic mass (Ar)", [
        "**Isotopes** of an element have different numbers of neutrons.",
        "Explains why **Ar** is often not a whole number."])]))
    assert _true_false(source, PointRef(0, 1), True) is None and _true_false(source, PointRef(0, 0), True) is not None
    asked = translated("Logement", "French", [
        "**l'hôtel** – the hotel", "**le camping** – the campsite", "**la chambre** – the room", "**la clé** – the key",
        "Top-grade detail – examiners notice it in writing!"])
    assert asked and not any("examiners" in item for item in asked)


def test_round_ln_a_verb_and_its_object_and_a_formula_the_prompt_prints():
    """Round LN: "Longer collision time" became "Longer increasing the time"; "Write three points about: Momentum (p =
    mv)" credited "p = mv (momentum = mass × velocity)"."""
    from studypack.layouts.worksheet.exercises.kinds import term_sort
    text = "All of these work by increasing the time taken"
    assert term_sort("increasing the time", text, 21, 40) == "verb"
    text = "Longer collision time → smaller force"
    assert term_sort("collision time", text, 7, 21) == "concept"
    source = material(pack_yaml("Momentum", "Physics", [
        ("Momentum (p = mv)", ["**p = mv** (momentum = mass × velocity)", "Units → **kg m/s**",
                               "Momentum is a **vector** → direction matters.",
                               "More mass or more speed → more momentum → harder to stop."]),
        ("Newton's Third Law", ["Forces come in **pairs**.", "The forces are **equal and opposite**.",
                                "They act on **different objects**."])]))
    schemes = scheme_texts(source, 0)
    assert schemes and not any(text.startswith("p = mv") for text in schemes)


def test_a_heading_that_prints_another_word_after_the_same_words_takes_no_gap():
    """An own read at seed 3: "Dorset coast (Isle of Purbeck): … joining the Isle of P____" (Portland) let the title's
    Purbeck fit the letter."""
    from studypack.layouts.worksheet.exercises.candidates import _other_after_same_words
    heading = "Case study – the Dorset coast (Isle of Purbeck): "
    assert _other_after_same_words("Chesil Beach joining the Isle of ", "Portland", heading)
    assert not _other_after_same_words("Chesil Beach joining the Isle of ", "Wight", heading)
    assert not _other_after_same_words("Old Harry Rocks on the Isle of ", "Purbeck", heading)


def test_round_lo_labels_brought_in_substances_counts_in_words_and_swapped_figures_printed_elsewhere():
    """Round LO: "Q1 = 14, Q3 = 23 → ____" dropped its "IQR ="; "6 g H₂, Mᵣ = 2 → ____ g" and "mean of 5 numbers = 8,
    four of them add to 31 → ____" never said what was asked; "two bases … = the triplet code" showed the count; a
    statement's swapped-in £1,850 million was printed by another question."""
    from studypack.layouts.worksheet.exercises.beside import counted_out
    from studypack.layouts.worksheet.exercises.calculations import calc_candidates, worked
    example = worked(parse_point("e.g. Q1 = 14, Q3 = 23 → IQR = 23 − 14 = **9**"), "Comparing distributions")
    assert example is not None and example.asked == "IQR = "
    source = material(pack_yaml("Calculations", "Chemistry", [("Reacting masses", [
        "e.g. 6 g H~2~, M~r~ = 2 → 6 ÷ 2 = 3 mol H~2~ → 2 mol NH~3~ = **34 g**",
        "e.g. 28 g N~2~ (1 mol) → 2 mol NH~3~ = **34 g ammonia**",
        "e.g. mean of 5 numbers = 8, four of them add to 31 → 5 × 8 = 40, 40 − 31 = **9**"])]))
    from studypack.layouts.labels import ENGLISH
    stems = [" ".join(segment.text for segment in built.segments)
             for candidate in calc_candidates(source, ENGLISH) if (built := candidate.build(0)) is not None]
    assert any("28 g N₂" in stem for stem in stems)
    assert not any("6 g H₂" in stem or "four of them" in stem for stem in stems)
    bases = material(pack_yaml("DNA", "Biology", [("The genetic code", [
        "A sequence of **three** bases codes for one amino acid = the triplet code."])]))
    assert counted_out(bases.point(PointRef(0, 0)).text, bases.key_terms(PointRef(0, 0))[0])
    weimar = material(pack_yaml("Weimar", "History", [("Versailles", [
        "Reparations set in 1921 at **£6,600 million**.", "Young Plan (1929) – reparations cut to **£1,850 million**.",
        "Dawes Plan (1924) – loans of **£40 million** from the USA."])]))
    weimar.record(["Young Plan (1929) – reparations cut to £1,850 million"], [])
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    statement = _true_false(weimar, PointRef(0, 0), False)
    assert statement is None or "1,850" not in plain(statement.segments)


def test_round_lp_two_words_compared_are_no_word_to_translate():
    """Round LP: "tú (you) vs tu (your) – the accent matters" was asked as a word and its meaning."""
    asked = translated("La familia", "Spanish", [
        "**el padre** – the father", "**la madre** – the mother", "**el hermano** – the brother",
        "**la hermana** – the sister", "tú (you) vs **tu** (your) – the accent matters"], seeds=6)
    assert asked and not any("accent" in item for item in asked)
