"""Science notation and pictures as printed: every character read back from the PDF, drawn by the face that
has it; numbers kept with their units; pictures inside their own card slot, aspect kept, on fronts and backs."""
from __future__ import annotations

from pathlib import Path

import pytest

from pdftext import open_pdf, page_text, text_of
from studypack.errors import StudypackError
from studypack.layouts import flashcards, summary
from studypack.layouts.kit.fitting import glued_units, words_of
from studypack.layouts.kit.fonts import fonts_for
from studypack.layouts.kit.pictures import SHARP_DPI
from studypack.layouts.kit.script_faces import RAISED_BASES, SCRIPT_FORMS
from studypack.layouts.options import FlashcardOptions, Style, SummaryOptions
from studypack.source import load, loads
from pngs import png as png_bytes

SCIENCE = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ → ← ↔ ⇌ ⇒ ↑ ↓ ± × ÷ ≤ ≥ ≠ ≈ ∞ √ ∑ ∫ ∂ ∆ ° µ ′ ″ · ½ ¼ ¾ ∝ ∇ αβγδΔΩλπ ✓ ✔ ✗ ✘ ♀ ♂ ☐ ☑ ★ ⚠"


def png(path: Path, width: int, height: int) -> Path:
    """A plain PNG of ``width`` × ``height`` pixels written at ``path``."""
    path.write_bytes(png_bytes(width, height, 128))
    return path


ON_CARDS_AND_SUMMARY = pytest.mark.parametrize("render", [
    lambda pack: flashcards.render(pack), lambda pack: summary.render(pack, SummaryOptions()),
], ids=["flashcards", "summary"])
"""A test run on the flashcards and on the summary sheet, each rendered with its defaults."""


# -- characters ------------------------------------------------------------------

def test_every_science_character_reads_back_in_order_drawn_by_the_fallback_where_the_font_lacks_it():
    pack = loads(f"title: Signs\ncards:\n  - title: All the signs\n    points: ['{SCIENCE}']\n")
    fonts = fonts_for(Style())
    lacking = {char for char in SCIENCE if not char.isspace() and not fonts.regular.has(char)} - SCRIPT_FORMS
    assert {"⇌", "∝", "✗", "♀"} <= lacking  # the fallback really is needed (ticks and crosses in a teacher's notes)
    with open_pdf(flashcards.render(pack)) as pdf:
        chars = [char for char in pdf.pages[1].chars if not char["text"].isspace()]
    assert "".join(char["text"] for char in chars if char["text"] != "•") == SCIENCE.replace(" ", "")
    for char in chars:
        if char["text"] in SCRIPT_FORMS:  # the face's own base glyph, smaller (see the next test)
            assert char["fontname"].endswith("SourceSansPro-Regular-Sup" if char["text"] in RAISED_BASES
                                             else "SourceSansPro-Regular-Sub"), char
        else:
            assert ("StudypackFallbackSans" in char["fontname"]) == (char["text"] in lacking), char


@ON_CARDS_AND_SUMMARY
def test_superscripts_and_subscripts_are_smaller_and_raised_or_lowered_and_read_as_typed(render):
    pack = loads("title: Ions\ncards:\n  - title: Sulfate \\ce{SO4^2-}\n    points:\n"
                 "      - 'Water is H~2~O; x^2^ + Na^+^ in mol dm^-3^, and **\\ce{H2SO4}** too.'\n")
    data = render(pack)
    with open_pdf(data) as pdf:
        chars = [char for page in pdf.pages for char in page.chars]
    scripts = [(index, char) for index, char in enumerate(chars) if char["text"] in SCRIPT_FORMS]
    assert "".join(char["text"] for _, char in scripts).startswith("₄²⁻₂²⁺⁻³₂₄")
    descent = fonts_for(Style()).regular.descent  # a character's box reaches this far below its baseline, per pt
    for index, char in scripts:
        base = next(chars[at] for at in range(index - 1, -1, -1) if chars[at]["text"] not in SCRIPT_FORMS)
        assert char["size"] == pytest.approx(base["size"] * 0.7, abs=0.02), (char["text"], base["text"])
        baseline, base_line = (c["y0"] + descent * c["size"] for c in (char, base))  # PDF y: up is more
        if char["text"] in RAISED_BASES:
            assert baseline == pytest.approx(base_line + 0.33 * base["size"], abs=0.02)
        else:
            assert baseline == pytest.approx(base_line - 0.15 * base["size"], abs=0.02)
    text = " ".join(text_of(data).replace("\xa0", " ").split())
    assert "Water is H₂O; x² + Na⁺ in mol dm⁻³, and H₂SO₄ too." in text and "Sulfate SO₄²⁻" in text


