"""The inside of ``\\ce{…}``, mhchem's common subset, turned into the Unicode text a reader would copy.

Counts after an element or a ``)`` are lowered (``H2SO4`` → H₂SO₄), a number
starting a species is its coefficient and stays (``2H2O``), a charge at the
end of a species is raised (``NH4+``, ``SO4^2-``, ``Fe^{3+}``), state symbols
stay on the line, arrows become arrows, Greek letter commands become their
letters (``\\alpha`` → α), and every space becomes a no-break space so the
equation is one unit for line breaking.
"""
from __future__ import annotations

from ._script_forms import NotationError, lowered, raised
from ._scripts import GREEK, NO_BREAK_SPACE

_ARROWS = (("<=>", "⇌"), ("<->", "↔"), ("->", "→"), ("<-", "←"))
"""Longest first, so ``<->`` is not read as ``<-`` then ``>``."""
_STATES = ("(aq)", "(s)", "(l)", "(g)")


def translate_chemistry(source: str, offset: int) -> str:
    """``source`` (the text inside ``\\ce{…}``, starting at ``offset`` in the point) as Unicode."""
    out: list[str] = []
    species_start = True  # a number here is a coefficient, not a count
    position = 0
    while position < len(source):
        char = source[position]
        arrow = next(((typed, sign) for typed, sign in _ARROWS if source.startswith(typed, position)), None)
        if arrow:
            out.append(arrow[1])
            position += len(arrow[0])
            species_start = True
        elif char.isspace():
            if not out or out[-1] != NO_BREAK_SPACE:
                out.append(NO_BREAK_SPACE)
            position += 1
            species_start = True
        elif state := next((state for state in _STATES if source.startswith(state, position)), None):
            out.append(state)
            position += len(state)
        elif char.isdigit() and not species_start:
            end = _digits_end(source, position)
            out.append(lowered(source[position:end], offset + position, out[-1][-1:] or "x"))
            position = end
        elif char == "^":
            text, end = _charge(source, position + 1, offset)
            out.append(raised(text, offset + position, "".join(out)[-1:] or "x", source[position:end]))
            position = end
        elif char == "_":
            text, end = _charge(source, position + 1, offset)
            out.append(lowered(text, offset + position, "".join(out)[-1:] or "x", source[position:end]))
            position = end
        elif char in "+-" and not species_start and _ends_species(source, position + 1):
            out.append(raised(char, offset + position))
            position += 1
        elif char in "*·" or char == "." and not species_start and source[position + 1:position + 2].isalnum():
            # the dot of a hydrate, typed as mhchem takes it: CuSO4*5H2O, CuSO4.5H2O, CuSO4·5H2O
            out.append("·")
            position += 1
            species_start = True
        elif char == "\\":
            end = position + 1
            while end < len(source) and source[end].isascii() and source[end].isalpha():
                end += 1
            name = source[position + 1:end]
            if name not in GREEK:
                raise NotationError(f"unknown command \\{name} in \\ce — type the character itself",
                                    offset + position)
            out.append(GREEK[name])  # "\ce{^{4}_{2}\alpha}": the alpha particle, as mhchem prints it
            position = end
            species_start = False
        elif char in "{}":
            raise NotationError(f"a {char} inside \\ce — remove it, or write a charge as ^{{2-}}", offset + position)
        else:
            out.append(char)
            position += 1
            species_start = species_start and not (char.isalpha() or char in ")]")
    return "".join(out).strip(NO_BREAK_SPACE)


def _digits_end(source: str, position: int) -> int:
    while position < len(source) and source[position].isdigit():
        position += 1
    return position


def _ends_species(source: str, position: int) -> bool:
    """Whether a ``+`` or ``-`` before ``position`` ends its species (a charge) rather than joining two."""
    return position >= len(source) or source[position].isspace() or source.startswith("(", position)


def _charge(source: str, position: int, offset: int) -> tuple[str, int]:
    """The text after ``^`` or ``_``: a ``{group}``, or digits with an optional sign, or a sign, or one letter."""
    if source.startswith("{", position):
        close = source.find("}", position)
        if close < 0:
            raise NotationError("this { is never closed — write a charge as ^{2-}", offset + position)
        return source[position + 1:close], close + 1
    end = _digits_end(source, position)
    if end < len(source) and source[end] in "+-":
        end += 1
    if end == position and position < len(source) and source[position].isalpha():
        end += 1  # "(CH2-CH2)_n": one letter, as mhchem reads it
    if end == position:
        raise NotationError("this ^ or _ has nothing after it — write a charge as ^2- or ^{2-}", offset + position - 1)
    return source[position:end], end
