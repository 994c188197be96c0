"""What the blind audits of sets XD to XH found: a subscript b (f~objective~) read as a fraction's opening mark, which
hung every output; gendered pairs ("o médico / a médica – doctor") never asked; "Hulhumalé" cut to "H____é"; 2100
asked with nothing to say a year is asked; a blank the line then glosses ("____ trees – broad leaves, and most lose
them in winter"); "D____ in England" among Russian places in a word box; words the world gives ("the T____" Turks,
"ir____" ironworks, "rising m____ feeds volcanoes", "l____ and alpacas", "Q____ grows on the Altiplano"); a matching
pair the timeline prints together; "First practical design built by …" with no referent; a true statement whose
year the sheet's title prints; a verbless note as a statement; and a statement or a definition whose words are of
its title's field ("Vocal music" and "sung by the whole choir", "Time lags" and "months or years"); and in set XG, a
title's symbol in its own statement ("Kₚ") and "helpful when d____" beside an error; and in set XH, an HCF never
asked because its numbers were given as their prime factors ("36 = 2² × 3²"), and "the airport (also de
luchthaven)" to put into Dutch; and in set XI, "Battle of Jutland – the events" as an event, a mass of which
substance, osmosis called up by water, and "the stall" asked back beside "the market stall". Multiple choice now asks a
glossary card's terms where a pack has no years to ask. Set XJ: a spare definition of another kind ("shape that …"),
"White blood cell" beside "Lymphocyte", a case study's statement told in the past, and "the brain of the computer –
but avoid that phrase" credited in a mark scheme. Set XK: "Via b____ (2 words) – blood, semen, breast milk", and
a virus's statement spare beside "HIV and AIDS" where the virus card gives HIV as its example. Set XL: "Mᵣ = 18"
printed beside a sum asking it, "…; it was revived in the 20th century" on a timeline, and "St Columba arrived in 12
CE" as a false statement. Set XM: "From the Bay of Pigs to the Missile Crisis" and "About 0.3 million people" as
events, a title printed before a line that opens on it, "Ab____" beside "B____", and an aside's entry cut from its
bracket ("sparkling / still)"). Set XN: "Filtrate" asked by "liquid that passes through the filter paper", and
"to be sick" to put into Spanish beside "to feel sick". Set XO: a worked card's two examples read as one sum keyed
with the second's answer, and "Higher tier only – expect a calculation" as a matching statement. Set XP: "steered …
by the j____ (2 words)" and "organised b____ of British goods"."""
from __future__ import annotations

import random

import pytest

from pdftext import open_pdf, page_text
from studypack.layouts import summary
from studypack.layouts.kit.fractions import stacked_runs
from studypack.layouts.options import SummaryOptions
from studypack.layouts.worksheet.exercises import events
from studypack.layouts.worksheet.exercises.candidates import gap_candidates, true_false_candidates
from studypack.layouts.worksheet.exercises.matching import definition_candidates, match_candidates, printed_together
from studypack.layouts.worksheet.exercises.questions import Gap, Match, Timeline, plain
from studypack.layouts.worksheet.exercises.translate import translations
from studypack.source import loads
from studypack.source._fractions import OPEN
from sheet_builds import (asked_translations, blanked, built, calculations, fresh_plans, hideable, material, of_kind,
                          offered, pack_yaml, planned)

TELESCOPES = pack_yaml("Telescopes", "Physics", [
    ("Magnification", ["Formula: **M = f~objective~ ÷ f~eyepiece~** (no units – it is a ratio)",
                       "For a distant object, lens separation = f~objective~ + f~eyepiece~."]),
    ("The reflecting telescope", ["First practical design built by **Isaac Newton** in **1668**.",
                                  "A large **concave primary mirror** collects light and reflects it to a focus."]),
    ("Hubble and James Webb", ["The **Hubble Space Telescope** was launched in **1990** into low Earth orbit.",
                               "The **James Webb Space Telescope** was launched in **December 2021**, mainly "
                               "observing **infrared**."]),
    ("Telescopes across the spectrum", ["**Radio** – ground-based dishes and arrays.",
                                        "**Visible** – ground or space, lenses or mirrors.",
                                        "**Infrared** – space (JWST) or very high, dry sites; detectors kept cold.",
                                        "**UV, X-ray, gamma** – space only, because the atmosphere absorbs them."])])


