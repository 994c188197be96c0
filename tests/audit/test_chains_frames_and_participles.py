"""What the blind audit of set WA found: an A-level chemistry pack's worked titrations, written in n(…) and c(…)
notation, never set as calculations (its sheet was one gap and three short answers); an approximation asked as an
exact value ("0.99⁵ = ____"); a later entry's "e.g." printed as part of a word to translate; two phrases of one frame
("Ik heb honger", "Ik heb dorst") on one sheet; a verb asked beside its own participle ("k____ – to cook (ik heb
gekookt)"); "Causes and consequences" as a matching title; a calculator's button as a gap; and a length in a word box
beside altitudes a thousand times its size. And what set WB's found: a physics pack's resistivity never asked (its
result is in standard form, its unit "Ω m"), a power asked of a circuit of two resistances, "kinetic energy" with its
letter, salinity beside "fresher water", a famous animal's kind printed across the sheet, and a spare statement from
a card that judges the other cards' practicals. And set WC's: places on the pH scale in a word box and beside
"neutral", "converges very quickly" as a gap, "au____ (2 words)" on a sheet headed "… Hearing …", "seabed", a man
described as a timeline event, "The trigger –" on a timeline, a true statement whose year another question prints,
and a maths pack on iteration with no calculation."""
from __future__ import annotations

import random
import re

import pytest

from studypack.layouts.labels import ENGLISH
from studypack.layouts.worksheet.exercises.allocate import _after_the_death, _far_apart
from studypack.layouts.worksheet.exercises.calculations import calc_candidates
from studypack.layouts.worksheet.exercises.candidates import (_adjective_of_topic, _heading_says, _participle_of,
                                                              _unit_ladder)
from studypack.layouts.worksheet.exercises.material import _telling
from studypack.layouts.worksheet.exercises.questions import Choice, Gap, Match, Short, Timeline, TrueFalse, plain
from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS
from studypack.layouts.worksheet.exercises.translate import translations
from studypack.source import loads
from sheet_builds import blanked, calculations, fresh_pack, material, of_kind, pack_yaml, planned, scheme_texts

SEEDS = "123"

TITRATION = pack_yaml("Redox titrations", "Chemistry", [
    ("Manganate(VII) and iron(II)", ["Overall – MnO~4~^-^ + 8H^+^ + 5Fe^2+^ → Mn^2+^ + 5Fe^3+^ + 4H~2~O",
                                     "So **1 mol MnO~4~^-^ reacts with 5 mol Fe^2+^**."]),
    ("Worked example – concentration of Fe²⁺", [
        "25.0 cm^3^ of acidified Fe^2+^ solution needs 22.50 cm^3^ of 0.0200 mol dm^-3^ KMnO~4~.",
        "n(MnO~4~^-^) = 0.0200 × 22.50 ÷ 1000 = **4.50 × 10^-4^ mol**",
        "n(Fe^2+^) = 5 × 4.50 × 10^-4^ = **2.25 × 10^-3^ mol**",
        "c(Fe^2+^) = 2.25 × 10^-3^ ÷ 0.0250 = **0.0900 mol dm^-3^**"])])


def test_a_worked_titration_in_chemical_notation_is_asked_as_one_calculation():
    asked = calculations(TITRATION)
    assert ("Concentration of Fe²⁺: 25.0 cm³ of acidified Fe²⁺ solution needs 22.50 cm³ of 0.0200 mol dm⁻³ KMnO₄. "
            "c(Fe²⁺) = [0.0900] mol dm⁻³") in asked, asked


def test_a_key_parts_the_lines_of_its_working():
    calc = next(question for candidate in calc_candidates(material(TITRATION), ENGLISH)
                if (question := candidate.build(0)) is not None)
    assert "4.50 × 10⁻⁴ mol; n(Fe²⁺) = 5 × 4.50 × 10⁻⁴ = 2.25 × 10⁻³ mol; c(Fe²⁺) =" in calc.working, calc.working
    assert calc.working.endswith("= 0.0900 mol dm⁻³"), calc.working


