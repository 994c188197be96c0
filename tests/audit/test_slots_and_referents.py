"""Questions a teacher strikes for what they say, not for their form: a stem that points back at nothing ("This
was …", "Afterwards …"), an option that cannot stand in the answer's place (the first infant mortality, better
socialism for better housing, a semibreve of 3/4, added to the Soviet), a false statement that is roughly true (an
octave is an interval; 15 million is several million; at most 20 is as true as at most 10), a survey title on a
timeline, and a swap whose definition the sheet prints elsewhere."""
from __future__ import annotations

import random
from pathlib import Path

from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import Choice, Gap, Match, Timeline, TrueFalse, generate
from studypack.layouts.worksheet.exercises.candidates import _true_false, year_range
from studypack.layouts.worksheet.exercises.distractors import distractors, scaled
from studypack.layouts.worksheet.exercises.material import Material, holds
from studypack.layouts.worksheet.exercises.questions import Segment, plain
from studypack.source import loads


EXAMPLE = Path(__file__).resolve().parents[2] / "packs" / "khrushchev.yaml"


def material(text: str, seed: int = 1) -> Material:
    return Material(loads(text, "rules.yaml"), random.Random(seed))


def term_of(source: Material, phrase: str):
    for ref in source.refs:
        for term in source.terms[ref]:
            if term.text == phrase:
                return ref, term
    raise AssertionError(phrase)


def wrong_answers(source: Material, phrase: str, count: int = 1, seeds=range(8)) -> set[str]:
    ref, term = term_of(source, phrase)
    text = source.point(ref).text
    shown = text[:term.start] + text[term.end:]
    found: set[str] = set()
    for seed in seeds:
        found |= set(distractors(term, source.pool, random.Random(seed), count, shown,
                                 tuple(other.key for other in source.terms[ref]), near=ref.card,
                                 about=source.about(ref, shown), within=year_range(text, term)) or ())
    return found


def sheet(text: str, seeds=("1", "2", "3", "4"), **options):
    for seed in seeds:
        exercises = generate(loads(text, "rules.yaml"), WorksheetOptions(seed=seed, **options))
        yield [question for section in exercises.sections for question in section.questions]


REFORMS = """\
title: Reforms
cards:
  - title: Congress
    points:
      - Khrushchev wanted to leave the old era behind and give his rivals no chance.
      - This was the background to his speech at the **20th Party Congress** in **February 1956**.
      - Afterwards Khrushchev had several new supporters added to the **Politburo**.
      - By 1956, half of the members of the **Central Committee** had been replaced.
      - Nothing like it had been heard before in Soviet history.
  - title: Gains
    points:
      - "**Foreign trade** grew considerably, with two-thirds of it conducted with Europe."
      - Better medical care cut **infant mortality** significantly.
      - The first **satellite** and the first man in space made Soviet science look superior.
      - The new regime wanted to rely on **popular consent**.
      - People had to see better shops and better **housing**.
      - Communist ideology had to mean more than wishful thinking; **socialism** needed to deliver.
      - "**Agriculture** was poor and short of investment."
      - Planners dreamed of **communism** within twenty years.
      - A **minimum wage** was decreed in 1956.
  - title: Party
    points:
      - The functions of **Gosplan**, the planning agency, were divided up.
      - The **Presidium** met weekly in Moscow.
      - The speech was read to **several million** citizens.
"""


def test_a_sentence_opening_on_this_or_afterwards_is_never_asked_even_where_it_names_its_title():
    pack = REFORMS.replace("title: Congress", "title: 20th Party Congress")
    for questions in sheet(pack, exercises=("gap", "mcq", "tf")):
        for question in questions:
            if isinstance(question, (Gap, Choice, TrueFalse)):
                assert not plain(question.segments).split(": ")[-1].startswith(("This", "Afterwards")), question


def test_the_first_satellite_is_offered_only_beside_what_the_pack_says_was_first():
    source = material(REFORMS)
    assert wrong_answers(source, "satellite", 1) == set()  # nothing else in the pack is "the first …"
    counted = REFORMS.replace("A **minimum wage** was", "The first **minimum wage** was")
    assert wrong_answers(material(counted), "satellite", 1) <= {"minimum wage"}
    assert "satellite" not in wrong_answers(source, "minimum wage", 1)  # nor does it stand after "a"


