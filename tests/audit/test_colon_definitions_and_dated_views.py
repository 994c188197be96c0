"""What blind audits of sets SA and SB struck, and a matching science sheets missed: key words written
"**Battery**: two or more cells …", never matched to their meanings; a matching that printed a calculation's method
("Magnification" beside "image height ÷ object height"); a gap beside another form of its answer ("____: flea bite →
swellings called buboes"); a group of people placed on a timeline ("The rebels in London"), and a view dated by what
it was of ("Astrologers blamed a conjunction … in 1345"); a worked line's first step asked under the task its last step
answers ("mass of ethanol from 90 g of glucose → moles of glucose = ____"). From set SC: a test's reagent blanked
beside its result ("through l____, which turns milky"), a sum from a table the stem never gives ("30 mph → 9 m + 14 m
= 23 m"), "Deceleration" matched to "a negative acceleration", and a method or a line on "the same example" as mark
scheme points. From sets SB and SD: "z____" beside a sheet that prints "rezoned", a year after "met in" (Philadelphia
fits), and "Useful sentences" set as the meaning of an example sentence. From set SE and an own read: a pack dated BC
whose years were never asked, "G____ – the study of rocks", advice on evaluating as a scheme point, and "Colours of
aqueous ions to learn" as a prompt."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises import Gap, Match, Timeline
from studypack.layouts.worksheet.exercises.questions import Calc, plain
from sheet_builds import built, fresh_pack, of_kind, planned

CELLS = """\
title: Cells and batteries
subject: Chemistry
cards:
  - title: Key words
    points:
      - "**Battery**: two or more cells connected in series."
      - "**Electrolyte**: an ionic solution or paste that lets charged particles move."
      - "**Anode**: the electrode where oxidation takes place."
      - "**Catalyst**: a substance that speeds up a reaction without being used up."
      - "**Alloy**: a mixture of a metal with small amounts of other elements."
      - "**Isotope**: an atom of an element with a different number of neutrons."
      - "**Polymer**: a long chain molecule built from many small monomers."
  - title: Cells in series
    points:
      - "Cells in series → voltages add: 3 × 1.5 V = 4.5 V."
