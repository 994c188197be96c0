"""Rounds NU to OD of the unseen-pack audit: a kinetics sheet promised a first letter before every gap where a
formula's blank ("____ is the catalyst in the Contact process") had none; a part was asked beside its whole and the
other part; "2,2-dimethylpropane" was offered beside "33-dimethylpropane"; "Nixon and ____ pursued détente alongside
Brezhnev" offered Carter, whom the pack has signing SALT II with Brezhnev; electron pairs were said to "attract each
other and move as far apart as possible"; and a lever's sum asked "→ ____" with nothing to say what. Two maths packs
asked no calculation of examples worked in words ("has area 12 × 9 = 108 cm²"). Then a heart pack's "rises above"
was turned to "falls above"; Tudor "Injunctions" stood among people, and "Philip of Spain" beside "a Spanish
satellite"; Mato Grosso, "the leading soya state", among countries; "the PFA triangle" beside "force = pressure ×
area"; and "First step: choose a suitable s____" with no word of what. Last, "particles smaller than ____" beside
"PM₁₀"; 1698 among later years under "… by 1700"; and "older people became apprentices" under the title matched to
"Apprenticeship ended early". Then 60% the one share over half beside "most casualties"; "The same HCl …" set true
or false with nothing to say what HCl; "R____ of damaged tissue, e.g. healing a cut" with no "Why do cells divide?";
and a worked example's "add ____" of acid, where any amount would do. A groups 1 and 7 pack had no multiple choice or
true or false: elements are now offered beside their own group's. Last, "235 ≤ d < 245 and 3.15 ≤ t < 3.25" and
"p ÷ q from the earlier card" as matching statements; "help animals repel a mate"; "Alkali metals + water: The solution
left is alkaline."; "about ____ compared with about US$49,000 …, so roughly 23 times lower"; and "____ national
census" for 2021. And a round of chemistry: "8-glycosidic bond" offered beside 1,4-; O²⁻ the one negative ion among
its options, NH₃ the one with nitrogen beside "the lone pair on the nitrogen"; "Loft insulation reduces …" set false
for thermal insulation; "Like a triglyceride, …" with no title; a claim cut to "The most densely populated desert in
the world."; "P = E ÷ t …: W = J ÷ s" as a statement; and 50 °C among other heats beside "heat is dangerous".
Round OB struck one question of 185: "la aplicación (la app)" set to translate as "app". Rounds OC and OD: 3 m/s²
offered beside "about 2 m/s²"; 10% asked beside "Ten Percent Plan"; options above "up to 750,000"; and "¿Qué le
pasa? – ¿Desde hace cuánto tiempo?" set to translate as a word and its meaning."""
from __future__ import annotations

import random
import re

from sheet_builds import built, calculations, hideable, material, of_kind, offered, pack_yaml, translated
from studypack.layouts.worksheet.exercises.candidates import choice_candidates, true_false_candidates
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.matching import match_candidates
from studypack.layouts.worksheet.exercises.questions import Choice, Gap, Match, TrueFalse, plain


def test_gap_instructions_promise_first_letters_only_where_every_blank_has_one():
    text = pack_yaml("Catalysts", "Chemistry", [
        ("How a catalyst works", ["A catalyst gives an **alternative pathway** with a lower activation energy.",
                                  "A catalyst does not change the position of **equilibrium**."]),
        ("Examples", ["**\\ce{V2O5}** is the catalyst in the Contact process.",
                      "**\\ce{MnO2}** speeds up the breakdown of hydrogen peroxide."]),
        ("Enzymes", ["Enzymes are **proteins** that act as biological catalysts.",
                     "Each enzyme fits its substrate at the **active site**."]),
        ("Rates", ["Rates rise with temperature because more collisions pass the **activation energy**.",
                   "A powder reacts faster than a lump because of its larger **surface area**."])])
    plan, sheet, _ = built(text, "1", exercises=("gap",), word_bank=False)
    gaps = of_kind(plan, Gap)
    assert any(blank.hint for gap in gaps for blank in gap.answers), sheet
    assert not all(blank.hint for gap in gaps for blank in gap.answers), sheet
    assert "Where there are letters before a line, they are the start of its answer." in sheet
    assert "The letters before a line are the start of its answer." not in sheet


