"""Rounds HP–HU of the unseen-pack audit: a choice among ratings or a bare reading is no calculation, a line with no
subject of its own keeps its title or is not asked, an event says whose it is, a pair's other half or a bracketed
answer printed elsewhere gives the answer away, and a word bank's names never stand after "the"."""
from __future__ import annotations

import random
from pathlib import Path

from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.candidates import _choice, _gap, first_letter
from studypack.layouts.worksheet.exercises.distractors import _same_person
from studypack.layouts.worksheet.exercises.events import _names_its_own
from studypack.layouts.worksheet.exercises.material import Material, _telling
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.roles import is_scaffolding, leans_on_previous
from studypack.layouts.worksheet.exercises.short_answers import short_candidates
from studypack.layouts.worksheet.exercises.terms import Term
from studypack.layouts.worksheet.exercises.translate import _inside_a_word, _runs_into_list, translations
from studypack.source import loads
from sheet_builds import hideable, material, pack_yaml


def _worked(line: str, title: str):
    card = loads(pack_yaml("Physics", "Physics", [(title, [line])]), "w.yaml").cards[0]
    return worked(card.points[0], title)


def test_a_choice_among_ratings_or_a_bare_reading_is_no_calculation():
    assert _worked("kettle 2.3 kW on 230 V → use a **13 A** fuse", "Choosing a fuse") is None
    assert _worked("0.1 mol/dm³ HCl → pH **1**", "Strong and weak acids") is None
    assert _worked("Increase by 15% → multiplier **1.15**", "Multipliers") is None
    assert _worked("kettle 2.3 kW on 230 V → I = 2300 ÷ 230 = **10 A**", "Current") is not None


def test_a_line_with_no_subject_of_its_own_is_not_asked_without_its_title():
    acids = pack_yaml("Organic chemistry", "Chemistry", [
        ("Why are carboxylic acids weak acids?", [
            "Only **partially ionise** in water – most molecules stay as they are",
            "Fewer H⁺ ions → **higher pH** than a strong acid"]),
        ("Group 1 – the alkali metals", ["With water → **metal hydroxide** + **hydrogen**.",
                                          "Stored under **oil** to keep air and water out."])])
    source = material(acids)
    for ref in (PointRef(0, 0), PointRef(1, 0)):
        gap = _gap(source, ref)
        assert gap is None or gap.segments[0].role == "context"


def test_an_event_says_whose_it_is():
    assert not _names_its_own("The voyage home", frozenset({"The"}))
    assert _names_its_own("Yorktown", frozenset()) and _names_its_own("The Armada sails", frozenset())
    assert _names_its_own("Execution of Mary, Queen of Scots", frozenset())
    assert leans_on_previous("All three shared the Nobel Prize in 1945")


def test_a_pair_or_a_bracketed_answer_printed_elsewhere_gives_the_answer_away():
    trig = pack_yaml("Trigonometry", "Maths", [("Pythagoras", [
        "Hypotenuse known → **subtract**, don't add.", "Shorter sides known → **add** the squares."])])
    assert hideable(trig, "Hypotenuse known") == []
    assert "Hypotenuse" in _telling("Hypotenuse (H)")


def test_a_prefix_stays_with_its_name_and_a_bank_name_never_follows_the():
    food = pack_yaml("Resources", "Geography", [("Food", [
        "700–800 million people undernourished, mostly in sub-Saharan Africa and South Asia.",
        "About a third of all food is wasted."])])
    gap = _gap(material(food), PointRef(0, 0))
    assert gap is None or "Africa" not in [blank.text for blank in gap.answers]
    armada = pack_yaml("The Armada", "History", [("War with Spain", [
        "1585: an English army was sent to help the Dutch under the **Earl of Leicester**.",
        "**Drake** raided Cadiz in 1587."]), ("The fleet", ["**Lord Howard** commanded the English fleet."])])
    source = Material(loads(armada, "armada.yaml"), random.Random(1))
    source.banked = True
    gap = _gap(source, PointRef(0, 0))
    assert gap is None or "Earl of Leicester" not in [blank.text for blank in gap.answers]


