"""Rules from the audits of sets BM and BN: an acronym is no town; "lost" and "minerals" printed tell "lose" and
"mineral ions"; a meaning holding words of the language is no meaning; "(see Shell cards)", "know one example of each"
and "set both aside" are no content to ask alone; "Key clauses of …" is no event; a title about "the diagram" is no
prompt; a list's labels under "challenges" or "effects" are no gaps; a definition spelling its term's root is not
matched; a sheet's one multiple-choice answer is on any letter, not always A."""
from __future__ import annotations

import random

from studypack.layouts.worksheet.exercises.allocate import _root_inside
from studypack.layouts.worksheet.exercises.beside import _deadline
from studypack.layouts.worksheet.exercises.candidates import gap_candidates
from studypack.layouts.worksheet.exercises.distractors import _RANK_BEFORE, _aged, distractors
from studypack.layouts.worksheet.exercises.matching import definition_candidates, match_candidates
from studypack.layouts.worksheet.exercises.terms import Term
from studypack.layouts.worksheet.exercises.events import _PLACED_BY_NAME, surveys
from studypack.layouts.worksheet.exercises.generate import Section, _shuffled
from studypack.layouts.worksheet.exercises.kinds import is_formula, name_sort
from studypack.layouts.worksheet.exercises.questions import Choice, PointRef, Segment
from studypack.layouts.worksheet.exercises.material import _overlapping, _root_told, _telling
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.short_answers import _SHOWN_ELSEWHERE, short_prompt
from studypack.layouts.worksheet.exercises.translate import _cognate, translations, vocabulary
from studypack.source import loads
from sheet_builds import built, hideable, material, pack_yaml


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


def test_a_sheets_lone_multiple_choice_answer_is_on_any_letter():
    question = Choice(PointRef(0, 0), (Segment("Capital of France: ", "text"), Segment("Paris", "blank")),
                      ("Paris", "Lyon", "Nice", "Lille"), 0, "name")
    placed = {_shuffled((Section("mcq", (question,)),), "A", random.Random(seed)).sections[0].questions[0].answer
              for seed in range(40)}
    assert placed == {0, 1, 2, 3}


def test_from_set_bp_verbs_cases_ages_words_and_symbols():
    assert leans_on_previous("Falls when girls stay in education longer and contraception is available.")
    assert not leans_on_previous("Causes of the fall in birth rates are many.")
    population = pack_yaml("Population", "Geography", [("Policies", [
        "**Pro-natalist** – aims to raise it: France pays family allowances.",
        "**Anti-natalist** – a policy to cut the birth rate, such as the one-child policy."]),
        ("Refugees", ["**Ukraine** – after Russia's invasion, millions of refugees left for Europe.",
                      "**Refugee** – a person forced to leave their country by war or persecution."])])
    terms = {candidate.build(0).title for candidate in definition_candidates(material(population))}
    assert terms == {"Anti-natalist", "Refugee"}, terms
    assert _aged(Term("67", 0, 2, "number", "number:67", True, value=67.0), "UK state pension age rising to ")
    weight = pack_yaml("Moments", "Physics", [("Weight", ["If given a **mass**, find the **weight** first – W = m g.",
                                                          "The **pivot** is the point it turns about."])])
    assert "weight" not in hideable(weight, "If given")


def test_a_word_lists_conjunction_is_no_part_of_the_word_and_one_noun_is_asked_once():
    pack = loads("""title: Urlaub
subject: German
cards:
  - title: Travel
    points:
      - "BUT **zu Fuß** – on foot"
      - Careful! **der See** – lake, but **die See** – sea (same word, different gender)
      - "**der Zug** – train"
      - "**der Bahnhof** – station"
      - "**das Hotel** – hotel"
      - "**die Fahrkarte** – ticket"
""")
    words = {word: meaning for _, word, meaning in vocabulary(pack)}
    assert words["zu Fuß"] == "on foot" and words["die See"] == "sea"
    for seed in range(6):
        asked = [question.shown if not question.reverse else question.answer
                 for question in translations(pack, random.Random(seed), 10)]
        assert not {"der See", "die See"} <= set(asked), asked