def test_a_part_is_not_asked_beside_the_whole_and_the_other_part():
    line = ("**2019**: about **4.2 million** visitors – around **2.7 million stopover** and **1.5 million cruise** "
            "passengers.")
    text = pack_yaml("Tourism in Jamaica", "Geography", [
        ("Tourism in figures", [line, "Tourism earned about **US$3.6 billion** in foreign exchange."]),
        ("Growth", ["**Montego Bay** grew around its airport.", "The **Jamaica Tourist Board** was set up in 1955."])])
    assert "1.5 million cruise" not in hideable(text, "2019: about")
    assert "2.7 million stopover" not in hideable(text, "2019: about")
    assert "4.2 million" not in hideable(text, "2019: about")


def test_an_example_that_has_its_result_worked_in_words_is_asked():
    asked = calculations(pack_yaml("Transformations", "Maths", [
        ("Lengths, areas and volumes", [
            "Enlarge by scale factor **k**: lengths × k, areas × k², volumes × k³.",
            "Example: a rectangle of area **12 cm^2^** enlarged by scale factor 3 has area 12 × 9 = **108 cm^2^**."]),
        ("Distance–time graphs", ["The gradient is the speed.",
                                  "Example: 120 km in 2 hours gives gradient 120 ÷ 2 = **60 km/h**."])]))
    assert any("scale factor 3 → area = [108] cm²" in stem for stem in asked), asked
    assert any("120 km in 2 hours → gradient = [60] km/h" in stem for stem in asked), asked


def test_a_compounds_name_with_its_locants_is_no_figure_to_change():
    text = pack_yaml("Intermolecular forces", "Chemistry", [
        ("Shape and London forces", [
            "**Pentane** boils at **36 °C**; its branched isomer **2,2-dimethylpropane** at **10 °C**.",
            "Branching means less surface contact, so weaker **London forces**."]),
        ("Halogenoalkanes", ["**1,2-dibromoethane** forms when ethene reacts with bromine.",
                             "**2-chloropropane** is a secondary halogenoalkane.",
                             "**3-methylbutan-1-ol** is a primary alcohol."])])
    options = [option for choice in offered(text, choice_candidates) for option in choice.options]
    assert not any(re.fullmatch(r"\d+-\w+", option) and "," not in option and option[0] not in "123"
                   for option in options), options
    assert not any(re.match(r"\d{2,}-", option) for option in options), options


def test_one_of_a_pair_is_not_swapped_for_one_the_pack_names_with_the_others_in_the_stem():
    source = material(pack_yaml("The later Cold War", "History", [
        ("Nixon, Brezhnev and SALT I", [
            "**Richard Nixon** and **Henry Kissinger** pursued détente alongside **Leonid Brezhnev**.",
            "**SALT I** was signed in **May 1972**."]),
        ("SALT II", ["**SALT II** signed in Vienna by **Jimmy Carter** and **Brezhnev**, **June 1979**.",
                     "Never ratified by the **US Senate**."]),
        ("The Prague Spring", ["The **Brezhnev Doctrine** allowed Soviet intervention.",
                               "**Brezhnev** sent tanks into Prague in **August 1968**."]),
        ("Poland", ["Strikes at Gdańsk were led by **Lech Wałęsa**.",
                    "Martial law was declared by **Wojciech Jaruzelski**."]),
        ("The end", ["**Mikhail Gorbachev** became leader in 1985.", "**Boris Yeltsin** stood on a tank in 1991.",
                     "**Ronald Reagan** called the USSR an evil empire."])]))
    stem = source.point(source.refs[0])
    kissinger = next(term for term in source.terms[source.refs[0]] if term.text == "Henry Kissinger")
    offered = {option for seed in range(8) for count in (1, 3)
               for option in distractors(kissinger, source.pool, random.Random(seed), count, stem.text) or ()}
    assert offered and "Jimmy Carter" not in offered, offered


def test_repelling_pairs_that_move_apart_are_not_turned_to_attracting():
    text = pack_yaml("Shapes of molecules", "Chemistry", [
        ("Electron-pair repulsion", [
            "Electron pairs around a central atom **repel** each other and move as far apart as possible.",
            "**Lone pairs** repel more than **bonding pairs**."]),
        ("Polarity", ["A polar molecule has a **permanent dipole**.",
                      "Like charges repel; opposite charges attract."])])
    statements = [plain(statement.segments) for statement in offered(text, true_false_candidates, {True: 0, False: 50})]
    assert not any("attract each other and move" in statement for statement in statements), statements


