"""The audit corpus: every rule a demanding teacher applies, checked on the built worksheets of six packs (and, with
one seed, on the unseen packs kept in ``fresh``).

Each pack in ``tests/audit/packs`` (history, chemistry with units, biology with key-term lists, French
vocabulary, geography with places, physics with quantities) is built with three seeds; the sheet and the key
are read back from the PDFs, and the questions' data is checked beside them.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from pdftext import text_of
from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import Calc, Choice, Gap, Match, Short, Timeline, Translate, TrueFalse
from studypack.layouts.worksheet.exercises.questions import points_used
from studypack.layouts.worksheet.exercises.opposites import OPPOSITES
from studypack.layouts.worksheet.exercises.terms import PackWords, classify
from studypack.layouts.worksheet.exercises.roles import is_scaffolding
from studypack.source import load, loads
from studypack.source.dates import when

PACKS = sorted((Path(__file__).parent / "packs").glob("*.yaml"))
SEEDS = ("1", "2", "3")
FRESH = sorted((Path(__file__).parent / "fresh").glob("*.yaml"))
"""Packs written after the generator was tuned, to audit it on text it was not shaped by: one seed each."""


@pytest.fixture(scope="module", params=[(pack, seed) if seed == SEEDS[0] else
                                        pytest.param((pack, seed), marks=pytest.mark.slow)  # (seeds 2 and 3: test-slow)
                                        for pack in PACKS for seed in SEEDS]
                + [pytest.param((pack, "1"), marks=pytest.mark.slow) for pack in FRESH],  # (the fresh corpus: make test-slow)
                ids=lambda param: f"{param[0].stem}-{param[1]}")
def built(request):
    path, seed = request.param
    pack = load(path)
    plan = worksheet.plan(pack, WorksheetOptions(seed=seed))
    files = worksheet.draw(plan)
    return pack, plan, text_of(files["worksheet.pdf"]), text_of(files["answers.pdf"])


def questions(plan, kind=object):
    return [question for section in plan.exercises.sections for question in section.questions
            if isinstance(question, kind)]


def visible(question) -> list[str]:
    """What a question prints for the student."""
    if isinstance(question, (Gap, Choice, TrueFalse)):
        text = " ".join(segment.text if segment.role != "blank" else " " for segment in question.segments)
        return [text, *(question.options if isinstance(question, Choice) else ())]
    if isinstance(question, Match):
        return [pair.title for pair in question.pairs] + [pair.text for pair in question.statements]
    if isinstance(question, Timeline):
        return [event.text for event in question.events]
    if isinstance(question, Translate):
        return [question.shown]
    return [question.prompt]


def answers(question) -> list[str]:
    if isinstance(question, Calc) and re.search(r"[^\d.,\s]", question.result):
        return [question.result]  # "1.0 m/s": a trolley of "1.0 kg" elsewhere tells no velocity
    if isinstance(question, Calc) and re.fullmatch(r"\d{1,2}", question.result.strip()):
        return []  # "x = 9" beside another equation's "x² − 9": a bare figure of two digits is chance, as the
        # generator's own check holds (a particular one, "0.75", "512", still counts)
    if isinstance(question, Gap):
        return [blank.text for blank in question.answers]
    if isinstance(question, Choice):
        return [question.options[question.answer]]
    if isinstance(question, TrueFalse):
        if question.true or question.correction.casefold() in OPPOSITES:
            return []  # "increases" for "decreases": a word every sheet prints, no give-away on its own
        return [question.correction]
    if isinstance(question, Short):
        return list(question.items)
    if isinstance(question, Translate):
        return [question.answer]
    return []


def holds(text: str, answer: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(answer.strip().casefold()) + r"(?!\w)", text.casefold()) is not None


def flat(text: str) -> str:
    return " ".join(text.split())


def test_no_placeholder_or_site_chrome_is_printed_on_the_sheet_or_the_key(built):
    _, _, sheet, key = built
    for text in (sheet, key):
        assert "[DIAGRAM" not in text and "Skip to main content" not in text


def test_no_point_feeds_two_questions(built):
    _, plan, _, _ = built
    used = Counter(ref for question in questions(plan) if not isinstance(question, Translate)
                   for ref in points_used(question))
    used.update({question.point for question in questions(plan, Translate)})  # (a line of several words and their
    # meanings, "l'orario – the timetable; la lezione – the lesson", may give each of its words to translate)
    assert not [ref for ref, count in used.items() if count > 1]


def test_no_stem_is_under_three_words(built):
    _, plan, _, _ = built
    for question in questions(plan, (Gap, Choice, TrueFalse)):
        blanks = sum(segment.role == "blank" for segment in question.segments)
        words = re.findall(r"[^\W\d_]+", visible(question)[0])
        assert len(words) + blanks >= 3 and len(words) >= 2, visible(question)[0]


def test_no_question_prints_another_questions_answer(built):
    _, plan, _, _ = built
    chosen = questions(plan)
    for asking in chosen:
        for other in chosen:
            if other is asking:
                continue
            for answer in answers(asking):
                assert not any(holds(text, answer) for text in visible(other)), (answer, visible(other))


def test_timeline_dates_are_dates_and_the_key_states_its_mark_scheme(built):
    _, plan, _, key = built
    timelines = questions(plan, Timeline)
    for timeline in timelines:
        for event in timeline.events:
            assert when(event.date) is not None, event.date
            assert re.search(r"\b(1[0-9]{3}|20[0-9]{2})\b|\b\d{1,4}\s*(?:BCE?|AD|CE)\b|\b(?:AD|CE)\s*\d{1,4}\b",
                             event.date), event.date  # (an ancient year is marked by its era: "31 BC", "AD 14")
    if timelines:
        assert "One mark for each letter in its right box." in flat(key)


def test_the_right_letters_of_multiple_choice_spread_evenly(built):
    _, plan, _, key = built
    letters = Counter("ABCD"[question.answer] for question in questions(plan, Choice))
    if sum(letters.values()) >= 4:
        counts = [letters.get(letter, 0) for letter in "ABCD"]
        assert max(counts) - min(counts) <= 1, letters
    keyed = re.findall(r"^\d+\.\s+([A-D]) – ", key, re.M)
    assert Counter(keyed) == letters


def test_true_statements_outnumber_false_ones_by_one_at_most(built):
    _, plan, _, _ = built
    statements = questions(plan, TrueFalse)
    true = sum(statement.true for statement in statements)
    assert true <= len(statements) - true + 1, [statement.true for statement in statements]


def test_word_bank_words_keep_the_case_written_in_the_pack(built):
    pack, plan, sheet, _ = built
    text = "\n".join(point.text for card in pack.cards for point in card.points)
    gaps = [section for section in plan.exercises.sections if section.name == "gap"]
    for word in (gaps[0].bank if gaps else ()):
        if re.search(r"\d", word) or word in text or re.match(r"(?i)(one|two|three|four|five|six|seven|eight|nine|ten|"
                                                                r"eleven|twelve) ", word):
            continue  # numbers, and numbers in words, made as spares
        capital = word[:1].upper() + word[1:]
        # lowercased only where a point began with it, never a name written capitalised mid-sentence
        assert re.search(r"(?:^|\n)" + re.escape(capital), text) and not re.search(r"[a-z,] " + re.escape(capital), text), word


def test_word_bank_spares_are_no_answer_of_the_sheet(built):
    _, plan, _, _ = built
    gaps = [section for section in plan.exercises.sections if section.name == "gap"]
    if not gaps or not gaps[0].bank:
        return
    needed = {word for question in gaps[0].questions for word in question.words}
    spares = [word for word in gaps[0].bank if word not in needed]
    assert spares, "a bank with no spare gives the last gap away"
    every_answer = [answer for question in questions(plan) for answer in answers(question)]
    for spare in spares:
        assert not any(spare.casefold() == answer.casefold() for answer in every_answer)


def test_matching_has_one_or_two_spare_statements(built):
    _, plan, sheet, _ = built
    for block in questions(plan, Match):
        assert 1 <= len(block.spares) <= 2
        assert sorted(block.right) == list(range(len(block.statements)))


def test_wrong_answers_and_swaps_are_of_the_answers_kind(built):
    _, plan, _, _ = built

    def shape(text: str) -> tuple:
        text = text.strip()
        unit = re.sub(r"^[£$]?[\d.,\s]*", "", text) if re.match(r"^[£$]?\d", text) else None
        return (bool(re.search(r"\d", text)), unit and re.sub(r"\b\d{4}$", "", unit))  # ("21 September 2013":
        # a day of a month, whatever its year)

    for question in questions(plan, Choice):
        assert len({shape(option) for option in question.options}) == 1, question.options
    for question in questions(plan, TrueFalse):
        swap = [segment.text for segment in question.segments if segment.role == "swap"]
        if swap:
            assert shape(swap[0]) == shape(question.correction), (swap, question.correction)
            assert swap[0][:1].isupper() == question.correction[:1].isupper() or question.segments[0].role == "swap"


def test_a_sheet_warns_about_a_short_pack_once_at_most(built):
    _, plan, _, _ = built
    assert sum("too few" in warning for warning in plan.warnings) <= 1


def test_false_numbers_are_far_from_the_truth(built):
    _, plan, _, _ = built
    for question in questions(plan, TrueFalse):
        swap = [segment.text for segment in question.segments if segment.role == "swap"]
        if swap and re.match(r"^[£$]?\d", swap[0]) \
                and not re.fullmatch(r"[1-9]\d{2}|1\d{3}s?|20\d{2}s?", question.correction) \
                and when(question.correction) is None:
            # (a year is wrong by any other year: "to 1764, the year Bach died", "869, not 866"; so is a day's,
            # "11 March 1916" for "11 March 1917")
            got, right = (float(re.sub(r"[^\d.]", "", re.match(r"^[£$]?[\d,.]+", v).group())) for v in
                          (swap[0], question.correction))
            assert max(got, right) >= 1.5 * min(got, right)


# -- the rules behind them, on single sentences ---------------------------------------------------------------

WORDS = PackWords(frozenset(), frozenset(), frozenset({"Mendeleev"}))


@pytest.mark.parametrize("text, term, kind", [
    ("To change grams to kilograms, divide by 1000.", "1000", "number"),
    ("Iron melts at 1538 °C.", "1538 °C", "number"),
    ("A mass of 1200 g was used.", "1200 g", "number"),
    ("In 1956 he denounced Stalin.", "1956", "year"),
    ("The law (1911) was passed.", "1911", "year"),
    ("By 1964 he had fallen.", "1964", "year"),
    ("In February 1956 he spoke.", "February 1956", "year"),
])
def test_a_four_digit_number_is_a_year_only_where_it_is_written_as_a_date(text, term, kind):
    start = text.index(term)
    assert classify(text, start, start + len(term), True, WORDS).kind == kind


@pytest.mark.parametrize("text, term, sort", [
    ("Mendeleev published his periodic table.", "Mendeleev", "person"),
    ("The Nazis tried to take power in Munich.", "Munich", "place"),
    ("High Force is a waterfall on the River Tees.", "River Tees", "water"),
    ("Germany joined the League of Nations.", "League of Nations", "organisation"),
    ("Silicon dioxide is SiO2 in sand.", "SiO2", "formula"),
    ("la bibliothèque – the library", "la bibliothèque", "foreign-noun"),
    ("aller – to go", "aller", "foreign-verb"),
    ("The layers of atoms can slide over each other.", "slide", "verb"),
    ("Electrons are transferred from the metal.", "transferred", "predicate"),
    ("Photosynthesis is an endothermic reaction.", "endothermic", "modifier"),
    ("Forces come in equal and opposite pairs.", "equal and opposite", "pair"),
    ("Mixing metals makes an alloy.", "alloy", "concept"),
])
def test_terms_are_sorted_so_that_only_like_stands_in_for_like(text, term, sort):
    start = text.index(term)
    assert classify(text, start, start + len(term), True, WORDS).sort == sort


@pytest.mark.parametrize("text", ["[DIAGRAM: plant cell]", "Skip to main content", "[insert graph of results]"])
def test_placeholders_and_site_chrome_are_not_content(text):
    assert is_scaffolding(text)


def test_a_number_read_as_a_quantity_never_makes_a_timeline():
    pack = loads("title: Units\ncards:\n" + "".join(
        f"  - title: Card {n}\n    points:\n      - To change unit {n} you divide by **{1000 + n}** every time.\n"
        for n in range(4)), "units.yaml")
    plan = worksheet.plan(pack, WorksheetOptions(seed="1"))
    assert not questions(plan, Timeline)


def test_bare_key_terms_become_a_recall_question_with_a_mark_each():
    pack = loads("""title: Plants
