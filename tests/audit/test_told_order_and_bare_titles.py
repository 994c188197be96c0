"""What the blind audits of sets XQ to XU found, and what a teacher's own read of their sheets missed: a timeline
event that says it came first ("Helium had already been spotted in the Sun's spectrum"); a worked example under a card
titled only "Worked examples" never asked, though its stem names what it asks ("4.6 g Na → moles = ____"); "From 1577
seminary priests arrived" as false for 1574; the one Act in a word box of a prayer book and people; a year asked of a
line that dates it against another ("→ delayed the Armada by a year"); "735 bacteria" keyed with no rounding said;
"Mathe (die Mathematik)" to translate as "maths"; and "e____ (2 words)" for endangered species beside breeding
programmes, stretcher bearers beside the wounded, shell shock beside a breakdown in combat. Sets XV and XW: "Long-term
weaknesses of Tsarist Russia" on a timeline; a contribution asked beside a break-even stem printing "contribution =
£1.50"; "starting in ____ in the cave" with no "(year)" for 610 CE; "il f____" (futuro) beside "I will go";
"during R____" beside fasting from dawn to sunset; "Mi'ad – the Day of Judgement" spare beside "Akhirah – life
after death"; and "cube of side 10 nm → ratio = ____" with no word of which ratio. Sets XX and XY: "Cause → effect –"
printed in a stem; "Died in 899" credited for "Alfred's reforms"; "Nervous responses are fast …" matched to "The
endocrine system"; "5.6 g Fe added to excess CuSO₄ … → ____ g" with no word of which mass; "lost through l____ from
old pipes". Sets XZ and YA: "Many small m____ … join to make a long polymer chain"; "Mᵣ glucose = 180, Mᵣ ethanol =
46 → ____ g ethanol" with its "180 g glucose" left in the working; a spare on a cliff's collapse beside "Mass
movement"; "Change perspective" beside "from the point of view of another person"; and "Joseph Lister used
carbolic acid …" spare beside titles that are other people. Sets YB and YC: "About 90,000 forty-niners arrived
alone" on a timeline (for "in 1849 alone"), and "Volcanoes also released n____, which built up over time". Sets YD
and YE: "turned into al____ to grow vegetables", "the government moved to B____" beside Brazil, "The Home Guard:
renamed the Home Guard by Churchill" on a timeline, and "Quantitative analysis" the one term of its kind among gas
tests. Sets YF and YG: "Separate long-term causes … from short-term triggers" as a true statement, from an "Exam
focus" card, "3 GB in bytes" keyed 3,000,000,000 beside "Some exam boards use 1024 instead", and "Resolution" the
one imaging term beside Lossy and Lossless. Sets YH and YI: "Ebert used the Freikorps." as a true statement, cut
before the dashes' aside and the "to crush it" after them. Sets YJ and YK: "→ expected number of ____" for "6s";
"The crew splashed down safely." on a timeline with no mission named; "digested waste used as f____" (fertiliser),
"S____ (2 words) marketing" (social media) and "H____ (2 words) – can exceed 200 mm in a day" (heavy rain). Set YL:
"l'énergie nucléaire" to translate (energy and nuclear show through) and "Reduce demand through energy conservation"
as a statement to judge."""
from __future__ import annotations

import re

from studypack.layouts.worksheet.exercises import events
from studypack.layouts.worksheet.exercises.allocate import _bank_sort
from studypack.layouts.worksheet.exercises.candidates import choice_candidates, gap_candidates
from studypack.layouts.worksheet.exercises.questions import Gap, Match, Short, plain
from sheet_builds import (asked_translations, blanked, built, calculations, false_statements, fresh_pack, material,
                          of_kind, offered, pack_yaml, planned)

NOBLE_GASES = pack_yaml("Group 0", "Chemistry", [
    ("Discovering the noble gases", ["In **1894** **Lord Rayleigh** and **William Ramsay** discovered argon in air.",
                                     "Neon, krypton and xenon were found by Ramsay and Travers in **1898**.",
                                     "Helium had already been spotted in the **Sun's spectrum** in 1868.",
                                     "Helium was previously seen only in the Sun, and first found on Earth in 1895."]),
    ("Properties", ["Noble gases have a **full outer shell**, so they are very **unreactive**.",
                    "Boiling points **increase** down the group."])])


def test_an_event_that_says_it_came_before_another_is_no_timeline_event():
    described = [candidate.event.text for candidate in events.event_candidates(material(NOBLE_GASES))]
    assert any("argon" in text for text in described) and any("Neon" in text for text in described)
    assert not any("already" in text or "previously" in text for text in described)


