"""Science notation in a text turned, at load time, into the Unicode a reader would copy.

``x^2^`` and ``H~2~O`` (pandoc's superscript and subscript), ``\\ce{H2SO4}``
(mhchem's common subset) and ``$\\frac{1}{2}mv^2$`` (a LaTeX subset, with
pandoc's dollar rule so "$5 and $10" stays money) all become plain text
(x², H₂O, H₂SO₄, ½mv², (a+b)/c), so fitting, the PDF's text layer, worksheets and
exporters see the characters themselves. Each ``$…$`` and ``\\ce{…}`` is also kept
as a Formula with the LaTeX it was typed in and where its fractions lie: layouts
stack the fractions, Anki sets the LaTeX with MathJax, and the writer writes it
back as typed. ``\\^``, ``\\~`` and ``\\$`` are literal. Markup that cannot be
read raises NotationError at its offset.
"""
from __future__ import annotations

import re

from ._chemistry import translate_chemistry
from ._fractions import unstacked
from ._maths import translate_maths
from ._script_forms import NotationError, lowered, raised
from ._scripts import plain_scripts
from .model import Formula

__all__ = ["NotationError", "escape_notation", "translate", "translate_keeping_formulas"]

_SPECIAL = re.compile(r"[\\^~$]")
_SCRIPT_NAMES = {"^": "superscript", "~": "subscript"}
_MATHS_SIGNS = re.compile(r"[\\^_{]")


def translate(text: str) -> str:
    """``text`` with its notation turned into Unicode; NotationError says what and where when it cannot be."""
    return translate_keeping_formulas(text)[0]


def translate_keeping_formulas(text: str) -> tuple[str, tuple[Formula, ...]]:
    """``text`` with its notation turned into Unicode, and where each ``\\ce{…}`` or ``$…$`` landed in it with
    its LaTeX, for targets that set LaTeX themselves (Anki's MathJax) and for writing the pack back as typed."""
    if not _SPECIAL.search(text):  # most text: nothing to do
        return text, ()
    out: list[str] = []
    formulas: list[Formula] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char == "\\":
            position = _backslash(text, position, out, formulas)
        elif char == "$":
            position = _dollar(text, position, out, formulas)
        elif char in _SCRIPT_NAMES:
            position = _script(text, position, out)
        else:
            out.append(char)
            position += 1
    return "".join(out), tuple(formulas)


def _kept(out: list[str], formulas: list[Formula], translated: str, latex: str, fractions=()) -> None:
    """Append a formula's Unicode to ``out`` and note its place, LaTeX and fractions (a formula that reads as
    nothing is not noted)."""
    start = sum(map(len, out))
    out.append(translated)
    if translated:
        formulas.append(Formula(start, start + len(translated), latex, fractions))


def escape_notation(text: str) -> str:
    """``text`` written so that ``translate`` gives it back: each ``^ ~ $`` and ``\\ce{`` made literal, and our own
    script forms typed as they were (``R~f~``)."""
    if _SPECIAL.search(text):
        text = re.sub(r"[\^~$]|(?=\\ce\{)", lambda match: "\\" + match.group(), text)
    if text.isascii():
        return text
    return _DRAWN_RUN.sub(lambda run: "{0}{1}{0}".format("~" if run.group() < "\ue040" else "^",
                                                         plain_scripts(run.group())), text)


_DRAWN_RUN = re.compile("[\ue000-\ue03f]+|[\ue040-\ue07f]+")
"""A run of our own subscript forms, or of superscript ones (``DRAWN_FORMS``)."""


def _backslash(text: str, position: int, out: list[str], formulas: list[Formula]) -> int:
    following = text[position + 1:position + 2]
    if following and following in "^~$":
        out.append(following)
        return position + 2
    if text.startswith("\\\\ce{", position):  # written by escape_notation: a literal \ce{
        out.append("\\ce{")
        return position + 5
    if text.startswith("\\ce{", position):
        content, end = _braced(text, position + 3, "this \\ce{ is never closed — close it with } after the formula")
        _kept(out, formulas, translate_chemistry(content, position + 4), f"\\ce{{{content}}}")
        return end
    out.append("\\")
    return position + 1


def _braced(text: str, position: int, unclosed: str) -> tuple[str, int]:
    """The text inside the ``{`` at ``position`` up to its matching ``}``, and the index after that."""
    depth = 0
    for index in range(position, len(text)):
        depth += (text[index] == "{") - (text[index] == "}")
        if depth == 0:
            return text[position + 1:index], index + 1
    raise NotationError(unclosed, position - 3)


def _dollar(text: str, position: int, out: list[str], formulas: list[Formula]) -> int:
    """Maths by pandoc's rule: ``$`` then a non-space opens; a non-space then ``$`` not followed by a digit closes."""
    close = _closing_dollar(text, position)
    if close is None:
        word = text[position + 1:].split(" ", 1)[0]
        if word and _MATHS_SIGNS.search(word):
            raise NotationError("this $ opens maths that is never closed — close it with $ after the formula"
                                " ($x^2$), or write \\$ for a dollar sign", position)
        out.append("$")
        return position + 1
    latex = text[position + 1:close]
    translated, fractions = unstacked(translate_maths(latex, position + 1, translate_chemistry))
    _kept(out, formulas, translated, latex, fractions)
    return close + 1


def _closing_dollar(text: str, position: int) -> int | None:
    if position + 1 >= len(text) or text[position + 1].isspace():
        return None
    index = position + 2
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if (char == "$" and not text[index - 1].isspace()
                and not (index + 1 < len(text) and text[index + 1].isdigit())):
            return index
        index += 1
    return None


def _script(text: str, position: int, out: list[str]) -> int:
    """``^…^`` or ``~…~``: no spaces inside, as in pandoc; a mark with no partner is literal unless it is
    stuck to a word on both sides (``x^2``), which is a slip worth stopping for."""
    mark = text[position]
    close = position + 1
    while close < len(text) and text[close] != mark and not text[close].isspace():
        close += 2 if text[close] == "\\" else 1
    before = text[position - 1] if position else ""
    opens = close > position + 1 and close < len(text) and text[close] == mark
    if not opens:
        following = text[position + 1:position + 2]
        if (before.isalnum() or (before and before in ")]")) and following and not following.isspace() and following != mark:
            kind = _SCRIPT_NAMES[mark]
            raise NotationError(f"this {mark} opens a {kind} that is never closed — close it with {mark}"
                                f" ({'x^2^' if mark == '^' else 'H~2~O'}), or write \\{mark} for a literal {mark}",
                                position)
        out.append(mark)
        return position + 1
    inner = re.sub(r"\\(.)", r"\1", text[position + 1:close])
    word = re.search(r"[^\W_][\w.]*$", text[:position])
    base = word.group() if word else "x"  # "16^3/4^": the whole number, not its last digit
    shift = raised if mark == "^" else lowered
    out.append(shift(inner, position + 1, base, text[position:close + 1]))
    return close + 1
