"""Gap fills, word banks, bare lists and vocabulary options a teacher strikes: a bank whose one word of a kind fills
its gap by its form (the one rock among river words, a number beside its own doubles), two blanks that are items of
one list (right in either order, keyed in one), a verbless list asked as a statement, and vocabulary options of
unlike length or shape ("las clases empiezan a las ocho y media" among nouns, "más … que" for "mejor")."""
from __future__ import annotations

import re

import pytest

from studypack.layouts.worksheet.exercises import Choice, Gap, Match, TrueFalse
from studypack.layouts.worksheet.exercises.roles import is_bare_list
from studypack.source import loads
from sheet_builds import built

SEEDS = ("1", "2", "3", "4", "5")


def questions(plan, kind):
    return [question for section in plan.exercises.sections for question in section.questions
            if isinstance(question, kind)]


def gap_section(sheet: str) -> str:
    """The printed gap fill, from its heading to the next section's."""
    found = re.search(r"Gap fill.*?(?=Matching|Multiple choice|True or false|Short answer|$)", sheet)
    return found.group() if found else ""


RIVERS = """\
title: Rivers
cards:
  - title: Erosion
    points:
      - "**Attrition** is when rocks in the water knock into each other and become smaller and rounder."
      - "**Abrasion** is when rocks carried by the river scrape the bed and banks."
      - "**Hydraulic action** is the force of water hitting the banks and forcing air into cracks."
      - "Rivers erode by **hydraulic action**, **abrasion**, **attrition** and **solution**."
  - title: Upper course
    points:
      - In the upper course the channel is narrow and shallow and the valley is **V-shaped**.
      - As the waterfall retreats upstream it leaves a steep-sided **gorge**.
  - title: High Force
    points:
      - High Force is a tall waterfall that flows over a hard rock called the Whin Sill.
      - Heavy or prolonged rainfall saturates the soil, so more water flows as **surface run-off**.
  - title: Flood defences
    points:
      - The flood scheme cost about £18.5 million and protects over 400 homes.
      - A **flood storage reservoir** holds back water upstream during a storm.
      - Deforestation reduces **interception**, so rain reaches the river more quickly.
  - title: Lower course
    points:
      - A **meander** is a bend in a river in its middle or lower course.
      - When the neck of a meander is cut through, usually in a flood, an **ox-bow lake** is left.
      - A **floodplain** is the wide, flat area of land either side of a river that floods.
      - "**Deposition** happens when a river loses energy and drops the material it is carrying."
      - "Its landforms include a **meander**, an **ox-bow lake**, a **floodplain** and a **levee**."
  - title: Boscastle
    points:
      - The Rivers Valency and Jordan meet just above the village, in a steep, narrow valley.
      - About 50 cars were washed into the sea during the flood.
"""


def test_a_bank_word_alone_of_its_kind_or_a_number_beside_its_multiples_is_never_printed():
    seen = 0
    for seed in SEEDS:
        plan, sheet, _ = built(RIVERS, seed, exercises=("gap",), questions=5)  # room for spares from the answers' own cards
        bank = gap_section(sheet)  # (with no box, an answer of a sort of its own is fair: nothing shows its form)
        seen += "Use the words in the box" in bank
        assert "Whin Sill" not in bank  # the one rock among river words: nothing else of its sort
        assert "V-shaped" not in bank  # the one describing word among nouns
    assert seen  # the pack still makes a gap fill with a word bank


def test_a_number_never_stands_in_a_bank_beside_its_own_multiples():
    seen = 0
    for seed in SEEDS:
        pack = RIVERS.replace("about £18.5 million", "about £**18.5 million**").replace(
            "during the flood.", "during the flood, which did about £**2 million** of damage.")
        plan, sheet, _ = built(pack, seed, exercises=("gap",), questions=8)
        bank = gap_section(sheet)
        seen += "18.5 million" in bank
        for made_up in ("37.0 million", "55.5 million", "9.2 million", "74.0 million", "185.0 million"):
            assert made_up not in bank
    assert seen  # the number is still asked beside a number of the pack's own