def test_a_sum_named_in_words_before_it_asks_for_that_name():
    asked = calculations(pack_yaml("Moments", "Physics", [
        ("Levers", ["A lever is a force multiplier.",
                    "Worked example: crowbar with the effort **0.60 m** from the pivot and the load **0.05 m** from "
                    "it → force multiplied by 0.60 ÷ 0.05 = **12**."]),
        ("Moments", ["Moment = force × distance from the pivot.",
                     "Example: **20 N** at **0.5 m** → moment = 20 × 0.5 = **10 N m**"])]))
    assert any(stem.endswith("→ force multiplied by [12]") for stem in asked), asked
    assert not any(stem.endswith("→ [12]") for stem in asked), asked


def test_a_plural_noun_opening_a_line_is_no_person_among_people():
    source = material(pack_yaml("Edward VI", "History", [
        ("Protestant reform", ["1547: **Injunctions** ordered the removal of images.",
                               "**Somerset** ruled as Lord Protector.", "**Cranmer** wrote the Prayer Book."]),
        ("Rebellions", ["**Robert Kett** led the rebels in Norfolk.",
                        "**Lord Russell** crushed the Western rising."])]))
    sorts = {term.text: term.sort for ref in source.refs for term in source.terms[ref]}
    assert not sorts["Injunctions"].startswith("person"), sorts
    assert sorts["Robert Kett"].startswith("person"), sorts


def test_one_known_by_a_land_the_line_names_is_not_asked_there():
    text = pack_yaml("Mary I", "History", [
        ("The Spanish marriage", [
            "Mary chose **Philip of Spain**, son of Charles V; many feared England would become a Spanish satellite.",
            "**Thomas Wyatt** led a rising in Kent in **1554**."]),
        ("Burnings", ["**Thomas Cranmer** was burned in **1556**.", "**John Foxe** wrote the Book of Martyrs."])])
    assert "Philip of Spain" not in hideable(text, "Mary chose")


def test_a_name_said_to_be_a_state_that_is_no_country_is_a_region():
    source = material(pack_yaml("The Amazon", "Geography", [
        ("Soya", ["**Mato Grosso** is the leading soya state, on the southern edge of the forest.",
                  "Soya is exported to **China**."]),
        ("Aid", ["The **Amazon Fund** is paid for mainly by **Norway** and **Germany**.",
                 "**Brazil** holds about 60% of the forest."])]))
    sorts = {term.text: term.sort for ref in source.refs for term in source.terms[ref]}
    assert sorts["Mato Grosso"] == "region", sorts
    assert sorts["Norway"] == "country", sorts


def test_a_formula_triangle_is_not_asked_beside_the_formula_its_letters_spell():
    text = pack_yaml("Compound measures", "Maths", [
        ("Pressure", ["Rearranged: **force = pressure × area**, area = force ÷ pressure "
                      "(the **PFA triangle**: F on top)",
                      "Pressure is measured in **pascals**."]),
        ("Density", ["Rearranged: mass = density × volume (the **DMV triangle**: M on top)",
                     "Water has a density of **1 g/cm^3^**."])])
    assert "PFA triangle" not in hideable(text, "Rearranged: force")
    assert "DMV triangle" not in hideable(text, "Rearranged: mass")


def test_a_step_with_no_title_before_it_is_not_asked():
    text = pack_yaml("Potable water", "Chemistry", [
        ("Sources of fresh water in the UK", ["Rain collects in **lakes**, **rivers** and **reservoirs**.",
                                              "First step: choose a suitable **source** of fresh water."]),
        ("Filtration", ["Water is passed through **filter beds** to remove solids.",
                        "**Chlorine** kills microbes."])])
    plan, sheet, _ = built(text, "1", exercises=("gap",), word_bank=False)
    assert "First step: choose" not in sheet or "Sources of fresh water in the UK: First step" in sheet, sheet
    assert not any(plain(gap.segments).startswith("First step") for gap in of_kind(plan, Gap)), sheet