def test_a_title_saying_the_war_ends_is_no_event_to_place():
    assert _PLACED_BY_NAME.match("The war ends") and _PLACED_BY_NAME.match("War breaks out")
    assert not _PLACED_BY_NAME.match("The Battle of the Somme")


def test_a_title_inside_a_longer_word_or_a_note_left_off_is_not_named_by_the_line():
    respiration = pack_yaml("Respiration", "Biology", [
        ("Aerobic respiration", ["Glucose is **completely oxidised**, so it transfers more energy than anaerobic respiration.",
                                 "Needs **oxygen**."]),
        ("Metabolism", ["Breakdown of excess proteins to form **urea** for excretion. (And respiration counts as metabolism!)",
                        "Making **lipids** from fatty acids and glycerol."])])
    source = material(respiration)
    for ref in (source.refs[0], source.refs[2]):
        context = source.context(ref, [])
        assert context and context[0].text in ("Aerobic respiration: ", "Metabolism: "), context
    printed = "".join(segment.text for segment in source.segments(source.refs[2], {}))
    assert printed == "Breakdown of excess proteins to form urea for excretion."
    tier = pack_yaml("Rates", "Chemistry", [("Rates", ["(HT) The **rate** is the gradient of the tangent.", "Units."])])
    assert "".join(segment.text for segment in material(tier).segments(material(tier).refs[0], {})) == \
        "The rate is the gradient of the tangent."


def test_two_names_of_one_thing_are_never_options_together():
    angles = pack_yaml("Angles", "Maths", [
        ("Parallel lines", ["**Alternate angles** are equal (Z shape).",
                            "**Corresponding angles** are equal (F shape).",
                            "**Co-interior angles** (also called **allied angles**) add up to 180°."]),
        ("Triangles", ["**Base angles** of an isosceles triangle are equal.", "Angles in a triangle add to 180°."])])
    source = material(angles)
    assert source.pool.synonyms["term:co interior angle"] == {"term:allied angle"}
    ref = source.refs[0]
    (term,) = [term for term in source.terms[ref] if term.text == "Alternate angles"]
    for seed in range(8):
        options = distractors(term, source.pool, random.Random(seed), 3, " are equal (Z shape).") or ()
        assert not {"Co-interior angles", "allied angles"} <= {option for option in options}, options


def test_a_decade_heading_a_line_and_a_verb_with_its_figure_are_no_gaps():
    food = pack_yaml("Food", "Geography", [("Green Revolution", [
        "From the **1960s** – **high-yielding varieties** of wheat and rice, plus fertiliser and irrigation.",
        "The UK **imports about 40%** of its food – not self-sufficient.",
        "In **1960** the Indus treaty shared the rivers between India and Pakistan."])])
    source = material(food)
    gaps = [candidate.build(0) for candidate in gap_candidates(source)]
    blanks = {segment.text for gap in gaps if gap for segment in gap.segments if segment.role == "blank"}
    assert "1960s" not in blanks and "imports about 40%" not in blanks, blanks


def test_an_exam_tip_card_is_no_short_answer():
    angles = pack_yaml("Angles", "Maths", [
        ("Exam tip – giving reasons", ["Always name the rule you used, e.g. alternate angles are equal.",
                                       "Write the reason next to each step.", "Say which lines are parallel."]),
        ("Polygons", ["A **pentagon** has five sides.", "A **hexagon** has six sides.", "An **octagon** has eight."])])
    for seed in ("1", "2"):
        plan, sheet, _ = built(angles, seed)
        assert "Exam tip" not in sheet


def test_from_set_br_too_low_to_ranks_campaign_themes_and_question_titles():
    assert _RANK_BEFORE.search("The Somerset case: Judge ")
    assert surveys("Black voices in the campaign")
    assert short_prompt("Why 1807? Interpretations", 4) == "Write four points about: Why 1807? Interpretations."


