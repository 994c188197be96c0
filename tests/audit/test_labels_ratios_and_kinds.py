"""Round MZ of the unseen-pack audit: a cell-division pack of thirteen cards gave no multiple choice and no true or
false at all, as "**Prophase**: chromosomes condense", "**Metaphase**: chromosomes line up …" were not read as one
set; and once they were, "Skin patch: contains oestrogen and/or progesterone …" was set false for the pill, though
the patch's own line says it releases both."""
from __future__ import annotations

import re

from sheet_builds import hideable, material, of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.candidates import true_false_candidates
from studypack.layouts.worksheet.exercises.events import event_candidates
from studypack.layouts.worksheet.exercises.questions import Choice, PointRef, TrueFalse, plain


def _false_statements(text: str) -> list[TrueFalse]:
    """Every false statement the material offers, one per point that makes one, each on a sheet of its own."""
    count = len(true_false_candidates(material(text), {True: 0, False: 100}))
    statements = [true_false_candidates(material(text), {True: 0, False: 100})[index].build(0)
                  for index in range(count)]
    return [statement for statement in statements if statement is not None and not statement.true]


def _calculations(text: str) -> list[str]:
    """The stems of every calculation the material offers, spaces plain."""
    from studypack.layouts.labels import ENGLISH
    from studypack.layouts.worksheet.exercises.calculations import calc_candidates
    calcs = (candidate.build(0) for candidate in calc_candidates(material(text), ENGLISH))
    return [plain(calc.segments).replace("\xa0", " ") for calc in calcs if calc is not None]


def _events(text: str) -> list[str]:
    return [candidate.event.text for candidate in event_candidates(material(text))]


def test_a_trend_a_share_two_clauses_or_a_project_still_going_is_no_timeline_event():
    events = _events(pack_yaml("Food and cities", "Geography", [
        ("Lagos grows", ["Population growth from about **0.3 million** in **1950** to well over **10 million** today.",
                         "The Third Mainland Bridge opened in **1990**."]),
        ("Hunger", ["Around **1 in 11 people** in the world were undernourished in **2023**.",
                    "A famine was declared in southern Somalia in **2011**."]),
        ("New crops", ["**Bt cotton** in India; **Golden Rice** approved in the Philippines in **2021**.",
                       "The first GM tomato went on sale in **1994**."])]))
    assert not any(word in text for text in events for word in ("Population", "1 in 11", "Bt cotton")), events
    assert any("Bridge" in text for text in events) and any("tomato" in text for text in events), events
    cards = [(title, ["A point about it with a **key term**."]) for title in ("Eko Atlantic", "The Lagos bombing",
                                                                            "The Makoko demolitions", "The BRT opening")]
    pack = pack_yaml("Lagos", "Geography", cards).replace(
        "  - title: Eko Atlantic\n", "  - title: Eko Atlantic\n    date: from 2009\n").replace(
        "  - title: The Lagos bombing\n", "  - title: The Lagos bombing\n    date: 2002\n").replace(
        "  - title: The Makoko demolitions\n", "  - title: The Makoko demolitions\n    date: July 2012\n").replace(
        "  - title: The BRT opening\n", "  - title: The BRT opening\n    date: 2008\n")
    titled = _events(pack)
    assert "Eko Atlantic" not in titled and "The Makoko demolitions" in titled, titled


def test_a_ship_after_its_kind_is_offered_only_beside_ships():
    source = material(pack_yaml("Henry VIII", "History", [
        ("Wars", ["The warship **Mary Rose** sank in the Solent in **1545**.", "Henry married **Anne Boleyn**."]),
        ("Wives", ["**Jane Seymour** died in **1537**.", "**Catherine Howard** was executed in **1542**."])]))
    assert [term.sort for ref in source.refs for term in source.terms[ref] if term.text == "Mary Rose"] \
        == ["thing:ship"]


