"""What the blind audits of sets ZE to ZL found: "s____ – to steal (mein Pass wurde gestohlen)" (the participle beside
its verb) and "Wir h____ am Strand gefaulenzt." (haben or sein, and the letter chooses); "cien gramos de" to translate
on a sheet whose gap fill prints "… cien gramos de jamón. – Give me 100 g of ham"; "Frases útiles – in the shop (the
shopper): Q____ medio kilo de uvas …" (a title before a sentence its meaning explains); "The secret plan – Sèvres" as
a timeline event; "The USA (Eisenhower) opposed the use of force." matched to "Reactions in Britain and France"; "Warm
water", "Atoll" and "Marine protected areas" matched to their meanings, one term of each card, so each meaning the one
of its kind; "Ashura: Shi'a Muslims mourn …" printed in a gap fill beside the matching's "Ashura" and "some Shi'a beat
their chests"; "Write four points about: Power equations – quantities and units" below sums printing "I = 2 A" and "R
= 5 Ω"; and, seen in the corpus after, "____: the pancreas produces little or no insulin" (Type 1 diabetes) beside
"____: the body's cells no longer respond properly to insulin" (Type 2). Sets ZM to ZT: "the 5th November Act … – the
origin of B____ (2 words)"; "Landslides and av____ blocked roads"; "threatening f____ (2 words)" (food shortages); a
word bank of 2016 and 2023 beside 1984 and 1986 for the CMA's cases; and "shares of 27%, 15%, 13% and 10% → ____%"
(added up, for a total nothing names). Sets ZU to BB: "w____ – to hurt, e.g. Mein Bein tut weh"; "Home of N____, one
of the biggest film industries" (Nollywood); "F____ (2 words)" beside the matching's "Informal sector – jobs not
taxed"; "Smaller droplets → larger s____ (2 words)"; bile's "Made in the liver, stored in the gall bladder …" as a
spare beside "Organs and their jobs"; and refraction's meaning, with no unit, as the spare beside three wave
quantities each defined with theirs. Sets BC to BJ: a word bank of two places for two place gaps; "Cost around £110
million and protects about 3,000 homes" and "Diamond – a decision …" as spares beside statements of another kind;
"Write three points about: Comparing the algorithms" beside the matching's "Bubble sort"; "B____ factors" below the
matching title "Abiotic factors"; and "mean 3 daisies → ____ daisies". Sets BK to BR: "Dual Power" (a state of
affairs) as a timeline event; "Uses a beam of ____ instead of light" with no microscope named; "burn 32 g CH₄ (Mᵣ =
16) → ____ g CO₂" with no equation; and lianas and buttress roots in a box whose one spare is a percentage. Sets BS to
BZ: "the first tanks, used during the Somme, on ____" beside the card "The Somme" of 1916; "Exist as single atoms –
m____ gases"; "hot sunny days → risk of h____ and drought"; and "A sprinter … needs a short r____ (2 words)" (reaction
time). Sets CA to CH: "beheaded … in ____" (1587) beside "fled to England in 1568 and was held prisoner for nearly 19
years"; "The execution of Mary … removed a Catholic heir, so Philip felt free to act" as a timeline event; "Worked
exam question – motor lifting a crate:" before a calculation; and "Non mi è p____ la spiaggia – the participle agrees
with la spiaggia". Sets CI to CP: "C'est ennuyeux / inutile / difficile" to translate for one mark; "Marie and Pierre
C____"; "measured 95 counts/min, background 20 counts/min → ____ counts/min"; "Write two points about: Kidney failure"
beside the matching titles "Dialysis" and "Kidney transplants"; and "In 1764 the Bridgewater Canal … carried coal"
(1761) as a false statement. Sets CQ to CX: "May 1997" among May 2009, May 2010 and May 2011; "H____ (2 words)
increases → more blood pumped"; and "Death rate fell from about ____" for "42% to 2%". Sets CY to DF: "The army swore
a personal o____ (3 words)" and "concentrated vs d____". Sets DG to DN: "Burning f____ (2 words)" (fossil fuels); "F =
BIl" as a matching title beside "I – current …"; and "Founded … in ____ – the UK's oldest science park" with the
earliest year the answer."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises.candidates import _participle_of
from studypack.layouts.worksheet.exercises.questions import (Calc, Choice, Gap, Match, Short, Timeline, TrueFalse,
                                                             Translate, plain)
from sheet_builds import AUDITED_SEEDS, audited_sheets as sheets, fresh_plans, of_kind

pytestmark = pytest.mark.slow  # (eighty fresh packs built at two seeds: `make test-slow` and CI run them, so that
# `make test` stays within its 90 s)

SEEDS = AUDITED_SEEDS
HOLIDAYS = "german_urlaub_probleme.yaml"
MARKET = "spanish_de_compras_en_el_mercado.yaml"
SUEZ = "history_suez_crisis_1956.yaml"
REEFS = "geography_coral_reef_ecosystems.yaml"
PILLARS = "rs_islam_five_pillars.yaml"
GRID = "physics_transformers_and_the_national_grid.yaml"


def of_gaps(plan) -> list[Gap]:
    """The plan's gap fills (a calculation is one too: its answers are blanks)."""
    return of_kind(plan, Gap)


