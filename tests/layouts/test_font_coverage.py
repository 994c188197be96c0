"""Every face a layout draws with is checked for the pack's letters: a bold face without them is named, with its cards."""
from __future__ import annotations

from pathlib import Path

import font_source_sans_pro
import pytest
from fontTools import subset

from studypack.errors import StudypackError
from studypack.layouts import flashcards, summary
from studypack.layouts.options import FlashcardOptions, Style, SummaryOptions
from studypack.source import loads

BOLD = Path(font_source_sans_pro.font_files_ttf["SourceSansProBold"])
PACK = loads("""title: Россия
cards:
  - title: Plain title
    points: [nothing special here]
  - title: Хрущёв
    points: [a point]
  - title: Latin title
    points: ['in **Москва** he spoke']
""")


@pytest.fixture(scope="module")
def latin_bold(tmp_path_factory) -> Path:
    """The bundled bold face cut down to ASCII: it has no Cyrillic."""
    path = tmp_path_factory.mktemp("fonts") / "LatinBold.ttf"
    options = subset.Options()
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    font = subset.load_font(str(BOLD), options)
    subsetter.populate(unicodes=range(0x20, 0x7F))
    subsetter.subset(font)
    subset.save_font(font, str(path), options)
    return path


def test_a_bold_font_without_the_packs_letters_is_an_error_naming_the_cards_and_the_fix(latin_bold):
    with pytest.raises(StudypackError) as raised:
        flashcards.plan(PACK, FlashcardOptions(style=Style(font_bold=latin_bold)))
    bold = [problem.message for problem in raised.value.problems if "--font-bold" in problem.message]
    assert any("Х (U+0425)" in message and "М (U+041C)" in message and "cards 2, 3" in message for message in bold), bold
    assert any("pack's title" in message and "Р (U+0420)" in message for message in bold), bold
    assert not any("Plain" in problem.message for problem in raised.value.problems)


def test_the_summary_checks_the_bold_face_too(latin_bold):
    with pytest.raises(StudypackError, match="pass --font-bold with a font that has them") as raised:
        summary.plan(PACK, SummaryOptions(style=Style(font_bold=latin_bold)))
    assert any("cards 2, 3" in problem.message for problem in raised.value.problems)


def test_notation_a_bold_font_lacks_is_drawn_by_the_bold_fallback(latin_bold):
    pack = loads("title: Ions\ncards:\n  - title: Na^+^ and SO~4~^2-^\n    points: ['**H~2~O** → **H^+^**']\n")
    plan = flashcards.plan(pack, FlashcardOptions(style=Style(font_bold=latin_bold)))
    assert not any("glyph" in warning for warning in plan.warnings)


def test_a_bold_face_with_every_letter_gives_no_bold_warning():
    plan = flashcards.plan(PACK, FlashcardOptions(style=Style(font_bold=BOLD)))
    assert not any("--font-bold" in warning for warning in plan.warnings), plan.warnings
