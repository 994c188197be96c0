"""Terms the author sets in one frame ("move to the cathode; … move to the anode") are one family: each is the
other's fair wrong answer, plainly wrong to a student who learned the card."""
from __future__ import annotations

from sheet_builds import material, pack_yaml
from studypack.layouts.worksheet.exercises.questions import PointRef

ELECTROLYSIS = """title: Electrolysis
subject: Chemistry
cards:
  - title: The electrodes
    points:
      - Positive ions move to the **cathode**; negative ions move to the **anode**.
      - The electrodes are usually made of graphite.
  - title: Oxidation and reduction
    points:
      - At the **cathode** positive ions gain electrons, so they are **reduced**.
      - At the **anode** negative ions lose electrons, so they are **oxidised**.
"""


def test_two_terms_in_one_frame_of_a_point_or_of_neighbouring_points_are_a_pair():
    families = material(ELECTROLYSIS).pool.families
    assert families["term:cathode"] == {"term:cathode", "term:anode"}
    assert families["term:reduced"] == {"term:reduced", "term:oxidised"}


def test_terms_in_different_frames_are_no_pair():
    families = material("""title: Cells
cards:
  - title: Organelles
    points:
      - The **nucleus** holds the DNA.
      - Respiration happens in the **mitochondria**; proteins are made at the **ribosomes**.
""").pool.families
    assert not families


def test_a_step_on_the_one_of_a_pair_the_step_before_names_leans_on_that_step():
    source = material(pack_yaml("The heart", "Biology", [("The route of blood through the heart", [
        "1. Deoxygenated blood enters the **right atrium** from the **vena cava**.",
        "2. The atrium contracts, pushing blood through a valve into the **right ventricle**.",
        "3. The **aorta** carries blood to the body."])]))
    ventricle = source.terms[PointRef(0, 1)][0]
    assert source.context(PointRef(0, 1), [ventricle]) is None  # which atrium, only step 1 says
    aorta = source.terms[PointRef(0, 2)][0]
    assert source.context(PointRef(0, 2), [aorta]) is not None