def test_a_subscript_b_is_a_letter_and_never_a_fractions_opening_mark():
    pack = loads(TELESCOPES, "telescopes.yaml")
    assert not any(OPEN in text for point in pack.cards[0].points for text, _ in stacked_runs(point))
    with open_pdf(summary.render(pack, SummaryOptions())) as pdf:
        text = " ".join(page_text(page) for page in pdf.pages)
    assert "M = fₒbⱼₑcₜᵢᵥₑ ÷ fₑyₑₚᵢₑcₑ" in text, text  # (the b and c, drawn, read back as letters)


def test_a_nouns_two_genders_side_by_side_are_one_word_to_translate():
    asked = asked_translations("O trabalho", "pt", "As profissões", [
        "**o médico / a médica** – doctor", "**o enfermeiro / a enfermeira** – nurse",
        "**o canalizador** (PT) / **o encanador** (BR) – plumber", "**o/a cabeleireiro/a** – hairdresser"])
    shown = {side for item in asked for side in (item.shown, item.answer)}
    assert "o médico / a médica" in shown and "o enfermeiro / a enfermeira" in shown, asked


def test_a_name_ending_in_an_accented_letter_is_blanked_whole_or_not_at_all():
    text = pack_yaml("The Maldives", "Geography", [
        ("Adaptation", ["**Hulhumalé**: artificial island raised about **2 m**.", "Sea walls were built."]),
        ("Evaluating the responses", ["Moving people to Hulhumalé or abroad raises issues of cost and identity."])])
    assert "Hulhumal" not in hideable(text, "Moving people"), hideable(text, "Moving people")


def test_a_projections_year_is_not_asked_where_nothing_says_a_year():
    text = pack_yaml("Sea-level rise", "Geography", [
        ("Figures", ["IPCC projections for **2100** range from about **0.3 m** (low emissions) to about **1 m**.",
                     "Sea level has risen about **20 cm** since **1900**."])])
    assert "2100" not in blanked(text), blanked(text)


def test_a_blank_its_line_then_glosses_is_not_asked():
    text = pack_yaml("Timbers", "Design and Technology", [
        ("Hardwoods and softwoods", ["**Hardwoods** come from **deciduous** trees – broad leaves, and most lose them "
                                     "in winter.", "**Softwoods** come from **coniferous** trees with needles."]),
        ("Crushing the streltsy", ["The streltsy were later **disbanded** – the old army replaced by a new one.",
                                   "Over **1,000** streltsy were executed in **1698**."])])
    assert not {"deciduous", "disbanded"} & blanked(text), blanked(text)


def test_what_the_world_gives_from_a_letter_and_the_line_is_no_gap():
    text = pack_yaml("Peter the Great and the Andes", "History", [
        ("The Great Embassy", ["Official aim was to build a European alliance against the **Turks** – it failed.",
                               "Peter studied shipbuilding at **Deptford** in England."]),
        ("Army and the economy", ["Mines and **ironworks** in the Urals; serfs could be tied to factories.",
                                  "The **Table of Ranks** of **1722** set 14 grades for officials."]),
        ("How the Andes formed", ["The **Nazca plate** is subducted, and rising **magma** feeds a chain of "
                                  "volcanoes.", "**Quinoa** grows well on the Altiplano.",
                                  "Grazing of **llamas** and alpacas on the high puna."])])
    assert not {"Turks", "ironworks", "magma", "Quinoa", "llamas"} & blanked(text), blanked(text)
    assert "Table of Ranks" in blanked(text)


