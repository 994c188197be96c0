"""The Kahoot workbook read back with openpyxl: Kahoot's limits hold and every question left out is named."""
import io
import re
import zipfile
from pathlib import Path

import openpyxl

from studypack.exporters import ExportOptions, export_pack
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import Choice, Match, TrueFalse, generate
from studypack.source import load, loads

EXAMPLE = Path(__file__).parents[2] / "packs" / "khrushchev.yaml"
HEADER = ("Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
          "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
          "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one")


def _rows(data):
    """The question rows under the template's header (row 8, columns B to H), as dicts."""
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[7][1:8] == HEADER
    return [{"name": row[0], "question": row[1], "answers": [a for a in row[2:6] if a is not None], "cells": row[2:6],
             "time": row[6], "right": row[7]} for row in rows[8:]]


def _worksheet(exercises):
    several = len(exercises.versions) > 1
    for version in exercises.versions:
        for section in version.sections:
            for number, question in section.numbered():
                name = f"{version.label if several else 'Q'}{number}"
                yield (name + f"–{number + len(question.pairs) - 1}" if isinstance(question, Match) else name), question


def _loose(text):
    return re.sub(r"\s+", " ", text).strip()


def test_kahoots_limits_hold_and_each_question_has_one_right_answer():
    pack = load(EXAMPLE)
    rows = _rows(export_pack(pack, "kahoot", ExportOptions(worksheet=WorksheetOptions(seed="s", variants=3))).data)
    assert rows
    for row in rows:
        assert len(row["question"]) <= 120
        assert 2 <= len(row["answers"]) <= 4 and all(len(answer) <= 75 for answer in row["answers"])
        assert row["cells"][:len(row["answers"])] == tuple(row["answers"])  # no gap before an answer
        assert row["time"] in (5, 10, 20, 30, 60, 90, 120, 240)
        assert isinstance(row["right"], int) and 1 <= row["right"] <= len(row["answers"])


def test_the_rows_are_the_worksheets_fitting_questions_and_the_rest_are_named_in_one_warning():
    pack = load(EXAMPLE)
    options = WorksheetOptions(seed="t")  # one version: few enough left out that the warning names every one
    exported = export_pack(pack, "kahoot", ExportOptions(worksheet=options))
    rows = {row["name"]: row for row in _rows(exported.data)}
    (warning,) = exported.warnings
    named = set(re.findall(r"\b(Q\d+(?:–\d+)?)(?=[,)]| and)", str(warning)))
    for name, question in _worksheet(generate(pack, options)):
        if name not in rows:
            assert name in named
            continue
        assert name not in named
        row = rows[name]
        stem = "".join("___" if s.role == "blank" else s.text for s in question.segments)
        assert row["question"] == _loose(stem)
        if isinstance(question, Choice):
            assert row["answers"] == list(question.options) and row["right"] == question.answer + 1
        else:
            assert isinstance(question, TrueFalse)
            assert row["answers"][row["right"] - 1] == ("True" if question.true else "False")
    assert len(rows) + len(named) == sum(1 for _ in _worksheet(generate(pack, options)))
    for kind in ("gap fill", "matching", "timeline", "short answer"):
        assert f"{kind} left out, as Kahoot's quiz questions are multiple choice" in str(warning)


def test_a_question_is_shortened_only_where_nothing_is_lost_and_left_out_when_that_is_not_enough():
    # "Edge n <99 x> in _____ fact." is 121 characters with the worksheet's blank, 119 with Kahoot's shorter one
    text = "title: Limits\ncards:\n" + "".join(
        f"  - title: Edge {n}\n    points:\n      - 'Edge {n} {'x' * 99} in **19{n}0** fact.'\n"
        f"      - 'Long Edge {n} {'x' * 150} in **18{n}0** fact.'\n"  # each names its title: none is printed before it
        for n in range(1, 7))
    options = WorksheetOptions(seed="x", exercises=("mcq",), questions=12)
    exported = export_pack(loads(text), "kahoot", ExportOptions(worksheet=options))
    asked = dict(_worksheet(generate(loads(text), options)))
    kept = {name for name, question in asked.items() if question.segments[0].text.startswith("Edge")}
    long = set(asked) - kept
    assert kept and long
    rows = _rows(exported.data)
    assert {row["name"] for row in rows} == kept
    assert all(len(row["question"]) == 119 and row["question"].endswith("x in ___ fact.") for row in rows)
    (warning,) = exported.warnings
    assert re.fullmatch(r".*Kahoot cannot hold everything in this pack — left out, as the question runs over Kahoot's"
                        r" 120 characters \(questions? [Q\d, ]+\)", str(warning))
    assert set(re.findall(r"Q\d+", str(warning))) == long


def test_the_workbook_is_the_same_bytes_every_time_with_fixed_dates():
    options = ExportOptions(worksheet=WorksheetOptions(seed="s"))
    data = export_pack(load(EXAMPLE), "kahoot", options).data
    assert data == export_pack(load(EXAMPLE), "kahoot", options).data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    properties = openpyxl.load_workbook(io.BytesIO(data)).properties
    assert (properties.created.year, properties.modified.year) == (2024, 2024)