def test_a_quality_a_doctrine_and_a_process_stand_only_for_their_like():
    source = material(REFORMS)
    assert "popular consent" not in wrong_answers(source, "infant mortality", 1) | wrong_answers(source, "Foreign trade", 1)
    assert wrong_answers(source, "housing", 1).isdisjoint({"socialism", "communism"})
    assert wrong_answers(source, "socialism", 1) <= {"communism"}


def test_a_term_the_sentence_says_more_of_is_asked_only_as_a_gap():
    for questions in sheet(REFORMS, exercises=("mcq", "tf")):
        for question in questions:
            if isinstance(question, Choice):
                assert question.options[question.answer] != "Foreign trade"
            if isinstance(question, TrueFalse) and not question.true:
                assert question.correction != "Foreign trade"


def test_a_name_before_a_noun_is_a_describing_word_and_a_swapped_name_keeps_its_the():
    source = material(REFORMS)
    _, soviet = term_of(source, "Soviet")
    assert soviet.sort == "other"  # "Soviet history": never swapped in for the Politburo
    assert "Soviet" not in wrong_answers(source, "Central Committee", 1)
    assert wrong_answers(source, "Gosplan", 1).isdisjoint({"Politburo", "Central Committee"})  # "the functions of Politburo"
    assert wrong_answers(source, "Central Committee", 1) <= {"Politburo"}


def test_several_million_and_two_thirds_are_no_numbers_to_make_false():
    source = material(REFORMS)
    ref, term = term_of(source, "several million")
    assert not term.exact
    assert _true_false(source, ref, False) is None
    from studypack.layouts.worksheet.exercises.terms import Term
    assert scaled(Term("two-thirds", 0, 10, "number", "number:2/3", False, value=2 / 3)) == []
    assert scaled(Term("two hours", 0, 9, "number", "number:2 hours", False, value=2.0))  # a count may change


MUSIC = """\
title: Music
cards:
  - title: Intervals
    points:
      - An **interval** is the distance in pitch between two notes.
      - An **octave** spans twelve semitones.
      - From C up to E is a **major third**.
  - title: Metre
    points:
      - A **time signature** of 3/4 means three crotchet beats in each bar.
      - A **semibreve** lasts four crotchet beats.
      - A **crotchet** lasts one beat.
      - A **minim** lasts two crotchet beats.
  - title: Searching
    points:
      - On a list of 1,000 items a binary search needs at most **10** comparisons.
      - A linear search may need **1,000** comparisons.
      - Sorting 20 items by hand took **30** minutes.
"""


def test_a_term_of_a_card_titled_by_the_answer_is_no_wrong_answer_for_it():
    source = material(MUSIC)
    assert wrong_answers(source, "interval", 1).isdisjoint({"octave", "major third"})  # an octave is an interval


def test_a_term_given_a_value_is_swapped_only_for_one_that_takes_a_value():
    source = material(MUSIC)
    assert wrong_answers(source, "time signature", 1) == set()  # "A semibreve of 3/4 means …" is no sentence
    assert "time signature" not in wrong_answers(source, "semibreve", 1)


def test_a_number_given_as_a_bound_is_never_hidden():
    source = material(MUSIC)
    ref, term = term_of(source, "10")
    assert term not in source.hideable(ref)  # "at most 20 comparisons" is as true
    ref, term = term_of(source, "30")
    assert term in source.hideable(ref)


HISTORY = """\
title: Computing
cards:
  - title: History of computing
    date: 1843
    points:
      - "**Ada Lovelace** wrote the first algorithm for a machine in **1843**."
      - "**Alan Turing** described a universal machine in **1936**."
      - "**Tony Hoare** invented quicksort in **1959**."
      - "**Grace Hopper** wrote the first compiler in **1952**."
  - title: Thinking
    points:
      - "**Abstraction** means removing unnecessary detail."
      - "**Decomposition** means breaking a problem down into smaller problems."
      - "**Iteration** repeats a set of steps."
      - "**Selection** chooses which path the program takes."
"""


