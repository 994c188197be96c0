"""The one error type of studypack.

Libraries raise `StudypackError`; only the CLI catches it, prints one line per
problem and exits 1. A problem knows where it is (file, line, column, field
path) so the user can go straight to the fix.
"""
from __future__ import annotations

from dataclasses import dataclass


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
    """Path of the field inside the pack, such as ``cards[3].points[1]``."""

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"


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