def test_a_figure_is_not_asked_beside_the_code_that_lowers_it():
    text = pack_yaml("Pollutants", "Chemistry", [
        ("Particulates", ["**PM~10~**, **PM~2.5~** — particles smaller than **10 µm** and **2.5 µm** across.",
                          "They come mainly from **diesel** engines."]),
        ("Carbon monoxide", ["**Carbon monoxide** is toxic.", "It binds to **haemoglobin** in the blood."])])
    assert not {"10 µm", "2.5 µm"} & set(hideable(text, "PM"))


def test_a_year_under_a_title_by_a_year_has_no_wrong_year_after_it():
    text = pack_yaml("The British Empire and the slave trade", "History", [
        ("Britain and the slave trade by 1700", [
            "After the **Royal African Company** lost its monopoly in **1698**, any merchant could trade.",
            "Ships sailed from **London** and **Bristol**."]),
        ("Growth", ["Britain won the **Asiento** in **1713**.", "Liverpool overtook Bristol by **1740**.",
                    "The Society for Effecting the Abolition of the Slave Trade was founded in **1787**.",
                    "The **Zong** massacre was in **1781**.", "Parliament heard evidence in **1789**."]),
        ("Abolition", ["The slave trade was abolished in **1807**.", "Slavery was abolished in **1833**."])])
    options = [option for choice in offered(text, choice_candidates) if "monopoly" in plain(choice.segments)
               for option in choice.options]
    assert not any(int(option) > 1700 for option in options), options


def test_a_matching_title_is_not_paired_by_a_stem_under_it_that_says_the_statement_again():
    text = pack_yaml("The British Empire and the slave trade", "History", [
        ("Slavery Abolition Act", ["Children under 6 were freed at once; older people became **apprentices**.",
                                   "Apprenticeship ended early, on **1 August 1838**, after protests.",
                                   "Slave owners got **£20 million** in compensation."]),
        ("The Middle Passage", ["Crossing to the Caribbean took about **6–8 weeks**.",
                                "Captives were chained below deck in the **hold**."]),
        ("Capture in West Africa", ["Captives were held in forts such as **Cape Coast Castle**.",
                                    "Many were taken in wars between African states."]),
        ("Plantations", ["**Sugar** was the main crop in the British Caribbean.",
                         "The working day in harvest could last **18 hours**."]),
        ("Resistance", ["The **Baptist War** broke out in Jamaica in 1831.", "**Sam Sharpe** led it."])])
    for seed in "123456":
        plan, sheet, _ = built(text, seed)
        stems = [plain(question.segments) for question in of_kind(plan, (Gap, Choice, TrueFalse))]
        pairs = [pair for match in of_kind(plan, Match) for pair in match.pairs]
        told = any(pair.title == "Slavery Abolition Act" and "Apprenticeship" in pair.text for pair in pairs) \
            and any(stem.startswith("Slavery Abolition Act: ") and "apprentices" in stem for stem in stems)
        assert not told, (seed, sheet)


def test_a_share_beside_words_that_say_it_is_most_is_not_offered_among_shares():
    text = pack_yaml("The Western Front", "History", [
        ("Wounds", ["**Artillery** caused most casualties – around **60%** of wounds.",
                    "**Gas** caused about **3%** of British casualties.",
                    "Machine guns caused about **30%** of wounds."]),
        ("Deprivation", ["About **70,000** people live in the most deprived **10%** of areas.",
                         "Around **25%** of children live in poverty."])])
    stems = [plain(choice.segments) for choice in offered(text, choice_candidates)]
    assert not any("most casualties" in stem for stem in stems), stems


def test_a_line_on_the_same_amount_as_the_line_before_is_no_statement():
    statements = [plain(statement.segments) for statement in offered(pack_yaml("Buffers", "Chemistry", [
        ("Buffers and acid", [
            "Worked example: a buffer of 0.100 mol CH~3~COOH and 0.100 mol CH~3~COO^-^; add **0.010 mol HCl**.",
            "The same HCl in 1.00 dm^3^ of pure water would take the pH from 7.00 to **2.00**."]),
        ("Buffers", ["A **buffer** resists changes in pH.", "Blood is buffered by **hydrogencarbonate** ions."])]),
        true_false_candidates, {True: 50, False: 50})]
    assert not any("The same HCl" in statement for statement in statements), statements