ENERGY = """\
title: Energy
cards:
  - title: Transfers
    points:
      - Energy can be transferred mechanically, electrically, by **heating** or by **radiation** to the surroundings.
      - "**Wasted energy** is usually dissipated to the surroundings as heat."
  - title: Renewable energy resources
    points:
      - "Wind, solar, hydroelectric, tidal, wave, geothermal and **biofuel**."
  - title: Fuels
    points:
      - Burning fossil fuels releases **carbon dioxide**, which adds to global warming.
      - A **nuclear fuel** such as uranium releases energy by fission in a reactor.
      - Coal, oil and gas are **fossil fuels** formed from remains of ancient living things.
  - title: Efficiency
    points:
      - "**Efficiency** is the useful output energy divided by the total input energy."
      - A **Sankey diagram** shows the energy transfers with arrows of matching width.
  - title: Power stations
    points:
      - Gas stations have a short **start-up time**, so they meet sudden peaks in demand.
      - A **turbine** turns the generator when steam pushes on its blades.
"""


def test_two_items_of_one_list_are_never_both_blanked_and_a_verbless_list_is_no_statement():
    for seed in SEEDS:
        plan, sheet, key = built(ENERGY, seed)
        assert not re.search(r"\(a\)[^()]*\bor by\b[^()]*\(b\)", sheet)  # "by (a) ____ or by (b) ____"
        for gap in questions(plan, Gap):
            texts = {blank.text for blank in gap.answers}
            assert not {"heating", "radiation"} <= texts
        printed = [" ".join(segment.text for segment in question.segments)
                   for question in questions(plan, (Gap, Choice, TrueFalse))]
        printed += [pair.text for block in questions(plan, Match) for pair in block.statements]
        assert not any("hydroelectric" in text for text in printed)
        assert "hydroelectric, tidal" not in sheet and "hydroelectric, tidal" not in key


def test_a_bare_list_is_told_from_a_sentence():
    assert is_bare_list("Wind, solar, hydroelectric, tidal, wave, geothermal and biofuel.")
    assert is_bare_list("Upper course, middle course, lower course")
    assert is_bare_list("Renewable resources: wind, solar and tidal.")
    assert not is_bare_list("Speed, velocity and acceleration are vectors.")
    assert not is_bare_list("Hard engineering uses man-made structures: dams, embankments and flood walls.")
    assert not is_bare_list("Iron, copper and zinc conduct heat well.")
    assert not is_bare_list("Cats and dogs.")
    assert not is_bare_list("el horario – the timetable")


SPANISH = """\
title: Mi insti
subject: Spanish
cards:
  - title: El horario
    points:
      - "**el horario** – the timetable"
      - "**el recreo** – break time"
      - "**la hora de comer** – lunchtime"
      - "**las clases empiezan a las ocho y media** – lessons start at 8.30"
      - "**el día** – the day"
      - "**el patio** – the playground"
      - "**la clase** – the lesson"
      - "**la semana** – the week"
  - title: Comparing
    points:
      - "**más … que** – more … than"
      - "**menos … que** – less … than"
      - "**tan … como** – as … as"
      - "**mejor** – better"
      - "**peor** – worse"
  - title: Subjects
    points:
      - "**mi asignatura preferida** es la química – my favourite subject is chemistry"
      - "**estudio** – I study"
      - "**odio** – I hate"
      - "**el profesor / la profesora** – the teacher"
      - "**el profesor de inglés es muy paciente** – the English teacher is very patient"
"""


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]+", text))


TREATIES = """\
title: Peace
cards:
  - title: Talks
    points:
      - The leaders met at Versailles to draw up the peace in 1919.
      - Germany signed the Treaty of Rapallo with Russia to end its isolation.
      - The delegates later moved on to Locarno for a second conference.
  - title: Places
    points:
      - The League of Nations was based in Geneva from 1920 onwards.
      - French troops marched into the Ruhr when Germany stopped paying.
      - Stresemann argued for peace at Locarno and won the Nobel Prize.
  - title: Towns
    points:
      - Hitler tried to seize power in Munich in 1923 and failed.
      - The free city of Danzig was run by the League after the war.
      - Allied troops stayed in Cologne for several years after the war.
      - The Reichstag met in Berlin, not in Weimar, from 1920.
"""


