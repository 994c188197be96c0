"""Round QT of the unseen-pack audit: a list of books to read ("Sources: J. B. Priestley, English Journey (1934); …")
is no statement to judge true or false; and a calculation printed under a matching title never shares a word with
that title's statement ("… (Higher tier): a tangent at 20 s …" beside "Make the triangle under your tangent
large")."""
from __future__ import annotations

from sheet_builds import built, fresh_pack, of_kind, planned
from studypack.layouts.worksheet.exercises.questions import Match, TrueFalse, plain


def test_a_list_of_sources_is_no_statement():
    text = fresh_pack("history_depression_britain.yaml")
    for seed in "12":
        statements = [plain(statement.segments) for statement in of_kind(planned(text, seed), TrueFalse)]
        assert not any("Sources:" in statement for statement in statements), statements


def test_no_sum_under_a_matching_title_shares_its_statements_words():
    text = fresh_pack("chemistry_rates_tangents.yaml")
    for seed in "12":
        plan, sheet, _ = built(text, seed)
        paired = [pair.text for match in of_kind(plan, Match) for pair in match.pairs
                  if pair.title.startswith("Rate at a particular time")]
        assert not ("(Higher tier): a tangent" in sheet and any("tangent" in text for text in paired)), paired