def test_a_translation_prompt_keeps_no_note_that_prints_part_of_its_answer():
    assert _inside_a_word("erneuerbare Energie", "Sonnenenergie, Windkraft")
    assert not _inside_a_word("erneuerbare Energie", "solar power, wind power")


def test_an_answer_opening_on_an_abbreviation_shows_no_lone_letter():
    atoms = pack_yaml("Atoms", "Physics", [("Energy levels", [
        "Electron absorbs **EM radiation** → jumps to a higher energy level.",
        "Electron falls back → **emits** EM radiation."])])
    gap = _gap(material(atoms), PointRef(0, 0))
    assert gap is None or not any(blank.hint == "E" for blank in gap.segments if blank.role == "blank")


def test_a_scheme_leaves_out_the_other_ways_a_card_mentions():
    water = pack_yaml("Resources", "Geography", [("Large-scale scheme – China's South–North Water Transfer Project", [
        "Moves water from the wet south (Yangtze) to the dry north (Beijing).",
        "Three canal routes, over 1000 km long.",
        "Cost over $60 billion; around 300 000 people moved.",
        "Other ways to increase supply – dams, reservoirs, desalination."])])
    source = material(water)
    (short,) = short_candidates(source)
    assert not any(source.point(ref).text.startswith("Other") for ref in short.build(0).scheme)


def test_round_hu_names_pairs_and_notes():
    assert _same_person("US", "USA") and _same_person("Britain", "the UK") and not _same_person("USA", "USSR")
    assert "pacemaker" in _telling("artificial pacemaker") and "million" not in _telling("18.5 million")
    assert _inside_a_word("sich sonnen", "Ich habe mich gesonnt")
    assert first_letter(Term("constant volume", 0, 15, "term", "term:constant volume", True, sort="concept")) == ""
    schools = pack_yaml("Elizabethan England", "History", [("Education", [
        "Universities = **Oxford** & Cambridge (men only).",
        "Some places (N. **Europe**?) may grow more food."])])
    assert hideable(schools, "Universities") == []
    gap = _gap(material(schools), PointRef(0, 1))
    assert gap is None or "Europe" not in [blank.text for blank in gap.answers]


def test_a_scheme_leaves_out_a_line_dated_to_another_act():
    poor = loads(pack_yaml("Elizabethan England", "History", [("The Vagabonds Act", [
        "Vagabonds over 14 → **whipped** and bored through the ear.",
        "2nd offence → a felon; 3rd offence → **death**.",
        "Brought in a national **poor rate** collected by JPs.",
        "1576 Act for the Relief of the Poor → **houses of correction** for those who refused work."])])
        .replace("  - title: The Vagabonds Act\n", "  - title: The Vagabonds Act\n    date: '1572'\n"), "poor.yaml")
    source = Material(poor, random.Random(1))
    (short,) = short_candidates(source)
    assert not any(source.point(ref).text.startswith("1576") for ref in short.build(0).scheme)


def test_a_reading_the_arrow_leads_to_is_no_result_to_ask():
    assert _worked("e.g. basin = 45.20 g, after evaporating 50 cm³ → 45.26 g. Solids = 0.06 g in 50 cm³ → "
                   "0.06 × 20 = **1.2 g/dm³**", "Dissolved solids") is None


def test_a_choice_offers_no_one_the_heading_names():
    text = (Path(__file__).parent / "fresh" / "history_henry_ministers.yaml").read_text(encoding="utf-8")
    pack = loads(text, "henry.yaml")
    card = next(index for index, card in enumerate(pack.cards) if card.title == "Thomas Cromwell's rise")
    point = next(index for index, point in enumerate(pack.cards[card].points) if "worked for" in point.text)
    for seed in range(6):
        choice = _choice(Material(pack, random.Random(seed)), PointRef(card, point))
        assert choice is None or "Cromwell" not in choice.options