def test_a_head_of_state_is_not_offered_for_a_leader_the_pack_gives_no_title():
    pack = pack_yaml("Civil rights", "History", [
        ("Montgomery", ["The boycott was led by **Martin Luther King Jr.** for **381 days**.",
                        "**Rosa Parks** refused to give up her seat."]),
        ("Little Rock", ["President **Eisenhower** sent troops to Little Rock.", "**Orval Faubus** resisted."]),
        ("Freedom Rides", ["**James Farmer** of CORE organised the rides.", "**John Lewis** was beaten."]),
        ("Voting", ["President **Kennedy** proposed a civil rights bill.", "**Fannie Lou Hamer** spoke out."])])
    from studypack.layouts.worksheet.exercises.distractors import same_sort
    source = material(pack)
    people = {term.text: term for ref in source.refs for term in source.terms[ref] if term.kind == "name"}
    assert same_sort(people["Martin Luther King Jr."], people["James Farmer"])
    assert not same_sort(people["Martin Luther King Jr."], people["Eisenhower"])
    for seed in "123456":
        for question in of_kind(planned(pack, seed), Choice):
            if "Martin Luther King Jr." in question.options:
                assert not {"Eisenhower", "Kennedy"} & set(question.options), (seed, question.options)


def test_a_figure_followed_by_its_share_of_another_offers_no_options():
    pack = pack_yaml("Pressure", "Physics", [
        ("Atmospheric pressure", ["Sea level: about **100 kPa**.",
                                  "Top of **Mount Everest**: about **33 kPa** – about a third of sea-level pressure."]),
        ("Pressure in liquids", ["At 10 m depth the water adds about **98 kPa**.", "Divers feel **200 kPa** at 10 m."]),
        ("Gas pressure", ["A tyre is pumped to about **220 kPa**.", "A balloon bursts above **110 kPa**."])])
    for seed in "1234":
        for question in of_kind(planned(pack, seed), Choice):
            assert "third" not in plain(question.segments), (seed, plain(question.segments))


def test_a_numbered_code_beside_its_series_is_no_gap():
    cycle = [("The cell cycle", ["**G~1~**: cell grows and makes more **organelles**",
                                 "**S phase**: the DNA is copied", "**G~2~**: checks that the DNA was copied"]),
             ("Mitosis", ["Chromosomes line up on the **equator**.", "Two **daughter cells** are made."]),
             ("Meiosis", ["Four **gametes** are made.", "It happens in the **ovaries** and **testes**."])]
    from studypack.layouts.worksheet.exercises.candidates import gap_candidates
    pack = pack_yaml("Cells", "Biology", cycle)
    count = len(gap_candidates(material(pack)))
    gaps = [gap_candidates(material(pack))[index].build(0) for index in range(count)]
    answers = {answer.text for gap in gaps if gap is not None for answer in gap.answers}
    assert "gametes" in answers or "equator" in answers
    assert not {"G₁", "G₂"} & answers, answers


def test_a_named_case_of_a_kind_is_never_a_title_beside_the_kind():
    from studypack.layouts.worksheet.exercises.allocate import _alike
    assert _alike("Makoko – the floating slum", "Challenge: slums and squatter settlements")
    assert not _alike("Makoko – the floating slum", "Traffic congestion")
    assert not _alike("Electrolysis of water", "Treating fresh water in the UK")


def test_advice_to_the_student_is_no_matching_statement():
    from studypack.layouts.worksheet.exercises.matching import match_candidates
    pack = pack_yaml("Trigonometry", "Maths", [
        ("SOH CAH TOA", ["Calculator must be in degrees mode, not radians.", "Label the hypotenuse first, opposite "
                         "the right angle.", "The sides are named from the angle you are using."]),
        ("Finding a missing side", ["Keep the full calculator value until the last step, then round.",
                                    "The unknown on top means you multiply."]),
        ("Pythagoras", ["Only works in a right-angled triangle.", "The longest side is found from the other two."]),
        ("Bearings", ["A bearing is measured clockwise from north.", "Three figures are always written."])])
    statements = {pair.text for pair in (candidate.build(0) for candidate in match_candidates(material(pack)))
                  if pair is not None}
    assert statements and not any(text.startswith(("Calculator", "Keep", "Only", "Label")) for text in statements)


def test_a_formula_in_words_names_what_its_example_works_out():
    pack = pack_yaml("Cell division", "Biology", [("Mitotic index", [
        "**Mitotic index** = number of cells in mitosis ÷ total number of cells",
        "Time in a stage ≈ (cells in that stage ÷ total cells) × length of the cell cycle",
        "e.g. 12 of 240 cells in metaphase, 24-hour cycle → (12 ÷ 240) × 24 = **1.2 hours**"])])
    asked = _calculations(pack)
    assert any("time in a stage =" in text for text in asked), asked
    assert not any("mitotic index =" in text for text in asked)


