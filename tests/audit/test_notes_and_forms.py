"""What two more rounds of unseen packs had struck: card notes set as questions (an aside, a lead-in, a practice
question, an English grammar note in a language pack), answers printed beside their blank in another form (a date's
year, a formula, a plural, an alternative), an example's figures in a maths pack, and a timeline item or matching title
that names two things or nothing."""
from __future__ import annotations


import pytest

from pdftext import text_of
from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import Gap, Match, Short, Timeline, Translate, TrueFalse
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.questions import scheme_points
from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS, is_lead_in, is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.translate import vocabulary
from studypack.source import loads
from sheet_builds import hideable, material

SEEDS = ("1", "2", "3", "4")


def questions(text: str, seed: str, **options):
    plan = worksheet.plan(loads(text, "notes.yaml"), WorksheetOptions(seed=seed, **options))
    return [question for section in plan.exercises.sections for question in section.questions]


@pytest.mark.parametrize("text", [
    "History link – Semmelweis (1840s) cut deaths by making doctors wash their hands.",
    "Irony! The title is still on British coins today.",
    "Common mistake: antibiotics do not kill viruses.",
    "Q2. A chloroplast looks 12 mm long in a photo at ×2000. Actual size?",
    "Draw it as a circle with little '–' signs dotted inside.",
    "Units! cm³ × beats per min = cm³ per min.",
    "Give your answer to the number of decimal places in the question.",
    "The most common error is the second sign: −3 × −2 = +6, not −6.",
])
def test_asides_and_practice_questions_are_not_content(text):
    assert is_scaffolding(text)


@pytest.mark.parametrize("text", ["The link between smoking and cancer was shown in 1950.",
                                  "Weak links – the chain breaks there first.", "Questions were raised in Parliament.",
                                  "Drawing conclusions from data is a skill.", "Notebooks were handed out.",
                                  "Hinterland farms grew wheat."])
def test_content_that_only_looks_like_an_aside_is_kept(text):
    assert not is_scaffolding(text)


@pytest.mark.parametrize("text, lead_in, leaning", [
    ("As the chain length increases...", True, False),
    ("White blood cells defend the body in three ways:", True, False),
    ("Why? There is more long-chain oil than we need.", False, True),
    ("Why do they move? Convection currents in the mantle drag them.", False, True),
    ("Result – Kennedy sent federal marshals.", False, True),
    ("That's why the periodic table gives Cl as 35.5.", False, True),
    ("Why earthquakes happen at plate margins is still studied.", False, False),
])
def test_a_lead_in_is_no_statement_and_an_answered_question_leans_on_its_card(text, lead_in, leaning):
    assert is_lead_in(text) == lead_in
    assert leans_on_previous(text) == leaning


@pytest.mark.parametrize("title, generic", [("Comparing the three", True), ("Comparison of the two", True),
                                            ("Comparing fuels", False), ("The three estates", False),
                                            ("Exam tips and common slips", True), ("Tips & traps", True),
                                            ("Errors in experiments", False), ("Mistakes of the Tsar", False)])
def test_a_comparison_or_a_list_of_tips_is_no_topic(title, generic):
    """Exam advice is a catch-all: any tip on the sheet would match "Exam tips and common slips"."""
    assert bool(GENERIC_HEADINGS.match(title)) == generic


TUDOR = """\
title: Henry VIII
subject: History
cards:
  - title: Thomas Cromwell
    points:
      - Cromwell fell after the marriage to Anne of Cleves (1540); he was executed in **July 1540**.
      - The schools were closed in **1958**–59 rather than integrated.
      - Cromwell ran the Dissolution from **1536** to **1540**.
"""


def test_a_dates_year_printed_beside_it_keeps_it_from_being_hidden():
    assert hideable(TUDOR, "Cromwell fell") == []
    assert hideable(TUDOR, "The schools") == []  # "____–59" is 1958 by the school year's end
    assert hideable(TUDOR, "Cromwell ran") == ["1536", "1540"]


