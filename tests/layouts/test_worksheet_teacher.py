"""The teacher in control, read back from the PDFs: the pack's own questions, --no-generated, quiz: false, class sets."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdftext import open_pdf, text_of
from studypack.cli import app
from studypack.errors import StudypackError
from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions, assemble
from studypack.layouts.worksheet.exercises import generate
from studypack.layouts.worksheet.exercises.questions import AuthoredRef, PointRef, points_used
from studypack.source import load, loads

EXAMPLE = Path(__file__).resolve().parents[2] / "packs" / "khrushchev.yaml"
CARDS = EXAMPLE.read_text(encoding="utf-8").split("\nquestions:")[0] + "\n"
"""The example pack without its own questions: the base of packs that bring others (a pack has one list)."""
OWN = """
questions:
  - mcq: Which Soviet leader died in March 1953?
    answer: Iosif Dzhugashvili
    wrong: [Vladimir Ulyanov, Lev Bronstein, Grigory Zinoviev]
  - gap: The tunnel under the river was dug by the **Quorn** brigade.
  - tf: The Berlin Wall went up in **1959**.
    answer: false
    correction: "1961"
  - short: Give two reasons the Politburo removed the First Secretary.
    scheme:
      - the Cuban Missile Crisis looked like a climb-down
      - the harvests of the Virgin Lands failed
  - order:
      - The Hungarian Rising is crushed: November 1956
      - Yuri Gagarin orbits the Earth: 12 April 1961
      - The Berlin Wall is built: August 1961