def test_a_short_answer_keeps_off_the_sheet_the_lines_elsewhere_labelled_by_its_title():
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    pack = pack_yaml("Cell transport", "Biology", [
        ("Active transport", ["Moves substances against the **concentration gradient**.",
                              "Needs energy from **respiration**.", "Uses **carrier proteins** in the membrane.",
                              "Root hair cells take in **mineral ions** this way."]),
        ("Diffusion", ["Particles spread from high to low **concentration**.", "No energy is needed.",
                       "Oxygen enters the blood in the **alveoli** this way."]),
        ("Comparing the three processes", ["Active transport: against the gradient · needs ATP · needs carriers",
                                           "Diffusion: down the gradient · passive", "Osmosis: water only · passive"])])
    source = material(pack)
    uses = {candidate.card: candidate.uses for candidate in short_candidates(source)}
    assert PointRef(2, 0) in uses[0] and PointRef(2, 1) not in uses[0]


def test_sums_of_fractions_and_a_share_of_an_amount_are_asked_as_calculations():
    pack = pack_yaml("Number", "Maths", [
        ("Adding fractions", ["Find a **common denominator** first.",
                              "$\\frac{2}{3} + \\frac{1}{4} = \\frac{8}{12} + \\frac{3}{12} = \\frac{11}{12}$"]),
        ("Percentages of amounts", ["Use a **decimal multiplier**: 35% of £80 = 0.35 × 80 = **£28**.",
                                    "Increase by 15% → × **1.15**."]),
        ("Profit", ["150 ÷ 2500 × 100 = 6%", "Profit is what is left after **costs**."])])
    asked = _calculations(pack)
    assert any("⅔ + ¼ =" in text for text in asked), asked
    assert any("35% of £80 = £" in text for text in asked), asked
    assert not any("150 ÷ 2500" in text for text in asked)  # a step of an applied example stays unasked


def test_a_prefixed_word_a_formula_or_a_method_step_tells_or_asks_nothing():
    from studypack.layouts.worksheet.exercises.candidates import _INSTRUCTION
    from studypack.layouts.worksheet.exercises.material import _telling
    assert "filtration" in _telling("ultrafiltration")  # "Filtration" as a matching title tells "u____"
    assert _INSTRUCTION.match("Measure with an infrared detector held the same distance from each face.")
    assert not _INSTRUCTION.match("Geothermal: heat from hot rocks, common in Iceland.")
    assert "caesium" not in hideable(pack_yaml("Group 1", "Chemistry", [("Predictions", [
        "**Caesium** should react even more violently than potassium, forming **CsOH** and hydrogen.",
        "**Lithium** floats and fizzes gently."])]), "Caesium")


def test_a_man_likened_to_another_is_a_person_and_a_count_its_line_spells_is_not_changed():
    from studypack.layouts.worksheet.exercises.beside import counted_out
    source = material(pack_yaml("Cold War", "History", [
        ("The Iron Curtain", ["**Churchill** said an iron curtain had come down in **1946**.",
                              "Stalin compared **Churchill** to **Hitler**."]),
        ("Yalta", ["Germany was split into **four zones**, with France given the fourth.",
                   "A person needs **two copies** of the allele (ff) to have CF."])]))
    sorts = {term.text: term.sort for ref in source.refs for term in source.terms[ref]}
    assert sorts["Hitler"] == "person"
    for ref in source.refs[2:]:
        text = source.point(ref).text
        assert all(counted_out(text, term) for term in source.terms[ref] if term.kind == "number"), text


def test_a_share_held_by_the_richest_offers_no_larger_share():
    pack = pack_yaml("Development", "Geography", [
        ("Wealth", ["The richest **10 %** of the world's population own most of its wealth.",
                    "About **700 million** people live on under $2.15 a day."]),
        ("Health", ["Life expectancy in Nigeria is about **54** years.", "In Japan it is about **84** years."]),
        ("Aid", ["The UK gives about **0.5 %** of GNI in aid.", "The UN target is **0.7 %**."])])
    for seed in "12345":
        plan = planned(pack, seed)
        for question in of_kind(plan, Choice) + of_kind(plan, TrueFalse):
            assert "richest" not in plain(question.segments) or getattr(question, "true", True), seed
            assert not (isinstance(question, Choice) and "richest" in plain(question.segments)), seed


