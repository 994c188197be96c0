"""What blind audits of sets VR to VV found: worked examples on a curve's rule and on signed changes with their units
never set as calculations (a maths pack on differentiation and a chemistry pack on Gibbs free energy had no
calculation section), a symbol's subscript word printed in its card's title, a word another question prints in
other words, the one dated statement beside the one dated card of a physics pack, an author's one-word label as a
timeline event, "points about" a card whose rule its scheme would leave out, a line saying its answer in other words,
a stock phrase with its letter, "his" after a line on another man, a definition ending on another name in brackets,
a molar mass taken for a constant, givens counted as a method, a word its meaning spells, a line leaning on the one
above, a base beside its letters, a span to a printed date, a one-word king in a bank of longer names, an everyday
use with its letter and a case study's label read as a second colon in a prompt; and, from set VW, an algebra pack's
expanding and factorising set as calculations, one card's example each before a second; from set VX, a partner or
a short form on the line ("adding or subtracting", "acetyl CoA") and another way in brackets read as a step; from
set VY, a share out by a count worth two marks and "his" before any name below a line on another man; from set VZ,
a line under a picture's placeholder, a law dated in force while its card dates its passing, and a statement sharing
its title's stem."""
from __future__ import annotations

import random

import pytest

from studypack.layouts.worksheet.exercises.candidates import gap_candidates
from studypack.layouts.worksheet.exercises.events import _noun_label
from studypack.layouts.worksheet.exercises.questions import Calc, Gap, Match, Short, Timeline, TrueFalse
from studypack.layouts.worksheet.exercises.short_answers import short_prompt
from studypack.source import loads
from sheet_builds import blanked, calculations, fresh_pack, material, of_kind, pack_yaml, planned, scheme_texts

SEEDS = "123"


def test_a_curve_given_by_its_rule_is_asked_with_its_derivative_named():
    text = pack_yaml("Differentiation", "Maths", [
        ("Gradient at a point", ["Differentiate, then substitute the **x-value**.",
                                 "e.g. y = x^3^ − 2x at x = 2 → dy/dx = 3x^2^ − 2 = 3(4) − 2 = **10**",
                                 "e.g. y = x^2^ − 6x, gradient 4 → 2x − 6 = 4 → **x = 5**"])])
    asked = calculations(text)
    assert "Gradient at a point: y = x³ − 2x at x = 2 → dy/dx = [10]" in asked, asked


def test_signed_changes_with_units_per_kelvin_per_mole_are_givens():
    text = pack_yaml("Entropy and Gibbs free energy", "Chemistry", [
        ("Minimum temperature for feasibility", [
            "A reaction just becomes feasible when **ΔG = 0**.",
            "e.g. CaCO~3~, ΔH = +178 kJ mol^-1^, ΔS = +0.160 kJ K^-1^ mol^-1^ → T = 178 ÷ 0.160 = **1110 K**"])])
    asked = calculations(text)
    assert any(stem.startswith("Minimum temperature for feasibility: CaCO₃, ΔH = +178 kJ mol⁻¹")
               and stem.endswith("T = [1110] K") for stem in asked), asked


@pytest.mark.slow
def test_a_symbol_whose_subscript_word_the_title_prints_is_no_gap():
    answers = blanked(fresh_pack("chemistry_entropy_gibbs.yaml"))  # "Feasible when Δ____ is positive" under
    # "Entropy of the surroundings (total entropy)"
    assert "ΔSₜₒₜₐₗ" not in answers and "activation energy" in answers, answers


@pytest.mark.slow
def test_a_word_another_question_prints_in_other_words_is_not_blanked_beside_it():
    lymph = fresh_pack("biology_tissue_fluid_lymph.yaml")
    for seed in SEEDS:
        gaps = of_kind(planned(lymph, seed), Gap)
        answers = {blank.text for gap in gaps for blank in gap.answers}
        shown = " ".join(segment.text for gap in gaps for segment in gap.segments if segment.role != "blank")
        assert not ("lipids" in answers and "fats" in shown), (answers, shown)


@pytest.mark.slow
def test_the_one_dated_statement_is_not_matched_to_the_one_dated_card():
    shm = fresh_pack("physics_simple_harmonic_motion.yaml")
    for seed in SEEDS:
        for match in of_kind(planned(shm, seed), Match):
            statements = [pair.text for pair in match.statements]
            assert not any("10 June 2000" in statement for statement in statements), statements


