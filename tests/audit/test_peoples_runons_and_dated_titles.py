"""Round OW–OX of the unseen-pack audit: a place is not asked beside its people's word ("F____ – Flemish towns"), a
point written over two lines is no short answer's scheme, a timeline event keeps off the sheet the title that prints
its year, and a state named for another ("Gran Colombia") or a capital ("Lima") is never offered among people."""
from __future__ import annotations

from sheet_builds import material, pack_yaml, planned, scheme_texts
from studypack.layouts.worksheet.exercises.candidates import _gap, _people_printed
from studypack.layouts.worksheet.exercises.events import event_candidates
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.questions import Match, PointRef, Timeline


def test_a_place_beside_its_peoples_word_is_no_gap():
    assert _people_printed("Flanders", "English wool exports to  – Flemish towns relied on English wool.")
    assert _people_printed("Spain", "the Spanish fleet sailed")
    assert not _people_printed("Calais", "the English held it until 1558")
    source = material(pack_yaml("The Hundred Years War", "History", [("Causes of the war", [
        "Economic: English **wool** exports to **Flanders** – Flemish towns relied on English wool.",
        "**Edward III** claimed the French throne through his mother."])]))
    gap = _gap(source, PointRef(0, 0))
    assert gap is None or "Flanders" not in [blank.text for blank in gap.answers]


def test_a_point_written_over_two_lines_makes_no_short_answer():
    text = pack_yaml("The Hundred Years War", "History", [
        ("Treaty of Brétigny", ["Edward III gave up his claim to the French throne…",
                                "…in return for **Aquitaine** in full sovereignty, plus **Calais** and **Ponthieu**.",
                                "Ransom for John II = **3 million écus**.",
                                "The high point of English success in the 14th century."]),
        ("French recovery under Charles V", ["**Bertrand du Guesclin** avoided pitched battles.",
                                             "The French retook most of Aquitaine by **1380**.",
                                             "New taxes paid for a standing force."])])
    assert scheme_texts(material(text), 0) == []
    assert scheme_texts(material(text), 1)


BORNEO = """title: Deforestation in Borneo
subject: Geography
cards:
  - title: Logging
    date: 1970
    points: ["Commercial logging of hardwood began on a large scale in the **1970s**.", "Roads opened the forest."]
  - title: Heart of Borneo
    date: February 2007
    points: ["In February **2007** three governments signed the **Heart of Borneo** declaration.",
             "It covers about **220,000 km²** of forest."]
  - title: Peatlands and the 2015 fires
    date: 2015
    points: ["**Peat** = waterlogged, part-rotted plant matter that stores carbon.",
             "In **2015** an **El Niño** drought and clearing fires burned about **2.6 million ha** in Indonesia.",
             "**Haze** spread to Singapore and Malaysia."]
  - title: Palm oil boom
    date: 2004
    points: ["In **2004** the **RSPO** was set up to certify sustainable palm oil.",
             "Malaysia and Indonesia grow most of the world's palm oil."]
  - title: Orangutans
    points: ["Numbers fell by more than half between **1999** and **2015**.", "They need large areas of forest."]
"""


def test_an_event_cut_from_a_line_claims_its_card_where_the_title_prints_its_year():
    source = material(BORNEO)
    fires = next(candidate for candidate in event_candidates(source) if "El Niño" in candidate.event.text)
    assert set(fires.uses) == {PointRef(2, 0), PointRef(2, 1), PointRef(2, 2)}
    for seed in "1234":
        plan = planned(BORNEO, seed)
        events = [event.text for timeline in (q for s in plan.exercises.sections for q in s.questions
                                              if isinstance(q, Timeline)) for event in timeline.events]
        titles = [pair.title for match in (q for s in plan.exercises.sections for q in s.questions
                                           if isinstance(q, Match)) for pair in match.pairs]
        if any("El Niño" in event for event in events):
            assert "Peatlands and the 2015 fires" not in titles, seed


def test_a_state_named_for_another_and_a_capital_are_no_people():
    line = "Gran Colombia broke up in 1830 into Venezuela, New Granada and Ecuador."
    assert name_sort("Gran Colombia", line, 0, 13, frozenset()) == "country"
    line = "He entered Lima and proclaimed independence."
    assert name_sort("Lima", line, 11, 15, frozenset({"Lima"})) == "place"
    assert name_sort("Philip of Spain", "Mary married Philip of Spain.", 13, 28, frozenset()) != "country"
