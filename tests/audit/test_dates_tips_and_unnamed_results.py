"""Round GY–HA of the unseen-pack audit: a date in brackets is no gloss, a line that describes an unnamed thing
("A mixture of …") keeps its title or is not asked, advice about the last mark is no content, and a calculation whose
result nothing names ("→ um 13.30 Uhr", "→ £____" under a question) is not set; a card of sentences with arrows is
a short answer, and one card is kept for it where the other sections would touch every card."""
from __future__ import annotations

import random
from pathlib import Path

from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises.calculations import worked
from studypack.layouts.worksheet.exercises.candidates import _gap
from studypack.layouts.worksheet.exercises.material import Material
from studypack.layouts.worksheet.exercises.questions import PointRef
from studypack.layouts.worksheet.exercises.roles import is_scaffolding
from studypack.layouts.worksheet.exercises.short_answers import short_candidates
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
        ("Why can't you just take 20% off the sale price?", [  # (with "(Reverse percentages)" after it, the name
            # says the original price is asked)
            "Reverse percentage – you know the amount AFTER the change",
            "e.g. coat costs £64 after 20% off → £64 = 80% of original → 64 ÷ 0.8 = **£80**"]),
        ("Percentage change", ["e.g. price goes from £40 to £52 → 12 ÷ 40 × 100 = **30**% increase"])]),
        "pc.yaml")
    assert worked(ratio.cards[0].points[1], ratio.cards[0].title, ratio.cards[0].points[0]) is None
    rise = worked(ratio.cards[1].points[0], ratio.cards[1].title)
    assert rise is not None and rise.number == "30"


def _short_prompts(text: str) -> dict[str, tuple[str, ...]]:
    source = material(text)
    built = [candidate.build(0) for candidate in short_candidates(source)]
    return {question.prompt: tuple(source.point(ref).text for ref in question.scheme) for question in built if question}


def test_a_card_of_sentences_with_arrows_is_asked_but_one_equation_written_twice_is_not():
    brine = pack_yaml("Electrolysis", "Chemistry", [
        ("Electrolysis of brine", [
            "Brine = sodium chloride solution, NaCl(aq)",
            "Cathode → **hydrogen** (Na more reactive than H); anode → **chlorine**",
            "Left in solution → **sodium hydroxide**, NaOH (an alkali)",
            "Worked e.g. 2 mol NaCl → 1 mol Cl₂ = 71 g",
            "All three products are useful: H₂ for fuel, Cl₂ for bleach, NaOH for soap"]),
        ("The photosynthesis equation", [
            "carbon dioxide + water → glucose + oxygen (light needed)",
            "6CO₂ + 6H₂O → C₆H₁₂O₆ + 6O₂",
            "Happens in the **chloroplasts**, which hold the green pigment chlorophyll."])])
    shorts = _short_prompts(brine)
    assert list(shorts) == ["Write three points about: Electrolysis of brine."]
    assert not any(line.startswith("Worked") for line in shorts["Write three points about: Electrolysis of brine."])


def test_advice_to_use_a_case_study_is_no_content():
    assert is_scaffolding("Use it as your named UK freshwater example (scaled-up pond!)")
    assert not is_scaffolding("Used as a reservoir for Birmingham since 1904.")



def test_where_the_point_sections_would_touch_every_card_one_is_kept_for_a_short_answer():
    pack = loads((Path(__file__).parent / "fresh" / "chemistry_brine.yaml").read_text(encoding="utf-8"), "brine.yaml")
    for seed in ("1", None):
        plan = worksheet.plan(pack, WorksheetOptions(seed=seed) if seed else WorksheetOptions())
        names = [section.name for section in plan.exercises.sections]
        assert "short" in names and "gap" in names, names  # (matching too, where a spare has a word of its own)


def test_a_volume_worked_from_moles_uses_the_molar_volume_the_stem_never_gives():
    gases = loads(pack_yaml("Moles", "Chemistry", [("Volumes of gases", [
        "One mole of **any gas** fills the same volume at RTP.",
        "e.g. 8.8 g CO₂ → 8.8 ÷ 44 = 0.2 mol → 0.2 × 24 = **4.8 dm³**"])]), "gases.yaml")
    card = gases.cards[0]
    assert worked(card.points[1], card.title, card.points[0]) is None