def test_a_survey_title_is_no_timeline_event_but_its_dated_points_are():
    for questions in sheet(HISTORY, exercises=("timeline",)):
        timeline = next(question for question in questions if isinstance(question, Timeline))
        assert "History of computing" not in {event.text for event in timeline.events}
        assert any("Turing" in event.text for event in timeline.events)


def test_a_swap_printed_elsewhere_on_the_sheet_makes_no_false_statement():
    pack = (Path(__file__).parent / "fresh" / "cs_algorithms.yaml").read_text(encoding="utf-8")
    for questions in sheet(pack, seeds=("1", "2")):
        printed = " ".join(pair.text for question in questions if isinstance(question, Match)
                           for pair in question.pairs + question.spares)
        for question in questions:
            if isinstance(question, TrueFalse) and not question.true:
                swapped = next(segment.text for segment in question.segments if segment.role == "swap")
                assert not holds(printed.casefold(), swapped), question  # "Abstraction means …" defined in matching


def test_the_example_keeps_a_true_or_false_section_with_a_false_statement():
    pack = EXAMPLE.read_text(encoding="utf-8")
    for questions in sheet(pack):
        assert any(isinstance(question, TrueFalse) and not question.true for question in questions)


PLANT = """\
title: Plant cells
cards:
  - title: Parts
    points:
      - The cell wall is made of **cellulose** and strengthens the cell.
      - The permanent **vacuole** is filled with cell sap.
      - Photosynthesis happens in the **chloroplasts** of the cell.
      - The **nucleus** of the cell holds its DNA.
      - People once blamed **miasma**, or bad air, for disease in the cell.
"""


def test_a_thing_with_its_article_is_never_what_something_is_made_of():
    source = material(PLANT)
    assert "vacuole" not in wrong_answers(source, "cellulose", 1)  # "made of vacuole"


def test_a_term_explained_after_or_is_never_hidden_and_a_number_is_scaled_by_four_before_ten():
    source = material(PLANT)
    ref, term = term_of(source, "miasma")
    assert term not in source.hideable(ref)  # "People blamed ____, or bad air": the answer is beside the blank
    from studypack.layouts.worksheet.exercises.terms import Term
    values = [float(text.split()[0]) for text in scaled(Term("801 g", 0, 5, "number", "number:801 g", False, value=801.0))]
    assert 1602 in values and max(values) <= 5 * 801  # ten times is absurd, not wrong


ETHICS = """\
title: Ethics
cards:
  - title: Act and rule utilitarianism
    points:
      - "**Act utilitarianism** judges each action by its own consequences."
      - "**Rule utilitarianism** follows rules that maximise happiness."
  - title: Kant
    points:
      - The **universal law** formulation asks whether a maxim could be willed as a law for everyone.
      - The **humanity** formulation forbids treating people merely as a means.
      - Courage is the mean between **rashness** and **cowardice**.
      - A **good will** is good without qualification.
  - title: Utilitarianism
    date: 1789
    points:
      - "**Jeremy Bentham** set out the principle of utility in **1789**."
      - "**G. E. Moore** named the naturalistic fallacy in **1903**."
      - "**A. J. Ayer** defended emotivism in **1936**."
"""


def test_a_title_holding_the_answers_words_is_never_printed_beside_its_blank():
    source = material(ETHICS)
    ref, term = term_of(source, "Act utilitarianism")
    assert source.context(ref, [term]) is None  # "Act and rule utilitarianism: ____ judges each action …"


def test_a_three_letter_word_of_the_answer_beside_the_blank_gives_it_away():
    source = material(ETHICS)
    ref, term = term_of(source, "universal law")
    assert term not in source.hideable(ref)  # "… willed as a law for everyone"
    ref, term = term_of(source, "rashness")
    assert term in source.hideable(ref)


