"""Rules from the audits of sets BM and BN: an acronym is no town; "lost" and "minerals" printed tell "lose" and
"mineral ions"; a meaning holding words of the language is no meaning; "(see Shell cards)", "know one example of each"
and "set both aside" are no content to ask alone; "Key clauses of …" is no event; a title about "the diagram" is no
prompt; a list's labels under "challenges" or "effects" are no gaps; a definition spelling its term's root is not
matched."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.allocate import _root_inside
from studypack.layouts.worksheet.exercises.events import surveys
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.material import _overlapping, _root_told, _telling
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.short_answers import _SHOWN_ELSEWHERE
from studypack.layouts.worksheet.exercises.translate import vocabulary
from studypack.source import loads
from sheet_builds import hideable, pack_yaml


def test_an_acronym_after_to_is_no_town():
    text = "Sends troops to UN and African Union missions."
    assert name_sort("UN", text, 16, 18, frozenset()) == "other"
    assert name_sort("Lagos", "Sends troops to Lagos.", 16, 21, frozenset()) == "place"


def test_another_form_of_a_short_verb_or_a_twoword_answers_first_word_tells_it():
    assert _root_told("has lost or gained electrons", "gain") and _root_told("has lost or gained electrons", "lose")
    assert not _root_told("gaining weight", "gall")
    assert "mineral" in _telling("mineral ions")
    assert _root_told("for absorbing water and minerals", "mineral")


def test_a_meaning_holding_words_of_the_language_is_no_meaning():
    pack = loads("""title: Fiestas
subject: Spanish
cards:
  - title: Festivals
    points:
      - la **Feria de Abril** (Sevilla) – two weeks after Easter; flamenco dresses and **casetas** (marquees)
      - el **Carnaval** – before Lent (la **Cuaresma**)
      - Mix them – Mientras **bailábamos**, **empezaron** los fuegos.
      - el **móvil** – mobile phone (also **el teléfono móvil**)
      - la **Pascua** – Easter
""")
    words = [word for _, word, _ in vocabulary(pack)]
    assert words == ["el móvil", "la Pascua"], words


def test_pointers_notes_and_objects_of_the_line_before_are_not_asked_alone():
    assert is_scaffolding("Oil spills + gas flaring in the Niger Delta (see Shell cards).")
    assert is_scaffolding("Role of governments and the Inuit – know one example of each.")
    assert not is_scaffolding("Oil spills + gas flaring in the Niger Delta.")
    assert leans_on_previous("Pope Innocent III set both aside and had Langton consecrated in 1207.")


def test_a_list_of_clauses_is_no_event_and_a_title_about_the_diagram_no_prompt():
    assert surveys("Key clauses of Magna Carta") and not surveys("Magna Carta sealed at Runnymede")
    assert _SHOWN_ELSEWHERE.search("Mitosis – what to say about the diagram")
    assert not _SHOWN_ELSEWHERE.search("Distance–time graphs")


def test_a_label_heading_a_line_under_a_list_title_is_no_gap():
    alaska = pack_yaml("Cold environments", "Geography", [
        ("Alaska – opportunities", ["**Tourism** – around 2 million visitors a year, many on cruise ships.",
                                   "Oil at **Prudhoe Bay** found in 1968."]),
        ("Animal adaptations", ["**Polar bear** – thick fat and hollow fur."])])
    assert "Tourism" not in hideable(alaska, "Tourism")
    assert "Polar bear" in hideable(alaska, "Polar bear")


def test_a_definition_spelling_its_terms_root_is_not_matched():
    assert _root_inside("bacteria produce leachate solutions", "Bioleaching")
    assert not _root_inside("plants absorb metal compounds", "Phytomining")


def test_an_answer_opening_with_another_answers_words_is_not_asked_beside_it():
    assert _overlapping("surface area to volume ratio", "surface area")
    assert _overlapping("surface area", "surface area to volume ratio")
    assert not _overlapping("surface area", "surface tension") and not _overlapping("the cell", "the cell wall")


def test_a_line_opening_on_what_followed_leans_on_the_line_before():
    assert leans_on_previous('Often followed by the "morning hate" – both sides fired off rifles into the mist.')
    assert not leans_on_previous("The morning hate often followed stand-to.")