CHEMISTRY = r"""
title: Tests for ions
subject: Chemistry
cards:
  - title: Negative ions
    points:
      - '**Sulfate** \ce{SO4^2-} – add **barium chloride** solution to get a white precipitate.'
      - '**Chloride** ions give a white precipitate with silver **nitrate** solution.'
      - '**Sulfite** ions – add dilute acid to get sulfur dioxide.'
"""


def test_a_name_beside_its_formula_is_not_hidden():
    assert "Sulfate" not in hideable(CHEMISTRY, "Sulfate")
    assert "Sulfite" in hideable(CHEMISTRY, "Sulfite")  # the same line with no formula
    assert "Chloride" in hideable(CHEMISTRY, "Chloride")


ITALIAN = """\
title: In città
subject: Italian
lang: it
cards:
  - title: Negozi
    points:
      - il **magazzino** = the warehouse; i grandi magazzini = the department store
      - la **farmacia** – the chemist's
      - la **panetteria** – the baker's
      - il **mercato** – the market
      - la **libreria** – the bookshop
  - title: Indicazioni
    points:
      - giri / gira – turn
      - Guten Appetit! / **Mahlzeit**! – Enjoy your meal!
      - der **Apfelstrudel**; die **Spätzle** (pl.) – soft egg noodles
      - il **panino** – the roll, esp. at lunchtime
      - "**A più tardi** – see you later"
      - la **stazione** – the station
  - title: Grammatica
    points:
      - Strangers get the polite Lei form, friends the **tu** form (imperative).
      - Abito a **Manchester**, una grande città nel nord-ovest.
      - Vado in **centro** con l'autobus.
"""


def test_a_language_packs_blank_has_its_meaning_beside_it_and_no_other_form_of_itself():
    assert hideable(ITALIAN, "il magazzino") == []  # "magazzini" is printed beside it
    assert hideable(ITALIAN, "la farmacia") == ["farmacia"]
    assert hideable(ITALIAN, "A più tardi") == []  # a phrase blanked whole is open to another way of saying it
    assert hideable(ITALIAN, "Guten Appetit") == []  # either greeting is right
    assert "Apfelstrudel" not in hideable(ITALIAN, "der Apfelstrudel")  # the meaning is the last word's
    assert hideable(ITALIAN, "Strangers") == []  # grammar in English, no Italian
    assert hideable(ITALIAN, "Abito") == []  # any town fits, and no meaning pins the verb
    assert hideable(ITALIAN, "Vado") == []


def test_a_word_list_translates_one_entry_to_its_bare_meaning():
    pairs = {word: meaning for _, word, meaning in vocabulary(loads(ITALIAN, "notes.yaml"))}
    assert "giri / gira" not in pairs and not any("Spätzle" in word for word in pairs)
    assert pairs["il panino"] == "the roll"  # not ", esp. at lunchtime"
    for seed in SEEDS:
        sheet = [question for question in questions(ITALIAN, seed) if isinstance(question, (Gap, Translate))]
        shown = " ".join(question.shown if isinstance(question, Translate)
                         else " ".join(segment.text for segment in question.segments if segment.role != "blank")
                         for question in sheet)
        for question in sheet:
            if isinstance(question, Translate):  # no translation is answered by another question's text
                assert question.answer.split()[-1] not in shown.replace(question.shown, ""), question


