"""The GIFT export read back with a small GIFT parser written for these tests."""
import re

from studypack.exporters import ExportOptions, export_pack
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import Choice, Gap, Match, Short, Timeline, TrueFalse, generate
from studypack.source import load, loads
from pathlib import Path

EXAMPLE = Path(__file__).parents[2] / "packs" / "khrushchev.yaml"

_UNESCAPED = r"(?<!\\)"


def _unescape(text):
    return re.sub(r"\\([~=#{}:])", r"\1", text)


def parse_gift(text):
    """Questions as dicts: name, type, text (the answer block as ___), answers."""
    questions = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in paragraph.split("\n") if not line.startswith("//")]
        if not lines:
            continue
        source = " ".join(lines)
        named = re.fullmatch(rf"::(.*?){_UNESCAPED}::(.*)", source)
        assert named, source
        name, body = named.groups()
        blocks = re.findall(rf"{_UNESCAPED}\{{(.*?){_UNESCAPED}\}}", body)
        assert len(blocks) == 1, body
        block = blocks[0]
        stem = re.sub(rf"{_UNESCAPED}\{{.*?{_UNESCAPED}\}}", "___", body)
        assert not re.search(rf"{_UNESCAPED}[{{}}~=#]", stem.replace("___", "")), f"unescaped mark in {stem!r}"
        general = block.split("####", 1)[1] if "####" in block else ""
        block = block.split("####", 1)[0].strip()
        if block in ("TRUE", "T") or block.startswith(("FALSE", "F#")) or block == "F":
            kind, answers = "truefalse", [block.split("#")[0] == "TRUE"]
        elif "->" in block:
            kind = "matching"
            answers = [tuple(_unescape(part.strip()) for part in re.split(r"\s->\s", pair))
                       for pair in re.split(rf"{_UNESCAPED}=", block) if pair.strip()]
        elif re.search(rf"{_UNESCAPED}~", block):
            kind = "multichoice"
            answers = [(mark == "=", _unescape(option.strip()))
                       for mark, option in re.findall(rf"{_UNESCAPED}([=~])((?:[^=~\\]|\\.)*)", block)]
        elif block.startswith("="):
            kind, answers = "shortanswer", [_unescape(block[1:].strip())]
        else:
            assert block == ""
            kind, answers = "essay", [_unescape(general)]
        questions.append({"name": _unescape(name), "type": kind, "text": _unescape(stem.strip()), "answers": answers})
    return questions


def _expected(exercises):
    """(name, type) the export should hold for each worksheet question, timelines left out."""
    several = len(exercises.versions) > 1
    rows = []
    for version in exercises.versions:
        for section in version.sections:
            for number, question in section.numbered():
                name = f"{version.label if several else 'Q'}{number}"
                if isinstance(question, Gap):
                    rows += [(f"{name}{blank.label} {section.title}", "shortanswer") for blank in question.answers]
                elif isinstance(question, Match):
                    rows.append((f"{name}–{number + len(question.pairs) - 1} {section.title}", "matching"))
                elif not isinstance(question, Timeline):
                    kind = {Choice: "multichoice", TrueFalse: "truefalse", Short: "essay"}[type(question)]
                    rows.append((f"{name} {section.title}", kind))
    return rows


def test_the_questions_are_the_worksheets_with_its_numbers_in_their_names():
    pack = load(EXAMPLE)
    options = ExportOptions(worksheet=WorksheetOptions(seed="lesson-3", variants=2))
    questions = parse_gift(export_pack(pack, "gift", options).data.decode("utf-8"))
    assert [(q["name"], q["type"]) for q in questions] == _expected(generate(pack, options.worksheet))
    assert {q["type"] for q in questions} == {"shortanswer", "matching", "multichoice", "truefalse", "essay"}


def test_answers_are_the_worksheets_answers():
    pack = load(EXAMPLE)
    exercises = generate(pack, WorksheetOptions(seed="s"))
    questions = {q["name"]: q for q in parse_gift(export_pack(pack, "gift", ExportOptions(
        worksheet=WorksheetOptions(seed="s"))).data.decode("utf-8"))}
    for section in exercises.sections:
        for number, question in section.numbered():
            if isinstance(question, Choice):
                got = questions[f"Q{number} {section.title}"]["answers"]
                assert got == [(index == question.answer, option) for index, option in enumerate(question.options)]
            elif isinstance(question, TrueFalse):
                assert questions[f"Q{number} {section.title}"]["answers"] == [question.true]
            elif isinstance(question, Gap):
                for blank in question.answers:
                    assert questions[f"Q{number}{blank.label} {section.title}"]["answers"] == [blank.text]
            elif isinstance(question, Short):
                scheme = questions[f"Q{number} {section.title}"]["answers"][0]
                assert all(pack.cards[ref.card].points[ref.point].text in scheme for ref in question.scheme)


def test_gifts_special_characters_are_escaped():
    text = "title: Marks\ncards:\n" + "".join(
        f"  - title: 'Card {n} {{x}} = y: #{n} ~z'\n    points:\n      - '**Term{n}** means a = b: {{c}} #{n} ~d.'\n"
        f"      - '**Word{n}** is in {n * 100 + 1900}.'\n"
        for n in range(1, 7))
    exported = export_pack(loads(text), "gift", ExportOptions(worksheet=WorksheetOptions(seed="x")))
    questions = parse_gift(exported.data.decode("utf-8"))  # asserts no mark is left unescaped
    assert questions
    assert any("means a = b: {c} #" in q["text"] or any("means a = b: {c} #" in str(a) for a in q["answers"])
               for q in questions)


def test_timelines_and_marks_gift_cannot_hold_are_one_warning():
    pack = load(EXAMPLE)
    exported = export_pack(pack, "gift", ExportOptions(worksheet=WorksheetOptions(seed="s", exercises=("timeline", "short"))))
    (warning,) = exported.warnings
    assert re.fullmatch(r".*khrushchev.yaml: GIFT cannot hold everything in this pack — timelines left out, as GIFT has"
                        r" no ordering question \(question Q1\); marks above 1 left out, as GIFT has none \(set them in"
                        r" Moodle\) \(questions Q\d, Q\d, Q\d\)", str(warning))
