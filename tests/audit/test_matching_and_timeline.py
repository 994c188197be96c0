"""Matching a strict teacher would strike (a spare or another pair's statement that fits a title too) and timeline
items that do not read as events once their date is taken out."""
from __future__ import annotations

from pdftext import text_of
from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.source import loads

HARBOUR = """\
title: Harbour town
cards:
  - title: Harbour works
    points:
      - The new pier, opened in 1995, protects the harbour from winter storms.
      - The lighthouse on the point was built in 1860.
      - In 2020 wind farms produced about 40% of the town's electricity.
      - By 1900 the port had 300 fishing boats.
  - title: The railway
    points:
      - The railway reached the town in 1847.
      - Visitors came from the cities every summer.
  - title: The storm of 1953
    date: 1953
    points:
      - A surge flooded the low streets.
      - Sea walls were raised along the front.
  - title: The war on the coast
    date: 1940-05-26
    points:
      - Small boats left the harbour for Dunkirk on 26 May 1940.
      - Guns were placed on the cliffs.
      - Mines were laid in the bay in 1941.
  - title: The Great Fire
    date: 1666
    points:
      - Most of the wooden houses by the quay burned.
      - The town was rebuilt in stone.
  - title: The museum
    points:
      - The town museum was founded in 1921.
"""


def timeline_text(pack: str, seed: str) -> str:
    plan = worksheet.plan(loads(pack, "pack.yaml"), WorksheetOptions(seed=seed, exercises=("timeline",)))
    return " ".join(text_of(worksheet.draw(plan)["worksheet.pdf"]).split())


def test_a_timeline_takes_only_items_that_read_as_events_once_the_date_is_out():
    for seed in "123":
        text = timeline_text(HARBOUR, seed)
        assert "The lighthouse on the point was built." in text and "The railway reached the town." in text
        assert "The Great Fire" in text  # a title naming a moment, its year on no point
        assert "opened" not in text  # "The new pier, opened, protects …": a stray word between commas
        assert "40%" not in text and "300 fishing" not in text  # a statistic is no event
        assert "The storm of 1953" not in text  # a title printing its own year gives the answer
        assert "The war on the coast" not in text  # dated by the day a point tells of: a theme, not that day


MILL = """\
title: The mill
cards:
  - title: Building
    points: ["The first mill on the river was built in 1780.", "Its wheel was made of oak."]
  - title: Owners
    points: ["At the auction in 1851 she bought the mill for her sons.", "The family ran it for a century."]
  - title: Power
    points: ["A steam engine replaced the wheel in 1862.", "Coal came by canal."]
  - title: Closure
    points: ["The mill closed in 1931.", "The building became flats."]
"""


def test_a_doer_named_only_by_a_pronoun_is_no_timeline_event():
    text = timeline_text(MILL, "1")
    assert "The mill closed." in text and "A steam engine replaced the wheel." in text
    assert "she bought" not in text  # on a timeline no title says who


RIVERS = """\
title: Rivers
cards:
  - title: Erosion processes
    points:
      - "**Hydraulic action** is the force of water hitting the banks and forcing air into cracks."
      - "**Abrasion** is when rocks carried by the river scrape the bed and banks."
      - "**Attrition** is when rocks knock into each other and become smaller and rounder."
  - title: Waterfalls
    points:
      - A deep **plunge pool** forms at the base through hydraulic action and abrasion.
      - The softer rock is eroded faster, leaving an **overhang** of hard rock above.
  - title: Storm hydrographs
    points:
      - The time between peak rainfall and peak discharge is the **lag time**.
      - Discharge is measured in **cumecs**, cubic metres per second.
  - title: Causes of flooding
    points:
      - Impermeable rock such as granite does not let water soak in.
      - "**Urbanisation** replaces fields with tarmac and concrete."
  - title: The drainage basin
    points:
      - A **tributary** is a smaller river that joins a larger one at a **confluence**.
      - The boundary between two drainage basins is the **watershed**.
  - title: Estuaries
    points:
      - Mudflats are exposed at low tide in the tidal mouth of a river.
      - Saltmarshes grow on the mudflats behind sand spits.
"""

