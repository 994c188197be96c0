"""What is drawn reads back as what was written: characters past U+FFFF keep their code point in the
text layer, and invisible marks (zero-width, direction) are dropped rather than printed as boxes."""
from __future__ import annotations

from pathlib import Path

import font_source_sans_pro
import pytest
from fontTools.ttLib import TTFont

from pdftext import open_pdf
from studypack.errors import StudypackError
from studypack.layouts import flashcards, summary
from studypack.layouts.kit.fonts import INVISIBLE
from studypack.layouts.options import FlashcardOptions, Style, SummaryOptions
from studypack.source import loads

REGULAR = Path(font_source_sans_pro.font_files_ttf["SourceSansPro"])
SMILE = "\U0001F600"


@pytest.fixture(scope="module")
def font_with_a_smile(tmp_path_factory) -> Path:
    """Source Sans Pro with 😀 (and 𝑥) mapped to glyphs of its own, so astral characters can be drawn."""
    font = TTFont(str(REGULAR))
    for table in font["cmap"].tables:
        if table.format == 12:
            table.cmap[ord(SMILE)] = table.cmap[ord("o")]
            table.cmap[0x1D465] = table.cmap[ord("x")]
    path = tmp_path_factory.mktemp("fonts") / "Smile.ttf"
    font.save(str(path))
    return path


def test_characters_past_the_basic_plane_read_back_as_themselves(font_with_a_smile):
    pack = loads(f"title: Faces\ncards:\n  - title: Smile {SMILE} now\n    points: ['a {SMILE} and 𝑥 here']\n")
    plan = flashcards.plan(pack, FlashcardOptions(style=Style(font=font_with_a_smile)))
    assert not plan.warnings
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        front, back = (page.extract_text() for page in pdf.pages[:2])
    assert f"Smile {SMILE} now" in front
    assert f"a {SMILE} and 𝑥 here" in back


def test_an_astral_character_the_font_lacks_is_reported_like_any_other():
    pack = loads(f"title: Faces\ncards:\n  - title: Plain\n    points: ['a {SMILE} here']\n")
    with pytest.raises(StudypackError, match=f"{SMILE} \\(U\\+1F600\\) on card 1 "):
        flashcards.plan(pack, FlashcardOptions())


def test_invisible_marks_are_dropped_not_printed_as_boxes():
    marks = "".join(sorted(INVISIBLE))
    assert len(marks) == 16
    point = "".join(f"w{mark}" for mark in marks) + "end"
    yaml = f"title: \"Mar\\u200Bks\"\ncards:\n  - title: \"Zero\\u200Bwidth \\u202Ehere\"\n    points: [\"{point}\"]\n"
    pack = loads(yaml)
    assert pack.cards[0].points[0].text == point  # the pack keeps what was written; printing drops the marks
    plan = flashcards.plan(pack, FlashcardOptions())
    assert not plan.warnings, plan.warnings
    with open_pdf(flashcards.draw(plan)["flashcards.pdf"]) as pdf:
        front, back = (page.extract_text() for page in pdf.pages[:2])
        drawn = "".join(char["text"] for page in pdf.pages for char in page.chars)
    assert "Zerowidth here" in front and "Marks" in front
    assert "w" * 16 + "end" in back
    assert "\x00" not in drawn and not set(drawn) & INVISIBLE
    summary_plan = summary.plan(pack, SummaryOptions())
    assert not summary_plan.warnings, summary_plan.warnings