"""


@pytest.fixture(scope="module")
def own_pack():
    return loads(CARDS + OWN, "own.yaml")


def sheet_and_key(pack, **options):
    plan = worksheet.plan(pack, WorksheetOptions(**options))
    files = worksheet.draw(plan)
    return plan, text_of(files["worksheet.pdf"]), text_of(files["answers.pdf"]), files


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_packs_own_questions_are_printed_with_their_answers_in_the_key(own_pack):
    _, sheet, key, _ = sheet_and_key(own_pack)
    sheet, key = flat(sheet), flat(key)
    assert "Which Soviet leader died in March 1953?" in sheet
    for option in ("Iosif Dzhugashvili", "Vladimir Ulyanov", "Lev Bronstein", "Grigory Zinoviev"):
        assert option in sheet
    assert "by the Quorn brigade" not in sheet and "dug by the" in sheet and "Quorn" in key  # a blank on the sheet
    assert "The Berlin Wall went up in 1959." in sheet and "False – 1961, not 1959" in key
    assert "Give two reasons the Politburo removed the First Secretary." in sheet
    assert "the harvests of the Virgin Lands failed" in key and "the harvests" not in sheet
    assert "Yuri Gagarin orbits the Earth" in sheet and "12 April 1961" in key and "12 April" not in sheet


def test_generated_questions_fill_each_section_up_to_its_cap_after_the_packs_own(own_pack):
    exercises = generate(own_pack, WorksheetOptions())
    by_name = {section.name: section.questions for section in exercises.sections}
    # fewer where no fair question is left (no set of wrong answers, no word of the answer's sort for the box), never more
    assert 3 <= len(by_name["gap"]) <= 6 and 1 <= len(by_name["mcq"]) <= 6  # (multiple choice asks only years, and
    # true or false takes the example's few first)
    assert 4 <= len(by_name["tf"]) <= 6  # fewer where no fair false statement is left, never more
    assert sum(isinstance(ref, AuthoredRef) for q in by_name["mcq"] for ref in points_used(q)) == 1
    assert any(isinstance(ref, PointRef) for q in by_name["tf"] for ref in points_used(q))
    assert len(by_name["timeline"]) == 1 and isinstance(by_name["timeline"][0].events[0].source, AuthoredRef)


def test_no_generated_question_shows_an_answer_of_the_packs_own():
    pack = loads(CARDS + "questions:\n  - mcq: Who was General Secretary until 1953?\n"
                 "    answer: Stalin\n    wrong: [Lenin, Malenkov, Beria]\n")
    for seed in ("1", "2", "3"):
        exercises = generate(pack, WorksheetOptions(seed=seed))
        for section in exercises.sections:
            for question in section.questions:
                for ref in points_used(question):
                    if isinstance(ref, PointRef):
                        assert not re.search(r"\bstalin\b", pack.cards[ref.card].points[ref.point].text.casefold()), ref


def test_no_generated_prints_only_the_packs_own_questions(own_pack):
    exercises = generate(own_pack, WorksheetOptions(generated=False))
    assert [section.name for section in exercises.sections] == ["gap", "mcq", "timeline", "tf", "short"]
    assert all(isinstance(ref, AuthoredRef) for section in exercises.sections for question in section.questions
               for ref in points_used(question))
    assert exercises.versions[0].count == 5


def test_no_generated_with_no_questions_of_its_own_is_a_clear_error():
    with pytest.raises(StudypackError, match=r"khrushchev\.yaml: --no-generated prints only the pack's own questions, "
                                             r"and it has none — add a `questions:` list"):
        generate(loads(CARDS, "khrushchev.yaml"), WorksheetOptions(generated=False))


@pytest.mark.slow  # (sheets at many seeds, 2 s: in make test-slow)
def test_a_card_marked_quiz_false_gives_no_question():
    text = EXAMPLE.read_text(encoding="utf-8")
    pack = loads(text.replace("  - title: The Speech\n", "  - title: The Speech\n    quiz: false\n", 1))
    kept_off = next(index for index, card in enumerate(pack.cards) if not card.quiz)
    for seed in ("1", "2", "3", "4"):
        exercises = generate(pack, WorksheetOptions(seed=seed))
        refs = [ref for section in exercises.sections for question in section.questions for ref in points_used(question)]
        assert refs and all(ref.card != kept_off for ref in refs if isinstance(ref, PointRef))
        titles = [pair.title for section in exercises.sections if section.name == "match"
                  for block in section.questions for pair in block.pairs]
        assert pack.cards[kept_off].title not in titles


# -- class sets --------------------------------------------------------------------------

NAMES = ("Ada Lovelace", "Boris Pasternak", "Zoë Ørsted", "Mary Seacole", "Kwame Nkrumah")


@pytest.fixture(scope="module")
def class_set(tmp_path_factory):
    roster = tmp_path_factory.mktemp("class") / "7B.txt"
    roster.write_text("\n".join(NAMES) + "\n", encoding="utf-8")
    options = assemble({"class": roster}).worksheet
    plan = worksheet.plan(load(EXAMPLE), options)
    return plan, worksheet.draw(plan)


def name_line(page) -> str:
    line = next(line for line in (page.extract_text() or "").splitlines() if line.startswith("Name "))
    return line.removeprefix("Name ").split(" Class")[0]


def test_each_student_gets_a_sheet_with_their_name_on_the_name_line(class_set):
    plan, files = class_set
    with open_pdf(files["worksheet.pdf"]) as pdf:
        firsts = [name_line(pdf.pages[start]) for start in plan.sheet_starts]
        named = [index for index, page in enumerate(pdf.pages) if "Name " in (page.extract_text() or "")]
    assert firsts == list(NAMES)
    assert named == list(plan.sheet_starts)  # each name once, on its own sheet's first page


def test_class_sets_take_two_versions_in_turn_unless_variants_is_given(class_set, tmp_path):
    plan, files = class_set
    with open_pdf(files["worksheet.pdf"]) as pdf:
        printed = [re.search(r"Version ([A-Z])", pdf.pages[start].extract_text()).group(1) for start in plan.sheet_starts]
    assert printed == ["A", "B", "A", "B", "A"]
    roster = tmp_path / "c.txt"
    roster.write_text("\n".join(NAMES), encoding="utf-8")
    three = worksheet.plan(load(EXAMPLE), assemble({"class": roster, "variants": 3}).worksheet)
    assert [student.version for student in three.students] == ["A", "B", "C", "A", "B"]


@pytest.mark.slow  # (a long build read back whole: make test-slow, which CI runs)
def test_each_students_sheet_starts_on_a_new_sheet_of_paper(class_set):
    plan, files = class_set
    ends = plan.sheet_starts[1:] + (len(plan.sheet),)
    assert all((end - start) % 2 == 0 for start, end in zip(plan.sheet_starts, ends))
    with open_pdf(files["worksheet.pdf"]) as pdf:
        assert len(pdf.pages) == len(plan.sheet)
        for start, end in zip(plan.sheet_starts, ends):
            pages = [pdf.pages[index].extract_text() or "" for index in range(start, end)]
            printed = [text for text in pages if text.strip()]
            assert all(text.strip() for text in pages[:len(printed)])  # padding only at the end
            assert f"Page 1 of {len(printed)}" in printed[0]


def test_the_key_holds_one_key_per_version_then_the_class_list(class_set):
    plan, files = class_set
    with open_pdf(files["answers.pdf"]) as pdf:
        keys = [pdf.pages[start].extract_text() for start in plan.key_starts]
        listed = "\n".join(page.extract_text() for page in pdf.pages[plan.class_list_start:])
    assert ["Version A" in keys[0], "Version B" in keys[1]] == [True, True] and len(keys) == 2
    assert listed.startswith("Class list")
    rows = re.findall(r"^(\d+)\. (.+) ([A-Z])$", listed, re.M)
    assert rows == [(str(n), name, "AB"[(n - 1) % 2]) for n, name in enumerate(NAMES, start=1)]


def test_the_cli_builds_a_class_set_from_a_csv_and_refuses_a_missing_list(tmp_path):
    roster = tmp_path / "class.csv"
    roster.write_text("\ufeffForm,Name\n7B,Ada Lovelace\n\n7B,Mary Seacole\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(EXAMPLE), "--only", "worksheet", "--class", str(roster), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    data = (tmp_path / "out" / "khrushchev" / "worksheet.pdf").read_bytes()
    with open_pdf(data) as pdf:
        assert [name_line(page) for page in pdf.pages if "Name " in (page.extract_text() or "")] == ["Ada Lovelace", "Mary Seacole"]
    missing = runner.invoke(app, ["build", str(EXAMPLE), "--only", "worksheet", "--class", str(tmp_path / "nobody.txt"),
                                  "--out", str(tmp_path / "out2")])
    assert missing.exit_code == 1
    assert "nobody.txt: class list: no such file" in missing.output


def test_the_cli_no_generated_flag_prints_only_the_packs_own(tmp_path):
    pack = tmp_path / "own.yaml"
    pack.write_text(CARDS + OWN, encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(pack), "--only", "worksheet", "--no-generated", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    sheet = flat(text_of((tmp_path / "out" / "own" / "worksheet.pdf").read_bytes()))
    assert "5 questions" in sheet and "Which Soviet leader died in March 1953?" in sheet