cards:
  - title: Limiting factors of photosynthesis
    points:
      - "**Light intensity**"
      - "**Carbon dioxide concentration**"
      - "**Temperature**"
  - title: Leaves
    points:
      - Gases move in and out through pores called **stomata**.
      - "**Guard cells** open and close the stomata."
""", "plants.yaml")
    plan = worksheet.plan(pack, WorksheetOptions(seed="1", exercises=("short",)))
    recall = [question for question in questions(plan, Short) if question.items]
    assert recall and recall[0].prompt == "Name the three limiting factors of photosynthesis."
    assert recall[0].marks == 3 and recall[0].items == ("Light intensity", "Carbon dioxide concentration", "Temperature")


# -- fairness of wrong answers and swaps, on small packs ------------------------------------------------------------

def material(text: str):
    from studypack.layouts.worksheet.exercises.material import Material
    import random
    return Material(loads(text, "rules.yaml"), random.Random(1))


def wrong_answers(source, phrase: str, count: int, seeds=range(8), **options) -> set[str]:
    """Every wrong answer ``distractors`` gives for the key term ``phrase`` over several random sources."""
    import random
    from studypack.layouts.worksheet.exercises.candidates import year_range
    from studypack.layouts.worksheet.exercises.distractors import distractors
    for ref in source.refs:
        text = source.point(ref).text
        for term in source.terms[ref]:
            if term.text == phrase:
                shown = text[:term.start] + text[term.end:]
                found: set[str] = set()
                for seed in seeds:
                    found |= set(distractors(term, source.pool, random.Random(seed), count, shown,
                                             tuple(other.key for other in source.terms[ref]), near=ref.card,
                                             about=source.about(ref, shown), within=year_range(text, term),
                                             **options) or ())
                return found
    raise AssertionError(phrase)


CELLS = """title: Cells
cards:
  - title: Transport
    points:
      - Oxygen moves into the blood by **diffusion**.
      - Water enters root cells by **osmosis**.
      - Active transport moves ions **against** a concentration gradient.
  - title: Bacteria
    points:
      - Bacteria carry small **plasmids** in the cell.
      - Proteins are made on **ribosomes** in the cell.
      - Light is absorbed by **chloroplasts** in a plant cell.
  - title: Salt
    points:
      - A small cell placed in a strong salt solution **shrinks**.
      - A plant cell placed in pure water becomes **turgid**.
