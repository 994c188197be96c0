"""Relative formula masses a chemistry card works out ("CO₂ = 12 + (2 × 16) = 44", "Mr of Fe₂O₃ = (2 × 56) + (3 ×
16) = 160"): a sum every chemistry teacher sets, asked with the relative atomic masses it needs printed beside the
formula, and only where those masses give the card's own figure, so the key cannot be wrong.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import NamedTuple

from .arithmetic import evaluated

ATOMIC_MASSES = {
    "H": (1,), "He": (4,), "Li": (7, 6.9), "B": (11, 10.8), "C": (12,), "N": (14,), "O": (16,), "F": (19,),
    "Ne": (20,), "Na": (23,), "Mg": (24, 24.3), "Al": (27,), "Si": (28,), "P": (31,), "S": (32, 32.1),
    "Cl": (35.5,), "Ar": (40,), "K": (39, 39.1), "Ca": (40, 40.1), "Ti": (48,), "Cr": (52,), "Mn": (55,),
    "Fe": (56, 55.8), "Co": (59,), "Ni": (59, 58.7), "Cu": (63.5, 64), "Zn": (65, 65.4), "Br": (80, 79.9),
    "Sr": (88,), "Ag": (108,), "Sn": (119,), "I": (127,), "Ba": (137, 137.3), "Pt": (195,), "Au": (197,),
    "Hg": (201,), "Pb": (207,)}
"""The relative atomic masses a school data sheet prints, with the other roundings packs use (Cu 64 or 63.5):
a card's figure picks which of them it worked with."""

_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_LOWERED = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_HYDRATE_DOT = "·•∙"
_FORMULA = r"\(?[A-Z][A-Za-z0-9₀-₉()]*(?:[·•∙]\d*[A-Z][A-Za-z0-9₀-₉()]*)?\)?"
_SUM = r"[\d\s.+×x*()]+?"
_LINE = re.compile(
    rf"^[^\w(]*(?:(?:worked\s+)?example\s*\d*\s*[:–—-]\s*|e\.g\.\s*|[A-Za-z][^:=→\d]{{0,40}}?[:–—]\s+)?"
    rf"(?:(?P<symbol>M[rᵣ]|relative formula mass)\s*(?:of\s+)?(?:[a-z][a-z -]*?,\s*)?)?"
    rf"(?P<formula>{_FORMULA})\s*[=→]\s*(?P<sum>{_SUM}(?:=\s*{_SUM})*?)\s*=\s*(?P<result>\d+(?:\.\d+)?)"
    r"\s*\.?\s*$",
    re.IGNORECASE)
"""A line that works out one formula's mass and ends on it, after a label ("Example:", "Hydrates – add the water
on:") or the quantity's name ("Mr of ethene, C₂H₄ = …"), the formula before "=" or an arrow ("NaCl → 23 + 35.5")."""
_EXACT = 1e-6
"""How near two formula masses must be to be one: sums of tenths, equal but for floating point."""


class FormulaMass(NamedTuple):
    """A formula's mass as a card works it out, read apart."""

    formula: str
    """The formula, its counts lowered ("Fe₂O₃")."""
    masses: tuple[tuple[str, float], ...]
    """Each element's relative atomic mass the card worked with, in the formula's order."""
    symbol: str
    """What the line calls the result ("Mr", "Mᵣ"), or empty."""
    number: str
    """The card's figure: the answer."""
    working: str
    """The line as the card works it, for the key."""


