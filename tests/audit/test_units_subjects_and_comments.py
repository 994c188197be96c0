"""Rounds NI and NJ of the unseen-pack audit: a momentum pack worked every example in SI units ("15 m s⁻¹", "18 000 kg m
s⁻¹") and got no calculation; "First reported in the UK in 1961" under "MRSA" went on a timeline with no subject;
"an amateur musician: anyone can play" was set to translate whole; and a threshold, a practical's step, a land its
country holds and a formula's symbols each gave a question a teacher would strike. An indices, surds and standard
form pack of thirteen cards gave two questions, its sums set after a rule in words or written with surds."""
from __future__ import annotations

from sheet_builds import calculations, hideable, material, pack_yaml, planned, of_kind, translated
from studypack.layouts.worksheet.exercises.candidates import true_false_candidates
from studypack.layouts.worksheet.exercises.events import event_candidates
from studypack.layouts.worksheet.exercises.questions import Choice, TrueFalse, plain


def _statements(text: str) -> list[str]:
    """Every true or false statement the material offers, each as it would print."""
    source = material(text)
    candidates = true_false_candidates(source, {True: 50, False: 50})
    built = (candidate.build(0) for candidate in candidates)
    return [plain(statement.segments) for statement in built if statement is not None]


def test_examples_worked_in_si_units_are_asked_as_calculations():
    asked = calculations(pack_yaml("Momentum", "Physics", [
        ("What is momentum?", [
            "**Momentum** = mass × velocity.",
            "Example: a **1200 kg** car at **15 m s^-1^** has p = 1200 × 15 = **18 000 kg m s^-1^**"]),
        ("Force and momentum", ["Force = rate of change of momentum.",
                                "Worked example: a **60 kg** runner stops from **8.0 m s^-1^** in **0.50 s**. "
                                "F = 60 × 8.0 ÷ 0.50 = **960 N**"])]))
    assert any("1200 kg car at 15 m s⁻¹ → p =" in stem and "[18 000]" in stem and stem.endswith("kg m s⁻¹")
               for stem in asked), asked
    assert any("60 kg runner" in stem and "[960]" in stem for stem in asked), asked


def test_an_event_opening_on_an_adverb_and_a_verb_is_told_with_its_cards_title():
    events = [candidate.event.text for candidate in event_candidates(material(pack_yaml("Antibiotics", "Biology", [
        ("MRSA", ["First reported in the UK in **1961**, two years after methicillin came into use.",
                  "Resistant to many **antibiotics**."]),
        ("Penicillin", ["**Alexander Fleming** noticed the mould in **1928**.",
                        "The first patient was treated in **1941**."])])))]
    assert any(text.startswith("MRSA: first reported in the UK") for text in events), events
    assert not any(text.startswith("First reported") for text in events), events


def test_a_comment_after_a_meanings_colon_is_not_set_to_translate():
    asked = translated("La fête de la musique", "French", [
        "**un bénévole** – a volunteer: anyone can help",
        "**un défilé** – a parade", "**un feu d'artifice** – a firework display", "**la crèche** – the nativity scene",
        "**un déguisement** – a costume", "**le sapin de Noël** – the Christmas tree"])
    assert any("a volunteer" in item for item in asked), asked
    assert not any("anyone can help" in item for item in asked), asked


def test_a_list_of_other_examples_and_a_practicals_step_are_no_statements():
    statements = _statements(pack_yaml("Microbes and momentum", "Science", [
        ("Explosions", ["Before an explosion the total momentum is **zero**.",
                        "Other examples: **recoil**, a skater pushing off a wall, a **rocket**"]),
        ("Aseptic technique", ["Secure the lid with **two** strips of **adhesive tape**, not sealed all the way round.",
                               "Incubate at **25 °C** in a school lab.", "**Agar** is the jelly bacteria grow on."]),
        ("Growth", ["Bacteria divide by **binary fission**.", "A population can divide every **20 minutes**."])]))
    assert statements, statements
    assert not any(text.startswith(("Other examples", "Secure the lid")) or ": Other examples" in text
                   or "Secure the lid" in text for text in statements), statements


