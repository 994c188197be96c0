"""``qti``: the worksheet's questions as a QTI 1.2 zip in the flavour Canvas imports.

The zip holds ``imsmanifest.xml`` and one assessment; each item names its
Canvas question type in ``itemmetadata`` (``question_type``) and its marks
(``points_possible``). The questions are the printed worksheet's for the same
options and seed, titled by their numbers there (see ``_quiz``). Multiple
choice, true/false, matching and short answer (an essay, with the mark scheme
as its general feedback) map one to one; a translation is a short answer
(Canvas's fill in the blank); a gap fill becomes "fill in multiple
blanks" with each blank in place, one mark a blank, the section's word bank
under it. Canvas's classic quizzes have no ordering question: a timeline
becomes matching of each event with its place in time (``1st`` = earliest),
and the warning says so.

Identifiers come from the pack's title and the questions' names, and the zip's
dates are fixed (``_zip``), so the same pack and options give the same bytes.
"""
from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from typing import NamedTuple

from ..layouts.worksheet.exercises import Choice, Gap, Match, Short, Timeline, Translate, TrueFalse
from ..source._scripts import plain_scripts
from ..source.model import Pack
from ._base import Exported, Exporter, ExportOptions, Losses
from ._html import text_html
from ._quiz import (MATCH_PROMPT, TIMELINE_PROMPT, Asked, note_left_out, ordinal, pictures_asked, scheme_html, stem,
                    timeline_pairs, translate_prompt, worksheet_quiz)
from ._zip import fixed_zip

QTI_NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
MANIFEST_NAMESPACE = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
_FEEDBACK = "general_fb"


class _Place(NamedTuple):
    """Where an item is: its identifier (from the pack's title and its name, so that re-importing a pack into
    Canvas updates its questions, and another pack's ``Q1`` is another question) and its number in the export."""

    ident: str
    number: int


def write(pack: Pack, options: ExportOptions) -> Exported:
    """The zip Canvas's "QTI .zip file" import takes: a manifest and the assessment."""
    quiz = worksheet_quiz(pack, options)
    losses = Losses("Canvas QTI", noun="question")
    note_left_out(quiz, losses)
    ident = _ident(pack.title, "assessment")
    root = ET.Element("questestinterop", xmlns=QTI_NAMESPACE)
    assessment = ET.SubElement(root, "assessment", ident=ident, title=pack.title)
    section = ET.SubElement(assessment, "section", ident="root_section")
    for number, asked in enumerate(quiz.asked, start=1):
        section.append(_item(pack, asked, number, losses))
        if pictures_asked(pack, asked.question):
            losses.add("card pictures left out, as this export carries text only (export --to moodle to carry"
                       " them)", asked.name)
    path = f"{ident}/{ident}.xml"
    return Exported(".zip", fixed_zip((("imsmanifest.xml", _xml(_manifest(ident, path))), (path, _xml(root)))),
                    quiz.skipped + losses.warnings(pack))


def _manifest(ident: str, path: str) -> ET.Element:
    manifest = ET.Element("manifest", identifier=f"{ident}_manifest", xmlns=MANIFEST_NAMESPACE)
    metadata = ET.SubElement(manifest, "metadata")
    ET.SubElement(metadata, "schema").text = "IMS Content"
    ET.SubElement(metadata, "schemaversion").text = "1.1.3"
    ET.SubElement(manifest, "organizations")
    resource = ET.SubElement(ET.SubElement(manifest, "resources"), "resource", identifier=ident, type="imsqti_xmlv1p2")
    ET.SubElement(resource, "file", href=path)
    return manifest