def test_a_term_naming_which_one_is_swapped_only_for_its_like_and_an_idea_is_no_event():
    source = material(ETHICS)
    assert wrong_answers(source, "humanity", 1) <= {"universal law"}  # never "the rashness formulation"
    for questions in sheet(ETHICS, exercises=("timeline",)):
        for question in questions:
            if isinstance(question, Timeline):
                assert "Utilitarianism" not in {event.text for event in question.events}


GRAMMAR = """\
title: French past tenses
cards:
  - title: Perfect
    points:
      - The **passé composé** describes a single completed action in the past.
      - It is formed with **avoir** or **être** and a past participle.
      - "**J'ai mangé** une pizza – I ate a pizza."
      - Regular -re verbs form the past participle with **-u**, as in vendu.
  - title: Imperfect
    points:
      - The **imparfait** describes what used to happen.
      - The **plus-que-parfait** describes what had happened before another past event.
      - It uses the imperfect of avoir, as in **j'avais fini**.
      - The endings include -ais, -ait and **-aient**.
"""


def test_an_ending_an_example_and_a_translated_sentence_stand_only_for_their_like():
    source = material(GRAMMAR)
    assert {term_of(source, phrase)[1].sort for phrase in ("-u", "j'avais fini", "J'ai mangé")} == {
        "ending", "example", "foreign-phrase"}
    ref, term = term_of(source, "-u")
    assert term not in source.hideable(ref)  # "as in vendu" shows it
    assert wrong_answers(source, "imparfait", 1).isdisjoint({"être", "avoir", "j'avais fini", "J'ai mangé", "-aient"})
    assert wrong_answers(source, "avoir", 1) <= {"être"}  # "avoir or être": the author's pair


ART = """\
title: Renaissance
cards:
  - title: Michelangelo
    date: 1512
    points:
      - "**Michelangelo** carved the marble *David* between **1501** and **1504**."
      - He painted the ceiling of the **Sistine Chapel**, finishing in **1512**.
  - title: Florence
    points:
      - "**Brunelleschi** completed the dome of the cathedral in **1436**."
      - "**Alberti** described linear perspective in **1435**."
      - "**Masaccio** painted the *Holy Trinity* in **1427**."
      - The ceiling was repainted by **105** workers.
"""


def test_a_title_whose_year_a_point_tells_and_a_he_or_an_unfinished_sentence_are_no_timeline_events():
    for questions in sheet(ART, exercises=("timeline",)):
        timeline = next(question for question in questions if isinstance(question, Timeline))
        texts = {event.text for event in timeline.events}
        assert "Michelangelo" not in texts  # a person: the point says what happened in 1512
        assert not any(text.startswith("He ") or text.rstrip(".").endswith("finishing") for text in texts), texts


def test_no_end_of_a_range_is_made_false_and_no_number_is_scaled_into_a_year():
    source = material(ART)
    ref, term = term_of(source, "1501")
    assert _true_false(source, ref, False) is None  # "between 1436 and 1504" is as true
    from studypack.layouts.worksheet.exercises.terms import Term
    assert "1050" not in scaled(Term("105", 0, 3, "number", "number:105", False, value=105.0))


def test_a_thing_named_only_by_the_carries_its_cards_title():
    source = material("""title: War
cards:
  - title: Gallipoli
    points: ["The campaign failed and the Allies left by **January 1916**.",
             "Troops landed just below the village in **April 1915**.", "**Turkey** held the straits all year."]
""")
    titles = [[segment.text for segment in source.context(ref, [])] for ref in source.refs]
    assert titles == [["Gallipoli: "], ["Gallipoli: "], ["Gallipoli: "]]  # every sentence says what it is about
    named = material("""title: War
cards:
  - title: Turkey at Gallipoli
    points: ["The campaign cost **Turkey** dearly.", "**Turkey** held the straits all year."]
""")
    turkey = [next(term for term in named.terms[ref] if term.text == "Turkey") for ref in named.refs]
    # where the title would print the blanked answer: a sentence that leans on it is not asked, nor one whose place
    # ("the straits" of Gallipoli) only the title names
    assert [named.context(ref, [term]) for ref, term in zip(named.refs, turkey)] == [None, None]
    assert named.context(named.refs[1], []) == (Segment("Turkey at Gallipoli: ", "context"),)