MOLES = pack_yaml("Group 1", "Chemistry", [
    ("Reactions with water", ["metal + water → **metal hydroxide** + **hydrogen**",
                              "Lithium fizzes, sodium melts into a ball, potassium burns with a **lilac** flame."]),
    ("Worked examples", ["e.g. A~r~ Na = 23, 4.6 g Na → moles = 4.6 ÷ 23 = **0.2 mol**",
                         "e.g. 2 A for 30 s → 2 × 30 = **60 C**"])])


def test_a_worked_example_under_a_bare_title_is_asked_only_where_its_stem_names_what_it_asks():
    stems = calculations(MOLES)
    assert any(stem.startswith("Aᵣ Na = 23, 4.6 g Na → moles = [0.2]") for stem in stems), stems
    assert not any("Worked examples" in stem for stem in stems)
    assert not any("30 s" in stem for stem in stems)  # "2 A for 30 s → ____ C": what is asked, nothing says


ELIZABETH = pack_yaml("Elizabethan England, 1558–1603", "History", [
    ("The seminaries", ["From **1574** **seminary priests** trained at **Douai** arrived secretly in England."]),
    ("The Catholic threat", ["In **1570** the Pope excommunicated Elizabeth.",
                             "**Edmund Campion** was executed in **1581**.",
                             "**Mary, Queen of Scots** fled to England in **1568**."]),
    ("Causes of the Armada", ["In **April 1587** Drake raided **Cádiz** → delayed the Armada by a year.",
                              "**Philip II** wanted to restore Catholicism in England."]),
    ("The Spanish Armada", ["The Armada sailed in **1588** under the **Duke of Medina Sidonia**.",
                            "Fireships at Calais broke the crescent → Battle of **Gravelines**."]),
    ("The Poor Laws", ["**1572** **Vagabonds Act** – beggars whipped and bored through the ear.",
                       "Everyone had to use the **Book of Common Prayer** from **1559**.",
                       "Archbishop **Grindal** refused to ban prophesyings in **1576**."])])


def test_a_claim_from_a_year_on_is_made_false_only_by_an_earlier_year():
    changed = [statement for statement in false_statements(ELIZABETH) if "seminary" in statement]
    assert changed and all(int(year) < 1574 for statement in changed for year in re.findall(r"\d{4}", statement)), \
        changed


def test_a_year_dated_against_another_event_is_never_asked():
    for make in (choice_candidates, gap_candidates):
        for question in offered(ELIZABETH, make):
            blanks = [segment.text for segment in question.segments if segment.role == "blank"]
            assert not ("Cádiz" in plain(question.segments) and "April 1587" in blanks + list(
                getattr(question, "options", ())[:1])), plain(question.segments)
    assert not any("Cádiz" in statement for statement in false_statements(ELIZABETH))


def test_a_law_and_a_book_are_of_two_sorts_in_a_word_box():
    source = material(pack_yaml("Elizabeth's reign", "History", [
        ("The Poor Laws", ["The **Vagabonds Act** – beggars whipped and bored through the ear.",
                           "The **Poor Law** of 1601 set a poor rate in every parish."]),
        ("Religion", ["Every parish had to use the **Book of Common Prayer**.",
                      "Archbishop **Grindal** refused to ban the prophesyings."])]))
    sort = {term.text.strip(): _bank_sort(term) for terms in source.terms.values() for term in terms}
    assert sort["Vagabonds Act"] == sort["Poor Law"] != sort["Book of Common Prayer"], sort


def test_a_whole_number_rounded_from_a_decimal_says_so():
    stems = calculations(pack_yaml("Percentages", "Maths", [
        ("Repeated change", ["e.g. 500 bacteria grow 8% per hour for 5 hours → 500 × 1.08^5^ = 734.66… ≈ **735 "
                             "bacteria**", "e.g. £240 increased by 15% → 240 × 1.15 = **£276**"])]))
    assert any(stem.endswith("[735] bacteria (to the nearest whole number)") for stem in stems), stems
    assert any(stem.endswith("£[276]") for stem in stems), stems  # (exact: nothing to say)


def test_a_word_whose_aside_is_a_cognate_of_its_meaning_is_not_asked():
    asked = asked_translations("Schulfächer", "de", "Die Fächer", ["Mathe (die **Mathematik**) – maths",
                                                                    "Erdkunde – geography", "Kunst – art",
                                                                    "die Fremdsprachen – foreign languages"])
    assert not any("Mathe" in str(item) or "maths" in str(item) for item in asked), asked


