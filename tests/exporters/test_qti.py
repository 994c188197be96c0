"""The Canvas QTI export unzipped and read back with xml.etree: the worksheet's questions, types, points, answers."""
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from studypack.exporters import ExportOptions, export_pack
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises import Choice, Gap, Match, Short, Timeline, TrueFalse, generate
from studypack.source import load, loads

EXAMPLE = Path(__file__).parents[2] / "packs" / "khrushchev.yaml"
QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
MANIFEST = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"
KINDS = {Gap: "fill_in_multiple_blanks_question", Choice: "multiple_choice_question", TrueFalse: "true_false_question",
         Match: "matching_question", Timeline: "matching_question", Short: "essay_question"}


def _items(data):
    """The assessment's items, found through the manifest as Canvas finds them."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in archive.infolist())
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
        (resource,) = manifest.iter(f"{MANIFEST}resource")
        assert resource.get("type") == "imsqti_xmlv1p2"
        root = ET.fromstring(archive.read(resource.find(f"{MANIFEST}file").get("href")))
    assert root.tag == f"{QTI}questestinterop"
    return list(root.iter(f"{QTI}item"))


def _meta(item, label):
    for field in item.iter(f"{QTI}qtimetadatafield"):
        if field.findtext(f"{QTI}fieldlabel") == label:
            return field.findtext(f"{QTI}fieldentry")
    raise AssertionError(f"no {label}")


def _text(element):
    """An element's own text (its material's mattext)."""
    return element.find(f"{QTI}material/{QTI}mattext").text


def _rights(item):
    """Each response's right answer, as the text of the choice its scoring condition names."""
    labels = {label.get("ident"): _text(label) for label in item.iter(f"{QTI}response_label")
              if label.find(f"{QTI}material") is not None}
    rights = {}
    for condition in item.iter(f"{QTI}respcondition"):
        equal = condition.find(f"{QTI}conditionvar/{QTI}varequal")
        if equal is not None and float(condition.findtext(f"{QTI}setvar")) > 0:
            rights[equal.get("respident")] = labels[equal.text]
    return rights


def _worksheet(exercises):
    several = len(exercises.versions) > 1
    rows = []
    for version in exercises.versions:
        for section in version.sections:
            for number, question in section.numbered():
                name = f"{version.label if several else 'Q'}{number}"
                if isinstance(question, Match):
                    name += f"–{number + len(question.pairs) - 1}"
                rows.append((f"{name} {section.title}", KINDS[type(question)], question))
    return rows


class _Shown(HTMLParser):
    def __init__(self, fragment):
        super().__init__()
        self.parts = []
        self.feed(fragment)

    def handle_data(self, data):
        self.parts.append(data)


def _shown(fragment):
    return "".join(_Shown(fragment).parts)


def test_the_items_types_and_points_are_the_worksheets_with_its_numbers_in_their_titles():
    pack = load(EXAMPLE)
    options = WorksheetOptions(seed="lesson-3", variants=2)
    items = _items(export_pack(pack, "qti", ExportOptions(worksheet=options)).data)
    expected = _worksheet(generate(pack, options))
    assert [(item.get("title"), _meta(item, "question_type")) for item in items] == [(n, k) for n, k, _ in expected]
    assert [float(_meta(item, "points_possible")) for item in items] == [q.marks for _, _, q in expected]
    assert len({item.get("ident") for item in items}) == len(items)