def test_a_threshold_judged_dangerous_is_neither_offered_nor_changed():
    pack = pack_yaml("Hot deserts", "Geography", [
        ("Climate", ["Daytime temperatures often go over **40 °C** in summer; nights can drop close to **0 °C**.",
                     "Rainfall is under **250 mm** a year."]),
        ("Thar challenges", ["Extreme heat: working outside at **50 °C** is dangerous, so farm work slows down.",
                             "Water is scarce; the **Indira Gandhi Canal** brings water from the **Punjab**."]),
        ("Thar records", ["**Phalodi** recorded **51 °C** in May 2016.", "The Thar covers about **200,000 km²**."])])
    for seed in "1234":
        plan = planned(pack, seed)
        for question in of_kind(plan, Choice) + of_kind(plan, TrueFalse):
            assert "is dangerous" not in plain(question.segments) or isinstance(question, TrueFalse) \
                and question.true, (seed, plain(question.segments))


def test_a_formulas_symbols_beside_a_product_in_words_give_it_away():
    assert "mass × velocity" not in hideable(pack_yaml("Momentum", "Physics", [
        ("What is momentum?", ["**Momentum** = **mass × velocity**, written **p = m v**", "Momentum is a **vector**."]),
        ("Impulse", ["**Impulse** = force × time.", "It is measured in **N s**."])]), "Momentum = ")


def test_a_land_the_card_says_a_country_holds_is_not_swapped_for_it():
    statements = _statements(pack_yaml("Spain and the New World", "History", [
        ("Dividing the world", ["The Treaty of Tordesillas (**1494**) split new lands between **Spain** and "
                                "**Portugal**.",
                                "West of the line → **Spain**; east of the line → **Portugal**.",
                                "Effect: **Portugal** could claim **Brazil** when **Cabral** landed there in 1500."]),
        ("Conquest of Mexico", ["**Hernán Cortés** landed in **Mexico** in **1519**.",
                                "He allied with the **Tlaxcalans** against the Aztecs."]),
        ("Conquest of Peru", ["**Francisco Pizarro** captured **Atahualpa** at **Cajamarca** in **1532**.",
                              "The Inca capital was **Cuzco**."])]))
    assert statements and not any("Brazil" in text and "could claim Brazil" not in text
                                  for text in statements), statements  # (not "split between Spain and Brazil")


def test_index_surd_and_standard_form_sums_are_asked_after_a_rule_in_words():
    asked = calculations(pack_yaml("Indices and surds", "Maths", [
        ("Multiplying and dividing powers", [
            "Multiplying: **add** the indices.", "Worked example: 3^4^ × 3^5^ ÷ 3^2^ = 3^4+5−2^ = **3^7^**",
            "With numbers in front: deal with the numbers, then the letters. 6x^5^ ÷ 2x^2^ = **3x^3^**"]),
        ("Expanding brackets with surds", ["Expand as in algebra.",
                                           "(2 + √5)^2^ = 4 + 2√5 + 2√5 + 5 = **9 + 4√5**"]),
        ("Standard form", ["Big numbers → positive power. 45 000 = **4.5 × 10^4^**",
                           "Multiplying: multiply the numbers, add the powers. (3 × 10^4^) × (5 × 10^6^) = 15 × 10^10^ "
                           "= **1.5 × 10^11^**"]),
        ("Equivalent fractions", ["Equivalent fractions = the same amount written differently, e.g. **2/3 = 4/6 = "
                                  "10/15**.", "Simplify by dividing top and bottom by the **HCF**."]),
        ("Bacteria", ["Big answers go in **standard form**, e.g. 32 000 = **3.2 × 10^4^**.",
                      "Bacteria divide by **binary fission**."])]))
    for sum_ in ("3⁴ × 3⁵ ÷ 3² = [3⁷]", "6x⁵ ÷ 2x² = [3x³]", "(2 + √5)² = [9 + 4√5]", "45 000 = [4.5 × 10⁴]",
                 "(3 × 10⁴) × (5 × 10⁶) = [1.5 × 10¹¹]"):
        assert any(stem.endswith(sum_) for stem in asked), (sum_, asked)
    assert not any("2/3 =" in stem or "32 000 =" in stem for stem in asked), asked  # any equal fraction is right;
    # "in standard form" is said only by the line