def test_an_approximation_is_not_asked_as_an_exact_value():
    text = pack_yaml("Binomial expansion", "Maths", [
        ("Approximations", ["Choose x small so that higher powers of x can be ignored.",
                            "e.g. 0.99^5^ = (1 − 0.01)^5^ ≈ 1 − 0.05 + 0.001 = **0.951**",
                            "e.g. 2^3^ × 2^4^ = **2^7^**"])])
    asked = calculations(text)
    assert not any("0.99⁵" in stem for stem in asked), asked
    assert "Approximations: 2³ × 2⁴ = [2⁷]" in asked, asked  # (the exact sum on the card is still asked)


def _vocabulary(lines: list[str]) -> str:
    return "title: Eten en drinken\nsubject: Dutch\nlang: nl\ncards:\n  - title: Eten en drinken\n    points:\n" \
        + "".join(f"      - \"{line}\"\n" for line in lines)


def test_a_later_entrys_lead_in_is_no_part_of_its_word():
    pack = loads(_vocabulary(["het **sap** – juice, e.g. sinaasappelsap – orange juice",
                              "de **melk** – milk", "de **thee** – tea", "het **bier** – beer"]), "words.yaml")
    asked = [question for seed in range(6) for question in translations(pack, random.Random(seed), 10)]
    shown = [side for question in asked for side in (question.shown, question.answer)]
    assert "sinaasappelsap" in shown and not any("e.g." in side for side in shown), shown


def test_two_phrases_of_one_frame_are_never_on_one_sheet():
    pack = loads(_vocabulary(["Ik heb **honger**. – I'm hungry.", "Ik heb **dorst**. – I'm thirsty.",
                              "Het is erg **lekker**! – It's really tasty!", "de **soep** – soup",
                              "de **kip** – chicken"]), "words.yaml")
    sheets = [" ".join(f"{question.shown} {question.answer}" for question in translations(pack, random.Random(seed), 10))
              for seed in range(8)]
    assert not any("honger" in sides and "dorst" in sides for sides in sheets), sheets
    assert any("honger" in sides or "dorst" in sides for sides in sheets), sheets  # (either alone is still asked)


def test_a_verb_beside_its_own_participle_is_no_gap():
    assert _participle_of("gekookt", "koken") and _participle_of("gekocht", "kochen")
    assert _participle_of("gespielt", "spielen") and _participle_of("gebouwd", "bouwen")
    assert not _participle_of("gemeente", "meet") and not _participle_of("gekookt", "kopen")
    answers = blanked(fresh_pack("dutch_eten_en_drinken.yaml"))  # "**koken** – to cook (ik heb gekookt)"
    assert "koken" not in answers and "alstublieft" in answers, answers


def test_causes_and_consequences_alone_name_no_topic():
    for title in ("Causes and consequences", "Effects", "Long-term causes", "Impact and significance"):
        assert GENERIC_HEADINGS.match(title), title
    for title in ("Kedarnath disaster – causes", "Causes of the First World War", "Effects of deforestation"):
        assert not GENERIC_HEADINGS.match(title), title


@pytest.mark.slow
def test_a_card_on_causes_and_consequences_of_nothing_named_is_no_matching_title_nor_short_answer():
    revolution = fresh_pack("history_mexican_revolution.yaml")
    for seed in SEEDS:
        plan = planned(revolution, seed)
        titles = [pair.title for match in of_kind(plan, Match) for pair in match.pairs]
        subjects = [short.prompt for short in of_kind(plan, Short)]
        assert "Causes and consequences" not in titles, titles
        assert not any("Causes and consequences" in prompt for prompt in subjects), subjects