def test_a_share_held_by_the_richest_is_no_gap():
    pack = pack_yaml("Development", "Geography", [("Wealth", [
        "The richest **10 %** of the world's population own most of its wealth.",
        "About **700 million** people live in extreme poverty."])])
    assert "10 %" not in hideable(pack, "The richest")


def test_worked_examples_with_values_as_givens_and_two_results_are_asked_with_their_rounding():
    pack = pack_yaml("Area and volume", "Maths", [
        ("Circumference", ["**C = 2πr**",
                           "Worked example: r = 4 cm, so C = 2 × π × 4 = **8π cm** = **25.1 cm** (1 d.p.)."]),
        ("Cylinders", ["**V = πr^2^h**", "Worked example: r = 3 cm, h = 10 cm. V = π × 9 × 10 = 90π = **282.7 cm^3^**; "
                       "total SA = 18π + 60π = 78π = **245.0 cm^2^**."])])
    asked = _calculations(pack)
    assert any("r = 4 cm → C =" in text and text.endswith("cm (1 d.p.)") for text in asked), asked
    assert any("r = 3 cm, h = 10 cm → V =" in text and text.endswith("cm³ (1 d.p.)") for text in asked), asked


def test_phrases_ending_alike_are_no_set_and_kit_or_an_age_gets_no_absurd_options():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    source = material(pack_yaml("Forces", "Physics", [
        ("Newton's laws", ["A resultant force can mean speeding up or **changing direction**.",
                           "The forces are equal in size and **opposite in direction**.",
                           "Two cars at the **same speed in the same direction** have the same velocity."]),
        ("Reaction time", ["A partner holds a **30 cm ruler** above your hand.",
                           "Many people need reading glasses after about **45**.",
                           "A typical reaction time is **0.2 s**, a tired one **0.5 s**."])]))
    assert "term:opposite in direction" not in source.pool.families
    terms = {term.text: term for ref in source.refs for term in source.terms[ref]}
    ruler = next(ref for ref in source.refs if "ruler" in source.point(ref).text)
    assert distractors(terms["30 cm ruler"], source.pool, source.rng, 3, source.point(ruler).text) is None
    glasses = next(ref for ref in source.refs if "glasses" in source.point(ref).text)
    ages = distractors(terms["45"], source.pool, source.rng, 3, source.point(glasses).text)
    assert ages is None or all(int(age) < 100 for age in ages), ages


def test_an_unnamed_party_is_no_event_and_pure_tells_purity():
    from studypack.layouts.worksheet.exercises.matching import share_words
    assert share_words({"pure"}, {"purity"})
    events = _events(pack_yaml("The American West", "History", [
        ("The Mormon trek and Salt Lake City", ["The first party arrived on **24 July 1847**.",
                                                "Brigham Young led the trek west."]),
        ("The Gold Rush", ["Gold was found at Sutter's Mill in **1848**."]),
        ("The railroad", ["The Transcontinental Railroad was completed in **1869**."])]))
    assert events and not any(text.startswith("The first party") for text in events), events


def test_a_spare_speaking_as_a_titles_card_stands_beside_no_title():
    from studypack.layouts.worksheet.exercises.allocate import _speaks_as
    source = material(pack_yaml("Separating mixtures", "Chemistry", [
        ("Testing for purity", ["A **pure substance** melts at one sharp temperature.",
                                "An impure substance melts over a range."]),
        ("Chromatography", ["Spots move up the paper with the **solvent**.",
                            "One spot in several solvents suggests a pure substance."]),
        ("Filtration", ["Filter paper traps the **insoluble** solid.", "The filtrate passes through."]),
        ("Distillation", ["The liquid boils and its vapour condenses.", "The solute stays behind in the flask."])]))
    assert _speaks_as(source, "One spot in several solvents suggests a pure substance.", 0)
    assert not _speaks_as(source, "The solute stays behind in the flask.", 0)


