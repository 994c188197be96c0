"""An electrolysis pack worked five masses and volumes from moles of electrons, and its sheet asked none: "0.50 mol
e⁻" read as an ion among the givens, "g Cu" named no quantity under a long title, and "g Al₂O₃" held a subscript
taken for a power after the blank. The title's "Calculations:" label was printed before a calculations question.
Round KD: "more rain than the UK (approx. ____ a year)" could be read as either side's figure; "Canopy – ~____" offered
50 m beside "Emergent layer – … up to ~50 m"."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.source.inline import parse_point

_TITLE = "Calculations: mass from a half equation"


def test_moles_of_electrons_are_a_given_and_a_substances_mass_says_what_is_asked():
    example = worked(parse_point("e.g. 0.50 mol e^-^, A~r~ Cu = 63.5 → 0.25 mol Cu × 63.5 = **15.9 g** Cu"), _TITLE)
    assert example is not None
    assert example.context == "Mass from a half equation"
    assert example.givens == "0.50 mol e⁻, Aᵣ Cu = 63.5"
    assert example.unit.strip() == "g Cu"


def test_an_ion_among_the_givens_still_asks_nothing():
    assert worked(parse_point("e.g. Cu^2+^ + 2e^-^ → Cu, 0.50 mol → **31.75 g** Cu"), _TITLE) is None


def test_a_subscript_in_the_unit_is_a_formula_not_a_power():
    from studypack.layouts.worksheet.exercises.calculations import _OF_SUBSTANCE
    assert _OF_SUBSTANCE.fullmatch(" g Al₂O₃") and _OF_SUBSTANCE.fullmatch(" dm³ Cl₂")
    assert not _OF_SUBSTANCE.fullmatch(" × 10⁴") and not _OF_SUBSTANCE.fullmatch(" g of it")


def test_a_figure_bracketed_after_what_is_compared_with_is_never_hidden():
    from sheet_builds import hideable, pack_yaml
    text = pack_yaml("Rainforests", "Geography", [("Climate", [
        "Rainforests get much more rain than the UK (approx. **1,000 mm** a year) – more than double.",
        "The rainforest gets **2,000 mm** of rain a year."])])
    assert "1,000 mm" not in hideable(text, "Rainforests get")
    assert "2,000 mm" in hideable(text, "The rainforest gets")


def test_a_reactions_arrow_inside_the_working_asks_nothing():
    assert worked(parse_point("e.g. 25 g CaCO~3~ (M~r~ 100); CaCO~3~ → CaO + CO~2~ → n = 25 ÷ 100 = 0.25 mol → "
                              "0.25 mol CaO × 56 = **14 g** CaO"), "Reacting masses") is None
    assert worked(parse_point("e.g. 10 g NaCl in 250 cm^3^ → 250 ÷ 1000 = 0.25 dm^3^ → 10 ÷ 0.25 = **40 g/dm^3^**"),
                  "Concentration in g/dm^3^") is not None