def test_a_strong_participle_beside_its_verb_and_an_auxiliary_are_no_blanks():
    assert _participle_of("gestohlen", "stehlen") and _participle_of("gesprochen", "sprechen")
    assert not _participle_of("gestanden", "stellen")
    for seed, plan in sheets(HOLIDAYS):
        answers = {blank.text for gap in of_gaps(plan) for blank in gap.answers}
        assert not answers & {"stehlen", "haben"}, (seed, answers)


def test_an_amount_to_translate_is_not_printed_in_figures_and_a_sentence_with_its_meaning_needs_no_title():
    asked = 0
    for seed, plan in sheets(MARKET):
        items = of_kind(plan, Translate)
        hundred = any("cien gramos de" in (item.shown, item.answer) for item in items)
        asked += hundred
        printed = " ".join(plain(gap.segments) for gap in of_gaps(plan))
        assert not (hundred and "100 g" in printed), seed
        assert not any(plain(gap.segments).startswith("Frases útiles") for gap in of_gaps(plan)), seed
    assert asked


def test_a_heading_and_a_place_is_no_event_and_another_countrys_act_is_no_statement_of_theirs():
    for seed, plan in sheets(SUEZ):
        for timeline in of_kind(plan, Timeline):
            assert all("Sèvres" not in event.text for event in timeline.events), seed
        for block in of_kind(plan, Match):
            assert not any(pair.title == "Reactions in Britain and France" and pair.text.startswith("The USA")
                           for pair in block.pairs), seed


def test_each_term_matched_to_its_meaning_stands_beside_another_of_its_card():
    for seed, plan in sheets(REEFS):
        for block in of_kind(plan, Match):
            cards = [pair.card for pair in block.pairs] + [spare.card for spare in block.spares]
            assert all(cards.count(pair.card) >= 2 for pair in block.pairs if pair.defines), (seed, block.pairs)


def test_a_gap_under_a_matching_title_shares_no_name_with_its_statement():
    for seed, plan in sheets(PILLARS):
        statements = {pair.title: pair.text for block in of_kind(plan, Match) for pair in block.pairs}
        for gap in of_gaps(plan):
            shown = plain(gap.segments)
            for title, statement in statements.items():
                if shown.startswith(f"{title}: "):
                    assert not ("Shi'a" in shown and "Shi'a" in statement), (seed, shown, statement)


def test_no_short_answer_asks_the_units_the_sums_on_its_sheet_print():
    for seed, plan in sheets(GRID):
        prompts = [question.prompt for question in of_kind(plan, Short)]
        sums = " ".join(plain(question.segments) for question in of_kind(plan, Calc))
        if "I = " in sums and " A" in sums:
            assert not any("quantities and units" in prompt for prompt in prompts), (seed, prompts)


