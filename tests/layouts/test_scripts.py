"""Writing systems read back: Hebrew and Arabic right to left with a logical text layer, Arabic joined,
numbers and Latin words inside them in order, CJK lines broken between characters by the kinsoku rules,
a one-point back set like a front, the gender mark, and the error that names a missing script."""
from __future__ import annotations

import pytest

from pdftext import open_pdf
from script_fonts import arabic_font, hebrew_font, japanese_font
from studypack.errors import StudypackError
from studypack.layouts import flashcards, summary
from studypack.layouts.flashcards.faces import face_spec
from studypack.layouts.kit.fitting import Paragraph, TypeSpec, fit, words_of
from studypack.layouts.kit.fonts import fonts_for
from studypack.layouts.kit.page import stock_for
from studypack.layouts.kit.scripts import NO_LINE_END, NO_LINE_START, break_units, is_right_to_left
from studypack.layouts.options import FlashcardOptions, Style, SummaryOptions
from studypack.source import loads

HEBREW_PACK = """title: מילים
cards:
  - title: ספר
    points: [בית הספר שלנו נפתח, בשנת 1998 עם 250 תלמידים]
  - title: מחברת
    points: [כתבתי במחברת, את השיעור של היום]
"""
ARABIC_PACK = """title: كلمات
cards:
  - title: مدرسة
    points: [ذهب الطالب إلى المدرسة, في الصباح]
  - title: كتاب
    points: [في المكتبة 250 كتابا عن HTML, لا أعرف]
"""


def chars_in_stream_order(page) -> str:
    """The page's text as the content stream draws it (the text layer's order), spaces kept."""
    return "".join(char["text"] for char in page.chars)


def flashcard_pages(pack_text: str, font, **options):
    data = flashcards.render(loads(pack_text), FlashcardOptions(style=Style(font=font), **options))
    return open_pdf(data).pages


def hebrew_pages():
    return flashcard_pages(HEBREW_PACK, hebrew_font())


def test_hebrew_reads_back_in_logical_order_and_runs_right_to_left_on_the_page():
    backs = hebrew_pages()[1]
    text = chars_in_stream_order(backs)
    assert "בית הספר שלנו נפתח" in text
    word = [char for char in backs.chars if char["text"] in "בית"][:3]
    assert [char["text"] for char in word] == ["ב", "י", "ת"]
    xs = [char["x0"] for char in word]
    assert xs[0] > xs[1] > xs[2], "a Hebrew word's first letter is on the right"


def test_numbers_inside_hebrew_keep_their_order_and_follow_the_reading_direction():
    backs = hebrew_pages()[1]
    chars = backs.chars
    text = chars_in_stream_order(backs)
    assert "בשנת 1998 עם 250 תלמידים" in text
    start = text.index("1998")
    digits = chars[start:start + 4]
    assert [char["text"] for char in digits] == list("1998")
    assert digits[0]["x0"] < digits[1]["x0"] < digits[3]["x0"], "a number reads left to right"
    before = chars[text.index("בשנת")]  # the word read before the number is to its right
    after = chars[text.index("עם")]  # the word read after it is to its left
    assert before["x0"] > digits[-1]["x0"] and after["x0"] < digits[0]["x0"]


def test_a_right_to_left_pack_aligns_its_points_right_with_the_bullet_on_the_right():
    page = hebrew_pages()[1]
    bullets = [char for char in page.chars if char["text"] == "•"]
    assert bullets
    for bullet in bullets:
        half = bullet["x0"] > page.width / 2  # the card's column
        line = [char for char in page.chars if abs(char["top"] - bullet["top"]) < 1 and char["text"] not in "• "
                and (char["x0"] > page.width / 2) == half]
        assert bullet["x0"] > max(char["x1"] for char in line), "the bullet stands right of its line"