"""


def test_a_nouns_place_takes_no_verb_or_preposition():
    source = material(CELLS)
    found = wrong_answers(source, "plasmids", 1, only_near=False)
    assert not found & {"against", "shrinks"}
    assert wrong_answers(source, "shrinks", 1, only_near=False) == set()  # no other verb standing where it stands


def test_a_preposition_is_never_a_gap():
    plan = worksheet.plan(loads(CELLS, "cells.yaml"), WorksheetOptions(seed="1", exercises=("gap",)))
    assert all(answer != "against" for question in questions(plan, Gap) for answer in answers(question))


ECONOMY = """title: Economy
cards:
  - title: Sectors
    points:
      - The **primary sector** extracts raw materials from the land.
      - The **secondary sector** makes goods in factories.
      - The **tertiary sector** provides services such as banking.
      - The **quaternary sector** deals in information and research.
  - title: Systems
    points:
      - In a **market economy** prices are set by supply and demand.
      - In a **command economy** the state decides what is produced in factories.
      - Most countries have a **mixed economy** with state and private firms.
  - title: Money
    points:
      - The **interest rate** is the price of borrowing money from banks.
      - A **tariff** is a tax on goods from abroad.
"""


def test_a_family_of_alike_terms_is_offered_within_itself_and_nothing_else_joins_it():
    source = material(ECONOMY)
    assert wrong_answers(source, "secondary sector", 3, only_near=False) == {
        "primary sector", "tertiary sector", "quaternary sector"}
    assert wrong_answers(source, "secondary sector", 1) <= {"primary sector", "tertiary sector", "quaternary sector"}
    for answer in ("tariff", "interest rate"):
        assert not wrong_answers(source, answer, 1, only_near=False) & {
            "primary sector", "secondary sector", "tertiary sector", "quaternary sector", "market economy",
            "command economy", "mixed economy"}


def test_a_wrong_answer_that_another_card_makes_right_is_not_offered():
    source = material("""title: Bonding
