"""Round KM of the unseen-pack audit: "E.g. B: Li: 7.5% ⁶Li, 92.5% ⁷Li →" borrowed a sibling example's label and
never said what to work out; "Electricity companies charge per k____" sat beside "28p per kWh"; "un(e) élève" (a
pupil) was offered among types of school; "I'm rubbish at" was keyed "je suis nul(le) en dessin"."""
from __future__ import annotations

from random import Random

from sheet_builds import built, material, pack_yaml, scheme_texts
from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.translate import translations
from studypack.source import loads
from studypack.source.inline import parse_point

_ISOTOPES = [parse_point(text) for text in (
    "e.g. Cl: 75% ^35^Cl, 25% ^37^Cl → (35 × 75 + 37 × 25) ÷ 100 = 3550 ÷ 100 = **35.5**",
    "e.g. B: 20% ^10^B, 80% ^11^B → (10 × 20 + 11 × 80) ÷ 100 = 1080 ÷ 100 = **10.8**",
    "e.g. Li: 7.5% ^6^Li, 92.5% ^7^Li → (6 × 7.5 + 7 × 92.5) ÷ 100 = 692.5 ÷ 100 = **6.9**")]


def test_a_sibling_examples_label_is_not_borrowed_and_the_titles_symbol_is_asked():
    example = worked(_ISOTOPES[2], "Worked examples – Aᵣ from two isotopes", _ISOTOPES[1])
    assert example is not None
    assert "e.g." not in example.context.casefold() and "B" not in example.context.split()
    assert example.asked == "Aᵣ = " and example.number == "6.9"


def test_a_symbol_among_the_givens_is_not_asked():
    example = worked(parse_point("e.g. Aᵣ = 69.8, 60% ^69^Ga → 69 × 0.6 = **41.4**"), "Harder Aᵣ questions")
    assert example is None or example.asked != "Aᵣ = "


def test_a_units_short_form_printed_elsewhere_tells_its_name():
    source = material(pack_yaml("Circuits", "Physics", [("Paying", ["Companies charge per **kilowatt-hour (kWh)**."])]))
    source.record(["Electricity companies charge per k____"], ["kilowatt-hour (kWh)"])
    assert source.gives_away(["3 kW heater on for 2 h, 28p per kWh →"], [])
    assert not source.gives_away(["3 kW heater on for 2 h, 28p per unit →"], [])
    source.record(["Potential difference is measured in v____"], ["volts (V)"])
    assert source.gives_away(["Q = 20 C, V = 12 V → E = ____ J"], [])  # "measured in v____" beside a printed "V"
    # reads its unit off the sheet (round MO)
    assert not source.gives_away(["Q = 20 C, I = 2 A → E = ____ J"], [])


def test_a_word_for_a_person_is_offered_only_beside_people():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material("title: L'école\nsubject: French\ncards:\n  - title: Types of school\n    points:\n"
                      "      - \"**le lycée** – sixth-form, ages 15-18\"\n"
                      "      - \"**le collège** – secondary school, ages 11-15\"\n"
                      "      - \"**l'école maternelle** – nursery school\"\n"
                      "      - \"**l'école primaire** – primary school\"\n      - \"**un(e) élève** – a pupil\"\n"
                      "      - \"**le professeur** – teacher\"\n      - \"**le directeur** – head teacher\"\n"
                      "      - \"**l'instituteur** – primary teacher\"\n")
    lycee = source.key_terms(PointRef(0, 0))[0]
    offered = {option for seed in range(8) for option in distractors(
        lycee, source.pool, Random(seed), 3, source.point(PointRef(0, 0)).text[lycee.end:], near=0) or ()}
    assert offered and not offered & {"un(e) élève", "le professeur", "le directeur", "l'instituteur"}
    eleve = source.key_terms(PointRef(0, 4))[0]
    people = distractors(eleve, source.pool, Random(1), 3, "", near=0)
    assert people and set(people) <= {"le professeur", "le directeur", "l'instituteur"}