def test_two_of_a_numbered_series_are_never_both_asked_but_two_figures_may_be():
    from studypack.layouts.worksheet.exercises.material import _paired_answers
    assert _paired_answers("Type 1 diabetes", "Type 2 diabetes") and _paired_answers("Stage II", "Stage III")
    assert not _paired_answers("3 km", "5 km")


PLOT = "history_the_gunpowder_plot_1605.yaml"
NEPAL = "geography_the_nepal_earthquake_2015.yaml"
MONOPOLY = "economics_monopoly_and_competition.yaml"


def test_a_day_beside_its_date_a_hazard_beside_its_partner_and_an_everyday_outcome_are_no_blanks():
    asked = {name: {blank.text for plan in fresh_plans(name, ("1", "2", "3")) for gap in of_gaps(plan)
                    for blank in gap.answers} for name in (PLOT, NEPAL)}
    assert "Bonfire Night" not in asked[PLOT] and asked[PLOT]
    assert not asked[NEPAL] & {"avalanches", "food shortages"} and asked[NEPAL]


def test_no_spare_year_in_the_box_lies_decades_from_every_answer_and_no_sum_of_the_givens_is_asked_unnamed():
    for seed, plan in sheets(MONOPOLY):
        for section in plan.exercises.sections:
            years = {int(word) for word in section.bank if word.isdigit()}
            assert not (2016 in years and {1984, 1986} & years), (seed, section.bank)
        assert not any(plain(question.segments).startswith("Concentration ratios: shares of")
                       for question in of_kind(plan, Calc)), seed


FITNESS = "german_gesundheit_und_fitness.yaml"
LAGOS = "geography_urbanisation_in_lagos.yaml"
DIGESTION = "biology_enzymes_and_digestion.yaml"
WAVES = "physics_waves_and_the_electromagnetic_spectrum_2.yaml"


def test_a_verb_printed_split_a_word_beside_its_negation_and_a_stock_result_are_no_blanks():
    asked = {name: {(blank.text, blank.hint) for plan in fresh_plans(name, SEEDS) for gap in of_gaps(plan)
                    for blank in gap.answers} for name in (FITNESS, LAGOS, DIGESTION)}
    assert all(asked.values())
    assert not any(text == "wehtun" for text, _ in asked[FITNESS])
    assert not any(text == "Nollywood" and hint for text, hint in asked[LAGOS])
    for seed, plan in sheets(LAGOS):
        printed = " ".join(f"{pair.title} {pair.text}" for block in of_kind(plan, Match) for pair in block.statements)
        formal = any(blank.text == "Formal sector" for gap in of_gaps(plan) for blank in gap.answers)
        assert not (formal and "Informal sector" in printed), seed
    assert not any(text == "surface area" for text, _ in asked[DIGESTION])


def test_a_spare_has_a_subject_and_a_unit_where_every_meaning_beside_it_has_one():
    for seed, plan in sheets(DIGESTION):
        for block in of_kind(plan, Match):
            assert not any(spare.text.startswith("Made in the liver") for spare in block.spares), seed
    for seed, plan in sheets(WAVES):
        for block in of_kind(plan, Match):
            if all(pair.text.endswith(")") for pair in block.pairs):
                assert all(spare.text.endswith(")") for spare in block.spares), (seed, block.spares)


CONQUEST = "history_the_norman_conquest_1066.yaml"
RIVERS = "geography_rivers_landforms_and_flooding.yaml"
ALGORITHMS = "computing_algorithms_and_flowcharts.yaml"
FOOD_WEBS = "biology_ecosystems_and_food_webs.yaml"


def test_two_places_in_the_box_have_a_spare_place():
    for seed, plan in sheets(CONQUEST):
        for section in plan.exercises.sections:
            places = [word for word in section.bank if word in ("Berkhamsted", "Rouen", "Wallingford", "Pevensey",
                                                               "Hastings", "York", "Westminster", "Normandy")]
            asked = [blank.text for gap in section.questions if isinstance(gap, Gap) for blank in gap.answers
                     if blank.text in places]
            assert not asked or len(places) > len(asked), (seed, section.bank)


