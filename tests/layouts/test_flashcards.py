"""Flashcards read back from the PDF: every back behind its own front, text inside the cards, nothing lost."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from packgen import pack_yaml, write_pack
from pdftext import MM, open_pdf
from studypack.cli import app
from studypack.errors import StudypackError
from studypack.layouts import flashcards
from studypack.layouts.options import FlashcardOptions, Style
from studypack.layouts.kit.page import CARD_INSET, UNPRINTABLE_EDGE, Rect, Stock, stock_for
from studypack.source import Pack, load, loads

EXAMPLE = Path(__file__).parents[2] / "packs" / "khrushchev.yaml"
TOLERANCE = 0.01  # points: rounding of positions in the PDF


def small_pack(cards: int, seed: int = 1) -> Pack:
    """Cards whose backs fit one card, so printed cards are the pack's cards one for one."""
    return loads(pack_yaml(cards, seed, points=(1, 3), words=(5, 12)))


def pack_of(*cards: tuple[str, list[str]], title: str = "Test pack") -> Pack:
    lines = [f"title: {title}", "cards:"]
    for card_title, points in cards:
        lines.append(f"  - title: '{card_title}'")
        lines.append("    points:")
        lines.extend(f"      - '{point}'" for point in points)
    return loads("\n".join(lines) + "\n")


def options(**values) -> FlashcardOptions:
    style = {key: values.pop(key) for key in ("paper", "profile", "font", "font_bold") if key in values}
    return FlashcardOptions(style=Style(**style), **values)


def bbox(rect: Rect, page_height: float) -> tuple[float, float, float, float]:
    """pdfplumber's (x0, top, x1, bottom) for a rectangle in PDF coordinates."""
    return (rect.x, page_height - rect.top, rect.right, page_height - rect.y)


def chars_in(page, rect: Rect) -> list[dict]:
    x0, top, x1, bottom = bbox(rect, page.height)
    return [c for c in page.chars
            if x0 - TOLERANCE <= c["x0"] and c["x1"] <= x1 + TOLERANCE and top - TOLERANCE <= c["top"] and c["bottom"] <= bottom + TOLERANCE]


def words_in(page, rect: Rect) -> list[str]:
    x0, top, x1, bottom = bbox(rect, page.height)
    inside = page.crop((max(0, x0), max(0, top), min(page.width, x1), min(page.height, bottom)), strict=False)
    return [word for word in (inside.extract_text() or "").split() if word != "•"]


def mirrored_slot(stock: Stock, index: int, flip: str) -> Rect:
    """Where a card's back goes, from the printing facts: long edge on portrait = mirrored column, same row."""
    row, column = divmod(index, stock.columns)
    mirror_column = (flip == "long") != stock.landscape
    if mirror_column:
        return stock.slot(stock.columns - 1 - column, row)
    return stock.slot(column, stock.rows - 1 - row)


def point_words(pack: Pack, number: int) -> list[str]:
    return [word for point in pack.cards[number].points for word in point.text.split()]


# -- duplex: fronts and backs line up -------------------------------------------