cards:
  - title: Covalent bonding
    points:
      - Simple molecules such as **methane** have low melting points.
      - Small molecules like **ammonia** are gases at room temperature.
  - title: Giant covalent structures
    points:
      - In **diamond** each carbon atom forms four covalent bonds.
      - In **graphite** each carbon atom forms three covalent bonds in layers.
  - title: Vectors and scalars
    points:
      - "**Velocity**, **displacement**, **force**, **momentum**"
      - "**Vector** means a quantity with size and direction."
      - "**Scalar** means a quantity with size only, such as a speed."
""")
    assert wrong_answers(source, "diamond", 1, only_near=False) == set()  # no family given: graphite is a
    # neighbour, and "lattice" on the same card would be one too, of another kind
    assert not wrong_answers(source, "Vector", 1, only_near=False) & {"velocity", "displacement", "force", "momentum"}


def test_a_false_number_is_double_or_half_before_anything_absurd():
    source = material("""title: Cells
cards:
  - title: Chromosomes
    points:
      - A human body cell has **46** chromosomes.
      - A cell is about **10 μm** across.
""")
    assert wrong_answers(source, "46", 1) <= {"92", "23", "138"}


def test_a_vocabulary_word_is_offered_with_words_of_its_own_card():
    source = material("""title: Spanish