MATHS = """\
title: Probability
subject: Maths
cards:
  - title: Tree diagrams
    points:
      - A bag has **3 red** and **5 blue** counters; one is taken and put back.
      - Each set of **branches** from one point adds up to **1**.
      - P(two reds) = 3/8 × 3/8 = 9/64
      - Check – 9/64 + 15/64 + 15/64 + 25/64 = 64/64 = 1
  - title: Sample spaces
    points:
      - A **sample space** diagram lists every possible outcome.
      - Two dice give **36** outcomes.
      - P(double) = 6/36 = 1/6
  - title: The probability scale
    points:
      - Probabilities run from **0** (impossible) to **1** (certain).
      - An **even chance** is a probability of one half.
  - title: Relative frequency
    points:
      - Relative frequency = number of successes ÷ number of trials
      - The more **trials**, the more reliable the estimate.
  - title: The wave equation
    points:
      - v = fλ
      - wave speed = frequency × wavelength
      - f = v/λ
  - title: Triple brackets
    points:
      - Expand two brackets first, then multiply the answer by the third.
      - (x + 1)(x + 2)(x + 3) → (x² + 3x + 2)(x + 3)
      - = x³ + 3x² + 3x² + 9x + 2x + 6
      - 5(2x + 1) − 3(x − 2) = 10x + 5 − 3x + 6 = 7x + 11
  - title: Sequences – key terms
    points:
      - term-to-term rule – how to get from one term to the next
      - position-to-term rule – works out any term from its position
      - arithmetic sequence – goes up by the same amount each time
  - title: Choosing a method – why?
    points:
      - A tree diagram shows every outcome of two events.
      - A Venn diagram shows events that overlap.
  - title: Nuclear equations
    points:
      - In alpha decay uranium-238 → thorium-234 + an alpha particle.
      - Beta decay turns a neutron into a proton and an electron.
"""


def test_a_maths_pack_blanks_no_figure_and_matches_no_worked_sum():
    for seed in SEEDS:
        for question in questions(MATHS, seed):
            if isinstance(question, Gap):
                assert not any(any(char.isdigit() for char in answer.text) for answer in question.answers), question
            if isinstance(question, Match):
                for pair in question.statements:  # a sum or an equation is matched by its shape
                    assert "=" not in pair.text and "→" not in pair.text and not pair.text.startswith("Check")
            if isinstance(question, Short):
                assert "wave equation" not in question.prompt.casefold()  # one equation written three ways
                assert "why?" not in question.prompt  # "Choosing a method – why?" names nothing to explain
                assert "key terms" not in question.prompt and "Triple" not in question.prompt  # a glossary, examples
                assert not any("=" in point.text or "→" in point.text
                               for point in scheme_points(question, loads(MATHS, "notes.yaml")))


CIVIL_RIGHTS = """\
title: Civil rights
subject: History
cards:
  - title: Emmett Till
    date: 1955
    points:
      - Till was murdered while visiting relatives in **Mississippi**.
      - Photographs in **Jet** magazine shocked the nation.
  - title: Little Rock and Ole Miss
    date: 1957
    points: ["Nine students enrolled at **Central High School**."]
  - title: Montgomery bus boycott
    date: 1955
    points: ["**Rosa Parks** refused to give up her seat."]
  - title: Freedom Rides
    date: 1961
    points: ["Activists rode buses into the South."]
  - title: March on Washington
    date: 1963
    points: ["King spoke at the Lincoln Memorial."]
"""


def test_a_named_magazine_is_no_place_and_a_title_of_two_events_is_no_timeline_item():
    text = "Photographs in Jet magazine shocked the nation."
    start = text.index("Jet")
    assert name_sort("Jet", text, start, start + 3, frozenset()) == "thing:magazine"
    text = "Guardsmen fired on students at Kent State University and at Jackson State."
    start = text.index("Kent")
    assert name_sort("Kent State University", text, start, start + 21, frozenset()) == "institution"
    start = text.index("Jackson")
    assert name_sort("Jackson State", text, start, start + 13, frozenset()) == "other"  # a campus, or a country?
    for seed in SEEDS:
        for question in questions(CIVIL_RIGHTS, seed, exercises=("timeline", "tf")):
            if isinstance(question, Timeline):
                assert all("Little Rock" not in event.text for event in question.events)
            if isinstance(question, TrueFalse):
                assert "in Jet" not in " ".join(segment.text for segment in question.segments)