def test_a_number_of_years_the_lines_two_years_reckon_is_not_asked():
    assert "59 years" not in hideable(pack_yaml("Weimar", "History", [
        ("The Young Plan", ["**Young Plan** (**1929**): reparations cut to **£1.85 billion**, with **59 years** to pay "
                            "(until **1988**).", "**Hugenberg** campaigned against it."]),
        ("Locarno", ["Germany signed the **Locarno Treaties** in **1925**.", "Germany joined the **League** in "
                                                                             "**1926**."])]), "Young Plan (1929)")


def test_a_title_comparing_examples_other_cards_gave_asks_no_short_answer():
    from sheet_builds import scheme_texts
    pack = pack_yaml("Plant disease", "Biology", [
        ("Tobacco mosaic virus", ["**TMV** makes a mosaic pattern on leaves.", "It spreads by **contact**.",
                                  "There is no **cure**."]),
        ("Rose black spot", ["A **fungus** makes black spots.", "Spores spread in **water** and wind.",
                             "Treat with **fungicide**."]),
        ("Aphids", ["Aphids are **insects** that suck sap from the **phloem**.", "They spread **viruses**.",
                    "**Ladybirds** eat them."]),
        ("Comparing the three communicable examples", [
            "**TMV** — virus — spread by contact — mosaic leaves — no cure, hygiene and resistant varieties",
            "**Rose black spot** — fungus — spread by water and wind — black spots, leaf fall — fungicide",
            "**Aphids** — insect pest — spread by moving between plants — stunted growth — insecticide, ladybirds",
            "All three reduce **photosynthesis** or the plant's supply of **sugars**, so growth and **yield** fall."])])
    assert scheme_texts(material(pack), 0) and not scheme_texts(material(pack), 3)  # (each on material of its own:
    # building a sheet's questions marks what they ask)


def test_a_card_that_is_one_worked_example_over_its_lines_is_one_calculation():
    asked = calculations(pack_yaml("Energy changes", "Chemistry", [
        ("Worked example – hydrogen + chlorine", [
            "H~2~ + Cl~2~ → 2HCl", "Bond energies: **H–H 436**, **Cl–Cl 242**, **H–Cl 431** kJ/mol",
            "Broken: 436 + 242 = **678 kJ/mol**", "Made: 2 × 431 = **862 kJ/mol**",
            "ΔH = 678 − 862 = **−184 kJ/mol**, so the reaction is **exothermic**."]),
        ("Worked example – burning methane", [
            "Bond energies (kJ/mol): **C–H 413**, **O=O 498**, **C=O 805**, **O–H 464**",
            "Broken: (4 × 413) + (2 × 498) = 1652 + 996 = **2648 kJ/mol**",
            "Made: (2 × 805) + (4 × 464) = 1610 + 1856 = **3466 kJ/mol**",
            "ΔH = 2648 − 3466 = **−818 kJ/mol** (exothermic)",
            "Exam tip: count every bond – CO~2~ has **two** C=O bonds."]),
        ("Worked example – a stopping car", [
            "Q. A 1000 kg car travels at 20 m/s. Reaction time 0.6 s. Find the thinking distance.",
            "Thinking distance = 20 × 0.6 = **12 m**"])]))
    assert "Hydrogen + chlorine: H₂ + Cl₂ → 2HCl. Bond energies: H–H 436, Cl–Cl 242, H–Cl 431 kJ/mol. ΔH = [−184] " \
           "kJ/mol" in asked, asked
    assert any(stem.startswith("Burning methane: Bond energies") and "ΔH = [−818]" in stem for stem in asked), asked
    assert not any(stem.startswith("A stopping car: Q.") for stem in asked), asked  # a question the card asks is
    # read as one, not as data


def test_a_case_its_kind_names_as_an_example_is_never_matched_beside_it():
    pack = pack_yaml("Nigeria", "Geography", [
        ("TNCs in Nigeria", ["Examples: **Shell**, **Unilever**, **Nestlé**", "TNCs bring **jobs** and pay **tax**.",
                             "Profits often go **abroad**."]),
        ("Shell in the Niger Delta", ["Shell found oil at **Oloibiri** in 1956.", "Shell brings **jobs** and tax.",
                                     "Oil spills harmed **fishing**."]),
        ("Lagos", ["Lagos has about **15 million** people.", "**Makoko** is a slum built on stilts.",
                   "The **BRT** buses cut journey times."]),
        ("International aid", ["**Aid** is help from richer countries.", "Bed nets fight **malaria**.",
                               "Aid can be lost to **corruption**."]),
        ("Quality of life", ["**HDI** combines health, education and income.", "Life expectancy is about **54**.",
                             "Many lack clean **water**."])])
    from studypack.layouts.worksheet.exercises.questions import Match
    matched = [{pair.title for pair in question.pairs} for seed in "123456"
               for question in of_kind(planned(pack, seed), Match)]
    assert matched and not any({"TNCs in Nigeria", "Shell in the Niger Delta"} <= titles for titles in matched)


