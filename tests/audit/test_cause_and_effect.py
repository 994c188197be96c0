"""Round JN of the unseen-pack audit: a chemistry pack that writes its rules as cause and effect ("Lower Eₐ → a bigger
share of collisions are successful", "Hotter → particles move faster") had no true or false section, since every
line with an arrow was read as a chain whose one turned link contradicts the rest."""
from __future__ import annotations

from sheet_builds import material, pack_yaml
from studypack.layouts.worksheet.exercises.candidates import _flipped
from studypack.layouts.worksheet.exercises.questions import PointRef, plain


def _turned(lines: list[str]) -> list[str | None]:
    source = material(pack_yaml("Rates of reaction", "Chemistry", [("Activation energy", lines)]))
    statements = [_flipped(source, PointRef(0, index)) for index in range(len(lines))]
    return [plain(statement.segments) if statement else None for statement in statements]


def test_a_cause_and_its_effect_turn_on_the_cause():
    assert _turned(["Lower **E~a~** → a bigger share of collisions are successful."]) == [
        "Activation energy: Higher Eₐ → a bigger share of collisions are successful."]


def test_an_effect_turns_where_the_cause_holds_no_word_to_turn():
    assert _turned(["A catalyst → a lower **activation energy** pathway."]) == [
        "A catalyst → a higher activation energy pathway."]  # (the line names its topic)


def test_a_chain_an_equation_or_a_step_that_follows_stays_whole():
    assert _turned(["High rainfall → few plants → little leaf litter.",
                    "Methane + oxygen → carbon dioxide + water, a lower energy state.",
                    "Arch roof is weakened by erosion below, then collapses → stack."]) == [None, None, None]


def test_two_comparisons_that_go_together_turn_on_the_second():
    from studypack.layouts.worksheet.exercises.flips import flip
    assert flip("The steeper the gradient, the faster the reaction.", []).wrong == "slower"
    assert flip("The longer the carbon chain, the higher the boiling point.", []).wrong == "lower"
    assert flip("Use ice to lower the temperature.", []) is None  # (a verb, no comparison)
    assert flip("The stronger the forces, the more energy is needed and the higher the melting point.", []) is None
