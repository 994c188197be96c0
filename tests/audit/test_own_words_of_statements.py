"""Rounds PX–PZ of the unseen-pack audit: a matching statement holds a word no other card uses, since one told only
in words other cards share reads as true of their titles too, and names no name spelled like a title's."""
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


ICELAND = pack_yaml("Iceland", "Geography", [
    ("Surtsey, a new island", ["An undersea eruption built a new island off the south coast.",
                               "Named after Surtur, a fire giant in Norse mythology."]),
    ("Heimaey", ["Lava threatened to close the harbour of the fishing town.",
                 "Crews sprayed seawater on the lava to slow it down."]),
    ("Eyjafjallajökull", ["Ash from the ice-capped volcano closed European airspace for days.",
                          "Meltwater floods cut the ring road."]),
    ("Geothermal energy", ["Hot groundwater heats nine in ten homes.", "Steam turns turbines at Hellisheiði."]),
    ("Tourism", ["Visitors come for glaciers, geysers and the Blue Lagoon.",
                 "Footpaths erode where crowds gather at waterfalls."]),
])


def test_a_matching_statement_naming_a_name_spelled_like_its_title_is_not_set():
    statements = 0
    for seed in "123456":
        for match in of_kind(planned(ICELAND, seed, exercises=("match",)), Match):
            texts = [pair.text for pair in (*match.pairs, *match.spares)]
            statements += len(texts)
            assert not any("Surtur" in text for text in texts), (seed, texts)  # "Surtur" pairs with "Surtsey" by sight
    assert statements


ALCOHOLS = pack_yaml("Alcohols", "Chemistry", [
    ("The alcohols – a homologous series", ["Functional group: **hydroxyl**, **\\ce{-OH}**",
                                            "The name always ends in **-ol**; the stem tells the number of carbons."]),
    ("Formulae of the first four alcohols", ["Methanol: **\\ce{CH3OH}**",
                                             "Ethanol: **\\ce{C2H5OH}**, also written **\\ce{CH3CH2OH}**",
                                             "Propanol: **\\ce{C3H7OH}**"]),
    ("Esters", ["An **ester** forms from an alcohol and a **carboxylic acid**.",
                "Catalyst is concentrated sulfuric acid; the mixture is warmed gently."]),
    ("Fermentation", ["**Yeast** turns sugar into **ethanol** and **carbon dioxide**.",
                      "The enzymes in yeast catalyse the reaction best at about 35 °C."]),
])


def test_a_title_naming_the_form_of_its_statement_is_no_matching_title():
    for seed in "123456":
        plan = planned(ALCOHOLS, seed, exercises=("match", "gap"))
        assert any(section.questions for section in plan.exercises.sections), seed
        for match in of_kind(plan, Match):  # the one formula pairs with "Formulae" by its look
            assert not any(pair.title.startswith("Formulae") for pair in match.pairs), seed