def test_a_spare_is_a_statement_of_its_own_and_a_scheme_point_is_not_a_matched_titles():
    for name in (RIVERS, ALGORITHMS):
        for seed, plan in sheets(name):
            titles = set()
            for block in of_kind(plan, Match):
                titles |= {pair.title.casefold() for pair in block.pairs}
                assert not any(spare.text.startswith(("Cost around", "Diamond –")) for spare in block.spares), seed
            for short in of_kind(plan, Short):
                assert not (short.prompt.endswith("Comparing the algorithms.") and "bubble sort" in titles), seed


def test_a_word_below_its_negation_and_a_total_of_an_average_are_not_asked():
    for seed, plan in sheets(FOOD_WEBS):
        titles = " ".join(pair.title for block in of_kind(plan, Match) for pair in block.pairs)
        answers = {blank.text for gap in of_gaps(plan) for blank in gap.answers}
        assert not ("Biotic" in answers and "Abiotic" in titles), seed
        assert not any("mean 3 daisies" in plain(question.segments) for question in of_kind(plan, Calc)), seed


REVOLUTIONS = "history_the_russian_revolutions_of_1917.yaml"
CELL_STRUCTURE = "biology_cell_structure_and_microscopy.yaml"
CRUDE_OIL = "chemistry_crude_oil_and_fuels_2.yaml"
RAINFORESTS = "geography_tropical_rainforests.yaml"


def test_a_state_of_affairs_is_no_event_and_a_line_on_its_titles_verb_is_never_printed_alone():
    for seed, plan in sheets(REVOLUTIONS):
        assert not any(event.text == "Dual Power" for question in of_kind(plan, Timeline)
                       for event in question.events), seed
    for seed, plan in sheets(CELL_STRUCTURE):
        assert not any(plain(gap.segments).startswith("Uses a beam") for gap in of_gaps(plan)), seed


def test_no_mass_of_another_substance_without_its_equation_and_two_peers_in_the_box_have_a_spare_peer():
    for seed, plan in sheets(CRUDE_OIL):
        assert not any(plain(question.segments).endswith("g CO₂") for question in of_kind(plan, Calc)), seed
    for seed, plan in sheets(RAINFORESTS):
        for section in plan.exercises.sections:
            plants = {"lianas", "buttress roots", "drip tips", "epiphytes"} & {word.casefold() for word in section.bank}
            assert len(plants) != 2, (seed, section.bank)


TRENCHES = "history_life_in_the_trenches_1914_1918.yaml"
ATOMS = "chemistry_atoms_and_the_periodic_table.yaml"
WEATHER = "geography_uk_weather_hazards_2.yaml"
FITNESS_TRAINING = "pe_fitness_and_training_principles.yaml"


def test_a_year_another_dated_card_names_a_count_its_prefix_spells_and_an_everyday_pair_are_not_asked():
    for seed, plan in sheets(TRENCHES):
        assert not any("Somme" in plain(question.segments) for question in of_kind(plan, Choice)), seed
    asked = {name: {blank.text.casefold() for plan in fresh_plans(name, SEEDS) for gap in of_gaps(plan)
                    for blank in gap.answers} for name in (ATOMS, WEATHER, FITNESS_TRAINING)}
    assert all(asked.values())
    assert "monatomic" not in asked[ATOMS] and not {"heatwave", "heatwaves"} & asked[WEATHER]
    assert "reaction time" not in asked[FITNESS_TRAINING]


ELIZABETH = "history_elizabethan_england_1580_1603.yaml"
HOLIDAYS_IT = "italian_le_vacanze.yaml"
ENERGY = "physics_energy_stores_and_efficiency_3.yaml"


def test_a_year_reckoned_from_the_sheet_a_cause_on_a_timeline_a_label_and_a_grammar_note_are_not_printed():
    from studypack.layouts.worksheet.exercises.material import _reckoned_year
    assert _reckoned_year("1587", "fled to england in 1568 and was held prisoner for nearly 19 years")
    assert not _reckoned_year("1600", "fled to england in 1568 and was held prisoner for nearly 19 years")
    for seed, plan in sheets(ELIZABETH):
        assert not any(", so Philip" in event.text for question in of_kind(plan, Timeline)
                       for event in question.events), seed
    for seed, plan in sheets(ENERGY):
        assert not any(plain(question.segments).startswith("Worked exam") for question in of_kind(plan, Calc)), seed
    for seed, plan in sheets(HOLIDAYS_IT):
        assert not any("participle agrees" in plain(gap.segments) for gap in of_gaps(plan)), seed


