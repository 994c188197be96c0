"""Rules from the audits of sets BK and BL: a line under a "What is …?" title is printed under the thing the title
asks about; a line opening on a typical amount is never printed bare; a person named after a rank ("Lieutenant
____") gets no multiple choice; "Gulf of Tonkin" printed tells "Gulf of Tonkin Resolution"; "unequal" is akin to a title's
"inequality"; the 1 of "1 in 25" is no blank; "good evaluation point" is a note to self; a teaser question before a
title's topic is left out of its prompt; cards tagged with one topic are never matched against each other; an author's
"(recall this one!)" is left off a stem; "die Zukunft" is printed in a title of "Zukunftspläne"."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises.claims import Claims
from studypack.layouts.worksheet.exercises.distractors import distractors
from studypack.layouts.worksheet.exercises.material import _akin, _telling, title_topic
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.short_answers import short_prompt
from studypack.layouts.worksheet.exercises.translate import _printed_in
from studypack.layouts.worksheet.exercises.words import content_words
from studypack.source import loads
from sheet_builds import hideable, material, pack_yaml

STORMS = pack_yaml("Tropical storms", "Geography", [
    ("What is a tropical storm?", ["Typically around **500 km** across, though the biggest are much wider.",
                                   "Named **hurricanes** in the Atlantic and **typhoons** in the north-west Pacific."]),
    ("Effects", ["Heavy rain brings **landslides** on steep slopes.", "Storm surges flood the **coast**."])])


def _context(text: str, point: str) -> str:
    source = material(text)
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith(point))
    context = source.context(ref, [term for term in source.terms[ref] if term.text == "500 km"])
    return "".join(segment.text for segment in context) if context is not None else "(refused)"


def test_a_what_is_title_names_the_topic_a_line_is_printed_under():
    assert title_topic("What is a tropical storm?") == "Tropical storm"
    assert title_topic("Who was Martin Luther?") == "Martin Luther"
    assert title_topic("Why did the Armada fail?") == "Why did the Armada fail?"
    assert title_topic("What affects the rate of diffusion?") == "Rate of diffusion"  # "Rate of diffusion: Higher
    # t____ → faster"
    assert _context(STORMS, "Typically") == "Tropical storm: "


def test_a_line_opening_on_a_typical_amount_keeps_its_topic():
    asked = STORMS.replace("What is a tropical storm?", "Why do they matter?")
    assert _context(asked, "Typically") == "(refused)"


VIETNAM = pack_yaml("Vietnam", "History", [
    ("My Lai", ["Led by Lieutenant **William Calley**; covered up until 1969.",
                "**Richard Nixon** promised peace with honour."]),
    ("Protest", ["**Martin Luther King** spoke against the war in 1967.", "**Muhammad Ali** refused the draft."]),
    ("Peace", ["**Henry Kissinger** met **Le Duc Tho** in Paris."])])


def test_a_person_after_a_rank_is_offered_among_no_civilians():
    source = material(VIETNAM)
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("Led by"))
    (term,) = [term for term in source.terms[ref] if term.text == "William Calley"]
    shown = source.point(ref).text.replace("William Calley", "", 1)
    assert distractors(term, source.pool, random.Random(1), 3, shown) is None
    (nixon_ref,) = [ref for ref in source.refs if source.point(ref).text.startswith("**Richard")
                    or source.point(ref).text.startswith("Richard")]
    (nixon,) = [term for term in source.terms[nixon_ref] if term.text == "Richard Nixon"]
    assert distractors(nixon, source.pool, random.Random(1), 3, source.point(nixon_ref).text.replace("Richard Nixon", "", 1))


def test_a_name_with_a_joining_word_is_told_by_its_own_words():
    assert "Tonkin" in _telling("Gulf of Tonkin Resolution")
    assert "Resolution" not in _telling("Gulf of Tonkin Resolution")  # a kind of thing, printed anywhere


def test_a_negated_answer_is_akin_to_its_titles_noun():
    assert _akin(content_words("unequal"), content_words("Social inequality in Rio"))
    assert not _akin(content_words("unequal"), content_words("Squatter settlements in Rio"))


def test_the_one_of_a_one_in_n_ratio_is_no_blank():
    carriers = pack_yaml("Inheritance", "Biology", [("Cystic fibrosis", [
        "About 1 in 25 people in the UK carry the CF allele.", "Caused by a **recessive** allele."])])
    assert "1" not in hideable(carriers, "About 1 in 25")


def test_a_revision_note_in_a_line_makes_it_advice():
    assert is_scaffolding("Cable car stopped running in 2016 after funding problems – good evaluation point.")
    assert not is_scaffolding("Cable car stopped running in 2016 after funding problems.")


def test_a_teaser_question_before_a_title_leaves_its_topic_to_write_about():
    assert short_prompt("Who was who? The social hierarchy", 4) == "Write four points about: The social hierarchy."
    assert short_prompt("Why crack? Supply and demand", 2) == "Write two points about: Why crack? Supply and demand."
    assert short_prompt("Why did the Armada fail?", 4) == "Why did the Armada fail?"


_TAGGED = """title: Vietnam
subject: History
cards:
  - title: My Lai massacre
    tags: [opposition]
    points: [Soldiers killed villagers at My Lai.]
  - title: Opposition at home
    tags: [opposition, home]
    points: [Students burned draft cards.]
  - title: Tet Offensive
    tags: [war]
    points: [Attacks on a hundred towns.]
  - title: Rolling Thunder
    tags: [war]
    points: [Bombing of the North.]
  - title: Vietnamisation
    tags: [nixon]
    points: [Troops withdrawn.]
"""


def test_cards_their_author_tagged_with_one_topic_are_related():
    claims = Claims(loads(_TAGGED))
    assert claims.related(0, 1) and claims.related(2, 3) and not claims.related(0, 2)
    crowded = Claims(loads(_TAGGED.replace("[opposition]", "[war]").replace("[opposition, home]", "[war, home]")))
    assert not crowded.related(2, 3)  # a tag on most cards says nothing


def test_an_authors_note_in_brackets_is_left_off_a_stem():
    motion = pack_yaml("Motion", "Physics", [("Speed", [
        "**Speed** = distance travelled ÷ time taken (recall this one!)", "Walking is about **1.5 m/s**."]),
        ("Counting", ["There are **6** orders of 3 things (3!) in all."])])
    source = material(motion)
    printed = ["".join(segment.text for segment in source.segments(ref, {})) for ref in source.refs]
    assert printed[0] == "Speed = distance travelled ÷ time taken"
    assert printed[2] == "There are 6 orders of 3 things (3!) in all."  # a factorial is no note


def test_a_word_opening_a_compound_of_the_sheets_title_is_printed_there():
    assert _printed_in("die Zukunft", "schule und zukunftspläne – school and future plans")
    assert _printed_in("the future", "schule und zukunftspläne – school and future plans")
    assert not _printed_in("die Prüfung", "schule und zukunftspläne – school and future plans")


def test_a_line_doing_something_to_them_leans_on_the_line_before():
    assert leans_on_previous("Measure them – light meter (lux), thermometer, soil pH probe.")
    assert not leans_on_previous("Measure light with a light meter (lux).")