def _item(pack: Pack, asked: Asked, number: int, losses: Losses) -> ET.Element:
    """Question ``number`` of the export as a Canvas item; answer identifiers start with its number."""
    question = asked.question
    place = _Place(_ident(pack.title, asked.name, asked.section), number)
    if isinstance(question, Choice):
        return _choice(asked, place, "multiple_choice_question", stem(question.segments), question.options,
                       question.answer)
    if isinstance(question, TrueFalse):
        feedback = "" if question.true else f"<p>{text_html(f'False: it should say {question.correction}.')}</p>"
        return _choice(asked, place, "true_false_question", stem(question.segments), ("True", "False"),
                       0 if question.true else 1, feedback)
    if isinstance(question, Gap):
        return _blanks(asked, place, question)
    if isinstance(question, Translate):
        return _short_answer(asked, place, translate_prompt(question), question.answer)
    if isinstance(question, Match):
        return _matching(asked, place, MATCH_PROMPT, [(pair.title, pair.text) for pair in question.pairs],
                         [question.statements[index].text for index in question.right])
    if isinstance(question, Timeline):
        losses.add("timelines written as matching of each event with its place in time (1st = earliest), as"
                   " Canvas's quizzes have no ordering question", asked.name)
        return _matching(asked, place, TIMELINE_PROMPT, timeline_pairs(question),
                         [ordinal(number) for number in range(1, len(question.events) + 1)])
    return _essay(pack, asked, place, question)


def _choice(asked: Asked, place: _Place, kind: str, text: str, options: tuple[str, ...], right: int,
            feedback: str = "") -> ET.Element:
    item, presentation, processing = _skeleton(place, asked, kind, f"<p>{text_html(text)}</p>")
    response = ET.SubElement(presentation, "response_lid", ident="response1", rcardinality="Single")
    choices = ET.SubElement(response, "render_choice")
    idents = [f"{place.number}{index + 1:02d}" for index in range(len(options))]
    for ident, option in zip(idents, options):
        _material(ET.SubElement(choices, "response_label", ident=ident), option, "text/plain")
    if feedback:
        _general_feedback(item, processing, feedback)
    condition = ET.SubElement(processing, "respcondition", {"continue": "No"})
    ET.SubElement(ET.SubElement(condition, "conditionvar"), "varequal", respident="response1").text = idents[right]
    ET.SubElement(condition, "setvar", action="Set", varname="SCORE").text = "100"
    return item


def _blanks(asked: Asked, place: _Place, question: Gap) -> ET.Element:
    """Canvas's fill in multiple blanks: ``[name]`` in the text for each blank, one right answer each."""
    names = {segment: f"blank_{segment.label or 'a'}" for segment in question.answers}
    sentence = "".join(f"[{names[segment]}]" if segment in names else text_html(segment.text).replace("[", "&#91;")
                       for segment in question.segments)
    bank = f"<p>Words to use: {text_html(', '.join(asked.bank))}</p>" if asked.bank else ""
    item, presentation, processing = _skeleton(place, asked, "fill_in_multiple_blanks_question",
                                               f"<p>{sentence}</p>{bank}")
    rights = []
    for index, (segment, name) in enumerate(names.items(), start=1):
        response = ET.SubElement(presentation, "response_lid", ident=f"response_{name}")
        _material(response, name, "text/plain")
        right = ET.SubElement(ET.SubElement(response, "render_choice"), "response_label",
                              ident=f"{place.number}{index:02d}")
        _material(right, segment.text, "text/plain")
        rights.append((f"response_{name}", right.get("ident")))
    _scores(processing, rights)
    return item


def _matching(asked: Asked, place: _Place, prompt: str, pairs: list[tuple[str, str]], shown: list[str]) -> ET.Element:
    """Each left text with a list of the right ones, in the order the worksheet prints them (``shown``)."""
    item, presentation, processing = _skeleton(place, asked, "matching_question", f"<p>{text_html(prompt)}</p>")
    rights = list(dict.fromkeys(shown))
    right_idents = {right: f"{place.number}{index:02d}" for index, right in enumerate(rights, start=1)}
    for index, (left, _) in enumerate(pairs, start=1):
        response = ET.SubElement(presentation, "response_lid", ident=f"response_{place.number}{index:02d}")
        _material(response, left, "text/plain")
        choices = ET.SubElement(response, "render_choice")
        for right in rights:
            _material(ET.SubElement(choices, "response_label", ident=right_idents[right]), right, "text/plain")
    _scores(processing, [(f"response_{place.number}{index:02d}", right_idents[right])
                         for index, (_, right) in enumerate(pairs, start=1)])
    return item