def test_a_calculators_button_is_no_gap():
    answers = blanked(fresh_pack("maths_binomial_expansion.yaml"))  # "Use the **nCr button** on your calculator, …"
    assert "nCr button" not in answers and "general term" in answers, answers


def test_a_figure_far_from_the_answers_size_is_neither_its_spare_nor_its_peer():
    assert _far_apart("3 m", "4,580 m") and _far_apart("5,000 m", "3m")
    assert not _far_apart("0.9 °C", "1.5 °C") and not _far_apart("3 m", "27 m")
    assert not _far_apart("5%", "60%")  # (a percentage is bounded: a small one is still a choice beside a large)


@pytest.mark.slow
def test_a_lakes_lowering_is_not_banked_beside_altitudes():
    lakes = fresh_pack("geography_himalaya_glacial_hazards.yaml")
    for seed in SEEDS:
        plan = planned(lakes, seed)
        for section in plan.exercises.sections:
            if section.bank and any(word.replace(" ", "") == "3m" for word in section.bank):
                assert not {"4,580 m", "5,000 m"} & set(section.bank), section.bank
        assert of_kind(plan, Gap)


RESISTIVITY = pack_yaml("Resistivity and internal resistance", "Physics", [
    ("Analysing the resistivity practical", [
        "Gradient = ρ/A, so **ρ = gradient × A**.",
        "e.g. gradient = 6.1 Ω/m, A = 8.04 × 10^-8^ m^2^ → ρ = 6.1 × 8.04 × 10^-8^ = **4.9 × 10^-7^ Ω m**"]),
    ("Finding r", ["e.g. ε = 1.5 V, V = 1.2 V, I = 0.60 A → r = (1.5 − 1.2) / 0.60 = **0.50 Ω**"]),
    ("Maximum power", ["Maximum power is delivered to the load when **R = r**.",
                       "e.g. ε = 6.0 V, r = 2.0 Ω, R = 2.0 Ω → I = 6.0/4.0 = 1.5 A → P = 1.5^2^ × 2.0 = **4.5 W**"])])


def test_a_result_in_standard_form_with_a_unit_of_two_symbols_is_asked():
    asked = calculations(RESISTIVITY)
    assert "Analysing the resistivity practical: gradient = 6.1 Ω/m, A = 8.04 × 10⁻⁸ m² → ρ = [4.9 × 10⁻⁷] Ω m" \
        in asked, asked


def test_a_power_asked_of_a_circuit_of_two_resistances_is_no_calculation():
    asked = calculations(RESISTIVITY)
    assert not any("→ P =" in stem for stem in asked), asked  # (in the load, in the cell, or supplied: 4.5 W or 9.0 W)
    assert "Finding r: ε = 1.5 V, V = 1.2 V, I = 0.60 A → r = [0.50] Ω" in asked, asked


def test_everyday_words_of_science_and_their_opposites_are_no_lettered_gaps():
    enzymes = blanked(fresh_pack("biology_enzyme_rates_practical.yaml"))  # "molecules have more k____ (2 words)"
    assert "kinetic energy" not in enzymes and enzymes, enzymes
    mangroves = blanked(fresh_pack("geography_sundarbans_mangroves.yaml"))  # "Higher s____ harms the sundari tree,
    # which prefers fresher water"
    assert "salinity" not in mangroves and mangroves, mangroves


def test_a_famous_ones_kind_printed_on_the_sheet_tells_it():
    assert "tiger" in _telling("Royal Bengal tiger")  # ("tiger attacks" beside "Home to the R____ (3 words)")


@pytest.mark.slow
def test_no_spare_statement_comes_from_a_card_judging_the_others_practicals():
    enzymes = fresh_pack("biology_enzyme_rates_practical.yaml")  # "Judging the colour change is subjective – use a
    # colorimeter" fits "Amylase and starch – the method" as well
    errors = next(index for index, card in enumerate(loads(enzymes, "enzymes.yaml").cards)
                  if card.title == "Errors and improvements")
    for seed in SEEDS:
        for match in of_kind(planned(enzymes, seed), Match):
            assert all(spare.card != errors for spare in match.spares), match.spares


