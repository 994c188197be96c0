"""Rules from the audits of sets AF and AG: a chain's next link, amounts stepping up to the answer, titles that ask
nothing or place themselves, a formula beside its words, a head its gloss calls "it"."""
from __future__ import annotations

import random
import re

import pytest

from studypack.layouts.worksheet.exercises import Match, Short, Timeline
from studypack.layouts.worksheet.exercises.beside import told_beside
from studypack.layouts.worksheet.exercises.distractors import distractors, scaled
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.terms import Term
from studypack.source import loads
from studypack.source.model import Point
from sheet_builds import built, material, of_kind, planned

SEEDS = ("1", "2", "3", "4")


def _term(text: str, answer: str, kind: str = "term", **fields) -> Term:
    start = text.index(answer)
    return Term(answer, start, start + len(answer), kind, f"{kind}:{answer.casefold()}", True, **fields)


def _amount(value: str) -> float:
    return float(re.sub(r"[^\d.]", "", value))


@pytest.mark.parametrize("answer", ["220,000 km²", "2,400 MW", "700 km²", "10,000"])
def test_amounts_below_the_largest_answer_step_up_to_it(answer):
    options = scaled(_term(answer, answer, "number"), position=3)[:3]
    values = sorted(_amount(option) for option in options) + [_amount(answer)]
    steps = {round(b - a, 6) for a, b in zip(values, values[1:])}
    assert len(steps) == 1  # 55,000, 110,000, 165,000, 220,000: the answer is the run's next step, not the odd one


def test_a_false_amount_is_never_three_quarters_of_the_true_one():
    for option in scaled(_term("220,000 km²", "220,000 km²", "number")):
        assert abs(_amount(option) / 220000 - 1) > 0.3


def test_a_line_opening_on_an_arrow_is_the_next_link_of_the_chain_before_it():
    assert leans_on_previous("→ Base hospitals near the coast, e.g. Étaples → hospital ship home.")
    assert not leans_on_previous("Base hospitals near the coast → hospital ship home.")
    pack = """title: Medicine on the Western Front
subject: History
cards:
  - title: The chain of evacuation
    points:
      - Stretcher bearers carried the wounded to a **Regimental Aid Post** near the front line.
      - "→ **Dressing Stations** run by the **RAMC** – wounds dressed, men sorted."
      - "→ **Casualty Clearing Station** – several miles back, out of range of most shells."
      - "→ **Base hospitals** near the coast at **Étaples**, then a hospital ship home."
  - title: Gas
    points:
      - Chlorine gas was first used by the Germans at **Ypres** in **1915**.
      - Mustard gas blistered the skin and lungs from **1917**.
  - title: Tanks
    points:
      - Tanks were first used at **Flers** on the Somme in **September 1916**.
      - They broke down often but scared the German troops.
"""
    for seed in SEEDS:
        plan, sheet, _ = built(pack, seed)
        assert "→" not in sheet.split("Name Class Date", 1)[1]


def test_a_title_of_only_question_words_is_asked_about_nothing():
    pack = """title: Tropical rainforests
subject: Geography
cards:
  - title: Where and what?
    points:
      - Rainforests lie between the tropics, mostly near the Equator.
      - They are hot and wet all year, about 27 °C with over 2000 mm of rain.
      - The Amazon is the largest, mostly in Brazil.
  - title: Layers of the forest
    points:
      - The emergent layer has the tallest trees, up to 50 m.
      - The canopy below forms a dense roof of leaves.
      - The shrub layer is dark, with few plants.
"""
    for seed in SEEDS:
        plan = planned(pack, seed)
        assert all("Where and what" not in question.prompt for question in of_kind(plan, Short))
        assert of_kind(plan, Short)  # the other card is still asked