ACIDS = """\
title: Tests
subject: Chemistry
cards:
  - title: Why add the acid first?
    points:
      - The acid removes **carbonate** ions, which would also give a white precipitate.
      - Equation for the chloride test – Ag⁺ + Cl⁻ → AgCl
  - title: Flame tests
    points: ["A clean wire loop is dipped in the solid and held in a blue flame."]
  - title: Gas tests
    points: ["A lighted splint held at the mouth of the tube gives a squeaky pop with hydrogen."]
  - title: Chromatography
    points: ["The pencil start line stays above the level of the solvent in the beaker."]
  - title: Precipitates
    points: ["Sodium hydroxide solution added to copper ions gives a blue solid."]
  - title: Spectroscopy
    points: ["An instrument measures the light given out by metal ions in a flame."]
"""


def test_a_card_titled_with_a_question_is_no_matching_title():
    for seed in SEEDS:
        plan = worksheet.plan(loads(ACIDS, "notes.yaml"), WorksheetOptions(seed=seed, exercises=("match",)))
        sheet = " ".join(text_of(worksheet.draw(plan)["worksheet.pdf"]).split())
        assert "Matching" in sheet and "Why add the acid first?" not in sheet


@pytest.mark.parametrize("subject, lang, words, language_pack", [
    ("French", "en", False, True),  # French taught in an English school
    ("Spanish vocabulary", None, False, True),
    ("Anglais", "fr", False, True),  # English taught in a French school
    ("Histoire", "fr", False, False),  # history in French is no language lesson
    ("Français", "fr", False, False),  # nor is French in a French school
    ("Italian", "it", True, True),  # Italian words with their English meanings, labels in Italian
    ("French", "fr", False, True),  # a subject named in English is taught to English speakers
    ("", "de", True, True),
    ("", "de", False, False),
    ("History", "en", True, False),
])
def test_a_language_pack_is_told_by_its_subject_and_its_word_lists_not_by_its_labels_alone(subject, lang, words,
                                                                                          language_pack):
    from studypack.layouts.worksheet.exercises.translate import is_language_pack
    lines = (["la gare – the station", "le quai – the platform", "le billet – the ticket"] if words else
             ["La révolution commence en 1789 à Paris.", "Le roi est exécuté en 1793 après son procès.",
              "Napoléon prend le pouvoir en 1799 par un coup d'État."])
    text = "title: Pack\n" + (f"subject: {subject}\n" if subject else "") + (f"lang: {lang}\n" if lang else "") + \
        "cards:\n  - title: Une carte\n    points:\n" + "".join(f"      - {line}\n" for line in lines)
    assert is_language_pack(loads(text, "notes.yaml")) == language_pack


SPANISH = """\
title: Mi casa
subject: Spanish
lang: es
cards:
  - title: vivir
    points:
      - yo vivo – I live
      - tú vives – you live
      - vosotros/as vivís – you (pl.) live
      - nosotros/as vivimos – we live
      - ellos / ellas viven – they live
      - vivía – I used to live
      - viviré – I will live
      - viviría – I would live
      - he vivido – I have lived
      - viví – I lived
  - title: Las habitaciones
    points:
      - la cocina – the kitchen; el salón – the living room; el comedor – the dining room
      - el dormitorio (also la habitación) – the bedroom
      - el jardín – the garden; el garaje – the garage
  - title: Los muebles
    points:
      - la cama – bed; el armario – wardrobe
      - la mesa – table; la silla – chair; el sillón – armchair
"""


