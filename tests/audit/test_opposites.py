"""False statements a teacher would write: one word turned into its opposite ("Sound can travel through a vacuum")
where no term of the same kind can be swapped in, and never a concept swapped for a concept of another kind ("a
very high aqueous")."""
from __future__ import annotations

import re

from pdftext import text_of
from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import TrueFalse
from studypack.layouts.worksheet.exercises.flips import flip
from studypack.source import loads


def turned(text: str) -> str | None:
    change = flip(text, [])
    return None if change is None else text[:change.start] + change.wrong + text[change.end:]


def test_one_word_turns_into_its_opposite_keeping_its_capital():
    assert turned("Sound cannot travel through a vacuum.") == "Sound can travel through a vacuum."
    assert turned("Heating a gas melts it.") == "Cooling a gas melts it."
    assert turned("High biodiversity makes an ecosystem stable.") == "Low biodiversity makes an ecosystem stable."
    assert turned("Light bends towards the normal in glass.") == "Light bends away from the normal in glass."


def test_a_sentence_whose_opposite_may_still_hold_is_left_alone():
    assert turned("Some reactions can go both ways.") is None  # hedged: some cannot
    assert turned("Prices rise and wages fall.") is None  # both sides already said
    assert turned("A renewable resource is being, or can be, replenished.") is None  # one of two alternatives
    assert turned("There was an increase in sales.") is None  # "an decrease"
    assert turned("The fall of the Berlin Wall came in 1989.") is None  # a noun, not a direction
    assert turned("To lower the temperature, add ice.") is None  # a verb: no "higher the temperature"
    assert turned("The Low Countries flooded.") is None  # a name


def test_a_word_inside_a_longer_key_term_or_a_formula_is_kept():
    assert flip("The high tide mark is cleaner where the beach is steeper.", [(4, 13)]).right == "steeper"
    assert flip("Heat $Q$ is higher here.", [(5, 8)]).right == "higher"


SCIENCE = """\
title: Waves and particles
cards:
  - title: Sound
    points:
      - Sound cannot travel through a **vacuum**.
      - Sound travels faster in solids than in **air**.
  - title: States
    points:
      - Particles in a **solid** vibrate about fixed positions.
      - Heating a gas makes its particles move **faster**.
  - title: Surfaces
    points:
      - Nanoparticles have a very high **surface area to volume ratio**.
      - Powders react faster than **lumps** because more particles are exposed.
  - title: Solutions
    points:
      - A substance dissolved in water is **aqueous**.
      - Metals conduct because their **delocalised electrons** move through the structure.
"""


def test_a_science_pack_with_nothing_to_swap_gets_false_statements_by_opposites_and_the_key_corrects_them():
    for seed in ("1", "2", "3"):
        plan = worksheet.plan(loads(SCIENCE, "waves.yaml"), WorksheetOptions(seed=seed, exercises=("tf",)))
        false = [question for section in plan.exercises.sections for question in section.questions
                 if isinstance(question, TrueFalse) and not question.true]
        assert false, seed
        files = worksheet.draw(plan)
        sheet, key = (" ".join(text_of(files[name]).split()) for name in ("worksheet.pdf", "answers.pdf"))
        for question in false:
            wrong = next(segment.text for segment in question.segments if segment.role == "swap")
            assert f"False – {question.correction}, not {wrong}" in key
            printed = "".join(segment.text for segment in question.segments)
            assert " ".join(printed.split()) in sheet
        assert "aqueous" not in re.sub(r"A substance dissolved in water is aqueous", "", sheet)  # never swapped in


def test_a_movement_fixed_by_its_direction_is_not_turned():
    assert turned("Impurities fall to the bottom as anode sludge.") is None  # never "rise to the bottom"
    assert turned("The resistance falls as the light gets brighter.") == "The resistance rises as the light gets brighter."


def test_a_sentence_setting_one_clause_against_another_is_not_turned():
    assert turned("Never officially published, it was still read to several million citizens.") is None
    assert turned("Although it is dense, steel can float as a ship.") is None


def test_can_is_not_turned_into_cannot_nor_a_free_fall_into_a_rise():
    assert turned("Spread can be reduced by hygiene and vaccination.") is None  # denies the obvious
    assert turned("An object falling freely accelerates at 9.8 m/s².") is None  # a rising one does too


def test_no_opposite_beside_a_share_or_after_into_and_no_gain_for_lose():
    assert turned("Brazil has the largest area of rainforest, about 60% of the Amazon.") is None
    assert turned("Breaking a solid into smaller pieces exposes more particles.") is None
    assert turned("Indigenous peoples lose their land.") is None


def test_no_opposite_beside_a_figure_under_a_title_saying_the_word_nor_of_a_superlative_or_above():
    assert turned("Prokaryotic cells are much smaller than eukaryotic cells, about 1–10 µm.") is None
    assert flip("Birth rates fall as people move to cities.", [], title="Why birth rates fall") is None
    assert flip("Birth rates fall as people move to cities.", [], title="Cities").wrong == "rise"
    assert turned("Nigeria has the largest population in Africa.") is None
    assert turned("In stage 5 the birth rate drops below the death rate.") is None


def test_a_word_shown_in_its_plural_is_shown():
    from studypack.layouts.worksheet.exercises.material import holds
    assert holds("hay dos iglesias en el pueblo", "iglesia") and holds("the churches", "church")
    assert not holds("the iglesiastic", "iglesia")


def test_no_rose_asleep_and_nothing_turned_beside_an_exception():
    assert turned("Overlookers beat children who fell asleep at work.") is None
    assert turned("Transition metals have much higher melting points (except mercury).") is None


def test_no_word_is_turned_beside_another_measure_a_consequence_or_a_comparison_with_another_clause():
    assert turned("A house with thicker walls of lower thermal conductivity cools more slowly.") is None
    assert turned("The roof of the arch is weakened and collapses, leaving a stack.") is None
    assert turned("Soft rock erodes faster to form a bay; hard rock is left as a headland.") is None
    assert turned("Sand beaches are flat, shingle beaches steeper.") is None
    assert turned("At a constructive margin magma rises.") is None  # physical nonsense, not a fair false
    assert turned("Resting heart rate falls.") == "Resting heart rate rises."  # a measure turns sensibly