def test_a_title_that_places_itself_is_no_timeline_event():
    pack = """title: The First World War
subject: History
cards:
""" + "".join(f"""  - title: {title}
    date: {date}
    points:
      - Something happened that the card explains in its own words, number {index}.
""" for index, (title, date) in enumerate([("The Battle of the Somme", "July 1916"), ("The first tanks", "September 1916"),
                                           ("Passchendaele", "July 1917"), ("The Hundred Days", "August 1918"),
                                           ("The end of the war", "November 1918")]))
    for seed in SEEDS:
        plan = planned(pack, seed, exercises=("timeline",))
        events = [event.text for timeline in of_kind(plan, Timeline) for event in timeline.events]
        assert events and "The end of the war" not in events


def test_a_ruler_is_offered_only_among_other_rulers():
    """Henry VIII beside one playwright is still the only king: a ruler's options are rulers, or there is no question."""
    pack = """title: Elizabethan England
subject: History
cards:
  - title: The theatre
    points:
      - "**William Shakespeare** wrote for the Globe."
      - "**Christopher Marlowe** wrote Doctor Faustus."
      - "**James Burbage** built The Theatre in 1576."
  - title: Religion
    points:
      - The monasteries had been closed by **Henry VIII** in 1536–40.
      - Elizabeth's settlement of 1559 was a middle way.
"""
    def options(text: str, seed: int):
        source = material(text)
        ref = next(ref for ref in source.refs if "monasteries" in source.point(ref).text)
        (term,) = [term for term in source.terms[ref] if term.text == "Henry VIII"]
        shown = source.point(ref).text.replace("Henry VIII", "")
        return distractors(term, source.pool, random.Random(seed), 3, shown, near=ref.card, only_near=False)

    for seed in range(4):
        assert options(pack, seed) is None  # three playwrights beside the one king
        two = pack.replace("Elizabeth's settlement", "After **Edward IV** and **Richard III**, Elizabeth's settlement")
        assert options(two, seed) is None  # two kings beside a playwright: the playwright is struck off at sight
        crowned = options(two.replace("Elizabeth's settlement", "before **James I**, Elizabeth's settlement"), seed)
        assert crowned is not None and set(crowned) == {"Edward IV", "Richard III", "James I"}


def test_a_sub_bullet_and_an_exam_use_note_are_never_statements():
    assert leans_on_previous("– boiling point increases (stronger forces between molecules)")
    assert is_scaffolding("Good contrast for a 'to what extent has planning improved life?' question.")
    assert not is_scaffolding("Lagos is a good example of a megacity.")


def test_a_statement_labelled_with_its_titles_word_is_not_matched_to_it():
    pack = """title: Genetics
subject: Biology
cards:
""" + "".join(f"""  - title: {title}
    points:
      - {point}
""" for title, point in [
        ("Embryo screening – for and against", "For – fewer children are born with serious genetic disorders."),
        ("Cystic fibrosis", "A recessive disorder of cell membranes that makes thick, sticky mucus."),
        ("Polydactyly", "A dominant disorder that gives a person extra fingers or toes."),
        ("Punnett squares", "A grid that shows the possible offspring of two parents."),
        ("Alleles", "Different versions of the same gene, such as blue or brown eye colour.")])
    for seed in SEEDS:
        for match in of_kind(built(pack, seed)[0], Match):
            assert all(not pair.text.startswith("For –") for pair in match.statements)


def _blank_sheet():
    """The material of a pack with nothing to ask, for recording what other questions printed."""
    return material("title: t\ncards:\n  - title: x\n    points:\n      - A point about nothing at all here.\n")


def test_initials_and_a_negated_word_printed_elsewhere_tell_the_answer():
    source = _blank_sheet()
    source.record(["Triage at the CCS sorted the wounded."], [])
    assert source.gives_away(["A gap line"], ["Casualty Clearing Station (CCS)"])
    source.record(["Saturated – only single C–C bonds."], [])
    assert source.gives_away(["Another line"], ["unsaturated"])
    assert not source.gives_away(["Another line"], ["unreactive"])


