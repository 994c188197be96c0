"""YAML text to a node tree, keeping every scalar exactly as typed.

We compose (not construct) so that ``1956`` stays "1956" and ``yes`` stays
"yes", and so that every node keeps its position for error messages. When
YAML stops, a line scan looks for the known authoring slips (tabs, a line
starting with ``*``) so that all of them are reported at once.
"""
from __future__ import annotations

import re

import yaml

from ..errors import Problem, StudypackError

_LOADER = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
"""libyaml's C parser when installed (about 10× faster), else the pure-Python one."""

# A list item or a mapping value that starts with `*`: YAML reads it as an alias.
_STARTS_WITH_STAR = re.compile(r"^(?P<lead>\s*(?:-\s+)?(?:[^\s#'\"-][^#'\"]*?:\s+)?)(?P<text>\*.*)$")
_LEADING_TAB = re.compile(r"^ *\t")


def compose(text: str, shown: str) -> yaml.Node | None:
    """The document's root node (None when the file holds no document)."""
    try:
        return yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        # The line scan finds every slip of the kinds YAML stops at, so that
        # the user fixes them all in one go; YAML's own message otherwise.
        problems = _scan_for_slips(text, shown)
        explained = _explain_yaml_error(error, shown)
        if explained.line not in {problem.line for problem in problems}:
            problems.append(explained)
        raise StudypackError(sorted(problems, key=lambda problem: problem.line or 0)) from None
    except yaml.YAMLError as error:  # unmarked: rare, keep YAML's words
        raise StudypackError(Problem(f"YAML could not read the file: {error}", shown)) from None
    except RecursionError:
        raise StudypackError(Problem("the file is nested too deeply to be a pack — check its indentation", shown)) from None


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
        match = _STARTS_WITH_STAR.match(line)
        if match and _is_alias_slip(match.group("text")):
            lead, rest = match.group("lead"), match.group("text").rstrip()
            problems.append(
                Problem(
                    f"a line that starts with * must be quoted, or YAML reads it as an alias: {lead.strip()} {quoted(rest)}",
                    shown, number, len(lead) + 1,
                )
            )
    return problems


def _is_alias_slip(value: str) -> bool:
    """True for ``**Stalin** died``; a real alias (``*name`` alone) is left to YAML."""
    return value.startswith("**") or " " in value.strip()


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
    if "nesting depth" in problem:
        return Problem("the file is nested too deeply to be a pack — check its brackets and indentation", shown, line, column)
    words = f"{context}: {problem}" if context else problem
    return Problem(f"YAML syntax error: {words} — check the indentation and quotes around here", shown, line, column)