def test_an_item_opening_a_line_under_a_question_is_not_asked_without_the_question():
    text = pack_yaml("Cell division", "Biology", [
        ("Why do cells divide by mitosis?", [
            "**Growth** of a multicellular organism, e.g. a baby growing into an adult",
            "**Repair** of damaged tissue, e.g. healing a cut or a broken bone",
            "**Replacement** of cells that wear out, e.g. skin cells"]),
        ("Stem cells", ["A **stem cell** can differentiate into other types of cell.",
                        "Adult stem cells are found in **bone marrow**."])])
    plan, sheet, _ = built(text, "1", exercises=("gap",), word_bank=False)
    assert not any(plain(gap.segments).startswith(("Repair", "Growth", "Replacement", "R", "G"))
                   and not plain(gap.segments).startswith("Why") for gap in of_kind(plan, Gap)
                   if gap.point.card == 0), sheet


def test_a_worked_examples_given_before_any_working_is_not_asked():
    text = pack_yaml("Buffers", "Chemistry", [
        ("Buffers and acid", [
            "Worked example: a buffer of 0.100 mol CH~3~COOH and 0.100 mol CH~3~COO^-^ (pH 4.76); "
            "add **0.010 mol HCl**",
            "New pH = 4.76 + log(0.090 ÷ 0.110) = **4.67**"]),
        ("Radioactivity", ["Example: carbon-14 has a half-life of about **5700 years**.",
                           "Iodine-131 has a half-life of about **8 days**."])])
    assert "0.010 mol HCl" not in hideable(text, "Worked example")
    assert "5700 years" in hideable(text, "Example: carbon-14")


def test_an_element_is_swapped_only_for_one_of_its_group():
    source = material(pack_yaml("Groups 1 and 7", "Chemistry", [
        ("Alkali metals and water", ["In water **lithium** floats and fizzes steadily.",
                                     "**Sodium** melts into a silvery ball and whizzes across the surface.",
                                     "A piece of **potassium** burns with a **lilac** flame."]),
        ("The halogens", ["**Chlorine** is a green gas.", "**Bromine** is a red-brown liquid.",
                          "**Iodine** is a grey-black solid.", "**Oxygen** is needed for burning."])]))
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Sodium"))
    sodium = source.terms[ref][0]
    swaps = {swap for seed in range(6) for swap in distractors(sodium, source.pool, random.Random(seed), 1,
                                                                source.point(ref).text, near=ref.card) or ()}
    assert swaps and swaps <= {"lithium", "potassium", "Lithium", "Potassium"}, swaps


def test_figures_and_symbols_or_a_pointer_to_another_card_are_no_matching_statement():
    source = material(pack_yaml("Rounding and bounds", "Maths", [
        ("Error intervals", ["An **error interval** shows the smallest and largest values a rounded number could be.",
                             "Use ≤ for the lower bound and < for the upper bound."]),
        ("Bounds with compound measures", ["235 ≤ d < 245 and 3.15 ≤ t < 3.25",
                                          "For the biggest speed use the **upper bound** of distance."]),
        ("Choosing a suitable degree of accuracy", ["p ÷ q from the earlier card — UB 4.016 and LB 3.862.",
                                                    "Give an answer to a sensible accuracy for the context."]),
        ("Estimating", ["A calculator answer far from the rough value means a slip was made somewhere.",
                        "Rounded values make the sum easy to do in your head."])]))
    statements = [source.point(candidate.uses[0]).text for candidate in match_candidates(source)]
    assert statements and not any("3.15 ≤ t" in text or "earlier card" in text for text in statements), statements


def test_a_word_the_title_says_in_another_form_is_no_true_statement():
    statements = [plain(statement.segments) for statement in offered(pack_yaml("Groups 1 and 7", "Chemistry", [
        ("Alkali metals + water", ["The solution left is **alkaline** — universal indicator goes **purple**.",
                                   "**Hydrogen** gas is given off.", "**Sodium** melts into a ball."]),
        ("Halogens", ["**Chlorine** is a green gas.", "**Bromine** is a red-brown liquid."])]),
        true_false_candidates, {True: 50, False: 0})]
    assert not any("The solution left is alkaline" in statement for statement in statements), statements


