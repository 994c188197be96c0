"""YAML text to a light node tree, keeping every scalar exactly as typed.

We read YAML's event stream rather than constructing Python values, so that
``1956`` stays "1956" and ``yes`` stays "yes", and every node keeps its place
for error messages. Cards are handed over one by one as they are read and
not kept, so a big pack never exists twice in memory. Aliases are refused as
they are met, so an alias bomb cannot expand. When YAML stops, a line scan
looks for the known authoring slips (tabs, a line starting with ``*``) so
that all of them are reported at once.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Union

import yaml

from ..errors import Problem, StudypackError

YAML_LOADER = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
"""The safe loader every reading of YAML uses: libyaml's C parser when installed (several times faster), else the pure-Python one."""

# A list item or a mapping value that starts with `*`: YAML reads it as an alias.
_STARTS_WITH_STAR = re.compile(
    r"^(?P<lead>(?P<dash>\s*(?:-\s+)?)(?P<key>[^\s#'\"-][^#'\"]*?:\s+)?)(?P<text>\*.*)$"
)
# A pack's field names are lowercase words ("title:", "back_image:"); "Exam tip:" before a
# key term is the start of a point, so the whole point is what wants quoting.
_FIELD_NAME = re.compile(r"[a-z_]+:\s+$")
_TWO_COLONS = re.compile(r"^(?P<lead>\s*-\s+)(?P<text>(?![a-z_]+:\s+[\"'])[^\s\"'{\[|>&*!#][^#]*?:\s[^#]*?:\s.*)$")
"""A list item of plain text with two colons followed by spaces ("- Simplify 12 : 18 to 2 : 3."): YAML cannot read it.
(A field whose value is quoted, "- title: 'Worked example: masses'", reads well.)"""
_LEADING_TAB = re.compile(r"^ *\t")
_QUOTED_OPENING = re.compile(r"^(?P<lead>\s*-\s+(?:[a-z_]+:\s+)?)(?P<text>(?:(?P<quote>\")(?:[^\"\\]|\\.)+\"|'(?:[^']|'')+'(?!'))"
                             r"[ \t]*[^\s#,\]}].*)$")
"""A list item or field that opens on a quoted phrase and goes on after it (``- "Make in India" campaign launched
2014``): YAML ends the text at the closing quote and cannot read the rest. (A quote doubled inside single quotes,
``'it''s fine'``, is an apostrophe, not the closing quote.)"""


@dataclass(slots=True)
class Scalar:
    """A scalar as typed (quotes removed, escapes applied)."""

    value: str
    line: int
    column: int
    end_line: int
    style: str | None
    """None or "" for plain, one of ' " | > for quoted and block scalars."""


@dataclass(slots=True)
class Sequence:
    """A list; a streamed list's items went to the callback instead of ``items``."""

    line: int
    column: int
    items: list = field(default_factory=list)
    streamed: int = -1
    """How many items were handed to the callback (-1: not streamed)."""


@dataclass(slots=True)
class Mapping:
    """A mapping as (key node, value node) pairs, repeated keys kept."""

    line: int
    column: int
    pairs: list = field(default_factory=list)


Node = Union[Scalar, Sequence, Mapping]

ALIAS = "*"
"""The style of the empty scalar left where an alias was refused (already reported)."""


def parse(text: str, shown: str, on_item: Callable[[Node, int], None], stream_key: str = "cards") -> tuple[Node | None, list[Problem]]:
    """The document's root node (None when there is none) and the problems found on the way.

    Items of the top-level ``stream_key`` list go to ``on_item(node, number)``
    (numbered from 1) as soon as each is complete.
    """
    try:
        return _Builder(shown, on_item, stream_key).run(yaml.parse(text, Loader=YAML_LOADER))
    except yaml.MarkedYAMLError as error:
        problems = _scan_for_slips(text, shown)
        explained = _explain_yaml_error(error, shown)
        if explained.line not in {problem.line for problem in problems}:
            problems.append(explained)
        raise StudypackError(sorted(problems, key=lambda problem: problem.line or 0)) from None
    except yaml.reader.ReaderError as error:  # a character YAML refuses, given only as an offset
        raise StudypackError(_unreadable_character(error, text, shown)) from None
    except yaml.YAMLError as error:  # unmarked: rare, keep YAML's words
        raise StudypackError(Problem(f"YAML could not read the file: {error}", shown)) from None


class _Builder:
    def __init__(self, shown: str, on_item: Callable[[Node, int], None], stream_key: str):
        self.shown = shown
        self.on_item = on_item
        self.stream_key = stream_key
        self.problems: list[Problem] = []
        self.stack: list[list] = []  # [container, pending key node or None]
        self.root: Node | None = None
        self.documents = 0

    def run(self, events) -> tuple[Node | None, list[Problem]]:
        for event in events:
            kind = type(event)
            mark = event.start_mark
            if kind is yaml.ScalarEvent:
                self.attach(Scalar(event.value, mark.line + 1, mark.column + 1, event.end_mark.line + 1, event.style))
            elif kind is yaml.MappingStartEvent:
                self.stack.append([Mapping(mark.line + 1, mark.column + 1), None])
            elif kind is yaml.SequenceStartEvent:
                sequence = Sequence(mark.line + 1, mark.column + 1)
                if len(self.stack) == 1 and isinstance(self.stack[0][0], Mapping):
                    key = self.stack[0][1]
                    if isinstance(key, Scalar) and key.value == self.stream_key:
                        sequence.streamed = 0
                self.stack.append([sequence, None])
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                node = self.stack.pop()[0]
                self.attach(node)
            elif kind is yaml.AliasEvent:
                self.problems.append(Problem(
                    "anchors and aliases (&name, *name) are not supported in packs — write the text out",
                    self.shown, mark.line + 1, mark.column + 1))
                self.attach(Scalar("", mark.line + 1, mark.column + 1, mark.line + 1, ALIAS))
            elif kind is yaml.DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise StudypackError(Problem(
                        "the file holds more than one YAML document (a --- line) — keep one pack per file",
                        self.shown, mark.line + 1, mark.column + 1))
        return self.root, self.problems

    def attach(self, node: Node) -> None:
        if not self.stack:
            if self.root is None:
                self.root = node
            return
        frame = self.stack[-1]
        container = frame[0]
        if isinstance(container, Mapping):
            if frame[1] is None:
                frame[1] = node
            else:
                container.pairs.append((frame[1], node))
                frame[1] = None
        elif container.streamed >= 0:
            container.streamed += 1
            self.on_item(node, container.streamed)
        else:
            container.items.append(node)