def test_a_false_year_keeps_its_cards_order_and_a_reign_its_titles_span():
    from studypack.layouts.worksheet.exercises.material import _telling
    pack = pack_yaml("Elizabethan England, 1558–1603", "History", [
        ("Drake's circumnavigation", ["Left Plymouth in **December 1577** with **5 ships**.",
                                      "**1578**: executed **Thomas Doughty** for mutiny.",
                                      "Returned to Plymouth in **September 1580**, rich with Spanish silver."]),
        ("Elizabeth I", ["She reigned for **44 years** and died in **1603**.", "Her motto was **Semper eadem**."]),
        ("Raleigh", ["**1584**: Raleigh given permission to colonise.", "**1585**: the first colonists landed.",
                     "**1587**: a second colony under **John White**."])])
    for statement in _false_statements(pack):
        text = plain(statement.segments)
        assert "44 years" != statement.correction, text
        wrong = [int(year) for year in re.findall(r"\b1[56]\d\d\b", text)]
        if statement.correction == "December 1577":
            assert wrong and max(wrong) < 1578, text
        if statement.correction == "1584":
            assert wrong and max(wrong) < 1585, text
    assert "cross-links" in _telling("covalent cross-links")


def test_a_word_whose_other_form_is_the_english_is_not_translated():
    from sheet_builds import translated
    asked = translated("Vacanze", "Italian", ["**l'albergo** / **l'hotel** – hotel; **l'ostello** – youth hostel",
                                              "**il campeggio** – campsite",
                                              "**la camera doppia** – double room", "**il volo** – flight",
                                              "**la valigia** – suitcase"])
    assert asked and not any("hotel" in item for item in asked), asked


def test_round_ng_a_code_name_an_ion_named_a_kind_of_fact_a_whole_and_a_consequence():
    from studypack.layouts.worksheet.exercises.beside import names_its_element
    from studypack.layouts.worksheet.exercises.matching import _JUDGING
    korea = pack_yaml("Korea", "History", [(title, ["A point with a **key term** in it."]) for title in (
        "NSC-68", "The Inchon landings", "The armistice", "The Chinese intervention")])
    for title, date in (("NSC-68", "April 1950"), ("The Inchon landings", "September 1950"),
                        ("The armistice", "July 1953"), ("The Chinese intervention", "October 1950")):
        korea = korea.replace(f"  - title: {title}\n", f"  - title: {title}\n    date: {date}\n")
    assert "NSC-68" not in _events(korea) and "The Inchon landings" in _events(korea)
    assert names_its_element("Fe²⁺", "Iron(II), ____ → green precipitate")
    assert not names_its_element("Fe²⁺", "____ → green precipitate")
    assert _JUDGING.match("Features of a sustainable city")
    grid = pack_yaml("The National Grid", "Physics", [("Transformers", [
        "For a **100% efficient** transformer, power in = power out.", "A step-up transformer raises the p.d. to "
        "**400 000 V**.", "Cables of resistance **2 Ω** carry **100 MW**; at 25 000 V, I = 4000 A, loss = 4000^2^ × 2 "
        "= **32 MW**.", "At **400 000 V**, I = **250 A**, loss = 250^2^ × 2 = **125 000 W**."])])
    assert not any(statement.correction.startswith("100%") for statement in _false_statements(grid))
    assert not any("250 A" in text for text in _calculations(grid))


def test_round_nh_a_rank_beside_its_leader_a_village_in_its_county_and_one_of_two_turned():
    from studypack.layouts.worksheet.exercises.terms import pack_words
    from studypack.source import loads
    palm = pack_yaml("Rainforests", "Geography", [("Malaysia", [
        "Malaysia is the world's **second-largest** producer of palm oil, after Indonesia.",
        "Logging cleared **4.8 million hectares** between 2001 and 2018."])])
    from studypack.layouts.worksheet.exercises.candidates import gap_candidates
    gaps = [candidate.build(0) for candidate in gap_candidates(material(palm))]
    assert not any(answer.text == "second-largest" for gap in gaps if gap is not None for answer in gap.answers)
    revolt = loads(pack_yaml("The Peasants' Revolt", "History", [("Essex", [
        "Villagers of **Fobbing**, Essex, refused to pay the poll tax.",
        "**John Ball** preached that all were equal."])]), "revolt.yaml")
    assert "Fobbing" not in pack_words(revolt.cards).persons