def test_a_place_in_a_word_box_is_not_asked_beside_the_land_it_lies_in():
    source = material(pack_yaml("Peter the Great", "History", [
        ("The Great Embassy", ["Peter studied shipbuilding at **Deptford** in England.",
                               "He hired hundreds of foreign experts for **Voronezh**."])]))
    source.banked = True
    asked = {blank.text for candidate in gap_candidates(source) if isinstance(gap := candidate.build(0), Gap)
             for blank in gap.answers}
    assert "Deptford" not in asked, asked


def test_a_matching_pair_is_not_asked_where_the_timeline_prints_it_together():
    assert printed_together("The James Webb Space Telescope was launched, mainly observing infrared.", "Infrared",
                            "space (JWST) or very high, dry sites; detectors kept cold")
    assert not printed_together("The Hubble Space Telescope was launched.", "Infrared", "space (JWST) or dry sites")
    for seed in "123456":
        plan = planned(TELESCOPES, seed, exercises=("match", "timeline"))
        events_shown = " ".join(event.text for timeline in of_kind(plan, Timeline) for event in timeline.events)
        pairs = [pair for block in of_kind(plan, Match) for pair in block.pairs]
        assert not ("James Webb" in events_shown and any("JWST" in pair.text for pair in pairs)), (seed, pairs)


def test_the_first_of_a_kind_is_told_under_its_title_on_a_timeline():
    described = [event.text for _ref, event in events._point_events(material(TELESCOPES))]
    assert not any(text.startswith("First practical design") for text in described), described
    assert any(text.startswith("The reflecting telescope: First practical design") for text in described), described


def test_a_statement_dated_by_the_title_or_naming_examples_is_not_judged():
    text = pack_yaml("The Tang Dynasty of China, 618–907", "History", [
        ("Founding", ["In **618** the general **Li Yuan** took the throne as Emperor Gaozu.",
                      "In **626** his son **Li Shimin** seized power at the Xuanwu Gate."]),
        ("Fall", ["In **907** **Zhu Wen** deposed the last Tang emperor.",
                  "The **An Lushan Rebellion** broke out in **755**."]),
        ("The Andes – key facts", ["Major cities at altitude, e.g. La Paz (about 3,600 m) and Quito (about 2,850 m).",
                                   "The Andes run for about **7,000 km** along the west of South America."])])
    judged = [plain(statement.segments) for statement in offered(text, true_false_candidates, {True: 50, False: 50})]
    assert not any("618" in item or "907" in item or "Major cities" in item for item in judged), judged
    assert any("755" in item or "626" in item for item in judged), judged


MUSIC = pack_yaml("The Baroque period", "Music", [
    ("Vocal music", ["The chorus is sung by the whole choir, e.g. the Hallelujah chorus.",
                     "An **oratorio** is a large religious work for soloists, choir and orchestra."]),
    ("Instruments and the orchestra", ["Gut strings and no standard conductor – the leader or harpsichordist "
                                       "directed.", "The **basso continuo** plays throughout."]),
    ("Ornaments", ["A **trill** is a rapid alternation of two neighbouring notes.",
                   "An **appoggiatura** leans on the main note."]),
    ("Forms", ["**Ritornello** form returns to the opening theme between solo sections.",
               "**Ground bass** repeats a bass line over and over."])])


def test_a_statement_or_definition_of_its_titles_field_is_not_matched():
    source = material(MUSIC)
    statements = [candidate.build(0) for candidate in match_candidates(source)]
    texts = [pair.text for pair in statements if pair is not None]
    assert not any("whole choir" in text or "Gut strings" in text for text in texts), texts
    economics = material(pack_yaml("The multiplier", "Economics", [
        ("Limits to the multiplier", ["**Time lags** – the rounds of spending take months or years to work through.",
                                      "**Crowding out** – government borrowing may push up interest rates."])]))
    defined = [pair.title for candidate in definition_candidates(economics) if (pair := candidate.build(0))]
    assert "Time lags" not in defined and "Crowding out" in defined, defined


