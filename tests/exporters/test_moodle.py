"""The Moodle XML export read back with xml.etree: the worksheet's questions, types, marks and answers."""
import html
from html.parser import HTMLParser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from studypack.exporters import ExportOptions, export_pack
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import Choice, Gap, Match, Short, Timeline, TrueFalse, generate
from studypack.source import load, loads

EXAMPLE = Path(__file__).parents[2] / "packs" / "khrushchev.yaml"
_CLOZE = re.compile(r"\{1:SHORTANSWER:=((?:[^\\}]|\\.)*)\}")


def _questions(data):
    """Every question but the category, as (name, type, element)."""
    root = ET.fromstring(data)
    assert root.tag == "quiz"
    return [(q.findtext("name/text"), q.get("type"), q) for q in root.findall("question") if q.get("type") != "category"]


def _worksheet(exercises):
    """(name, type, question) the export should hold, from the worksheet's own numbering."""
    several = len(exercises.versions) > 1
    rows = []
    for version in exercises.versions:
        for section in version.sections:
            for number, question in section.numbered():
                name = f"{version.label if several else 'Q'}{number}"
                if isinstance(question, Match):
                    name += f"–{number + len(question.pairs) - 1}"
                kind = {Gap: "cloze", Choice: "multichoice", TrueFalse: "truefalse", Match: "matching",
                        Timeline: "matching", Short: "essay"}[type(question)]
                rows.append((f"{name} {section.title}", kind, question))
    return rows


def _cloze_answers(element):
    text = element.findtext("questiontext/text")
    return [html.unescape(re.sub(r"\\(.)", r"\1", answer)) for answer in _CLOZE.findall(text)]


def test_the_questions_types_and_marks_are_the_worksheets_with_its_numbers_in_their_names():
    pack = load(EXAMPLE)
    options = WorksheetOptions(seed="lesson-3", variants=2)
    exported = export_pack(pack, "moodle", ExportOptions(worksheet=options))
    got = _questions(exported.data)
    expected = _worksheet(generate(pack, options))
    assert [(name, kind) for name, kind, _ in got] == [(name, kind) for name, kind, _ in expected]
    assert {kind for _, kind, _ in got} == {"cloze", "matching", "multichoice", "truefalse", "essay"}
    for (_, kind, element), (_, _, question) in zip(got, expected):
        if kind == "cloze":
            assert len(_cloze_answers(element)) == question.marks
        else:
            assert int(element.findtext("defaultgrade")) == question.marks
        if kind == "matching":
            assert len(element.findall("subquestion")) == question.marks


def test_answers_are_the_worksheets_answers():
    pack = load(EXAMPLE)
    options = WorksheetOptions(seed="t")
    exported = export_pack(pack, "moodle", ExportOptions(worksheet=options))
    rows = list(zip(_questions(exported.data), _worksheet(generate(pack, options))))
    assert {type(question) for _, (_, _, question) in rows} == {Choice, TrueFalse, Gap, Match, Timeline, Short}
    for (_, kind, element), (_, _, question) in rows:
        answers = element.findall("answer")
        if isinstance(question, Choice):
            assert [html.unescape(a.findtext("text")) for a in answers] == list(question.options)
            assert [a.get("fraction") for a in answers] == ["100" if i == question.answer else "0" for i in range(4)]
        elif isinstance(question, TrueFalse):
            right = [a.findtext("text") for a in answers if a.get("fraction") == "100"]
            assert right == ["true" if question.true else "false"]
        elif isinstance(question, Gap):
            assert _cloze_answers(element) == [blank.text for blank in question.answers]
        elif isinstance(question, Match):
            pairs = [(html.unescape(s.findtext("text")), s.findtext("answer/text")) for s in element.findall("subquestion")]
            assert pairs == [(pair.title, pair.text) for pair in question.pairs]
        elif isinstance(question, Timeline):
            ordered = sorted(element.findall("subquestion"), key=lambda s: int(s.findtext("answer/text")[:-2]))
            assert tuple(s.findtext("text")[0] for s in ordered) == question.answer
        elif isinstance(question, Short):
            scheme = html.unescape(element.findtext("graderinfo/text"))
            assert all(pack.cards[ref.card].points[ref.point].text in scheme for ref in question.scheme)