def test_a_word_the_pack_warns_has_another_meaning_is_not_translated():
    food = loads(pack_yaml("Au restaurant", "French", [("Le repas", [
        "l'entrée (f.) – the starter (NOT the entrance here); le plat principal – the main course",
        "le dessert – dessert; la carte – the menu", "l'addition – the bill", "le serveur – the waiter",
        "la boisson – the drink", "le poisson – fish", "le poulet – chicken", "les frites – chips"])]), "food.yaml")
    asked = [item.shown + item.answer for seed in range(8) for item in translations(food, random.Random(seed), 10)]
    assert asked and not any("starter" in item for item in asked)


def test_round_hw_a_modal_in_its_example_and_an_order_to_learn():
    german = pack_yaml("Gesund leben", "German", [("Modal verbs", [
        "**dürfen** – may, be allowed to: Man darf hier nicht rauchen.",
        "**müssen** – must, have to: Ich muss mehr schlafen.",
        "**sollen** – should: Du sollst mehr Obst essen."])])
    assert hideable(german, "dürfen") == [] and hideable(german, "müssen") == []
    assert is_scaffolding("Order to learn → Dalton → Thomson → Rutherford → Bohr → Chadwick")


def test_round_hy_a_compound_a_label_and_a_list():
    sunderland = pack_yaml("UK economy", "Geography", [("Sunderland – from ships to cars", [
        "Once a huge **shipbuilding** town on the River Wear; last shipyard closed 1988.",
        "**Nissan** opened a car plant in 1986."])])
    gap = _gap(material(sunderland), PointRef(0, 0))
    assert gap is None or "shipbuilding" not in [blank.text for blank in gap.answers]
    circles = loads(pack_yaml("Shapes", "Maths", [("Circles", [
        "Area – A = πr²", "e.g. r = 3 cm → C = 2 × π × 3 = 6π = **18.8 cm** (1 d.p.)"])]), "c.yaml").cards[0]
    assert worked(circles.points[1], circles.title, circles.points[0]) is None
    town = loads(pack_yaml("Où j'habite", "French", [("Key words", [
        "Key words: le bruit – noise, la pollution, la nature, l'air pur – clean air",
        "la ville – the town", "le village – the village", "la campagne – the countryside",
        "la mer – the sea", "la montagne – the mountains", "le quartier – the area", "la banlieue – the suburbs"])]),
        "town.yaml")
    asked = [item.shown + item.answer for seed in range(8) for item in translations(town, random.Random(seed), 10)]
    assert asked and not any("la pollution" in item for item in asked)


def test_an_answer_clipped_in_its_line_is_not_blanked():
    trade = pack_yaml("Development", "Geography", [("Fair trade", [
        "Farmers join **co-operatives** → more bargaining power. e.g. Kuapa Kokoo cocoa co-op, Ghana",
        "A fair trade **premium** is paid for community projects."])])
    gap = _gap(material(trade), PointRef(0, 0))
    assert gap is None or "co-operatives" not in [blank.text for blank in gap.answers]


def test_round_ia_a_named_festival_and_a_unit_changed():
    fiestas = loads(pack_yaml("Fiestas", "Spanish", [("La Navidad", [
        "El Gordo – the huge Christmas lottery (22 Dec)", "el turrón – nougat", "los villancicos – carols",
        "la Nochebuena – Christmas Eve", "los Reyes Magos – the Three Kings", "el regalo – the present",
        "la cena – the dinner", "el árbol – the tree"])]), "fiestas.yaml")
    asked = [item.shown + item.answer for seed in range(8) for item in translations(fiestas, random.Random(seed), 10)]
    assert asked and not any("Gordo" in item for item in asked)
    assert _worked("Camera: person 1.8 m tall, image on sensor 12 mm → convert first: 12 mm = **0.012 m**",
                   "Magnification") is None


def test_a_meaning_runs_into_a_list_only_where_an_article_opens_an_item():
    assert _runs_into_list("noise, la pollution, la nature")
    assert not _runs_into_list("dinner, late!") and not _runs_into_list("small-scale, local guides")
