"""Rounds PY onwards of the unseen-pack audit: a matching statement holds a word no other card uses, since one told
only in words other cards share reads as true of their titles too."""
from __future__ import annotations

from sheet_builds import of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.questions import Match

DISEASES = pack_yaml("Communicable diseases", "Biology", [
    ("Measles", ["Viral disease", "Symptoms: **fever** and a red **skin rash**",
                 "No treatment kills the virus once a person has it."]),
    ("HIV and AIDS", ["**HIV** = human immunodeficiency virus", "Starts with a **flu-like illness**.",
                      "Unless a person takes antiretroviral drugs, the virus attacks the immune system."]),
    ("Salmonella", ["Bacterial disease causing **food poisoning**.",
                    "In the UK, poultry are vaccinated to control the spread.",
                    "Thorough cooking kills the **bacteria**."]),
    ("Gonorrhoea", ["A **sexually transmitted disease** caused by a bacterium.",
                    "Once easily treated with penicillin, but resistant strains have now appeared."]),
    ("Rose black spot", ["Fungal disease of roses", "Spores are spread by rain splash and wind.",
                         "Treatment: **fungicides**"]),
])


def test_a_matching_statement_told_only_in_words_other_cards_share_is_not_set():
    statements = 0
    for seed in "123456":
        for match in of_kind(planned(DISEASES, seed, exercises=("match",)), Match):
            texts = [pair.text for pair in (*match.pairs, *match.spares)]
            statements += len(texts)
            assert "No treatment kills the virus once a person has it." not in texts, (seed, texts)
    assert statements  # (statements with a word of their own, "poultry", "spores", are still matched)
