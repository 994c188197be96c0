"""Rules from the audits of sets DF, DG and DH: a town named as a peer's title is a person; a word of a slashed pair is
not turned; a title and its statement share a word in another form; a gloss's closing note and a bracketed aside are
left off; advice on using a case study is no statement; a question's label is no given; a line with no claim is no
true or false; a worked step that goes on from the line above is no calculation."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.questions import Calc
from sheet_builds import built, material, of_kind, pack_yaml


def test_a_town_named_as_a_peers_title_is_a_person():
    armada = pack_yaml("The Armada", "History", [
        ("War with Spain", ["The **Earl of Leicester** was sent to the Netherlands with about 7,000 troops.",
                            "The Armada sailed from **Lisbon** in May 1588."]),
        ("Tilbury", ["Elizabeth visited her army at **Tilbury**, commanded by **Leicester**, in August 1588."])])
    source = material(armada)
    sorts = {term.text: term.sort for terms in source.terms.values() for term in terms}
    assert sorts["Leicester"].startswith("person")  # never offered as a port beside Lisbon
    assert not sorts["Lisbon"].startswith("person")


def test_a_title_and_its_statement_share_a_word_in_another_form():
    from studypack.layouts.worksheet.exercises.matching import share_words, title_words
    assert share_words(title_words("Circular motion"), title_words("an object moving in a circle"))
    assert share_words(title_words("Naming ionic compounds"), title_words("name the metal ion first"))
    assert not share_words(title_words("Heat"), title_words("the heart pumps blood"))


def test_notes_and_advice_are_left_off():
    from studypack.layouts.worksheet.exercises.roles import GENERIC_HEADINGS, LEFT_OFF, is_scaffolding
    from studypack.layouts.worksheet.exercises.translate import _without_note
    assert _without_note("daughter, also girl") == "daughter"
    assert LEFT_OFF.sub("", "Some plants make toxins (aside – nice extra but not on every spec)") == \
        "Some plants make toxins"
    assert is_scaffolding('Good one to use in "to what extent…" questions – shows winners and losers.')
    assert GENERIC_HEADINGS.match("Evaluating schemes – exam checklist")


def test_a_questions_label_is_no_given():
    from studypack.layouts.worksheet.exercises.calculations import worked
    from studypack.source.inline import parse_point
    found = worked(parse_point("Q – Pushing a broken-down car, 300 N over 25 m → W = 300 × 25 = 7500 J = **7.5 kJ**"),
                   "Work done")
    assert found is not None and found.givens == "Pushing a broken-down car, 300 N over 25 m"


def test_a_line_with_no_claim_is_no_true_or_false():
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    lca = pack_yaml("Life cycle assessment", "Chemistry", [
        ("Stages of an LCA", ["extracting and processing the **raw materials**",
                              "disposal at the end of its useful **life**",
                              "An LCA looks at the **environmental** impact of a product at every stage."])])
    source = material(lca)
    said = {source.point(ref).text: _true_false(source, ref, True) for ref in source.refs}
    assert said["disposal at the end of its useful life"] is None  # an item of a list claims nothing
    assert said["An LCA looks at the environmental impact of a product at every stage."] is not None


def test_a_worked_step_that_goes_on_from_the_line_above_is_no_calculation():
    tickets = pack_yaml("Simultaneous equations", "Maths", [
        ("Worked example – a wordy one", ["3 adult tickets and 2 child tickets cost £34; 2 adult and 4 child cost £36.",
                                         "Halve the 2nd → a + 2c = 18. Subtract from the 1st → 2a = 16 → **a = £8**",
                                         "8 + 2c = 18 → **c = £5**. Check – 3 × 8 + 2 × 5 = 34"]),
        ("Speed", ["A car travels 3000 m in 120 s → speed = 3000 ÷ 120 = **25 m/s**",
                   "Speed is distance divided by time."])])
    for seed in ("1", "2"):
        plan, sheet, _ = built(tickets, seed, exercises=("calc",))
        assert "8 + 2c" not in sheet
        assert of_kind(plan, Calc)  # the car's speed is still asked


def test_a_swap_never_repeats_a_word_of_its_sentence():
    import random
    from studypack.layouts.worksheet.exercises.candidates import _true_false
    from studypack.layouts.worksheet.exercises.material import Material
    from studypack.source import loads
    braking = pack_yaml("Energy", "Physics", [
        ("Braking", ["The brakes do work against the car's motion; its **kinetic energy** is transferred to the "
                     "**thermal store** of the brakes."]),
        ("Work done and energy stores", ["Work done against **friction** → energy goes to the **thermal energy "
                                         "store** of the surfaces (they warm up).",
                                         "Lifting something → work done goes into its **gravitational potential "
                                         "energy** store."]),
        ("Reducing wasted energy", ["Wasted energy is **dissipated** – spread out to the surroundings, usually as "
                                    "**thermal energy**; it's hard to use again.",
                                    "**Lubrication** reduces friction between moving parts."])])
    for seed in range(8):
        source = Material(loads(braking, "energy.yaml"), random.Random(seed))
        ref = next(ref for ref in source.refs if source.point(ref).text.startswith("The brakes"))
        statement = _true_false(source, ref, False)
        printed = "".join(segment.text for segment in statement.segments) if statement else ""
        assert "thermal energy is transferred to the thermal store" not in printed