def test_a_lack_is_never_swapped_for_a_thing():
    from studypack.layouts.worksheet.exercises.distractors import same_sort
    volcanoes = pack_yaml("Tectonics", "Geography", [
        ("Destructive margins", ["Sinking plate melts → magma rises → explosive **composite volcanoes**"]),
        ("Conservative margins", ["Crust is not made or destroyed → **no volcanoes**"]),
        ("Constructive margins", ["Magma rises through the gap → **new oceanic crust**"])])
    source = material(volcanoes)
    composite, lack, _ = (source.terms[ref][0] for ref in source.refs)
    family = {composite.key: frozenset({lack.key})}
    assert not same_sort(composite, lack, family) and not same_sort(lack, composite, {lack.key: {composite.key}})


def test_a_place_the_stem_locates_by_another_is_offered_only_beside_its_own_cards_places():
    from studypack.layouts.worksheet.exercises.candidates import _choice
    quakes = pack_yaml("Tectonic hazards", "Geography", [
        ("Nepal earthquake 2015", ["Magnitude 7.8; epicentre in **Gorkha** district, approx. 80 km NW of Kathmandu.",
                                   "Nearly 9000 people died."]),
        ("Chile earthquake 2010", ["The epicentre was near **Concepción**.", "About 500 people died."]),
        ("Living with volcanoes", ["Around 600 000 people live near **Vesuvius**.", "The ash makes soil fertile."]),
        ("Italy", ["The volcano towers over **Naples** and its suburbs.", "Evacuation plans cover the city."])])
    assert _choice(material(quakes), PointRef(0, 0)) is None


def test_round_hb_hd_members_labels_and_worked_data():
    from studypack.layouts.worksheet.exercises.distractors import same_sort
    weimar = pack_yaml("Germany", "History", [
        ("Stresemann", ["Abroad: **Locarno Pact** (1925), joined **League of Nations** (1926)."]),
        ("The Munich Putsch", ["Police opened fire – 16 **Nazis** killed, Hitler arrested."]),
        ("Weimar democracy", ["Many **Communists** refused to back the Republic."])])
    source = material(weimar)
    (_, league, *_), (nazis,), _ = (source.terms[ref] for ref in source.refs)
    assert not same_sort(league, nazis) and nazis.sort == "members"
    trapezium = loads(pack_yaml("Area", "Maths", [("Area of a trapezium", [
        "In words – add the parallel sides, halve it, times by the height",
        "e.g. a = 6 cm, b = 10 cm, h = 4 cm → ½ × (6 + 10) × 4 = **32 cm²**"])]), "area.yaml")
    card = trapezium.cards[0]
    calc = worked(card.points[1], "Area of a trapezium", card.points[0])
    assert calc is not None and calc.context == "Area of a trapezium"  # not "In words", which names no shape
    limiting = pack_yaml("Moles", "Chemistry", [("Limiting reactants", [
        "**Limiting reactant** = the one that gets used up first → it limits how much product you get",
        "The other reactant is **in excess** (some left over at the end)",
        "2H₂ + O₂ → 2H₂O: 4 mol H₂ + 3 mol O₂",
        "4 mol H₂ only needs 2 mol O₂ → H₂ is limiting, 1 mol O₂ left over",
        "Mass of product is directly proportional to mass of limiting reactant"])])
    (scheme,) = _short_prompts(limiting).values()
    assert not any("mol" in line for line in scheme) and len(scheme) == 3