def test_a_meaning_that_stops_before_its_object_is_not_asked():
    pack = loads("title: L'école\nsubject: French\ncards:\n  - title: Opinions\n    points:\n"
                 "      - \"**je suis nul(le) en dessin** – I'm rubbish at\"\n"
                 "      - \"**s'intéresser à** – to be interested in\"\n      - \"**la matière** – subject\"\n"
                 "      - \"**le cours** – lesson\"\n", "ecole.yaml")
    asked = {question.shown for seed in range(6) for question in translations(pack, Random(seed), 4)}
    assert not any("dessin" in shown or "rubbish" in shown for shown in asked)
    assert any("intéresser" in shown or "interested" in shown for shown in asked)


def test_an_equation_is_no_swap_for_one_side_of_another():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material(pack_yaml("Moles", "Chemistry", [
        ("Concentration in g/dm³", ["**concentration = mass ÷ volume** (g/dm^3^ = g ÷ dm^3^)",
                                    "Rearrange → mass = **c × V**"]),
        ("Concentration in mol/dm³", ["**c = n / V** (concentration in mol/dm^3^ = moles ÷ volume in dm^3^)",
                                      "Steps: moles of known solution (**n = c × V**) → **mole ratio** → moles"])]))
    side, shown = source.key_terms(PointRef(0, 1))[0], source.point(PointRef(0, 1)).text
    swapped = {option for seed in range(8) for option in distractors(
        side, source.pool, Random(seed), 1, shown, near=0) or ()}
    assert not any("=" in option for option in swapped)


def test_a_worked_examples_next_lines_are_no_scheme_points():
    from studypack.layouts.worksheet.exercises.roles import WORKED_SUM
    assert WORKED_SUM.search("O~2~ left over = 3 − 2 = 1 mol, product = 4 mol H~2~O")
    assert WORKED_SUM.search("moles → 0.5 : 1.0 : 0.5 : 1.0 → divide by 0.5 → 1 : 2 : 1 : 2")
    assert WORKED_SUM.search("so CH₄ + 2O₂ → CO₂ + 2H₂O (check: 8 + 32 = 22 + 18 = 40 g)")
    assert not WORKED_SUM.search("Step 3 – divide by 100 (or by the total abundance).")
    assert not WORKED_SUM.search("2H₂ + O₂ → 2H₂O")


def test_examples_after_a_dash_are_no_definition_to_match():
    from studypack.layouts.worksheet.exercises.matching import definition_candidates
    source = material(pack_yaml("Genetics", "Biology", [
        ("Genetic engineering", ["**GM crops** – e.g. resistant to insects or herbicides, bigger yields",
                                 "**Vector** – a plasmid or virus that carries the new gene into the cell",
                                 "**Genome** – the entire genetic material of an organism"])]))
    terms = {candidate.build(0).title for candidate in definition_candidates(source)}
    assert "GM crops" not in terms and "Vector" in terms


def test_a_word_of_the_same_meaning_is_no_wrong_option():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material("title: La familia\nsubject: Spanish\ncards:\n  - title: Personality\n    points:\n"
                      "      - \"**simpático** – nice, friendly\"\n      - \"**amable** – kind\"\n"
                      "      - \"**gracioso** – funny\"\n      - \"**trabajador** – hard-working\"\n"
                      "      - \"**perezoso** – lazy\"\n      - \"**antipático** – unfriendly, not nice\"\n")
    answer = source.key_terms(PointRef(0, 0))[0]
    shown = source.point(PointRef(0, 0)).text[answer.end:]
    offered = {option for seed in range(8) for option in distractors(answer, source.pool, Random(seed), 3, shown,
                                                                      near=0) or ()}
    assert offered and "amable" not in offered and "antipático" in offered
    from studypack.layouts.worksheet.exercises.words import same_sense
    assert same_sense("nice, friendly", "kind") and not same_sense("lazy", "boring")


def test_a_symbol_whose_meaning_prints_it_is_not_matched():
    from studypack.layouts.worksheet.exercises.matching import definition_candidates
    source = material(pack_yaml("Energy", "Physics", [
        ("Elastic potential energy", ["**k** – spring constant in N/m (stiffer spring → bigger k)",
                                      "**e** – extension in metres (convert cm to m first)",
                                      "**Power** – the rate of energy transfer"])]))
    titles = {candidate.build(0).title for candidate in definition_candidates(source)}
    assert "k" not in titles and "e" in titles


