"""Text raised or lowered into Unicode's superscript and subscript forms, and the error when it cannot be."""
from __future__ import annotations

from ._scripts import SUBSCRIPT, SUPERSCRIPT


class NotationError(ValueError):
    """Notation that cannot be read; ``offset`` is where in the text given to ``translate``."""

    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.offset = offset


def raised(text: str, offset: int, base: str = "x", typed: str | None = None, in_maths: bool = False) -> str:
    """``text`` in superscript forms; NotationError at the first character that has none."""
    return _shifted(text, SUPERSCRIPT, "superscript", offset, base, typed if typed is not None else f"^{text}^",
                    in_maths)


def lowered(text: str, offset: int, base: str = "x", typed: str | None = None, in_maths: bool = False) -> str:
    """``text`` in subscript forms; NotationError at the first character that has none."""
    return _shifted(text, SUBSCRIPT, "subscript", offset, base, typed if typed is not None else f"~{text}~",
                    in_maths)


def _shifted(text: str, forms: dict[str, str], kind: str, offset: int, base: str, typed: str,
             in_maths: bool) -> str:
    out = []
    for char in text:
        form = forms.get(char)
        if form is None:
            shown = "a space" if char.isspace() else f"“{char}”"
            on_line = f"{base}\\^({text})" if kind == "superscript" else f"{base}_{text}" \
                if any(letter.isalpha() for letter in text) else f"{base}{text}"  # ("t½": a half needs no mark)
            if in_maths:  # "$L_f$", "$a^{1/n}$": inside the maths, _ and ^ lower and raise again
                on_line += " outside the $…$"
            raise NotationError(
                f"{shown} has no {kind} form in Unicode, so {base}{typed} cannot be set as typed"
                f" — write it on the line instead, as {on_line}",
                offset,
            )
        out.append(form)
    return "".join(out)