def test_round_hb_a_letterless_blank_opening_its_line_and_a_scheme_missing_half_its_title():
    spectrum = pack_yaml("Waves", "Physics", [("The electromagnetic spectrum", [
        "All **transverse**, all travel at the same speed in a vacuum.",
        "Radio waves have the **longest** wavelength."]),
        ("Wave types", ["**Longitudinal** waves have compressions.", "Sound is a longitudinal wave."])])
    gap = _gap(material(spectrum), PointRef(0, 0))
    assert gap is None or "transverse" not in [blank.text for blank in gap.answers if not blank.hint]
    practicals = pack_yaml("Waves", "Physics", [("Required practical – ripple tank & waves on a string", [
        "**Ripple tank**: lamp above → shadows on paper. Measure e.g. 10 waves, ÷ 10 → λ",
        "Count waves passing a point in 10 s, ÷ 10 → f",
        "**Waves on a string**: vibration generator + string over a pulley with masses → stationary wave",
        "Measure across several half-wavelengths with a metre rule to cut % error",
        "Then use v = f λ to work out the speed of the wave"])])
    assert _short_prompts(practicals) == {}


def test_round_he_hf_shares_headings_sentences_elements_and_bolded_answers():
    from studypack.layouts.worksheet.exercises.calculations import _examples
    from studypack.layouts.worksheet.exercises.roles import leans_on_previous
    assert leans_on_previous("A very few bounced back → mass & charge concentrated in a tiny nucleus")
    assert is_scaffolding("Long-term vs short-term causes – know both! (overproduction = long-term)")
    resources = loads(pack_yaml("Resource management", "Geography", [("Why resources matter", [
        "Food, water & energy = the 3 **resources** needed for economic & social **well-being**"])]), "r.yaml")
    assert "resources" not in [term.text for term in Material(resources, random.Random(1)).hideable(PointRef(0, 0))]
    malaysia = pack_yaml("Rainforests", "Geography", [("Case study – deforestation in Malaysia", [
        "**SE Asia**. Still over half forested but one of the highest deforestation rates in the 2000s",
        "Logging for **hardwoods** such as teak."])])
    assert _gap(material(malaysia), PointRef(0, 0)) is None
    hoover = pack_yaml("USA", "History", [("How did Hoover respond – and why was he blamed?", [
        "Did some things – **Reconstruction Finance Corporation** (1932) lent money to banks",
        "Believed in **rugged individualism**."])])
    assert _gap(material(hoover), PointRef(0, 0)) is None
    table = material(pack_yaml("Periodic table", "Chemistry", [("Mendeleev's predictions", [
        "**Germanium** discovered 1886: very close to the prediction", "**Mendeleev** left gaps in 1869."])]))
    assert table.terms[PointRef(0, 0)][0].sort == "element"
    ore = loads(pack_yaml("Extraction", "Chemistry", [("Worked example – mass of metal from an ore", [
        "Q: how much Fe from 320 g of Fe₂O₃? (Aᵣ: Fe = 56, O = 16)",
        "Mᵣ Fe₂O₃ = (2 × 56) + (3 × 16) = 160",
        "moles = 320 ÷ 160 = 2 mol Fe₂O₃",
        "Fe₂O₃ + 3CO → 2Fe + 3CO₂ so ratio 1 : 2 → 4 mol Fe",
        "mass = 4 × 56 = **224 g** Fe"])]), "ore.yaml")
    assert all(found.number != "2" for _, found in _examples(ore, 0))


def test_round_hg_hi_offices_kin_titles_and_asides():
    tudors = material(pack_yaml("Tudors", "History", [("Wolsey's rise", [
        "Archbishop of York 1514 → **Lord Chancellor** + **Cardinal** 1515.",
        "War was organised by a rising royal almoner, **Thomas Wolsey**."])]))
    assert [term.sort for term in tudors.terms[PointRef(0, 0)]] == ["office", "office"]
    speciation = pack_yaml("Evolution", "Biology", [("Speciation", [
        "Eventually so different they can no longer interbreed → **new species**.",
        "Populations are split by **geographical isolation**."])])
    gap = _gap(material(speciation), PointRef(0, 0))
    assert gap is None or "new species" not in [blank.text for blank in gap.answers]
    harvey = pack_yaml("Medicine", "History", [("William Harvey and the circulation of the blood", [
        "Harvey showed the **heart** pumps blood round the body (1628).",
        "Blood flows one way through **valves** in the veins.",
        "He measured how much blood the heart pumps each beat.",
        "Also → Thomas Sydenham observed symptoms carefully; Royal Society founded 1660."])])
    (scheme,) = _short_prompts(harvey).values()
    assert not any("Sydenham" in line for line in scheme)