subject: Spanish
cards:
  - title: La fruta
    points:
      - "**la manzana** – the apple"
      - "**la naranja** – the orange"
      - "**el plátano** – the banana"
      - "**la pera** – the pear"
  - title: Las opiniones
    points:
      - "**me encanta** – I love"
      - "**es asqueroso** – it's disgusting"
      - "**está rico** – it's tasty"
      - "**el pescado** – fish"
""")
    assert wrong_answers(source, "la naranja", 3) == {"la manzana", "el plátano", "la pera"}
    assert "el pescado" not in wrong_answers(source, "me encanta", 1)  # a noun by its article, not a phrase


def test_a_card_of_key_words_is_no_recall_question():
    pack = loads("""title: Rates
cards:
  - title: Key words
    points:
      - "**Catalyst**"
      - "**Activation energy**"
      - "**Collision theory**"
  - title: Catalysts
    points:
      - A **catalyst** speeds up a reaction without being used up.
      - It gives the reaction a route with a lower **activation energy**.
""", "rates.yaml")
    plan = worksheet.plan(pack, WorksheetOptions(seed="1", exercises=("short",)))
    assert not [question for question in questions(plan, Short) if question.items]  # "Name the three key words."


def test_a_list_the_pack_extends_elsewhere_is_no_recall_question():
    pack = loads("""title: Cells
cards:
  - title: Parts of a cell
    points:
      - "**Nucleus**"
      - "**Ribosomes**"
      - "**Cell membrane**"
  - title: Animal and plant cells
    points:
      - Both have a **nucleus**, **cytoplasm** and a **cell membrane**.
      - Plant cells also have a **cell wall** made of cellulose.
  - title: Economic systems
    points:
      - "**Socialism**, **capitalism**"
      - In a **market economy** prices are set by supply and demand.
      - In a **command economy** the state decides what is made.
""", "cells.yaml")
    plan = worksheet.plan(pack, WorksheetOptions(seed="1", exercises=("short",)))
    assert not [question for question in questions(plan, Short) if question.items]


def test_sentences_that_say_nearly_the_same_are_parallel():
    from studypack.layouts.worksheet.exercises.words import content_words, parallel
    assert parallel(content_words("Exports are goods and services sold to other countries."),
                    content_words("  are goods and services bought from other countries."))
    assert not parallel(content_words("The primary sector extracts raw materials."),
                        content_words("The secondary sector makes goods in factories."))


# -- the same rules on every sheet of the corpus -----------------------------------------------------------------------

def test_no_two_questions_print_near_identical_sentences(built):
    from studypack.layouts.worksheet.exercises.words import content_words, parallel
    _, plan, _, _ = built
    texts = [(index, text) for index, question in enumerate(questions(plan)) for text in visible(question)]
    for index, text in texts:
        for other, second in texts:
            if other != index:
                assert not parallel(content_words(text), content_words(second)), (text, second)


def test_a_matching_statement_never_names_its_own_title(built):
    from studypack.layouts.worksheet.exercises.matching import title_words
    _, plan, _, _ = built
    for block in questions(plan, Match):
        for pair in block.pairs:
            assert not title_words(pair.title) & title_words(pair.text), (pair.title, pair.text)


def test_word_bank_words_hand_over_no_answer_written_from_memory(built):
    from studypack.layouts.worksheet.exercises.words import content_words
    _, plan, _, _ = built
    gaps = [section for section in plan.exercises.sections if section.name == "gap"]
    recalled = [item for question in questions(plan, (Short, Translate)) for item in answers(question)]
    for word in (gaps[0].bank if gaps else ()):
        for answer in recalled:
            assert not content_words(word) & content_words(answer), (word, answer)


def test_a_process_is_offered_among_processes_and_a_wrong_answer_keeps_to_the_stems_topic():
    source = material("""title: Cells