def test_a_range_is_never_a_blank():
    source = material("""title: Reflexes
subject: Biology
cards:
  - title: Reaction times
    points:
      - Typical human reaction times are around **0.2–0.9 s**.
      - A reflex takes about **0.05 s** from stimulus to response.
""")
    refs = list(source.refs)
    assert [term.text for term in source.hideable(refs[0])] == []


def test_months_states_and_counties_are_no_towns():
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    text = "Flooding hit Tacloban in September; Louisiana and Cumbria flooded too."
    sorts = {name: name_sort(name, text, text.index(name), text.index(name) + len(name), frozenset())
             for name in ("September", "Louisiana", "Cumbria")}
    assert sorts == {"September": "month", "Louisiana": "region", "Cumbria": "region"}
    text = "The season runs from June to November."
    assert name_sort("June to November", text, 21, 37, frozenset()) == "other"


def test_a_condition_of_the_line_before_leans_on_it():
    assert leans_on_previous("Too low → pancreas releases glucagon → glycogen converted back to glucose.")
    assert not leans_on_previous("Too much sugar in the diet causes tooth decay.")


def test_a_foreign_option_agrees_in_number_with_the_answer():
    from studypack.layouts.worksheet.exercises.distractors import foreign_fits
    answer = _term("las tapas – small plates to share", "las tapas", "foreign")
    assert not foreign_fits(answer, "la tortilla española")
    assert foreign_fits(answer, "las patatas bravas")
    assert foreign_fits(_term("die Schule", "die Schule", "foreign"), "das Heft")  # "die" says either


def test_a_year_the_course_line_prints_is_not_asked():
    pack = """title: The Russian Revolution
subject: History
course: GCSE Russia, 1894–1945
cards:
  - title: Nicholas II
    points:
      - Nicholas II ruled from **1894** until he abdicated in **1917**.
      - The war went badly from **1914**, and prices rose.
      - Rasputin was murdered in **1916**.
"""
    source = material(pack)
    ref = source.refs[0]
    assert "1894" not in [term.text for term in source.hideable(ref)]


def test_a_steps_result_after_an_arrow_is_never_a_blank():
    source = material("""title: Moles
subject: Chemistry
cards:
  - title: Reacting masses
    points:
      - Mg to MgO is 1 to 1 → **0.20 mol** of MgO, which has a mass of **8.0 g**.
""")
    assert [term.text for term in source.hideable(source.refs[0])] == ["8.0 g"]


def test_a_letter_that_is_a_word_is_no_hint():
    from studypack.layouts.worksheet.exercises.candidates import first_letter
    text = "Mineral ions enter by active transport."
    assert first_letter(_term(text, "active transport")) == "ac"  # "by a a____" would read as the article
    text = "Water enters by osmosis."
    assert first_letter(_term(text, "osmosis")) == "o"


def test_an_answer_the_sheets_heading_prints_is_not_asked():
    source = material("""title: Energy changes and rates of reaction
subject: Chemistry
cards:
  - title: Measuring rate
    points:
      - The **rate of reaction** is how fast reactants turn into products.
      - A **catalyst** speeds up a reaction without being used up.
""")
    hidden = [term.text for ref in source.refs for term in source.hideable(ref)]
    assert "rate of reaction" not in hidden and "catalyst" in hidden


def test_a_study_note_is_no_point_of_a_mark_scheme():
    assert is_scaffolding("NB cost figures vary a lot between textbooks – quote them as approximate.")
    assert is_scaffolding("Figures vary between sources, so round them.")


def test_an_answer_in_another_form_printed_elsewhere_is_a_give_away():
    source = _blank_sheet()
    source.record(["A transpiration  B condensation  C precipitation  D evaporation"], [])
    assert source.gives_away(["Water vapour cools and ____ to form clouds."], ["condenses"])
    assert not source.gives_away(["Water vapour cools and ____ to form clouds."], ["freezes"])


