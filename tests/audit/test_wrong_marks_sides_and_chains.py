"""Round FB–FD of the unseen-pack audit: a sum runs on past a semicolon to its bolded result and is asked once, a
line marked wrong, a table's row or a call to read the question is no content, a line that takes a side or opens
on "BUT:" leans on another, a why-card's chain of clauses is its reason and a why-card missing one is not asked, a
name with its style after a comma is called by its first word, a text a law is set down in is a document, and a list
of words with one meaning is not translated."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.candidates import _letter, _within_titles
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.material import _telling, title_topic
from studypack.layouts.worksheet.exercises.questions import Calc, PointRef, Short
from studypack.layouts.worksheet.exercises.roles import OTHER_THAN, is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.translate import vocabulary
from studypack.source import loads
from sheet_builds import material, of_kind, pack_yaml, planned


def test_a_sum_running_past_a_semicolon_is_keyed_by_its_bolded_result_and_its_figures_are_asked_once():
    percentages = pack_yaml("Percentages", "Maths", [
        ("Finding a percentage of an amount", ["e.g. 35 % of £60 → 10 % = £6, so 30 % = £18; 5 % = £3 → 35 % = 18 + 3 "
                                               "= **£21**"]),
        ("Multipliers", ["35 % of 60 → 0.35 × 60 = 21", "e.g. decrease 350 kg by 12 % → 350 × 0.88 = **308 kg**"])])
    plan = planned(percentages, "1", exercises=("calc",))
    results = [calc.result for calc in of_kind(plan, Calc)]
    assert "£21" in results and "£18" not in results and "21" not in results and "308 kg" in results


def test_a_line_marked_wrong_a_tables_row_and_a_call_to_read_the_question_are_no_content():
    assert is_scaffolding("Saying covalent BONDS break when simple molecules melt ✗ – it's the intermolecular forces")
    assert is_scaffolding("α: He nucleus | +2 | stopped by paper | approx. 5 cm air | strongly ionising")
    assert is_scaffolding("Often only outer shell needed – read the question!")
    assert not is_scaffolding("Graphite conducts because of delocalised electrons, not ions")


def test_a_line_taking_a_side_or_opening_on_a_shouted_but_leans_on_the_question_before_it():
    assert leans_on_previous("BUT: weather is naturally variable, records only go back approx. 150 years")
    assert leans_on_previous("Evidence YES: all of the UK's 10 warmest years on record have been this century")
    assert leans_on_previous("Against – wind farms spoil the view")
    assert not leans_on_previous("Forests cover about 13% of the UK.")
    assert title_topic("What is the UK's climate like?") == "UK's climate"


def test_a_why_card_is_no_short_answer_and_its_topic_neighbour_is():
    alloys = pack_yaml("Bonding", "Chemistry", [
        ("Why are alloys harder than pure metals?", [
            "**Alloy** = mixture of a metal with other elements, e.g. steel (iron + carbon)",
            "Different sized atoms **distort the layers**",
            "→ layers can't slide over each other so easily → alloy harder",
            "Pure metals (e.g. pure gold, iron) often too soft for everyday use"]),
        ("Metallic bonding", ["Metals are a giant lattice of **positive ions** in a sea of **delocalised electrons**.",
                              "The strong attraction between them gives metals high melting points.",
                              "Delocalised electrons carry charge, so metals **conduct electricity**."])])
    plan = planned(alloys, "1", exercises=("short",))
    assert [short.card for short in of_kind(plan, Short)] == [1]


def test_a_styled_name_is_called_by_its_first_word_and_a_law_is_set_down_in_a_document():
    wars = pack_yaml("Wars of the Roses", "History", [
        ("Richard III and the Princes", ["Edward V's uncle **Richard, Duke of Gloucester** = Protector",
                                         "Richard seized the boy king at Stony Stratford."])])
    assert material(wars)._handle("Richard, Duke of Gloucester") == "Richard"
    text = "Claimed Edward IV's marriage invalid (later made law in Titulus Regius, 1484)"
    start = text.index("Titulus")
    assert name_sort("Titulus Regius", text, start, start + len("Titulus Regius"), frozenset()) == "document"


def test_the_head_of_a_long_answer_printed_elsewhere_tells_it():
    assert "human genome" in _telling("whole human genome")


def test_a_list_of_words_glossed_by_one_meaning_is_not_translated():
    town = ("title: En la ciudad\nsubject: Spanish\nlang: es\ncards:\n  - title: Sitios\n    points:\n"
            "      - el **hospital**, el **aeropuerto**, la **comisaría** – police station\n"
            "      - la **farmacia** – chemist's\n      - el **ayuntamiento** – town hall\n")
    assert [word for _, word, _ in vocabulary(loads(town, "x.yaml"))] == ["la farmacia", "el ayuntamiento"]


def test_a_wrong_year_stays_inside_the_packs_span_and_after_the_event_its_card_is_dated_by():
    term = material(pack_yaml("T", "History", [("A", ["Stalin lifted the blockade **12 May 1949**."])])).terms
    answer = next(iter(term.values()))[0]
    assert _within_titles((None, None), answer, ("Berlin Blockade and Airlift", "The Cold War, 1945–62"), 1948) \
        == (1947, 1963)


def test_a_ships_name_shows_no_letter_of_its_prefix_and_an_other_title_is_no_matching_title():
    navy = pack_yaml("The First World War", "History", [
        ("The naval race", ["Britain launched **HMS Dreadnought** in 1906 – all big guns, faster than any battleship.",
                            "Germany answered with dreadnoughts of its own."])])
    source = material(navy)
    term = source.terms[PointRef(0, 0)][0]
    assert term.text == "HMS Dreadnought" and _letter(source, term) == ""
    assert OTHER_THAN.match("Other key battles on the Western Front")