def test_a_sum_before_the_dated_thing_a_titles_dates_and_a_halved_age_tell_nothing_false():
    pack = pack_yaml("The early Tudors, 1485–1529", "History", [
        ("Securing the throne, 1485–86", ["Married **Elizabeth of York** in **January 1486**, uniting the two houses.",
                                          "Son and heir **Prince Arthur** born **September 1486**."]),
        ("The Amicable Grant, 1525", ["Came after heavy taxes in **1523** (Parliament gave far less than asked).",
                                      "Riots in **Suffolk** made Henry drop it."]),
        ("Henry VIII's accession", ["Henry VII died on **21 April 1509**; **Henry VIII** was **17** years old.",
                                    "He married **Catherine of Aragon** in **June 1509**."])])
    events = [candidate.event.text for candidate in event_candidates(material(pack))]
    assert not any("taxes" in text or "1485" in text for text in events), events
    assert any(text.startswith("Securing the throne: married") for text in events), events
    source = material(pack)
    for ref in source.refs:
        for term in source.hideable(ref):
            if term.text == "September 1486":
                assert "1485–86" not in plain(source.context(ref, [term]) or ()), ref
    from studypack.layouts.worksheet.exercises.distractors import scaled
    ref, age = next((ref, term) for ref in source.refs for term in source.terms[ref] if term.text == "17")
    text = source.point(ref).text
    before, after = text[:age.start], text[age.end:]
    assert 14 <= int(scaled(age, before, after)[0]) <= 26  # a false statement's age: a king of 8 is absurd, not wrong
    assert all(int(value) >= 11 for position in range(4) for value in scaled(age, before, after, position))


def test_a_sum_worked_from_the_line_above_is_asked_with_that_line_as_its_data():
    asked = calculations(pack_yaml("Atoms and sets", "Science", [
        ("Relative atomic mass", ["**Relative atomic mass** is a weighted mean.",
                                  "Chlorine is **75 %** chlorine-35 and **25 %** chlorine-37.",
                                  "A~r~ = (35 × 75 + 37 × 25) ÷ 100 = (2625 + 925) ÷ 100 = **35.5**"]),
        ("Venn diagrams", ["Example: in a class of **30**, **18** study French and **5** study both.",
                           "French only = 18 − 5 = **13**; neither = 30 − 18 = **12**"]),
        ("Grouped data", ["**Median class**: the 20.5th value. Running totals 6, 20, 32, 40, so it lies in **20 < h ≤ "
                          "30**.", "Estimated range = highest − lowest = 40 − 0 = **40 cm**."])]))
    assert "Relative atomic mass: Chlorine is 75 % chlorine-35 and 25 % chlorine-37. Aᵣ = [35.5]" in asked, asked
    assert not any("French only" in stem or "range" in stem for stem in asked), asked  # the line's last result is
    # another's; a conclusion is no data


def test_a_title_naming_two_kinds_of_one_head_shows_each_as_an_answer():
    pack = pack_yaml("River flooding", "Geography", [
        ("Hard engineering", ["**Hard engineering** = building artificial structures to control rivers.",
                              "**Dams** hold back water in a **reservoir**.", "**Embankments** raise the banks."]),
        ("Working with nature", ["**Soft engineering** = working with natural processes.",
                              "**Afforestation** slows runoff.", "**Washlands** are left to flood."]),
        ("Hard vs soft engineering", ["Hard engineering is **expensive** but gives high protection.",
                                      "Soft engineering is **cheaper** and better for **wildlife**.",
                                      "Many schemes now **combine** both."]),
        ("Boscastle 2004", ["About **75 mm** of rain fell in two hours.", "**116** cars were swept away.",
                            "A **£4.6 million** scheme widened the channel."])])
    from studypack.layouts.worksheet.exercises.questions import Gap, Short
    asked = 0
    for seed in "123456":
        plan = planned(pack, seed, exercises=("gap", "short"))  # (with matching, its "=" line is matched instead)
        blanks = {segment.text for gap in of_kind(plan, Gap) for segment in gap.segments if segment.role == "blank"}
        asked += "Hard engineering" in blanks
        assert not ("Hard engineering" in blanks and any("Hard vs soft" in short.prompt
                                                          for short in of_kind(plan, Short))), seed
    assert asked