def test_an_authors_one_word_label_is_no_timeline_event():
    assert _noun_label("Revenge: Konstantinos Kanaris used a fireship to blow up the flagship.")
    assert not _noun_label("Chios: Ottoman forces landed and killed thousands.")
    assert not _noun_label("Britain: Pitt raised an income tax.")
    text = pack_yaml("Greek independence", "History", [
        (title, [f"In **{year}** {event}."]) for title, year, event in (
            ("The Filiki Eteria", 1814, "a secret society was founded in Odessa"),
            ("The revolt", 1821, "the rising began in the Peloponnese"),
            ("Epidaurus", 1822, "the First National Assembly declared independence"),
            ("Egypt steps in", 1825, "Ibrahim Pasha landed in the Peloponnese"),
            ("Navarino", 1827, "an allied fleet destroyed the Ottoman–Egyptian fleet"),
            ("The kingdom", 1832, "Otto of Bavaria was chosen as king"))] + [
        ("Massacres", ["Revenge: in **June 1822** Kanaris used a fireship to blow up the Ottoman flagship."])])
    text = text.replace("Revenge: in **June 1822** Kanaris", "Revenge: Kanaris, in **June 1822**,")
    for seed in SEEDS:
        events = [event.text for timeline in of_kind(planned(text, seed, exercises=("timeline",)), Timeline)
                  for event in timeline.events]
        assert events and not any(event.startswith("Revenge") for event in events), events


@pytest.mark.slow
def test_no_points_about_a_card_whose_rule_the_scheme_would_leave_out():
    prompts = {seed: [short.prompt for short in of_kind(planned(fresh_pack(name), seed), Short)]
               for name in ("maths_differentiation.yaml", "cs_boolean_logic.yaml") for seed in SEEDS}
    asked = [prompt for each in prompts.values() for prompt in each]
    for title in ("Equation of a tangent", "Stationary points", "NAND gate"):
        assert not any(title in prompt for prompt in asked), asked  # "use y − y₁ = m(x − x₁)", "solve dy/dx = 0",
        # "Output is 0 only when both inputs are 1; every other row gives 1"
    text = pack_yaml("Logic", "Computer Science", [("Logic in real systems", [
        "Alarm example: the alarm sounds if the system is armed AND a door is opened, OR the panic button is pressed.",
        "As an expression → **Q = (S AND D) OR P**",
        "Turn words like \"both\", \"either\" and \"not\" into **AND**, **OR** and **NOT**.",
        "Write down what each **letter** stands for before you write the expression."])])
    source = material(text)
    assert not any("Alarm example" in line or "As an expression" in line for line in scheme_texts(source, 0))


@pytest.mark.slow
def test_a_line_that_says_the_answer_in_other_words_is_no_gap():
    assert not {"opposite", "faith without deeds", "Fair pay"} & (
        blanked(fresh_pack("cs_boolean_logic.yaml")) | blanked(fresh_pack("rs_wealth_poverty.yaml")))
    # "Output is the ____ of the input – it inverts the signal", "f____ (3 words) is dead, so belief must lead to
    # action", "F____ (2 words) – … should be paid a wage they can live on"


@pytest.mark.slow
def test_a_stock_phrase_gets_no_letter_to_give_it_away():
    hungary = blanked(fresh_pack("history_hungarian_uprising_1956.yaml"))
    assert "Iron Curtain" not in hungary and "Secret Speech" in hungary, hungary  # "behind the I____ (2 words)"
    assert "Hong Kong" not in blanked(fresh_pack("history_opium_wars_boxer_rebellion.yaml"))  # "H____ (2 words)
    # Island ceded to Britain"
    text = pack_yaml("The Cold War", "History", [
        ("Key terms", ["**Iron Curtain** – the line between Soviet-controlled Europe and the West.",
                              "Churchill used the phrase in a speech at Fulton, Missouri, in **1946**."]),
        ("Containment", ["**Truman Doctrine** – the USA would help any free people resisting communism.",
                         "The **Marshall Plan** gave $13 billion to rebuild Western Europe."])])
    assert "Iron Curtain" in blanked(text)  # a phrase the pack defines is a term to learn


def sheet_answers(name: str) -> set[str]:
    """Every gap fill's answer on a fresh pack's sheets at a few seeds."""
    return {blank.text for seed in SEEDS for gap in of_kind(planned(fresh_pack(name), seed), Gap)
            for blank in gap.answers}


@pytest.mark.slow
def test_his_under_a_title_naming_another_man_than_the_line_above_is_no_gap():
    answers = sheet_answers("history_haitian_revolution.yaml")
    assert "Rochambeau" not in answers and "Napoleon Bonaparte" in answers, answers  # "His successor R____" under "Dessalines and the war of
    # independence", below "… Leclerc himself died"