def test_notation_reads_back_from_the_summary_with_no_markup_left():
    pack = loads("title: Acids\ncards:\n  - title: Sulfuric acid \\ce{H2SO4}\n    points:\n"
                 "      - '\\ce{N2 + 3H2 <=> 2NH3} at 25 °C, in mol dm^-3^; $x^2$'\n")
    with open_pdf(summary.render(pack, SummaryOptions())) as pdf:
        text = page_text(pdf.pages[0])
    assert "Sulfuric acid H₂SO₄" in text and "N₂ + 3H₂ ⇌ 2NH₃" in text.replace("\xa0", " ")
    assert "mol dm⁻³" in text and "x²" in text and not any(mark in text for mark in ("\\ce", "^", "~", "$"))


def test_a_pack_without_notation_does_not_put_the_fallback_in_the_file():
    pack = loads("title: Plain\ncards:\n  - title: A card\n    points: [Only plain words here.]\n")
    assert b"StudypackFallbackSans" not in flashcards.render(pack)


def test_a_character_no_face_has_in_bold_is_an_error_naming_the_bold_option(tmp_path):
    from fontTools import subset
    import font_source_sans_pro

    bold = tmp_path / "Bold.ttf"
    options = subset.Options()
    options.layout_features = []
    font = subset.load_font(font_source_sans_pro.font_files_ttf["SourceSansProBold"], options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=range(0x20, 0x7F))
    subsetter.subset(font)
    subset.save_font(font, str(bold), options)
    pack = loads("title: T\ncards:\n  - title: Plain\n    points: ['a **Ж** term']\n")
    with pytest.raises(StudypackError, match=r"the bold font .* has no glyph for Ж \(U\+0416\) in the titles or key terms"
                                             r" of card 1 — .*pass --font-bold"):
        flashcards.plan(pack, FlashcardOptions(style=Style(font_bold=bold)))


# -- numbers and units -------------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("a gap of 4 mm here", "4 mm"), ("heated to 25 °C.", "25 °C."), ("mass 5 kg, then", "5 kg,"),
    ("light at 3.00 × 10⁸ m s⁻¹ in", "3.00 × 10⁸ m s⁻¹"), ("0.10 mol dm⁻³ of acid", "0.10 mol dm⁻³"),
    ("sent at 400 000 V to homes", "400 000 V"), ("about 10 000 000 people.", "10 000 000"),
])
def test_a_number_and_its_units_are_one_word_for_line_breaking(text, unit):
    assert unit in glued_units(text.split(" "))
    words = words_of(((text, False),), fonts_for(Style()))
    assert unit in ["".join(piece for piece, _ in word.pieces) for word in words]


def test_words_that_are_not_units_stay_apart():
    assert glued_units("In 1956 Khrushchev spoke for 4 hours".split(" ")) == \
        ["In", "1956", "Khrushchev", "spoke", "for", "4", "hours"]
    assert glued_units("in 1990 200 people".split(" ")) == ["in", "1990", "200", "people"]  # a year, then a count


def test_a_number_and_its_unit_stay_on_one_line_and_read_back_with_a_space():
    point = " ".join(["word"] * 9) + " and 3.00 × 10⁸ m s⁻¹ or 4 mm or 25 °C"
    pack = loads(f"title: Units\ncards:\n" + "".join(f"  - title: Card {n}\n    points: ['{point}']\n" for n in range(2)))
    with open_pdf(flashcards.render(pack)) as pdf:
        lines = pdf.pages[1].extract_text().splitlines()
    for unit in ("3.00 × 10⁸ m s⁻¹", "4 mm", "25 °C"):
        assert any(unit in line for line in lines), lines


# -- pictures ------------------------------------------------------------------------