def test_an_iteration_worked_over_its_lines_is_asked_for_its_last_value():
    asked = calculations(fresh_pack("maths_iteration_numerical_methods.yaml"))
    assert "Cube root iteration: xₙ₊₁ = ∛(3xₙ + 5), x₀ = 2. x₃ = [2.2770] (4 d.p.)" in asked, asked


def test_words_that_the_line_or_the_heading_give_are_no_gaps():
    assert not blanked(fresh_pack("maths_iteration_numerical_methods.yaml"))  # "Usually c____ (3 words) – the number
    # of correct decimal places roughly doubles each step" (converges very quickly)
    ear = fresh_pack("biology_ear_and_hearing.yaml")  # "The Ear, Hearing and the Skin as a Sense Organ"
    answers = blanked(ear)
    assert "auditory nerve" not in answers and "basilar membrane" in answers, answers
    assert "seabed" not in blanked(fresh_pack("geography_venice_flooding.yaml"))  # "gates lie flat … on the s____"


def test_an_adjective_of_the_heading_names_the_answer():
    class Term:
        text = "auditory nerve"
    assert _adjective_of_topic("The Ear, Hearing and the Skin as a Sense Organ", Term)
    assert not _adjective_of_topic("Nerves and reflexes", Term)


@pytest.mark.slow
def test_no_place_on_the_ph_scale_is_banked_nor_asked_beside_neutral():
    curves = fresh_pack("chemistry_titration_curves_indicators.yaml")  # "Equivalence point at **pH 7**, as NaCl(aq)
    # is a neutral salt", "Starts at low pH, about **pH 1**" beside "pH 7", "above 7" in a box
    assert "pH 7" not in blanked(curves)
    for seed in SEEDS:
        plan = planned(curves, seed)
        for section in plan.exercises.sections:
            assert not any("pH" in word or re.search(r"\b(?:above|below) 7\b", word) for word in section.bank), \
                section.bank


@pytest.mark.slow
def test_no_man_described_nor_a_label_of_his_part_is_a_timeline_event():
    bolivar = fresh_pack("history_bolivar_latin_american_independence.yaml")
    for seed in "12345":
        for timeline in of_kind(planned(bolivar, seed), Timeline):
            texts = [event.text for event in timeline.events]
            assert not any(text.startswith(("Argentine general who", "The trigger")) for text in texts), texts


@pytest.mark.slow
def test_a_true_statement_whose_year_another_question_prints_is_not_set():
    venice = fresh_pack("geography_venice_flooding.yaml")
    for seed in "12345":
        plan = planned(venice, seed)
        statements = [plain(statement.segments) for statement in of_kind(plan, TrueFalse) if statement.true]
        shown = " ".join(segment.text for gap in of_kind(plan, Gap) for segment in gap.segments
                         if segment.role != "blank")
        assert not (any("since 2020" in statement for statement in statements) and "2020" in shown), \
            (statements, shown)


def test_a_symbol_with_a_bracketed_subscript_names_what_is_asked():
    text = pack_yaml("The photoelectric effect", "Physics", [
        ("Stopping potential", ["Work done by the field = KE lost, so **eV~s~ = E~k(max)~**.",
                                "e.g. V~s~ = 0.80 V → E~k(max)~ = 0.80 eV = 0.80 × 1.60 × 10^-19^ = **1.3 × 10^-19^ J**"])])
    asked = calculations(text)
    assert "Stopping potential: Vₛ = 0.80 V → Eₖ₍ₘₐₓ₎ = [1.3 × 10⁻¹⁹] J" in asked, asked