def test_a_lettered_answer_of_its_lines_field_is_no_gap():
    text = pack_yaml("The multiplier", "Economics", [
        ("Limits to the multiplier", ["**Time lags** – the rounds of spending take months or years to work through.",
                                      "The **marginal propensity to withdraw** is MPS + MPT + MPM."])])
    assert "Time lags" not in blanked(text), blanked(text)


def test_a_statement_printing_its_titles_symbol_and_a_line_calling_up_its_answer_are_not_asked():
    source = material(pack_yaml("The Contact process", "Chemistry", [
        ("Equilibrium constant K~p~", ["Raising the temperature **lowers K~p~** because the forward reaction is "
                                       "exothermic.", "Only temperature changes the value of the constant."]),
        ("The catalyst", ["**Vanadium(V) oxide** speeds up both reactions equally.",
                          "It is used as pellets to give a large surface area."]),
        ("Conditions", ["A pressure of about **2 atm** is enough, as the yield is already high.",
                        "A temperature of about **450 °C** is a compromise."])]))
    texts = [pair.text for candidate in match_candidates(source) if (pair := candidate.build(0)) is not None]
    assert not any("Kₚ" in text for text in texts), texts
    interpreters = pack_yaml("Translators", "Computer Science", [
        ("Interpreters", ["Stops as soon as it reaches an error, showing where it is – helpful when **debugging**.",
                          "An **interpreter** translates and runs one line at a time."])])
    assert "debugging" not in blanked(interpreters), blanked(interpreters)


def test_an_hcf_from_two_numbers_prime_factors_is_asked():
    text = pack_yaml("Primes, HCF and LCM", "Maths", [
        ("HCF using prime factors", ["Multiply the primes the two numbers share, each to its lower power.",
                                     "e.g. 36 = 2^2^ × 3^2^, 60 = 2^2^ × 3 × 5 → HCF = 2^2^ × 3 = **12**"])])
    assert "HCF using prime factors: 36 = 2² × 3², 60 = 2² × 3 × 5 → HCF = [12]" in calculations(text), \
        calculations(text)


def test_another_word_of_the_language_in_a_meanings_aside_is_never_printed():
    for seed in range(6):
        asked = asked_translations("Op reis", "nl", "het vliegveld", ["the **airport** (also **de luchthaven**)"])
        asked += translations(loads(pack_yaml("Op reis", "Dutch", [("Op het vliegveld", [
            "**het vliegveld** – the airport (also de luchthaven)", "**de koffer** – the suitcase",
            "**de vlucht** – the flight"])]).replace("subject: Dutch", "subject: Dutch\nlang: nl"), "reis.yaml"),
            random.Random(seed), 10)
        assert not any("luchthaven" in item.shown + item.answer for item in asked), asked


def test_an_angle_its_shape_gives_and_a_verb_before_itself_are_not_blanked():
    shapes = pack_yaml("Shapes of molecules", "Chemistry", [
        ("Two bonding pairs", ["CO~2~ has two double bonds treated as two regions → **linear**, **180°**.",
                               "BeCl~2~ also has **two bonding pairs** and no lone pairs."])])
    assert "180°" not in blanked(shapes), blanked(shapes)
    control = pack_yaml("Pests", "Biology", [
        ("Biological control", ["Once established, the control agent **reproduces** itself, so it need not be "
                                "reapplied.", "**Ladybirds** eat aphids in greenhouses."])])
    assert "reproduces" not in blanked(control), blanked(control)