def test_timelines_are_matching_of_event_and_place_and_named_in_one_warning():
    pack = load(EXAMPLE)
    exported = export_pack(pack, "moodle", ExportOptions(worksheet=WorksheetOptions(seed="s", exercises=("timeline", "mcq"))))
    (_, kind, element), *_ = _questions(exported.data)
    assert (kind, element.findtext("name/text")) == ("matching", "Q1 Timeline")
    (warning,) = exported.warnings
    assert str(warning).endswith("khrushchev.yaml: Moodle XML cannot hold everything in this pack — timelines written as"
                                 " matching of each event with its place in time (1st = earliest), as Moodle's core has"
                                 " no ordering question (question Q1)")


class _Text(HTMLParser):
    """The text an HTML fragment shows, tags left out."""

    def __init__(self, fragment):
        super().__init__()
        self.shown = []
        self.feed(fragment)

    def handle_data(self, data):
        self.shown.append(data)


def _shown(fragment):
    return "".join(_Text(fragment).shown)


_TITLES = ("Rivers & lakes <b>", "Mountain {ranges}", "Deserts <i>dry</i>", "Forests > fields", "Oceans &amp; seas",
           "Volcanic islands {1:SHORTANSWER:=x}")
_AWKWARD = "title: 'Marks <&> / {x}'\ncards:\n" + "".join(
    f"  - title: '{title}'\n    points:\n"
    f"      - '**T{n}/a\"b}}#~\\c** means a < b & {{1:SHORTANSWER:=x}}.'\n"
    f"      - '**Word{n}** is in **{n * 10 + 1900}**.'\n"
    f"      - 'The {title.split()[0].lower()} say a < b {{c}}.'\n"
    for n, title in enumerate(_TITLES, start=1))


def test_cloze_blanks_keep_moodles_special_characters_and_the_text_around_them_shows_as_written():
    pack = loads(_AWKWARD)
    options = WorksheetOptions(seed="x", exercises=("gap",), questions=12)
    exported = export_pack(pack, "moodle", ExportOptions(worksheet=options))
    rows = list(zip(_questions(exported.data), _worksheet(generate(pack, options))))
    assert any("/" in blank.text for _, (_, _, question) in rows for blank in question.answers)
    for (_, _, element), (_, _, question) in rows:
        text = element.findtext("questiontext/text")
        assert _cloze_answers(element) == [blank.text for blank in question.answers]
        sentence = "".join("[]" if segment.role == "blank" else segment.text for segment in question.segments)
        assert _shown(_CLOZE.sub("[]", text)).startswith(sentence)


def test_html_in_the_pack_shows_as_written_in_moodle():
    pack = loads(_AWKWARD)
    options = WorksheetOptions(seed="x", exercises=("match", "tf"))
    exported = export_pack(pack, "moodle", ExportOptions(worksheet=options))
    rows = list(zip(_questions(exported.data), _worksheet(generate(pack, options))))
    titles = [_shown(s.findtext("text")) for (_, kind, e), _ in rows if kind == "matching" for s in e.findall("subquestion")]
    assert titles and set(titles) <= set(_TITLES)
    statements = [(_shown(e.findtext("questiontext/text")), "".join(segment.text for segment in question.segments))
                  for (_, kind, e), (_, _, question) in rows if kind == "truefalse"]
    assert statements and all(shown == printed for shown, printed in statements)
    assert any("<" in shown for shown, _ in statements)


def test_the_same_pack_and_options_give_the_same_bytes():
    pack = load(EXAMPLE)
    options = ExportOptions(worksheet=WorksheetOptions(seed="s", variants=2))
    assert export_pack(pack, "moodle", options).data == export_pack(load(EXAMPLE), "moodle", options).data