def test_a_difference_of_spaced_thousands_is_one_mark():
    text = pack_yaml("Cash flow", "Business", [
        ("Net cash flow", ["**Net cash flow** = total cash inflows − total cash outflows.",
                           "e.g. inflows = £12 000, outflows = £9 500 → 12 000 − 9 500 = **£2 500**"])])
    calc = next(question for candidate in calc_candidates(material(text), ENGLISH)
                if (question := candidate.build(0)) is not None)
    assert calc.result == "£2 500" and calc.marks == 1, (calc.result, calc.marks)


def test_a_given_named_by_the_line_above_and_its_sign_are_kept():
    cycle = fresh_pack("chemistry_born_haber_cycles.yaml")  # "ΔfH = −411, other steps = +376 → lattice enthalpy =
    # ____": which steps, and of which sign, only the line above says
    assert not any("other steps" in stem for stem in calculations(cycle)), calculations(cycle)
    text = pack_yaml("Percentages", "Maths", [
        ("Percentage change", ["e.g. a £80 coat goes up to £100 → percentage change = (100 − 80) ÷ 80 × 100 = **+25%**"])])
    assert "Percentage change: a £80 coat goes up to £100 → percentage change = [25]%" in calculations(text), \
        calculations(text)  # (the result's own sign is still the answer's to give)


@pytest.mark.slow
def test_definitions_to_learn_name_no_topic_and_a_noun_before_of_is_no_claim():
    assert GENERIC_HEADINGS.match("Definitions to learn") and GENERIC_HEADINGS.match("Key phrases to remember")
    augustus = fresh_pack("history_augustus_roman_empire.yaml")  # "Fixed terms of service – from AD 5, 20 years …"
    for seed in SEEDS:
        statements = [plain(statement.segments) for statement in of_kind(planned(augustus, seed), TrueFalse)]
        assert not any(statement.endswith("Fixed terms of service.") for statement in statements), statements


def test_a_partner_printed_or_the_next_rung_of_a_ladder_gives_the_answer():
    assert "fission" not in blanked(fresh_pack("physics_binding_energy.yaml"))  # "left of the peak release energy by
    # fusion; … right of the peak release energy by f____"
    assert "terabyte (TB)" not in blanked(fresh_pack("computing_file_sizes_transfer.yaml"))  # "1 gigabyte (GB) =
    # 1000 MB, and 1 t____ = 1000 GB"
    assert _unit_ladder("terabyte (TB)", "1 gigabyte (GB) = 1000 MB, and 1   = 1000 GB")
    assert not _unit_ladder("terabyte (TB)", "a hard disk holds about 1   of data")


def test_another_way_without_the_way_before_it_earns_no_mark():
    text = pack_yaml("Binding energy", "Physics", [
        ("Energy released in a reaction", [
            "Energy released = (total mass before − total mass after) × c^2^.",
            "Or energy released = total binding energy of products − total binding energy of reactants.",
            "Products have less mass, more **binding energy**.",
            "The energy appears mainly as **kinetic energy** of the products (plus gamma radiation)."])])
    scheme = scheme_texts(material(text), 0)
    assert scheme and not any(line.startswith("Or ") for line in scheme), scheme


def test_a_worked_card_asks_what_its_last_step_reaches_not_its_first_given():
    asked = calculations(fresh_pack("physics_suvat_kinematics.yaml"))  # "u = 0, s = 45 m, a = 9.81 m/s² → t = … =
    # **3.03 s**" once asked "u = ____ s"
    dropped = [stem for stem in asked if stem.startswith("Dropped object:")]
    assert dropped and all(" u = [" not in stem for stem in dropped), dropped
    assert any("v = [29.7] m/s" in stem for stem in dropped), dropped


@pytest.mark.slow
def test_a_statement_its_heading_already_makes_is_not_set():
    assert _heading_says("Verona was the last congress. After it the powers met only in conferences.",
                         "Verona and the end of the Congress System")
    assert not _heading_says("The Congress of Verona backed French intervention in Spain.",
                             "Verona and the end of the Congress System")
    vienna = fresh_pack("history_congress_of_vienna.yaml")
    for seed in SEEDS:
        statements = [plain(statement.segments) for statement in of_kind(planned(vienna, seed), TrueFalse)]
        assert not any("Verona was the last congress" in statement for statement in statements), statements


