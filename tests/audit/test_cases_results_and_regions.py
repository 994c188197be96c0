"""Round FN–FP of the unseen-pack audit: a case named only in its title keeps a line from going bare, a result the
line's own sum reaches is no blank, a recoil worked from the line before's momentum is no calculation, a symbol opens
a calculation in its own case, a shouted heading is no event, a part of a country is a region, a note on
"evaluate" questions is advice, a question with a "+ topic" is no short answer, and a fact written with "=" is no
definition."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.events import event_candidates
from studypack.layouts.worksheet.exercises.kinds import name_sort
from studypack.layouts.worksheet.exercises.questions import Calc, PointRef, Short
from studypack.layouts.worksheet.exercises.roles import is_scaffolding
from sheet_builds import built, hideable, material, of_kind, pack_yaml, planned


def test_a_case_named_only_in_its_title_keeps_a_line_from_going_bare():
    coast = pack_yaml("Coasts", "Geography", [("Case study – Happisburgh, Norfolk (the place)", [
        "Village on the **North Norfolk** coast, SE of Cromer",
        "Happisburgh lost over 30 houses to the sea after its **revetment** failed."])])
    source = material(coast)
    norfolk = source.terms[PointRef(0, 0)][0]
    assert source.context(PointRef(0, 0), [norfolk]) is None


def test_the_result_a_lines_own_sum_reaches_is_no_blank():
    decay = pack_yaml("Nuclear", "Physics", [("Nuclear equations", [
        "Top 210 − 4 = 206, bottom 84 − 2 = 82 → element 82 = lead, so X = **lead-206**",
        "In **alpha decay** the mass number falls by 4."])])
    assert hideable(decay, "Top 210") == []


def test_a_recoil_worked_from_the_line_befores_momentum_is_no_calculation_and_a_symbol_keeps_its_case():
    recoil = pack_yaml("Momentum", "Physics", [
        ("Explosion / recoil", ["Bullet m = 0.01 kg, v = 400 m/s → p = 0.01 × 400 = 4 kg m/s forwards",
                                "Gun m = 4 kg → v = 4 ÷ 4 = **1 m/s** backwards"]),
        ("F = ma – worked examples", ["e.g. m = 1500 kg, a = 2 m/s^2^ → F = 1500 × 2 = **3000 N**"])])
    plan, sheet, _ = built(recoil, "1", exercises=("calc",))
    assert [calc.result for calc in of_kind(plan, Calc)] == ["3000 N"]
    assert "m = 1500 kg" in sheet and "M = 1500 kg" not in sheet


def test_a_shouted_heading_is_no_event_and_a_part_of_a_country_is_a_region():
    home_front = pack_yaml("The Home Front, 1914–18", "History", [("Women's lives", [
        "CHANGE: new jobs + skills, more independence, own wages, helped win the vote in 1918",
        "Over 900,000 women worked in munitions factories by 1918."])])
    texts = [candidate.event.text for candidate in event_candidates(material(home_front))]
    assert not any("CHANGE" in text for text in texts)
    text = "Capital of the UK, in South East England on the River Thames"
    start = text.index("South")
    assert name_sort("South East England", text, start, start + 18, frozenset()) == "region"


def test_a_note_on_evaluate_questions_is_advice_and_a_question_with_a_topic_added_is_no_short_answer():
    assert is_scaffolding('Good contrast with Happisburgh for "evaluate" questions')
    vietnam = pack_yaml("Vietnam", "History", [
        ("Why did the USA lose? + costs", ["US tactics alienated peasants", "North supplied by USSR + China",
                                           "Opposition at home + media → loss of political will",
                                           "58,000 US dead; $140 billion spent"]),
        ("My Lai massacre", ["US soldiers killed about 350–500 unarmed civilians in **My Lai** in 1968.",
                             "The army covered it up until November 1969.",
                             "Only **Lt William Calley** was convicted."])])
    plan = planned(vietnam, "1", exercises=("short",))
    assert [short.card for short in of_kind(plan, Short)] == [1]


def test_a_figure_after_approx_is_rough_and_a_case_heading_its_title_is_still_the_case():
    women = material(pack_yaml("Home front", "History", [("Women's war work", [
        "Approx. **2 million** women took men's jobs during the war.", "Women worked as **munitionettes**."])]))
    assert not women.terms[PointRef(0, 0)][0].exact
    coast = pack_yaml("Coasts", "Geography", [
        ("Happisburgh – what has been done?", ["1959 → wooden **revetments** built after the 1953 floods",
                                               "Erosion speeds up → houses on **Beach Road** lost one by one"]),
        ("Why Happisburgh erodes", ["Happisburgh's cliffs are soft **glacial till**."])])
    source = material(coast)
    context = source.context(PointRef(0, 1), [source.terms[PointRef(0, 1)][0]])
    assert context is None or context[0].text == "Happisburgh: "  # the case, named before the title's question
