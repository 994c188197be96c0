"""Unicode's superscript and subscript forms, and the maths symbols notation turns commands into.

Data only: ``notation``, ``_maths`` and ``_chemistry`` look characters up here.
"""
from __future__ import annotations

SUPERSCRIPT = dict(zip(
    "0123456789+-\u2212\u2013=()"
    "abcdefghijklmnoprstuvwxyz"
    "ABDEGHIJKLMNOPRTUVW"
    "αβγδεθιφχ",
    "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁻⁼⁽⁾"
    "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
    "ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ"
    "ᵅᵝᵞᵟᵋᶿᶥᵠᵡ",
))
"""Each character that has a superscript form, to that form (``q`` and most capitals have none); an en dash is a
minus as a word processor types it (``10^–10^``)."""

SUBSCRIPT = dict(zip(
    "0123456789+-\u2212\u2013=()aehijklmnoprstuvxəβγρφχ",
    "₀₁₂₃₄₅₆₇₈₉₊₋₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓₔᵦᵧᵨᵩᵪ",
))
"""Each character that has a subscript form, to that form."""

_DRAWN_LOWERED = "bcdfgqwyzABCDEFGHIJKLMNOPQRSTUVWXYZ/.,"
_DRAWN_RAISED = "qCFQSXYZ/.,"
DRAWN_FORMS = {chr(0xE000 + index): base for index, base in enumerate(_DRAWN_LOWERED)} | {
    chr(0xE040 + index): base for index, base in enumerate(_DRAWN_RAISED)}
"""Script forms of our own for letters Unicode gives none (the f of R_f, the T of R_T) and for the slash of a
fractional power (27^{-2/3}), in the Private Use Area,
each to its letter. The PDF faces draw one with its letter's glyph, as they draw every script form, and a reader
copies it as the letter; an exporter writes ``<sub>f</sub>``, or the letter in plain text."""
SUBSCRIPT.update({base: form for form, base in DRAWN_FORMS.items() if form < "\ue040"})
SUPERSCRIPT.update({base: form for form, base in DRAWN_FORMS.items() if form >= "\ue040"})


def plain_scripts(text: str) -> str:
    """``text`` with our own script forms written as their letters, for formats of plain text ("Rf value")."""
    return text if text.isascii() else text.translate(_AS_LETTERS)


_AS_LETTERS = str.maketrans(DRAWN_FORMS)


NO_BREAK_SPACE = "\u00a0"
"""What a space inside a formula becomes, so the formula is one unit for line breaking."""

GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς",
    "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
    "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}
"""Greek letter commands; a space typed after one is LaTeX's separator, not text (``\\Delta T`` → ΔT)."""

LETTERLIKE = {
    "partial": "∂", "nabla": "∇", "infty": "∞", "ell": "ℓ", "hbar": "ℏ", "degree": "°", "circ": "∘",
    "prime": "′", "angle": "∠", "sum": "∑", "int": "∫", "oint": "∮", "prod": "∏",
    "sin": "sin", "cos": "cos", "tan": "tan", "log": "log", "ln": "ln", "exp": "exp", "lim": "lim",
    "max": "max", "min": "min",
}
"""Commands that stand for a symbol or a function name; like Greek, the space after them is a separator."""

OPERATORS = {
    "times": "×", "div": "÷", "pm": "±", "mp": "∓", "cdot": "·", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
    "neq": "≠", "ne": "≠", "approx": "≈", "sim": "∼", "equiv": "≡", "propto": "∝", "to": "→",
    "rightarrow": "→", "leftarrow": "←", "leftrightarrow": "↔", "Rightarrow": "⇒", "Leftarrow": "⇐",
    "Leftrightarrow": "⇔", "rightleftharpoons": "⇌", "uparrow": "↑", "downarrow": "↓", "in": "∈",
    "therefore": "∴", "perp": "⊥", "parallel": "∥", "ldots": "…", "cdots": "⋯",
    "cap": "∩", "cup": "∪", "mid": "|", "notin": "∉", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
    "supseteq": "⊇", "setminus": "∖", "emptyset": "∅", "varnothing": "∅", "neg": "¬", "land": "∧", "lor": "∨",
    "forall": "∀", "exists": "∃", "ll": "≪", "gg": "≫", "cong": "≅", "triangle": "△",
}
"""Commands for operators, relations and arrows; spaces around them are kept as typed."""

SPACES = {",": NO_BREAK_SPACE, " ": NO_BREAK_SPACE, ";": NO_BREAK_SPACE, ":": NO_BREAK_SPACE,
          "quad": NO_BREAK_SPACE, "qquad": NO_BREAK_SPACE}
"""Spacing commands: each is one no-break space."""

ESCAPED = {"$": "$", "%": "%", "{": "{", "}": "}", "&": "&", "#": "#", "_": "_"}
"""``\\$`` and friends inside maths: the character itself."""

ACCENTS = {"bar": "\u0304", "overline": "\u0304", "vec": "\u20d7", "hat": "\u0302", "dot": "\u0307",
           "ddot": "\u0308", "tilde": "\u0303"}
"""Accent commands, to the combining mark put after each character of their argument."""

VULGAR_FRACTIONS = {
    ("1", "2"): "½", ("1", "3"): "⅓", ("2", "3"): "⅔", ("1", "4"): "¼", ("3", "4"): "¾", ("1", "5"): "⅕",
    ("2", "5"): "⅖", ("3", "5"): "⅗", ("4", "5"): "⅘", ("1", "6"): "⅙", ("5", "6"): "⅚", ("1", "7"): "⅐",
    ("1", "8"): "⅛", ("3", "8"): "⅜", ("5", "8"): "⅝", ("7", "8"): "⅞", ("1", "9"): "⅑", ("1", "10"): "⅒",
}
"""Fractions Unicode has one character for."""

ROOTS = {"": "√", "3": "∛", "4": "∜"}
"""Radical signs by index (``\\sqrt[3]{x}``)."""