def test_what_the_line_or_the_world_gives_is_no_gap():
    assert "Kevlar" not in blanked(fresh_pack("chemistry_amines_amides.yaml"))  # "K____ – benzene-1,4-diamine + …"
    assert "250 m" not in blanked(fresh_pack("geography_happisburgh_coastal_erosion.yaml"))  # "About ____ of land
    # lost between 1600 and 1850 – roughly 1 m a year"
    sleep = blanked(fresh_pack("psychology_sleep_and_dreaming.yaml"))  # "so findings may not g____ to other people"
    assert "generalise" not in sleep and "zeitgebers" in sleep, sleep


def test_a_figure_the_line_above_assigns_is_no_given_of_the_stem():
    asked = calculations(fresh_pack("chemistry_amines_amides.yaml"))  # "Mᵣ(C₆H₅NO₂) = 123" above "e.g. 12.3 g
    # nitrobenzene → n = 12.3 ÷ 123 = **0.100 mol**"
    assert not any("12.3 g nitrobenzene" in stem for stem in asked), asked


def test_a_title_naming_parts_its_scheme_leaves_out_is_no_short_answer():
    coast = fresh_pack("geography_happisburgh_coastal_erosion.yaml")  # "Evaluation – winners, losers and what next",
    # its "Winners – …" and "Losers – …" lines left out of the scheme
    card = next(index for index, card in enumerate(loads(coast, "coast.yaml").cards) if card.title.startswith("Evaluation"))
    assert not scheme_texts(material(coast), card)


@pytest.mark.slow
def test_no_banked_gap_after_an_article_nor_an_event_cut_before_its_clause():
    coast = fresh_pack("geography_happisburgh_coastal_erosion.yaml")  # "shared an ____ fund": "£11 million"
    for seed in SEEDS:
        for section in planned(coast, seed).exercises.sections:
            if section.bank:
                for gap in section.questions:
                    before = "".join(segment.text for segment in gap.segments[:[segment.role for segment in
                                                                                 gap.segments].index("blank")])
                    assert not re.search(r"\ban?\s*$", before), before
    ming = fresh_pack("history_ming_china_zheng_he.yaml")  # "Ban relaxed in 1567, when private trade was allowed"
    for seed in SEEDS:
        for timeline in of_kind(planned(ming, seed), Timeline):
            assert not any(event.text.startswith("Ban relaxed") for event in timeline.events), timeline.events


@pytest.mark.slow
def test_no_event_placed_by_the_last_of_a_series_unnamed():
    votes = fresh_pack("history_suffragettes_and_suffragists.yaml")  # "When the last bill failed in 1912, militancy
    # restarted and got much worse"
    for seed in SEEDS:
        for timeline in of_kind(planned(votes, seed), Timeline):
            assert not any("the last bill" in event.text for event in timeline.events), timeline.events


@pytest.mark.slow
def test_no_claim_cut_bare_of_its_terms_nor_points_about_the_basics():
    drake = fresh_pack("history_tudor_exploration_drake.yaml")  # "He came home rich and famous – seen as a hero in
    # England, a **pirate** in Spain"
    for seed in SEEDS:
        statements = [plain(statement.segments) for statement in of_kind(planned(drake, seed), TrueFalse)]
        assert not any(statement.endswith("He came home rich and famous.") for statement in statements), statements
    assert GENERIC_HEADINGS.match("Storm Desmond – the basics") and GENERIC_HEADINGS.match("Overview")
    assert not GENERIC_HEADINGS.match("Basic needs")


