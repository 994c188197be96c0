"""Round QR of the unseen-pack audit: a line listing an exam's command words ("Typical command words: **show that**
and **form an equation**") is advice on the paper, no content to blank ("s____" is solve or simplify as well)."""
from __future__ import annotations


from sheet_builds import fresh_pack, of_kind, planned
from studypack.layouts.worksheet.exercises.questions import Gap


def test_command_words_are_no_gap():
    text = fresh_pack("maths_probability.yaml")
    for seed in "12":
        answers = [word for gap in of_kind(planned(text, seed), Gap) for word in gap.words]
        assert "show that" not in answers, answers