"""


def test_a_key_word_written_with_a_colon_is_matched_to_its_meaning():
    plan, sheet, key = built(CELLS, "1", exercises=("match",))
    pairs = {pair.title: pair.text for match in of_kind(plan, Match) for pair in match.pairs}
    assert len(pairs) >= 3, sheet[:600]
    assert pairs.get("Battery", "two or more cells connected in series") == "two or more cells connected in series"
    assert all(title in ("Battery", "Electrolyte", "Anode", "Catalyst", "Alloy", "Isotope", "Polymer") for title in pairs)


def test_no_matching_prints_the_method_of_a_calculation_on_the_sheet():
    for seed in "12":
        plan = planned(fresh_pack("physics_light.yaml"), seed)
        asked = " ".join(plain(calc.segments) for calc in of_kind(plan, Calc))
        matched = [pair.title for match in of_kind(plan, Match) for pair in match.pairs]
        assert "magnification =" in asked.casefold(), asked
        assert "Magnification" not in matched, matched


def test_no_gap_stands_beside_another_form_of_its_answer():
    for seed in "12":
        gaps = of_kind(planned(fresh_pack("history_black_death_peasants_revolt.yaml"), seed), Gap)
        answers = [blank.text.casefold() for gap in gaps for blank in gap.answers]
        assert gaps and "bubonic plague" not in answers, answers


def test_no_timeline_event_is_a_group_of_people_or_a_view_dated_by_its_object():
    for seed in "12":
        events = [event.text for line in of_kind(planned(fresh_pack("history_black_death_peasants_revolt.yaml"), seed),
                                                  Timeline) for event in line.events]
        assert not any(text.startswith(("The rebels", "Astrologers")) for text in events), events


def test_a_claim_to_land_keeps_its_year_on_the_timeline():
    from studypack.layouts.worksheet.exercises.events import _BLAMED_ON
    assert _BLAMED_ON.search("Astrologers blamed a conjunction of Saturn, Jupiter and Mars in ")
    assert not _BLAMED_ON.search("Humphrey Gilbert claimed Newfoundland in ")


def test_no_calculation_asks_a_first_step_under_the_task_its_last_step_answers():
    from studypack.layouts.worksheet.exercises.calculations import _NAMES_ITS_SUM
    for seed in "12":
        calcs = [plain(calc.segments) for calc in of_kind(planned(fresh_pack("chemistry_alcohols_acids_esters.yaml"),
                                                                   seed), Calc)]
        assert not any("moles of glucose" in text for text in calcs), calcs
    assert _NAMES_ITS_SUM.match("mass of ethanol from 90 g of glucose")
    assert not _NAMES_ITS_SUM.match("r = 3 cm, h = 10 cm")


def test_no_gap_asks_a_test_reagent_beside_its_result():
    from sheet_builds import hideable
    tests = pack_yaml_of_tests()
    assert "limewater" not in hideable(tests, "Carbonate")
    assert "iodine solution" not in hideable(tests, "Starch")
    assert "hydrochloric acid" in hideable(tests, "Carbonate")  # (the other term of the line is still asked)


def pack_yaml_of_tests() -> str:
    from sheet_builds import pack_yaml
    return pack_yaml("Chemical tests", "Chemistry", [("Tests", [
        "Carbonate: add **hydrochloric acid** and bubble the gas through **limewater**, which turns milky.",
        "Starch: add a few drops of **iodine solution**; orange-brown turns blue-black.",
        "Chlorine bleaches damp **litmus paper** white."])])


def test_a_calculation_from_a_table_the_stem_never_gives_is_not_set():
    from studypack.layouts.worksheet.exercises.calculations import _hidden_constant
    assert _hidden_constant("30 mph", "9 m + 14 m = 23 m", "m")  # (the Highway Code's thinking and braking distances)
    assert not _hidden_constant("a 2 kg trolley at 3 m/s", "2 × 3 = 6", "kg m/s")
    for seed in "12":
        calcs = [plain(calc.segments) for calc in of_kind(planned(fresh_pack(
            "physics_momentum_stopping_distances.yaml"), seed), Calc)]
        assert calcs and not any("Highway Code" in text for text in calcs), calcs


def test_a_term_is_not_matched_to_a_meaning_holding_it_less_its_start():
    for seed in "12":
        plan = planned(fresh_pack("physics_momentum_stopping_distances.yaml"), seed)
        pairs = [pair.title for match in of_kind(plan, Match) for pair in match.pairs]
        assert pairs and "Deceleration" not in pairs, pairs


def test_a_method_to_follow_and_a_line_on_the_same_example_are_no_scheme_points():
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
    assert is_scaffolding("Method: write total p before = total p after, put in the numbers, then solve.")
    assert leans_on_previous("Kinetic energy check for the same example: 9 J before, 6 J after.")
    assert not leans_on_previous("Kinetic energy is not conserved in an inelastic collision.")


def test_no_gap_letter_spells_a_word_whose_other_form_the_sheet_prints():
    for seed in "12":
        answers = [blank.text for gap in of_kind(planned(fresh_pack("geography_coral_reefs.yaml"), seed), Gap)
                   for blank in gap.answers]
        assert answers and "zoning" not in answers, answers  # (an MCQ prints "the park was rezoned")


def test_no_year_is_blanked_where_a_place_reads_as_well():
    from studypack.layouts.worksheet.exercises.candidates import _PLACED_IN
    for seed in "12":
        answers = [blank.text for gap in of_kind(planned(fresh_pack("history_american_revolution.yaml"), seed), Gap)
                   for blank in gap.answers]
        assert answers and "May 1775" not in answers, answers  # ("The Second Continental Congress met in ____")
    assert _PLACED_IN.search("The treaty was signed in ")
    assert not _PLACED_IN.search("The treaty was agreed in ")


def test_a_heading_over_example_sentences_is_no_word_to_translate():
    from studypack.layouts.worksheet.exercises import Translate
    for seed in "12":
        items = [(item.shown, item.answer) for item in of_kind(planned(fresh_pack("italian_la_scuola.yaml"), seed),
                                                                 Translate)]
        assert items and not any("Useful sentences" in side for pair in items for side in pair), items


def test_a_title_keeps_no_note_to_learn_it_in_a_prompt():
    from studypack.layouts.worksheet.exercises.roles import printed_title
    assert printed_title("Colours of aqueous ions to learn") == "Colours of aqueous ions"
    assert printed_title("Things to know") == "Things to know"
    assert printed_title("Reasons to remember the Alamo") == "Reasons to remember the Alamo"


ROME = """\
title: The late Roman Republic, 133–44 BC
subject: History
cards:
  - title: The Gracchi
    date: 133 BC
    points:
      - "Tiberius Gracchus was elected tribune in 133 BC and proposed a land law."
      - "His brother Gaius was tribune in 123 and again in 122 BC."
  - title: Sulla
    points:
      - "Sulla marched on Rome in 88 BC, the first general to do so."
      - "Sulla was made dictator in 82 BC and strengthened the Senate."
  - title: The First Triumvirate
    points:
      - "Caesar, Pompey and Crassus formed a secret alliance in 60 BC."
      - "Renewed at Luca (56 BC) → Pompey and Crassus were consuls again in 55 BC."
  - title: Caesar
    points:
      - "Caesar crossed the Rubicon in January 49 BC and civil war began."
      - "Caesar was murdered on the Ides of March, 44 BC."
      - "Spartacus led a slave revolt from 73 BC."
"""


def test_years_before_christ_are_asked_beside_years_before_christ_in_their_order():
    from studypack.layouts.worksheet.exercises import Choice
    from studypack.layouts.worksheet.exercises.terms import classify, pack_words
    words = pack_words((), early=True)
    line = "His brother Gaius was tribune in 123 and again in 122 BC."
    assert classify(line, line.index("123"), line.index("123") + 3, False, words).year == -123
    assert classify(line, line.index("122 BC"), line.index("122 BC") + 6, False, words).year == -122
    asked = 0
    for seed in "1234":
        for choice in of_kind(planned(ROME, seed, exercises=("mcq",)), Choice):
            answer = choice.options[choice.answer]
            assert all(option.endswith(" BC") == answer.endswith(" BC") for option in choice.options), choice.options
            if "Luca" in plain(choice.segments):  # (after 56 BC: never 58 BC, ruled out by the stem)
                assert all(int(option.split()[0]) < 56 for option in choice.options), choice.options
            asked += 1
    assert asked


def test_a_study_is_not_blanked_beside_the_words_the_study_of_nor_is_advice_on_evaluating_a_point():
    from sheet_builds import hideable, pack_yaml
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    rocks = pack_yaml("Landscapes", "Geography", [("Key words", [
        "**Geology** – the study of rocks: their type, structure and how they formed.",
        "**Granite** – a hard igneous rock that forms upland moors."])])
    assert "Geology" not in hideable(rocks, "Geology") and "Granite" in hideable(rocks, "Granite")
    assert is_scaffolding("When evaluating, think about effectiveness, side effects and who has to remember it.")
    assert not is_scaffolding("When oestrogen rises, the pituitary releases LH.")
