"""Round KE of the unseen-pack audit: "fair dice rolled 300 times → ____" lost the "expected 6s =" it asks for; an
example of the addition rule took the label "Mutually exclusive" from the line above, whose rule it breaks;
"One species outcompeting another" stood as a statement beside the title "Competition", and as a true or false
statement with no verb ("breed" read as a past tense)."""
from __future__ import annotations

from sheet_builds import material, pack_yaml
from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.candidates import _true_false
from studypack.layouts.worksheet.exercises.claims import echoes
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.roles import has_verb
from studypack.source.inline import parse_point


def test_a_count_named_before_its_sum_is_what_the_stem_asks():
    example = worked(parse_point("e.g. fair dice rolled 300 times → expected 6s = 1/6 × 300 = **50**"),
                     "Expected outcomes")
    assert example is not None and example.asked == "expected 6s = "


def test_an_example_whose_working_breaks_the_rule_above_takes_no_label_from_it():
    rule = parse_point("**Mutually exclusive** – can't happen at the same time → no overlap → P(A or B) = P(A) + P(B)")
    example = worked(parse_point("e.g. P(A) = 0.5, P(B) = 0.4, P(A ∩ B) = 0.2 → P(A ∪ B) = 0.5 + 0.4 − 0.2 = **0.7**"),
                     "Probability from Venn diagrams", rule)
    assert example is not None and example.context == "Probability from Venn diagrams"


def test_a_prefixed_word_echoes_its_roots_title():
    assert echoes("One species outcompeting another so numbers fall", "Competition")
    assert not echoes("Tall trees shade smaller plants", "Competition")


def test_an_infinitive_or_a_number_in_ed_is_no_deed():
    assert not has_verb("One species outcompeting another so numbers no longer sufficient to breed")
    assert not has_verb("About a hundred sacred sites")
    assert has_verb("Grey squirrels outcompeted red squirrels")


def test_a_list_item_with_an_ing_word_for_its_verb_is_no_statement():
    source = material(pack_yaml("Ecology", "Biology", [("Biotic factors", [
        "One species **outcompeting** another so numbers no longer sufficient to breed",
        "Wet or icy roads and worn tyres increase the **braking** distance."])]))
    assert _true_false(source, PointRef(0, 0), True) is None
    assert _true_false(source, PointRef(0, 1), True) is not None


def test_a_result_labelled_as_such_leans_on_the_line_before():
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    assert leans_on_previous("Result = either a temperature rise OR a change of state (not both at once)")
    assert leans_on_previous("Effect: the particles move faster")
    assert not leans_on_previous("Results of the Battle of the Somme were mixed.")
