"""The value of a card's written sum ("568 × 5 ÷ 1000", "12 + (2 × 16)"): what a key may check a card's figure
against, read without ``eval`` so no text can run."""
from __future__ import annotations

import ast
import operator
import re

_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_WRITTEN = str.maketrans({"×": "*", "x": "*", "÷": "/", "−": "-"})
_SUM = re.compile(r"[\d\s.,+\-−×x*÷/()]+")
_THOUSANDS = re.compile(r"(?<=\d)[, ](?=\d{3}(?!\d))")


def evaluated(text: str) -> float | None:
    """The value of a sum of figures, or None where the text is not one (a letter, a lone bracket, a division by
    nought)."""
    if not _SUM.fullmatch(text):
        return None
    try:
        tree = ast.parse(_THOUSANDS.sub("", text).translate(_WRITTEN).strip(), mode="eval")
    except SyntaxError:
        return None

    def value(node) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            return _OPERATORS[type(node.op)](value(node.left), value(node.right))
        raise ValueError(node)
    try:
        return value(tree.body)
    except (ValueError, ZeroDivisionError):
        return None