def formula_mass(text: str) -> FormulaMass | None:
    """The formula mass ``text`` works out, or None where it is not one line of such a sum, the sum does not reach
    its figure, or no set of school atomic masses gives it."""
    found = _LINE.match(text)
    if found is None or not re.search(r"[+×x*]", found.group("sum").split("=")[0]):
        return None
    written = found.group("formula")
    if written.count("(") != written.count(")") or re.fullmatch(r"\([^()]*\)", written):
        written = written.strip("()")  # ("Mr(BaSO₄) = …": the brackets are the symbol's)
    atoms = _atoms(written)
    if atoms is None or sum(atoms.values()) < 2:
        return None
    result = float(found.group("result"))
    summed = [evaluated(step) for step in found.group("sum").split("=")]  # ("= 40 + 34 = 74": each step)
    if any(step is None or abs(step - result) > _EXACT for step in summed):
        return None
    masses = _masses_giving(atoms, result)
    if masses is None:
        return None
    symbol = found.group("symbol") or ""
    working = f"{_lowered(written)} = {text[found.start('sum'):].strip().rstrip('.')}"
    return FormulaMass(_lowered(written), masses, symbol if symbol[:1] == "M" else "", found.group("result"), working)


def _atoms(formula: str) -> Counter | None:
    """How many atoms of each element a formula holds ("Ca(OH)₂" → Ca 1, O 2, H 2; "CuSO₄·5H₂O" counts the water
    five times), or None where it is no formula of known elements."""
    total: Counter = Counter()
    for index, part in enumerate(re.split(f"[{_HYDRATE_DOT}]", formula.translate(_SUBSCRIPTS))):
        times = re.match(r"\d*", part).group() if index else ""
        counted = _group(part[len(times):])
        if counted is None:
            return None
        for element, count in counted.items():
            total[element] += count * (int(times) if times else 1)
    return total


def _group(text: str) -> Counter | None:
    """The atoms of a formula with no hydrate dot, brackets multiplied out."""
    stack: list[Counter] = [Counter()]
    position = 0
    while position < len(text):
        element = re.match(r"([A-Z][a-z]?)(\d*)", text[position:])
        if element and element.group(1) in ATOMIC_MASSES:
            stack[-1][element.group(1)] += int(element.group(2) or 1)
            position += element.end()
        elif text[position] == "(":
            stack.append(Counter())
            position += 1
        elif text[position] == ")" and len(stack) > 1:
            count = re.match(r"\d*", text[position + 1:]).group()
            inner = stack.pop()
            for name, number in inner.items():
                stack[-1][name] += number * int(count or 1)
            position += 1 + len(count)
        else:
            return None
    return stack[0] if len(stack) == 1 and stack[0] else None


def _masses_giving(atoms: Counter, result: float) -> tuple[tuple[str, float], ...] | None:
    """The school atomic masses of the formula's elements that give ``result`` exactly (a formula mass is a sum of
    them, never rounded), the usual values first."""
    elements = list(atoms)
    for choice in itertools.product(*(ATOMIC_MASSES[element] for element in elements)):
        if abs(sum(mass * atoms[element] for element, mass in zip(elements, choice)) - result) < _EXACT:
            return tuple(zip(elements, choice))
    return None


def _lowered(formula: str) -> str:
    """A formula with its counts lowered ("H2SO4" → H₂SO₄), a hydrate's count of water kept on the line."""
    parts = re.split(f"([{_HYDRATE_DOT}]\\d*)", formula)
    return "".join(part if index % 2 else re.sub(r"(?<=[A-Za-z)])\d+", lambda m: m.group().translate(_LOWERED), part)
                   for index, part in enumerate(parts))


def symbols(text: str) -> tuple[str, str]:
    """How a pack writes relative atomic and formula mass ("Ar" and "Mr", or "Aᵣ" and "Mᵣ"), so a question uses
    its own symbols."""
    atomic = re.search(r"(?<!\w)A[rᵣ](?!\w)(?=\s*[:=(]|\s+(?:of|values?)\b)", text)
    formula = re.search(r"(?<!\w)M[rᵣ](?!\w)", text)
    return atomic.group() if atomic else "Ar", formula.group() if formula else "Mr"


def given_masses(found: FormulaMass, symbol: str) -> str:
    """The atomic masses a question prints beside its formula ("(Ar: C = 12, O = 16)")."""
    return f"({symbol}: " + ", ".join(f"{element} = {mass:g}" for element, mass in found.masses) + ")"
