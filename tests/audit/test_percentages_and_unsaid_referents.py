"""Round JN–JO of the unseen-pack audit: a percentages pack gave one calculation of eight worked examples; a digestion
pack asked "Products are used to build …" (of what?) and "Pancreas makes all three" (three what?), and offered 95 °C
for Benedict's "about 75 °C"; a history pack placed "The Mormons" on a timeline; a French pack's key printed the
step number of "1. Je suis allé(e) en Espagne"."""
from __future__ import annotations

from sheet_builds import material, pack_yaml
from studypack.layouts.worksheet.exercises.calculations import _examples
from studypack.layouts.worksheet.exercises.candidates import _choice
from studypack.layouts.worksheet.exercises.events import _POINTS_BACK, surveys
from studypack.layouts.worksheet.exercises.material import title_topic
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.roles import leans_on_previous
from studypack.layouts.worksheet.exercises.translate import vocabulary
from studypack.source import loads


def _asked(cards: list[tuple[str, list[str]]]) -> list[str]:
    pack = loads(pack_yaml("Percentages", "Maths", cards), "percentages.yaml")
    return [found.givens for index in range(len(pack.cards)) for _, found in _examples(pack, index)]


def test_a_percentage_example_under_a_title_of_two_things_is_asked_where_its_givens_say_which():
    assert _asked([("Percentage increase and decrease", [
        "Increase by 15% → you want 115% → multiply by **1.15**.",
        "e.g. a £80 coat goes up by 15% → 80 × 1.15 = **£92**",
        "e.g. a price rises from £40 to £50 → 10 ÷ 40 × 100 = **25%**"]),
        ("Percentages, fractions and decimals", [
            "Learn these: 50% = ½ = **0.5**, 1% = 1/100 = **0.01**",
            "To write one amount as a percentage of another, make a fraction and multiply by 100.",
            "e.g. 18 out of 24 → 18 ÷ 24 × 100 = **75%**"]),
        ("Finding a percentage of an amount", ["e.g. 17% of 250 kg → 0.17 × 250 = **42.5 kg**"]),
        ("How do I work backwards? (Reverse percentages)",
         ["e.g. sale price £48 after 20% off → 48 ÷ 0.8 = **£60**"])]) \
        == ["a £80 coat goes up by 15%", "18 out of 24", "17% of 250 kg", "sale price £48 after 20% off"]


def test_two_things_in_a_title_still_refuse_givens_that_say_neither():
    assert _asked([("Compound interest and depreciation",
                    ["e.g. £2000 at 3% for 4 years → 2000 × 1.03⁴ = **£2251.02**"]),
                   ("How much is made? (Higher)", ["e.g. 2.0 A for 5 minutes → 2.0 × 300 = **600 C**"])]) == []


def test_a_line_on_something_unsaid_needs_its_title():
    source = material(pack_yaml("Digestion", "Biology", [("Why do we need to digest food?", [
        "Products are used to build new molecules or for **respiration**."])]))
    assert source.context(PointRef(0, 0), []) is None
    assert leans_on_previous("Pancreas makes all three – so damage to it (e.g. in **cystic fibrosis**) affects all.")
    assert not leans_on_previous("Pancreas makes all three enzymes.")


def test_a_temperature_given_roughly_offers_no_option_near_it():
    source = material(pack_yaml("Digestion", "Biology", [
        ("Enzymes", ["Rate peaks at the **optimum temperature** (about **37 °C** for human enzymes)."]),
        ("Practical", ["Mix amylase and **starch solution** in a **water bath** at **35 °C**."]),
        ("Food tests", ["**Sugars** (reducing) – **Benedict's**, heat in a water bath at about **75 °C**: blue → "
                        "**brick-red**"])]))
    choice = _choice(source, PointRef(2, 0))  # (offered 95 °C and 55 °C, as right as 75 °C for a water bath "about" it)
    assert choice is None or all(abs(float(option.split()[0]) - 75) >= 25 for option in choice.options[1:])


def test_a_people_is_no_moment_and_lines_that_met_point_back():
    assert surveys("The Mormons") and surveys("The Plains Indians")
    assert not surveys("The Nuremberg Laws") and not surveys("Alkalis")
    assert _POINTS_BACK.search("Lines met at Promontory Summit, Utah.")


def test_a_title_asking_what_a_thing_is_actually_like_names_the_thing():
    assert title_topic("What is a favela actually like?") == "Favela"


def test_a_numbered_step_keeps_its_number_out_of_the_phrase():
    pack = loads("title: Vacances\nsubject: French\nlang: fr\ncards:\n  - title: Parler des vacances\n    points:\n"
                 "      - \"1. **Je suis allé(e)** en Espagne – I went to Spain\"\n", "vacances.yaml")
    assert [(word, meaning) for _, word, meaning in vocabulary(pack)] == [("Je suis allé(e) en Espagne",
                                                                           "I went to Spain")]


def test_a_deed_with_no_doer_under_a_title_of_two_is_not_asked_and_a_heading_question_is_no_claim():
    source = material(pack_yaml("Russia", "History", [("The Dumas and Stolypin, 1906–1911", [
        "Stolypin brought in land reform to win the peasants over.",
        "Assassinated at the Kiev opera in **1911**."])]))
    assert source.context(PointRef(0, 1), []) is None
    from studypack.layouts.worksheet.exercises.candidates import clause_before_dash
    weimar = material(pack_yaml("Weimar", "History", [("The rise of the Nazis", [
        "Why people voted Nazi – **Goebbels**' propaganda, the **SA**, fear of **communism**."])]))
    assert clause_before_dash(weimar, PointRef(0, 0)) is None