def test_a_hyphenated_verb_opening_an_event_and_a_list_of_examples_tell_their_subject_or_nothing():
    pack = pack_yaml("The USA, 1919–29", "History", [
        ("The Ku Klux Klan", ["Re-founded in **1915** by **William Simmons**, inspired by a film.",
                              "By **1925** it had about **5 million** members."]),
        ("Entertainment", ["Dance crazes such as the **Charleston**; sports stars like **Babe Ruth**.",
                           "Radio sets spread fast: **60%** of homes had one by **1930**."]),
        ("Prohibition", ["The **18th Amendment** banned making and selling alcohol.",
                         "**Al Capone** ran crime in **Chicago**."])])
    events = [candidate.event.text for candidate in event_candidates(material(pack))]
    assert any(text.startswith("The Ku Klux Klan: re-founded by William Simmons") for text in events), events
    assert not any("Charleston" in text for text in _statements(pack)), _statements(pack)


def test_a_why_title_of_two_verbs_names_its_topic_and_a_kits_size_is_no_question():
    from studypack.layouts.worksheet.exercises.material import title_topic
    assert title_topic("Why did Lutheranism survive and spread?") == "Lutheranism"
    assert title_topic("Where and when do tropical storms form?") == "Tropical storms"
    pack = pack_yaml("Specific heat capacity", "Physics", [
        ("Required practical – specific heat capacity", [
            "Kit: **1 kg** metal block with two holes, **immersion heater**, **thermometer**, **joulemeter**.",
            "Without a joulemeter, work out the energy from **E = V I t**.",
            "Record the temperature every minute for about 10 minutes.",
            "Main error: energy is lost, so the value of c comes out **too high**."]),
        ("Specific heat capacity", [
            "**Specific heat capacity** (c) = the energy needed to raise **1 kg** of a substance by **1 °C**.",
            "Water has a high c: **4200 J/kg °C**.",
            "A **0.50 kg** aluminium block needs **9000 J** to warm by 20 °C."]),
        ("Latent heat", ["**Specific latent heat** (L) = the energy to change the state of **1 kg** of a substance.",
                         "Boiling **0.11 kg** of water takes **240 000 J**."])])
    for seed in "123456":
        for choice in of_kind(planned(pack, seed), Choice):
            assert "Kit:" not in plain(choice.segments), (seed, plain(choice.segments))


def test_a_sum_whose_data_the_words_before_hold_and_an_answer_to_a_titles_question_are_not_asked_bare():
    asked = calculations(pack_yaml("Percentages", "Maths", [
        ("Depreciation", ["Decrease by **15%** → × **0.85**.",
                          "Worked example: a car bought for **£12 000** loses **15%** of its value each year. After 3 "
                          "years: 12 000 × 0.85^3^ = **£7369.50**."]),
        ("Standard form", ["Multiplying: multiply the numbers, add the powers. (3 × 10^4^) × (5 × 10^6^) = **1.5 × "
                           "10^11^**", "Always check A is between 1 and 10."])]))
    assert any("(3 × 10⁴) × (5 × 10⁶) = [1.5 × 10¹¹]" in stem for stem in asked), asked
    assert not any("0.85³" in stem for stem in asked), asked
    source = material(pack_yaml("UK weather", "Geography", [
        ("Is UK weather becoming more extreme?", [
            "Evidence for: **9 of the 10** warmest years on record have come since 2002.",
            "Evidence against / uncertainty: the UK-wide record only goes back to **1884**.",
            "Most scientists link the trend to **climate change**."]),
        ("Storm Desmond", ["Storm Desmond hit **Cumbria** in December 2015.",
                           "**341 mm** of rain fell in 24 hours."])]))
    for ref in source.refs:
        if source.point(ref).text.startswith("Evidence against"):
            assert source.context(ref, list(source.hideable(ref))) is None