ECOLOGY = """\
title: Ecology
cards:
  - title: Food chains
    points:
      - Every food chain starts with a **producer**, usually a green plant or alga.
      - "**Primary consumers** are herbivores that eat producers."
  - title: Trophic levels and biomass
    points:
      - Each feeding level in a food chain is called a **trophic level**.
      - Energy is lost as heat from **respiration**, in movement and in waste.
      - A **pyramid of biomass** is drawn to scale and is almost always pyramid-shaped.
  - title: Decomposition
    points:
      - "**Decay** is fastest when it is warm, moist and there is plenty of oxygen."
      - Gardeners make **compost** to recycle nutrients from plant waste back into the soil.
  - title: Adaptations
    points:
      - Cacti have spines instead of leaves to reduce water loss.
      - The polar bear has thick fur and a layer of **blubber** to keep warm.
  - title: Sampling a habitat
    points:
      - Quadrats should be placed at **random** to avoid bias.
      - A **transect** is a line across a habitat along which quadrats are placed.
  - title: Competition
    points:
      - Animals compete for food, mates and **territory** in their habitat.
      - Plants compete for light, space, water and **mineral ions**.
"""

CLASSROOM = """\
title: En clase
subject: Spanish
cards:
  - title: School things
    points: ["**la mochila** – the school bag", "**el lápiz** – the pencil", "**la regla** – the ruler",
             "**la goma** – the rubber", "**el cuaderno** – the exercise book", "**el libro** – the book"]
  - title: Furniture
    points: ["**la mesa** – the table", "**la silla** – the chair", "**el ordenador** – the computer",
             "**la pizarra** – the board", "**la puerta** – the door", "**la ventana** – the window"]
  - title: Giving opinions
    points: ["**me gusta** – I like", "**odio** – I hate", "**me encanta** – I love", "**no me gusta nada** – I don't like it at all",
             "**me gustan** – I like (plural)", "**prefiero** – I prefer"]
  - title: Reasons
    points: ["**es interesante** – it is interesting", "**son aburridas** – they are boring", "**porque** – because",
             "**es útil** – it is useful", "**es fácil** – it is easy", "**es difícil** – it is difficult"]
"""


def matching_text(pack: str, seed: str, *others: str) -> str:
    plan = worksheet.plan(loads(pack, "pack.yaml"), WorksheetOptions(seed=seed, exercises=("match", *others)))
    return " ".join(text_of(worksheet.draw(plan)["worksheet.pdf"]).split())


def test_no_statement_naming_a_key_term_or_a_form_of_another_titles_word_is_printed_beside_that_title():
    sheets = [matching_text(RIVERS, seed) for seed in "12345"]
    assert any("Erosion processes" in text for text in sheets)
    for text in sheets:
        if "Erosion processes" in text:
            assert "plunge pool" not in text  # "… through hydraulic action and abrasion" is erosion's too
            assert "eroded faster" not in text  # "eroded" reads as "Erosion"'s


def test_two_cards_where_one_speaks_of_the_others_topic_are_never_titles_of_one_matching():
    sheets = [matching_text(ECOLOGY, seed) for seed in "12345"]
    assert any("Trophic levels and biomass" in text for text in sheets)
    for text in sheets:
        assert not ("Food chains" in text and "Trophic levels and biomass" in text)  # each level "in a food chain"
        if "Trophic levels and biomass" in text:
            assert "Primary consumers" not in text  # a spare that is a trophic level too


def test_vocabulary_of_parallel_kinds_makes_no_matching():
    for seed in "123":
        text = matching_text(CLASSROOM, seed, "translate")
        assert "Translation" in text and "Matching" not in text  # "la mesa – the table" fits "School things" too


def test_titles_of_one_topic_never_stand_together_and_a_theme_is_no_event():
    from studypack.layouts.worksheet.exercises.allocate import _alike
    from studypack.layouts.worksheet.exercises.events import surveys
    assert _alike("Electrolysis of copper sulfate", "Electrolysis of aqueous solutions")  # one statement fits both
    assert _alike("The Speech", "Highlights of the speech")
    assert not _alike("20th Party Congress", "Anti-Party conspiracy")
    assert surveys("Causes of the Berlin Blockade") and surveys("Results of the blockade")
    assert not surveys("The Berlin Airlift")


def test_a_statement_opening_below_this_points_back():
    from studypack.layouts.worksheet.exercises.roles import starts_with_pronoun
    assert starts_with_pronoun("Below this, molecules move more slowly.")
    assert starts_with_pronoun("At this temperature the enzyme works best.")
    assert not starts_with_pronoun("Below 0 °C water freezes.")


def test_advice_a_name_with_what_it_is_known_for_and_a_past_state_are_no_content_or_event():
    from studypack.layouts.worksheet.exercises.events import _STATE
    from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS, is_scaffolding
    assert is_scaffolding("This is a common exam question – always give more than one reason.")
    assert is_scaffolding("Remember to link each reason to the outcome.")
    assert is_scaffolding("Study tip: learn the order of the agreements – Dawes, Locarno, League, Young.")
    assert not is_scaffolding("Harold's army was tired after marching north.")
    assert _STATE.search("Franklin had died, and the Nobel Prize is not given after death.")
    assert _STATE.search("William, Duke of Normandy – said Edward had promised him the throne.")
    assert not _STATE.search("William landed at Pevensey.")
    assert GENERIC_HEADINGS.match("Key terms") and GENERIC_HEADINGS.match("Questions to prepare")
    assert not GENERIC_HEADINGS.match("Key features of a castle")


