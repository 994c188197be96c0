"""The pack's own questions (questions:), quiz: false, and class lists, as read from files."""
from __future__ import annotations

import pytest

from studypack.errors import StudypackError
from studypack.source import loads
from studypack.source.dates import when
from studypack.source.roster import read_class
from studypack.source.writer import dump

CARDS = "title: T\ncards:\n  - title: A\n    points: [\"In **1956** he spoke.\"]\n"

QUESTIONS = CARDS + """questions:
  - mcq: In which year did Stalin die?
    answer: 1953
    wrong: [1949, 1956, 1961]
  - gap: In **1956** Khrushchev denounced **Stalin**.
  - tf: Khrushchev fell in **1962**.
    answer: false
    correction: "1964"
  - tf: Sputnik flew in 1957.
    answer: true
  - short: Explain why Khrushchev fell.
    marks: 2
    scheme:
      - the Cuban Missile Crisis
      - "**Agriculture** failed: harvests fell"
  - match:
      - Virgin Lands: a scheme to grow grain
      - Sputnik: the first satellite
      - "1956": the Secret Speech
  - order:
      - Stalin dies: March 1953
      - The Secret Speech: 25 February 1956
      - Sputnik: October 1957
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(StudypackError) as caught:
        loads(text, "p.yaml")
    return [str(problem) for problem in caught.value.problems]


def test_every_kind_of_question_is_read_with_its_fields():
    pack = loads(QUESTIONS)
    kinds = [question.kind for question in pack.questions]
    assert kinds == ["mcq", "gap", "tf", "tf", "short", "match", "order"]
    mcq, gap, false, true, short, match, order = pack.questions
    assert (mcq.text.text, mcq.answer, mcq.wrong) == ("In which year did Stalin die?", "1953", ("1949", "1956", "1961"))
    assert [gap.text.text[s.start:s.end] for s in gap.text.terms] == ["1956", "Stalin"]
    assert (false.true, false.correction, true.true) == (False, "1964", True)
    assert short.marks == 2 and [point.text for point in short.scheme][1] == "Agriculture failed: harvests fell"
    assert match.pairs[2] == ("1956", "the Secret Speech")
    assert order.events[1] == ("The Secret Speech", "25 February 1956")


def test_questions_and_quiz_false_are_written_back_and_read_the_same():
    pack = loads(QUESTIONS.replace("    points: [\"In", "    quiz: false\n    points: [\"In"))
    assert pack.cards[0].quiz is False
    again = loads(dump(pack))
    assert again == pack and again.questions == pack.questions and again.cards[0].quiz is False


def test_a_card_is_quizzed_unless_it_says_quiz_false():
    assert loads(CARDS).cards[0].quiz is True
    assert problems_of(CARDS + "    quiz: sometimes\n") == [
        'p.yaml:5:11: card 1, quiz: should be true or false, found the text "sometimes" — write `quiz: false` or `quiz: true`']


@pytest.mark.parametrize("question, expected", [
    ("  - mcq: Which?\n    answer: a\n    wrong: [b, a]\n",
     'p.yaml:8:16: question 1, wrong answer 2: "a" is the answer — each option must be different'),
    ("  - mcq: Which?\n    answer: a\n",
     "p.yaml:6:5: question 1, wrong: missing — add `wrong: [..., ..., ...]` with the wrong options (three is usual)"),
    ("  - gap: Nothing marked.\n",
     "p.yaml:6:10: question 1, gap: has no **answer** — put ** on each side of the word or words to blank out, as in"
     " `In **1956** Khrushchev ...`"),
    ("  - tf: It fell.\n    answer: maybe\n",
     'p.yaml:7:13: question 1, answer: should be true or false, found the text "maybe" — write `answer: true` or'
     " `answer: false`"),
    ("  - tf: It fell.\n    answer: false\n",
     "p.yaml:6:5: question 1, correction: missing — a false statement needs `correction: ...`, the words that make it"
     " true (they go in the answer key)"),
    ("  - mqc: Which?\n",
     "p.yaml:6:5: question 1, mqc: unknown key `mqc` in a question — did you mean `mcq`?"),
    ("  - type: mcq\n",
     "p.yaml:6:5: question 1, type: the kind is the question's first key, holding its text — write `- mcq: ...`"
     " instead of `type: mcq`"),
    ("  - gap: A **b**.\n    wrong: [c]\n",
     "p.yaml:7:5: question 1, wrong: does not belong in a gap question — its keys are: gap; remove `wrong:`"),
    ("  - short: Why?\n    marks: 3\n    scheme: [one]\n",
     "p.yaml:7:12: question 1, marks: 3 marks but the scheme has 1 point — add scheme points or give at most 1 marks"),
    ("  - match:\n      - a: b\n      - c: d\n",
     "p.yaml:7:7: question 1, match: has 2 pairs; give at least 3 (with fewer the last is found by elimination)"),
    ("  - order:\n      - A: 1953\n      - B: Smarch 1956\n      - C: 1957\n",
     'p.yaml:8:12: question 1, event 2: "Smarch 1956" is not a date that can be put in order — write it like 1956,'
     " February 1956, 25 February 1956, 1956-02-25, 44 BC or AD 43"),
    ("  - order:\n      - A: March 1953\n      - B: 1953\n      - C: 1957\n",
     'p.yaml:8:12: question 1, event 2: "1953" cannot be told apart from the date of event 1 ("March 1953") — give'
     " dates precise enough to put them in order"),
    ("  - What year?\n",
     'p.yaml:6:5: question 1: a question is a mapping that starts with its kind, found the text "What year?" — write'
     " `- mcq: In which year did Stalin die?` (or gap, tf, short, match, order)"),
])
def test_a_malformed_question_is_located_and_says_the_fix(question, expected):
    assert problems_of(CARDS + "questions:\n" + question) == [expected]


def test_every_malformed_question_is_reported_at_once_with_the_cards_problems():
    text = CARDS + "    quiz: x\nquestions:\n  - gap: none\n  - tf: It.\n    answer: perhaps\n"
    fields = [problem.split(": ")[1] for problem in problems_of(text)]
    assert fields == ["card 1, quiz", "question 1, gap", "question 2, answer"]


def test_dates_are_placed_in_order_in_the_forms_teachers_write():
    assert when("25 February 1956") == (1956, 2, 25) == when("1956-02-25") == when("Feb 25, 1956")
    assert when("44 BC") < when("1066") < when("March 1953") < when("1953-04")
    assert when("44 BC") < when("AD 14") == when("14 AD") < when("19 August AD 14") < when("AD 43")
    assert when("the fifties") is None and when("1956/57") is None


# -- class lists ------------------------------------------------------------------------

def test_a_class_list_is_one_name_a_line_ignoring_blank_lines_and_a_bom(tmp_path):
    path = tmp_path / "class.txt"
    path.write_bytes("\ufeffAda Lovelace\n\n  Zoë Ørsted  \r\nSmith, John\n".encode("utf-8"))
    assert read_class(path) == ("Ada Lovelace", "Zoë Ørsted", "Smith, John")


def test_a_csv_class_list_gives_its_name_column(tmp_path):
    path = tmp_path / "class.csv"
    path.write_text("\ufeffid,Name,form\n1,Ada Lovelace,7B\n\n2,\"Smith, John\",7B\n3,,7B\n", encoding="utf-8")
    assert read_class(path) == ("Ada Lovelace", "Smith, John")
    path.write_text("Student;Form\nAda;7B\n", encoding="utf-8")
    assert read_class(path) == ("Ada",)


def test_a_missing_empty_or_nameless_class_list_is_an_error_naming_it(tmp_path):
    with pytest.raises(StudypackError, match=r"nobody\.txt: class list: no such file"):
        read_class(tmp_path / "nobody.txt")
    (tmp_path / "empty.txt").write_text("\n \n", encoding="utf-8")
    with pytest.raises(StudypackError, match=r"empty\.txt: class list: holds no names — write one name per line"):
        read_class(tmp_path / "empty.txt")
    (tmp_path / "ids.csv").write_text("id,form\n1,7B\n", encoding="utf-8")
    with pytest.raises(StudypackError, match=r"ids\.csv:1: class list: the CSV has no `name` column"):
        read_class(tmp_path / "ids.csv")