def test_a_figure_beside_the_times_it_is_of_another_is_not_asked():
    text = pack_yaml("Kenya", "Geography", [
        ("The development gap", ["**GNI per capita** about **US$2,100** compared with about **US$49,000** in the UK, "
                                 "so roughly 23 times lower.", "Kenya is a **lower-middle-income** country."]),
        ("Tourism", ["About **2 million** visitors came in 2019.", "The **Maasai Mara** is the best-known reserve."])])
    assert not {"US$2,100", "US$49,000"} & set(hideable(text, "GNI per capita"))


def test_a_year_written_before_a_noun_with_nothing_to_ask_a_year_is_not_blanked():
    text = pack_yaml("Kenya", "Geography", [
        ("Wildlife", ["Rangers fight poaching; **2021** national census counted about **36,000 elephants**.",
                      "Elephant numbers fell sharply in the **1980s**."]),
        ("Tourism", ["Tourism grew fast after independence in **1963**.",
                     "The **Maasai Mara** is the best-known reserve.",
                     "Terror attacks in **2013** cut visitor numbers."])])
    for seed in "123":
        plan, sheet, _ = built(text, seed, exercises=("gap",), word_bank=False)
        assert not any(blank.text == "2021" for gap in of_kind(plan, Gap) for blank in gap.answers), sheet


def test_a_threshold_with_a_noun_between_is_not_asked_among_other_temperatures():
    text = pack_yaml("Hot deserts", "Geography", [
        ("Challenges", ["**Extreme temperatures**: working outside in **50 °C** heat is dangerous; crops suffer.",
                        "Rainfall is under **250 mm** a year."]),
        ("Opportunities", ["**Solar power** works well with clear skies.", "Tourists visit the **sand dunes**."])])
    assert "50 °C" not in hideable(text, "Extreme temperatures")


def test_a_bond_named_by_its_atoms_is_no_figure_to_change():
    source = material(pack_yaml("Carbohydrates", "Biology", [
        ("Disaccharides", ["Maltose is formed by a **1,4-glycosidic bond** between two α-glucose molecules.",
                           "**Sucrose** = glucose + fructose."]),
        ("Polysaccharides", ["**Amylose** is an unbranched chain of α-glucose.",
                             "**Amylopectin** has **1,6-glycosidic bonds** at its branches."])]))
    kinds = {term.text: term.kind for ref in source.refs for term in source.terms[ref]}
    assert kinds["1,4-glycosidic bond"] == kinds["1,6-glycosidic bonds"] == "term", kinds


def test_an_ion_is_offered_only_beside_ions_of_its_charge_and_an_element_named_beside_its_own():
    source = material(pack_yaml("Bonding", "Chemistry", [
        ("Ionic compounds", ["Magnesium oxide: Mg gives 2 electrons to O → **Mg^2+^** and **O^2-^**.",
                             "Sodium chloride is made of **Na^+^** and **Cl^-^** ions.", "**Al^3+^** has lost three."]),
        ("Molecules", ["**NH~3~**: 3 shared pairs and 1 lone pair on the nitrogen.", "**H~2~O** is bent.",
                       "**CH~4~** is tetrahedral.", "**HF** has a hydrogen bond.", "**N~2~** has a triple bond."])]))
    def offered(start: str, answer: str) -> set[str]:
        ref = next(ref for ref in source.refs if source.point(ref).text.startswith(start))
        term = next(term for term in source.terms[ref] if term.text == answer)
        return {option for seed in range(6) for option in distractors(term, source.pool, random.Random(seed), 1,
                                                                        source.point(ref).text) or ()}
    assert offered("Magnesium oxide", "O²⁻") <= {"Cl⁻"}, offered("Magnesium oxide", "O²⁻")
    assert all("N" in option for option in offered("NH₃", "NH₃")), offered("NH₃", "NH₃")


def test_a_claim_cut_at_its_dash_with_no_verb_or_a_line_of_symbols_is_no_statement():
    statements = [plain(statement.segments) for statement in offered(pack_yaml("Deserts and power", "Geography", [
        ("The Thar Desert", ["The most densely populated desert in the world — about **83 people per km²**.",
                             "Farmers grow **millet** and keep camels."]),
        ("Equations", ["P = E ÷ t and P = W ÷ t: **W** = J ÷ s", "**Power** is the rate of energy transfer."])]),
        true_false_candidates, {True: 50, False: 50})]
    assert not any(statement.endswith("desert in the world.") or "J ÷ s" in statement
                   for statement in statements), statements