def test_a_pictured_cards_lines_its_title_and_a_code_its_line_spells_ask_nothing(tmp_path):
    from PIL import Image

    from studypack.layouts.options import WorksheetOptions
    from studypack.layouts.worksheet.exercises import generate
    from studypack.source import load
    Image.new("RGB", (400, 300), (40, 120, 200)).save(tmp_path / "diagram.png")
    cards = [("The greenhouse effect", ["Short-wave radiation from the **Sun** passes through the atmosphere.",
                                        "The Earth gives off **infrared** radiation.",
                                        "Greenhouse gases **absorb** it and warm the air."]),
             ("Particulates", ["**PM~10~** and **PM~2.5~** = particles smaller than 10 μm and 2.5 μm across.",
                               "They come from **diesel** engines.", "They harm the **lungs**."]),
             ("How oxygen increased", ["**Algae** began making oxygen by **photosynthesis**.",
                                       "Over a billion years the level of oxygen rose steadily.",
                                       "More oxygen allowed **animals** to evolve."]),
             ("Carbon footprint", ["A **carbon footprint** is the total greenhouse gas a thing gives out.",
                                   "Cutting **energy use** lowers it.",
                                   "**Carbon capture** stores CO~2~ underground."])]
    unpictured = pack_yaml("The atmosphere", "Chemistry", cards)
    text = unpictured
    for title in ("The greenhouse effect", "Carbon footprint", "Particulates"):
        text = text.replace(f"  - title: {title}\n", f"  - title: {title}\n    image: diagram.png\n")
    (tmp_path / "air.yaml").write_text(text, encoding="utf-8")
    pack = load(tmp_path / "air.yaml")
    for seed in "123456":
        exercises = generate(pack, WorksheetOptions(seed=seed))
        pictured = {question.card for section in exercises.sections if section.name == "picture"
                    for question in section.questions}
        assert pictured, seed
        assert not [question for section in exercises.sections if section.name != "picture"
                    for question in section.questions
                    if getattr(question, "card", None) in pictured
                    or getattr(getattr(question, "point", None), "card", None) in pictured], seed
    assert not [term for term in hideable(unpictured, "PM") if term.startswith("PM")]
    assert not any("oxygen fell" in statement for statement in _statements(unpictured)), _statements(unpictured)


def test_round_no_a_line_of_several_labels_a_count_said_twice_a_clue_list_and_a_change_that_goes_one_way():
    volcanoes = pack_yaml("Volcanoes", "Geography", [
        ("Volcano key terms", [
            "**Magma** = molten rock below the surface.",
            "**Active** = erupted recently and likely to again; **dormant** = not erupted for a long time but could.",
            "**Pyroclastic flow** = a fast avalanche of hot gas, ash and rock.",
            "**Lahar** = a volcanic mudflow of ash and water; **jökulhlaup** = a glacial outburst flood."]),
        ("Montserrat", ["The population fell from about **11,000** to under 5,000.",
                        "The UK gave about **£41 million** in aid.", "**Plymouth**, the capital, was buried."])])
    statements = _statements(volcanoes)
    assert not any(text.split(": ", 1)[-1].startswith("Active = a") for text in statements), statements
    from studypack.layouts.worksheet.exercises.distractors import _wrong_way
    assert _wrong_way(4000, "The population fell from about ", " to under 5,000.")  # no fall
    assert not _wrong_way(24000, "The population fell from about ", " to under 5,000.")
    assert _wrong_way(900, "Visitors rose from ", " to 800 a year.") and not _wrong_way(900, "It is ", " to 800.")
    india = pack_yaml("India", "History", [
        ("Jinnah", ["**two-nation theory** = Hindus and Muslims are two separate nations.",
                    "**Jinnah** led the **Muslim League**."]),
        ("Structures", ["High m.p., conducts when solid and when molten → **metallic**.",
                        "Low m.p. and b.p., does not conduct → **simple molecular**."])])
    statements = _statements(india)
    assert not any("three-nation" in text or "one-nation" in text or "Low m.p., conducts" in text
                   for text in statements), statements
    dna = pack_yaml("DNA", "Biology", [("Chargaff's rule", [
        "In DNA, %A = %T and %C = %G.", "Q: A sample of DNA is **18%** adenine. Find the other three bases.",
        "T = **18%**. That leaves 100 − 36 = **64%** for C + G.", "C = G = 64 ÷ 2 = **32%** each."])])
    assert not calculations(dna)