def test_a_line_opening_on_still_leans_on_the_line_before():
    assert leans_on_previous("Still based mainly on what cells and bodies look like.")
    assert not leans_on_previous("Stillbirths fell after 1950.")


def test_from_set_br_pronouns_problems_reservoirs_and_question_labels():
    abolition = pack_yaml("Abolition", "History", [
        ("Wilberforce in Parliament", ["1791 – his bill defeated, **163 votes to 88**.",
                                       "**William Wilberforce** spoke for **three hours**."]),
        ("The Zong massacre", ["The crew threw over **130** sick Africans overboard.", "A court case followed."]),
        ("Sugar", ["Sugar made planters rich.", "**Jamaica** grew the most."])])
    statements = [source.point(candidate.uses[0]).text for source in (material(abolition),)
                  for candidate in match_candidates(source)]
    assert statements and not any("his bill" in text for text in statements), statements
    iron = pack_yaml("Yield", "Chemistry", [("Yield", [
        "320 g iron(III) oxide, yield is **85%**. What mass of iron is made?", "The **theoretical yield** is 224 g."])])
    gaps = [candidate.build(0) for candidate in gap_candidates(material(iron))]
    assert not any(segment.text == "85%" and segment.role == "blank" for gap in gaps if gap for segment in gap.segments)
    assert name_sort("Frankley", "to Frankley reservoir in Birmingham", 3, 11, frozenset()) == "thing:reservoir"
    assert leans_on_previous("Why rising? population growth and more, smaller households.")


def test_a_word_on_a_or_i_is_no_gap_where_no_letter_can_narrow_it():
    cuba = pack_yaml("Cuba", "History", [("Consequences", [
        "USSR starts a big **arms race** build-up of nuclear weapons.",
        "The superpowers set up the **hotline** between Washington and Moscow in 1963."])])
    gaps = [candidate.build(0) for candidate in gap_candidates(material(cuba))]
    blanks = {segment.text: segment.hint for gap in gaps if gap for segment in gap.segments if segment.role == "blank"}
    assert blanks.get("arms race", "ar") == "ar" and blanks, blanks  # "a big ____ build-up" only with the letters
    # that narrow it ("military" fills it bare)
    assert "hotline" not in blanks  # "set up the h____ between Washington and Moscow": a familiar word, read off


def test_from_sets_bs_and_bt_spans_bounds_pointers_notes_and_loanwords():
    henry = pack_yaml("Henry VII", "History", [("Exile", [
        "Henry spent **14 years** in exile in Brittany (1471–85).", "He landed at **Milford Haven** in 1485."])])
    assert "14 years" not in hideable(henry, "Henry spent")
    assert _deadline("Proportions have stayed about the same for the last 200 million years.",
                     Term("200 million", 52, 63, "number", "number:200000000", False, value=2e8))
    assert leans_on_previous("A.k.a. vasopressin.") and leans_on_previous("Swash carries sediment up at that angle.")
    assert is_scaffolding("Order for a nasty one – flip, root, power. I've written the powers with brackets here.")
    assert _cognate("das Hobby (-s)", "hobby")


def test_letters_and_figures_that_name_no_elements_are_no_formula():
    assert is_formula("SiO2") and is_formula("NaCl") and is_formula("H₂O") and is_formula("Fe2O3")
    assert not is_formula("SMPs") and not is_formula("B1242")


def test_a_rule_before_its_example_is_no_word_to_translate():
    pack = loads("""title: Cibo
subject: Italian
cards:
  - title: Partitive
    points:
      - In negatives, usually just drop it – Non ho pane.
      - "**il pane** – bread"
      - "**il formaggio** – cheese"
      - "**la pasta** – pasta"
      - "**il vino** – wine"
""")
    asked = [question.shown for question in translations(pack, random.Random(1), 10)] + [
        question.answer for question in translations(pack, random.Random(1), 10)]
    assert not any("negatives" in side for side in asked), asked
