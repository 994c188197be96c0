"""Round LQ of the unseen-pack audit and the reads beside it: a cause "still blamed on miasma" from the Great Plague's
card stood beside the title "The Black Death", whose card marks **miasma** too; "Rani of ____" offered people for
Jhansi, and the Cripps Mission stood among people; "Exam often asks you to shade the region R" was credited in a
scheme. Round LR: the Ku Klux Klan, "founded 1865–66", and the Emancipation Proclamation were offered among people;
"Higher crop yields → food insecurity, malnutrition & famine" was set as a statement."""
from __future__ import annotations

from sheet_builds import material, of_kind, pack_yaml, planned, scheme_texts
from studypack.layouts.worksheet.exercises.questions import Match

_PLAGUES = pack_yaml("Disease and cure since 1300", "History", [
    ("What medieval people thought", [
        "Illness was sent by **God** as a punishment, many priests taught.",
        "**Miasma** – foul air from rotting matter carried disease.",
        "The **four humours** had to stay in balance, following Galen."]),
    ("The Black Death", [
        "Arrived in Dorset in **1348** and spread along trade routes.",
        "People said **miasma** or the alignment of the planets was to blame.",
        "**Flagellants** walked between towns whipping themselves in penance.",
        "A third or more of the people of England died within two years."]),
    ("Monasteries and hospitals", [
        "Monks kept **infirmaries** with herb gardens beside them.",
        "Most hospitals offered rest, food and prayer rather than any treatment.",
        "Lepers were kept apart in **lazar houses** outside the walls."]),
    ("The Great Plague", [
        "London lost around **100,000** people in **1665**.",
        "Most still put it down to **miasma**, though star-gazing counted for less.",
        "Infected houses were shut up under **quarantine** with a red cross painted on the door.",
        "Theatres closed and crowds were banned across the city."]),
    ("Vesalius and the body", [
        "Published a great atlas of human anatomy in **1543**.",
        "Cut up human bodies himself instead of reading from old books.",
        "Showed the jaw is a single bone, so Galen had been wrong."]),
    ("Jenner's vaccine", [
        "Noticed milkmaids who caught **cowpox** never caught smallpox.",
        "Tested the idea on a boy, **James Phipps**, in **1796**.",
        "Parliament made the jab compulsory in **1853**."]),
    ("Cholera in Soho", [
        "**John Snow** mapped deaths around one water pump on Broad Street.",
        "Removing the pump handle in **1854** stopped the outbreak.",
        "Officials still pointed at **miasma** rather than the water supply."]),
    ("Germ theory", [
        "**Louis Pasteur** showed that microbes in the air make things rot.",
        "**Robert Koch** stained bacteria so each disease could be pinned to one germ.",
        "Doctors slowly dropped the old explanations once germs could be seen."]),
    ("Penicillin", [
        "**Alexander Fleming** spotted mould killing bacteria on a dish in **1928**.",
        "**Florey** and **Chain** purified it enough to treat patients.",
        "American factories grew it in huge tanks during the Second World War."]),
    ("The welfare state", [
        "The **NHS** opened in **1948**, free to everyone when they needed it.",
        "**Aneurin Bevan** steered the plan through against doctors' doubts.",
        "Paid for out of general taxation."]),
])


def test_a_key_term_both_cards_mark_keeps_one_cards_statement_from_the_others_title():
    checked = 0
    for seed in range(1, 13):
        for block in of_kind(planned(_PLAGUES, str(seed)), Match):
            checked += 1
            titles = {pair.title for pair in block.pairs}
            for item in block.pairs + block.spares:
                if "miasma" in item.text.casefold():
                    others = {"The Black Death", "The Great Plague", "Cholera in Soho"} - {item.title}
                    assert not titles & others, (seed, titles, item.text)
    assert checked


def test_a_realm_after_a_title_is_a_place_and_a_mission_is_no_person():
    source = material(pack_yaml("Britain in India", "History", [
        ("The 1857 rising", [
            "Rebels held **Lucknow** for months; the Rani of **Jhansi** led rebels in central India.",
            "**Dalhousie** had annexed states whose ruler left no heir."]),
        ("Towards independence", [
            "1942 **Cripps Mission** offered dominion status – rejected.",
            "1945 – **Attlee**'s Labour govt wanted to leave India.",
            "Lord **Mountbatten** = last Viceroy, from March 1947."])]))
    sorts = {term.text: term.sort for ref in source.refs for term in source.terms[ref]}
    assert sorts["Jhansi"] == "place" and sorts["Attlee"].startswith("person"), sorts
    assert sorts["Cripps Mission"] == "organisation", sorts


def test_what_the_exam_often_asks_is_no_point_of_the_topic():
    source = material(pack_yaml("Inequalities", "Maths", [("Inequalities on graphs (regions)", [
        "Draw the boundary line first, e.g. y = 2x + 1.",
        "< or > → **dashed line** (not included); ≤ or ≥ → **solid line**",
        "y > … → region **above** the line; y < … → region **below**",
        "Test a point that is off the line to see which side is wanted.",
        "Exam often asks you to shade the region **R** satisfying several inequalities."])]))
    assert not any(text.startswith("Exam") for text in scheme_texts(source, 0))


def test_a_body_founded_a_proclamation_and_an_amendment_are_no_people():
    source = material(pack_yaml("The USA after 1860", "History", [
        ("War and freedom", [
            "**Emancipation Proclamation** announced after Antietam, in force from 1 January 1863.",
            "**13th Amendment** (1865) abolished slavery across the USA.",
            "Lincoln shot in April 1865 → **Andrew Johnson** president."]),
        ("The South after the war", [
            "**Ku Klux Klan** founded 1865–66 in Tennessee – terror campaign against freed people.",
            "**Jim Crow laws** kept Black and white people apart."])]))
    sorts = {term.text: term.sort for ref in source.refs for term in source.terms[ref]}
    assert sorts["Emancipation Proclamation"] == sorts["13th Amendment"] == "document", sorts
    assert sorts["Ku Klux Klan"] == "organisation" and sorts["Andrew Johnson"] == "person", sorts
    from studypack.layouts.worksheet.exercises.kinds import name_sort
    text = "Mill Road Club founded in 1920 by local workers."
    assert name_sort("Mill Road Club", text, 0, 14, frozenset()) == "organisation"
    text = "Harbourtown founded 1620 by settlers from Kent."
    assert name_sort("Harbourtown", text, 0, 11, frozenset({"Harbourtown"})) == "other"


def test_an_amount_turned_before_a_hardship_is_no_statement():
    from studypack.layouts.worksheet.exercises.flips import flip
    assert flip("Lower crop yields → food insecurity, malnutrition & famine", []) is None
    assert flip("Poor harvests and lower wages → many families fell into poverty", []) is None
    assert flip("Evaporation is higher in summer.", []).wrong == "lower"