def test_arabic_is_joined_before_it_is_measured_and_reads_back_as_its_letters():
    fonts = fonts_for(Style(font=arabic_font()))
    word = words_of((("مدرسة", False),), fonts)[0]
    drawn = word.pieces[0][0]
    assert [hex(ord(char)) for char in drawn] == ["0xfee3", "0xfeaa", "0xfead", "0xfeb3", "0xfe94"]  # initial … final
    ligature = words_of((("لا", False),), fonts)[0].pieces[0][0]
    assert ligature == "\ufefb", "lam-alef is one ligature"
    pages = flashcard_pages(ARABIC_PACK, arabic_font())
    text = chars_in_stream_order(pages[1])
    assert "ذهب الطالب إلى المدرسة" in text
    assert "لا أعرف" in text, "the ligature reads back as lam and alef"
    assert "في المكتبة 250 كتابا عن HTML" in text


def test_arabic_words_and_a_latin_word_inside_run_the_right_ways():
    page = flashcard_pages(ARABIC_PACK, arabic_font())[1]
    chars = page.chars
    text = chars_in_stream_order(page)
    latin = chars[text.index("HTML"):text.index("HTML") + 4]
    assert [char["x0"] for char in latin] == sorted(char["x0"] for char in latin)
    reader = chars[text.index("الطالب"):text.index("الطالب") + 6]
    assert [char["x0"] for char in reader] == sorted((char["x0"] for char in reader), reverse=True)
    assert chars[text.index("عن")]["x0"] > latin[-1]["x0"], "the word before HTML is to its right"


def test_the_summary_of_a_right_to_left_pack_reads_right_to_left_and_aligns_right():
    pack = loads(HEBREW_PACK)
    plan = summary.plan(pack, SummaryOptions(style=Style(font=hebrew_font())))
    assert plan.right_to_left
    page = open_pdf(summary.draw(plan)["summary.pdf"]).pages[0]
    assert "בשנת 1998 עם 250 תלמידים" in chars_in_stream_order(page)
    headings = [char for char in page.chars if char["text"] == "ס"]
    assert min(char["x0"] for char in headings) > page.width / 2, "a short heading sits at the right"


def test_right_to_left_is_the_packs_language_or_most_of_its_letters():
    assert is_right_to_left(["שלום עולם world"], None)
    assert not is_right_to_left(["hello world שלום"], None)
    assert is_right_to_left(["hello"], "ar")


def test_cjk_text_breaks_between_characters_but_never_before_a_closing_mark_or_after_an_opening_one():
    assert break_units("日本語です。") == ["日", "本", "語", "で", "す。"]
    assert break_units("「東京」へ") == ["「東", "京」", "へ"]
    assert break_units("ちょっと") == ["ちょっ", "と"], "small kana stay with the character before them"
    assert break_units("これはHTMLです") == ["こ", "れ", "は", "HTML", "で", "す"]
    assert break_units("한국어를") == ["한", "국", "어", "를"]
    assert break_units("hello") == ["hello"]


def test_cjk_lines_set_in_a_narrow_box_follow_kinsoku(tmp_path):
    text = "私は「東京」へ行きました。とても楽しかったです、ありがとう！また来年も行きたいと思います。"
    fonts = fonts_for(Style(font=japanese_font(tmp_path, text)))
    spec = TypeSpec(10, 10)
    fitted = fit([Paragraph(((text, False),))], 62, 1000, spec, fonts)
    lines = ["".join(piece for word in line.words for piece, _ in word.pieces) for line in fitted.lines]
    assert len(lines) >= 6 and "".join(lines) == text, "no space is added between characters"
    assert all(line[0] not in NO_LINE_START and line[-1] not in NO_LINE_END for line in lines)
    assert all(line.width * 10 <= 62 + 1e-6 for line in fitted.lines)


def test_a_japanese_card_reads_back_whole(tmp_path):
    text = "私は「東京」へ行きました。とても楽しかったです、ありがとう！"
    font = japanese_font(tmp_path, text + "日本語")
    page = flashcard_pages(f"title: 日本語\ncards:\n  - title: 日本語\n    points: [{text}, 私は]\n", font)[1]
    assert text in chars_in_stream_order(page)


