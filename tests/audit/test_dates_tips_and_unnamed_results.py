"""Round GY–HA of the unseen-pack audit: a date in brackets is no gloss, a line that describes an unnamed thing
("A mixture of …") keeps its title or is not asked, advice about the last mark is no content, and a calculation whose
result nothing names ("→ um 13.30 Uhr", "→ £____" under a question) is not set."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.candidates import _gap
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.roles import is_scaffolding
from studypack.source import loads
from sheet_builds import hideable, material, pack_yaml


def test_a_date_in_brackets_is_no_gloss_but_a_meaning_is():
    weimar = pack_yaml("Weimar recovery", "History", [("Stresemann abroad", [
        "The **Locarno Pact** (Oct 1925) fixed Germany's western borders.",
        "Germany joined the **League of Nations** (1926–33) as a great power.",
        "The **Rentenmark** (new currency) replaced the worthless mark."])])
    assert hideable(weimar, "The Locarno Pact") == ["Locarno Pact"]
    assert hideable(weimar, "Germany joined") == ["League of Nations"]
    assert hideable(weimar, "The Rentenmark") == []


def test_a_line_describing_an_unnamed_thing_is_not_cut_from_the_title_that_names_its_answer():
    oil = pack_yaml("Organic chemistry", "Chemistry", [("Crude oil and hydrocarbons", [
        "A **mixture** of lots of compounds – mostly **hydrocarbons**",
        "Crude oil is a **finite** resource."])])
    gap = _gap(material(oil), PointRef(0, 0))
    assert gap is None or "hydrocarbons" not in [blank.text for blank in gap.answers]


def test_advice_about_the_last_mark_is_no_content():
    assert is_scaffolding("Always finish with a sentence that answers the question – numbers alone don't get the "
                          "last mark.")
    assert is_scaffolding("Units get you the final mark.")
    assert not is_scaffolding("Always wear goggles when heating a test tube.")


def test_a_result_named_by_no_quantity_is_not_asked():
    german = loads(pack_yaml("School", "German", [("Wie spät ist es? – telling the time", [
        "Um wie viel Uhr? – At what time?",
        "24-hour clock common on timetables → um 13.30 Uhr (dreizehn Uhr dreißig)"])]), "school.yaml")
    card = german.cards[0]
    assert worked(card.points[1], card.title, card.points[0]) is None
    ratio = loads(pack_yaml("Percentages", "Maths", [
        ("Why can't you just take 20% off the sale price? (reverse percentages)", [
            "Reverse percentage – you know the amount AFTER the change",
            "e.g. coat costs £64 after 20% off → £64 = 80% of original → 64 ÷ 0.8 = **£80**"]),
        ("Percentage change", ["e.g. price goes from £40 to £52 → 12 ÷ 40 × 100 = **30**% increase"])]),
        "pc.yaml")
    assert worked(ratio.cards[0].points[1], ratio.cards[0].title, ratio.cards[0].points[0]) is None
    rise = worked(ratio.cards[1].points[0], ratio.cards[1].title)
    assert rise is not None and rise.number == "30"