cards:
  - title: Division
    points:
      - Body cells divide by **mitosis** to make two new cells.
      - Sex cells are made by **meiosis** in the body.
      - Plant cells store sugar as **starch** in the body of the leaf.
      - Energy is released by **respiration** in the body.
  - title: Diffusion
    points:
      - A larger **surface area** increases the rate of diffusion.
      - A thin **membrane** speeds up diffusion into a cell.
  - title: Microscopes
    points:
      - An **electron microscope** shows fine detail.
""")
    assert wrong_answers(source, "mitosis", 2) == set()  # no family given: starch stands on its card as well
    assert wrong_answers(source, "surface area", 1) <= {"membrane"}  # not the electron microscope


TUDORS = """title: The Tudors
cards:
  - title: The Battle of Bosworth
    points:
      - Henry Tudor defeated **Richard III** in battle.
      - He married **Elizabeth of York** to unite the two houses.
  - title: Edward VI
    points:
      - England became more **Protestant** during his reign.
      - The **Book of Common Prayer** was written in English.
  - title: Henry VIII's marriages
    points:
      - Jane Seymour gave birth to the future **Edward VI** in 1537.
      - Henry wanted a **male heir** to secure the throne.
  - title: The dissolution of the monasteries
    points:
      - Over **800** monasteries were closed between 1536 and 1540.
      - Many monks received a **pension** from the Crown.
  - title: Mary I
    points:
      - About **280** Protestants were burned for heresy.
      - The **Catholic** Church was restored in England.
  - title: The Spanish Armada
    points:
      - Philip II sent about **130** ships to invade England.
      - Storms wrecked many ships off the coast of **Ireland**.
  - title: Seismic waves
    points:
      - "**P-waves** are longitudinal and travel through solids and liquids."
      - "**S-waves** are transverse and cannot pass through the liquid outer core."
"""


def test_a_he_or_his_is_asked_only_where_the_title_says_who():
    plan = worksheet.plan(loads(TUDORS, "tudors.yaml"), WorksheetOptions(seed="1", exercises=("gap", "tf", "mcq")))
    stems = [visible(question)[0] for question in questions(plan, (Gap, Choice, TrueFalse))]
    assert not [stem for stem in stems if "He married" in stem]  # Bosworth is no one: who married?
    assert all(stem.startswith("Edward VI: ") for stem in stems if "his reign" in stem)


def test_no_matching_statement_names_another_title_and_bank_words_keep_capitals_like_p_waves():
    for seed in "123456":
        plan = worksheet.plan(loads(TUDORS, "tudors.yaml"), WorksheetOptions(seed=seed, exercises=("match", "gap")))
        blocks = questions(plan, Match)
        titles = [pair.title for block in blocks for pair in block.pairs]
        for block in blocks:
            for pair in block.statements:
                assert not any(holds(pair.text, title) for title in titles if title != pair.title), pair.text
        banks = [word for section in plan.exercises.sections for word in section.bank]
        assert not {"p-waves", "s-waves"} & set(banks)


def test_a_wrong_year_at_one_end_of_a_range_stays_on_its_side():
    source = material("""title: Years
cards:
  - title: Health
    points:
      - Infant mortality fell sharply between **1950** and 1956.
      - A new decree came in **1958**.
      - Reforms began in **1957** and **1940** saw the war spread.
      - Food was rationed until **1961** in the cities.
""")
    assert wrong_answers(source, "1950", 1, only_near=False) == {"1940"}  # never "between 1957 and 1956"


def test_a_statement_naming_its_title_in_the_singular_is_no_matching_statement():
    from studypack.layouts.worksheet.exercises.matching import title_words
    for title, statement in (("Topologies", "In a mesh topology every device connects."),
                             ("IP and MAC addresses", "An IPv6 address is 128 bits long."),
                             ("Why people live near volcanoes", "The north side of the volcano bulged.")):
        assert title_words(title) & title_words(statement)


def test_a_verb_an_adverb_or_a_describing_word_is_never_a_gap():
    pack = loads("""title: Networks
cards:
  - title: Topologies
    points:
      - If the central switch fails, the whole star network **stops**.
      - At a conservative margin the plates slide **past** each other.
      - Volcanic soils near the slopes are very **fertile** for farming.
      - In a **star** topology every device connects to a central **switch** in the middle.
      - A **router** sends data packets between two or more networks.
      - Data is split into **packets** before it is sent across a network.
      - The receiver uses **checksums** to spot errors in each packet.
