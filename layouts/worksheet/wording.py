"""The worksheet's fixed words in the class's language: section headings, instructions and marks.

The exercises keep their English titles (``exercises.generate.TITLES``, which
exports and warnings use); what is printed is looked up here by section name.
"""
from __future__ import annotations

from ..labels import Labels
from .exercises.generate import Section


def section_title(section: Section, labels: Labels) -> str:
    """The section's heading, such as Gap fill, Lückentext or Texte à trous."""
    return labels.text(f"{section.name}_title")


def section_instruction(section: Section, labels: Labels) -> str:
    """What the student is asked to do, in one line (the gap fill's mentions its word bank)."""
    if section.name == "gap":
        spare = len(section.bank) > section.marks
        bank = labels.text("gap_bank_spare" if spare else "gap_bank") if section.bank else ""
        hint = "" if not section.hinted else labels.text("gap_hint" if section.every_blank_hinted else "gap_hint_some")
        return labels.text("gap_instruction") + bank + hint
    if section.name == "match" and section.questions and all(
            pair.defines for match in section.questions for pair in match.statements):
        return labels.text("match_terms_instruction")
    if section.name == "tf":
        return labels.text("tf_instruction", true=labels.text("true"), false=labels.text("false"))
    return labels.text(f"{section.name}_instruction")


def marks_text(marks: int, labels: Labels) -> str:
    """A section's marks as printed beside its heading: ``[6 marks]``."""
    return f"[{labels.count('marks', marks)}]"
