"""Round QU of the unseen-pack audit: a card one of whose lines sets several arguments side by side ("For: energy
security; jobs; tax income; half the CO₂ of coal") is no "Write N points" question: that line is worth one mark
or four, as the marker reads it."""
from __future__ import annotations

from sheet_builds import material, pack_yaml, scheme_texts

FRACKING = pack_yaml("Energy", "Geography", [
    ("Fracking – for and against", [
        "For: could improve **energy security** and cut gas imports; jobs; tax income; gas emits about half the "
        "CO~2~ of coal.",
        "Against: **earthquakes**, risk of **groundwater contamination**, heavy lorry traffic and noise.",
        "Against: it is still a **fossil fuel**, so it works against **net zero** by **2050**.",
        "Geologists think UK shale is more **faulted** than US shale, so less gas may be recoverable."]),
    ("Wind power", [
        "The UK has some of the windiest coasts in Europe, good for **offshore wind farms**.",
        "Turbines produce no CO~2~ while running, but output depends on the **wind speed**.",
        "Some people object to their **visual impact** on the landscape.",
        "Hornsea in the North Sea is one of the largest **offshore wind farms** in the world.",
        "Costs have fallen quickly, so new wind is now among the **cheapest** sources of electricity."]),
])


def test_a_card_with_arguments_side_by_side_is_no_write_points_question():
    source = material(FRACKING)
    assert not scheme_texts(source, 0)