""", "networks.yaml")
    for seed in "123":
        plan = worksheet.plan(pack, WorksheetOptions(seed=seed, exercises=("gap",)))
        assert not {"stops", "past", "fertile"} & {answer for question in questions(plan, Gap) for answer in answers(question)}


def test_the_terms_a_point_lists_are_a_family_offered_only_among_themselves():
    source = material("""title: Hazards
cards:
  - title: Reducing the risk
    points:
      - "**Monitoring**, **prediction**, **protection**, **planning**"
      - Buildings in earthquake zones can have **cross-bracing** and deep foundations.
      - Tiltmeters on the slopes help with **prediction** of eruptions.
      - Sea walls and shelters give **protection** from the waves.
  - title: Volcanoes
    points:
      - Roads out of the town are widened as part of **evacuation** planning.
""")
    assert not wrong_answers(source, "cross-bracing", 1, only_near=False) & {"monitoring", "prediction", "protection", "planning"}


def test_a_sentence_opening_on_an_amount_carries_its_cards_title():
    plan = worksheet.plan(loads("""title: Earthquakes
cards:
  - title: Haiti earthquake
    points:
      - Over **200,000** people died in the city and the towns around it.
      - A magnitude **7.0** earthquake struck near the capital.
  - title: Tohoku earthquake
    points:
      - About **18,000** people died, most of them in the tsunami.
      - A magnitude **9.0** earthquake struck off the coast.
""", "quakes.yaml"), WorksheetOptions(seed="1", exercises=("gap",)))
    stems = [visible(question)[0] for question in questions(plan, Gap)]
    assert stems and all(stem.startswith(("Haiti earthquake: ", "Tohoku earthquake: ")) for stem in stems
                         if stem.startswith(("Over", "About")) or ": " in stem)
    assert not [stem for stem in stems if stem.startswith(("Over", "About"))]


def test_a_verb_before_as_is_no_gap_and_a_noun_after_a_describing_word_is():
    pack = loads("""title: Acids
cards:
  - title: Carbonates
    points:
      - The mixture **fizzes** as the gas is given off.
      - Carbon dioxide turns **limewater** milky in the test tube.
      - Water vapour cools into tiny **droplets** near the ground.
      - Some Christians read the creation story **literally**; others see it as a symbol.
      - Duncan is murdered **offstage** in the second act of the play.
      - Small rings of DNA are called **plasmids** in bacteria.
""", "acids.yaml")
    for seed in "123":
        plan = worksheet.plan(pack, WorksheetOptions(seed=seed, exercises=("gap",), word_bank=False))
        asked = {answer for question in questions(plan, Gap) for answer in answers(question)}
        assert not {"fizzes", "literally", "offstage"} & asked and "droplets" in asked


def test_one_god_is_never_made_two_god_and_created_names_creation():
    from studypack.layouts.worksheet.exercises.matching import share_words, title_words
    from studypack.layouts.worksheet.exercises.distractors import scaled
    source = material("title: T\ncards:\n  - title: Trinity\n    points:\n      - There is **one God** in three persons.\n"
                      "      - The world took **six days** to make.\n")
    one = next(term for terms in source.terms.values() for term in terms if term.text == "one God")
    assert scaled(one) == []
    six = next(term for terms in source.terms.values() for term in terms if term.text == "six days")
    assert "seven days" in scaled(six)
    assert share_words(title_words("Creation"), title_words("Genesis 1 says God created the world in six days."))
    assert not share_words(title_words("Alpha"), title_words("alpha0 alpha1 alpha2"))


def test_no_word_in_the_box_is_the_only_one_of_its_sort_and_a_short_statement_carries_its_title():
    pack = loads("""title: Heart
cards:
  - title: William Harvey
    points:
      - He published his findings on the heart in **1628**.
  - title: Vessels
    points:
      - Veins have **valves** to stop the backflow of blood.
      - The **septum** separates the left and right sides of the heart.
      - Capillaries have walls one cell thick so **gases** can pass.
      - The **aorta** is the largest artery in the body.
  - title: Long-term effects of exercise
    points:
      - Stroke volume **increases**.
      - Resting heart rate **falls**.
