"""The one text-fitting routine: largest size that fits, never below the floor."""
from __future__ import annotations

import pytest

from studypack.layouts.kit.fitting import Paragraph, TypeSpec, break_lines, fit, words_of
from studypack.layouts.kit.fonts import fonts_for
from studypack.layouts.options import Style

FONTS = fonts_for(Style())
SPEC = TypeSpec(largest=14, smallest=8, leading=1.2, gap=0.3, indent=1.0)


def blocks_of(*texts: str) -> list[Paragraph]:
    return [Paragraph(((text, False),), bullet=True) for text in texts]


def test_short_text_is_set_at_the_largest_size():
    fitted = fit(blocks_of("One short point."), 200, 100, SPEC, FONTS)
    assert fitted.fits and fitted.size == 14 and len(fitted.lines) == 1


def test_chosen_size_is_the_largest_on_the_grid_that_fits():
    blocks = blocks_of(*["a fairly long point about the economy and its many weaknesses"] * 5)
    fitted = fit(blocks, 200, 150, SPEC, FONTS)
    assert fitted.fits and fitted.height <= 150
    bigger = fit(blocks, 200, 150, TypeSpec(**{**SPEC.__dict__, "smallest": fitted.size + 0.25, "largest": fitted.size + 0.25}), FONTS)
    assert not bigger.fits


def test_text_too_long_for_the_floor_is_reported_not_shrunk_further():
    fitted = fit(blocks_of(*["word " * 60] * 8), 150, 80, SPEC, FONTS)
    assert not fitted.fits and fitted.size == 8


def test_a_word_wider_than_the_line_is_broken_between_characters():
    words = words_of((("x" * 200, False),), FONTS)
    lines = break_lines(words, 40, fonts=FONTS)
    assert len(lines) > 1 and all(line.width <= 40 + 1e-9 for line in lines)
    assert "".join(text for line in lines for word in line.words for text, _ in word.pieces) == "x" * 200


def test_a_formula_wider_than_the_line_breaks_at_its_own_spaces_not_inside_a_word():
    formula = "P(event)\u00a0=\u00a0(number\u00a0of\u00a0favourable\u00a0outcomes)/(total\u00a0number\u00a0of\u00a0outcomes)"
    words = words_of(((formula, False),), FONTS)
    assert len(words) == 1  # one unit for line breaking while it fits
    limit = words[0].width / 2.5
    lines = break_lines(words, limit, fonts=FONTS)
    pieces = ["".join(text for word in line.words for text, _ in word.pieces) for line in lines]
    assert len(pieces) == 3 and all(line.width <= limit + 1e-9 for line in lines)
    assert "\u00a0".join(pieces) == formula  # cut only where a space was: "outcomes" stays whole


def test_a_lone_last_word_is_joined_by_its_neighbour():
    words = words_of((("alpha beta gamma delta epsilon zeta eta", False),), FONTS)
    full = sum(word.width + word.space for word in words[:-1]) - words[-2].space
    lines = break_lines(words, full + 0.01, fonts=FONTS)
    assert [len(line.words) for line in lines] == [5, 2]


def test_key_terms_keep_their_style_inside_a_word():
    words = words_of((("Stalin", True), ("'s death", False)), FONTS)
    assert words[0].pieces == (("Stalin", True), ("'s", False))
    assert words[0].width == pytest.approx(FONTS.width("Stalin", True) + FONTS.width("'s"))


def test_shortened_keeps_what_fits_and_cuts_after_a_word_or_inside_a_lone_long_word():
    from studypack.layouts.kit.fitting import shortened

    fonts = fonts_for(Style())
    text = "The Khrushchev era in the Soviet Union"
    assert shortened(text, fonts.width(text), fonts) == text
    cut = shortened(text, fonts.width("The Khrushchev era in"), fonts)
    assert cut == "The Khrushchev era…" and fonts.width(cut) <= fonts.width("The Khrushchev era in")
    assert shortened("Supercalifragilistic", fonts.width("Super…"), fonts) == "Super…"
    assert shortened("Word", 0.0, fonts) == "…"


def test_shortened_to_lines_keeps_as_many_words_as_the_lines_hold():
    from studypack.layouts.kit.fitting import shortened

    fonts = fonts_for(Style())
    text = " ".join(["Khrushchev"] * 40)
    limit = fonts.width("Khrushchev Khrushchev Khrushchev", True)
    cut = shortened(text, limit, fonts, bold=True, lines=3)
    assert cut == " ".join(["Khrushchev"] * 8) + "…"  # three lines: 3 + 3 + 2 words and the mark
    assert len(break_lines(words_of(((cut, True),), fonts), limit, fonts=fonts)) == 3
    assert shortened("Short title", limit, fonts, bold=True, lines=3) == "Short title"