@pytest.mark.slow
def test_a_definition_ending_on_another_name_in_brackets_is_no_gap():
    answers = sheet_answers("economics_behavioural.yaml")
    assert "Social norms" not in answers and "libertarian paternalism" in answers, answers  # "S____ (2 words) –
    # people copy what others do (herd behaviour)"


@pytest.mark.slow
def test_a_figure_written_to_its_precision_is_no_constant_a_working_may_bring_in():
    assert not calculations(fresh_pack("chemistry_aldehydes_ketones.yaml"))  # "2.90 g propanone, M = 58.0 g mol⁻¹ →
    # … → propan-2-ol = 0.0500 × 60.0 = 3.00 g": the 60.0 is another compound's molar mass


@pytest.mark.slow
def test_givens_written_as_values_are_no_method_to_mark():
    water = fresh_pack("biology_water_potential.yaml")
    marks = {calc.result: calc.marks for seed in SEEDS for calc in of_kind(planned(water, seed), Calc)}
    assert marks.get("-400 kPa") == 1 and marks.get("-600 kPa") == 1, marks  # "Cell A – ψₛ = -900 kPa, ψₚ = +500 kPa
    # → ψ = -400 kPa": nothing worked, the answer's one mark


@pytest.mark.slow
def test_a_word_its_meaning_spells_or_prints_is_not_translated():
    from studypack.layouts.worksheet.exercises.translate import translations
    pack = loads(fresh_pack("dutch_eten_drinken.yaml"), "eten.yaml")
    asked = [(item.shown, item.answer) for seed in range(6) for item in translations(pack, random.Random(seed), 10)]
    assert asked and not any({"het water", "de honger", "de dorst"} & {shown, answer} for shown, answer in asked), asked
    # ("het water – water"; "de dorst – thirst → Ik heb dorst")


@pytest.mark.slow
def test_a_line_that_leans_on_the_one_above_is_not_asked():
    sheets = [planned(fresh_pack("history_russo_japanese_war.yaml"), seed) for seed in SEEDS]
    gaps = [" ".join(segment.text for segment in gap.segments) for plan in sheets for gap in of_kind(plan, Gap)]
    claims = [" ".join(segment.text for segment in item.segments) for plan in sheets for item in of_kind(plan, TrueFalse)]
    assert gaps and not any("trawlers" in gap for gap in gaps), gaps  # "On the way it fired on British trawlers"
    assert not any("same peninsula" in claim or "felt cheated" in claim for claim in claims), claims


@pytest.mark.slow
def test_blanks_told_by_the_letters_of_a_base_a_date_or_a_bank_of_longer_names():
    assert "cytosine" not in blanked(fresh_pack("biology_gene_expression.yaml"))  # "… usually next to a guanine (a CpG
    # site)"
    assert "11 months" not in blanked(fresh_pack("geography_hurricane_maria.yaml"))  # "about ____ later (August 2018)"
    assert "hydroelectric power" not in blanked(fresh_pack("geography_rhine_management.yaml"))  # "steep,
    # fast-flowing …; used for h____ (2 words)"
    congo = material(fresh_pack("history_congo_crisis.yaml"))
    congo.banked = True
    answers = {blank.text for candidate in gap_candidates(congo) if isinstance(gap := candidate.build(0), Gap)
               for blank in gap.answers}
    assert answers and "Baudouin" not in answers, answers  # "King ____ praised the 'genius' of Leopold II", beside
    # Patrice Lumumba and Moïse Tshombe in the bank


def test_a_case_study_label_reads_as_a_heading_in_a_prompt():
    assert short_prompt("Case study: Heimaey, 1973", 3) == "Write three points about: Case study – Heimaey, 1973."
    assert short_prompt("Plate setting", 2) == "Write two points about: Plate setting."


@pytest.mark.slow
def test_an_everyday_use_with_its_letter_is_no_gap():
    assert "cold packs" not in blanked(fresh_pack("chemistry_reaction_profiles_catalysts.yaml"))  # "Everyday use –
    # sports injury c____ (2 words)"


def test_an_expression_a_card_expands_or_factorises_is_asked_equal_to_its_result():
    text = pack_yaml("Brackets", "Maths", [
        ("Expanding double brackets", ["Multiply **every term** in one bracket by every term in the other.",
                                       "e.g. (x + 3)(x + 5) → x^2^ + 5x + 3x + 15 = **x^2^ + 8x + 15**"]),
        ("Factorising quadratics", ["Find two numbers that **multiply** to c and **add** to b.",
                                    "e.g. x^2^ + 7x + 12 → 3 × 4 = 12, 3 + 4 = 7 → **(x + 3)(x + 4)**"]),
        ("The power rule", ["Multiply by the **power**, then take one off it.",
                            "e.g. 4x^3^ → 3 × 4x^2^ = **12x^2^**"])])
    asked = calculations(text)
    assert "Expanding double brackets: (x + 3)(x + 5) = [x² + 8x + 15]" in asked, asked
    assert "Factorising quadratics: x² + 7x + 12 = [(x + 3)(x + 4)]" in asked, asked
    assert not any("4x³" in stem for stem in asked), asked  # a derivative is not equal to its function


