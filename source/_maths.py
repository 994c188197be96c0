"""The inside of ``$…$``, a LaTeX subset, turned into the Unicode text a reader would copy.

``^`` and ``_`` raise and lower into Unicode's script forms, commands become
their symbols, ``\\frac`` becomes a vulgar fraction or a marked one (``_fractions``), and every space
becomes a no-break space so the formula is one unit for line breaking.
"""
from __future__ import annotations

import difflib
import re
import unicodedata

from ._fractions import marked, single_token, unstacked
from ._script_forms import NotationError, lowered, raised
from ._scripts import (ACCENTS, ESCAPED, GREEK, LETTERLIKE, NO_BREAK_SPACE, OPERATORS, ROOTS, SPACES,
                       VULGAR_FRACTIONS)

_TEXT_COMMANDS = ("text", "textrm", "mbox")
"""Commands whose argument is words, taken as typed."""
_STYLE_COMMANDS = ("mathrm", "mathbf", "mathit", "mathsf", "operatorname", "boldsymbol")
"""Commands that only change the style of their argument: its characters stay."""
_FRACTIONS = ("frac", "dfrac", "tfrac")
_TYPED_SIGNS = {"'": "′", "-": "\u2212"}
"""Keys typed for signs, as LaTeX sets them in maths: ' is a prime, - the minus sign (longer than a hyphen)."""
_KNOWN = sorted({*GREEK, *LETTERLIKE, *OPERATORS, *SPACES, *ACCENTS, *_TEXT_COMMANDS, *_STYLE_COMMANDS, *_FRACTIONS,
                 "sqrt", "ce", "left", "right"})


def translate_maths(source: str, offset: int, chemistry) -> str:
    """``source`` (the text between the dollars, which starts at ``offset`` in the point) as Unicode.

    ``chemistry(content, offset)`` translates a ``\\ce{…}`` met inside.
    """
    reader = _MathsReader(source, offset, chemistry)
    text = reader.sequence(closing=False)
    return _one_space_each(text)


def _one_space_each(text: str) -> str:
    out: list[str] = []
    for char in text:
        if char.isspace():
            if out and out[-1] == NO_BREAK_SPACE:
                continue
            char = NO_BREAK_SPACE
        out.append(char)
    return "".join(out).strip(NO_BREAK_SPACE)