def test_a_line_of_several_words_gives_each_and_a_verb_table_gives_no_more_than_its_share():
    pairs = {word: meaning for _, word, meaning in vocabulary(loads(SPANISH, "notes.yaml"))}
    assert pairs["el salón"] == "the living room" and pairs["la silla"] == "chair"
    assert pairs["el dormitorio"] == "the bedroom"  # not "(also la habitación)"
    for seed in SEEDS:
        words = [question for question in questions(SPANISH, seed, exercises=("translate",))
                 if isinstance(question, Translate)]
        assert len(words) >= 6
        from_table = [word for word in words if word.point.card == 0]
        assert len(from_table) <= -(-len(words) // 3)  # ten forms of one verb are one thing learned
        assert not any(word.reverse and word.shown == "you live" for word in words)  # tú or vosotros?


DEVELOPMENT = """\
title: Development
subject: Geography
cards:
  - title: Strategies to reduce the gap (1)
    points:
      - Aid can pay for schools, wells and hospitals.
      - Fair trade pays farmers a guaranteed minimum price.
      - Debt relief frees money for health and education.
  - title: Strategies to reduce the gap (2)
    points:
      - Microfinance lends small sums to people banks would refuse.
      - Tourism brings jobs and foreign currency.
      - Intermediate technology is cheap and easy to repair.
  - title: Measuring development
    points:
      - GNI per head is the income of a country divided by its population.
      - The HDI combines income, life expectancy and years of schooling.
      - Birth rates fall as countries develop and women stay longer in education.
"""


@pytest.mark.parametrize("seed", SEEDS[:2])
def test_a_card_numbered_as_part_of_a_topic_gives_no_short_answer_and_a_cards_scheme_accepts_other_points(seed):
    plan = worksheet.plan(loads(DEVELOPMENT, "notes.yaml"), WorksheetOptions(seed=seed, exercises=("short",)))
    shorts = [question for section in plan.exercises.sections for question in section.questions]
    assert shorts and all("(1)" not in q.prompt and "(2)" not in q.prompt for q in shorts)
    key = " ".join(text_of(worksheet.draw(plan)["answers.pdf"]).split())
    assert key.count("Accept any other correct point.") == len(shorts)


MEDICINE = """\
title: Medicine
subject: History
cards:
  - title: Florence Nightingale
    points:
      - Wrote Notes on Nursing (1859) and opened the **Nightingale School** at St Thomas' Hospital.
      - She cut death rates at **Scutari** by cleaning the wards.
  - title: Penicillin
    points:
      - Mass-produced after 1941; enough for Allied troops by **D-Day (1944)**.
      - Earlier, **Salvarsan 606** treated syphilis.
"""


def test_a_sentence_that_starts_with_its_verb_is_not_asked_without_its_doer_and_a_dated_name_is_never_swapped():
    source = material(MEDICINE)
    wrote = next(ref for ref in source.refs if source.point(ref).text.startswith("Wrote"))
    school = next(term for term in source.terms[wrote] if term.text == "Nightingale School")
    assert source.context(wrote, [school]) is None  # the title would print the answer, and no title, no subject
    for seed in SEEDS:
        for question in questions(MEDICINE, seed, exercises=("tf", "gap")):
            if isinstance(question, TrueFalse):
                assert "Salvarsan" not in " ".join(segment.text for segment in question.segments
                                                   if segment.role == "swap")


def test_a_plural_answer_is_told_by_its_singular_on_the_sheet():
    from studypack.layouts.worksheet.exercises.material import holds
    assert holds("the more recent the common ancestor, the closer", "common ancestors")
    assert not holds("a glass of water", "glasses of wine") and holds("iglesias del pueblo", "iglesia")


def test_a_name_glossed_at_the_start_of_its_line_is_not_asked_without_its_title():
    source = material("""title: Atoms
subject: Chemistry
cards:
  - title: Dalton's model
    points: ["**John Dalton** - atoms are tiny **solid spheres** that cannot be divided."]
  - title: Thomson's model
    points: ["**J. J. Thomson** found the **electron** in 1897."]
""")
    ref = source.refs[0]
    dalton = next(term for term in source.terms[ref] if term.text == "John Dalton")
    assert source.context(ref, [dalton]) is None  # "____ – atoms are tiny solid spheres": Dalton, or his model?
    spheres = next(term for term in source.terms[ref] if term.text == "solid spheres")
    assert source.context(ref, [spheres])  # the line's description is asked with its title


ROMAN = """\
title: Roman Britain, AD 43–410
subject: History
cards:
  - title: The invasion
    date: AD 43
    points: ["**Claudius** sent four legions to Britain in **AD 43**.", "**Caratacus** led the resistance."]
  - title: Hadrian's Wall
    date: AD 122
    points: ["Building began in **122** on **Hadrian**'s orders.", "It ran for about **73 miles**."]
  - title: The later empire
    points: ["**Constantine** was proclaimed emperor at **York** in **306**.",
             "In **367** the Barbarian Conspiracy attacked the province.",
             "**Septimius Severus** took over from **Hadrian**'s successors and campaigned from **208**."]
  - title: The end
    date: AD 410
    points: ["In **409** the Britons threw out Roman officials.", "Honorius told the towns to defend themselves."]
"""


def test_a_pack_on_the_first_millennium_reads_its_three_figure_dates_as_years():
    source = material(ROMAN)
    kinds = {term.text: term.kind for terms in source.terms.values() for term in terms}
    assert kinds["306"] == kinds["367"] == kinds["409"] == kinds["AD 43"] == kinds["122"] == "year"
    assert kinds["73 miles"] == "number"
    for seed in SEEDS:
        for question in questions(ROMAN, seed, exercises=("mcq",)):
            answer = question.options[question.answer]
            if answer.strip().isdigit():  # a year's options are the pack's own years, none past its end
                assert all(option.replace("AD ", "").isdigit() and int(option.replace("AD ", "")) <= 410
                           for option in question.options), question.options


def test_a_year_describing_a_noun_is_no_blank():
    text = """title: Abolition
subject: History
cards:
  - title: Leaders
    points: ["**Thomas Fowell Buxton** took over from Wilberforce as leader in Parliament.",
             "**William Wilberforce** spoke against the trade for twenty years.",
             "**Thomas Clarkson** collected evidence from sailors.", "**Olaudah Equiano** wrote his life story.",
             "**Granville Sharp** fought the Somerset case."]
  - title: Acts
    points: ["A **1806** act banning trade to foreign colonies paved the way.", "The trade was abolished in **1807**."]
"""
    assert hideable(text, "A 1806") == []


@pytest.mark.parametrize("line, meaning", [
    ("me preocupa que no reciclemos – Higher: me preocupa que + subjunctive", None),
    ("le match – the match", "the match"),  # a pair, but no question: see below
    ("la récré – break", "break"),
])
def test_a_grammar_label_is_no_meaning_and_a_word_that_is_its_meaning_is_not_asked(line, meaning):
    from studypack.layouts.worksheet.exercises.translate import _cognate, _plain_gloss
    found = _plain_gloss(line)
    assert (found[1] if found else None) == meaning
    if found:
        assert _cognate(*found) == (line == "le match – the match")


def test_numbers_that_are_bounds_pairs_or_places_are_not_scaled():
    from studypack.layouts.worksheet.exercises.distractors import scaled
    from studypack.layouts.worksheet.exercises.beside import _deadline
    from studypack.layouts.worksheet.exercises.terms import Term
    assert scaled(Term("15° and 30°", 0, 11, "number", "number:15", False, value=15.0)) == []
    assert scaled(Term("2", 0, 1, "number", "number:2", False, value=2.0), "Burette readings go to ", " d.p.") == []
    text = "Summer temperatures often pass 45 °C in the Thar."
    assert _deadline(text, Term("45 °C", text.index("45"), text.index("45") + 5, "number", "number:45", True, value=45.0))


def test_a_statement_naming_its_titles_word_is_not_matched():
    from studypack.layouts.worksheet.exercises.matching import _same_stem
    assert _same_stem("Density", "Objects less dense than water float.")
    assert not _same_stem("Changes of state", "Mass is conserved when ice melts.")


def test_another_form_with_its_accent_moved_and_a_verb_told_by_its_plain_form_give_the_answer_away():
    from studypack.layouts.worksheet.exercises.material import holds
    assert hideable(ITALIAN.replace("il **magazzino** = the warehouse; i grandi magazzini = the department store",
                                    "las **inundaciones** – floods (una inundación)"), "las inundaciones") == []
    assert holds("… so they evaporate and diffuse faster", "evaporates")


def test_an_amount_beside_another_of_its_unit_makes_no_multiple_choice():
    text = """title: Home
subject: Physics
cards:
""" + "".join(f"""  - title: Fact {index}
    points: ["Common fuse ratings are 3 A, 5 A and **{amount} A**."]
""" for index, amount in enumerate((13, 14, 15, 16)))
    source = material(text)
    from studypack.layouts.worksheet.exercises.candidates import _choice
    assert all(_choice(source, ref) is None for ref in source.refs)


@pytest.mark.parametrize("title", ["Key terms (inheritance) – 1", "Key terms and figures", "Key words: cells"])
def test_a_key_terms_card_by_any_name_is_no_topic(title):
    assert GENERIC_HEADINGS.match(title)


def test_a_state_a_share_or_a_theme_is_no_timeline_event_and_an_exam_note_no_content():
    from studypack.layouts.worksheet.exercises.events import _MEASURE, surveys
    assert surveys('Morale - the "Blitz spirit"') and surveys("Life in the trenches")
    assert _MEASURE.search("Coal produced about two-thirds of the UK's electricity.")
    assert not surveys("The Battle of Britain Day") and not _MEASURE.search("Coventry was bombed in one night.")
    assert is_scaffolding("Use this for the 6- or 9-mark question on energy.")


def test_an_ion_printed_in_the_lines_formula_and_a_letter_that_names_one_of_a_set_give_nothing_away():
    chemistry = r"""
title: Ions
subject: Chemistry
cards:
  - title: Tests
    points:
      - '**Carbonates** – add dilute acid; it fizzes, e.g. \ce{CaCO3 + 2HCl -> CaCl2 + H2O + CO2}'
      - '**Chlorides** – add silver nitrate: a white precipitate forms.'
"""
    assert hideable(chemistry, "Carbonates") == [] and hideable(chemistry, "Chlorides") == ["Chlorides"]
    from studypack.layouts.worksheet.exercises.candidates import _letter_tells
    source = material("""title: Cells
subject: Biology
cards:
  - title: Mitosis
    points: ["The stages are **prophase**, **metaphase**, **anaphase** and **telophase**.",
             "In **metaphase** the chromosomes line up across the middle of the cell."]
  - title: Growth
    points: ["Cells divide by **mitosis** and **meiosis** and by **binary fission** in bacteria."]
""")
    terms = {term.text: term for terms in source.terms.values() for term in terms}
    assert not _letter_tells(source, terms["metaphase"])  # P, M, A, T: the letter is the answer
    assert _letter_tells(source, terms["mitosis"])  # mitosis and meiosis share their M


def test_a_dates_removal_leaves_no_stray_comma_before_a_dash():
    from studypack.layouts.worksheet.exercises.events import _without_date
    text = "The lines met at Promontory Summit, Utah, in 1869 - a golden spike was driven in."
    term = next(term for terms in material(f"title: R\ncards:\n  - title: Railroad\n    points: ['{text}']\n").terms.values()
                for term in terms if term.text == "1869")
    assert _without_date(text, term) == "The lines met at Promontory Summit, Utah - a golden spike was driven in."


def test_a_town_with_its_state_a_people_a_cross_reference_and_that_leaning_back_are_not_asked():
    west = """title: The West
subject: History
cards:
  - title: The Mormons
    points: ["They moved from Ohio to Missouri to **Nauvoo**, Illinois.", "Gold was found in the **Black Hills**."]
  - title: Plains
    points: ["The **Plains Indians** hunted the buffalo.", "That's why the herds mattered so much."]
  - title: Graphite
    points: ["Graphite: see next card.", "Layers of **graphite** slide over each other."]
"""
    assert hideable(west, "They moved") == []
    source = material(west)
    kinds = {term.text: term.sort for terms in source.terms.values() for term in terms}
    assert kinds["Plains Indians"] == "people"
    assert not any(source.point(ref).text.startswith(("That's", "Graphite: see")) for ref in source.refs) or \
        leans_on_previous("That's why the herds mattered so much.")
    assert is_scaffolding("Graphite: see next card.") and leans_on_previous("That's why the herds mattered so much.")


@pytest.mark.parametrize("line", ["Comparative: umweltfreundlicher – more environmentally friendly",
                                  "ich habe den Müll getrennt – Perfekt"])
def test_a_grammar_label_on_either_side_of_a_line_is_no_word_to_translate(line):
    from studypack.layouts.worksheet.exercises.translate import _plain_gloss
    assert _plain_gloss(line) is None


def test_a_word_of_the_language_in_a_meanings_brackets_is_not_printed_and_signs_and_years_are_not_matched():
    from studypack.layouts.worksheet.exercises.translate import _plain_gloss
    assert _plain_gloss("en train – by train (le train)") == ("en train", "by train")
    assert leans_on_previous("Most are in sub-Saharan Africa and South Asia.")
    text = """title: Troubles
subject: History
cards:
  - title: The 1980s
    points: ["The Brighton bombing, 12 October 1984, nearly killed the Cabinet."]
  - title: Monoclonal antibodies
    points: ["(−) Mouse antibodies can trigger an immune response."]
  - title: Internment
    points: ["Suspects were held without trial from August 1971."]
  - title: Bloody Sunday
    points: ["Soldiers of the Parachute Regiment shot 26 civilians in Derry."]
  - title: Good Friday Agreement
    points: ["Power was shared between unionists and nationalists."]
  - title: Hunger strikes
    points: ["Republican prisoners refused food to win political status."]
  - title: Civil rights
    points: ["Marchers demanded fair housing and one man, one vote."]
"""
    for seed in SEEDS[:2]:
        for question in questions(text, seed, exercises=("match",)):
            for pair in question.statements:
                assert not pair.text.startswith("(−)") and "1984" not in pair.text


def test_a_title_printing_a_word_of_the_answer_is_left_off_or_the_question_is_not_asked():
    source = material("""title: Forces
subject: Physics
cards:
  - title: Work and power
    points: ["**Work done** is force times distance moved along the force.", "**Power** is the rate of doing work."]
""")
    ref = source.refs[0]
    work = next(term for term in source.terms[ref] if term.text == "Work done")
    assert source.context(ref, [work]) in ((), None)  # never "Work and power: W____ is force times distance"


def test_an_example_is_no_blank_and_a_shared_acronym_matches_nothing():
    from studypack.layouts.worksheet.exercises.matching import _same_stem
    text = """title: Breeding
subject: Biology
cards:
  - title: Selective breeding
    points: ["Cows are bred for more milk, e.g. **Holstein-Friesian** dairy cows.", "Wheat is bred for **yield**."]
"""
    assert hideable(text, "Cows are bred") == []
    assert _same_stem("GM examples", "GM salmon that reach market size faster.")
    assert not _same_stem("Variation", "GM salmon that reach market size faster.")


def test_a_reversible_reaction_is_an_equation_too():
    from studypack.layouts.worksheet.exercises.roles import EQUATION
    assert EQUATION.search("Count the molecules: N₂ + 3H₂ ⇌ 2NH₃ has 4 on the left.")
    assert not EQUATION.search("A catalyst does not change the position of equilibrium.")
