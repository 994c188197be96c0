"""Rules from the audit of set AP: a name glossed as a thing is no person, a city is no person whatever "'s" follows
it, and a number its own line says in words is never a blank."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises import Choice
from studypack.layouts.worksheet.exercises.beside import told_beside
from studypack.layouts.worksheet.exercises.kinds import defined_as_thing
from studypack.layouts.worksheet.exercises.terms import Term, pack_words, terms_of
from studypack.source import loads
from studypack.source.model import Point
from sheet_builds import built, hideable, of_kind

CIVIL_WAR = """title: The English Civil War
subject: History
cards:
  - title: Personal Rule
    points:
      - In 1629 Charles dissolved Parliament and ruled without one for **11 years** – the "Eleven Years' Tyranny".
      - "**Ship Money** – an old tax on coastal counties for the navy, spread to all counties in 1635."
      - "**John Hampden** refused to pay it in 1637 and lost his case by 7 votes to 5."
      - "**William Laud** became Archbishop of Canterbury in 1633."
  - title: The road to war
    points:
      - "**Ship Money** declared illegal in 1641, with the Triennial Act."
      - The King's chief adviser **Thomas Wentworth** was executed in May 1641.
      - "**John Pym** led the Long Parliament from November 1640."
      - "**Prince Rupert** led the King's cavalry."
  - title: Sides
    points:
      - "Parliamentarians were strong in **London**, the south-east and the ports."
      - "London's trained bands stopped the King at **Turnham Green** in 1642."
      - The King made **Oxford** his capital for the war.
      - Charles raised his standard at **Nottingham** in August 1642.
"""


def _sorts(text: str) -> dict[str, str]:
    pack = loads(text, "notes.yaml")
    words = pack_words(pack.cards)
    return {term.text: term.sort for card in pack.cards for point in card.points for term in terms_of(point, words)}


def test_a_name_the_pack_glosses_as_a_thing_is_no_person_though_a_verb_follows_it_elsewhere():
    assert defined_as_thing("Ship Money – an old tax on coastal counties") == "Ship Money"
    assert defined_as_thing("Rupert – the King's nephew, a cavalry commander") is None
    assert defined_as_thing("John Pym – a leader of the Commons") is None
    sorts = _sorts(CIVIL_WAR)
    assert sorts["Ship Money"] != "person" and sorts["John Pym"] == "person"


def test_a_city_is_a_place_though_the_pack_writes_its_name_with_an_apostrophe_s():
    sorts = _sorts(CIVIL_WAR)
    assert sorts["London"] == "place" and sorts["Oxford"] == "place"


def test_no_multiple_choice_offers_a_tax_or_a_city_among_people():
    people = {"John Hampden", "William Laud", "Thomas Wentworth", "John Pym"}
    for seed in ("1", "2", "3", "4"):
        plan, _, _ = built(CIVIL_WAR, seed)
        for question in of_kind(plan, Choice):
            options = set(question.options)
            if options & people:
                assert not options & {"Ship Money", "London", "Oxford", "Nottingham"}, question


def test_a_number_its_own_line_says_in_words_is_never_a_blank():
    text = 'Ruled without one for 11 years – the "Eleven Years\' Tyranny".'
    point = Point(text)
    start = text.index("11 years")
    term = Term("11 years", start, start + 8, "number", "number:11 years", True, sort="years")
    assert told_beside(point, term)
    assert "11 years" not in hideable(CIVIL_WAR, "In 1629")
    other = "Parliament sat for 11 years in all."
    start = other.index("11 years")
    assert not told_beside(Point(other), Term("11 years", start, start + 8, "number", "number:11 years", True,
                                              sort="years"))
