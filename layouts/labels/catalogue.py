"""Every fixed word the outputs print, named once: the English text is the gettext message id.

A pack's ``labels:`` overrides a label by its name; the translations live in
``locale/<code>.po``, keyed by the English text, so a translator sees the
words in context and a new label needs no code beyond this table.
"""
from __future__ import annotations

import string
from typing import NamedTuple


class Label(NamedTuple):
    """One printed label."""

    name: str
    """What a pack's ``labels:`` calls it."""
    text: str
    """The English text (gettext's msgid); ``{name}`` marks a value filled in when printed."""
    plural: str = ""
    """For a counted label, the English plural (gettext's msgid_plural); ``{count}`` is the number."""
    where: str = ""
    """Where it is printed, for translators (written into the .po files as a comment)."""


_LABELS = (
    # the worksheet's header and footers
    Label("name", "Name", where="worksheet header: the line a student writes their name on"),
    Label("class", "Class", where="worksheet header: the student's class or form"),
    Label("date", "Date", where="worksheet header"),
    Label("worksheet", "Worksheet", where="worksheet header and footer"),
    Label("answers", "Answers", where="the answer key's heading and footer"),
    Label("version", "Version", where="before a version letter (Version A) and the class list's column"),
    Label("total", "Total", where="worksheet header, before the box for the score"),
    Label("total_marks", "Total: {marks}", where="answer key header; {marks} is the marks label, such as 24 marks"),
    Label("marks", "{count} mark", "{count} marks", where="marks of a section or a worksheet"),
    Label("questions", "{count} question", "{count} questions", where="worksheet header"),
    Label("page", "Page {page} of {pages}", where="footers of every output"),
    Label("class_list", "Class list", where="heading of the list of students and their versions"),
    # section headings and instructions
    Label("gap_title", "Gap fill", where="section heading"),
    Label("match_title", "Matching", where="section heading"),
    Label("mcq_title", "Multiple choice", where="section heading"),
    Label("timeline_title", "Timeline", where="section heading"),
    Label("tf_title", "True or false", where="section heading"),
    Label("calc_title", "Calculations", where="section heading: worked examples whose results the student works out"),
    Label("short_title", "Short answer", where="section heading"),
    Label("translate_title", "Translation", where="section heading: words to translate both ways"),
    Label("gap_instruction", "Write the missing word or words on each line.", where="gap fill instruction"),
    Label("gap_bank", " Use the words in the box.", where="added to the gap fill instruction (keep the leading space)"),
    Label("gap_bank_spare", " Use the words in the box; some are not needed.",
          where="added to the gap fill instruction when the box has spare words (keep the leading space)"),
    Label("gap_hint", " The letters before a line are the start of its answer.",
          where="added to the gap fill instruction when blanks start with a letter (keep the leading space)"),
    Label("gap_hint_some", " Where there are letters before a line, they are the start of its answer.",
          where="added to the gap fill instruction when some blanks start with a letter, not all (keep the leading "
                "space)"),
    Label("gap_words", "({count} word)", "({count} words)",
          where="after a gap fill's line whose answer is several words, where the line shows its first letter"),
    Label("gap_year", "(year)", where="after a gap fill's line whose answer is a year"),
    Label("gap_date", "(date)", where="after a gap fill's line whose answer is a date (a day or a month and a year)"),
    Label("match_instruction", "Write the letter of the matching statement in the box after each title."),
    Label("match_terms_instruction", "Write the letter of the matching definition in the box after each term.",
          where="matching instruction when key terms are matched to their definitions"),
    Label("mcq_instruction", "Circle the letter of the correct answer."),
    Label("timeline_instruction", "Write the letters in the boxes in the order the events happened, earliest first."),
    Label("tf_instruction", "Circle {true} or {false}. If a statement is false, write the word or words that would "
                            "make it true.", where="{true} and {false} are the two words printed beside each statement"),
    Label("calc_instruction", "Work out each answer and write it on the line. Show your working.",
          where="calculations instruction"),
    Label("calc_about", "{title}: ", where="opens a calculation: what it is about, before its given values "
                                           "(keep the trailing space)"),
    Label("calc_places", "({count} d.p.)", "({count} d.p.)",
          where="after a calculation's answer line: how many decimal places the answer is rounded to"),
    Label("calc_whole", "(to the nearest whole number)",
          where="after a calculation's answer line: the answer is a whole number rounded from a decimal"),
    Label("short_instruction", "Answer in full sentences. The marks show how many points to make."),
    Label("picture_title", "What does it show?", where="section heading: a picture, and the student names what it shows"),
    Label("picture_instruction", "Write what each picture shows, or circle the letter of the correct answer."),
    Label("translate_instruction", "Translate each word or phrase.",
          where="translation instruction: each word or its meaning is printed with a line to write on"),
    Label("prompt_points", "Write {count} points about: {title}.",
          where="a short-answer question on a card; {title} is the card's title, {count} a number"),
    Label("prompt_name", "{title}: name {count}.",
          where="a recall question on a card whose title names a list; {count} is how many to name"),
    Label("prompt_translate", "Translate each of these: {words}.",
          where="a vocabulary question; {words} are the meanings to translate, in quotes"),
    # inside questions and answers
    Label("true", "True", where="beside a true-or-false statement, and its answer"),
    Label("false", "False", where="beside a true-or-false statement, and its answer"),
    Label("if_false", "If false:", where="before the line for the correction of a false statement"),
    Label("not_wrong", ", not {wrong}", where="answer key: after the right word, the wrong word the statement had"),
    Label("earliest", "earliest", where="under the first box of a timeline"),
    Label("latest", "latest", where="under the last box of a timeline"),
    Label("scheme_each", "One mark for each point, up to {marks}:", where="mark scheme of a short answer; {marks} is a number"),
    Label("scheme_any", "Any {marks} of these {count} points, one mark each:",
          where="mark scheme of a short answer; both are numbers, {count} larger"),
    Label("scheme_other", "Accept any other correct point.",
          where="answer key: after a short answer's mark scheme drawn from a card, whose points are not the only "
                "right ones"),
    Label("key_gap_other", "Accept any other answer that makes the line true.",
          where="answer key: under the gap fill heading; a line's key is the card's word, not the only right one"),
    Label("key_translate_other", "Accept any other correct translation.",
          where="answer key: under the translation heading"),
    Label("key_tf_other", "Accept any other correction that makes a false statement true.",
          where="answer key: under the true or false heading"),
    Label("scheme_items", "One mark for each:", where="answer key: before the list of things a recall question names"),
    Label("scheme_calc", "Each calculation: one mark for the answer, and one for a correct method where it is worth two."
                         " The working shown is one correct method.",
          where="answer key: under the calculations heading, before each answer and the card's working"),
    Label("scheme_timeline", "One mark for each letter in its right box.", where="answer key: the mark scheme of a timeline"),
    # flashcards and summary
    Label("cont", "(cont.)", where="after a card's title where it continues"),
    Label("cards", "{count} card", "{count} cards", where="summary header"),
    Label("long_edge", "long edge", where="the paper's edge a duplex printer flips on"),
    Label("short_edge", "short edge", where="the paper's edge a duplex printer flips on"),
    Label("note_duplex", "Print at 100 % (actual size), double-sided, flip on {edge}",
          where="small print on flashcard sheets; {edge} is long edge or short edge"),
    Label("note_fold", "Print at 100 % (actual size), single-sided; fold on the dotted lines, then cut",
          where="small print on flashcard sheets for single-sided printers"),
    Label("note_shifted", "; backs shifted {x}, {y} mm", where="added to the small print: the back offset used"),
    # the duplex calibration sheet
    Label("calibration_title", "Duplex calibration for flashcards"),
    Label("calibration_step_print", "Print both pages of this file on one sheet: double-sided, flip on {edge}, at 100 % "
                                    "(actual size), on the printer, tray and paper you will use for your flashcards."),
    Label("calibration_step_hold", "Turn the sheet over and hold it against a window or a lamp, the side headed "
                                   "“{heading}” towards you. The two black lines on this side show through.",
          where="{heading} is the heading of the other side"),
    Label("calibration_step_read", "On the X scale, find the mark that sits exactly on the line showing through, and "
                                   "read its number (minus means the backs must move left). Do the same on the Y scale "
                                   "(minus means down)."),
    Label("calibration_step_build", "Build your flashcards with both numbers, X first, for example: studypack build "
                                    "--back-offset -1.5,0.5 (0,0 means your printer already lines the backs up).",
          where="keep the command as it is: the numbers are typed on the command line"),
    Label("calibration_step_keep", "The numbers hold for that printer and paper: keep them, and calibrate again when "
                                   "either changes."),
    Label("calibration_x_line", "X line: read it from the other side"),
    Label("calibration_y_line", "Y line: read it from the other side"),
    Label("calibration_heading", "Read the offsets on this side"),
    Label("calibration_hold", "Hold the sheet against a window or a lamp, this side towards you. Each scale has one mark that",
          where="first of two printed lines: the sentence goes on in calibration_hold_more"),
    Label("calibration_hold_more", "sits exactly on the black line showing through from the other side: its number is the offset.",
          where="second of two printed lines"),
    Label("calibration_x_scale", "X offset (mm)"),
    Label("calibration_y_scale", "Y offset (mm)"),
    Label("calibration_then", "Then build your cards with both numbers, X first:  studypack build --back-offset X,Y",
          where="keep the command as it is"),
    Label("calibration_misses", "If a line misses its scale, the printer is off by more than 5 mm: check the paper "
                                "guides and try again."),
)

LABELS: dict[str, Label] = {label.name: label for label in _LABELS}
"""Every label by name, in the order they are printed (worksheet, flashcards and summary, calibration)."""
LABEL_NAMES = tuple(LABELS)


def placeholders(text: str) -> frozenset[str]:
    """The ``{names}`` in ``text``; ValueError if a brace is unmatched (write ``{{`` for a brace itself)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def placeholders_of(label: Label) -> frozenset[str]:
    """The values a label is printed with (a counted label's ``{count}`` included)."""
    return placeholders(label.text) | placeholders(label.plural)