def picture_pack(tmp_path: Path, cards: int = 8) -> Path:
    png(tmp_path / "wide.png", 900, 450)
    png(tmp_path / "tall.png", 300, 600)
    lines = ["title: Pictures", "cards:"]
    for n in range(cards):
        lines += [f"  - title: Card {n + 1}", f"    image: {'wide' if n % 2 else 'tall'}.png",
                  f"    back_image: {'tall' if n % 2 else 'wide'}.png", "    points:", f"      - Point {n + 1} with 4 mm."]
    path = tmp_path / "pictures.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def inside(image: dict, slot, page_height: float) -> bool:
    top = page_height - slot.top
    return (slot.x - 0.5 <= image["x0"] and image["x1"] <= slot.right + 0.5
            and top - 0.5 <= image["top"] and image["bottom"] <= top + slot.height + 0.5)


@pytest.mark.parametrize("flip", ["long", "short"])
def test_pictures_sit_inside_their_own_card_slot_on_fronts_and_backs_with_their_aspect_kept(tmp_path, flip):
    pack = load(picture_pack(tmp_path))
    plan = flashcards.plan(pack, FlashcardOptions(flip=flip))
    sheets = plan.sheets
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        fronts, backs = pdf.pages[0], pdf.pages[1]
        for page, slot_of, shape in ((fronts, sheets.front, lambda n: 2.0 if n % 2 else 0.5),
                                     (backs, sheets.back, lambda n: 0.5 if n % 2 else 2.0)):
            assert len(page.images) == 8
            for index in range(8):
                slot = slot_of(index)
                found = [image for image in page.images if inside(image, slot, page.height)]
                assert len(found) == 1, (index, slot)
                image = found[0]
                assert image["width"] / image["height"] == pytest.approx(shape(index), rel=0.01)
                words = [w for w in page.extract_words() if inside(w, slot, page.height)]
                assert words and all(w["bottom"] <= image["top"] + 0.5 or w["top"] >= image["bottom"] - 0.5 for w in words)


def test_a_front_picture_goes_under_the_title_and_a_back_picture_above_the_points(tmp_path):
    pack = load(picture_pack(tmp_path, cards=1))
    with open_pdf(flashcards.render(pack)) as pdf:
        front, back = pdf.pages[0], pdf.pages[1]
        title = next(w for w in front.extract_words() if w["text"] == "Card")
        assert title["bottom"] <= front.images[0]["top"]
        point = next(w for w in back.extract_words() if w["text"] == "Point")
        assert back.images[0]["bottom"] <= point["top"]


def test_no_images_leaves_every_picture_out(tmp_path):
    pack = load(picture_pack(tmp_path))
    with open_pdf(flashcards.render(pack, FlashcardOptions(style=Style(images=False)))) as pdf:
        assert all(not page.images for page in pdf.pages)


def test_a_small_picture_is_never_printed_past_150_dpi_and_is_warned_about(tmp_path):
    png(tmp_path / "tiny.png", 60, 40)
    path = tmp_path / "tiny.yaml"
    path.write_text("title: T\ncards:\n  - title: Tiny\n    image: tiny.png\n    points: [A point.]\n", encoding="utf-8")
    plan = flashcards.plan(load(path), FlashcardOptions())
    assert any("tiny.png is 60 pixels wide, under 150 dpi" in warning and "card 1" in warning for warning in plan.warnings)
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        image = pdf.pages[0].images[0]
    assert image["width"] == pytest.approx(60 / SHARP_DPI * 72, abs=0.05)


def test_an_svg_picture_is_drawn_as_shapes_inside_its_slot(tmp_path):
    (tmp_path / "cell.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
                                       '<rect x="0" y="0" width="200" height="100" fill="#0a0"/></svg>', encoding="utf-8")
    path = tmp_path / "svg.yaml"
    path.write_text("title: T\ncards:\n  - title: Cell\n    image: cell.svg\n    points: [A point.]\n", encoding="utf-8")
    plan = flashcards.plan(load(path), FlashcardOptions())
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        page = pdf.pages[0]
        rect = next(r for r in page.rects if r["non_stroking_color"] and r["width"] > 50)
        assert inside(rect, plan.sheets.front(0), page.height)
        assert rect["width"] / rect["height"] == pytest.approx(2.0, rel=0.01)


ION_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
           '<rect x="0" y="0" width="200" height="100" fill="#eee"/>'
           '<text x="10" y="30" font-family="sans-serif" font-size="14">Na⁺ + Cl⁻ → NaCl</text>'
           '<text x="100" y="60" font-size="12" text-anchor="middle" font-weight="bold">CO₂</text>'
           '<text x="10" y="90" font-family="serif" font-size="12">plain café</text></svg>')