class _MathsReader:
    """Reads the formula left to right; ``position`` is the index of the next character of ``source``."""

    def __init__(self, source: str, offset: int, chemistry):
        self.source = source
        self.offset = offset
        self.chemistry = chemistry
        self.position = 0

    def error(self, message: str, at: int) -> NotationError:
        return NotationError(message, self.offset + at)

    def sequence(self, closing: bool) -> str:
        """Atoms up to the end (or, with ``closing``, up to the ``}`` that ends the group, consumed)."""
        out: list[str] = []
        start = self.position - 1
        while self.position < len(self.source):
            char = self.source[self.position]
            if char == "}":
                if closing:
                    self.position += 1
                    return "".join(out)
                raise self.error("this } closes no { — remove it, or write \\} for a brace", self.position)
            if char in "^_":
                out.append(self.script(char, "".join(out)))
                continue
            out.append(self.atom())
        if closing:
            raise self.error("this { is never closed — close it with } after what it holds", start)
        return "".join(out)

    def script(self, mark: str, before: str) -> str:
        at = self.position
        self.position += 1
        if self.source.startswith("\\circ", self.position) and mark == "^":  # 90^\circ: the degree sign
            self.position += len("\\circ")
            return "°"
        typed_start = self.position
        argument = self.argument(f"this {mark} has nothing after it — write x{mark}2 or x{mark}{{10}}", at)
        argument = re.sub(r"[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]", lambda found: unicodedata.normalize("NFKD", found.group()).replace(
            "⁄", "/"), unstacked(argument)[0])  # a fraction raised or lowered is set a/b, in script forms
        typed = f"{mark}{self.source[typed_start:self.position]}"
        number = re.search(r"\d[\d.,]*$", before)
        base = number.group() if number else before[-1:] if before[-1:].isalnum() else "x"  # "27^{-2/3}": the whole
        # number, not its last digit
        if mark == "^":
            return raised(argument, self.offset + at, base, typed, in_maths=True)
        return lowered(argument, self.offset + at, base, typed, in_maths=True)

    def argument(self, missing: str, at: int) -> str:
        """One argument: a ``{group}``, a command, or a single character."""
        while self.position < len(self.source) and self.source[self.position] == " ":
            self.position += 1
        if self.position >= len(self.source) or self.source[self.position] in "}^_":
            raise self.error(missing, at)
        return self.atom()

    def group(self, command: str, at: int) -> str:
        """The ``{…}`` argument a command needs, translated."""
        if self.position >= len(self.source) or self.source[self.position] != "{":
            raise self.error(f"\\{command} needs its argument in braces — write \\{command}{{…}}", at)
        self.position += 1
        return self.sequence(closing=True)

    def raw_group(self, command: str, at: int) -> str:
        """The ``{…}`` argument of ``\\text`` or ``\\ce``, untranslated."""
        if self.position >= len(self.source) or self.source[self.position] != "{":
            raise self.error(f"\\{command} needs its argument in braces — write \\{command}{{…}}", at)
        depth, start = 0, self.position
        for index in range(start, len(self.source)):
            char = self.source[index]
            depth += (char == "{") - (char == "}")
            if depth == 0:
                self.position = index + 1
                return self.source[start + 1:index]
        raise self.error(f"the {{ of \\{command} is never closed — close it with }}", start)

    def atom(self) -> str:
        char = self.source[self.position]
        if char == "{":
            self.position += 1
            return self.sequence(closing=True)
        if char == "\\":
            return self.command()
        if char == "~":
            self.position += 1
            return NO_BREAK_SPACE
        if char == "$":
            raise self.error("a $ inside maths — write \\$ for a dollar sign, or close the maths before it",
                             self.position)
        self.position += 1
        return _TYPED_SIGNS.get(char, char)

    def command(self) -> str:
        at = self.position
        self.position += 1
        end = self.position
        while end < len(self.source) and self.source[end].isascii() and self.source[end].isalpha():
            end += 1
        if end == self.position:  # \, \  \{ \$: one character
            if end >= len(self.source):
                raise self.error("a \\ ends the maths — remove it, or write \\$ if it was a dollar sign", at)
            char = self.source[end]
            self.position = end + 1
            if char in SPACES:
                return SPACES[char]
            if char in ESCAPED:
                return ESCAPED[char]
            raise self.error(f"unknown command \\{char} in maths — remove it, or use one of \\, \\{{ \\}} \\$ \\%", at)
        name = self.source[self.position:end]
        self.position = end
        return self.named(name, at)

    def named(self, name: str, at: int) -> str:
        if name in GREEK or name in LETTERLIKE:
            following = self.source[self.position + 1:self.position + 2]
            if self.source.startswith(" ", self.position) and following.isalnum():  # \Delta T: a separator
                self.position += 1
            symbol = GREEK.get(name) or LETTERLIKE[name]
            if symbol.isalpha() and symbol.isascii():  # a function name, set apart from what it takes (\sin x,
                # \log\theta) and from what comes before it (2bc\cos A)
                following = self.source[self.position:self.position + 1]
                before = NO_BREAK_SPACE if at > 0 and (self.source[at - 1].isalnum() or self.source[at - 1] in ")]}") \
                    else ""
                return before + symbol + (NO_BREAK_SPACE if following.isalnum() or following == "\\" else "")
            return symbol
        if name in OPERATORS:
            return OPERATORS[name]
        if name in SPACES:
            return SPACES[name]
        if name in ACCENTS:
            body = self.argument(f"\\{name} needs something to mark — write \\{name}{{x}}", at)
            return "".join(char + ACCENTS[name] for char in body)
        if name in _TEXT_COMMANDS:
            return self.raw_group(name, at).replace(" ", NO_BREAK_SPACE)
        if name in _STYLE_COMMANDS:
            return self.group(name, at)
        if name in _FRACTIONS:
            numerator = self.group(name, at)
            denominator = self.group(name, at)
            if not numerator.strip() or not denominator.strip():
                part = "above" if not numerator.strip() else "below"
                raise self.error(f"this \\{name} has nothing {part} the line — write both parts, as in \\{name}{{1}}{{2}}", at)
            return _fraction(numerator, denominator)
        if name == "sqrt":
            return self.root(at)
        if name == "ce":
            start = self.position + 1
            return self.chemistry(self.raw_group(name, at), self.offset + start)
        if name in ("left", "right"):
            if self.position < len(self.source) and self.source[self.position] == ".":
                self.position += 1
                return ""
            if self.position >= len(self.source):
                raise self.error(f"\\{name} needs a bracket after it — write \\{name}( or remove it", at)
            return self.atom()
        close = difflib.get_close_matches(name, _KNOWN, n=1, cutoff=0.7)
        fix = f"did you mean \\{close[0]}?" if close else "type the symbol itself, or write it in words"
        raise self.error(f"unknown command \\{name} in maths — {fix}", at)

    def root(self, at: int) -> str:
        index = ""
        if self.source.startswith("[", self.position):
            close = self.source.find("]", self.position)
            if close < 0:
                raise self.error("the [ of \\sqrt is never closed — write \\sqrt[3]{x}", self.position)
            index = self.source[self.position + 1:close].strip()
            self.position = close + 1
        radicand = self.group("sqrt", at)
        sign = ROOTS.get(index) or raised(index, self.offset + at, "", f"[{index}]") + "√"
        return f"{sign}{radicand}" if single_token(radicand) else f"{sign}({radicand})"


def _fraction(numerator: str, denominator: str) -> str:
    """One of Unicode's fraction characters where there is one (½); else a fraction marked to be set stacked."""
    vulgar = VULGAR_FRACTIONS.get((numerator, denominator))
    if vulgar:
        return vulgar
    return marked(numerator, denominator)