def test_round_np_question_words_titled_motions_lists_of_rewards_historians_and_several_answers():
    quakes = pack_yaml("Earthquakes", "Geography", [
        ("Prediction", ["Scientists can say **where** earthquakes are likely (along plate margins) but not **when**.",
                        "**Radon** gas may leak before a quake."]),
        ("Collision margins", ["Two **continental plates** move towards each other.",
                               "The crust crumples into **fold mountains**."]),
        ("Stakhanovites", ["**Stakhanovites** got higher pay, better flats and medals.",
                           "**Alexei Stakhanov** cut **102 tonnes** of coal in one shift."])])
    assert not {"where", "when"} & set(hideable(quakes, "Scientists can say"))
    assert not any("move away" in text or "lower pay" in text for text in _statements(quakes)), _statements(quakes)
    stalin = material(pack_yaml("Stalin's USSR", "History", [
        ("Interpretations", ["**Totalitarian** view (**Robert Conquest**): the Terror was planned from the top."]),
        ("Kirov", ["**Sergei Kirov** was shot by **Leonid Nikolaev** in 1934."])]))
    sorts = {term.text: term.sort for ref in stalin.refs for term in stalin.terms[ref]}
    assert sorts["Robert Conquest"] == "person:historian" and sorts["Leonid Nikolaev"] == "person", sorts
    asked = calculations(pack_yaml("Angles", "Maths", [
        ("Worked example – angles in a quadrilateral", [
            "The angles of a quadrilateral are x, 2x, 100° and 110°. Find each angle.",
            "x + 2x + 100 + 110 = 360 (angles in a quadrilateral)", "3x + 210 = 360, so 3x = 150 and **x = 50°**.",
            "The angles are 50°, 100°, 100° and 110°."]),
        ("Worked example – a titration", [
            "25.0 cm^3^ of sodium hydroxide is neutralised by 20.00 cm^3^ of 0.100 mol/dm^3^ hydrochloric acid.",
            "moles HCl = 0.100 × (20.00 ÷ 1000) = **0.00200 mol**", "Ratio 1 : 1, so moles NaOH = **0.00200 mol**",
            "concentration NaOH = 0.00200 ÷ 0.0250 = **0.0800 mol/dm^3^**"])]))
    assert not any("[360]" in stem for stem in asked), asked
    assert any(stem.endswith("Concentration NaOH = [0.0800] mol/dm³") for stem in asked), asked


def test_an_answer_after_including_and_a_line_that_asks_are_no_questions():
    war = pack_yaml("The English Civil War", "History", [
        ("Trial of Charles I", ["The **death warrant** was signed by **59** commissioners, including **Cromwell**.",
                                "**John Bradshaw** presided over the court.", "**Pride's Purge** removed MPs."]),
        ("Causes", ["**Irish Rebellion** (**October 1641**) → who should control an army to crush it, king or "
                    "Parliament?", "**Ship Money** angered gentry across England."])])
    assert "Cromwell" not in hideable(war, "The death warrant")
    assert not any(text.endswith("?") for text in _statements(war)), _statements(war)


def test_round_nr_a_process_or_a_book_is_no_event_and_readings_of_unprinted_data_earn_no_mark():
    cards = [("The Domesday Book", ["A survey of land and **livestock** ordered by **William I**.",
                                    "It recorded about **13,000** places."]),
             ("Planned growth – Navi Mumbai", ["A new city built across the harbour to take pressure off **Mumbai**.",
                                               "It now has over **1 million** people."]),
             ("The Harrying of the North", ["William's army burned villages from **York** to **Durham**.",
                                            "Perhaps **100,000** people died of famine."])]
    pack = pack_yaml("Places and records", "History", cards)
    for title, date in (("The Domesday Book", "1086"), ("Planned growth – Navi Mumbai", "1971"),
                        ("The Harrying of the North", "1069")):
        pack = pack.replace(f"  - title: {title}\n", f"  - title: {title}\n    date: {date}\n")
    events = [candidate.event.text for candidate in event_candidates(material(pack))]
    assert "The Harrying of the North" in events and not {"The Domesday Book", "Planned growth – Navi Mumbai"} \
        & set(events), events
    from sheet_builds import scheme_texts
    stats = pack_yaml("Averages", "Maths", [("Comparing two distributions", [
        "Always compare an **average** (mean or median) AND a measure of **spread** (range).",
        "Test marks — Class A: median 33, range 23. Class B: median 28, range 35.",
        "Average: Class A's median is higher, so **on average** Class A did better.",
        "Spread: Class A's range is smaller, so Class A's marks were more **consistent**.",
        "Say which average you use and why, in the **context** of the question."])])
    assert not any("Class A" in text for text in scheme_texts(material(stats), 0))