@ON_CARDS_AND_SUMMARY
def test_an_svg_label_with_science_notation_is_set_in_the_packs_faces_not_as_boxes(tmp_path, render):
    (tmp_path / "ions.svg").write_text(ION_SVG, encoding="utf-8")
    path = tmp_path / "svg.yaml"
    path.write_text("title: T\ncards:\n  - title: Ions\n    image: ions.svg\n    points: [A point.]\n", encoding="utf-8")
    with open_pdf(render(load(path))) as pdf:
        chars, frame = pdf.pages[0].chars, next(r for r in pdf.pages[0].rects if r["width"] > 50 and r["height"] > 20)
    label = [char for char in chars if char["text"] in "⁺⁻→₂"]
    assert "".join(char["text"] for char in label) == "⁺⁻→₂"  # read back, in order: no Symbol or ZapfDingbats stand-ins
    assert not any(font in char["fontname"] for char in chars for font in ("ZapfDingbats", "Symbol"))
    assert all("SourceSansPro" in char["fontname"] for char in label)
    plus, two = label[0], label[3]
    n = next(char for char in chars if char["text"] == "N" and char["size"] > plus["size"])
    assert plus["size"] < n["size"] and plus["bottom"] < n["bottom"]  # smaller and raised, as in the text
    bold_c = next(char for char in chars if char["text"] == "C" and "Bold" in char["fontname"] and char["x1"] <= two["x0"] + 0.5)
    assert bold_c and two["bottom"] > bold_c["bottom"]  # the subscript sits lower
    centre = (bold_c["x0"] + two["x1"]) / 2
    assert centre == pytest.approx(frame["x0"] + frame["width"] / 2, abs=1.0)  # centred on its anchor, as the SVG says
    assert any(char["text"] == "é" and "Times" in char["fontname"] for char in chars)  # a label it can draw keeps its font


def test_an_svg_that_cannot_be_read_is_a_located_error(tmp_path):
    (tmp_path / "bad.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'><g></svg>", encoding="utf-8")
    path = tmp_path / "bad.yaml"
    path.write_text("title: T\ncards:\n  - title: Bad\n    image: bad.svg\n    points: [A point.]\n", encoding="utf-8")
    with pytest.raises(StudypackError, match="card 1, image: bad.svg: the SVG (cannot be read|has no width and height)") as raised:
        flashcards.plan(load(path), FlashcardOptions())
    assert raised.value.problems[0].line == 3


FRACTIONS = ("title: Slopes\ncards:\n  - title: Gradient\n    points:\n"
             "      - 'The gradient is $\\frac{dy}{dx}$, and the roots are $x = \\frac{-b \\pm \\sqrt{d}}{2a}$ here.'\n"
             "      - 'A second point, long enough to run onto a second line of the back of the card, "
             "with words around $\\frac{a}{b}$ so lines sit above and below it on every output we print.'\n")


@ON_CARDS_AND_SUMMARY
def test_a_fraction_is_stacked_smaller_over_a_rule_and_reads_in_order(render):
    data = render(loads(FRACTIONS))
    with open_pdf(data) as pdf:
        page = next(page for page in pdf.pages if "gradient" in "".join(char["text"] for char in page.chars))
        chars, rules = page.chars, [rect for rect in page.rects if rect["height"] < 1.5]
        stream = "".join(char["text"] for char in chars)
    unspaced = lambda text: "".join(text.split())  # noqa: E731  (a line's end has no space in the stream)
    assert unspaced("The gradient is dy/dx, and the roots are x = (−b ± √d)/2a here.") in unspaced(stream)
    size = max(char["size"] for char in chars if char["text"] == "g")  # the body size on this page
    for top, bottom in (("dy", "dx"), ("−b ± √d", "2a")):
        at = stream.index(top + ("/" if top == "dy" else ")/"))
        numerator = [char for char in chars[at:at + len(top)] if not char["text"].isspace()]
        start = stream.index(bottom, at + len(top))
        denominator = chars[start:start + len(bottom)]
        for part in (numerator, denominator):
            assert all(char["size"] == pytest.approx(size * 0.65, abs=0.02) for char in part)
        assert max(char["bottom"] for char in numerator) < min(char["top"] for char in denominator) + size * 0.5
        middle = lambda part: (part[0]["x0"] + part[-1]["x1"]) / 2  # noqa: E731
        assert middle(numerator) == pytest.approx(middle(denominator), abs=0.3)  # centred on each other
        rule = next(rule for rule in rules if rule["x0"] <= min(numerator[0]["x0"], denominator[0]["x0"]) + 0.01
                    and rule["x1"] >= max(numerator[-1]["x1"], denominator[-1]["x1"]) - 0.01)
        assert numerator[0]["bottom"] < rule["top"] + size * 0.35 and rule["bottom"] < denominator[0]["bottom"]
        after = chars[start + len(bottom)]  # the next character sits just after the fraction: measured as drawn
        assert rule["x1"] <= after["x0"] + 0.5 <= rule["x1"] + 0.2 * size + 0.5