CELLS = """\
title: Cells
cards:
  - title: Parts
    points:
      - The **nucleus** holds the genetic material that controls the cell.
      - The **cell membrane** controls what enters and leaves the cell.
      - The **cytoplasm** is where most chemical reactions happen.
  - title: More parts
    points:
      - The **ribosome** is where proteins are made from amino acids.
      - The **cell wall** is made of cellulose and strengthens the cell.
      - The **vacuole** is filled with cell sap in a plant cell.
  - title: Parts listed
    points:
      - "A cell may hold a **nucleus**, a **ribosome**, a **vacuole**, a **chloroplast** and a **cell wall**."
  - title: Transport
    points:
      - Oxygen enters the cells of the lungs by **diffusion** from the air sacs.
      - The **chloroplast** absorbs light for making food in a leaf cell.
"""


@pytest.mark.parametrize("pack, alone", [
    (TREATIES, "Treaty of Rapallo"),  # the one treaty among towns and bodies
    (CELLS, "diffusion"),  # "by ____" among nucleus, ribosome and vacuole: only one word fits
], ids=["treaty", "process"])
def test_a_word_is_never_the_one_of_its_sort_in_a_bank(pack, alone):
    boxed = 0
    for seed in SEEDS:
        _, sheet, _ = built(pack, seed, exercises=("gap",), questions=8)
        bank = gap_section(sheet)
        boxed += "Use the words in the box" in bank
        assert alone not in bank
    assert boxed


def test_names_of_no_known_sort_are_no_peers_in_a_bank():
    from studypack.layouts.worksheet.exercises.allocate import _peers
    from studypack.layouts.worksheet.exercises.material import Material
    import random
    source = Material(loads("""title: Railways
subject: History
cards:
  - title: Railways
    points: ["The **Stockton** & Darlington Railway opened in 1825.", "The line was built by **Wexworth**, not by others."]
"""), random.Random(1))
    stockton, builder = (term for ref in source.refs for term in source.terms[ref] if term.kind == "name")
    assert not _peers(stockton, builder, source.pool)  # a town and a man, for all the box could tell


def test_a_term_with_its_meaning_is_a_concept_outside_a_language_pack():
    from studypack.layouts.worksheet.exercises.material import Material
    import random
    text = """title: Ecology
subject: {subject}
cards:
  - title: Key words
    points: ["**Ecosystem** – the living things of an area and their surroundings."]
"""
    sorts = {subject: Material(loads(text.format(subject=subject)), random.Random(1)).terms[
        next(iter(Material(loads(text.format(subject=subject)), random.Random(1)).terms))][0].sort
        for subject in ("Biology", "French")}
    assert sorts == {"Biology": "concept", "French": "foreign-noun"}


CIRCUITS = """\
title: Circuits
cards:
  - title: Current
    points:
      - In metal wires the charge is carried by **electrons**.
      - "**Protons** stay in the nucleus and do not move along the wire."
      - "**Ammeters** are placed in series with the component."
  - title: Safety
    points: [Never touch a bare wire., Switch off at the wall first.]
  - title: Symbols
    points: [Each component has its own symbol., Circuit diagrams use straight lines.]
  - title: Resistance
    points:
      - Measure the current for different **lengths** of wire.
      - Wires of larger **diameters** have a smaller resistance.
  - title: Mains
    points: [Mains electricity is alternating., The live wire is brown.]
  - title: Meters
    points: [A voltmeter goes in parallel., Read the scale at eye level.]
  - title: Particles
    points: ["An atom holds **electrons**, **protons** and **neutrons**."]
  - title: Components
    points: ["Control circuits use **thermostats**, **thermistors**, **fuses** and **LDRs**."]
  - title: Control
    points:
      - "**Thermostats** switch a heater off when the room is warm."
      - "**Thermistors** sense the temperature of the room."
      - "**Fuses** melt if the current is too large."
"""


def test_every_concept_in_the_box_has_a_peer_of_its_family():
    families = [{"electrons", "protons", "neutrons"}, {"thermostats", "thermistors", "fuses", "ldrs"}]
    seen = 0
    for seed in SEEDS:
        plan, sheet, _ = built(CIRCUITS, seed, exercises=("gap",), questions=3)
        section = gap_section(sheet)
        if "Use the words in the box" not in section:
            continue
        seen += 1
        box = section.split("some are not needed.")[1].split(" 1. ")[0].casefold().split()
        for word in box:  # "lengths" among particles and components would be the one measurement
            assert any(word in family for family in families), (word, box)
        for answer in (gap.answers[0].text.casefold() for gap in questions(plan, Gap)):
            own = next(family for family in families if answer in family)
            assert sum(word in own for word in box) >= 2, (answer, box)
    assert seen