def test_answers_the_world_gives_by_their_line_are_not_blanked():
    text = pack_yaml("Ecology and the Western Front", "Biology", [
        ("Protecting biodiversity", ["Breeding programmes for **endangered species** in zoos.",
                                     "**Seed banks** store seeds of rare plants."]),
        ("Medicine at the front", ["**Stretcher bearers** – carried the wounded from the battlefield.",
                                   "**Shell shock** – mental breakdown caused by the stress of combat.",
                                   "The **Thomas splint** cut deaths from broken femurs."])])
    assert not {"endangered species", "Stretcher bearers", "Shell shock"} & blanked(text), blanked(text)
    assert "Thomas splint" in blanked(text) or "Seed banks" in blanked(text), blanked(text)


def test_long_term_weaknesses_are_no_event_on_a_timeline():
    assert events.surveys("Long-term weaknesses of Tsarist Russia")
    assert events.surveys("Weaknesses of the Provisional Government")
    assert not events.surveys("The Long March") and not events.surveys("The October Revolution")


CAFE = pack_yaml("Break-even", "Business", [
    ("Contribution", ["**Contribution per unit** = selling price − variable cost per unit.",
                      "e.g. price = £2.50, VC = £1.00 → contribution = 2.50 − 1.00 = **£1.50 per unit**"]),
    ("Calculating the break-even point", ["Break-even output = fixed costs ÷ contribution per unit.",
                                          "e.g. FC = £600, contribution = £1.50 → break-even = 600 ÷ 1.50 = **400 "
                                          "units**"])])


def test_a_sum_is_not_asked_beside_a_stem_that_prints_its_value():
    for seed in "1234":
        plan = planned(CAFE, seed, exercises=("calc",))
        stems = [plain(calc.segments) for section in plan.exercises.sections for calc in section.questions]
        assert not (any("→ contribution =" in stem for stem in stems)
                    and any("contribution = £1.50 →" in stem for stem in stems)), stems


def test_a_year_of_the_common_era_is_asked_as_a_year():
    text = pack_yaml("The Qur'an", "Religious Studies", [
        ("The Qur'an", ["Revealed to Muhammad by **Jibril** over about 23 years, starting in **610 CE** in the cave on "
                        "Mount Hira.", "It has **114** chapters called **surahs**."]),
        ("The Hadith", ["The **Hadith** are the sayings and actions of the Prophet.",
                        "Muhammad died in Madinah in **632 CE**."])])
    for seed in "123456":
        _plan, sheet, key = built(text, seed, exercises=("gap",), word_bank=False)
        if "610 CE" in key:
            assert "starting in (year)" not in sheet and "(year) in the cave" in sheet, sheet


def test_a_tense_named_in_the_language_taught_and_a_month_of_fasting_are_not_blanked():
    italian = "title: Le vacanze\nlang: it\ncards:\n  - title: Parlare del futuro\n    points:\n" + "".join(
        f'      - "{line}"\n' for line in ("**il futuro**: quest'estate andrò in Spagna – this summer I will go to "
                                         "Spain",
                                         "**il passato prossimo**: sono andato al mare – I went to the seaside",
                                         "**vorrei** visitare Roma – I would like to visit Rome"))
    assert not {"il futuro", "il passato prossimo"} & blanked(italian), blanked(italian)
    islam = pack_yaml("Islam", "Religious Studies", [("Zakah and Sawm", [
        "Sawm – no food or drink from dawn to sunset during **Ramadan**.",
        "**Zakah** is 2.5% of savings above the **nisab**, paid once a year."])])
    assert "Ramadan" not in blanked(islam) and blanked(islam), blanked(islam)


def test_no_statement_of_a_titles_field_of_meaning_is_set_beside_it_unless_its_own():
    islam = fresh_pack("rs_islam_beliefs_and_practices.yaml")
    for seed in "1234":
        for block in of_kind(planned(islam, seed), Match):
            if any(pair.title.startswith("Akhirah") for pair in block.pairs):
                assert not any("Judgement" in spare.text for spare in block.spares), (seed, block.spares)
                assert not any("Judgement" in pair.text for pair in block.pairs
                               if not pair.title.startswith("Akhirah")), (seed, block.pairs)