def test_a_fraction_carries_its_text_for_readers_that_place_text_by_position():
    """Poppler and Acrobat read text by where it stands, which would read a stacked fraction as two lines; the
    fraction's /ActualText gives them its text instead."""
    from pdfminer.pdftypes import resolve1

    pack = loads(FRACTIONS)
    assert "x = (−b ± √d)/2a" in pack.cards[0].points[0].text.replace("\xa0", " ")
    with open_pdf(summary.render(pack, SummaryOptions())) as pdf:
        content = b"".join(resolve1(stream).get_data() for stream in pdf.pages[0].page_obj.contents)
    for text in ("dy/dx", "(−b\xa0±\xa0√d)/2a", "a/b"):  # a formula's spaces are no-break spaces
        assert f"/ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>".encode() in content
    assert content.count(b"/ActualText") == 3 and content.count(b"BDC") == content.count(b"EMC")


def test_a_fraction_in_a_title_is_stacked_on_the_front_and_in_the_summary_heading():
    pack = loads("title: Rates\ncards:\n  - title: Gradient $\\frac{dy}{dx}$\n    points: [The rate of change.]\n")
    for data in (flashcards.render(pack), summary.render(pack, SummaryOptions())):
        with open_pdf(data) as pdf:
            chars = pdf.pages[0].chars
            stream = "".join(char["text"] for char in chars)
            at = stream.index("Gradient dy/dx")
            title, numerator, denominator = chars[at], chars[at + 9:at + 11], chars[at + 12:at + 14]
            assert [char["text"] for char in numerator + denominator] == list("dydx")
            assert all(char["size"] == pytest.approx(title["size"] * 0.65, abs=0.02) for char in numerator + denominator)
            assert numerator[0]["bottom"] < denominator[0]["bottom"] and "Bold" in numerator[0]["fontname"]
            assert any(rect["x0"] <= numerator[0]["x0"] and rect["height"] < 2 for rect in pdf.pages[0].rects)


def test_a_fraction_in_a_document_with_right_to_left_text_is_set_plain_never_as_its_marks():
    from script_fonts import hebrew_font

    pack = loads("title: Mixed\ncards:\n  - title: שלום\n    points: ['Slope $\\frac{dy}{dx}$ here', 'מילה אחת']\n")
    with open_pdf(summary.render(pack, SummaryOptions(style=Style(font=hebrew_font())))) as pdf:
        text = "".join(char["text"] for char in pdf.pages[0].chars)
    assert "Slope dy/dx here" in text and not any("\ue0f0" <= char <= "\ue0f2" for char in text)


def test_a_fraction_wider_than_the_card_is_set_plain_and_broken_inside_it():
    top, bottom = "a" * 40 + " + " + "b" * 30, "c" * 60
    pack = loads(f"title: Long\ncards:\n  - title: Wide\n    points: ['Here x = $\\frac{{{top}}}{{{bottom}}}$ ends.']\n")
    data = flashcards.render(pack)
    with open_pdf(data) as pdf:
        back = pdf.pages[1]
        chars = [char for char in back.chars if char["text"].strip()]
        half = back.width / 2  # the back sits in one card's slot, two across (mirrored: the right one)
        assert all(char["x0"] > half for char in chars) or all(char["x1"] < half for char in chars)
        assert max(char["x1"] for char in chars) < back.width - 10
        text = "".join(char["text"] for char in back.chars)
    assert f"({'a' * 40}" in text and f")/{'c' * 10}" in text