def test_a_definition_of_the_titles_subject_is_no_item_of_its_kind():
    source = material(pack_yaml("The changing economic world", "Geography", [
        ("Consequences of the development gap", [
            "**Development gap** – the difference in standards of living between the richest and poorest countries",
            "Wealth – LICs have much lower GNI per capita, less spent on services",
            "Health – lower life expectancy, higher **infant mortality**, fewer doctors",
            "**International migration** – people move from LICs to HICs for jobs",
            "Money sent home by migrants = **remittances**, important income for many LICs"]),
        ("Measuring development", ["**GNI per capita** – income per person", "**HDI** – a measure of health, "
                                   "education and wealth", "**Literacy rate** – the share of adults who can read"])]))
    schemes = scheme_texts(source, 0)
    assert schemes and not any(text.startswith("Development gap") for text in schemes)
    assert any(text.startswith("International migration") for text in schemes)


def test_a_person_the_pack_ties_to_the_same_rare_thing_is_no_wrong_option():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material(pack_yaml("Elizabethan England", "History", [
        ("Exploration", ["**Walter Raleigh** – colony at **Roanoke** (Virginia) 1585 → abandoned 1586",
                         "1587 2nd colony under **John White**; supplies delayed → by 1590 all gone",
                         "**Francis Drake** sailed round the world 1577–80 in the Golden Hind"]),
        ("Court", ["**William Cecil** – Secretary of State, then Lord Treasurer",
                   "**Robert Dudley** – the Queen's favourite, pushed for war with Spain",
                   "**Francis Walsingham** – spymaster who uncovered plots"])]))
    white = next(term for term in source.key_terms(PointRef(0, 1)) if term.text == "John White")
    shown = source.point(PointRef(0, 1)).text
    offered = {option for seed in range(8) for option in distractors(white, source.pool, Random(seed), 3, shown) or ()}
    assert offered and "Walter Raleigh" not in offered


def test_a_gradient_equal_to_a_coordinate_and_a_named_term_are_asked():
    gradient = worked(parse_point("e.g. (1, 3) and (4, 12) → m = (12 − 3) ÷ (4 − 1) = 9 ÷ 3 = **3**"),
                      "Gradient from two points")
    assert gradient is not None and gradient.asked == "m = " and gradient.number == "3"
    term = worked(parse_point("Substitute the position for n. e.g. 10th term of 3n − 2 → 3 × 10 − 2 = **28**"),
                  "Using the nth term")
    assert term is not None and term.number == "28"
    assert worked(parse_point("e.g. surface area of a sphere r = 3 → SA = 36π, and 36π again → **36π**"),
                  "Spheres") is None


def test_a_sequence_that_goes_on_is_worked_from():
    example = worked(parse_point("e.g. Fibonacci-type 2, 5, 7, 12 … → next term = 7 + 12 = **19**"),
                     "Special sequences to know")
    assert example is not None and example.asked == "next term = " and example.number == "19"
    assert worked(parse_point("e.g. 2, 5, … and so on → next term = 7 + 12 = **19**"), "Sequences") is None


def test_a_names_shorthand_is_no_surname_to_offer():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material(pack_yaml("Elizabethan England", "History", [
        ("The Armada", ["Plan: sail up the Channel & pick up **Parma's** army in the Netherlands",
                        "**Francis Drake** attacked with fireships at Gravelines",
                        "**Charles Howard** led the English fleet from the Ark Royal"]),
        ("Causes of war", ["Execution of **Mary QoS** 1587 → Philip had a reason to invade",
                           "**Roberto Ridolfi** plotted in 1571 to free Mary",
                           "**Francis Walsingham** caught the plotters with a double agent"])]))
    parma = source.key_terms(PointRef(0, 0))[0]
    shown = source.point(PointRef(0, 0)).text
    offered = {option for seed in range(8) for option in distractors(parma, source.pool, Random(seed), 2, shown) or ()}
    assert offered and "QoS" not in offered


def test_together_these_leans_on_the_lines_before():
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    assert leans_on_previous("Together these = the body's **first line of defence** → work against any pathogen")
    assert not leans_on_previous("Together with Engels, Marx wrote the Communist Manifesto.")