def test_a_kind_the_card_lists_is_no_false_swap_for_the_whole():
    statements = [plain(statement.segments) for statement in offered(pack_yaml("Reducing wasted energy", "Physics", [
        ("Buildings", ["**Thermal insulation** reduces the rate of energy transfer out of a house.",
                       "**Loft insulation**, **cavity wall insulation**, **double glazing**",
                       "**Thermal conductivity** = how well a material conducts energy by heating."]),
        ("Machines", ["**Lubrication** reduces friction.", "**Streamlining** reduces air resistance."])]),
        true_false_candidates, {True: 0, False: 50})]
    assert not any(statement.startswith(("Buildings: Loft insulation reduces", "Buildings: Cavity wall insulation"))
                   for statement in statements), statements


def test_a_line_likening_its_subject_is_not_asked_without_its_title():
    source = material(pack_yaml("Lipids", "Biology", [
        ("Phospholipids", ["Like a triglyceride, but one fatty acid is replaced by a **phosphate group**.",
                           "They form a **bilayer** in membranes."]),
        ("Fatty acids", ["Each fatty acid ends in a **carboxyl group**.", "An **amino group** is in amino acids."])]))
    ref = source.refs[0]
    hidden = [term for term in source.terms[ref] if term.text == "phosphate group"]
    assert source.context(ref, hidden) is None  # printed bare, "Like a triglyceride …" likens nothing named


def test_a_word_whose_other_name_in_brackets_is_its_meaning_is_not_set_to_translate():
    asked = translated("La tecnología", "Spanish", [
        "**la aplicación** (**la app**) – app; **la contraseña** – password", "**el móvil** – mobile phone",
        "**el ordenador** – computer", "**la pantalla** – screen", "**el portátil** – laptop",
        "**descargar** – to download"])
    assert asked and not any("aplicación" in item for item in asked), asked


def test_a_small_figure_given_roughly_has_no_option_one_step_from_it():
    text = pack_yaml("Motion", "Physics", [
        ("Acceleration", ["Rough size: a car pulling away gently accelerates at about **2 m/s^2^**.",
                          "A sprinter accelerates at about **8 m/s^2^** from the blocks.",
                          "A falling object accelerates at **9.8 m/s^2^**."]),
        ("Speeds", ["Walking: about **1.5 m/s**.", "Cycling: about **6 m/s**.", "A car in town: about **13 m/s**."])])
    for choice in offered(text, choice_candidates):
        values = [float(option.split()[0]) for option in choice.options]
        answer = values[choice.answer]
        assert answer >= 10 or all(abs(value - answer) >= 0.6 * answer for value in values if value != answer), \
            (plain(choice.segments), choice.options)


def test_a_share_named_in_words_and_a_ceiling_beside_a_figure_rule_options_out():
    text = pack_yaml("The American Civil War", "History", [
        ("Reconstruction", ["Lincoln's **Ten Percent Plan** (**1863**): a state could rejoin once **10%** of its "
                            "voters swore loyalty.", "The **13th Amendment** ended slavery."]),
        ("The end of the war", ["Cost: about **620,000** soldiers dead (recent estimates up to **750,000**).",
                                "About **360,000** Union soldiers died.", "About **260,000** Confederates died.",
                                "Some **1,000,000** were wounded."])])
    assert "10%" not in hideable(text, "Lincoln's Ten Percent Plan")
    for choice in offered(text, choice_candidates):
        if "soldiers dead" in plain(choice.segments):
            assert all(number < 750_000 for number in (float(option.replace(",", "")) for option in choice.options)
                       ), choice.options


def test_a_line_of_two_questions_in_the_language_is_no_word_and_meaning():
    asked = translated("¿Qué te pasa?", "Spanish", [
        "Doctor (formal **usted**): ¿Qué **le** pasa? – ¿Desde hace cuánto tiempo?", "**la fiebre** – fever",
        "**la tos** – cough", "**el dolor de cabeza** – headache", "**la gripe** – flu",
        "**el jarabe** – cough mixture"])
    assert asked and not any("Desde hace" in item for item in asked), asked
