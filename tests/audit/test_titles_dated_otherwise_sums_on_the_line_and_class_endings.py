"""What blind audits of sets VF to VL struck: a burette reading worth two marks, a bare title its card dates at
other moments ("The Meiji Constitution": promised 1881, proclaimed 1889), a task kept up for decades on a timeline
("Defending Outremer"), the name a title gives in brackets paid for in its own scheme, "Emperor ____" with the one
reign's number in the bank, a figure the line's own figures multiply to, a spare its title's card says in other
words, the one option near the stem's year, a superlative's heading as a claim, a verdict printed over its true
statement, an exam tip's factor as an event, a compound's class beside a member's name, a verb with its object, a
meaning two words of the pack share, a year in a denied clause, a method's steps as "points", a formula's printed
alternative, a compass point with its letter, a side's label in matching, an ordinal with no referent and a given
repeated with its sign; and the worked examples now asked: a function or a curve given by its rule, a pH, a value in
standard form."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises import Gap
from studypack.layouts.worksheet.exercises.candidates import _class_by_its_ending
from studypack.layouts.worksheet.exercises.distractors import _alone_near_the_stem
from studypack.layouts.worksheet.exercises.events import surveys
from studypack.layouts.worksheet.exercises.questions import Calc, Choice, Match, Short, Timeline, Translate, TrueFalse
from studypack.layouts.worksheet.exercises.short_answers import _alias_in_title
from studypack.layouts.worksheet.exercises.terms import Term
from studypack.source import loads
from studypack.source.inline import parse_point
from sheet_builds import blanked, fresh_pack, of_kind, pack_yaml, planned

SEEDS = "123"


def statements(plan) -> list[str]:
    return ["".join(segment.text for segment in statement.segments) for statement in of_kind(plan, TrueFalse)]


def test_a_reading_taken_from_another_is_worth_one_mark_and_a_method_two():
    text = pack_yaml("Titration", "Chemistry", [
        ("Reading the burette", ["Record every reading to **2 decimal places**.",
                                 "e.g. initial 0.50 cm^3^, final 23.05 cm^3^ → titre = 23.05 − 0.50 = **22.55 cm^3^**"]),
        ("Moles", ["e.g. 25.0 cm^3^ of 0.100 mol/dm^3^ NaOH → moles = 0.100 × 25.0 ÷ 1000 = **0.00250 mol**",
                   "Divide cm^3^ by **1000** to get dm^3^."])])
    calcs = {calc.result: calc.marks for calc in of_kind(planned(text, "1", exercises=("calc",)), Calc)}
    assert calcs.get("22.55 cm³") == 1 and calcs.get("0.00250 mol") == 2, calcs


@pytest.mark.slow
def test_a_title_its_card_dates_at_other_moments_and_a_task_kept_up_are_no_timeline_events():
    assert surveys("Defending Outremer – the military orders") and not surveys("The Council of Clermont")
    for name, title in (("history_meiji_japan.yaml", "The Meiji Constitution"),
                        ("history_crusades.yaml", "Defending Outremer – the military orders")):
        for seed in SEEDS:
            events = [event.text for timeline in of_kind(planned(fresh_pack(name), seed), Timeline)
                      for event in timeline.events]
            assert title not in events, events


@pytest.mark.slow
def test_a_scheme_pays_for_no_name_its_prompt_prints_in_brackets():
    crusades = fresh_pack("history_crusades.yaml")
    pack = loads(crusades, "crusades.yaml")
    asked = 0
    for seed in SEEDS:
        for short in of_kind(planned(crusades, seed), Short):
            if "(Outremer)" in short.prompt:
                asked += 1
                lines = [pack.cards[ref.card].points[ref.point].text for ref in short.scheme]
                assert not any("known as **Outremer**" in line or "known as Outremer" in line for line in lines)
    assert "Alexius I Comnenus" not in blanked(crusades)  # "Emperor ____": the one name with a reign's number


def test_a_figure_its_line_works_out_is_no_gap():
    dam = fresh_pack("geography_three_gorges_dam.yaml")
    assert not any(answer.startswith("22,500") for answer in blanked(dam))  # "32 turbines of 700 MW each → …"
    text = pack_yaml("Dams", "Geography", [("Power", [
        "32 turbines of 700 MW each give a total of about **22,400 MW**.",
        "The reservoir is about **660 km** long."])])
    answers = blanked(text)
    assert "22,400 MW" not in answers and "660 km" in answers


def test_a_spare_its_titles_card_says_in_other_words_is_not_set():
    heart = fresh_pack("biology_cardiac_cycle_ecg.yaml")
    for seed in SEEDS:
        for match in of_kind(planned(heart, seed), Match):
            if any(pair.title == "Diastole" for pair in match.pairs):
                assert not any("Semilunar valves stay closed" in spare.text for spare in match.spares)


def test_the_one_option_near_the_stems_year_is_not_asked():
    assert _alone_near_the_stem(1961, [1980, 1983, 1985], {1959})
    assert not _alone_near_the_stem(1961, [1958, 1980, 1985], {1959})
    from studypack.layouts.worksheet.exercises.distractors import _stem_years
    assert _stem_years("invaded Africa in but was captured in 255 BC") == {-255}
    assert _alone_near_the_stem(-256, [-260, -264, -270], {-255})  # "invaded in ____ but was captured in 255 BC"
    assert not _alone_near_the_stem(1961, [1956, 1963, 1965], {1959})
    assert not _alone_near_the_stem(1961, [1980, 1983, 1985], set())
    antarctica = fresh_pack("geography_antarctica.yaml")
    for seed in SEEDS:
        plan = planned(antarctica, seed)
        for choice in of_kind(plan, Choice):
            stem = "".join(segment.text for segment in choice.segments)
            assert not ("1959" in stem and choice.options[choice.answer] == "1961"), (stem, choice.options)
        assert not any(text.startswith("Coldest temperature") for text in statements(plan))


@pytest.mark.slow
def test_a_verdict_over_a_true_statement_and_an_exam_tips_factor_are_not_asked():
    olympics = fresh_pack("geography_london_olympics_regeneration.yaml")
    gandhi = fresh_pack("history_gandhi_indian_independence.yaml")
    for seed in SEEDS:
        assert not any("Most venues have a long-term use" in text for text in statements(planned(olympics, seed)))
        events = [event.text for timeline in of_kind(planned(gandhi, seed), Timeline) for event in timeline.events]
        assert not any("changing world" in text for text in events), events


def test_a_class_beside_its_members_name_and_a_verb_with_its_object_are_no_gaps():
    assert "ketone" not in blanked(fresh_pack("chemistry_benzene_aromatic.yaml"))  # beside "phenylethanone"
    assert "ionising" not in blanked(fresh_pack("chemistry_enthalpy_hess_law.yaml"))  # "to finish io____ the acid"
    def ketone(line: str) -> Term:
        return Term("ketone", line.index("ketone"), line.index("ketone") + 6, "term", "ketone", True)
    named = "Product is an aromatic ketone, e.g. benzene + ethanoyl chloride → phenylethanone + HCl."
    unnamed = "Secondary alcohols are oxidised to a ketone, which Tollens' reagent does not oxidise further."
    assert _class_by_its_ending(named, ketone(named)) and not _class_by_its_ending(unnamed, ketone(unnamed))


@pytest.mark.parametrize("seed", ["1", "2", "3"])
def test_a_meaning_two_words_share_is_not_asked_into_the_language(seed):
    latin = fresh_pack("latin_verbs_vocabulary.yaml")  # "oppugnō – I attack" beside "petō – I seek, attack"
    for item in of_kind(planned(latin, seed), Translate):
        assert not (item.reverse and item.shown == "I attack"), item


@pytest.mark.slow
def test_a_year_in_a_denied_clause_a_claim_that_names_nothing_and_a_methods_steps_are_not_asked():
    war = fresh_pack("history_thirty_years_war.yaml")
    for seed in SEEDS:
        plan = planned(war, seed)
        assert not any("not recognised" in "".join(segment.text for segment in question.segments)
                       for question in [*of_kind(plan, Gap), *of_kind(plan, Choice)])
        assert not any(text.endswith("Rival armed leagues formed.") for text in statements(plan))
        circles = planned(fresh_pack("maths_circle_equations_tangents.yaml"), seed)
        assert not any("Method" in short.prompt for short in of_kind(circles, Short))


def test_a_function_or_a_curve_given_by_its_rule_is_worked_from():
    from studypack.layouts.worksheet.exercises.calculations import worked
    function = worked(parse_point("e.g. f(x) = 3x + 2, x = 4 → f(4) = 3 × 4 + 2 = **14**"), "Function notation")
    assert function is not None and function.asked == "f(4) = " and function.number == "14"
    circle = worked(parse_point("e.g. x^2^ + y^2^ = 49 → r = √49 = **7**"), "Equation of a circle")
    assert circle is not None and circle.asked == "r = "
    assert worked(parse_point("e.g. 3 + 4 = 7 → total = 7 × 2 = **14**"), "Sums") is None  # givens that are working


@pytest.mark.slow
def test_a_formulas_printed_alternative_and_advice_are_not_asked():
    assert "NaOH" not in blanked(fresh_pack("chemistry_halogenoalkanes.yaml"))  # "aqueous ____ or KOH"
    waves = fresh_pack("physics_stationary_waves.yaml")
    for seed in SEEDS:
        assert not any("mistakes" in short.prompt.casefold() for short in of_kind(planned(waves, seed), Short))


def test_a_ph_and_a_value_in_standard_form_are_worked_from():
    from studypack.layouts.worksheet.exercises.calculations import worked
    strong = worked(parse_point("e.g. 0.050 mol dm^-3^ HCl → [H^+^] = 0.050 → pH = −log(0.050) = **1.30**"), "pH")
    assert strong is not None and strong.asked == "pH = " and strong.number == "1.30"
    weak = worked(parse_point("e.g. 0.10 mol dm^-3^ ethanoic acid, K~a~ = 1.74 × 10^-5^ → [H^+^] = √(1.74 × 10^-6^) "
                              "= 1.32 × 10^-3^ → pH = **2.88**"), "pH of a weak acid")
    assert weak is not None and weak.asked == "pH = "


def test_a_compass_point_a_side_taken_an_ordinal_and_a_given_with_its_sign_are_not_asked():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    ghana = fresh_pack("geography_ghana_cocoa_fairtrade.yaml")
    assert "West Africa" not in blanked(ghana)  # "Ghana is in W____ (2 words)"
    assert leans_on_previous("The 4th is a little harder to load simply because only one site is left free.")
    assert not leans_on_previous("The first railway opened in 1872.")
    for seed in SEEDS:
        for match in of_kind(planned(ghana, seed), Match):
            assert not any(statement.text.startswith("Con –") for statement in match.statements)
    assert worked(parse_point("e.g. Zn half-cell connected to SHE, voltmeter reads 0.76 V, zinc is the negative "
                              "electrode → E°(Zn^2+^/Zn) = **−0.76 V**"), "Standard electrode potential") is None


@pytest.mark.slow
def test_a_partner_word_a_faiths_own_word_and_a_deed_of_no_one_named_are_not_asked():
    from studypack.layouts.worksheet.exercises.events import _THE_ONE_BEFORE
    ethics = fresh_pack("rs_medical_ethics.yaml")
    assert "husband's sperm" not in blanked(ethics)  # "using the h____ (2 words) and wife's egg"
    for seed in SEEDS:
        for match in of_kind(planned(ethics, seed), Match):
            assert not any("Qur'an" in statement.text for statement in match.statements)
    assert _THE_ONE_BEFORE.match("A compulsory poor rate was introduced.")
    assert _THE_ONE_BEFORE.match("The town opened Christ's Hospital to care for the old, sick and orphans.")
    assert not _THE_ONE_BEFORE.match("A new poor law was passed by Parliament.")
    poverty = fresh_pack("history_elizabethan_poverty.yaml")
    for seed in SEEDS:
        events = [event.text for timeline in of_kind(planned(poverty, seed), Timeline) for event in timeline.events]
        assert not any(text.startswith(("A compulsory poor rate", "The town opened")) for text in events), events


def test_an_isotopes_symbol_and_a_words_opposite_give_no_answer_away():
    from studypack.layouts.worksheet.exercises.translate import _opposites
    assert "chlorine" not in blanked(fresh_pack("chemistry_nmr_mass_spectrometry.yaml"))  # "(³⁵Cl : ³⁷Cl)"
    assert _opposites("advantage", "a disadvantage") and _opposites("healthy", "unhealthy")
    assert not _opposites("advantage", "a vantage point")
    german = fresh_pack("german_ausbildung_studium.yaml")
    for seed in SEEDS:
        shown = {item.shown for item in of_kind(planned(german, seed), Translate)} \
            | {item.answer for item in of_kind(planned(german, seed), Translate)}
        assert not ({"der Vorteil", "advantage"} & shown and {"der Nachteil", "disadvantage"} & shown), shown


def test_a_second_example_on_the_line_and_a_checklist_are_not_asked():
    from studypack.layouts.worksheet.exercises.calculations import worked
    assert worked(parse_point("e.g. Q = 10,000, TC = £50,000 → AC = £5; Q = 20,000, TC = £110,000 → AC = **£5.50**"),
                  "Diseconomies of scale") is None  # the stem would print the first example's givens
    assert worked(parse_point("e.g. l = 3, w = 4 → area = 3 × 4 = 12; perimeter = 2 × (3 + 4) = **14**"),
                  "Rectangles") is not None
    gases = fresh_pack("chemistry_gas_volumes_ideal_gas.yaml")
    for seed in SEEDS:
        assert not any("Quick checks" in short.prompt for short in of_kind(planned(gases, seed), Short))
