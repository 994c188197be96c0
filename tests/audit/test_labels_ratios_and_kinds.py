"""Round MZ of the unseen-pack audit: a cell-division pack of thirteen cards gave no multiple choice and no true or
false at all, as "**Prophase**: chromosomes condense", "**Metaphase**: chromosomes line up …" were not read as one
set; and once they were, "Skin patch: contains oestrogen and/or progesterone …" was set false for the pill, though
the patch's own line says it releases both."""
from __future__ import annotations

from sheet_builds import material, of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.candidates import true_false_candidates
from studypack.layouts.worksheet.exercises.questions import Choice, Match, TrueFalse, plain

_CELLS = [
    ("Stages of mitosis", [
        "**Prophase**: chromosomes condense and the **nuclear membrane** breaks down",
        "**Metaphase**: chromosomes line up on the **equator** of the cell",
        "**Anaphase**: sister chromatids are pulled apart to opposite **poles**",
        "**Telophase**: a new nuclear membrane forms around each set of chromosomes"]),
    ("Cytokinesis", ["**Cytokinesis** = division of the cytoplasm to give two cells.",
                     "Animal cells pinch in at a **cleavage furrow**.", "Plant cells build a **cell plate**."]),
    ("Meiosis", ["Meiosis makes **gametes** in the **testes** and **ovaries**.",
                 "Each gamete has **23** chromosomes.", "The cell divides **twice**."]),
    ("Stem cells", ["Stem cells are found in **bone marrow**.", "Plants keep them in **meristems**.",
                    "They can **differentiate** into specialised cells."]),
    ("Cancer", ["A **tumour** is a mass of cells dividing out of control.",
                "**Benign** tumours stay in one place.", "**Malignant** tumours spread to other tissues."]),
    ("Chromosomes", ["Human body cells have **46** chromosomes.", "Each chromosome carries many **genes**.",
                     "Copies are joined at the **centromere**."])]


def _false_statements(text: str) -> list[TrueFalse]:
    """Every false statement the material offers, one per point that makes one, each on a sheet of its own."""
    count = len(true_false_candidates(material(text), {True: 0, False: 100}))
    statements = [true_false_candidates(material(text), {True: 0, False: 100})[index].build(0)
                  for index in range(count)]
    return [statement for statement in statements if statement is not None and not statement.true]


def test_labels_opening_the_lines_of_one_card_are_one_set_to_swap_and_offer():
    stages = {"Prophase", "Metaphase", "Anaphase", "Telophase"}
    pack = pack_yaml("Cell division", "Biology", _CELLS)
    swapped = [statement for statement in _false_statements(pack) if statement.correction in stages]
    assert len(swapped) >= 3
    for statement in swapped:  # a stage set in another's place, never a term of another kind
        assert any(stage in plain(statement.segments) for stage in stages - {statement.correction})
    offered = 0
    for seed in "123456":
        plan = planned(pack, seed)
        for choice in (question for question in of_kind(plan, Choice) if set(question.options) == stages):
            offered += 1  # and no other stage is described elsewhere on the sheet, ruling itself out
            others = [question for section in plan.exercises.sections for question in section.questions
                      if question is not choice and getattr(question, "point", None) is not None]
            assert not any(question.point.card == 0 for question in others), seed
            assert not any(pair.point.card == 0 for question in of_kind(plan, Match) for pair in question.pairs)
    assert offered


def test_a_label_whose_own_line_says_the_same_is_not_swapped_in():
    pack = pack_yaml("Hormones", "Biology", [
        ("Hormonal contraception", [
            "**Oral contraceptive pill**: contains oestrogen and/or progesterone; these inhibit FSH so no eggs "
            "mature.",
            "**Implant**: a small rod set in the arm for up to **3 years**.",
            "**Skin patch**: releases oestrogen and progesterone; changed each **week**."]),
        ("Barrier methods", ["**Condoms** stop sperm reaching the egg.", "A **diaphragm** covers the cervix."]),
        ("Plant hormones", ["**Auxin** makes shoots grow towards light.", "**Gibberellin** ends seed dormancy."])])
    swapped = {statement.correction: plain(statement.segments) for statement in _false_statements(pack)}
    assert "Implant" in swapped or "Skin patch" in swapped  # the set is swapped where lines differ
    assert "Oral contraceptive pill" not in swapped, swapped