def test_a_ratio_is_asked_only_where_the_stem_says_which():
    stems = calculations(pack_yaml("Nanoscience", "Chemistry", [
        ("Nanoparticles", ["Very high **surface area to volume ratio**, so they are good catalysts.",
                           "e.g. cube of side 10 nm → SA = 6 × 10^2^ = 600 nm^2^, V = 10^3^ = 1000 nm^3^ → ratio = "
                           "600 ÷ 1000 = **0.6 nm^-1^**"]),
        ("Surface area to volume ratio", ["e.g. cube of side 2 cm → SA = 6 × 2^2^ = 24 cm^2^, V = 2^3^ = 8 cm^3^ → "
                                          "ratio = 24 ÷ 8 = **3 cm^-1^**"])]))
    assert not any("10 nm" in stem for stem in stems), stems
    assert any("side 2 cm" in stem for stem in stems), stems


VIKINGS = pack_yaml("The Vikings", "History", [
    ("Alfred's reforms", ["Built a network of **burhs** so that nobody was more than 20 miles from safety.",
                          "Split the **fyrd** into two halves – one at home farming, one ready to fight.",
                          "Built bigger ships – often called the beginning of the English **navy**.",
                          "Issued a new **law code** and encouraged learning.", "Died in **899**."]),
    ("The second wave", ["13 November **1002** – the **St Brice's Day Massacre** of Danes living in England.",
                         "Cause → effect – the massacre gave **Sweyn Forkbeard** a motive for revenge; he took the "
                         "English throne in **1013**.", "**Cnut** became king of all England in **1016**."]),
    ("Lindisfarne", ["The monastery was raided in **793**.", "Monks were killed or taken as **slaves**."])])


def test_a_study_label_is_not_printed_and_a_death_is_no_point_of_deeds():
    for seed in "123":
        plan = planned(VIKINGS, seed)
        for section in plan.exercises.sections:
            for question in section.questions:
                if isinstance(question, Short):
                    assert not any(ref.point == 4 and ref.card == 0 for ref in question.scheme), question
                else:
                    assert "Cause →" not in plain(getattr(question, "segments", ())), question


def test_a_line_on_what_the_card_compares_with_is_no_statement_of_its_title():
    from studypack.layouts.worksheet.exercises.matching import match_candidates
    hormones = pack_yaml("Hormones", "Biology", [
        ("The endocrine system", ["Glands secrete **hormones** directly into the blood.",
                                  "Compared with nerves, hormonal effects are slower to start but last longer.",
                                  "Nervous responses are fast, short-lived and act on a precise area."]),
        ("Blood glucose", ["**Insulin** makes the liver store glucose as **glycogen**.",
                           "**Glucagon** is released when blood glucose falls."]),
        ("The menstrual cycle", ["**FSH** makes an egg mature in the ovary.", "**LH** triggers ovulation."])])
    stated = [pair.text for pair in offered(hormones, match_candidates)]
    assert stated and not any(text.startswith("Nervous") for text in stated), stated


def test_a_mass_of_no_named_substance_and_a_leak_by_its_pipes_are_not_asked():
    stems = calculations(pack_yaml("Reactivity", "Chemistry", [("Displacement reactions", [
        "Worked example: 5.6 g Fe added to excess CuSO~4~, A~r~ Fe = 56, Cu = 63.5 → 5.6 ÷ 56 = 0.10 mol Fe → "
        "0.10 mol Cu × 63.5 = **6.35 g**", "e.g. 320 g Fe~2~O~3~ → 320 ÷ 160 = 2 mol → 2 × 2 = 4 mol Fe → 4 × 56 = "
        "**224 g** iron"])]))
    assert not any("CuSO₄" in stem for stem in stems), stems
    water = pack_yaml("Water", "Geography", [("UK water supply", [
        "Around 3 billion litres a day are lost through **leakage** from old pipes.",
        "**Kielder Water** in Northumberland is the UK's largest reservoir."])])
    assert "leakage" not in blanked(water) and blanked(water), blanked(water)


def test_a_term_with_its_symbol_in_brackets_is_defined_and_never_asked_beside_it():
    from studypack.layouts.worksheet.exercises.defined_choices import definition_choice_candidates
    waves = pack_yaml("Circuits", "Physics", [
        ("Quantities", ["**Current** (I) – the rate of flow of charge",
                        "**Potential difference** (V) – the energy transferred per unit of charge",
                        "**Resistance** (R) – how hard it is for charge to move through a component",
                        "**Power** (P) – the energy transferred each second"]),
        ("Series circuits", ["The same current flows through every component.",
                             "Total resistance is the **sum** of the resistances."])])
    from studypack.layouts.worksheet.exercises.matching import definitions
    assert [term for _ref, term, _meaning in definitions(material(waves))] == [
        "Current", "Potential difference", "Resistance", "Power"]
    stems = [plain(choice.segments) for choice in offered(waves, definition_choice_candidates)]
    assert not any(re.search(r"\([IVRP]\)", stem) for stem in stems), stems


