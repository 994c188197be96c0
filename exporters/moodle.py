"""``moodle``: the worksheet's questions as Moodle XML, the question bank's own import format.

The questions are the printed worksheet's for the same options and seed, named
by their numbers there (see ``_quiz``), in one category named after the pack.
Multiple choice, true/false, matching and short answer (an essay, with the mark
scheme as the grader's information and the general feedback) map one to one, and a
translation is a short answer (case-insensitive); a gap fill becomes one cloze question whose blanks are short answers, so it keeps
its marks, with the section's word bank under it. Moodle's core has no ordering
question: a timeline becomes matching of each event with its place in time
(``1st`` = earliest), and the warning says so. Every question keeps its marks.

Pictures travel inside the file: a question showing a card's picture (which ones:
``_quiz.question_picture``) embeds it base64 as a ``<file>`` of its text, shown
by an ``<img src="@@PLUGINFILE@@/name">`` above the text; a matching title
carries its card's picture the same way.

Texts are HTML (escaped here), and the XML is built with ElementTree, which
escapes it again as XML; the same pack and options give the same bytes.
"""
from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from pathlib import Path

from ..layouts.worksheet.exercises import Choice, Gap, Match, Short, Timeline, Translate, TrueFalse
from ..source._scripts import plain_scripts
from ..source.model import Pack
from ._base import Exported, Exporter, ExportOptions, Losses
from ._html import escaped, picture_html, text_html
from ._media import MediaFile, media_file
from ._quiz import (MATCH_PROMPT, TIMELINE_PROMPT, Asked, note_left_out, pair_picture, question_picture, scheme_html,
                    stem, timeline_pairs, translate_prompt, worksheet_quiz)

PLUGINFILE = "@@PLUGINFILE@@/"
"""How a Moodle text names a file embedded beside it."""

_CLOZE_SPECIAL = str.maketrans({character: "\\" + character for character in '}#~/"\\'})


def write(pack: Pack, options: ExportOptions) -> Exported:
    """The worksheet's questions, every version, as one Moodle XML ``<quiz>``."""
    quiz = worksheet_quiz(pack, options)
    losses = Losses("Moodle XML", noun="question")
    note_left_out(quiz, losses)
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", type="category")
    _text(category, "category", "$course$/top/" + pack.title.replace("/", "//"))
    _text(category, "info", text_html(f"{pack.title}: worksheet questions, seed {quiz.seed}"), html=True)
    for asked in quiz.asked:
        root.append(_question(pack, asked, losses))
    ET.indent(root)
    data = plain_scripts(ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n").encode("utf-8")  # (a
    # script form in a field of plain text, its letter)
    return Exported(".xml", data, quiz.skipped + losses.warnings(pack))


def _question(pack: Pack, asked: Asked, losses: Losses) -> ET.Element:
    question = asked.question
    picture = _picture(pack, question_picture(pack, question))
    if isinstance(question, Choice):
        element = _head("multichoice", asked, text_html(stem(question.segments)), picture)
        for tag, value in (("single", "true"), ("shuffleanswers", "false"), ("answernumbering", "ABCD")):
            ET.SubElement(element, tag).text = value
        for index, option in enumerate(question.options):
            _answer(element, text_html(option), 100 if index == question.answer else 0, html=True)
    elif isinstance(question, TrueFalse):
        element = _head("truefalse", asked, text_html(stem(question.segments)), picture)
        feedback = "" if question.true else text_html(f"False: it should say {question.correction}.")
        _answer(element, "true", 100 if question.true else 0, feedback)
        _answer(element, "false", 0 if question.true else 100, feedback)
    elif isinstance(question, Gap):
        element = _head("cloze", asked, _cloze(asked), picture)
    elif isinstance(question, Translate):
        element = _head("shortanswer", asked, text_html(translate_prompt(question)), picture)
        ET.SubElement(element, "usecase").text = "0"
        _answer(element, question.answer, 100)
    elif isinstance(question, Match):
        element = _matching(asked, MATCH_PROMPT, [(pair.title, pair.text, _picture(pack, pair_picture(pack, pair)))
                                                  for pair in question.pairs])
    elif isinstance(question, Timeline):
        losses.add("timelines written as matching of each event with its place in time (1st = earliest), as"
                   " Moodle's core has no ordering question", asked.name)
        element = _matching(asked, TIMELINE_PROMPT, [(left, right, None) for left, right in timeline_pairs(question)])
    else:
        element = _essay(pack, asked, question, picture)
    return element


def _picture(pack: Pack, path: Path | None) -> MediaFile | None:
    return media_file(path, pack.path) if path is not None else None


def _head(kind: str, asked: Asked, body: str, picture: MediaFile | None = None) -> ET.Element:
    """A question's name, text (with its picture above, embedded), general feedback and marks, which every kind has."""
    element = ET.Element("question", type=kind)
    _text(element, "name", f"{asked.name} {asked.section}")
    _with_picture(_text(element, "questiontext", body, html=True), picture, "<p>{}</p>")
    _text(element, "generalfeedback", "", html=True)
    ET.SubElement(element, "defaultgrade").text = str(asked.question.marks)
    return element


def _cloze(asked: Asked) -> str:
    """The sentence with each blank a case-insensitive short answer, and the word bank under it."""
    sentence = "".join(
        f"{{1:SHORTANSWER:={escaped(segment.text).translate(_CLOZE_SPECIAL)}}}" if segment.role == "blank"
        else _cloze_text(segment.text) for segment in asked.question.segments)
    bank = f"<p>Words to use: {_cloze_text(', '.join(asked.bank))}</p>" if asked.bank else ""
    return f"<p>{sentence}</p>{bank}"


def _cloze_text(text: str) -> str:
    """Text around the blanks, with no ``{`` that Moodle could take for the start of a blank."""
    return text_html(text).replace("{", "&#123;")


def _matching(asked: Asked, prompt: str, pairs: list[tuple[str, str, MediaFile | None]]) -> ET.Element:
    """Each left text (with its card's picture, if any) to be matched with its right text."""
    element = _head("matching", asked, text_html(prompt))
    ET.SubElement(element, "shuffleanswers").text = "true"
    for left, right, picture in pairs:
        sub = _text(element, "subquestion", text_html(left), html=True)
        _with_picture(sub, picture, "{}<br>")
        _text(sub, "answer", right)
    return element


def _with_picture(element: ET.Element, picture: MediaFile | None, placed: str) -> None:
    """The picture embedded in ``element`` as a ``<file>`` and shown (``placed`` around its ``<img>``) before the text."""
    if picture is None:
        return
    text = element.find("text")
    text.text = placed.format(picture_html(PLUGINFILE + picture.name)) + text.text
    file = ET.SubElement(element, "file", name=picture.name, path="/", encoding="base64")
    file.text = base64.b64encode(picture.data).decode("ascii")


def _essay(pack: Pack, asked: Asked, question: Short, picture: MediaFile | None) -> ET.Element:
    marking = scheme_html(pack, question)
    element = _head("essay", asked, text_html(question.prompt), picture)
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