DEFENCES = """\
title: Defences
subject: Biology
cards:
  - title: White blood cells
    points:
      - White blood cells defend the body in three ways.
      - 1. **Phagocytosis** – engulfing and digesting pathogens
      - 2. producing **antibodies**, which bind to **antigens** on the pathogen
      - 3. producing **antitoxins**, which neutralise the toxins made by bacteria
  - title: Vaccination
    points:
      - A vaccine holds dead or inactive forms of a **pathogen**.
      - a) The vaccine triggers **white blood cells** to make antibodies.
      - b) **Memory cells** stay in the blood for years.
      - A second infection meets the **memory cells** at once.
  - title: Antibiotics
    points:
      - "**Antibiotics** kill bacteria inside the body."
      - They do not work on **viruses**.
      - Overuse lets **resistant** strains of bacteria spread.
  - title: Drug trials
    points:
      - New drugs are tested for **toxicity**, **efficacy** and **dose**.
      - In a **double-blind** trial neither doctors nor patients know who gets the **placebo**.
"""


@pytest.mark.parametrize("seed", SEEDS)
def test_a_points_number_in_its_cards_list_is_never_printed_with_it_elsewhere(seed):
    plan, sheet, key = built(DEFENCES, seed)
    assert any(line in sheet + key for line in ("producing", "The vaccine", "stay in the blood"))  # the numbered
    # points are asked about
    for text in (sheet, key):  # (a question's own number may come before an answer: "2. Memory cells")
        assert not re.search(r"[123]\. producing|[ab]\) (?:The vaccine|Memory)|• 1\. Phago", text), text


TUDOR_GAPS = """\
title: Henry VIII
subject: History
cards:
  - title: The Great Matter
    points:
      - Henry wanted a male heir to secure the **Tudor dynasty** after the Wars of the Roses.
      - The Pope refused the annulment in **1529** under pressure from Charles V.
  - title: Reformation
    points:
      - The Act of Supremacy made the king head of the **Church of England** in 1534.
      - Monks and nuns lost their homes in the **dissolution** of the monasteries.
  - title: Faith
    points:
      - Catholics believed in **transubstantiation**, the bread and wine becoming Christ's body.
      - Protestants wanted the Bible read in **English** in every church.
"""


@pytest.mark.parametrize("seed", SEEDS[:3])
def test_without_a_word_box_a_blanked_word_shows_its_first_letters_and_the_instruction_says_so(seed):
    plan, sheet, key = built(TUDOR_GAPS, seed, word_bank=False, exercises=("gap",))
    gaps = questions(plan, Gap)
    hinted = [segment for gap in gaps for segment in gap.answers if segment.hint]
    every = all(segment.hint for gap in gaps for segment in gap.answers)
    assert hinted and ("The letters before a line are the start of its answer." if every
                       else "Where there are letters before a line, they are the start of its answer.") in sheet
    for gap in gaps:  # a year needs none; a word or a name ("C____" for the Church of England) has its letter
        for segment in gap.answers:
            answer = segment.text.strip().removeprefix("the ")
            assert segment.hint == ("" if answer.isdigit() else answer[:1])
            assert segment.text not in sheet
    for segment in hinted:
        assert re.search(rf"\b{segment.hint}\s", sheet)  # printed before its line, the rest left to write
    boxed, sheet, _ = built(TUDOR_GAPS, seed, exercises=("gap",))
    if boxed.exercises.versions[0].sections[0].bank:  # a word box narrows each answer already
        assert not any(segment.hint for gap in questions(boxed, Gap) for segment in gap.answers)
        assert "start of its answer" not in sheet
    french, sheet, _ = built(TUDOR_GAPS.replace("subject: History", "subject: History\nlang: fr"), seed,
                             word_bank=False, exercises=("gap",))
    every = all(segment.hint for gap in questions(french, Gap) for segment in gap.answers)
    assert ("Les lettres devant une ligne sont le début de la réponse." if every
            else "Quand il y a des lettres devant une ligne, elles sont le début de la réponse.") in sheet
