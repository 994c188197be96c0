"""``moodle``: the worksheet's questions as Moodle XML, the question bank's own import format.

The questions are the printed worksheet's for the same options and seed, named
by their numbers there (see ``_quiz``), in one category named after the pack.
Multiple choice, true/false, matching and short answer (an essay, with the mark
scheme as the grader's information and the general feedback) map one to one; a
gap fill becomes one cloze question whose blanks are short answers, so it keeps
its marks, with the section's word bank under it. Moodle's core has no ordering
question: a timeline becomes matching of each event with its place in time
(``1st`` = earliest), and the warning says so. Every question keeps its marks.

Texts are HTML (escaped here), and the XML is built with ElementTree, which
escapes it again as XML; the same pack and options give the same bytes.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from ..layouts.worksheet.exercises import Choice, Gap, Match, Short, Timeline, TrueFalse
from ..source.model import Pack
from ._base import Exported, Exporter, ExportOptions, Losses
from ._html import text_html
from ._quiz import MATCH_PROMPT, TIMELINE_PROMPT, Asked, scheme_html, stem, timeline_pairs, worksheet_quiz

_CLOZE_SPECIAL = str.maketrans({character: "\\" + character for character in '}#~/"\\'})


def write(pack: Pack, options: ExportOptions) -> Exported:
    """The worksheet's questions, every version, as one Moodle XML ``<quiz>``."""
    quiz = worksheet_quiz(pack, options)
    losses = Losses("Moodle XML", noun="question")
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", type="category")
    _text(category, "category", "$course$/top/" + pack.title.replace("/", "//"))
    _text(category, "info", text_html(f"{pack.title}: worksheet questions, seed {quiz.seed}"), html=True)
    for asked in quiz.asked:
        root.append(_question(pack, asked, losses))
    ET.indent(root)
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
    return Exported(".xml", data, quiz.skipped + losses.warnings(pack))


def _question(pack: Pack, asked: Asked, losses: Losses) -> ET.Element:
    question = asked.question
    if isinstance(question, Choice):
        element = _head("multichoice", asked, text_html(stem(question.segments)))
        for tag, value in (("single", "true"), ("shuffleanswers", "false"), ("answernumbering", "ABCD")):
            ET.SubElement(element, tag).text = value
        for index, option in enumerate(question.options):
            _answer(element, text_html(option), 100 if index == question.answer else 0, html=True)
    elif isinstance(question, TrueFalse):
        element = _head("truefalse", asked, text_html(stem(question.segments)))
        feedback = "" if question.true else text_html(f"False: it should say {question.correction}.")
        _answer(element, "true", 100 if question.true else 0, feedback)
        _answer(element, "false", 0 if question.true else 100, feedback)
    elif isinstance(question, Gap):
        element = _head("cloze", asked, _cloze(asked))
    elif isinstance(question, Match):
        element = _matching(asked, MATCH_PROMPT, [(pair.title, pair.text) for pair in question.pairs])
    elif isinstance(question, Timeline):
        losses.add("timelines written as matching of each event with its place in time (1st = earliest), as"
                   " Moodle's core has no ordering question", asked.name)
        element = _matching(asked, TIMELINE_PROMPT, timeline_pairs(question))
    else:
        element = _essay(pack, asked, question)
    return element


def _head(kind: str, asked: Asked, body: str) -> ET.Element:
    """A question's name, text, general feedback and marks, which every kind has."""
    element = ET.Element("question", type=kind)
    _text(element, "name", f"{asked.name} {asked.section}")
    _text(element, "questiontext", body, html=True)
    _text(element, "generalfeedback", "", html=True)
    ET.SubElement(element, "defaultgrade").text = str(asked.question.marks)
    return element


def _cloze(asked: Asked) -> str:
    """The sentence with each blank a case-insensitive short answer, and the word bank under it."""
    sentence = "".join(
        f"{{1:SHORTANSWER:={text_html(segment.text).translate(_CLOZE_SPECIAL)}}}" if segment.role == "blank"
        else _cloze_text(segment.text) for segment in asked.question.segments)
    bank = f"<p>Words to use: {_cloze_text(', '.join(asked.bank))}</p>" if asked.bank else ""
    return f"<p>{sentence}</p>{bank}"


def _cloze_text(text: str) -> str:
    """Text around the blanks, with no ``{`` that Moodle could take for the start of a blank."""
    return text_html(text).replace("{", "&#123;")


def _matching(asked: Asked, prompt: str, pairs: list[tuple[str, str]]) -> ET.Element:
    element = _head("matching", asked, text_html(prompt))
    ET.SubElement(element, "shuffleanswers").text = "true"
    for left, right in pairs:
        sub = _text(element, "subquestion", text_html(left), html=True)
        _text(sub, "answer", right)
    return element


def _essay(pack: Pack, asked: Asked, question: Short) -> ET.Element:
    marking = scheme_html(pack, question)
    element = _head("essay", asked, text_html(question.prompt))
    element.find("generalfeedback").find("text").text = marking
    for tag, value in (("responseformat", "editor"), ("responserequired", "1"), ("responsefieldlines", "10"),
                       ("attachments", "0")):
        ET.SubElement(element, tag).text = value
    _text(element, "graderinfo", marking, html=True)
    _text(element, "responsetemplate", "", html=True)
    return element


def _answer(parent: ET.Element, text: str, fraction: int, feedback: str = "", html: bool = False) -> None:
    answer = _text(parent, "answer", text, html=html, fraction=str(fraction))
    _text(answer, "feedback", feedback, html=True)


def _text(parent: ET.Element, tag: str, text: str, html: bool = False, **attributes: str) -> ET.Element:
    """``<tag [format="html"]><text>text</text></tag>`` under ``parent``."""
    element = ET.SubElement(parent, tag, {**attributes, **({"format": "html"} if html else {})})
    ET.SubElement(element, "text").text = text
    return element


EXPORTER = Exporter(name="moodle", summary="the worksheet's questions for Moodle's question bank (Moodle XML, .xml)",
                    suffix=".xml", write=write)