def test_round_ya_cues_amounts_fields_and_people():
    from studypack.layouts.worksheet.exercises.words import fields
    polymers = pack_yaml("Polymers", "Chemistry", [("Addition polymers", [
        "Many small **monomers** with a C=C double bond join to make a long polymer chain.",
        "**Poly(ethene)** was first made at **ICI** in 1933."])])
    assert "monomers" not in blanked(polymers) and blanked(polymers), blanked(polymers)
    stems = calculations(pack_yaml("Alcohols", "Chemistry", [("Making ethanol by fermentation", [
        "e.g. M~r~ glucose = 180, M~r~ ethanol = 46 → 180 g glucose gives 2 × 46 = **92 g ethanol**"])]))
    assert not stems, stems
    assert fields("Mass movement") & fields("the overhanging cliff becomes unstable and collapses")
    assert fields("Change perspective") & fields("recall from the point of view of another person")
    assert fields("Reinstate the context") & fields("mentally return to the scene")
    medicine = fresh_pack("history_medicine_through_time_1250_present.yaml")
    for seed in "1234":
        for block in of_kind(planned(medicine, seed), Match):
            if any(pair.title in ("Robert Koch", "William Harvey") for pair in block.pairs):
                assert not any(spare.text.startswith("Joseph Lister") for spare in block.spares), block.spares


def test_a_year_taken_out_takes_its_alone_and_an_element_the_line_calls_up_is_not_blanked():
    west = pack_yaml("The American West", "History", [
        ("The California Gold Rush", ["Gold was found at **Sutter's Mill** in **1848**.",
                                      "About 90,000 \"forty-niners\" arrived in **1849** alone."]),
        ("The Mormons", ["The Mormons reached the **Great Salt Lake** in **1847**.",
                         "**Brigham Young** led them west from Nauvoo in **1846**."])])
    described = [candidate.event.text for candidate in events.event_candidates(material(west))]
    assert any("forty-niners" in text for text in described), described
    assert not any("alone" in text for text in described), described
    air = pack_yaml("The atmosphere", "Chemistry", [("Earth's early atmosphere", [
        "Volcanoes also released **nitrogen**, which built up over time.",
        "Water vapour **condensed** to form the oceans."])])
    assert "nitrogen" not in blanked(air), blanked(air)


def test_round_ye_cues_a_title_the_line_renames_and_a_lone_definition():
    text = pack_yaml("The Home Front", "History", [
        ("Feeding the nation", ["Parks and gardens were turned into **allotments** to grow vegetables.",
                                "**Lord Woolton** ran the Ministry of Food."]),
        ("Rio de Janeiro", ["Capital of Brazil until 1960, when the government moved to **Brasília**.",
                            "About 6.7 million people live in the city."]),
        ("The Home Guard", ["The **Local Defence Volunteers** were set up in May **1940**.",
                            "Renamed the **Home Guard** by Churchill in July **1940**."])])
    assert not {"allotments", "Brasília"} & blanked(text) and blanked(text), blanked(text)
    described = [candidate.event.text for candidate in events.event_candidates(material(text))]
    assert not any("renamed the Home Guard" in event for event in described), described
    analysis = fresh_pack("chemistry_chemical_analysis_and_tests.yaml")
    for seed in "1234":
        for block in of_kind(planned(analysis, seed), Match):
            titles = [pair.title for pair in block.pairs]
            if "Quantitative analysis" in titles:
                assert "Qualitative analysis" in titles or any("which substances" in spare.text
                                                               for spare in block.spares), (titles, block.spares)


