"""What the blind audit of set US struck: "Getting ready for war: Conscription → men aged 18–41 called up …, September
1942" (false at sight, three years into the war); "Long-term effect; helped build support for reform …" set as a
statement to judge; and "the brain and s____ (2 words)" (spinal cord). And what a ratio pack of set UR could not ask:
"5 pens cost £3.40 → 1 pen = 68p → 8 pens = …" and "300 g flour serves 4 people. For 10 people → …", worked examples
whose sheet was left with no question at all; and of set UU, ", so the original price = 56 ÷ 0.7 = £80"."""
from __future__ import annotations

import re

from studypack.layouts.worksheet.exercises.candidates import true_false_candidates
from studypack.layouts.worksheet.exercises.questions import plain
from sheet_builds import blanked, calculations, false_statements, offered, pack_yaml

_WAR = pack_yaml("The Home Front", "History", [
    ("Getting ready for war", [
        "The **Emergency Powers (Defence) Act** (August 1939) gave the government sweeping powers.",
        "Conscription → men aged 18–41 called up under the National Service Act, September 1939."]),
    ("Rationing", ["Rationing of bacon, butter and sugar began in January 1940.",
                   "Clothes rationing followed in June 1941, and soap in February 1942."]),
    ("The Blitz", ["The Blitz began on 7 September 1940 and lasted until May 1941.",
                   "Coventry was bombed on 14 November 1940; over 500 people were killed."]),
    ("Victory", ["VE Day was celebrated on 8 May 1945.", "Rationing did not fully end until 1954."])])


def test_a_card_on_what_came_before_takes_no_later_year():
    for statement in false_statements(_WAR):
        if statement.startswith("Getting ready for war"):
            years = [int(year) for year in re.findall(r"\b19\d\d\b", statement)]
            assert all(year <= 1939 for year in years), statement


def test_a_label_then_a_clause_with_no_subject_is_no_statement():
    evacuation = pack_yaml("The Home Front", "History", [("Evacuation", [
        "Operation Pied Piper moved about 1.5 million people out of the cities in September 1939.",
        "Long-term effect; helped build support for reform and the welfare state after 1945.",
        "Many evacuees had returned home by January 1940, during the Phoney War."])])
    statements = offered(evacuation, true_false_candidates, {True: 50, False: 50})
    assert statements and not any("Long-term effect" in plain(statement.segments) for statement in statements)


def test_the_spinal_cord_is_not_lettered_beside_the_brain():
    nerves = pack_yaml("The nervous system", "Biology", [("Structure", [
        "The central nervous system (CNS) = the brain and **spinal cord**.",
        "**Sensory neurones** carry impulses from receptors to the CNS."])])
    assert "spinal cord" not in blanked(nerves)


def _sums(*lines: str) -> list[str]:
    return calculations(pack_yaml("Proportion", "Maths", [("Direct proportion", ["y ∝ x means y = kx.", *lines])]))


def test_the_amount_a_sum_is_worked_for_is_printed_in_its_stem():
    assert _sums("**Unitary method**: 5 pens cost £3.40 → 1 pen = 68p → 8 pens = 8 × 68p = £5.44.") == [
        "Direct proportion: Unitary method: 5 pens cost £3.40 → 8 pens = £[5.44]"]


def test_an_amount_the_working_reached_is_not_printed_as_asked():
    assert not any("1 mol CO₂ =" in stem for stem in _sums(
        "e.g. 12 g of carbon → 12 ÷ 12 = 1 mol → 1 mol CO₂ = 1 × 44 = 44 g."))


def test_a_case_set_in_a_sentence_of_its_own_is_asked_without_the_label():
    assert _sums("Recipe example: 300 g flour serves 4 people. For 10 people → 300 ÷ 4 × 10 = 750 g.") == [
        "Direct proportion: 300 g flour serves 4 people. For 10 people → [750] g"]


def test_so_leads_to_the_quantity_a_line_works_out():
    sale = "Example: a coat costs £56 in a 30% off sale, so the original price = 56 ÷ 0.7 = £80"
    error = "Example: a length of 80 cm is measured as 78 cm, so the percentage error is 2 ÷ 80 × 100 = 2.5%"
    stems = calculations(pack_yaml("Percentages", "Maths", [
        ("Reverse percentages", ["Divide by the multiplier to undo a percentage change.", sale]),
        ("Percentage error", ["Error = difference ÷ true value × 100.", error])]))
    assert stems == ["Reverse percentages: a coat costs £56 in a 30% off sale → the original price = £[80]",
                     "Percentage error: a length of 80 cm is measured as 78 cm → the percentage error is [2.5]%"]


def test_so_before_a_bare_sum_asks_nothing():
    assert calculations(pack_yaml("Percentages", "Maths", [("Percentage change", [
        "Multiply by the multiplier for a change.",
        "Example: a £65 jacket is reduced by 30%, so 65 × 0.7 = £45.50"])])) == []
