"""Rules from the audits of sets CK, CL and CM: a five-letter answer in another form beside its blank tells it; so
do a quantity's unit, a pair's other half and a share of a printed figure. A thing's pronoun after a place leans on
the line before; a tip or a mnemonic is neither true nor false, nor is a part's whole swapped in for it; an aspect
with no topic and a where-question are no short answers, and a definition is no reason; a people is no place; a key
term's line matches no title."""
from __future__ import annotations

from pathlib import Path

import pytest

from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises.candidates import _GUARDED
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.matching import definition_candidates, match_candidates
from studypack.layouts.worksheet.exercises.questions import Short
from studypack.layouts.worksheet.exercises.roles import leans_on_previous, starts_with_pronoun
from studypack.layouts.worksheet.exercises.short_answers import _names_no_topic
from studypack.source import loads
from sheet_builds import hideable, material, of_kind, pack_yaml, planned


def test_a_five_letter_answer_in_another_form_beside_the_blank_tells_it():
    evolution = pack_yaml("Evolution", "Biology", [
        ("Antibiotic resistance", ["Doctors should not give antibiotics for **viral** infections – they do not work on viruses.",
                                   "Bacteria with a **mutation** survive and pass it on."])])
    assert "viral" not in hideable(evolution, "Doctors")


def test_a_quantitys_unit_beside_the_blank_tells_it():
    metals = pack_yaml("Transition metals", "Chemistry", [
        ("Properties", ["Higher **density** – iron 7.9 g/cm^3^ vs sodium 0.97 g/cm^3^.",
                        "Higher **melting points** than the Group 1 metals."])])
    assert hideable(metals, "Higher density") == []
    assert "melting points" in hideable(metals, "Higher melting")


def test_one_half_of_a_pair_beside_the_other_tells_it():
    regeneration = pack_yaml("Regeneration", "Geography", [
        ("Key words", ["**Top-down** = run by government; **bottom-up** = led by local communities.",
                       "**Gentrification** – richer people move into a poorer area."])])
    assert hideable(regeneration, "Top-down") == []


def test_a_share_of_a_figure_printed_beside_the_blank_tells_it():
    crash = pack_yaml("The Crash", "History", [
        ("The Wall Street Crash", ["The index peaked at about **381** and fell to about **41** by 1932 – roughly 90% of "
                                   "its value gone.",
                                   "Shares worth **$30 billion** were lost in a week."])])
    assert hideable(crash, "The index") == []


def test_a_things_pronoun_after_a_place_leans_on_the_line_before():
    urea = pack_yaml("Homeostasis", "Biology", [
        ("Urea – where does it come from?", ["Excess **amino acids** cannot be stored in the body.",
                                             "In the **liver** they are broken down – this makes **ammonia**."])])
    source = material(urea)
    ref = next(ref for ref in source.refs if source.point(ref).text.startswith("In the"))
    assert source.context(ref, []) is None
    assert leans_on_previous("Much quicker than adding up every route with one or more.")
    assert not starts_with_pronoun("In October 1957 Khrushchev sacked Zhukov.")


@pytest.mark.parametrize("statement, guarded", [
    ("Field lines go from north to south (outside the magnet). Arrows on every line!", True),
    ("It's redox: chlorine is reduced, bromide ions are oxidised. OIL RIG.", True),
    ("Genes are sections of DNA.", False),
    ("Both the UK and USA signed it – a treaty of two sides.", False),
    ("The metal is cut with a knife – soft and shiny.", False),
])
def test_a_statement_ending_on_a_tip_or_a_mnemonic_is_no_true_or_false_item(statement, guarded):
    assert bool(_GUARDED.search(statement)) is guarded


@pytest.mark.parametrize("title, topicless", [
    ("Immediate responses", True), ("Management case studies", True), ("Economic opportunities", True),
    ("Responses to the Nepal earthquake", False), ("The Wall Street Crash", False),
])
def test_a_title_naming_only_an_aspect_names_no_topic(title, topicless):
    assert _names_no_topic(title) is topicless


def test_questions_and_aspect_titles_are_no_short_answers():
    pack = pack_yaml("Tectonic hazards", "Geography", [
        ("Why does Nepal get earthquakes?", [
            "Nepal sits on a **convergent** plate margin.", "The Indian plate moves north about **5 cm** a year.",
            "Neither plate sinks, so the crust crumples into **fold mountains**.",
            "Pressure builds where the plates lock, then is released suddenly.",
            "Key term – **focus**: the point underground where the rock breaks."]),
        ("Immediate responses", ["Rescue teams flew in from India and China.", "Field hospitals were set up in tents.",
                                 "Helicopters reached villages cut off by landslides."]),
        ("Where are the transition metals?", ["In the central block of the table.",
                                              "They form coloured compounds.", "They are good catalysts."]),
        ("Plate margins", ["At a **destructive** margin one plate sinks under another.",
                           "At a **constructive** margin the plates move apart.",
                           "At a **conservative** margin the plates slide past each other."]),
    ])
    plan = planned(pack, "1", exercises=("short",))
    assert [short.prompt for short in of_kind(plan, Short)] == ["Write two points about: Plate margins."]


def test_a_people_named_in_one_word_is_no_place():
    text = "Strong support from Afrikaners, many of them poor white farmers."
    start = text.index("Afrikaners")
    assert name_sort("Afrikaners", text, start, start + len("Afrikaners"), frozenset()) == "people"
    place = "He was arrested at Liliesleaf Farm in 1963."
    assert name_sort("Liliesleaf Farm", place, 19, 34, frozenset()) == "place"


def test_a_key_term_line_is_no_matching_statement_and_a_second_definition_spoils_a_first():
    crusades = pack_yaml("The Crusades", "History", [
        ("The fall of Edessa", ["Zengi took **Edessa** in 1144 – the first crusader state lost.",
                                "Key term – **jihad**: holy struggle, here war to win back land from the Franks."]),
        ("Sets", ["**n(A)** – the number of elements in set A. A ∩ B′ = in A but not B.",
                  "**Universal set** – everything being considered in the question."])])
    source = material(crusades)
    statements = [source.point(candidate.uses[0]).text for candidate in match_candidates(source)]
    assert not any(text.startswith("Key term") for text in statements)
    defined_terms = [source.point(candidate.uses[0]).text.split(" –")[0] for candidate in definition_candidates(source)]
    assert "n(A)" not in defined_terms and "Universal set" in defined_terms


def test_where_matching_would_leave_no_gap_fill_the_gaps_are_chosen_first():
    """The matching titles "Metal hydroxides – testing with sodium hydroxide" and the like print the answers of
    every gap the pack offers, when matching chooses first."""
    text = (Path(__file__).parent / "fresh" / "chemistry_analysis.yaml").read_text(encoding="utf-8")
    plan = worksheet.plan(loads(text, "chemistry_analysis.yaml"), WorksheetOptions(seed="1"))
    names = [section.name for section in plan.exercises.sections]
    assert "gap" in names and "match" in names
    assert not any("no gap fill" in warning for warning in plan.warnings)
    other = worksheet.plan(loads(text, "chemistry_analysis.yaml"), WorksheetOptions(seed="2"))
    assert "gap" in [section.name for section in other.exercises.sections]  # (with no multiple choice on its ions,
    # their lines are left to gap fill)
