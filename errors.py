"""The one error type of studypack.

Libraries raise `StudypackError`; only the CLI catches it, prints one line per
problem and exits 1. A problem knows where it is (file, line, column, field
path) so the user can go straight to the fix.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def printable(text: str) -> str:
    """``text`` with control characters (C0, DEL, C1) and bidi controls shown as escapes (``\\x1b``, ``\\u202e``).

    Pack text reaches the terminal in messages: a raw escape could retitle the
    window or clear the screen, and a right-to-left override would reverse the
    rest of the line, so the user would not see what is really in the file.
    """
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    message: str
    """What is wrong — how to fix it, in plain words."""
    file: str | None = None
    """The file the problem is in, as the user named it."""
    line: int | None = None
    """1-based line number."""
    column: int | None = None
    """1-based column number."""
    field: str | None = None
    """Path of the field inside the pack, such as ``cards[3].points[1]`` (counting from 1); printed as
    ``readable_field`` words."""

    def __str__(self) -> str:
        """One line, with anything that would not print as itself escaped (see ``printable``)."""
        where = ""
        if self.file is not None:
            where = printable(self.file)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        field = f"{printable(readable_field(self.field))}: " if self.field else ""
        return f"{where}{field}{printable(self.message)}"


_INDEXED = re.compile(r"(\w+)\[(\d+)\]$")
_ONE_OF = {"cards": "card", "points": "point", "questions": "question", "images": "image", "wrong": "wrong answer",
           "scheme": "scheme point", "match": "pair", "order": "event", "tags": "tag"}
"""What one item of a listed field is called in a message."""


def readable_field(path: str) -> str:
    """A field path as a teacher reads it: ``cards[4].points[6]`` becomes "card 4, point 6".

    The numbers count from 1, as the user counts cards down the file; in the
    bracket form, programmers read them as counting from 0 and look one card
    too far.
    """
    parts: list[str] = []
    keyed = False  # whether the last part is a plain key, which a further key joins with a dot ("labels.name")
    for part in path.split("."):
        indexed = _INDEXED.match(part)
        if indexed:
            parts.append(f"{_ONE_OF.get(indexed.group(1), indexed.group(1))} {indexed.group(2)}")
        elif keyed:
            parts[-1] += f".{part}"
        else:
            parts.append(part)
        keyed = not indexed
    return ", ".join(parts)


class StudypackError(Exception):
    """Raised with every problem found, so the user can fix them all at once."""

    def __init__(self, problems: Problem | str | list[Problem] | tuple[Problem, ...]):
        if isinstance(problems, str):
            problems = Problem(problems)
        if isinstance(problems, Problem):
            problems = (problems,)
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))

    def __reduce__(self):
        # Keep the problems whole when the error crosses a process boundary (--jobs).
        return (type(self), (self.problems,))
