"""Rules from the audits of sets AF and AG: a chain's next link, amounts stepping up to the answer, titles that ask
nothing or place themselves, a formula beside its words, a head its gloss calls "it"."""
from __future__ import annotations

import re

import pytest

from studypack.layouts.worksheet.exercises import Short, Timeline
from studypack.layouts.worksheet.exercises.beside import told_beside
from studypack.layouts.worksheet.exercises.distractors import scaled
from studypack.layouts.worksheet.exercises.roles import leans_on_previous
from studypack.layouts.worksheet.exercises.terms import Term
from studypack.source.model import Point
from sheet_builds import built, of_kind

SEEDS = ("1", "2", "3", "4")


def _term(text: str, answer: str, kind: str = "term") -> Term:
    start = text.index(answer)
    return Term(answer, start, start + len(answer), kind, f"{kind}:{answer.casefold()}", True)


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
        plan, _, _ = built(pack, seed)
        assert all("Where and what" not in question.prompt for question in of_kind(plan, Short))
        assert of_kind(plan, Short)  # the other card is still asked


def test_a_formula_is_not_asked_beside_its_own_words():
    text = "F = ma – resultant force (N) = mass (kg) × acceleration (m/s²)."
    assert told_beside(Point(text), _term(text, "F = ma"))
    text = "F = ma links force and acceleration for a fixed mass."
    assert not told_beside(Point(text), _term(text, "F = ma"))


def test_a_head_its_gloss_calls_it_is_not_asked():
    text = "European Green Capital 2015 – the first UK city to win it."
    assert told_beside(Point(text), _term(text, "European Green Capital 2015"))
    text = "Harbourside – old docks turned into flats, bars and museums."
    assert not told_beside(Point(text), _term(text, "Harbourside"))


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
        plan, _, _ = built(pack, seed, exercises=("timeline",))
        events = [event.text for timeline in of_kind(plan, Timeline) for event in timeline.events]
        assert events and "The end of the war" not in events