@pytest.mark.slow
def test_a_case_study_is_not_matched_beside_the_card_that_marks_it_as_its_example():
    """Set XH: "DDT and birds of prey" beside "Bioaccumulation and biomagnification", whose card marks **DDT**: a
    statement of either fits both."""
    for plan in fresh_plans("biology_pests_biological_control.yaml", ("1", "2", "3", "4")):
        for block in of_kind(plan, Match):
            titles = {pair.title for pair in block.pairs}
            assert not {"Bioaccumulation and biomagnification", "Case study: DDT and birds of prey"} <= titles, titles


def test_a_title_event_drops_the_heading_word_for_its_part_and_a_mass_of_an_unnamed_substance_is_not_asked():
    sea = pack_yaml("The war at sea", "History", [("Battle of Jutland – the events", [
        "**Jellicoe** twice crossed the German line but **Scheer** escaped in the dark.",
        "Britain lost 14 ships and about 6,000 men."])]).replace(
        "    points:\n", "    date: May 1916\n    points:\n", 1)
    described = [candidate.event.text for candidate in events.event_candidates(material(sea))]
    assert "Battle of Jutland" in described and not any("the events" in text for text in described), described
    fermentation = pack_yaml("Alcohols", "Chemistry", [("Fermentation masses", [
        "C~6~H~12~O~6~ → 2C~2~H~5~OH + 2CO~2~",
        "e.g. 90 g glucose, M~r~ = 180 → moles = 90 ÷ 180 = 0.5 mol → ethanol = 2 × 0.5 = 1 mol → mass = 1 × 46 "
        "= **46 g**"])])
    assert not any("mass = [46]" in stem for stem in calculations(fermentation)), calculations(fermentation)


def test_water_calls_up_osmosis_a_climate_carbon_dioxide_and_rain_mud():
    text = pack_yaml("Causes and effects", "Geography", [
        ("Kidney", ["Salts are pumped out of the loop; water follows by **osmosis** into the blood.",
                    "**ADH** makes the collecting duct more permeable."]),
        ("Wildfires", ["Burning forests release **carbon dioxide** → a positive feedback with climate change.",
                       "Burned slopes: soil cannot hold water → **mudflows** after heavy rain.",
                       "The **Camp Fire** destroyed the town of Paradise in **2018**."])])
    assert not {"osmosis", "carbon dioxide", "mudflows"} & blanked(text), blanked(text)


def test_a_meaning_another_line_gives_more_fully_is_not_asked_back():
    for seed in range(6):
        pack = loads(pack_yaml("Au marché", "French", [("Au marché", [
            "**l'étal** (m) – the market stall", "le stand – the stall (also used)",
            "**le marchand** – the stallholder", "**la caisse** – the till"])]).replace(
            "subject: French", "subject: French\nlang: fr"), "marche.yaml")
        assert not any(item.reverse and item.shown == "the stall"
                       for item in translations(pack, random.Random(seed), 10))


GLOSSARY = pack_yaml("Biological molecules", "Biology", [
    ("Key terms to learn", ["**Monomer** – a small unit that joins with others of its kind",
                            "**Polymer** – a large molecule made of many repeating units",
                            "**Condensation reaction** – joins two molecules and releases a molecule of water",
                            "**Hydrolysis** – breaks a chemical bond by adding a molecule of water",
                            "**Glycosidic bond** – the link between two sugar units"]),
    ("Sugars", ["**Glucose** is a hexose sugar used in respiration.",
                "Two glucose molecules join to make **maltose**."]),
    ("Tests", ["**Benedict's reagent** turns brick-red with reducing sugars when heated.",
               "**Iodine** solution turns blue-black with starch."]),
    ("Gases", ["**Hydrogen** – a lighted splint burns with a squeaky pop", "**Oxygen** – relights a glowing splint",
               "**Chlorine** – bleaches damp litmus paper white", "**Carbon dioxide** – turns limewater milky"])])