def test_a_scheme_is_no_event_and_a_row_of_key_words_earns_no_mark():
    pack = pack_yaml("Mumbai", "Geography", [
        ("Slum Rehabilitation Scheme (top-down)", ["Developers rehouse slum dwellers in free **flats**.",
                                                   "They may build **offices** on the land left over."]),
        ("The Mumbai floods", ["Nearly **944 mm** of rain fell in 24 hours.", "Over **1,000** people died."]),
        ("Hunger strikes", ["Suffragettes wanted to be treated as **political prisoners**.",
                            "**Marion Wallace Dunlop** was the first to refuse food.",
                            "Prisoners who refused food were **force-fed** through a tube.",
                            "hunger strike – force-feeding – political prisoner status"])])
    pack = pack.replace("  - title: Slum Rehabilitation Scheme (top-down)\n",
                        "  - title: Slum Rehabilitation Scheme (top-down)\n    date: 1995\n").replace(
        "  - title: The Mumbai floods\n", "  - title: The Mumbai floods\n    date: 26 July 2005\n")
    events = [candidate.event.text for candidate in event_candidates(material(pack))]
    assert not any(text.startswith("Slum Rehabilitation") for text in events), events
    from sheet_builds import scheme_texts
    scheme = scheme_texts(material(pack), 2)
    assert scheme and not any(text.startswith("hunger strike –") for text in scheme), scheme


def test_a_statement_that_worsens_these_fears_is_no_matching_statement():
    from studypack.layouts.worksheet.exercises.matching import match_candidates
    source = material(pack_yaml("The English Civil War", "History", [
        ("Long-term causes", ["Many Puritans feared Charles was bringing back Catholic ways.",
                              "The king's Catholic wife, **Henrietta Maria**, made these fears worse."]),
        ("Battle of Edgehill", ["Prince Rupert's cavalry charge swept away Parliament's horse.",
                                "The first big battle ended in a **draw**."]),
        ("Pride's Purge", ["Colonel Pride stopped about 180 MPs entering the Commons.",
                           "It made a **trial** of the king possible."])]))
    texts = [source.point(ref).text for candidate in match_candidates(source) for ref in candidate.uses]
    assert texts and not any("these fears" in text for text in texts), texts


def test_a_title_named_only_inside_the_blank_still_says_the_lines_subject():
    source = material(pack_yaml("Digestion", "Biology", [
        ("Bile", ["Made in the **liver**, stored in the **gall bladder**, released through the **bile duct**.",
                  "Bile is **not an enzyme**.", "It **emulsifies** fats into tiny droplets."]),
        ("Amylase", ["**Amylase** breaks down **starch** into sugars.", "It is made in the **salivary glands**."])]))
    for ref in source.refs:
        for term in source.hideable(ref):
            if term.text == "bile duct":
                assert source.context(ref, [term]) is None  # printed bare, "Made in the liver … through the ____"
                # has no subject; printed under "Bile", the title tells the blank


def test_a_title_named_only_inside_a_longer_term_still_heads_its_line():
    source = material(pack_yaml("Digestion", "Biology", [
        ("Bile", ["Made in the **liver**, stored in the **gall bladder**, released through the **bile duct**.",
                  "Bile is **not an enzyme**.", "It **emulsifies** fats into tiny droplets."]),
        ("Amylase", ["**Amylase** breaks down **starch** into sugars.", "It is made in the **salivary glands**."])]))
    line = next(ref for ref in source.refs if source.point(ref).text.startswith("Made in the liver"))
    assert plain(source.context(line, []) or ()) == "Bile: "  # "… the bile duct" names the duct, not bile
