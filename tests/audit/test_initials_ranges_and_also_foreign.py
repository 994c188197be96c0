"""Round FE–FG of the unseen-pack audit: a share of something ("Most
went …") or a verb-first line leans on what names it, a figure after × or in a range is no year and no blank, a
bracketed symbol printed beside its blank tells it, a figure in brackets in another unit tells it, a ruler needs
a ruler beside it in the box, a date is no calculation, a rhyme is no content, a label before a line of words is
left off, an English word that is also a word of the language is asked the other way, and a definition is no
answer to what can be done."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.allocate import _peers
from studypack.layouts.worksheet.exercises.questions import Calc, PointRef, Short, Translate
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.translate import vocabulary
from studypack.source import loads
from sheet_builds import built, hideable, material, of_kind, pack_yaml, planned


def test_a_share_of_something_or_a_verb_first_line_leans_on_what_names_it():
    assert leans_on_previous("Most went straight through → atom is mostly empty space")
    assert not leans_on_previous("Most metals are good conductors.")
    nerves = pack_yaml("The nervous system", "Biology", [
        ("What does the nervous system do?", ["Lets us **detect** changes in our surroundings + **coordinate** "
                                              "our behaviour"]),
        ("Reflexes", ["A **reflex** is fast and automatic, and it protects the body from harm."])])
    assert material(nerves).context(PointRef(0, 0), []) is None


def test_a_figure_after_a_times_sign_or_in_a_range_is_no_year_and_no_blank():
    cells = pack_yaml("Cells", "Biology", [("Light microscope", [
        "Max magnification approx. ×1500–2000", "A light microscope has a resolution of about 200 nm."])])
    assert [term.kind for term in material(cells).terms[PointRef(0, 0)]] == ["number", "number"]
    assert hideable(cells, "Max") == []


def test_a_symbol_or_another_unit_printed_beside_a_blank_tells_it():
    physics = pack_yaml("Radiation", "Physics", [
        ("Radiation dose", ["Risk measured as **radiation dose** in **sieverts (Sv)**. 1000 mSv = 1 Sv."]),
        ("Atmospheric pressure", ["At sea level approx. **100 000 Pa** (c. 101 kPa)"])])
    assert "sieverts (Sv)" not in hideable(physics, "Risk")
    assert hideable(physics, "At sea level") == []


def test_a_ruler_in_a_word_box_needs_another_ruler_beside_it():
    source = material(pack_yaml("Reformation", "History", [("Edward VI", [
        "Edward died in 1553 → Catholic **Mary I** took the throne.",
        "**Sir Thomas More** refused the oath and was executed.",
        "**Anne Askew** was burned as a heretic in 1546."])]))
    mary, more, askew = (source.terms[PointRef(0, point)][0] for point in range(3))
    assert _peers(more, askew, source.pool) and not _peers(mary, more, source.pool)


def test_a_date_reached_along_arrows_is_no_calculation():
    monasteries = pack_yaml("Reformation", "History", [("Dissolution of the Monasteries", [
        "1536 Act – smaller houses closed first",
        "1539 Act – larger houses → by 1540 all gone (Waltham Abbey last, March 1540)",
        "e.g. 800 houses at £200 each → 800 × 200 = **£160,000**"])])
    plan = planned(monasteries, "1", exercises=("calc",))
    assert [calc.result for calc in of_kind(plan, Calc)] == ["£160,000"]


def test_a_rhyme_is_no_content_and_a_label_before_a_line_of_words_is_left_off():
    assert is_scaffolding("Rhyme: Rich Men In Vegas Use eXpensive Gadgets")
    free_time = ("title: Freizeit\nsubject: German\nlang: de\ncards:\n  - title: Time words\n    points:\n"
                 "      - \"Key time words: letztes Wochenende – last weekend; gestern – yesterday\"\n")
    assert [(word, meaning) for _, word, meaning in vocabulary(loads(free_time, "x.yaml"))] \
        == [("letztes Wochenende", "last weekend"), ("gestern", "yesterday")]


def test_an_english_word_that_is_also_a_word_of_the_language_is_asked_the_other_way():
    family = ("title: La familia\nsubject: Spanish\nlang: es\ncards:\n  - title: Family\n    points:\n"
              + "".join(f"      - {word} – {meaning}\n" for word, meaning in [
                  ("el hijo", "son"), ("la hija", "daughter"), ("el tío", "uncle"), ("la tía", "aunt"),
                  ("el abuelo", "grandfather"), ("la abuela", "grandmother"), ("el primo", "cousin"),
                  ("el hermano", "brother")]))
    for seed in "123":
        plan = planned(family, seed, exercises=("translate",))
        assert all(not (question.reverse and question.shown == "son") for question in of_kind(plan, Translate))


def test_a_definition_is_no_answer_to_what_can_be_done():
    forests = pack_yaml("Rainforests", "Geography", [("Sustainable management – what can be done?", [
        "Sustainable = meeting needs today without damaging the ability of future generations to meet theirs",
        "**Selective logging** – only some trees felled, the canopy stays",
        "**Ecotourism** – brings money in, so locals keep the forest",
        "**Education** – teaches people why the forest matters",
        "**Protected areas** – national parks where felling is banned"])])
    plan, _, key = built(forests + "  - title: Deforestation\n    points:\n"
                                   "      - Cattle ranching clears the most forest.\n"
                                   "      - Logging roads open the forest to settlers.\n", "1", exercises=("short",))
    assert [short.card for short in of_kind(plan, Short)] == [1]  # (a question's notes answer it only in part)


def test_a_word_shouted_for_stress_is_no_name_and_a_plain_figure_is_no_blank_where_the_author_marks_terms():
    pack = pack_yaml("Heart and rivers", "Science", [
        ("Heart diagrams", ["Left & right on a heart diagram are the PATIENT's – i.e. reversed from yours",
                            "The **left ventricle** has the thickest wall."]),
        ("Flood causes", ["Rivers not dredged for c. 20 yrs (silted up) – a big local complaint",
                          "**Impermeable** surfaces in towns increase runoff."])])
    source = material(pack)
    assert [term.text for term in source.terms[PointRef(0, 0)]] == []
    assert hideable(pack, "Rivers not dredged") == []


def test_a_title_of_reasons_without_a_question_mark_still_asks_one():
    from studypack.layouts.worksheet.exercises.short_answers import asks_a_question
    assert asks_a_question("Dissolution of the monasteries – why?")
    assert asks_a_question("Why Henry closed the monasteries")
    assert not asks_a_question("Dissolution of the monasteries")