def test_a_pack_with_no_years_asks_a_glossarys_terms_by_their_definitions():
    from studypack.layouts.worksheet.exercises.questions import Choice
    asked = 0
    for seed in "123456":
        plan, sheet, key = built(GLOSSARY, seed, exercises=("gap", "mcq", "short"))
        for choice in of_kind(plan, Choice):
            asked += 1
            glossary = {"Monomer", "Polymer", "Condensation reaction", "Hydrolysis", "Glycosidic bond"}
            gases = {"Hydrogen", "Oxygen", "Chlorine", "Carbon dioxide"}
            assert (set(choice.options) <= glossary or set(choice.options) <= gases) \
                and len(set(choice.options)) == 4, choice.options  # (each card's own terms)
            others = " ".join(plain(question.segments) for question in of_kind(plan, Gap))
            assert not any(option in others for option in choice.options), (choice.options, others)
            stem = "".join(segment.text for segment in choice.segments if segment.role != "blank")
            assert not any(option.casefold() in stem.casefold() for option in choice.options), stem
        assert "Multiple choice" not in sheet or "Key terms to learn:" in sheet
    assert asked >= 3, asked


BLOOD = pack_yaml("Blood", "Biology", [
    ("Red blood cells", ["**Biconcave disc** – shape that gives a large surface area for oxygen to diffuse in and out",
                         "**Haemoglobin** – red protein containing iron that binds to oxygen"]),
    ("White blood cells", ["**White blood cell** – part of the immune system; defends the body against pathogens",
                           "**Lymphocyte** – produces antibodies that stick to specific antigens on pathogens",
                           "**Phagocyte** – engulfs and digests pathogens"]),
    ("Vessels", ["**Artery** – carries blood away from the heart", "**Vein** – carries blood back to the heart",
                 "**Capillary** – tiny vessel that links arteries to veins"]),
    ("Platelets", ["**Platelets** – small fragments of cells with no nucleus"])])


def test_a_glossarys_topic_is_not_matched_beside_its_kinds_nor_a_spare_of_another_kind_set():
    for seed in "12345678":
        for block in of_kind(planned(BLOOD, seed, exercises=("match", "short")), Match):
            titles = {pair.title for pair in block.pairs}
            assert not ({"White blood cell", "Lymphocyte"} <= titles or {"White blood cell", "Phagocyte"} <= titles)
            if "Biconcave disc" not in titles:
                assert not any(spare.text.startswith("shape") for spare in block.spares), block.spares


def test_a_case_told_in_the_past_is_not_matched_and_a_phrase_to_avoid_is_not_credited():
    from studypack.layouts.labels import ENGLISH
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    source = material(pack_yaml("The CPU", "Computer Science", [("Purpose of the CPU", [
        "The **CPU** processes data and instructions.",
        "Often described as the 'brain' of the computer – but avoid that phrase in an exam answer.",
        "It carries out the **fetch–execute cycle** billions of times a second."])]))
    schemes = [source.point(ref).text for candidate in short_candidates(source, ENGLISH)
               if (short := candidate.build(0)) for ref in short.scheme]
    assert schemes and not any("brain" in text for text in schemes), schemes
    slopes = material(pack_yaml("Mass movement", "Geography", [
        ("Causes", ["Heavy or prolonged rainfall saturates the rock, adding weight.",
                    "Undercutting by the sea removes support at the base."]),
        ("Slow flows", ["Creep shows in leaning fences and small ridges on grassy slopes.",
                        "Solifluction happens where the ground thaws above frozen soil."]),
        ("Holbeck Hall", ["Heavy rainfall in the weeks before saturated the clay, lowering its strength.",
                          "About **1 million tonnes** of material slipped towards the sea."]),
        ("Weathering", ["Water seeps into cracks and joints in the rock during the day.",
                        "Roots widen cracks as they grow."])]).replace(
        "  - title: Holbeck Hall\n", "  - title: Holbeck Hall\n    date: June 1993\n"))
    statements = [pair.text for candidate in match_candidates(slopes) if (pair := candidate.build(0)) is not None]
    assert statements and not any("saturated the clay" in text for text in statements), statements