def test_they_under_a_title_naming_two_things_or_a_question_is_not_asked():
    source = material("""title: Coasts
cards:
  - title: Constructive and destructive waves
    points: ["They are low, with a long **wavelength**.", "Destructive waves remove **sediment** from the beach."]
  - title: What is a spit?
    points: ["They grow where the coast bends, by **longshore drift**."]
  - title: Why do spits form?
    points: ["They grow where the coast bends, by **longshore drift**."]
""")
    assert source.context(source.refs[0], []) is None  # which of the two is low, only the card's order said
    assert [segment.text for segment in source.context(source.refs[3], [])] == ["Spits: "]  # "Why do spits form?"
    # lends what forms, so "They" stands for it
    assert [segment.text for segment in source.context(source.refs[2], [])] == ["Spit: "]  # the thing a "What
    # is …?" title asks about is a topic to print before the line


def test_a_date_is_offered_beside_dates_of_its_own_form_and_an_amount_beside_amounts_with_units():
    dated = material("""title: Berlin
cards:
  - title: The Wall
    points: ["On **13 August 1961** troops put up wire across the city.", "The Wall fell in **November 1989**.",
             "The blockade began in **1948**.", "Kennedy spoke in the city in **1963**."]
""")
    assert wrong_answers(dated, "13 August 1961", 3) <= {"13 August 1948", "13 August 1989", "13 August 1963"}
    assert len(wrong_answers(dated, "13 August 1961", 3)) == 3
    volts = material("""title: Mains
cards:
  - title: Mains
    points: ["UK mains electricity is at **230 V** and 50 Hz.", "A **12** V battery drives 3 A through 4 Ω.",
             "A cell gives **1.5 V**."]
""")
    assert "12" not in wrong_answers(volts, "230 V", 1)


def test_a_card_of_sentences_with_their_meanings_is_no_topic_to_write_points_about():
    pack = """title: Vacances
subject: French
cards:
  - title: Example sentences
    points: ["Je suis allé en Espagne. – I went to Spain.", "Il a fait très chaud. – It was very hot.",
             "Nous avons logé dans un camping. – We stayed at a campsite."]
  - title: Transport
    points: ["In French you travel **en** voiture but **à** vélo.", "A coach is **un car**, not a car."]
"""
    for questions in sheet(pack, exercises=("short",)):
        assert not any("Example sentences" in question.prompt for question in questions)


def test_an_example_of_the_sentence_before_is_not_asked_and_a_version_of_something_carries_its_title():
    source = material("""title: Speech
cards:
  - title: The secret speech
    points: ["For example, at **Presidium** level half the members had to be new.",
             "An edited version went to local **Party committees** to discuss."]
""")
    assert source.context(source.refs[0], []) is None
    assert [segment.text for segment in source.context(source.refs[1], [])] == ["The secret speech: "]


def test_no_short_answer_on_a_card_mixing_a_list_with_sentences_and_no_scheme_point_its_title_says():
    from pdftext import text_of
    from studypack.layouts import worksheet
    pack = loads("""title: Plants
cards:
  - title: Limiting factors
    points: ["Light, carbon dioxide, temperature, chlorophyll",
             "The factor in shortest supply limits the rate.", "Above 45 °C the enzymes are denatured."]
  - title: Group 0 – the noble gases
    points: ["**Noble gases**", "They have full outer shells.", "They are unreactive **monatomic** gases."]
""", "plants.yaml")
    plan = worksheet.plan(pack, WorksheetOptions(seed="1", exercises=("short",)))
    key = " ".join(text_of(worksheet.draw(plan)["answers.pdf"]).split())
    assert "Light, carbon dioxide" not in key  # naming the list's items: one mark or four? No scheme can say
    assert "They have full outer shells." in key and "• Noble gases" not in key  # writing the title would earn one