def described(node: Node) -> str:
    """What a node is, in a message's words: "a list", "the text "…"", "nothing"."""
    if isinstance(node, Mapping):
        return "a mapping (key: value lines)"
    if isinstance(node, Sequence):
        return "a list"
    return f"the text {quoted(node.value)}" if node.value else "nothing"


def quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _scan_for_slips(text: str, shown: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if _LEADING_TAB.match(line):
            problems.append(
                Problem(
                    "a tab is used for indentation; YAML allows only spaces — replace the tab with spaces",
                    shown, number, line.index("\t") + 1,
                )
            )
            continue
        colons = _TWO_COLONS.match(line)
        if colons:  # "- Simplify 12 : 18 to 2 : 3": YAML stops at the second colon; every such line is told at once
            text = colons.group("text").rstrip()
            field = re.match(r"([a-z_]+):\s+", text)
            if field:  # "- title: Worked example: masses": a field (lowercase, as every key is) whose value wants quotes
                problems.append(Problem("a colon followed by a space starts a mapping; quote the value: "
                                        f"{colons.group('lead').strip()} {field.group(1)}: {quoted(text[field.end():])}",
                                        shown, number, len(colons.group("lead")) + field.end() + 1))
            else:
                problems.append(Problem("a colon followed by a space starts a mapping; quote the line: "
                                        f"{colons.group('lead').strip()} {quoted(text)}",
                                        shown, number, len(colons.group("lead")) + 1))
            continue
        opening = _QUOTED_OPENING.match(line)
        if opening:
            text = opening.group("text").rstrip()
            fix = "'" + text.replace("'", "''") + "'" if opening.group("quote") else quoted(text.replace("''", "'"))
            problems.append(Problem("a text that opens on a quoted phrase must be quoted whole, or YAML ends it at "
                                    f"the closing quote: {opening.group('lead').strip()} {fix}",
                                    shown, number, len(opening.group("lead")) + 1))
            continue
        match = _STARTS_WITH_STAR.match(line)
        if match and _is_alias_slip(match.group("text")):
            lead, rest = match.group("lead"), match.group("text").rstrip()
            slip = "a line that starts with * must be quoted, or YAML reads it as an alias"
            key = match.group("key")
            if key and match.group("dash").strip() and not _FIELD_NAME.match(key):
                lead, rest = match.group("dash"), key + rest
                slip = "a point with ': ' before a key term must be quoted, or YAML reads it as a mapping"
            problems.append(
                Problem(
                    f"{slip}: {lead.strip()} {quoted(rest)}",
                    shown, number, len(lead) + 1,
                )
            )
    return problems


def _is_alias_slip(value: str) -> bool:
    """True for ``**Stalin** died``; a real alias (``*name`` alone) is left to YAML."""
    return value.startswith("**") or " " in value.strip()


def _unreadable_character(error: yaml.reader.ReaderError, text: str, shown: str) -> Problem:
    code = error.character if isinstance(error.character, int) else ord(error.character)
    kind = "control character" if unicodedata.category(chr(code)) == "Cc" else "character"
    line, column = _place_of(text, error.position)
    return Problem(f"the file holds the {kind} U+{code:04X}, which no pack can hold"
                   " — delete it (a file with many of them is not a text file, or not UTF-8)", shown, line, column)


def _place_of(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _explain_yaml_error(error: yaml.MarkedYAMLError, shown: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    if "scanning a quoted scalar" in context and error.context_mark is not None:
        start = error.context_mark
        return Problem(
            "this quote is never closed — add the closing quote at the end of the text",
            shown, start.line + 1, start.column + 1,
        )
    if "undefined alias" in problem:
        return Problem(
            "a value that starts with * is read as an alias (YAML's reference to an &anchor);"
            " quote the text: \"*...\"",
            shown, line, column,
        )
    if "expected a single document" in f"{context} {problem}":
        return Problem("the file holds more than one YAML document (a --- line) — keep one pack per file", shown, line, column)
    if "mapping values are not allowed" in problem:
        return Problem(
            "a colon followed by a space starts a mapping here — quote the whole text: \"...: ...\"",
            shown, line, column,
        )
    if "unknown escape character" in problem:
        return Problem(
            "a backslash inside double quotes starts an escape (\\ce{…}, \\frac …) — use single quotes around this"
            " text: '…', or write the backslash twice",
            shown, line, column,
        )
    if "nesting depth" in problem:
        return Problem("the file is nested too deeply to be a pack — check its brackets and indentation", shown, line, column)
    words = f"{context}: {problem}" if context else problem
    return Problem(f"YAML syntax error: {words} — check the indentation and quotes around here", shown, line, column)