def test_an_answer_whose_opposite_its_own_line_prints_is_given_away():
    source = material(pack_yaml("Straight lines", "Maths", [("y = mx + c", ["Positive m → **uphill**."])]))
    assert source.gives_away(["Positive m → u____ left to right; negative m → downhill"], ["uphill"])
    assert source.gives_away(["Breathing in is i____; breathing out is exhalation"], ["inhalation"])
    assert not source.gives_away(["Positive m → u____ left to right"], ["uphill"])


def test_a_practicals_method_and_a_formula_are_no_factors():
    source = material(pack_yaml("Organisation", "Biology", [
        ("Factors affecting enzyme activity", [
            "Rate ↑ as temp ↑ (more collisions) up to the **optimum temperature**",
            "Too hot → bonds break → active site changes shape → enzyme is **denatured**",
            "Each enzyme has an **optimum pH**, e.g. pepsin ~pH 2",
            "RP: amylase + starch at different pH, test drops with **iodine** every 30 s",
            "**Rate = 1000 / time** (units s^-1^)"]),
        ("Blood", ["**Plasma** – pale yellow liquid that carries glucose", "**Platelets** help blood clot at a wound",
                   "**Red blood cells** carry oxygen using haemoglobin"])]))
    schemes = scheme_texts(source, 0)
    assert schemes and not any(text.startswith(("RP:", "Rate = 1000")) for text in schemes)


def test_a_ratio_worked_out_is_asked_by_its_symbol():
    example = worked(parse_point("e.g. cube side 10 nm → SA = 6 × 10^2^ = 600 nm^2^, V = 10^3^ = 1000 nm^3^ → "
                                 "SA:V = 600 ÷ 1000 = **0.6 nm^−1^**"), "Nanoparticles")
    assert example is not None and example.asked == "SA:V = "


def test_a_line_opening_on_a_participle_with_a_pronoun_is_no_statement():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material(pack_yaml("Hormones", "Biology", [("The endocrine system", [
        "**Hormones** are chemical messengers released by **glands** into the blood.",
        "Carried in the blood to a **target organ**, where they cause an effect.",
        "The **pituitary gland** is the master gland."])]))
    assert _true_false(source, PointRef(0, 1), True) is None
    assert _true_false(source, PointRef(0, 2), True) is not None


def test_a_grammar_note_in_a_meaning_is_not_asked():
    pack = loads("title: Les courses\nsubject: French\ncards:\n  - title: Shopping\n    points:\n"
                 "      - \"**bon marché** – cheap (never changes ending)\"\n      - \"**cher** – expensive\"\n"
                 "      - \"**les soldes** – the sales\"\n      - \"**la caisse** – the till\"\n", "courses.yaml")
    asked = {question.shown for seed in range(8) for question in translations(pack, Random(seed), 4)}
    assert not any("ending" in shown for shown in asked)
    assert "cheap" in asked or "bon marché" in asked


def test_an_overview_card_is_neither_a_title_nor_a_spare_to_match():
    from studypack.layouts.worksheet.exercises.allocate import _OVERVIEW
    assert _OVERVIEW.search("Why resources matter") and _OVERVIEW.search("Cell biology – the basics")
    assert not _OVERVIEW.search("Why the USA got involved in Vietnam")
    assert not _OVERVIEW.search("Global energy security")
    text = pack_yaml("Resource management", "Geography", [
        ("Why resources matter", ["About 700 million people have no **electricity**, mostly in sub-Saharan Africa.",
                                  "Around 800 million people are **undernourished**."]),
        ("Global energy security", ["**Energy security** – reliable, affordable access to enough energy",
                                    "Consumption ↑ with **economic development** and population growth."]),
        ("Water in the UK", ["Average use ≈ **140 litres** per person per day.",
                             "**Water transfer** moves water from surplus to deficit areas.",
                             "**Aquifers** in the chalk supply much of the South East."]),
        ("Thanet Earth", ["Uses **hydroponics**; rainwater collected and recycled.",
                          "One of the UK's largest **greenhouse** complexes."]),
        ("Organic farming", ["**Organic** farming uses no artificial fertilisers.",
                             "Better for **soil** and wildlife."])])
    for seed in ("1", "2", "3"):
        _, sheet, _ = built(text, seed)
        matching = sheet.split("Matching")[-1].split("Page")[0]
        assert "Matching" in sheet and "Why resources matter" not in matching and "700 million" not in matching


