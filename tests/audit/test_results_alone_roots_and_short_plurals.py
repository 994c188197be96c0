"""Round QY of the unseen-pack audit: a result that is a sentence of its own ("… to absorb water. **No rust.**") is
no blank; a four-letter plural is told by its singular elsewhere ("ores" beside "from ore to electrolyte"); and a
word its sheet's title opens the same way is no blank with its letter ("… the menstrual cycle" over "M____")."""
from __future__ import annotations

from sheet_builds import built, fresh_pack, of_kind
from studypack.layouts.worksheet.exercises.material import holds
from studypack.layouts.worksheet.exercises.questions import Gap


def _answers(plan) -> list[str]:
    return [word for gap in of_kind(plan, Gap) for word in gap.words]


def test_a_result_alone_and_a_plural_told_by_its_singular_are_no_blanks():
    for seed in "12":
        plan, sheet, _ = built(fresh_pack("chemistry_metals_extraction.yaml"), seed)
        assert "No rust." not in _answers(plan)
        assert "from ore to" not in sheet or "ores" not in _answers(plan)
    assert holds("aluminium: from ore to electrolyte", "ores") and not holds("the new rules", "news")


def test_a_word_the_title_opens_alike_is_no_blank():
    for seed in "12":
        plan, _, _ = built(fresh_pack("biology_hormones.yaml"), seed)
        assert "menstruation" not in [answer.casefold() for answer in _answers(plan)]