def test_answers_are_the_worksheets_answers():
    pack = load(EXAMPLE)
    options = WorksheetOptions(seed="t")
    rows = list(zip(_items(export_pack(pack, "qti", ExportOptions(worksheet=options)).data),
                    _worksheet(generate(pack, options))))
    assert {type(question) for _, (_, _, question) in rows} == {Choice, TrueFalse, Gap, Match, Timeline, Short}
    for item, (_, _, question) in rows:
        text = _shown(_text(item.find(f"{QTI}presentation")))
        rights = _rights(item)
        if isinstance(question, Choice):
            assert [_text(label) for label in item.iter(f"{QTI}response_label")] == list(question.options)
            assert list(rights.values()) == [question.options[question.answer]]
        elif isinstance(question, TrueFalse):
            assert list(rights.values()) == ["True" if question.true else "False"]
        elif isinstance(question, Gap):
            names = re.findall(r"\[(\w+)\]", text)
            assert [rights[f"response_{name}"] for name in names] == [blank.text for blank in question.answers]
        elif isinstance(question, Match):
            lefts = [_text(response) for response in item.iter(f"{QTI}response_lid")]
            assert lefts == [pair.title for pair in question.pairs]
            assert list(rights.values()) == [pair.text for pair in question.pairs]
            shown = [_text(label) for label in item.find(f"{QTI}presentation/{QTI}response_lid").iter(f"{QTI}response_label")]
            assert shown == [question.statements[index].text for index in question.right]
        elif isinstance(question, Timeline):
            lefts = [_text(response)[0] for response in item.iter(f"{QTI}response_lid")]
            places = [int(rights[response.get("ident")][:-2]) for response in item.iter(f"{QTI}response_lid")]
            assert tuple(letter for _, letter in sorted(zip(places, lefts))) == question.answer
        else:
            feedback = _shown(item.find(f"{QTI}itemfeedback/{QTI}flow_mat/{QTI}material/{QTI}mattext").text)
            assert all(pack.cards[ref.card].points[ref.point].text in feedback for ref in question.scheme)
            assert not rights


def test_text_shows_as_written_and_brackets_are_not_taken_for_blanks():
    titles = ("Rivers & lakes <b>", "Mountain [blank_a] ranges", "Deserts <i>dry</i>", "Forests > fields",
              "Oceans &amp; seas", "Volcanic islands [x]")
    pack = loads("title: 'Marks <&>'\ncards:\n" + "".join(
        f"  - title: '{title}'\n    points:\n      - '**T{n}** means a < b [blank_a] & {word}.'\n"
        f"      - '**Word{n}** [blank_a] is in **{n * 10 + 1900}**.'\n      - 'The {word} says a < b.'\n"
        for n, (title, word) in enumerate(zip(titles, ("wind", "snow", "sand", "moss", "tide", "lava")), start=1)))
    rows = [row for exercises in (("tf", "gap"), ("match", "gap"))  # (matching prints a line like every "T… means")
            for options in (WorksheetOptions(seed="x", exercises=exercises),)
            for row in zip(_items(export_pack(pack, "qti", ExportOptions(worksheet=options)).data),
                           _worksheet(generate(pack, options)))]
    for item, (_, _, question) in rows:
        text = _text(item.find(f"{QTI}presentation"))
        if isinstance(question, Gap):
            assert len(re.findall(r"\[(\w+)\]", text)) == len(question.answers)
            assert _shown(re.sub(r"\[\w+\]", "_____", text)).startswith(
                "".join("_____" if s.role == "blank" else s.text for s in question.segments))
        elif isinstance(question, TrueFalse):
            assert _shown(text) == "".join(segment.text for segment in question.segments)
        elif isinstance(question, Match):
            assert {_text(response) for response in item.iter(f"{QTI}response_lid")} <= set(titles)
    assert {Gap, TrueFalse} <= {type(question) for _, (_, _, question) in rows}
    assert any("[blank_a]" in segment.text for _, (_, _, question) in rows if isinstance(question, Gap)
               for segment in question.segments if segment.role != "blank")


def test_timelines_are_matching_of_event_and_place_and_named_in_one_warning():
    exported = export_pack(load(EXAMPLE), "qti", ExportOptions(worksheet=WorksheetOptions(seed="s", exercises=("timeline",))))
    (item,) = _items(exported.data)
    assert (item.get("title"), _meta(item, "question_type")) == ("Q1 Timeline", "matching_question")
    (warning,) = exported.warnings
    assert str(warning).endswith("khrushchev.yaml: Canvas QTI cannot hold everything in this pack — timelines written"
                                 " as matching of each event with its place in time (1st = earliest), as Canvas's"
                                 " quizzes have no ordering question (question Q1)")


def test_the_same_pack_and_options_give_the_same_bytes():
    options = ExportOptions(worksheet=WorksheetOptions(seed="s", variants=2))
    assert export_pack(load(EXAMPLE), "qti", options).data == export_pack(load(EXAMPLE), "qti", options).data