def test_a_language_pack_makes_no_matching():
    pack = """title: Vacaciones
subject: Spanish
cards:
  - title: The preterite of regular verbs
    points: ["Ayer visité el museo.", "Regular -ar verbs end in -é in the yo form.", "Nos alojamos en un hotel."]
  - title: The imperfect
    points: ["Use it for weather in the past.", "Hacía calor todos los días.", "Era muy bonito."]
  - title: Problems
    points: ["Perdí mi pasaporte.", "El hotel estaba sucio.", "Había mucho ruido."]
  - title: Transport
    points: ["Fuimos en avión.", "El viaje fue largo.", "Tomamos el tren a Madrid."]
"""
    for questions in sheet(pack, exercises=("match",)):
        assert not questions


def test_a_word_to_translate_is_asked_only_where_it_is_the_whole_of_its_side():
    pack = """title: École
subject: French
cards:
  - title: Rules
    points: ["**Il est interdit de** – it is forbidden to", "Il est interdit de **mâcher du chewing-gum** – It is forbidden
               to chew gum", "**On doit** – you must", "On doit **être à l'heure** – You must be on time"]
  - title: Subjects
    points: ["**les maths** – maths", "**l'histoire** – history", "**la chimie** – chemistry"]
"""
    for questions in sheet(pack, exercises=("short",)):
        for question in questions:
            assert "chew gum" not in question.prompt and "on time" not in question.prompt
    assert any("forbidden to" in question.prompt for questions in sheet(pack, exercises=("short",))
               for question in questions)  # the words that are the whole of their side are asked


def test_a_bare_term_heading_earns_no_mark_and_a_statement_ending_on_this_is_no_match():
    from pdftext import text_of
    from studypack.layouts import worksheet
    from studypack.layouts.worksheet.exercises.matching import match_candidates
    text = """title: Hormones
cards:
  - title: The endocrine system
    points: ["Hormones are chemical messengers carried in the blood.", "**Adrenaline**",
             "Made by the adrenal glands, it prepares the body for fight or flight.", "Glands release hormones slowly."]
  - title: Measuring rate
    points: ["Marble chips and acid are the classic practical for this.", "A gas syringe collects the gas given off."]
"""
    plan = worksheet.plan(loads(text, "hormones.yaml"), WorksheetOptions(seed="1", exercises=("short",)))
    key = " ".join(text_of(worksheet.draw(plan)["answers.pdf"]).split())
    assert "Hormones are chemical messengers" in key and "• Adrenaline •" not in key and not key.endswith("Adrenaline")
    source = material(text)
    statements = [source.point(candidate.uses[0]).text for candidate in match_candidates(source)]
    assert "A gas syringe collects the gas given off." in statements
    assert not any(statement.endswith("for this.") for statement in statements)


def test_they_under_a_title_that_names_no_thing_is_not_asked():
    source = material("""title: Migration
cards:
  - title: Impacts of migration
    points: ["They can lose young, skilled workers, known as the **brain drain**.", "Migrants send **remittances** home."]
  - title: Megacities
    points: ["They have over ten million people, like **Lagos**."]
""")
    assert source.context(source.refs[0], []) is None
    assert [segment.text for segment in source.context(source.refs[2], [])] == ["Megacities: "]


def test_they_under_a_title_naming_a_process_is_not_asked():
    source = material("""title: Cycles
cards:
  - title: Decomposition
    points: ["They return mineral ions such as **nitrates** to the soil.", "Warmth speeds up **decay**."]
""")
    assert source.context(source.refs[0], []) is None


def test_a_worked_sum_is_no_point_of_a_mark_scheme():
    from studypack.layouts.worksheet.exercises import Short
    pack = loads("""title: Power
cards:
  - title: Electrical power
    points: ["Power is the rate of transferring energy.", "It is measured in watts.",
             "A 60 W lamp on for 60 s transfers 60 × 60 = 3600 J.", "V = IR, so 12 V across 4 Ω gives 3 A."]
""", "power.yaml")
    from studypack.layouts import worksheet
    plan = worksheet.plan(pack, WorksheetOptions(seed="1", exercises=("short",)))
    (question,) = [q for section in plan.exercises.sections for q in section.questions if isinstance(q, Short)]
    assert question.marks == 2 and [ref.point for ref in question.scheme] == [0, 1]
