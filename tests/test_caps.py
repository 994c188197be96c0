"""Repeated errors and warnings are capped: ten of a kind, then how many more; and `check` says what it
found in plain counts, numbering cards as the file does."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from studypack.cli import app, check_summary
from studypack.errors import Problem, StudypackError
from studypack.repeats import ProblemList, capped, kind
from studypack.source import loads

runner = CliRunner()
LONG_BACK = "\n".join(f"      - Point {n} says a great deal about the **policy** and its results at length." for n in range(30))


def _pack(cards: int, tags: dict[int, str] | None = None, long: set[int] | None = None) -> str:
    text = "title: T\ncards:\n"
    for number in range(1, cards + 1):
        text += f"  - title: Card {number}\n"
        if tags and number in tags:
            text += f"    tags: [{tags[number]}]\n"
        text += "    points:\n"
        text += LONG_BACK + "\n" if long is None or number in long else "      - A short **point**.\n"
    return text


def test_messages_differing_only_in_numbers_and_names_are_one_kind():
    assert kind("unknown key `ab` in a card — did you mean `id`?") == kind("unknown key `zz9` in a card — did you mean `title`?")
    assert kind("card 3 “A”: the back is 4 lines too long") == kind("card 12 “B c”: the back is 1,200 lines too long")
    assert kind("card 3: too long") != kind("card 3: too short")


def test_capped_keeps_ten_of_a_kind_in_order_then_says_how_many_more():
    messages = [f"card {n}: too long" for n in range(1, 26)] + ["the font lacks ü"]
    assert capped(messages) == [f"card {n}: too long" for n in range(1, 11)] + ["… and 15 more like this — fix those above, then check again to see the rest", "the font lacks ü"]
    assert capped(["a 1", "b", "a 2"], limit=1) == ["a 1", "… and 1 more like this — fix those above, then check again to see the rest", "b"]


def test_a_problem_list_stops_collecting_past_the_cap():
    problems = ProblemList()
    problems.extend(Problem(f"unknown key `k{n}`", "p.yaml", n) for n in range(100_000))
    assert len(problems) == 10
    reported = problems.reported(order=lambda problem: problem.line)
    assert [str(problem) for problem in reported[-2:]] == ["p.yaml:9: unknown key `k9`", "p.yaml: … and 99,990 more like this — fix those above, then check again to see the rest"]


@pytest.mark.slow
def test_a_hundred_thousand_unknown_keys_make_eleven_lines():
    text = "title: T\ncards:\n  - title: A\n    points: [x]\n" + "".join(f"    key{n}: v\n" for n in range(100_000))
    with pytest.raises(StudypackError) as caught:
        loads(text, "p.yaml")
    lines = [str(problem) for problem in caught.value.problems]
    assert len(lines) == 11 and lines[0].startswith("p.yaml:5:5: card 1, key0: unknown key `key0` in a card")
    assert lines[-1] == "p.yaml: … and 99,990 more like this — fix those above, then check again to see the rest"


def test_quiet_keeps_warnings_but_caps_them(tmp_path):
    path = tmp_path / "long.yaml"
    path.write_text(_pack(25), encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--only", "flashcards", "-q"])
    assert result.exit_code == 0, result.output
    overflow = [line for line in result.stderr.splitlines() if "too long for one card" in line]
    assert len(overflow) == 10 and overflow[0].startswith("warning: card 1 “Card 1”")
    assert "warning: … and 15 more like this — fix those above, then check again to see the rest" in result.stderr.splitlines()
    assert result.stdout == ""


@pytest.mark.parametrize("cards, warnings, said", [(10, 0, "ok, 10 cards"), (1, 0, "ok, 1 card"), (10, 2, "10 cards, 2 warnings"),
                                                   (1, 1, "1 card, 1 warning"), (12_000, 3, "12,000 cards, 3 warnings")])
def test_check_says_ok_only_without_warnings_and_counts_in_words(cards, warnings, said):
    assert check_summary(cards, warnings) == said


def test_check_prints_no_ok_beside_warnings(tmp_path):
    path = tmp_path / "long.yaml"
    path.write_text(_pack(2, long={2}), encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--only", "flashcards"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{path}: 2 cards, 1 warning\n"


def test_warnings_and_errors_under_tags_number_cards_as_in_the_file(tmp_path):
    path = tmp_path / "tagged.yaml"
    path.write_text(_pack(4, tags={3: "x", 4: "x"}, long={3}), encoding="utf-8")
    warned = runner.invoke(app, ["check", str(path), "--only", "flashcards", "--tags", "x"])
    assert warned.exit_code == 0, warned.output
    assert "warning: card 3 “Card 3”: the back is" in warned.stderr
    assert f"{path}: 2 cards, 1 warning" in warned.stdout
    refused = runner.invoke(app, ["check", str(path), "--only", "flashcards", "--tags", "x", "--strict"])
    assert refused.exit_code == 1
    line = path.read_text(encoding="utf-8").splitlines().index("  - title: Card 3") + 1
    assert f"error: {path}:{line}: card 3: the back of “Card 3” is" in refused.stderr