def test_an_exam_focus_instruction_is_no_statement_and_a_sum_with_another_convention_is_not_asked():
    from studypack.layouts.worksheet.exercises.candidates import true_false_candidates
    causes = pack_yaml("Causes of the First World War", "History", [
        ("Exam focus – who was to blame?", [
            "Separate **long-term causes** (alliances, naval race) from **short-term triggers** (Sarajevo).",
            "Other historians blame all the powers; Christopher Clark called the leaders sleepwalkers."]),
        ("The naval race", ["Britain launched **HMS Dreadnought** in **1906**.",
                            "Germany's **Navy Laws** of **1898** began the race."])])
    said = [plain(statement.segments) for statement in offered(causes, true_false_candidates, {True: 9, False: 0})]
    assert said and not any("Separate" in statement for statement in said), said
    stems = calculations(pack_yaml("Data", "Computing", [("Units of data", [
        "Then megabyte = 1000 kB, gigabyte = 1000 MB. Some exam boards use 1024 instead – the **kibibyte** (KiB).",
        "e.g. 3 GB in bytes → 3 × 1000 × 1000 × 1000 = **3,000,000,000 bytes**"])]))
    assert not any("3 GB" in stem for stem in stems), stems


def test_the_one_term_of_another_card_is_matched_only_beside_a_spare_of_its_own_card():
    data = fresh_pack("computing_data_representation_2.yaml")
    for seed in "1234":
        for block in of_kind(planned(data, seed), Match):
            cards = {pair.card for pair in block.pairs}
            for pair in block.pairs:
                if pair.title == "Resolution" and len(cards) == 2:
                    assert any(spare.card == pair.card for spare in block.spares), (block.pairs, block.spares)


def test_a_claim_is_not_cut_at_a_dash_that_opens_an_aside():
    from studypack.layouts.worksheet.exercises.candidates import true_false_candidates
    weimar = pack_yaml("Weimar Germany", "History", [
        ("The Spartacist Uprising", [
            "In **January 1919** the Spartacists tried to seize power in Berlin.",
            "Ebert used the **Freikorps** – ex-soldiers' right-wing volunteer units – to crush it."]),
        ("The Kapp Putsch", ["Freikorps units marched on **Berlin** on 13 March **1920**.",
                             "A **general strike** by workers brought the putsch down."])])
    said = [plain(statement.segments) for statement in offered(weimar, true_false_candidates, {True: 9, False: 0})]
    assert said and not any(statement.rstrip(".").endswith("used the Freikorps") for statement in said), said


def test_round_yk_counted_outcomes_an_unnamed_crew_and_cues():
    stems = calculations(pack_yaml("Probability", "Maths", [("Expected frequency", [
        "e.g. fair dice rolled 120 times → expected number of 6s = 120 × 1/6 = **20**"])]))
    assert any(stem.endswith("expected number of 6s = [20]") for stem in stems), stems
    space = pack_yaml("The Space Race", "History", [
        ("Apollo 13", ["An oxygen tank exploded on **13 April 1970**.", "The crew splashed down safely on **17 April "
                                                                         "1970**."]),
        ("Apollo 11", ["**Neil Armstrong** stepped onto the Moon on **20 July 1969**.",
                       "The crew returned to Earth on **24 July 1969**."])])
    described = [candidate.event.text for candidate in events.event_candidates(material(space))]
    assert not any(text.startswith("The crew") for text in described), described
    lines = pack_yaml("Mixed", "Geography", [
        ("Hazards", ["**Heavy rain** – can exceed 200 mm in a day, causing river and flash **flooding**.",
                     "**Storm surge** – sea level rises by up to 5 m at the coast."]),
        ("Marketing", ["**Social media** marketing is cheap and lets firms talk to customers.",
                       "**Sponsorship** links a brand to an event."]),
        ("Waste water", ["Sludge is digested, and the digested waste is used as **fertiliser**.",
                         "**Screening** removes grit and large objects."])])
    assert not {"Heavy rain", "Social media", "fertiliser"} & blanked(lines) and blanked(lines), blanked(lines)


def test_a_phrase_whose_words_are_english_cousins_and_an_advised_step_are_not_asked():
    from studypack.layouts.worksheet.exercises.candidates import true_false_candidates
    from studypack.layouts.worksheet.exercises.translate import _cognate
    assert _cognate("l'énergie nucléaire", "nuclear power") and not _cognate("les déchets", "rubbish")
    energy = pack_yaml("Energy", "Geography", [
        ("Sustainable energy use", ["Reduce demand through **energy conservation**, not just by building supply.",
                                    "**BedZED** in London was built to use far less energy than usual homes."]),
        ("Fracking", ["A **moratorium** on fracking in England began in **2019**.",
                      "Fracking can cause small **earthquakes**."])])
    said = [plain(statement.segments) for statement in offered(energy, true_false_candidates, {True: 9, False: 0})]
    assert said and not any("Reduce demand" in statement for statement in said), said