def test_a_kind_listed_after_its_dash_is_no_gap_and_a_spare_from_its_examples_card_is_not_set():
    text = pack_yaml("Microbes", "Biology", [("How diseases spread", [
        "Via **body fluids** – blood, semen, breast milk (e.g. HIV).",
        "By **vectors** such as mosquitoes, which carry malaria."])])
    assert "body fluids" not in blanked(text), blanked(text)
    microbes = pack_yaml("Microbes", "Biology", [
        ("Viruses", ["Not cells – just genetic material inside a protein coat.",
                     "e.g. measles, **HIV**, **tobacco mosaic virus** in plants."]),
        ("HIV and AIDS", ["Starts with flu-like symptoms, then no symptoms for years.",
                          "**Antiretroviral drugs** slow the virus down."]),
        ("Bacteria", ["Reproduce rapidly by **binary fission**, roughly every 20 minutes.",
                      "Some produce **toxins** that damage tissues."]),
        ("Protists", ["Single-celled organisms, often spread by a **vector**.",
                      "**Malaria** is caused by a protist carried by mosquitoes."]),
        ("Fungi", ["Some are single-celled; others grow as threads called **hyphae**.",
                   "**Rose black spot** spreads in water and wind."])])
    for seed in "12345678":
        for block in of_kind(planned(microbes, seed, exercises=("match", "short")), Match):
            if any(pair.title == "HIV and AIDS" for pair in block.pairs):
                assert not any("protein coat" in spare.text for spare in block.spares), block.spares


def test_a_value_another_stem_prints_a_later_turn_and_a_year_of_another_age_are_not_set():
    moles = pack_yaml("Moles", "Chemistry", [
        ("Relative formula mass", ["Add up the Aᵣ of every atom in the formula.",
                                   "e.g. H~2~O → (2 × 1) + 16 = **18**"]),
        ("Moles from mass", ["moles = mass ÷ Mᵣ", "e.g. 36 g of H~2~O, M~r~ = 18 → 36 ÷ 18 = **2 mol**"])])
    plans = [planned(moles, seed, exercises=("calc",)) for seed in "1234"]
    from studypack.layouts.worksheet.exercises.questions import Calc
    for plan in plans:
        stems = [plain(calc.segments) for calc in of_kind(plan, Calc)]
        assert not (any("Mᵣ = 18 →" in stem for stem in stems) and any(stem.startswith("H₂O") for stem in stems))
    shrine = pack_yaml("Pilgrimage", "Religious Studies", [("Walsingham, Norfolk", [
        "The shrine was destroyed in **1538** under **Henry VIII**; it was revived in the 20th century."])])
    described = [event.text for _ref, event in events._point_events(material(shrine))]
    assert "Walsingham, Norfolk: the shrine was destroyed under Henry VIII." in described, described
    from types import SimpleNamespace
    from studypack.layouts.worksheet.exercises.candidates import _year_far
    columba = SimpleNamespace(year=563)  # ("St Columba arrived from Ireland in 563 CE")
    assert _year_far("12 CE", columba) and not _year_far("570 CE", columba)