def test_revision_chatter_is_no_content():
    assert is_scaffolding("Mode, median, range – know how to work them out from a table.")
    assert is_scaffolding("Don't say 'cacti in the Sahara' – there are none.")
    assert is_scaffolding("Aim for three tenses in every answer – past, present, future.")
    assert is_scaffolding("Common slip in the writing paper – no accents on fui/fue.")


def test_a_word_that_is_its_meaning_but_for_a_gender_note_is_not_translated():
    from studypack.layouts.worksheet.exercises.translate import _cognate
    assert _cognate("les maths (f pl)", "maths")
    assert not _cognate("le français (m)", "French")


def test_a_post_is_no_person_and_an_approximate_year_is_not_asked():
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    text = "Wolsey became Cardinal and Lord Chancellor in 1515."
    start = text.index("Lord Chancellor")
    assert name_sort("Lord Chancellor", text, start, start + 15, frozenset()) == "office"
    text = "Cromwell was chief minister from c. 1532; he was executed in 1540."
    assert told_beside(Point(text), _term(text, "1532", "year", year=1532))
    assert not told_beside(Point(text), _term(text, "1540", "year", year=1540))


def test_a_label_and_an_acronym_spelled_in_its_meaning_are_no_words_to_translate():
    from studypack.layouts.worksheet.exercises.translate import translations
    pack = loads("""title: L'école
subject: French
lang: fr
cards:
  - title: Les matières
    points:
      - "**l'EMC** – citizenship (enseignement moral et civique)"
      - "**la jupe** – skirt"
      - "**le théâtre** – drama"
      - "**la salle de classe** – classroom"
  - title: Tenses
    points:
      - "Future – L'année prochaine, **je vais continuer** l'histoire."
      - "**je n'aime pas** – I don't like"
""", "ecole.yaml")
    asked = {(item.shown, item.answer) for item in translations(pack, random.Random(1), 10)}
    shown = {side for pair in asked for side in pair}
    assert "citizenship (enseignement moral et civique)" not in shown and "Future" not in shown
    assert "skirt" in shown or "la jupe" in shown


@pytest.mark.parametrize("text, answer, kind, told", [
    # a formula beside its own words
    ("F = ma – resultant force (N) = mass (kg) × acceleration (m/s²).", "F = ma", "term", True),
    ("F = ma links force and acceleration for a fixed mass.", "F = ma", "term", False),
    # a head its gloss calls "it"
    ("European Green Capital 2015 – the first UK city to win it.", "European Green Capital 2015", "term", True),
    ("Harbourside – old docks turned into flats, bars and museums.", "Harbourside", "term", False),
    # a gas whose formula the line prints
    ("Hydrogen – lit splint held at the mouth of the tube → squeaky pop (2H₂ + O₂ → 2H₂O).", "Hydrogen", "term", True),
    ("Oxygen relights a glowing splint.", "Oxygen", "term", False),
    # a year the line dates by its decade or century
    ("Mendel bred pea plants in the mid-1800s; his work was published in 1866.", "1866", "year", True),
    ("Mendel's work was published in 1866 and ignored until 1900.", "1866", "year", False),
])
def test_what_the_line_tells_beside_the_blank(text, answer, kind, told):
    fields = {"year": int(answer)} if kind == "year" else {}
    assert told_beside(Point(text), _term(text, answer, kind, **fields)) is told


@pytest.mark.parametrize("line", ["Compare with mega-schemes – cheaper, local communities in control.",
                                  "For both, faster rotation → higher peak p.d. and higher frequency."])
def test_a_line_comparing_with_the_line_before_leans_on_it(line):
    assert leans_on_previous(line)


def test_a_question_title_with_a_note_is_asked_as_written():
    from studypack.layouts.worksheet.exercises.short_answers import short_prompt
    assert short_prompt("Why couldn't the USA win? (guerrilla war)", 4) == "Why couldn't the USA win? (guerrilla war)"
    assert short_prompt("Why the war started", 3) == "Explain why the war started."
    assert short_prompt("Why did the war start", 3) == "Why did the war start?"
