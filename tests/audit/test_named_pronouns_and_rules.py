"""Round JP–JQ of the unseen-pack audit: a history pack written under question titles lost every line whose "her"
the line itself names ("… excommunicated Elizabeth and freed Catholics from obeying her"); a trigonometry sheet
printed a sine-rule example under the line above's "Cosine rule", and an area example with no topic; a Spanish key
printed "e.g." and "Then" as part of the phrase."""
from __future__ import annotations

from sheet_builds import material, pack_yaml
from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.candidates import _choice
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.translate import vocabulary
from studypack.source import loads
from studypack.source.inline import parse_point


def test_a_pronoun_the_line_names_first_needs_no_title():
    source = material(pack_yaml("Elizabeth I", "History", [("Why did the Catholic threat grow after 1569?", [
        "Elizabeth ruled England from 1558.",
        "In **1570** Pope **Pius V** issued a papal bull which excommunicated Elizabeth and freed Catholics from "
        "obeying her.",
        "Walsingham read all her letters."])]))
    assert source.context(PointRef(0, 1), []) == ()
    assert source.context(PointRef(0, 2), []) is None  # (whose letters, only the title says)


def test_a_worked_example_takes_no_label_of_another_rule_and_a_titles_name_before_its_formula():
    sine = worked(parse_point("e.g. A = 40°, a = 8 cm, B = 65° → b = 8 × sin 65° ÷ sin 40° = **11.3 cm** (3 s.f.)"),
                  "Sine and cosine rules", parse_point("**Cosine rule** – a^2^ = b^2^ + c^2^ − 2bc cos A"))
    assert sine is not None and "Cosine" not in sine.context
    area = worked(parse_point("e.g. a = 5 cm, b = 7 cm, C = 60° → area = ½ × 5 × 7 × sin 60° = **15.2 cm^2^**"),
                  "Area of a triangle = ½ab sin C")
    assert area is not None and area.context == "Area of a triangle"


def test_an_english_lead_in_is_no_part_of_the_phrase():
    pack = loads("title: Mi barrio\nsubject: Spanish\nlang: es\ncards:\n  - title: En mi barrio\n    points:\n"
                 "      - \"e.g. Hay demasiado **tráfico** – there's too much traffic\"\n"
                 "      - \"Then **cruza la plaza** – cross the square\"\n", "barrio.yaml")
    assert [word for _, word, _ in vocabulary(pack)] == ["Hay demasiado tráfico", "cruza la plaza"]


def test_terms_of_two_cards_each_have_a_spare_of_their_kind():
    """Three plate margins and two of the 4 Ps beside a spare of the 4 Ps: the third margin came by elimination."""
    import random
    from studypack.layouts.worksheet.exercises.allocate import allocate
    pack = loads(pack_yaml("Tectonic hazards", "Geography", [
        ("Types of plate margin", [
            "**Constructive** – plates move apart; magma rises to fill the gap (e.g. the **Mid-Atlantic Ridge**).",
            "**Destructive** – the denser **oceanic** plate is forced down under the **continental** plate.",
            "**Collision** – two continental plates push together and fold up into mountains (e.g. the **Himalayas**).",
            "**Conservative** – plates slide past each other (e.g. the **San Andreas Fault**). Earthquakes only."]),
        ("Why do people live near tectonic hazards?", [
            "**Fertile soils** – volcanic ash weathers into rich soil, good for farming.",
            "**Geothermal energy** – Iceland gets most of its heating from heat under the ground."]),
        ("How can we reduce the risk? (the 4 Ps)", [
            "**Monitoring** – measuring the warning signs: tremors with **seismometers**, gases, and the ground "
            "swelling.",
            "**Prediction** – using the monitoring to forecast an eruption.",
            "**Protection** – designing **earthquake-resistant buildings**, e.g. cross-bracing.",
            "**Planning** – hazard maps, emergency drills, and keeping emergency kits ready."])]), "tectonics.yaml")
    for seed in range(4):
        plan = allocate(pack, ("gap", "match", "mcq", "tf"), None, random.Random(seed), False)
        kinds = [pair.card for pair in plan.questions["match"]]
        assert {card for card in kinds if kinds.count(card) > 1} <= {spare.card for spare in plan.spares}


def test_a_line_printed_under_a_matching_title_shares_no_word_with_its_statement():
    source = material(pack_yaml("Bonding", "Chemistry", [("Giant covalent structures", [
        "Graphite – each carbon bonded to **3** others in layers.",
        "Silicon dioxide has a very high **melting point**."])]))
    assert source.context(PointRef(0, 0), []) != ()
    source.matched = {0: "Graphite conducts because each carbon has one delocalised electron."}
    assert source.context(PointRef(0, 0), []) is None
    assert source.context(PointRef(0, 1), []) is not None


def test_round_jp_fairness_rules():
    from studypack.layouts.worksheet.exercises.candidates import _gap
    from studypack.layouts.worksheet.exercises.material import stem_told
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    assert stem_told("Potential difference – measured in v____ with a voltmeter", "volts (V)")
    assert not stem_told("Current is measured in a____ with an ammeter", "amps")
    assert leans_on_previous("Every branch gets the full supply pd.")
    assert leans_on_previous("Step-down transformers bring it back down to 230 V before it reaches our homes.")
    assert not leans_on_previous("Every cell has a nucleus.")
    source = material(pack_yaml("Circuits", "Physics", [("Potential difference", [
        "It is measured in **volts (V)** with a **voltmeter** placed **in parallel** across the component."])]))
    gap = _gap(source, PointRef(0, 0))
    assert gap is None or all(blank.text != "volts (V)" for blank in gap.answers)


def test_a_country_the_stem_gives_an_income_offers_no_other_countries():
    source = material(pack_yaml("Tectonic hazards", "Geography", [
        ("Eyjafjallajökull", ["**Eyjafjallajökull** is a volcano in southern **Iceland**, a high-income country."]),
        ("Nepal", ["**Nepal** is a low-income country in Asia, between **India** and **China**."]),
        ("Haiti", ["**Haiti** shook in 2010; **Kenya** sent aid."])]))
    choice = _choice(source, PointRef(0, 0))
    assert choice is None or "Iceland" not in choice.options


def test_a_case_the_sheets_title_names_is_not_missing_from_a_line():
    source = material(pack_yaml("Urban growth – a case study of Rio de Janeiro", "Geography", [
        ("How is Rio tackling its traffic?", ["The **Metro Line 4** extension opened in **2016**."]),
        ("How is Lagos growing?", ["The **Eko Atlantic** project began in **2009**."])]))
    assert source.context(PointRef(0, 0), []) is not None
    assert source.context(PointRef(1, 0), []) is None  # (which city, only the title says)