def _short_answer(asked: Asked, place: _Place, text: str, answer: str) -> ET.Element:
    """Canvas's fill in the blank: a box to type in, right when it reads ``answer``."""
    item, presentation, processing = _skeleton(place, asked, "short_answer_question", f"<p>{text_html(text)}</p>")
    response = ET.SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
    ET.SubElement(ET.SubElement(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    condition = ET.SubElement(processing, "respcondition", {"continue": "No"})
    ET.SubElement(ET.SubElement(condition, "conditionvar"), "varequal", respident="response1").text = answer
    ET.SubElement(condition, "setvar", action="Set", varname="SCORE").text = "100"
    return item


def _essay(pack: Pack, asked: Asked, place: _Place, question: Short) -> ET.Element:
    item, presentation, processing = _skeleton(place, asked, "essay_question", f"<p>{text_html(question.prompt)}</p>")
    response = ET.SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
    ET.SubElement(ET.SubElement(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    _general_feedback(item, processing, scheme_html(pack, question))
    condition = ET.SubElement(processing, "respcondition", {"continue": "No"})
    ET.SubElement(ET.SubElement(condition, "conditionvar"), "other")
    return item


def _skeleton(place: _Place, asked: Asked, kind: str, body: str) -> tuple[ET.Element, ET.Element, ET.Element]:
    """An item with its metadata and text: the item, its presentation and its response processing."""
    item = ET.Element("item", ident=place.ident, title=f"{asked.name} {asked.section}")
    metadata = ET.SubElement(ET.SubElement(item, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", kind), ("points_possible", f"{asked.question.marks:.1f}")):
        field = ET.SubElement(metadata, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry
    presentation = ET.SubElement(item, "presentation")
    _material(presentation, body, "text/html")
    processing = ET.SubElement(item, "resprocessing")
    outcomes = ET.SubElement(processing, "outcomes")
    ET.SubElement(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    return item, presentation, processing


def _scores(processing: ET.Element, rights: list[tuple[str, str]]) -> None:
    """An equal share of 100 for each response given its right answer (a blank, a title matched)."""
    share = f"{100 / len(rights):.2f}"
    for respident, right in rights:
        condition = ET.SubElement(processing, "respcondition")
        ET.SubElement(ET.SubElement(condition, "conditionvar"), "varequal", respident=respident).text = right
        ET.SubElement(condition, "setvar", varname="SCORE", action="Add").text = share


def _general_feedback(item: ET.Element, processing: ET.Element, feedback_html: str) -> None:
    condition = ET.SubElement(processing, "respcondition", {"continue": "Yes"})
    ET.SubElement(ET.SubElement(condition, "conditionvar"), "other")
    ET.SubElement(condition, "displayfeedback", feedbacktype="Response", linkrefid=_FEEDBACK)
    feedback = ET.SubElement(item, "itemfeedback", ident=_FEEDBACK)
    _material(ET.SubElement(feedback, "flow_mat"), feedback_html, "text/html")


def _material(parent: ET.Element, text: str, kind: str) -> None:
    ET.SubElement(ET.SubElement(parent, "material"), "mattext", texttype=kind).text = text


def _ident(*parts: str) -> str:
    """An identifier (letters and digits) that is the same for the same parts on every machine."""
    return "g" + hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:32]


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return plain_scripts(ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n").encode("utf-8")


EXPORTER = Exporter(name="qti", summary="the worksheet's questions for Canvas (QTI 1.2 zip)", suffix=".zip",
                    write=write)