def test_set_xm_a_stretch_a_figure_a_repeated_title_two_negated_answers_and_a_cut_aside_are_not_set():
    from studypack.layouts.worksheet.exercises.material import _negated_form
    assert _negated_form("Abiotic", "Biotic") and _negated_form("renewable", "non-renewable")
    assert not _negated_form("Biotic", "Biotech") and not _negated_form("ion", "anion")
    lagos = pack_yaml("Lagos", "Geography", [
        ("Growth of Lagos", ["About **0.3 million** people in **1950**.", "About **15 million** by **2020**."]),
        ("Makoko, a squatter settlement", ["**Makoko** – a squatter settlement partly built on **stilts** over the "
                                           "Lagos Lagoon.", "Homes have no mains water."])])
    source = material(lagos)
    assert not any("0.3 million" in event.text for _ref, event in events._point_events(source))
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Makoko"))
    assert source.context(ref, []) == (), source.context(ref, [])
    cuba = pack_yaml("Cuba", "History", [("From the Bay of Pigs to the Missile Crisis", [
        "U-2 photographs revealed the missile sites in **October 1962**."])]).replace(
        "    points:\n", "    date: 1961\n    points:\n", 1)
    assert not any("From the Bay" in candidate.event.text for candidate in events.event_candidates(material(cuba)))
    asked = asked_translations("Im Restaurant", "de", "Getränke", [
        "**das Mineralwasser** – mineral water (mit / ohne Kohlensäure – sparkling / still)",
        "**der Saft** – the juice", "**die Milch** – the milk"])
    assert not any(")" in item.answer + item.shown and "(" not in item.answer + item.shown for item in asked), asked


def test_set_xn_a_definition_echoing_its_term_and_an_english_word_of_two_senses_are_not_asked():
    from studypack.layouts.worksheet.exercises.defined_choices import _defined_choice
    source = material(pack_yaml("Salts", "Chemistry", [("Glossary", [
        "**Filtrate** – liquid that passes through the filter paper", "**Precipitate** – insoluble solid formed",
        "**Residue** – solid left behind on the paper", "**Solvent** – liquid that dissolves a solute",
        "**Solute** – the substance that dissolves"])]))
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Filtrate"))
    assert _defined_choice(source, ref, "Filtrate", "liquid that passes through the filter paper",
                           ("Filtrate", "Precipitate", "Residue", "Solvent", "Solute")) is None
    for seed in range(6):
        pack = loads(pack_yaml("La salud", "Spanish", [("Estar enfermo", [
            "**vomitar** – to be sick; **tener náuseas** – to feel sick", "**la tos** – the cough",
            "**la fiebre** – the fever"])]).replace("subject: Spanish", "subject: Spanish\nlang: es"), "salud.yaml")
        assert not any(item.reverse and "sick" in item.shown for item in translations(pack, random.Random(seed), 10))


def test_set_xo_two_examples_on_a_worked_card_are_not_one_sum_and_a_tier_note_is_no_statement():
    light = pack_yaml("Photosynthesis", "Biology", [
        ("Worked example – inverse square law", [
            "A lamp is moved from 10 cm to 20 cm away from a pondweed.",
            "e.g. d = 10 cm → 20 cm → relative intensity = (10 / 20)^2^ = **0.25** (a quarter of the original)",
            "e.g. d = 10 cm → 5 cm → relative intensity = (10 / 5)^2^ = **4 times** the original"])])
    assert not any("20 cm away" in stem and "[4]" in stem for stem in calculations(light)), calculations(light)
    source = material(pack_yaml("Photosynthesis", "Biology", [
        ("Inverse square law", ["Light intensity falls with the square of the distance.",
                                "Higher tier only – expect a calculation."]),
        ("Leaf layers", ["The palisade layer holds most of the chloroplasts.", "The waxy cuticle cuts water loss."]),
        ("Stomata", ["Guard cells open and close each stoma.", "Most stomata are on the lower surface."])]))
    texts = [pair.text for candidate in match_candidates(source) if (pair := candidate.build(0)) is not None]
    assert texts and not any("Higher tier" in text for text in texts), texts


def test_set_xp_a_jet_stream_steering_depressions_and_boycotts_of_goods_are_no_gaps():
    text = pack_yaml("Weather and revolution", "Geography", [
        ("Depressions", ["Depressions are steered towards the UK from the west by the **jet stream**.",
                         "Warm air rises over cold air at the **warm front**."]),
        ("The Stamp Act", ["Merchants organised **boycotts** of British goods.",
                           "The **Stamp Act Congress** met in **October 1765**."])])
    assert not {"jet stream", "boycotts"} & blanked(text), blanked(text)