def test_a_line_of_key_terms_is_no_content_and_a_choice_between_two_is_no_topic():
    from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS, is_scaffolding, leans_on_previous
    assert is_scaffolding("Key terms: yield, pesticide, fertiliser, biodiversity")
    assert GENERIC_HEADINGS.match("Haben or sein?") and GENERIC_HEADINGS.match("A model answer")
    assert leans_on_previous("They also include high costs of farming.")
    assert leans_on_previous("They then defeated Kerbogha's relief army.")
    assert not leans_on_previous("They return mineral ions to the soil.")


def test_a_model_answer_titled_with_its_question_is_no_topic_and_a_grade_tip_is_no_content():
    from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS, is_scaffolding
    assert GENERIC_HEADINGS.match("Model answer – Qu'est-ce que tu fais pour l'environnement ?")
    assert is_scaffolding("Using the conditional helps you reach the higher grades.")


def test_a_country_in_a_war_is_no_moment_and_a_mnemonic_is_no_content():
    from studypack.layouts.worksheet.exercises.events import surveys
    from studypack.layouts.worksheet.exercises.roles import is_scaffolding
    assert surveys("Russia in the First World War") and not surveys("The February Revolution")
    assert is_scaffolding("Mnemonic: Monkeys Eat Peanut Butter")


def test_a_timeline_event_that_opens_on_its_verb_is_told_under_its_cards_title():
    from studypack.layouts.worksheet.exercises import Timeline
    pack = loads("""title: Industry
cards:
  - title: Richard Arkwright
    points: ["Built the first water-powered cotton mill at **Cromford**, Derbyshire, in **1771**.",
             "He was knighted in 1786."]
  - title: Factory reform
    points: ["Passed in **1833**, the first Factory Act banned children under nine from textile mills."]
  - title: Steam
    points: ["James Watt patented the separate condenser in **1769**.",
             "Abraham Darby smelted iron with coke in **1709**.",
             "The Chartists failed, but most of their points became law by **1918**."]
  - title: Coasts
    points: ["Managed retreat lets land flood, e.g. **Medmerry** (completed in **2013**).",
             "Managed in 1995 by the council, the beach was widened.",
             "The last great storm, the Burns' Day storm, came in **1990**."]
""", "industry.yaml")
    plan = worksheet.plan(pack, WorksheetOptions(seed="1", exercises=("timeline",), questions=6))
    events = [event.text for section in plan.exercises.sections for question in section.questions
              if isinstance(question, Timeline) for event in question.events]
    assert "Richard Arkwright: built the first water-powered cotton mill at Cromford, Derbyshire." in events
    assert not any(text.startswith(("Built", "Passed")) or ",." in text or "Medmerry" in text or text.endswith("came.")
                   for text in events)
    assert not any("became law" in text for text in events)  # "by 1918" dates a state reached, not a moment


def test_a_life_or_a_stretch_of_time_is_no_timeline_event():
    from studypack.layouts.worksheet.exercises.events import surveys
    from studypack.layouts.worksheet.exercises.material import Material
    from studypack.layouts.worksheet.exercises.events import event_candidates
    import random
    source = Material(loads("""title: Cold War
cards:
  - title: Ho Chi Minh
    date: 1890–1969
    points: ["Led the Viet Minh against the French."]
  - title: Berlin Blockade
    date: June 1948
    points: ["Stalin cut the roads into West Berlin."]
""", "cold.yaml"), random.Random(1))
    assert [candidate.event.text for candidate in event_candidates(source)] == ["Berlin Blockade"]
    assert surveys("Cuba before the crisis") and surveys("How the war ended") and surveys("Sarajevo and the July Crisis")


def test_a_death_told_without_its_subject_is_told_under_its_title():
    from studypack.layouts.worksheet.exercises.material import Material
    from studypack.layouts.worksheet.exercises.events import event_candidates
    import random
    source = Material(loads("""title: Tudors
cards:
  - title: Elizabeth I
    points: ["Died in **1603**; James VI of Scotland became James I of England."]
""", "tudors.yaml"), random.Random(1))
    assert [candidate.event.text for candidate in event_candidates(source)] == [
        "Elizabeth I: died; James VI of Scotland became James I of England."]