def test_stock_phrases_of_war_and_mains_are_no_lettered_gaps():
    assert "World War One" not in blanked(fresh_pack("history_russian_revolution_1917_lenin.yaml"))  # "after Russia
    # entered W____ (3 words) in 1914"
    assert "mains supply" not in blanked(fresh_pack("physics_electrical_power_and_cost.yaml"))  # "UK m____ (2 words)
    # is about 230 V a.c. at 50 Hz"


@pytest.mark.slow
def test_no_spare_dated_after_the_death_its_line_gives():
    assert _after_the_death("Helped bring about the Civil Rights Act 1964; assassinated in Memphis in 1968.",
                            "Equality Act 2010")
    assert not _after_the_death("Helped bring about the Civil Rights Act 1964; assassinated in 1968.",
                                "Voting Rights Act 1965")
    rights = fresh_pack("rs_human_rights_social_justice.yaml")
    for seed in SEEDS:
        for section in planned(rights, seed).exercises.sections:
            assert not {"Civil Rights Act 1964", "Equality Act 2010"} <= set(section.bank), section.bank


def test_no_letter_cut_from_a_formula_nor_covid_as_a_gap():
    metals = blanked(fresh_pack("chemistry_alkali_metals_reactions.yaml"))  # "They dissolve to give O____ ions"
    assert "OH⁻ ions" not in metals and "tarnish" in metals, metals
    assert "Covid-19" not in blanked(fresh_pack("geography_kerala_development.yaml"))  # "returned home during ____
    # in 2020"


def test_no_bare_moles_asked_under_a_title_naming_another_substance_nor_a_stem_without_its_rule():
    assert not any("moles = [" in stem for stem in calculations(fresh_pack("chemistry_alkali_metals_reactions.yaml")))
    # ("4.6 g Na, Aᵣ = 23 → moles = ____" under "Worked example – hydrogen from sodium")
    formulae = calculations(fresh_pack("maths_rearranging_formulae.yaml"))  # "v = 10 m/s, u = 4 m/s, a = 3 m/s² →
    # s = ____" under "Worked example with v² = u² + 2as", the rule printed nowhere
    assert not any(stem.startswith("v = ") for stem in formulae) and formulae, formulae


@pytest.mark.slow
def test_what_led_up_to_the_titles_event_takes_no_later_year():
    exhibition = fresh_pack("history_great_exhibition_1851.yaml")  # "Paxton sketched his design in ____"
    for seed in SEEDS:
        for choice in of_kind(planned(exhibition, seed), Choice):
            answer = choice.options[choice.answer]
            years = [int(year) for option in choice.options for year in re.findall(r"\b1[89]\d\d\b", option)]
            if re.search(r"\b18[0-4]\d\b|\b1850\b", answer):
                assert all(year < 1851 for year in years), choice.options


def test_a_singular_unit_after_the_blank_and_a_repeated_formula_give_nothing_away():
    units = calculations(fresh_pack("biology_alcohol_and_the_liver.yaml"))  # "single spirit, 25 ml at 40% → ____ unit"
    assert not any("single spirit" in stem for stem in units) and units, units
    text = pack_yaml("Rates", "Chemistry", [("Mean rate – the formula", [
        "Mean rate = quantity of reactant used ÷ time taken", "or mean rate = quantity of product formed ÷ time taken",
        "Units are g/s or cm³/s."])])
    assert not any(line.startswith("or ") for line in scheme_texts(material(text), 0))
    assert GENERIC_HEADINGS.match("Mots-clés") and GENERIC_HEADINGS.match("Vocabulario")


@pytest.mark.slow
def test_no_year_asked_under_a_title_that_names_it():
    famine = fresh_pack("history_irish_famine_1845.yaml")  # "Soup kitchens and Black '47: … closed in ____"
    for seed in SEEDS:
        for choice in of_kind(planned(famine, seed), Choice):
            answer = choice.options[choice.answer]
            assert not ("'47" in plain(choice.segments) and answer.endswith("1847")), (plain(choice.segments), answer)
