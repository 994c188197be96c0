"""Equations a card solves over several lines ("Example – 3x + 2y = 16 and x − 2y = 0", then the elimination, then
"y = 2"): the equations, the values the card arrives at, and whether those values solve them.

A maths card often sets its example on one line and works it on the next ones. Asked as a calculation, the
equations are the stem and the card's last value of each unknown the answer; it is only asked where the equations
are linear, have one solution, and the card's values satisfy every one of them, so the key cannot be wrong.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass

_SET = re.compile(r"(?i)^\W*(?:worked\s+)?(?:example|e\.\s?g\.)\s*\d*\s*[:–—-]?\s*(?:solve\s*:?\s*)?(?P<body>.+?)[.\s]*$")
"""A line that sets an example ("Example – 3x + 2y = 16 and x − 2y = 0", "e.g. solve 3(x + 2) = 21")."""
_JOINS = re.compile(r"\s+and\s+|\s*;\s*|,\s+")
_EQUATION = re.compile(r"^[\d\sa-z+\-−×÷*/().]+=[\d\sa-z+\-−×÷*/().]+$")
_VALUE = re.compile(r"(?<![\w)^.])([a-z])\s*=\s*([-−]?\d+(?:\.\d+)?)(?=\s*(?:[,.;)✓]|\s(?:and|so|or|i\.e\.)\b|$))")
"""An unknown's value as a line states it ("so x = 4.", "y = 3, i.e."), not a step that goes on ("y = 2(2) − 1")."""
_WORKED_VALUE = re.compile(r"(?<![\w)^.])([a-z])\s*=\s*[^=→;]*?[\d)]\s*=\s*([-−]?\d+(?:\.\d+)?)"
                           r"(?=\s*(?:[,.;)✓]|\s(?:and|so|or)\b|$))")
"""An unknown's value at the end of its own working ("Then y = 2(3) − 1 = 5.")."""
_PAIR = re.compile(r"(?i)(?:solution|answer|so|→|at)\s*:?\s*\(\s*([-−]?\d+(?:\.\d+)?)\s*,\s*([-−]?\d+(?:\.\d+)?)\s*\)")
"""The solution written as a point ("Solution (3, 5)", "cross at (3, 5)"): x, then y."""
_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Solved:
    """Equations set on one line of a card and solved on the lines after it."""

    equations: str
    """The equations as the card sets them ("3x + 2y = 16 and x − 2y = 0")."""
    values: tuple[tuple[str, str], ...]
    """Each unknown, in alphabetical order, and the value the card arrives at."""
    last: int
    """The position of the card's last line that gives a value: the working runs up to it."""


def solved(points: list[str], position: int) -> Solved | None:
    """The equations the line at ``position`` sets and the values the lines after it reach; None where the line sets
    none, the lines leave an unknown without a value, or the values do not solve linear equations with one
    solution."""
    body = _set(points[position])
    if body is None:
        return None
    body = re.split(r"[.!]\s+(?=[A-Z])", body)[0]  # "… and 5x + 2y = 19. No coefficients match yet."
    equations = [part.strip() for part in _JOINS.split(body)]
    if not 1 <= len(equations) <= 2 or not all(_EQUATION.match(equation) and equation.count("=") == 1
                                               for equation in equations):
        return None
    unknowns = sorted(set(re.findall(r"[a-z]", " ".join(equations))))
    if len(unknowns) != len(equations):
        return None
    values: dict[str, str] = {}
    last = -1
    for index in range(position + 1, len(points)):
        if _set(points[index]) is not None:
            break  # the next example
        pairs = [dict(zip("xy", pair)) for pair in _PAIR.findall(points[index])] if unknowns == ["x", "y"] else []
        for name, value in [*_WORKED_VALUE.findall(points[index]), *_VALUE.findall(points[index]),
                            *(item for pair in pairs for item in pair.items())]:
            if name in unknowns:
                values[name] = value.replace("−", "-")
                last = index
        if set(values) == set(unknowns) and _solves(equations, values):
            break  # solved: "Graphically – the lines cross at (3, 5)" after it is another way, not the working
    if set(values) != set(unknowns) or not _unique(equations, unknowns) or not _solves(equations, values):
        return None
    return Solved(body, tuple((name, values[name].replace("-", "−")) for name in unknowns), last)


def _solves(equations: list[str], values: dict[str, str]) -> bool:
    return all(_holds(equation, {name: float(value) for name, value in values.items()}) for equation in equations)


def _set(line: str) -> str | None:
    """What an example line sets, where it sets something with an equals sign and does not work it itself (a line
    with arrows is read by ``calculations.worked``)."""
    found = _SET.match(line)
    if found is None or "=" not in found.group("body") or "→" in line or "->" in line:
        return None
    return found.group("body").strip()


def _sides(equation: str, values: dict[str, float]) -> tuple[float, float] | None:
    """An equation's two sides worked out for ``values``; None where either is not plain arithmetic."""
    left, right = (_evaluate(side, values) for side in equation.split("="))
    return None if left is None or right is None else (left, right)


def _holds(equation: str, values: dict[str, float]) -> bool:
    sides = _sides(equation, values)
    return sides is not None and abs(sides[0] - sides[1]) <= _TOLERANCE * max(1.0, abs(sides[0]))


def _unique(equations: list[str], unknowns: list[str]) -> bool:
    """Whether linear equations in as many unknowns have exactly one solution (their coefficients' determinant is
    not 0); False for an equation that is not linear ("x² + y² = 13" has two)."""
    rows = []
    for equation in equations:
        def gap(point: dict[str, float], equation: str = equation) -> float | None:  # left side less right side
            sides = _sides(equation, point)
            return None if sides is None else sides[0] - sides[1]
        origin = gap({name: 0.0 for name in unknowns})
        if origin is None:
            return False
        row = []
        for name in unknowns:
            one, two = (gap({other: (step if other == name else 0.0) for other in unknowns}) for step in (1.0, 2.0))
            if one is None or two is None or abs((two - origin) - 2 * (one - origin)) > _TOLERANCE:
                return False  # not linear in this unknown
            row.append(one - origin)
        both = gap({name: 1.0 for name in unknowns})
        if both is None or abs((both - origin) - sum(row)) > _TOLERANCE:
            return False  # "xy = 6": a product of unknowns
        rows.append(row)
    if len(rows) == 1:
        return abs(rows[0][0]) > _TOLERANCE
    return abs(rows[0][0] * rows[1][1] - rows[0][1] * rows[1][0]) > _TOLERANCE


def _evaluate(side: str, values: dict[str, float]) -> float | None:
    """A side of an equation worked out for ``values``, with implied products ("3x", "2(x + 1)"); None where it is not
    plain arithmetic on the unknowns."""
    text = side.replace("−", "-").replace("×", "*").replace("÷", "/")
    text = re.sub(r"(?<=[\d)a-z])\s*(?=[a-z(])", "*", text)
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError:
        return None
    try:
        return _worked_out(tree.body, values)
    except (KeyError, ZeroDivisionError, TypeError):
        return None


def _worked_out(node: ast.AST, values: dict[str, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        return values[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _worked_out(node.operand, values)
        return -inner if isinstance(node.op, ast.USub) else inner
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)):
        left, right = _worked_out(node.left, values), _worked_out(node.right, values)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        return left / right
    raise TypeError("not plain arithmetic")
