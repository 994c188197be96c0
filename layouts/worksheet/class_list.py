"""Class sets (``--class``): which student gets which version, and the list of it at the end of the key.

Versions go round the list in turn (A, B, A, B … or A, B, C, A …), so
students sitting next to each other in register order get different sheets.
"""
from __future__ import annotations

from typing import NamedTuple

from .blocks import Block, Op, Rule, Text
from .student import WorksheetGeometry
from ..kit.fitting import shortened
from ..kit.page import MM


class Student(NamedTuple):
    """One named copy of the worksheet."""

    name: str
    """The name as written in the class list."""
    version: str
    """The label of the version printed for them (A, B …)."""


def assign(names: tuple[str, ...], labels: tuple[str, ...]) -> tuple[Student, ...]:
    """Each name with a version, in turn through ``labels``."""
    return tuple(Student(name, labels[index % len(labels)]) for index, name in enumerate(names))


def class_list_blocks(title: str, students: tuple[Student, ...], g: WorksheetGeometry) -> list[Block]:
    """The class list as blocks for one column: a heading, then one row per student (number, name, version)."""
    size = g.type.title
    heading_ops: list[Op] = [Text(g.left, g.fonts.ascent * size, g.labels.text("class_list"), size, True)]
    y = (g.fonts.ascent + g.fonts.descent) * size + 1.5 * MM + g.fonts.ascent * g.size
    heading_ops.append(Text(g.left, y, shortened(title, g.width * 0.7 / g.size, g.fonts, bold=True), g.size, True))
    heading_ops.append(Text(g.right, y, g.labels.text("version"), g.size, True, "right"))
    y += g.fonts.descent * g.size + 2.5 * MM
    heading_ops.append(Rule(g.left, y, g.right, y, 1.0))
    blocks = [Block(y + 2 * MM, tuple(heading_ops), keep_with_next=True)]
    number_width = g.fonts.width(f"{len(students)}.", True) * g.size + 2.5 * MM
    version_width = g.fonts.width(g.labels.text("version"), True) * g.size + 4 * MM
    room = (g.width - number_width - version_width) / g.size
    step = g.type.leading * g.size
    for number, student in enumerate(students, start=1):
        baseline = g.fonts.ascent * g.size
        ops: list[Op] = [Text(g.left, baseline, f"{number}.", g.size, True),
                         Text(g.left + number_width, baseline, shortened(student.name, room, g.fonts), g.size),
                         Text(g.right, baseline, student.version, g.size, True, "right")]
        rule = baseline + g.fonts.descent * g.size + 0.2 * step
        ops.append(Rule(g.left, rule, g.right, rule, 0.3, 0.75))
        blocks.append(Block(rule, tuple(ops), space_before=0.35 * step))
    return blocks