@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("flip", ["long", "short"])
def test_each_back_is_in_the_slot_behind_its_front_on_a_partial_last_sheet_too(paper, flip):
    pack = small_pack(11)  # one full sheet of 8 and a partial one of 3
    data = flashcards.render(pack, options(paper=paper, flip=flip))
    stock = stock_for(None, paper)
    with open_pdf(data) as pdf:
        assert len(pdf.pages) == 4
        for number, card in enumerate(pack.cards):
            sheet, index = divmod(number, stock.per_sheet)
            fronts, backs = pdf.pages[2 * sheet], pdf.pages[2 * sheet + 1]
            front_words = words_in(fronts, stock.slot(index % stock.columns, index // stock.columns))
            assert " ".join(card.title.split()) in " ".join(front_words)
            assert f"{number + 1}/11" in front_words
            assert words_in(backs, mirrored_slot(stock, index, flip)) == point_words(pack, number)


def test_the_example_pack_lines_up_on_a4(example_pdfs):
    pack = load(EXAMPLE)
    stock = stock_for(None, "a4")
    pdf = example_pdfs["flashcards.pdf"]  # built by `studypack build` with no options
    assert len(pdf.pages) == 4
    for number, card in enumerate(pack.cards):
        sheet, index = divmod(number, 8)
        front = words_in(pdf.pages[2 * sheet], stock.slot(index % 2, index // 2))
        assert " ".join(card.title.split()) in " ".join(front)
        assert words_in(pdf.pages[2 * sheet + 1], mirrored_slot(stock, index, "long")) == point_words(pack, number)


def test_index_cards_on_a_landscape_sheet_put_the_long_edge_back_in_the_mirrored_row():
    pack = small_pack(4)
    stock = stock_for("index-3x5", "a4")
    assert stock.landscape and stock.per_sheet == 4
    with open_pdf(flashcards.render(pack, options(stock="index-3x5"))) as pdf:
        assert pdf.pages[0].width > pdf.pages[0].height
        for number in range(4):
            column, row = number % 2, number // 2
            assert words_in(pdf.pages[1], stock.slot(column, 1 - row)) == point_words(pack, number)


@pytest.mark.parametrize("stock", ["a7", "letter-8", *(pytest.param(stock, marks=pytest.mark.slow) for stock in
                                                        ("avery-5371", "avery-5388", "avery-c32011", "index-3x5",
                                                         "index-4x6"))])
def test_every_glyph_stays_inside_its_card_and_clear_of_the_paper_edge(stock):
    pack = load(EXAMPLE)
    plan = flashcards.plan(pack, options(stock=stock))
    sheets = plan.sheets
    width, height = sheets.size
    printable = Rect(0, 0, width, height).inset(UNPRINTABLE_EDGE)
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        assert (pdf.pages[0].width, pdf.pages[0].height) == pytest.approx(sheets.size)
        for page_number, page in enumerate(pdf.pages):
            backs = page_number % 2 == 1
            safe = [(sheets.back if backs else sheets.front)(index).inset(CARD_INSET) for index in range(sheets.per_sheet)]
            for char in page.chars:
                if not backs and is_note(char):
                    continue  # the printing note, tested on its own
                assert any(chars_in_rect(char, box, page.height) for box in safe), (page_number, char["text"], char["x0"], char["top"])
                assert chars_in_rect(char, printable, page.height)


def is_note(char: dict) -> bool:
    """A character of the small grey printing note on the fronts."""
    return char["size"] == pytest.approx(7.0) and char["non_stroking_color"] == (0.45, 0.45, 0.45)


def chars_in_rect(char: dict, rect: Rect, page_height: float) -> bool:
    x0, top, x1, bottom = bbox(rect, page_height)
    return (x0 - TOLERANCE <= char["x0"] and char["x1"] <= x1 + TOLERANCE
            and top - TOLERANCE <= char["top"] and char["bottom"] <= bottom + TOLERANCE)


def test_back_offset_moves_every_back_by_exactly_that_much_and_no_front(example_pdfs):
    pack = load(EXAMPLE)
    shifted = flashcards.render(pack, options(back_offset=(1.5, -2.0)))
    before = example_pdfs["flashcards.pdf"]  # the same pack without an offset
    with open_pdf(shifted) as after:
        for number, (old, new) in enumerate(zip(before.pages, after.pages)):
            dx, dy = (1.5 * MM, 2.0 * MM) if number % 2 else (0.0, 0.0)  # y up -2 mm: 2 mm further from the top
            # the fronts' printing note mentions the offset, so its text differs: leave it out
            old_chars, new_chars = ([c for c in page.chars if not is_note(c)] for page in (old, new))
            assert [c["text"] for c in old_chars] == [c["text"] for c in new_chars] and old_chars
            for a, b in zip(old_chars, new_chars):
                assert b["x0"] - a["x0"] == pytest.approx(dx, abs=0.011)
                assert b["top"] - a["top"] == pytest.approx(dy, abs=0.011)


# -- card faces ---------------------------------------------------------------------

def test_the_front_has_a_bold_centred_title_and_a_small_header_with_pack_title_and_number():
    pack = pack_of(("The Speech", ["One point."]), ("Second", ["Two."]), ("Third", ["Three."]), title="Khrushchev in power")
    stock = stock_for(None, "a4")
    with open_pdf(flashcards.render(pack)) as pdf:
        page = pdf.pages[0]
        slot = stock.slot(0, 1)  # the third card
        chars = chars_in(page, slot)
        title = [c for c in chars if c["size"] > 12]
        assert "".join(c["text"] for c in title) == "Third" and all("Bold" in c["fontname"] for c in title)
        assert all(c["size"] == pytest.approx(24) for c in title)
        middle = (min(c["x0"] for c in title) + max(c["x1"] for c in title)) / 2
        assert middle == pytest.approx(slot.x + slot.width / 2, abs=0.5)
        header = words_in(page, slot)
        assert header[:3] == ["Khrushchev", "in", "power"] and "3/3" in header
        assert all(c["size"] < 10 for c in chars if c not in title)


def test_a_long_title_shrinks_but_never_below_12_points_and_balances_its_lines():
    title = "Economic and political motives for the industrial and agricultural reforms of the later 1950s"
    pack = pack_of((title, ["A point."]))
    with open_pdf(flashcards.render(pack, options(stock="avery-5371"))) as pdf:
        page = pdf.pages[0]
        chars = [c for c in page.chars if "Bold" in c["fontname"] and c["text"] != " "]
        sizes = {round(c["size"], 3) for c in chars}
        assert len(sizes) == 1 and 12 <= sizes.pop() < 24
        lines: dict[float, list[dict]] = {}
        for c in chars:
            lines.setdefault(round(c["top"], 1), []).append(c)
        widths = [max(c["x1"] for c in line) - min(c["x0"] for c in line) for line in lines.values()]
        assert len(widths) >= 2 and min(widths) > 0.6 * max(widths)  # no long line over a stub


def test_key_terms_are_bold_and_points_hang_from_their_bullets():
    pack = pack_of(("T", ["In **1956** the **Secret Speech** denounced Stalin and his cult of personality, which shocked many "
                          "delegates and was read out across the country to millions of citizens."]))
    with open_pdf(flashcards.render(pack)) as pdf:
        back = pdf.pages[1]
        bold = "".join(c["text"] for c in back.chars if "Bold" in c["fontname"] and c["text"] != " ")
        assert bold == "1956SecretSpeech"
        bullet = next(c for c in back.chars if c["text"] == "•")
        lines: dict[float, list[dict]] = {}
        for c in back.chars:
            if c["text"] != "•":
                lines.setdefault(round(c["top"], 1), []).append(c)
        assert len(lines) >= 2
        starts = {round(min(c["x0"] for c in line), 2) for line in lines.values()}
        assert len(starts) == 1 and starts.pop() > bullet["x1"]  # every line starts at the same indent, right of the bullet


def test_a_short_back_is_centred_vertically_on_its_card():
    pack = pack_of(("T", ["Just one short point."]))
    stock = stock_for(None, "a4")
    with open_pdf(flashcards.render(pack)) as pdf:
        chars = pdf.pages[1].chars
        slot = mirrored_slot(stock, 0, "long")
        x0, top, x1, bottom = bbox(slot, pdf.pages[1].height)
        middle = (min(c["top"] for c in chars) + max(c["bottom"] for c in chars)) / 2
        assert middle == pytest.approx((top + bottom) / 2, abs=0.5)
        assert {round(c["size"], 3) for c in chars} == {24}  # one short point: set like a front


def test_back_text_is_never_smaller_than_8_points():
    pack = loads(pack_yaml(16, 3, points=(6, 9), words=(18, 30)))
    with open_pdf(flashcards.render(pack)) as pdf:
        sizes = {round(c["size"], 3) for page in pdf.pages[1::2] for c in page.chars}
    assert min(sizes) >= 8


def test_large_print_keeps_backs_at_16_points_or_more_and_dyslexia_spaces_lines_by_one_and_a_half():
    pack = load(EXAMPLE)
    with open_pdf(flashcards.render(pack, options(profile="large-print"))) as pdf:
        assert min(round(c["size"], 3) for page in pdf.pages[1::2] for c in page.chars) >= 16
    plan = flashcards.plan(pack, options(profile="dyslexia"))
    assert min(card.back.size for card in plan.cards) >= 12
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        back = pdf.pages[1]
        words = [w for w in back.extract_words(extra_attrs=["size"]) if w["text"] != "•"]
        size = words[0]["size"]
        tops = sorted({round(w["top"], 2) for w in words if w["size"] == size and w["x0"] > back.width / 2})
        gaps = {round(b - a, 1) for a, b in zip(tops, tops[1:])}
        assert round(1.5 * size, 1) in gaps


# -- nothing silently lost -------------------------------------------------------

LONG_POINTS = [f"Point number {n} says a good deal about the economy, the party and the many reforms of the period." for n in range(1, 31)]


def test_a_back_too_long_for_one_card_continues_on_the_next_with_a_warning_naming_it():
    pack = pack_of(("Before", ["Short."]), ("Reforms", LONG_POINTS), ("After", ["Short too."]))
    plan = flashcards.plan(pack, FlashcardOptions())
    assert any("card 2 “Reforms”" in w and "continues" in w and "(cont.)" in w for w in plan.warnings)
    total = len(plan.cards)
    assert total >= 4
    stock = stock_for(None, "a4")
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        fronts, backs = pdf.pages[0], pdf.pages[1]
        found: list[str] = []
        for index in range(1, total - 1):
            front = " ".join(words_in(fronts, stock.slot(index % 2, index // 2)))
            assert ("Reforms (cont.)" if index > 1 else "Reforms") in front and f"{index + 1}/{total}" in front
            found += words_in(backs, mirrored_slot(stock, index, "long"))
        assert found == point_words(pack, 1)
        assert min(round(c["size"], 3) for c in backs.chars) >= 8
    sizes = {card.back.size for card in plan.cards if card.source == 2}
    assert len(sizes) == 1  # every part of a continued back is set at one size


def test_strict_makes_a_too_long_back_an_error_that_names_the_card_and_how_much(tmp_path):
    path = tmp_path / "long.yaml"
    path.write_text("title: Long\ncards:\n  - title: Reforms\n    points:\n"
                    + "".join(f"      - '{point}'\n" for point in LONG_POINTS), encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(path), "--only", "flashcards", "--strict", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "card 1: the back of “Reforms” is" in result.output and "lines too long for one card at 8 pt" in result.output
    assert "--strict" in result.output
    assert not (tmp_path / "out" / "long" / "flashcards.pdf").exists()


def test_strict_names_every_card_that_is_too_long():
    pack = pack_of(("One", LONG_POINTS), ("Fine", ["Short."]), ("Three", LONG_POINTS))
    with pytest.raises(StudypackError) as caught:
        flashcards.plan(pack, FlashcardOptions(strict=True))
    messages = [str(problem) for problem in caught.value.problems]
    assert len(messages) == 2 and "card 1: the back of “One”" in messages[0] and "card 3: the back of “Three”" in messages[1]


def test_a_word_wider_than_the_card_is_broken_never_drawn_across_the_edge():
    giant = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 4
    pack = pack_of(("T", [f"A {giant} word."]))
    stock = stock_for(None, "a4")
    with open_pdf(flashcards.render(pack)) as pdf:
        back = pdf.pages[1]
        inside = mirrored_slot(stock, 0, "long").inset(CARD_INSET)
        assert all(chars_in_rect(c, inside, back.height) for c in back.chars)
        assert giant in "".join(c["text"] for c in back.chars)


def test_markup_characters_appear_literally():
    pack = pack_of(("Fish & chips <b>", ["a < b && c > d, <i>not italic</i> &amp;"]))
    data = flashcards.render(pack)
    with open_pdf(data) as pdf:
        assert "Fish & chips <b>" in pdf.pages[0].extract_text()
        assert "a < b && c > d, <i>not italic</i> &amp;" in pdf.pages[1].extract_text()


def test_cyrillic_and_greek_text_can_be_extracted():
    pack = pack_of(("Хрущёв у власти", ["Секретный доклад на **XX съезде** КПСС.", "Ελληνικά: αβγ."]))
    with open_pdf(flashcards.render(pack)) as pdf:
        assert "Хрущёв у власти" in pdf.pages[0].extract_text()
        back = pdf.pages[1].extract_text()
        assert "Секретный доклад на XX съезде КПСС." in back and "Ελληνικά: αβγ." in back


def test_characters_no_face_has_are_an_error_naming_them_with_their_cards():
    pack = pack_of(("Fine", ["Latin only, H₂SO₄ → 2H⁺ ⇌ fine."]), ("漢字 card", ["Also ✓ here."]))
    with pytest.raises(StudypackError) as raised:
        flashcards.plan(pack, FlashcardOptions())
    message = str(raised.value)
    assert "U+6F22" in message and "U+5B57" in message and "card 2" in message and "card 1" not in message
    assert ("it is Chinese/Japanese (Han) text: pass --font with a TrueType (.ttf) font that covers Chinese/Japanese (Han)"
            in message and "U+2192" not in message)


def test_the_same_input_gives_the_same_bytes():
    pack = load(EXAMPLE)
    assert flashcards.render(pack, options(cut="both")) == flashcards.render(pack, options(cut="both"))


# -- cut guides and the printing note ----------------------------------------------

def test_perforated_stock_has_no_cut_guides_by_default_and_full_bleed_stock_has_marks_at_the_edge(example_pdfs):
    pack = load(EXAMPLE)
    with open_pdf(flashcards.render(pack, options(stock="avery-5371"))) as pdf:
        assert not pdf.pages[0].lines
    stock = stock_for("a7", None)
    pdf = example_pdfs["flashcards.pdf"]  # a7 by default
    marks = pdf.pages[0].lines
    assert marks and not pdf.pages[1].lines  # never anything on the backs
    cuts_x = {round(stock.slot(1, 0).x, 2)}
    cuts_y = {round(pdf.pages[0].height - stock.slot(0, row).y, 2) for row in range(3)}
    for mark in marks:
        assert mark["dash"] is None or not mark["dash"][0]
        vertical = mark["x0"] == mark["x1"]
        if vertical:
            assert round(mark["x0"], 2) in cuts_x and (mark["top"] <= 0.01 or mark["bottom"] >= pdf.pages[0].height - 0.01)
        else:
            assert round(mark["top"], 2) in cuts_y and (mark["x0"] <= 0.01 or mark["x1"] >= pdf.pages[0].width - 0.01)


def test_crop_marks_in_a_margin_never_touch_a_card():
    pack = load(EXAMPLE)
    plan = flashcards.plan(pack, options(stock="index-3x5", cut="marks"))
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        page = pdf.pages[0]
        assert page.lines
        cards = [bbox(plan.sheets.front(index), page.height) for index in range(plan.sheets.per_sheet)]
        for mark in page.lines:
            for x0, top, x1, bottom in cards:
                assert mark["x1"] < x0 or mark["x0"] > x1 or mark["bottom"] < top or mark["top"] > bottom


def test_dashed_cut_lines_go_round_the_fronts_only():
    pack = small_pack(3)
    with open_pdf(flashcards.render(pack, options(cut="lines"))) as pdf:
        fronts, backs = pdf.pages[0], pdf.pages[1]
        assert fronts.lines and all(line["dash"] and line["dash"][0] for line in fronts.lines)
        assert not backs.lines and not backs.rects


@pytest.mark.parametrize("stock", ["a7", "letter-8", "avery-5371", "index-3x5"])
@pytest.mark.parametrize("flip", ["long", "short"])
def test_the_printing_note_matches_the_options_and_lands_on_no_card_text(stock, flip):
    pack = load(EXAMPLE)
    plan = flashcards.plan(pack, options(stock=stock, flip=flip, cut="both"))
    width, height = plan.sheets.size
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        page = pdf.pages[-2]  # the last fronts page: its blank slots take the note where there is no margin
        note = [c for c in page.chars if is_note(c)]
        assert "".join(c["text"] for c in note) == f"Print at 100 % (actual size), double-sided, flip on {flip} edge"
        printable = Rect(0, 0, width, height).inset(UNPRINTABLE_EDGE)
        kept = len(plan.cards) - (len(pdf.pages) // 2 - 1) * plan.sheets.per_sheet  # cards on the last sheet
        text_boxes = [plan.sheets.front(index).inset(plan.geometry.inset) for index in range(kept)]
        for c in note:
            assert chars_in_rect(c, printable, page.height)
            for box in text_boxes:
                x0, top, x1, bottom = bbox(box, page.height)
                assert c["x1"] <= x0 or c["x0"] >= x1 or c["bottom"] <= top or c["top"] >= bottom
        for line in page.lines:  # nor on a crop mark or cut line
            for c in note:
                assert line["x1"] < c["x0"] or line["x0"] > c["x1"] or line["bottom"] < c["top"] or line["top"] > c["bottom"]


# -- fold mode ------------------------------------------------------------------------

def test_fold_puts_each_front_beside_its_own_back_with_a_fold_line_between():
    pack = small_pack(6)
    stock = stock_for(None, "a4")
    with open_pdf(flashcards.render(pack, options(fold=True))) as pdf:
        assert len(pdf.pages) == 2  # four cards a page, single-sided
        for number, card in enumerate(pack.cards):
            page = pdf.pages[number // 4]
            row = number % 4
            assert " ".join(card.title.split()) in " ".join(words_in(page, stock.slot(0, row)))
            assert words_in(page, stock.slot(1, row)) == point_words(pack, number)
        folds = [line for line in pdf.pages[0].lines if line["x0"] == line["x1"] == pytest.approx(stock.slot(1, 0).x)]
        assert len(folds) == 4
        assert "single-sided" in pdf.pages[1].extract_text()  # the note: in the blank slots of the last sheet


def test_fold_refuses_pre_cut_stock_and_cards_too_wide_to_pair():
    pack = small_pack(2)
    with pytest.raises(StudypackError, match="avery-5371 is pre-cut"):
        flashcards.plan(pack, options(stock="avery-5371", fold=True))
    with pytest.raises(StudypackError, match="do not fit across A4 paper — use --stock index-3x5, or drop --fold"):
        flashcards.plan(pack, options(stock="index-4x6", fold=True))


def test_back_offset_with_fold_is_reported_as_having_no_effect():
    plan = flashcards.plan(small_pack(2), options(fold=True, back_offset=(1.0, 0.0)))
    assert any("no effect with --fold" in warning for warning in plan.warnings)


# -- through the command line --------------------------------------------------------

def test_build_writes_flashcards_for_a_generated_pack_on_letter(tmp_path):
    path = write_pack(tmp_path, "gen", 20)
    result = CliRunner().invoke(app, ["build", str(path), "--only", "flashcards", "--paper", "letter",
                                      "--back-offset=-1.5,0.5", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    with open_pdf((tmp_path / "out" / "gen" / "flashcards.pdf").read_bytes()) as pdf:
        assert pdf.pages[0].width == pytest.approx(612) and len(pdf.pages) % 2 == 0
        assert "backs shifted -1.5, 0.5 mm" in pdf.pages[-2].extract_text()  # the last fronts page, in a blank slot


def test_a_font_given_with_font_is_embedded_for_the_text(tmp_path):
    import font_source_sans_pro

    regular = Path(font_source_sans_pro.font_files_ttf["SourceSansProBold"])  # any TrueType file will do
    pack = pack_of(("Title", ["Plain text and a **term**."]))
    with open_pdf(flashcards.render(pack, options(font=regular))) as pdf:
        fonts = {c["fontname"].split("+")[1] for c in pdf.pages[1].chars}
    assert fonts == {"SourceSansPro-Bold"}  # no bold file: key terms are stroked, not swapped to the default bold
    result = CliRunner().invoke(app, ["build", str(EXAMPLE), "--only", "flashcards", "--font", str(tmp_path / "none.ttf"),
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no font file" in result.output


@pytest.mark.parametrize("flip, fold, duplex", [("long", False, b"/DuplexFlipLongEdge"), ("short", False, b"/DuplexFlipShortEdge"),
                                                ("long", True, b"/Simplex")])
def test_print_dialogs_are_asked_for_actual_size_and_the_right_duplex(flip, fold, duplex):
    from studypack.layouts import flashcards
    from studypack.layouts.options import FlashcardOptions
    from studypack.source import loads

    pack = loads("title: T\ncards:\n  - title: A\n    points: [x]\n")
    data = flashcards.render(pack, FlashcardOptions(flip=flip, fold=fold))
    assert b"/PrintScaling /None" in data
    assert b"/Duplex " + duplex in data