def test_a_particle_is_offered_only_beside_particles():
    from studypack.layouts.worksheet.exercises.distractors import same_sort
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material(pack_yaml("Radioactivity", "Physics", [("Nuclear equations", [
        "Beta particle written **^0^~-1~e**", "Radium-226 emits α → **^222^~86~Rn**",
        "Polonium-210 emits α → **^206^~82~Pb**"])]))
    beta, radon, lead = (source.key_terms(PointRef(0, index))[0] for index in range(3))
    assert not same_sort(beta, radon) and same_sort(radon, lead)


def test_a_ticked_check_and_a_loanword_are_not_asked():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material(pack_yaml("Crude oil", "Chemistry", [("Cracking", [
        "Cracking equations must balance: C 10 = 8 + 2, H 22 = 18 + 4 ✔",
        "Cracking breaks long **alkanes** into shorter, more useful ones."])]))
    assert _true_false(source, PointRef(0, 0), True) is None
    pack = loads("title: Schule\nsubject: German\ncards:\n  - title: Fächer\n    points:\n"
                 "      - \"**Kunst** – art, **Sport** – PE, **Erdkunde** – geography\"\n"
                 "      - \"**Mathe** – maths\"\n      - \"**Geschichte** – history\"\n", "schule.yaml")
    asked = {question.shown for seed in range(8) for question in translations(pack, Random(seed), 4)}
    assert not any(shown in ("Sport", "PE") for shown in asked)


def test_a_verb_first_event_is_dated_under_its_title_or_not_at_all():
    from studypack.layouts.worksheet.exercises.events import _point_events
    source = material(pack_yaml("Inter-war years", "History", [
        ("The League", ["Began work in **1920**, HQ in **Geneva**, rules set out in the **Covenant**."]),
        ("The League of Nations – set-up and weaknesses", ["Began work in **1920**, HQ in **Geneva**."])]))
    events = {ref.card: event.text for ref, event in _point_events(source)}
    assert events.get(0, "The League: began").startswith("The League: began") and 1 not in events


def test_a_formula_swapped_into_an_equation_brings_no_new_element():
    from studypack.layouts.worksheet.exercises.distractors import distractors
    from studypack.layouts.worksheet.exercises.questions import PointRef
    source = material(pack_yaml("Acids and salts", "Chemistry", [("Making salts", [
        "CuO + H~2~SO~4~ → **CuSO~4~** + H~2~O", "CaCO~3~ + 2HCl → **CaCl~2~** + H~2~O + CO~2~",
        "Zn + H~2~SO~4~ → **ZnSO~4~** + H~2~", "Mg + 2HCl → **MgCl~2~** + H~2~"])]))
    answer = source.key_terms(PointRef(0, 0))[0]
    shown = source.point(PointRef(0, 0)).text
    shown = shown[:answer.start] + shown[answer.end:]
    swapped = {option for seed in range(8) for option in distractors(
        answer, source.pool, Random(seed), 1, shown, near=0) or ()}
    assert not swapped & {"CaCl₂", "MgCl₂", "ZnSO₄"}


def test_the_line_aboves_label_is_not_borrowed_for_another_quantity():
    example = worked(parse_point("e.g. 3, 5, 5, 8, 9 → mean = 30 ÷ 5 = **6**"), "Mean, median and mode",
                     parse_point("**Mode** – the most common value (can be more than one)"))
    assert example is not None and example.asked == "mean = " and example.context.casefold() != "mode"


def test_an_acronym_spelled_inside_a_compound_word_is_given_away():
    from studypack.layouts.worksheet.exercises.words import spelled_out
    assert spelled_out("ICBM", "– intercontinental ballistic missile, could hit the other side's cities")
    assert spelled_out("DNA", "deoxyribonucleic acid")
    assert not spelled_out("ICBM", "in case of bad weather") and not spelled_out("USSR", "the USA sent soldiers")


def test_a_hyphened_amount_printed_elsewhere_is_given_away():
    source = material(pack_yaml("The American West", "History", [("Land", ["Plots of **160-acre** per family."])]))
    source.record(["Homestead Act (1862) – 160 acres free to farm for 5 years"], [])
    assert source.gives_away(["Dawes Act (1887) – reservation land split into ____ plots per family"], ["160-acre"])