def test_a_back_of_one_short_point_is_set_large_and_centred_without_a_bullet():
    pack_text = "title: Vocabulaire\nlang: fr\ncards:\n  - title: la bibliothèque\n    points: [the library]\n"
    options = FlashcardOptions()
    pages = flashcard_pages(pack_text, None)
    back = pages[1]
    words = back.extract_words(extra_attrs=["size"])
    assert [word["text"] for word in words] == ["the", "library"]
    assert all(word["size"] >= 20 for word in words), "set from 24 pt like a front, not at the back's 14 pt"
    stock = stock_for(options.stock, options.style.paper)
    slot_centre = stock.slot(stock.columns - 1, 0).x + stock.card_width / 2  # long-edge flip: the mirrored column
    middle = (words[0]["x0"] + words[-1]["x1"]) / 2
    assert abs(middle - slot_centre) < 1.0
    slot_top = back.height - stock.slot(stock.columns - 1, 0).top
    centre_y = (words[0]["top"] + words[0]["bottom"]) / 2 - slot_top
    assert abs(centre_y - stock.card_height / 2) < 6
    assert "•" not in back.extract_text()


def test_a_short_back_shrinks_to_fit_but_longer_backs_keep_their_bullets():
    long_word = "Donaudampfschifffahrtsgesellschaftskapitän"
    pack_text = ("title: T\ncards:\n  - title: a\n    points: [" + long_word + "]\n"
                 "  - title: b\n    points: [one two three four five six seven]\n")
    back = flashcard_pages(pack_text, None)[1]
    sizes = {word["text"]: word["size"] for word in back.extract_words(extra_attrs=["size"])}
    spec, _ = face_spec(Style(), fonts_for(Style()))
    assert spec.back.smallest <= sizes.get(long_word, 0) < 24
    assert long_word in sizes, "a short back shrinks rather than break its word"
    assert sizes["seven"] <= spec.back.largest and "•" in back.extract_text()


def test_a_nouns_gender_is_marked_on_its_front_from_the_field_or_the_article():
    pack_text = """title: Vocabulaire
lang: fr
cards:
  - title: la trousse
    points: [the pencil case]
  - title: l'élève
    gender: m
    points: [the pupil]
  - title: apprendre
    points: [to learn]
"""
    fronts = flashcard_pages(pack_text, None)[0]
    marks = {}
    for word in fronts.extract_words(extra_attrs=["fontname", "size"]):
        if word["text"] in ("f.", "m."):
            marks[word["text"]] = word
    assert set(marks) == {"f.", "m."}
    assert all("Bold" in word["fontname"] or "Bold" in str(word.get("fontname")) for word in marks.values())
    assert fronts.extract_text().count("f.") == 1 and fronts.extract_text().count("m.") == 1


def test_a_bad_gender_is_a_located_error():
    with pytest.raises(StudypackError, match=r"card 1, gender: should be m, f or n .*found `masc`"):
        loads("title: T\ncards:\n  - title: le chat\n    gender: masc\n    points: [the cat]\n")


def test_a_missing_script_is_named_with_the_font_to_pass():
    with pytest.raises(StudypackError) as raised:
        flashcards.plan(loads(ARABIC_PACK), FlashcardOptions())
    message = str(raised.value)
    assert "it is Arabic text: pass --font with a TrueType (.ttf) font that covers Arabic, such as Noto Sans Arabic" in message
    with pytest.raises(StudypackError, match=r"Chinese/Japanese \(Han\) and Korean \(Hangul\)"):
        flashcards.plan(loads("title: T\ncards:\n  - title: 漢字\n    points: [한국어]\n"), FlashcardOptions())


def test_a_topic_card_of_words_with_their_meanings_gets_no_gender_mark():
    pack_text = """title: La comida
lang: es
cards:
  - title: La comida sana
    points: ["la fruta – fruit", "el pescado – fish", "las verduras – vegetables"]
  - title: la manzana
    points: [the apple]
"""
    fronts = flashcard_pages(pack_text, None)[0]
    assert fronts.extract_text().count("f.") == 1