""", "heart.yaml")
    for seed in "123":
        plan = worksheet.plan(pack, WorksheetOptions(seed=seed, exercises=("gap", "tf")))
        bank = [word for section in plan.exercises.sections for word in section.bank]
        years = [word for word in bank if re.fullmatch(r"1\d{3}", word)]
        assert len(years) != 1, bank  # one year among nouns fills its gap by its form alone
        for question in questions(plan, TrueFalse):
            if "falls" in visible(question)[0] or "increases" in visible(question)[0]:
                assert visible(question)[0].startswith("Long-term effects of exercise: ")


def test_a_foreign_sentence_opening_on_das_is_a_phrase_not_a_noun():
    source = material("""title: Deutsch
subject: German
cards:
  - title: Meinungen
    points:
      - "**Das ist langweilig** – that's boring"
      - "**das Klavier** – the piano"
""")
    sorts = {term.text: term.sort for terms in source.terms.values() for term in terms}
    assert sorts == {"Das ist langweilig": "foreign-phrase", "das Klavier": "foreign-noun"}


def test_no_spare_in_the_box_is_printed_elsewhere_and_a_range_is_never_made_false_by_one_end():
    from studypack.layouts.worksheet.exercises.distractors import scaled
    source = material("title: T\ncards:\n  - title: Fluids\n    points:\n      - Adults should drink **6–8** glasses a day.\n")
    assert scaled(source.terms[next(iter(source.terms))][0]) == []
    pack = loads("""title: Energy
cards:
  - title: Energy from fat
    points:
      - 1 g of fat provides **9 kcal** of energy to the body.
  - title: Energy from carbohydrate
    points:
      - 1 g of carbohydrate provides **3.75 kcal** of energy to the body.
  - title: Minerals
    points:
      - "**Calcium** is needed for strong bones and teeth."
      - "**Iron** is needed to make haemoglobin in red blood cells."
  - title: Fats
    points:
      - Too much saturated fat can raise **cholesterol** in the blood.
""", "energy.yaml")
    for seed in "123":
        plan = worksheet.plan(pack, WorksheetOptions(seed=seed, exercises=("gap", "match")))
        printed = [text for question in questions(plan) if not isinstance(question, Gap) for text in visible(question)]
        for section in plan.exercises.sections:
            needed = {word for question in section.questions for word in getattr(question, "words", ())}
            for spare in set(section.bank) - needed:
                assert not any(holds(text, spare) for text in printed), spare
    from studypack.layouts.worksheet.exercises.matching import share_words, title_words
    assert share_words(title_words("Fats"), title_words("Too much saturated fat can raise cholesterol."))


def test_no_spare_word_in_the_box_is_printed_elsewhere_on_the_sheet(built):
    _, plan, _, _ = built
    printed = [text for question in questions(plan) if not isinstance(question, Gap) for text in visible(question)]
    for section in plan.exercises.sections:
        needed = {word for question in section.questions for word in getattr(question, "words", ())}
        for spare in set(section.bank) - needed:
            assert not any(holds(text, spare) for text in printed), spare


def test_an_it_carries_its_cards_title_a_third_is_an_amount_and_hex_names_hexadecimal():
    from studypack.layouts.worksheet.exercises.matching import share_words, title_words
    assert share_words(title_words("Hexadecimal"), title_words("The hex digit F stands for 15."))
    third = classify("About a third of the population died.", 6, 13, True, WORDS)
    assert third.kind == "number" and abs(third.value - 1 / 3) < 1e-9
    pack = loads("""title: Medicine
cards:
  - title: Penicillin
    points:
      - "**Howard Florey**'s team found a way to mass-produce it."
      - "**Alexander Fleming** discovered the mould on a dish in a London laboratory."
  - title: Vaccination
    points:
      - "**Edward Jenner** used cowpox to protect a boy against smallpox."
      - "**Louis Pasteur** made a vaccine against rabies in his laboratory."
""", "medicine.yaml")
    for seed in "123":
        plan = worksheet.plan(pack, WorksheetOptions(seed=seed, exercises=("gap",), word_bank=False))
        stems = [visible(question)[0] for question in questions(plan, Gap)]
        assert any("mass-produce it" in stem for stem in stems)
        assert all(stem.startswith("Penicillin: ") for stem in stems if "mass-produce it" in stem)


def test_a_term_with_a_word_elsewhere_in_its_sentence_is_not_hidden():
    source = material("""title: Parliament
cards:
  - title: The House of Lords
    points:
      - Some bishops sit in the Lords as **Lords Spiritual** in debates.
      - Most members of the Lords are **appointed**, not elected.
""")
    texts = {term.text for ref in source.refs for term in source.hideable(ref)}
    assert texts == {"appointed"}