SCHOOL_FR = "french_le_college_et_les_matieres.yaml"
DECAY = "physics_radioactive_decay_and_half_life.yaml"
KIDNEY = "biology_the_kidney_and_water_balance.yaml"
INDUSTRY = "history_the_industrial_revolution_in_britain_3.yaml"


def test_three_phrases_for_one_mark_a_famous_couples_name_and_an_unnamed_difference_are_not_asked():
    for seed, plan in sheets(SCHOOL_FR):
        assert not any(question.shown.count(" / ") >= 2 or question.answer.count(" / ") >= 2
                       for question in of_kind(plan, Translate)), seed
    for seed, plan in sheets(DECAY):
        assert not any(blank.text == "Curie" for gap in of_gaps(plan) for blank in gap.answers), seed
        assert not any("background 20 counts/min" in plain(question.segments) for question in of_kind(plan, Calc)), seed


def test_a_scheme_the_matching_titles_print_and_a_going_on_a_few_years_later_are_not_asked():
    for seed, plan in sheets(KIDNEY):
        titles = {pair.title for block in of_kind(plan, Match) for pair in block.pairs}
        prompts = [question.prompt for question in of_kind(plan, Short)]
        assert not ({"Dialysis", "Kidney transplants"} <= titles and any("Kidney failure" in p for p in prompts)), seed
    for seed, plan in sheets(INDUSTRY):
        assert not any("Bridgewater Canal" in plain(question.segments) and not question.true
                       for question in of_kind(plan, TrueFalse)), seed


GOVERNMENT = "economics_government_and_the_economy.yaml"
RESPIRATION = "biology_respiration_aerobic_and_anaerobic.yaml"
MEDICINE = "history_medicine_in_the_1800s.yaml"


def test_no_year_far_from_its_bunched_options_no_everyday_rate_and_no_range_after_from():
    for seed, plan in sheets(GOVERNMENT):
        for choice in of_kind(plan, Choice):
            assert "May 1997" not in choice.options, (seed, choice.options)
    for name in (RESPIRATION, MEDICINE):
        for seed, plan in sheets(name):
            answers = {blank.text for gap in of_gaps(plan) for blank in gap.answers}
            assert not answers & {"Heart rate", "heart rate", "42% to 2%"}, (name, seed, answers)


NAZI_GERMANY = "history_nazi_germany_1933_1939_2.yaml"
ACIDS = "chemistry_acids_alkalis_and_salts_2.yaml"


def test_an_oath_beside_its_swearing_and_dilute_beside_concentrated_are_no_blanks():
    for name, answer in ((NAZI_GERMANY, "oath of loyalty"), (ACIDS, "dilute")):
        for seed, plan in sheets(name):
            assert answer not in {blank.text.casefold() for gap in of_gaps(plan) for blank in gap.answers}, (name, seed)


ATMOSPHERE = "chemistry_the_atmosphere_and_climate.yaml"
MOTOR_EFFECT = "physics_magnetism_and_the_motor_effect.yaml"
UK_ECONOMY = "geography_changing_uk_economy.yaml"


def test_a_stock_phrase_an_equation_as_a_title_and_the_oldest_as_the_earliest_option_are_not_asked():
    for seed, plan in sheets(ATMOSPHERE):
        assert "fossil fuels" not in {blank.text.casefold() for gap in of_gaps(plan) for blank in gap.answers}, seed
    for seed, plan in sheets(MOTOR_EFFECT):
        assert not any("=" in pair.title for block in of_kind(plan, Match) for pair in block.pairs), seed
    for seed, plan in sheets(UK_ECONOMY):
        assert not any("oldest" in plain(choice.segments) for choice in of_kind(plan, Choice)), seed