@pytest.mark.slow
def test_a_calculation_section_takes_one_example_from_each_card_first():
    brackets = fresh_pack("maths_expanding_factorising.yaml")
    for seed in SEEDS:
        calcs = of_kind(planned(brackets, seed, exercises=("calc",)), Calc)
        cards = [calc.point.card for calc in calcs]
        assert len(calcs) >= 4 and len(set(cards)) == len(cards), cards  # (the pack has more cards with examples
        # than the section has questions)


@pytest.mark.slow
def test_a_partner_or_a_short_form_on_the_line_tells_the_blank():
    assert "multiplying or dividing" not in blanked(fresh_pack("maths_linear_equations.yaml"))  # "Deal with the
    # adding or subtracting first, then the m____ (3 words)"
    assert "coenzyme A" not in blanked(fresh_pack("biology_aerobic_respiration_stages.yaml"))  # "c____ (2 words) to
    # form acetyl CoA"


def test_another_way_in_brackets_is_no_step_of_the_working():
    text = pack_yaml("Equations", "Maths", [("Equations with brackets", [
        "Expand the **brackets** first, or divide both sides by the number outside.",
        "e.g. 3(x + 4) = 27 → 3x + 12 = 27 → 3x = 15 → x = **5** (or divide both sides by 3 first → x + 4 = 9)"])])
    marks = [calc.marks for seed in "12" for calc in of_kind(planned(text, seed, exercises=("calc",)), Calc)]
    assert marks and set(marks) == {2}, marks


def test_a_share_out_by_a_count_is_worth_one_mark_and_a_formulas_product_two():
    text = pack_yaml("Sampling", "Biology", [
        ("Quadrats", ["Place quadrats at **random** using a random number generator.",
                      "e.g. 10 quadrats found 45 daisies → mean = 45 ÷ 10 = **4.5 per quadrat**"]),
        ("Newton's second law", ["The resultant force equals **mass × acceleration**.",
                                 "e.g. 1200 kg car, a = 2.5 m/s^2^ → F = 1200 × 2.5 = **3000 N**"])])
    marks = {calc.result: calc.marks for calc in of_kind(planned(text, "1", exercises=("calc",)), Calc)}
    assert marks == {"4.5 per quadrat": 1, "3000 N": 2}, marks


@pytest.mark.slow
def test_his_before_any_name_leans_on_the_line_above():
    text = fresh_pack("history_charlemagne.yaml")
    claims = [" ".join(segment.text for segment in item.segments)
              for seed in SEEDS for item in of_kind(planned(text, seed), TrueFalse)]
    assert claims and not any("his son Pepin the Short" in claim for claim in claims), claims  # "In 754 his son
    # Pepin …" below a line on Charles Martel


@pytest.mark.slow
def test_no_line_is_asked_under_a_pictures_placeholder():
    text = fresh_pack("geography_china_one_child.yaml")
    asked = [" ".join(segment.text for segment in question.segments) for seed in SEEDS
             for question in of_kind(planned(text, seed), TrueFalse) + of_kind(planned(text, seed), Gap)]
    assert asked and not any("[DIAGRAM" in line for line in asked), asked  # "[DIAGRAM: population pyramids …]:
    # 2020 – narrowing base …"


@pytest.mark.slow
def test_a_law_its_card_dates_at_other_stages_goes_on_a_timeline_by_its_line():
    prohibition = fresh_pack("history_american_prohibition.yaml")
    events = [event.text for seed in SEEDS for timeline in of_kind(planned(prohibition, seed), Timeline)
              for event in timeline.events]
    assert events and "The 18th Amendment" not in events, events  # passed 1917, ratified 1919, in force 1920
    assert not any(event.lower().startswith("came into force") for event in events), events


def test_a_statement_sharing_its_titles_stem_is_not_matched_to_it():
    from studypack.layouts.worksheet.exercises.matching import _same_stem
    assert _same_stem("Phagocytosis", "The bacterium is enclosed in a phagosome and digested.")
    assert not _same_stem("Inflammation", "Histamine makes the blood vessels widen.")
