"""Calculations: a card's worked example with its result taken out, for the student to work out.

A maths or science card shows its method on an example ("e.g. r = 6 cm → A =
36π = 113.1 cm²"). Its givens, the quantity asked and the result's unit make a
question a teacher would set ("Area of a circle: r = 6 cm → A = ____ cm²"),
and the working is the key's mark scheme. Only an example whose givens are
plain values (no working of their own, no question or tip) and whose result is
one number is asked: anything else could be read two ways.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ....source._scripts import VULGAR_FRACTIONS
from ....source.model import Card, Pack, Point, Span
from ...labels import Labels
from .equations import Solved, solved
from .arithmetic import evaluated
from .formula_mass import FormulaMass, formula_mass, given_masses, symbols
from .kinds import MONTH_WORDS, is_element
from .material import Candidate, Material, shares_a_word, title_topic
from .questions import Calc, PointRef, Segment, plain
from .roles import is_scaffolding, points_elsewhere, printed_title
from .words import ARROW, YEAR, capitalised, content_words

_LEAD = re.compile(r"(?i)^\W*(?:(?:a\s+)?worked\s+example|example|for\s+example|e\.?\s?g\.?|try\s+(?:it|this)|"
                   r"[^\W\d_]+\s+example(?=\s*[:–—-])|"  # ("Recipe example: …", "Speed example – …")
                   r"your\s+turn|now\s+you\s+try)"
                   r"(?:\s*\d+\b(?=\s*(?:[:)(–—-]|\.\s)))?"  # ("Example 2:", "Example 5 (background):", not the 5 of
                   # "e.g. 5 m ladder")
                   r"(?:\s*\([^()]*\))?\s*[:–—-]?\s*")
_CASE_LABEL = re.compile(r"(?i)^\W*(?:(?:a\s+)?worked\s+example|example)(?:\s*\d+)?\s*"
                         r"\(([^\W\d_]+(?:[ -][^\W\d_]+){0,2})\)\s*[:–—-]")
"""An example labelled with what it is of ("Example (cylinder):", "Example 2 (sphere SA):")."""
_NOT_A_CASE = frozenset({"background", "harder", "easier", "higher", "foundation", "exam style", "exam-style",
                         "extension", "challenge", "stretch", "simple", "basic", "hard", "easy", "tricky", "method",
                         "answer", "model answer", "worked", "calculator", "non-calculator", "optional", "recap",
                         "rearranging", "rearranged", "rearrange", "backwards", "working backwards", "reverse"})
"""Labels that say how hard an example is, what it is for or how it is worked, not what it is of."""


def _example_of(text: str) -> str:
    """What a worked example's label says it is of ("cylinder" of "Example (cylinder): …"); "" where it says
    nothing of that."""
    found = _CASE_LABEL.match(text)
    return found.group(1) if found and found.group(1).casefold() not in _NOT_A_CASE else ""


_EXAMPLE = re.compile(r"(?i)(?<!\w)e\.\s?g\.?(?=\s)")
_SO_WORKED = re.compile(r",\s+so\s+(?=(?:the\s+)?[^\W\d_]{3,}(?:\s+[^\W\d_]{2,}){0,3}\s+(?:=|is)\s+[£$€]?[\d(√])")
"""", so" before the quantity a line works out ("…, so the original price = 56 ÷ 0.7 = £80", "…, so the percentage
error is 2 ÷ 80 × 100 = 2.5%")."""
_ASKED_NEXT = re.compile(r"\.\s+(?:For|At|If|With)\s+\d[^.;→]{0,30}→")
"""A second sentence that sets the case the sum is worked for ("… serves 4 people. For 10 people → …")."""
_LABEL = re.compile(r"^([^\W\d][^\d–—:=→]{0,24}?)\s+[–—]\s+|^([^\W\d][^\d–—:=→]{0,24}?):\s+")
"""A label before a line's text ("Cylinder – two circles + …", "Daisies counted: 3, 5, …")."""
_METHOD_LABEL = re.compile(r"(?i)^\W*(?:backwards|reverse|check|method|working|answer|worked(?:\s*\([^()]*\))?|"
                           r"rearrang(?:e|ed|ing)(?:\s+(?:it|the\s+formula|the\s+equation))?)"
                           r"\s*[–—:-]\s*")
"""A label that names only the step ("Backwards – C = 40 cm", "Worked –"), left off the givens, as is a label of
advice ("Units must match first – 45p as …"); any other says what the givens are ("Daisies counted: 3, 5, …",
"Profit – bought for £40")."""
_SYMBOL = (r"(?:P\([^()=→]{1,30}\)|p(?:H|OH|K[aₐbw]?)|\[[^\[\]=→]{1,12}\]|d[²³]?[A-Za-z]/d[a-z][²³]?|\|[A-Za-z]{1,2}\|"
           r"|[a-z]['′″]{1,2}\([^()=→]{1,12}\)|Δ[A-Za-zθ][₀-₉\u2090-\u209c\u1d62-\u1d6a]{0,8}"
           r"|[A-Za-zα-ωΔθλπρ](?:[₀-₉\u208d\u208e\u2090-\u209c\u1d62-\u1d6a\ue000-\ue03f]{1,6}|(?:[₀-₉0-9]|[a-z]){0,3})"
           r"|[A-Za-z][a-z]{1,}(?:\s[a-z]{2,})?|[A-Z]{1,3}:[A-Z]{1,3}|[A-Z]{2,4})")
"""A quantity's symbol, with its subscript if any ("L_f" in any of its forms, "c_ice", "v₂", "KE"), a probability
("P(rain)", "P(A ∩ B)"), a ratio ("SA:V"), a concentration or its logarithm ("[H⁺]", "pH", "pKa"), a derivative
("dy/dx", "f′(x)"), a change ("ΔH", "ΔSₜₒₜₐₗ"), a bracketed subscript ("Eₖ₍ₘₐₓ₎"), a vector's size ("|a|")."""
_NUMBER = r"[-−]?\d[\d,]*(?:\.\d+)?(?:\s\d{3}(?!\d))*"
_ASSIGNMENT = re.compile(rf"(?<![\w.])({_SYMBOL})\s*=\s*[£$€]?\+?{_NUMBER}"
                         r"(?:\s*[^\s\d,;=→]{1,8}(?:/[^\s\d,;=→]{1,4})?"
                         r"(?:\s°?[A-Za-z]{1,3}(?:⁻[¹²³])?){0,2})?"  # ("J/kg °C", "kJ K⁻¹ mol⁻¹")
                         r"(?=\s*(?:,|;|:\s|\)|\b(?:and|in|for|at|with|over|across|through|of)\b|\.(?:\s|$)|$))")
"""A given written as a value ("r = 6 cm", "θ = 80°", "f = 500 Hz", "k = 40 N/m.", "E = 36 000 J in t = 60 s",
"sector area 30 cm², r = 6 cm: …")."""
_WORKING = re.compile(r"[×÷+*√^]|\d\s*[-−–/]\s*\d|=")
"""Arithmetic: givens holding it are half the working, and ask nothing."""
_NOT_GIVENS = re.compile(r"[?!✓✗…⁺⁻]|\.\.\.|\b(?:if|not|same|instead|so|must|divide|multiply|use|ratio|quicker|"
                         r"easier|simpler|shortcut|alternatively)\b", re.I)
_SEQUENCE_GOES_ON = re.compile(r"((?:[−-]?\d+(?:\.\d+)?,\s*){2,}[−-]?\d+(?:\.\d+)?)\s*,?\s*(?:…|\.\.\.)")
"""A sequence's terms and the dots saying it goes on ("5, 9, 13, 17 …")."""
_COUNTED_SHARE = re.compile(r"(\d+)\s+of\s+(?:the\s+|them\s+)?(\d+)\b")
"""A share the givens count out ("3 of the 6 numbers")."""
_FRACTION = r"\d+/\d+"
"""A result written as a fraction ("5/12"): a probability's usual form, kept as written."""
_TIMES_TEN = r"\s*×\s*10[⁻−-]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+"
"""A power of ten after a figure: the figure is in standard form ("4.9 × 10⁻⁷")."""
_RESULT = re.compile(rf"^(?P<before>.*?)(?P<currency>[£$€]?)(?P<number>{_FRACTION}(?![\d.])|{_NUMBER}(?:{_TIMES_TEN})?)"
                     r"(?P<unit>[^\d=]{0,24})$")
_PRECISION = re.compile(r"\((?:to\s+)?[^()]*(?:d\.\s?p\.?|s\.\s?f\.?|decimal place|significant|nearest)[^()]*\)", re.I)
_ASIDE = re.compile(r"\s*\([^()]*\)[\s.]*$")
_TRIAL = re.compile(r"(?i)\b(?:not enough|too (?:small|big|low|high|much|few|many)|not (?:yet|quite)|nearly|close|"
                    r"try again|too far)\b")
"""An aside that marks a result as a trial ("(not enough)"): trial and improvement goes on past it."""
"""Brackets after a result: how to round it ("(1 d.p.)"), or an aside ("(126 kJ)")."""
_UNIT = re.compile(r"^\s*(?:%|°C?|[^\W\d_]{1,6}(?:[²³]|/[^\W\d_]{1,3}[²³]?|\s?[⁻¹²³]+)?)?(?:\s(?:°C|[^\W\d_]{2,12})){0,2}\s*$")
_SI_UNIT = re.compile(r"\s*°?[^\W\d_]{1,3}(?:⁻?[¹²³])?(?:[\s·]°?[^\W\d_]{1,3}(?:⁻?[¹²³])?){1,3}\s*")
"""A unit written as SI symbols with powers ("m s⁻¹", "kg m s⁻¹", "J kg⁻¹ °C⁻¹"): one unit, though spaced."""
_UNIT_POWER = re.compile(r"(?<=[^\W\d_])⁻[¹²³]")
"""A unit's negative power ("s⁻¹"), no charge: a charge's sign follows its figure ("O²⁻") or stands alone ("Cl⁻")."""


def _is_unit(text: str) -> bool:
    """Whether ``text``, after a result's figure, is its unit and nothing more."""
    return bool(_UNIT.match(text) or _SI_UNIT.fullmatch(text) and (
        _UNIT_POWER.search(text) or set(re.findall(r"[^\W\d_]+", text)) <= _SI_SYMBOLS))


_SI_SYMBOLS = frozenset({"m", "s", "kg", "g", "N", "J", "W", "V", "A", "Ω", "C", "K", "mol", "Pa", "Hz", "T", "F",
                         "cm", "mm", "km", "dm", "kJ", "kW", "h"})
"""Units that multiply into one without a power ("Ω m", "N m", "kW h")."""
_EQUATION_SIDE = re.compile(r"\s*\d*[A-Z][a-z]?[A-Za-z₀-₉()]*(?:\s*\+\s*\d*[A-Z][a-z]?[A-Za-z₀-₉()]*)+\s*")
"""The products of a reaction between two arrows ("→ CaO + CO₂ →")."""
_OF_SUBSTANCE = re.compile(r"\s*(?:mg|g|kg|t|mol|cm³|dm³|m³)\s+"
                           r"[A-Z][a-z]?(?:[A-Z][a-z]?|[₀-₉]|\([A-Z][a-z]?[₀-₉]*\))*\s*")
"""A unit and the formula of what it measures ("g Cu", "dm³ Cl₂"): a mass or volume of a named substance."""
_SUBSCRIPTED = re.compile(r"(?<!\w)[A-Z][ₐₑₒₓₕₖₗₘₙₚₛₜᵢᵣᵤᵥ]+(?!\w)")
"""A quantity's symbol with a letter below ("Aᵣ", "Mᵣ"), as a title names what its examples work out."""
_LABEL_WORDS = 3
"""A line's label is a method's name ("Cylinder", "Sector area"); a longer opening is a sentence of its own."""
_MIN_WORDS = 3
"""Givens of fewer words than this ("50 s", "9 values") say too little on a sheet that does not print the card."""


@dataclass(frozen=True)
class Worked:
    """A worked example read apart: what is given, what is asked, and the result."""

    context: str
    """What it is about: the line's own term ("Cylinder") or its card's title."""
    givens: str
    """The values given ("r = 6 cm, h = 10 cm")."""
    asked: str
    """What the result is ("A = ", "overall a "), or empty."""
    currency: str
    """A sign before the result (£), printed before the line."""
    number: str
    """The result: the answer."""
    unit: str
    """The result's unit, printed after the line ("cm²")."""
    precision: str
    """How to round it, where the card says ("(1 d.p.)")."""
    working: str
    """The example as the card works it, for the key."""
    arrow: bool = True
    """Whether the stem joins the givens to the line with an arrow, as the card wrote them ("r = 6 cm → A = …"); a
    question the card asks ends where it ends ("Find c. c = …")."""
    more: tuple[tuple[str, str], ...] = ()
    """Further results asked after the first, each as what it is and its figure (("y = ", "2") after "x = 4" for
    simultaneous equations)."""

    @property
    def result(self) -> str:
        """The answer as the key prints it ("£45.50", "113.1 cm²", "35.0°", "x = 4, y = 2")."""
        if self.more:
            return ", ".join(f"{asked}{number}" for asked, number in ((self.asked, self.number), *self.more))
        return f"{self.currency}{self.number}{self.spacing}{self.unit}"

    @property
    def spacing(self) -> str:
        """What goes between the result and its unit: nothing before % or °, else a space."""
        return "" if self.unit[:1] in ("", "%", "°") else " "


def worked(point: Point, title: str, before: Point | None = None) -> Worked | None:
    """The worked example ``point`` holds, read apart; None where it is not one that can be asked fairly.

    ``before`` is the point above it on its card: an example that opens its line ("e.g. r = 3, h = 10 → …") works
    the method that point names ("Cylinder – two circles + …")."""
    so = _SO_WORKED.search(point.text) if not ARROW.search(point.text) else None
    if so:  # "a coat costs £56 in a 30% off sale, so the original price = 56 ÷ 0.7 = £80": "so" leads to the
        point = _spliced(point, so.start(), so.end(), " → ")  # quantity worked out, as an arrow would
    verdict = re.search(r"\s*→\s*[^\W\d_][^\d→=()]{0,40}(?:\([^()]*\))?[\s.]*$", point.text)
    if verdict and re.search(r"\d\s*%?$", point.text[:verdict.start()]):  # "YED = 12 ÷ 5 = +2.4 → luxury": what the
        point = _spliced(point, verdict.start(), len(point.text), "")  # figure means, after the sum is done
    arrows = list(ARROW.finditer(point.text))
    signed = [found for found in re.finditer(r"=\s*\**(\+)(?=\d)", point.text)
              if not arrows or found.start() > arrows[-1].start()]  # (a given's sign, "other steps = +376 →", stays)
    if signed:  # "= +25%": the sign of a rise, which the stem's blank leaves to the answer
        point = _spliced(point, signed[-1].start(1), signed[-1].end(1), "")
    text = point.text
    if re.match(r"(?i)\W*(?:now|then|next|after that|finally)\b", text):
        return None  # "Now add thinking distance – reaction time 0.7 s → stopping distance = 54 m": the sum goes on
        # from the line before, whose figures the sheet does not print
    if re.search(r"=\s*\**\d+(?:,\d){2,}\**\s*$", text):
        return None  # "sodium, 11 electrons → 2 + 8 + 1 = 2,8,1": an electron arrangement is recalled, not worked
    if not ARROW.search(text) or any(formula.fractions for formula in point.formulas) or points_elsewhere(text) \
            or is_scaffolding(_LEAD.sub("", text, count=1)):  # ("Aside – x = 0.9̇ → … so x = 1": a curiosity, no
        # question; "Example 1: …" is no practice question set, but an example worked)
        return None  # (nor "e.g. the 6 Ω branch above — 2 A, 12 V → …": its circuit is on another line)
    example = _EXAMPLE.search(text)
    opens_line = example is not None and not text[:example.start()].strip(" –-:")
    borrowed = ""  # the label of the line above, where the example works its formula
    start = example.end() if example else 0
    start += len(text[start:]) - len(_LEAD.sub("", text[start:], count=1))
    label = _METHOD_LABEL.match(text[start:])
    if label:
        start += label.end()
    else:
        label = _LABEL.match(text, start)
        if label and (_NOT_GIVENS.search(label.group(0)) or re.match(r"(?i)\W*(?:divide|multiply|add|subtract|use)\b",
                                                                     label.group(0))
                      or re.fullmatch(r"(?i)\W*(?:q|question|ex)\.?", label.group(1) or label.group(2) or "")):
            start = label.end()  # (and "Q – Pushing a broken-down car …": the label of a question, no given)
    end = _clause_end(text, start)
    results = [span for span in point.terms if re.search(r"\d", text[span.start:span.end])]
    if results and not any(start <= span.start and span.end <= end for span in results):
        end = _clause_end(text, next((span.end for span in results if span.start >= end), end))  # "10 % = £6, so
        # 30 % = £18; 5 % = £3 → 35 % = 18 + 3 = **£21**": the sum runs on past the semicolon to its bolded result
    cuts = _top_level_arrows(text, start, end)
    if len(cuts) < 2 and _ASKED_NEXT.match(text, end):
        end = _clause_end(text, _ASKED_NEXT.match(text, end).end())  # "300 g flour serves 4 people. For 10 people →
        cuts = _top_level_arrows(text, start, end)  # 300 ÷ 4 × 10 = 750 g": the case asked, a sentence of its own
    if len(cuts) < 2:
        return None
    givens = text[cuts[0][0]:cuts[0][1]].strip(" ,:;–-")
    if len(cuts) > 2:
        middle = text[cuts[1][0]:cuts[1][1]]
        brought = re.match(r"\s*[\d.,]+\s*([^\W\d_]{1,4}[²³]?)(?![^\W\d_])", middle)
        if brought and len(re.findall(rf"\d\s*{re.escape(brought.group(1))}(?![^\W\d_])", middle)) >= 2 \
                and not re.search(rf"\d\s*{re.escape(brought.group(1))}(?![^\W\d_])", givens):
            return None  # "1 vol N₂ : 3 vol H₂ : 2 vol NH₃ → 10 dm³ N₂ + 30 dm³ H₂ → 20 dm³ NH₃": the amounts worked
            # from come after the first arrow, and the stem would print the ratio alone
    figures = re.sub(r"(?i)\b(?:stage|step|part|phase|fig(?:ure)?|table|card|question|q|lesson|chapter|paper)\s*\d+\b",
                     "", givens)
    if not re.search(r"(?<![^\W_])\d", figures) and not re.search(r"[=+−×÷]", givens):
        return None  # "Access – on the A14/M11 → London approx 1 hr by rail", "Stage 1 (interphase): … DNA
        # replicates → each chromosome now 2 copies": a road's or a stage's number is no given, and the figure
        # after the arrow is recalled, not worked out
    if any(_EQUATION_SIDE.fullmatch(text[begin:finish]) for begin, finish in cuts[1:]):
        return None  # "25 g CaCO₃ (Mᵣ 100); CaCO₃ → CaO + CO₂ → n = …": the arrow is a reaction's, and cut there the
        # stem would read "CaCO₃ → ____ g CaO"
    if re.match(r"\s*[−-]?[\d.,]+\s*(?:°\s*C|[^\W\d_]{1,4}(?:\^?[23]\^?|[²³])?)?\s*(?:\bso\b|[,;]|\.\s|$)",
                text[cuts[1][0]:cuts[1][1]]) and (len(cuts) > 2 or re.search(r"\bso\b|[,;]", text[cuts[1][0]:end])):
        return None  # "water level 35 cm³ → 55 cm³ so V = 20 cm³", "20 °C → 100 °C so Δθ = 80 °C", "basin = 45.20 g,
        # after evaporating 50 cm³ → 45.26 g. Solids = …": the arrow reads "to", and the stem would lose the second
        # value
    if not opens_line:
        context = _named(point, example.start()) if example else ""  # "**Cylinder** – V = πr²h. e.g. …"
        lead = text[:example.start()].strip(" –—-:") if example else ""
        if not context and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){0,2}", lead) \
                and not set(lead.casefold().split()) & _NO_TOPIC:
            context = lead  # "Tower – e.g. distance from base = 20 m, elevation = 52° → height = …": what it is about
    elif before is not None and not re.search(r"[^\W\d_]{4,}", givens):
        context = borrowed = _label(before.text)  # "e.g. r = 3, h = 10 → …" under "Cylinder – two circles + …"
        if context.split()[:1] and context.split()[0].casefold() in _NO_TOPIC or _EXAMPLE.match(context):
            context = borrowed = ""  # "Also in g/cm³ – 1 g/cm³ = 1000 kg/m³": a note on the line before, no topic;
            # "e.g. B: 20% ¹⁰B, …" is another example, its label that example's own
        if _BARE_LABEL.fullmatch(context.strip()):
            context = ""  # "Formula – m = …" names no topic: "Formula: (1, 3) and (4, 9) → m =" would leave the
            # student the label and not the formula
        rule = re.search(r"=\s*([^=→]*[+−×÷][^=→]*)$", before.text)
        if rule and set(re.findall(r"[+−×÷]", text[cuts[1][0]:])) - set(re.findall(r"[+−×÷]", rule.group(1))):
            context = borrowed = ""  # "e.g. P(A ∩ B) = 0.2 → 0.5 + 0.4 − 0.2" under "Mutually exclusive – … P(A or B)
            # = P(A) + P(B)": the working takes away what the rule above only adds
        functions = {found.casefold() for found in _FUNCTION.findall(before.text)}
        if functions and not functions & {found.casefold() for found in _FUNCTION.findall(text)}:
            context = borrowed = ""  # "e.g. A = 40°, a = 8 cm, B = 65° → 8 × sin 65° ÷ sin 40°" under "Cosine rule –
            # a² = b² + c² − 2bc cos A": the working uses another rule than the line above
    else:
        context = ""  # "e.g. triangle with angles 48° and 67°": the givens say what they are about, so the line above
        # ("Isosceles triangle – …") names another shape
    context = (context or _topic(title)).strip(" –-:")

    case = _example_of(text) if not example else ""
    if case and not {word.rstrip("s") for word in case.casefold().split()} \
            & {word.rstrip("s") for word in re.findall(r"[^\W\d_]+", context.casefold())}:
        context = f"{context} ({case})"  # "Example (cylinder): V = 1000 cm³, r = 5 cm → h = …" under "Working
        # backwards": which solid, only the label says (a cone's h is another)
    if re.search(r"(?i)\s(?:and|&|vs\.?|or)\s", context) \
            and (_MEASURE_ASKED.search(text) or re.search(r"=\s*\**\s*[£$€][^=]*$", text)) \
            and not {word[:6].rstrip("s") for word in re.findall(r"[^\W\d_]{4,}", context.casefold())} \
            & {word[:6].rstrip("s") for word in re.findall(r"[^\W\d_]{4,}", givens.casefold())} \
            and not _SAYS_WHICH.search(givens):
        return None  # "Semicircles and quarter circles: radius 4 cm → area = ____", "Compound interest &
        # depreciation: £2000 at 3% for 4 years → £____": which of the two, nothing says (where "a £80 coat goes up
        # by 15%" says it)
    bare_title = bool(_BARE_LABEL.fullmatch(context))
    if bare_title:
        context = ""  # "Equations: 2 A for 30 s → ____ C" names no topic: printed bare, the stem must name what it asks
        # in words (below), as "Aᵣ Na = 23, 4.6 g Na → moles = ____ mol" under "Worked examples" does
    if re.search(r"(?<![\w⁻¹)])\(\s*\d\s*\)|\beq(?:uation)?\.?\s*\d\b", text[:cuts[-1][0]]):
        return None  # "Sub into (2) → a + 10 = 18 → a = ____": equation (2) is on another line
    unknown = _unknown(givens)
    if not unknown and not _fair_givens(givens):
        return None
    if not re.search(r"\d", _DATE.sub("", givens)):
        return None  # "Night of 7 Aug → English sent in 8 fireships": a date, then a fact; nothing is worked
    if example and re.search(r"\d", re.sub(r"[×÷*/]\s*[\d.]+", "", text[:example.start()])):
        return None  # "Bacteria split every 20 min … e.g. 1 cell after 3 hours → 2⁹ = 512": the rate is not in the stem
    result = _result(point, cuts[-1][0], end)
    if result is None:
        return None
    value_start, value_end, precision = result
    working = text[cuts[1][0]:value_start]
    last = text[cuts[-1][0]:value_start]
    amount = re.match(r"\s*([\d.,]+\s*(?:g|kg|mg|t|cm³|dm³|m³|ml|l|mol))\s+[^\W\d_]{3,}\s+(?:gives|makes|produces|"
                      r"forms|yields)\b", last)
    if amount and not re.search(rf"(?<![\d.]){re.escape(amount.group(1))}(?![^\W\d_])", givens):
        return None  # "Mᵣ glucose = 180, Mᵣ ethanol = 46 → 180 g glucose gives 2 × 46 = 92 g": the amount worked
        # from stands after the arrow, and the stem would leave it out
    if re.search(r";\s*[^;→]*?[^\W\d_]\s*=\s*[£$€]?\d[^;→]*→", working):
        return None  # "Q = 10,000, TC = £50,000 → AC = £5; Q = 20,000, TC = £110,000 → AC = £5.50": a second
        # example with givens of its own, which the stem (the first one's) leaves out
    value = _RESULT.match(text[value_start:value_end].strip())
    if not value or not _is_unit(value.group("unit")) or re.search(r"[π₀-₉⁺⁰¹²³⁴⁵⁶⁷⁸⁹]", value.group("unit")[:1]) \
            or re.search(r"[π₀-₉⁺]", value.group("unit")) and not _OF_SUBSTANCE.fullmatch(value.group("unit")):
        # ("× ____ ⁴": the power printed after the blank; "____ g Al₂O₃" is a mass of a substance)
        return None
    if re.search(r"[×÷*/+]\s*$", last + value.group("before")):
        return None  # "increase by 15% → × **1.15**": a figure to multiply by, recalled, not worked out
    if re.match(r"\**\s*(?:in|for|of)\s+[^\W\d_]*\w", text[value_end:]):
        return None  # "chlorine-35 and chlorine-37 → neutrons = 37 − 17 = 20 in Cl-37": which of the two the result is
        # of, only the words after it say, and the stem ends at the blank
    if re.search(r"(?i)\b(?:use|choose|pick|select|fit)\s+(?:an?\s+|the\s+)?$", last + value.group("before")):
        return None  # "kettle 2.3 kW on 230 V → use ____ A fuse": a choice among ratings the stem does not list
    if not value.group("unit").strip() and not value.group("currency") \
            and not re.search(r"[×÷*/+−=√^]|\d\s*-\s*\d", working + last + value.group("before")):
        return None  # "0.1 mol/dm³ HCl → pH ____": a bare figure with no sum to reach it is recalled, not worked
    asked = _asked(last, value.group("before").strip(), text[cuts[0][1]:cuts[-1][0]], givens)
    if asked is None:
        return None
    if re.fullmatch(r"(?i)ratio", asked.strip(" =")) and not re.search(r"(?i)\bratio\b", f"{context} {givens}"):
        return None  # "Nanoparticles: cube of side 10 nm → ratio = ____ nm⁻¹": which ratio (surface area to volume),
        # only the line above says
    if bare_title and not re.search(r"[^\W\d_]{3,}", asked):
        return None  # "2 A for 30 s → Q = ____ C" under "Equations": a symbol, which only the card's equation said
    if asked.strip(" =").casefold() in _BARE_AMOUNTS and any(
            named.casefold() not in _BARE_AMOUNTS and named.casefold() not in givens.casefold()
            for named in re.findall(r"([^\W\d_]{4,})\s*=", working)):
        return None  # "90 g glucose, Mr = 180 → … → ethanol = 2 × 0.5 = 1 mol → mass = ____ g": the mass of which
        # substance, only the working names
    if re.search(r"(?i)\b(?:other|remaining)\s+[^\W\d_]+\s*=", givens):
        return None  # "ΔfH = −411, other steps = +376 → lattice enthalpy = ____": which steps, only the line above
        # says
    asked_for = asked.strip(" =")
    rule = re.search(r"([^\W\d_][^\s=]*)\s*=\s*([^–—:]+)", printed_title(title)) if not context else None
    if rule and re.fullmatch(r"[A-Za-z]", asked_for) and asked_for in re.findall(r"[A-Za-z]", rule.group(2)):
        return None  # "v = 10 m/s, u = 4 m/s, a = 3 m/s² → s = ____" under "Worked example with v² = u² + 2as": the
        # rule must be turned round for s, and the stem may not print it (a title's "F = ma" asks F as it stands)
    if asked_for.casefold() in ("moles", "n", "number of moles", "amount") and any(
            is_element(word) and word.casefold() not in givens.casefold()
            for word in re.findall(r"[A-Za-z]{4,}", title)):
        return None  # "4.6 g Na, Aᵣ = 23 → moles = ____" under "Hydrogen from sodium": moles of sodium, or of the
        # hydrogen the title names, nothing says
    if (asked_for in ("P", "E", "V") or not asked_for and re.fullmatch(r"[kmM]?[VWJ]", value.group("unit").strip())) \
            and len(re.findall(r"\d\s*[kMmµ]?Ω", givens)) >= 2:
        return None  # "ε = 6.0 V, r = 2.0 Ω, R = 2.0 Ω → P = ____ W": the power in the load, in the cell or in all,
        # nothing says which; "9 V across 2 kΩ and 1 kΩ in series → ____ V": across which resistor
    if re.search(r"(?i)\bscale\s+factor\b", asked) and not _DIRECTION.search(f"{context} {givens}"):
        return None  # "AB = 4 cm, PQ = 10 cm → scale factor = ____": 2.5 or 0.4, as nothing says which shape is the
        # enlargement of which
    if not asked and value.group("unit").strip() == "mol" and len(cuts) > 2:
        return None  # "3.40 g H₂O₂, Mᵣ = 34.0 → ____ mol": moles of the peroxide or, two steps on, of the oxygen
    if not asked and value.group("unit").strip() in ("g", "kg", "mg", "t", "tonnes") and len(cuts) > 2 \
            and not re.match(r"\**\s*(?:of\s+)?[A-Za-z]", text[value_end:]) \
            and len({found for found in _FORMULA.findall(givens) if re.search(r"[a-z₀-₉]|[A-Z]{2}", found)}) >= 2:
        return None  # "5.6 g Fe added to excess CuSO₄, Aᵣ Fe = 56, Cu = 63.5 → … → ____ g": the mass of which
        # substance, nothing says
    labels = {label.strip().casefold() for label in re.findall(r"(?:^|\band\b)\s*([^\W\d_][^=→,;]{0,24}?)\s*=",
                                                               text[cuts[1][0]:value_start])}
    if len(labels) > 1:
        return None  # "3 red, 5 blue and 2 green counters → P(blue) = 5/10 = 1/2 and P(not green) = … = 4/5": two
        # quantities worked out, and the stem would ask the first and key the last
    if borrowed and re.fullmatch(r"[a-z]{3,}(?: [a-z]+)?", asked.strip(" =")) \
            and asked.strip(" =") not in borrowed.casefold():
        context, borrowed = _topic(title).strip(" –-:"), ""  # "Mode – the most common value", then "e.g. 3, 5, 5, 8,
        # 9 → mean = ____": the line above names another quantity than the one asked
    named = re.match(r"\W*([^\W\d_]{3,}(?: [^\W\d_]+){0,3})\s*=", text[:example.start()]) if example else None
    if not asked and named:  # "Efficiency = (…) × 100. e.g. 100 kg of rabbit from 1000 kg of grass → 10%": the
        # stem says what it asks ("→ efficiency = ____%")
        asked = f"{named.group(1).strip()[:1].lower()}{named.group(1).strip()[1:]} = "
    above = re.match(r"\W*([A-Z]{2,5})\s*=", before.text) if before is not None and opens_line else None
    if not asked and above and above.group(1).casefold() not in givens.casefold():
        asked = f"{above.group(1)} = "  # "BMI = mass ÷ height²" then "e.g. mass 90 kg, height 1.80 m → …": the
        # stem asks "→ BMI = ____ kg/m²", as the line above names it
    symbols = set(_SUBSCRIPTED.findall(_topic(title)))
    if not asked and len(symbols) == 1 and not symbols & set(_SUBSCRIPTED.findall(givens)):
        asked = f"{symbols.pop()} = "  # "e.g. Li: 7.5% ⁶Li, 92.5% ⁷Li → 6.9" under "Worked examples – Aᵣ from
        # two isotopes" asks "→ Aᵣ = ____", the quantity its title names
    if not asked and value.group("currency") and re.search(r"(?i)\b(?:interest|compound|invest\w*|savings?|loan|"
                                                           r"account)\b", f"{context} {givens}"):
        return None  # "Compound interest: £2000 at 3% compound for 4 years → £____": the amount at the end or the
        # interest earned, nothing says which
    alike = re.fullmatch(r"\s*[\d.,]+\s*([^\W\d_]{1,3})\s*(?:(?:,|and|&)\s*[\d.,]+\s*\1\s*)+", givens)
    length = value.group("unit").strip() in ("mm", "cm", "m", "km")
    unit_given = length and re.search(rf"\d\s*{re.escape(value.group('unit').strip())}(?![^\W\d_²³])", givens) \
        and re.search(r"\d\s*(?:mm|cm|m|km)\s*(?:[²³]|\^?[23])", givens)
    if not asked and unit_given and not _QUANTITY_NAMED.search(f"{context} {givens}"):
        return None  # "Triangle: area 35 cm², base 10 cm → ____ cm": a length from an area and a length, and which
        # length (the height) nothing says
    if not asked and alike and alike.group(1) == value.group("unit").strip():
        return None  # "Pythagoras' theorem: 6 cm, 8 cm → ____ cm": figures of the answer's unit and nothing else, so
        # which side is asked, or which the 8 cm is, nothing says
    if not asked and not value.group("currency") and re.search(r"\s(?:and|&)\s", context) \
            and not _counts_things(value.group("unit")) and not _converts(givens, value.group("unit")) \
            and not (value.group("unit").strip() == "%" and _SAYS_WHICH.search(givens)) \
            and not set(re.findall(r"[^\W\d_]{4,}", value.group("unit").casefold())) \
            & set(re.findall(r"[^\W\d_]{4,}", context.casefold())):  # ("→ 3% growth" under "growth rates and real
        # GDP": the unit's word says which)
        return None  # "Heart rate and cardiac output: stroke volume 70 cm³, heart rate 72 beats/min → ____ cm³/min",
        # "Pyramids of biomass and efficiency: 1500 kg of grass, 120 kg of rabbits → ____%": which of the two is asked,
        # nothing says (a price's "£" says it is the price: "Percentage increase and decrease: £240 increased by 15%",
        # and a unit that is a word says what is counted: "→ ____ neutrons")
    if any(re.search(rf"(?<![\d.]){share.group(1)}\s*/\s*{share.group(2)}(?![\d.])", working)
           for share in _COUNTED_SHARE.finditer(givens)):
        return None  # "3 of the 6 numbers are prime → P(prime) = 3/6": the givens have done the counting asked for
    symbol = asked.strip(" =")
    if re.fullmatch(r"[A-Za-z]", symbol) and not re.search(rf"\b{symbol}\b", givens) and re.search(
            rf"[×÷*/+−-]\s*{symbol}\b|\b{symbol}\s*[×÷*/+−]", working):
        return None  # "300 N child 2.0 m left of the pivot; 400 N child on the right → 300 × 2.0 = 400 × d → d = ____":
        # the working sets up an equation for d, which the stem neither names nor says must balance
    if not asked and "?" in context:
        return None  # "Why can't you just take 20% off the sale price?: coat costs £64 after 20% off → £____": a
        # question for a title names no quantity, and the sale price fits the line as well as the original
    if not context and not asked or _labelled_otherwise(givens, asked) \
            or borrowed and asked.strip(" =") in _QUANTITIES.values() and _labelled_otherwise(f"{borrowed} – ", asked):
        return None  # "2 A for 30 s → ____ C" under "Q = I t": with the equation off the sheet, nothing names what is
        # asked; "Cost – a 1.5 kW heater on for 4 hours → E = ____ kWh", or "Area: r = 3 cm → C = ____" under the
        # line above's label: the label names another quantity
    unfactorised = _FACTORISED.sub("", givens)  # ("36 = 2² × 3²" is a number's prime factors, no equation)
    if re.search(r"\d[^=]*=[^=]*[^\W\d_]", unfactorised) \
            and re.search(r"[^\W\d_]\s*[×*]|[×*]\s*[^\W\d_]", unfactorised):
        return None  # "0 − 400 = 2 × a × 40 → a = ____": an equation with the figures already put in is half the
        # method, and the mark for setting it up is given away
    if re.fullmatch(r"[\d.,\s]+", givens) and asked.strip(" =").casefold() in ("", "total", "sum"):
        return None  # "0, 6, 10, 12, 8 → total ____": a sum of figures nothing says the meaning of
    if not asked and re.match(r"(?:worth|after|at|for|with|from|in|by|over|then|so)\b", givens):
        return None  # "worth £4,326.40 after 2 years at 4% growth → £____": a fragment with no subject, and nothing
        # says what the figure asked for is (the amount at the start)
    number = value.group("number")
    if _converted_given(number, givens, text[cuts[1][0]:value_end]):
        return None  # "image on sensor 12 mm → convert first: 12 mm = 0.012 m": a given in another unit, a step of
        # the sum, not its result
    if value.string[value.end("number"):value.end("number") + 1].isalpha() and " " in value.group("unit").strip():
        return None  # "4 covalent bonds → rigid 3D giant lattice": "3D" is a word, no value
    unit_word = (value.group("unit").split() or [""])[0].rstrip(".").casefold()
    if (YEAR.fullmatch(number) or unit_word in MONTH_WORDS) and not value.group("currency") \
            and not _WORKING.search(working):
        return None  # "1539 Act – larger houses → by **1540** all gone", "→ Pyongyang taken 19 Oct": a date, no sum
    if before is not None and _OTHER_RULE.search(before.text):
        return None  # "rate = 1 ÷ time (or 1000 ÷ time)" above "starch gone after 50 s → rate = 1 ÷ 50 = 0.02": the
        # card's other rule gives 20, as right, and the key would print one
    if before is not None and any(
            not _reachable(_value(figure), givens)
            and re.search(rf"(?<![\d.]){re.escape(figure)}\s*[^\W\d_]", before.text) is not None
            or re.search(rf"[^\W\d_)]\)?\s*=\s*{re.escape(figure)}(?=\s*(?:[,;]|$))", before.text) is not None
            and not re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", givens)
            and not (_value(figure) <= 10 and _value(figure).is_integer())  # (a small count, "n = 2", is no data)
            for figure in re.findall(_NUMBER, working)):
        return None  # "echo heard after 0.50 s → sound went 2 × 80 = 160 m": the 80 m is the line before's, and so
        # is "Mᵣ(C₆H₅NO₂) = 123" of "12.3 g nitrobenzene → n = 12.3 ÷ 123"
    steps = [text[a:b] for a, b in cuts[1:-1]]
    if unknown:  # "x + 7 = 12 → subtract 7 from both sides → x = 5": a step said in words is what was done to both
        # sides, no given the stem leaves out
        for said in [step for step in steps if _OPERATION_STEP.fullmatch(step.strip())]:
            steps.remove(said)
            working = working.replace(said, " ")
    about = f"{context} {text[:example.start()] if example else ''}"
    if _unfair(givens, working, last + value.group("before"), steps, number, value, asked, unknown, context, about):
        return None
    unit = value.group("unit").strip()
    if re.fullmatch(r"1(?:\.0+)?", number) and re.fullmatch(r"[a-z]{3,}", unit) and not unit.endswith("s"):
        return None  # "single spirit, 25 ml at 40% → ____ unit": the singular noun after the blank says 1
    named = re.match(r"\s+([a-z]{4,}(?:\s[a-z]{4,})?)(?=\s*(?:\(|[.,;]|$))", text[value_end:])
    if named and unit and not value.group("before").strip() and not asked:
        unit = f"{unit} {named.group(1)}"  # "= **34 g** ammonia (if 100% yield)": the stem asks "____ g ammonia"
    return Worked(capitalised(context), givens, asked, value.group("currency"), number, unit, precision,
                  _LEAD.sub("", text[(example.end() if example else 0):], count=1).strip())


_QUANTITY_NAMED = re.compile(r"(?i)\b(?:perimeter|circumference|length|height|width|depth|distance|radius|diameter|"
                             r"hypotenuse|side|arc)\b")
"""Words that say which length is asked ("Perimeter: sides 3 cm and 5 cm")."""
_RULE_FOUND = re.compile(r"(?i)\s*(?:the\s+)?(?:term-to-term\s+)?rule\s+is\s+[\"“']?(?:add|subtract|take away|multiply|"
                         r"divide|times|double|halve)\b[^→=]*$")
"""A step naming the rule a sequence follows ("rule is "add 4""), which the student finds by looking."""
_CHAINED_VALUE = re.compile(r"\s*\d[\d,]*(?:\.\d+)?\s*(?:[^\W\d_]{1,4}(?:/[^\W\d_]{1,4})?)?\s*")
"""A value in a chain of steps ("800 → 400 → 200 → 100 Bq"), each worked from the one before."""
_STEP_RESULT = re.compile(r"=\s*\d+(?:\.\d+)?\s+[^\W\d_]+(?:-[^\W\d_]+)?")
"""A step's result with its unit ("6 ÷ 2 = 3 half-lives"): worked out, no new given."""
_OTHER_RULE = re.compile(r"\(\s*or\s+[^()]*[÷×/*][^()]*\)|\b(?:use|uses|using)\s+1024\b|\b1024\s+instead\b")
"""A rule the line above gives another way ("rate = 1 ÷ time (or 1000 ÷ time)", "Some exam boards use 1024
instead"): the other way's answer is as right, and the key would print one."""
_BINARY_STEP = re.compile(r"(?:^|→)\s*[01]{4,}(?:\s[01]{4})*(?![\w.,])\s*=")
"""A step of working that reaches a binary number before its denary value ("→ 00000101 = 5")."""
_PRODUCT_THEN_ROUGHLY = re.compile(rf"({_NUMBER})\s*([×x*÷/])\s*({_NUMBER})\s*≈\s*$")


def _estimated(working: str, number: str) -> bool:
    """Whether the last step of the working rounds a product or a quotient to a figure more than 0.5% away ("1500 × 7
    ≈ 10 000", "100 ÷ 0.30 ≈ 330"): an estimate, which the exact sum does not give, and a student who works it out
    writes another figure."""
    step = _PRODUCT_THEN_ROUGHLY.search(working.rstrip())
    if step is None:
        return False
    first, second = _value(step.group(1)), _value(step.group(3))
    exact = first * second if step.group(2) in "×x*" else first / second if second else 0.0
    return bool(exact) and abs(exact - _value(number)) > 0.005 * abs(exact)


_UP_AND_DOWN = re.compile(r"(?i)\b(?:up|increased?|rises?|raised)\b.*\b(?:down|decreased?|falls?|cut|reduced)\b|"
                          r"\b(?:down|decreased?|falls?|cut|reduced)\b.*\b(?:up|increased?|rises?|raised)\b")
"""Changes both ways in one stem ("up 10% then down 10%"): the direction of the whole is not given."""


def _unfair(givens: str, working: str, last: str, steps: list[str], number: str, value: re.Match, asked: str,
            unknown: str, context: str, about: str) -> bool:
    """Whether an example read apart could not be worked from its stem alone, or could be read two ways: the
    refusals, each with the line that showed it. ``about`` is the context with the line's words before its example
    ("Efficiency = … × 100. e.g. …")."""
    if re.match(r"\d", asked):  # "→ 8 pens = 8 × 68p": the amount the result is for, which the stem prints
        working = working.replace(asked.strip(" ="), " ", 1)
    if _APPROXIMATE.search(asked) or _DATED.search(givens):
        return True  # "c. 900 in 1961 → about 16,000", "roughly 60% … → roughly 40% imported": a trend, not a sum
    other = re.match(r"\s*(?:mol|g|kg|tonnes?|t)\s+([A-Z][A-Za-z₀-₉()]*)", value.group("unit"))
    if other and other.group(1) not in givens and not re.search(r"\d\s*:\s*\d|\bratio\b|\+", givens):
        return True  # "25.0 cm³ of 0.100 mol/dm³ NaOH → ____ mol H₂SO₄": moles of another substance, by the ratio of
        # an equation the stem does not print; so is "burn 32 g CH₄ (Mᵣ = 16) → ____ g CO₂", its mass
    if re.search(r"\d\s*dm³\s+[A-Z]", givens) and re.fullmatch(r"\s*(?:g|mol|kg)\s*", value.group("unit")) \
            and not re.search(r"(?i)24\s*dm|\brtp\b|r\.t\.p|room temperature", f"{givens} {context}"):
        return True  # "12 dm³ CO₂ → ____ g": a gas's volume read as moles at room temperature and pressure, which the
        # stem does not say
    if not asked.strip(" =") and len(re.findall(r"(?i)\b(?:average|mean)\b", givens)) >= 2:
        return True  # "10 boys average 6 points, 15 girls average 8 points → ____ points": the mean of all, or their
        # total, the stem does not say
    if _UP_AND_DOWN.search(givens) and re.search(r"(?i)\b(?:increase|decrease|rise|fall|profit|loss)\b",
                                                 value.group("unit")):
        return True  # "up 10% then down 10% → overall ____% decrease": which way it goes is half the answer, the
        # stem prints it
    if re.search(r"(?i)\becho", givens) and re.fullmatch(r"\s*[A-Za-z]\s*=\s*", asked):
        return True  # "v = 340 m/s, echo heard after 0.5 s → d = ____ m": the distance to the wall, or there and
        # back, a letter does not say ("depth =" does)
    if _BINARY_STEP.search(working) and not re.fullmatch(r"[01]+", number):
        return True  # "00010110 (22), left shift 2 → 01011000 = 22 × 4 = 88": the binary is as right an answer
    if _estimated(f"{working} {last}", number):
        return True  # "1500 kg car braking at 7 m/s² → F = 1500 × 7 ≈ 10 000 N": the card's estimate, where the
        # stem gives exact values and a student works out 10 500
    if not (asked or _WORKING.search(working)) and not _reachable(_value(number), givens):
        return True  # "ratio Mg to MgO is 1 to 1 → 0.20 mol": with no working, the result must follow from the givens
    if asked and "=" not in asked and not _WORKING.search(working + last) and not _reachable(_value(number), givens):
        return True  # "He −269 °C → Rn −62 °C": a second fact of a trend, labelled, with nothing worked
    if not (asked or _WORKING.search(working)) and (
            len(re.findall(r"\d+(?:[.,]\d+)?", givens)) < 2 or not (value.group("unit").strip() or value.group("currency"))):
        return True  # "70 kg passenger, 15 m/s → 0", "4 moles of gas on the left → 2 on the right": with no working,
        # a figure from one value is a fact stated, not a sum
    if unknown and asked.strip(" =") != unknown or re.search(r"\bor\b", last):
        return True  # "(x + 2)(x + 3) = 0 → x = −2 or x = −3": two answers
    if unknown and not re.search(r"(?i)equation|solv|algebra|linear|quadratic|formula|unknown", context):
        return True  # "Venn diagrams: (22 − x) + x + (25 − x) + 4 = 40 → x = ____": the diagram's reasoning is done,
        # and what is left is an equation the card is not about
    if value.group("currency") and not asked and re.search(r"(?i)\bat\s+\d+(?:\.\d+)?\s*%", givens) and any(
            _value(number) < _value(sum_) for sum_ in re.findall(rf"[£$€]\s*({_NUMBER})", givens)):
        return True  # "£2000 at 3% per year for 4 years → £____" keyed £240: a student gives the total
    if not asked and re.search(r"(?i)\barbitrary\b|\ba\.u\.", value.group("unit")):
        return True  # "The inverse square law: lamp at 10 cm → ____ arbitrary units": which quantity, and worked how
        # (1/d², d in cm), nothing says
    counted = value.group("unit").strip()
    if not asked.strip(" =") and counted == "%" \
            and re.fullmatch(rf"\s*{_NUMBER}(?:\s*\+\s*{_NUMBER})+\s*=?\s*", working) \
            and sorted(re.findall(_NUMBER, working)) == sorted(re.findall(_NUMBER, givens)):
        return True  # "shares of 27%, 15%, 13% and 10% → ____%": the shares added up, of what the stem does not say
        # (the four biggest firms', the concentration ratio); "30 N and 45 N → ____ N forwards" is a resultant
    if not asked.strip(" =") and re.fullmatch(rf"\s*{_NUMBER}\s*[−-]\s*{_NUMBER}\s*=?\s*", working) \
            and len(re.findall(_NUMBER, givens)) == 2 and counted and givens.count(counted) == 2:
        return True  # "measured 95 counts/min, background 20 counts/min → ____ counts/min": one reading less the
        # other, named by nothing (the corrected count rate)
    if not asked.strip(" =") and re.fullmatch(r"[^\W\d_]{4,}", counted) \
            and re.search(rf"(?i)\b(?:mean|average)\s+(?:of\s+)?{_NUMBER}\s+{re.escape(counted)}\b", givens):
        return True  # "field 1200 m², quadrat 0.25 m², mean 3 daisies → ____ daisies": a total of what a given
        # averages, with nothing to say of what (the field's estimated population)
    if value.group("unit").strip() == "%" and not asked and not _PERCENTAGE.search(f"{about} {givens}"):
        return True  # "100 kg of rabbit from 1000 kg of grass → ____%" under "Energy and biomass transfer": the
        # share passed on, or the share lost? ("420 ppm as a percentage → ____%" says it)
    if not asked and len(context.split()) > 4 and not (value.group("currency") or _counts_things(value.group("unit"))
                                                       or _OF_SUBSTANCE.fullmatch(value.group("unit"))
                                                       or re.search(r"[/²³%]", value.group("unit"))
                                                       or _SHARE_OF.fullmatch(givens)):
        return True  # "Looking at mitosis – root tip practical: 10 of 200 cells in metaphase, 24 h cycle → ____ hours":
        # nothing says which quantity the hours are of (a unit such as g/s, cm² or % says it: a rate, an area, a share)
    if not (asked or value.group("unit").strip() or value.group("currency")) and len(context.split()) > 2 \
            and not _NTH_TERM.match(givens):
        return True  # "motor, 400 J in, 300 J useful → 0.75": a bare figure under "Energy transfers in appliances"
        # could be the efficiency or the waste ("10th term of 3n − 2" says what it is)
    if not unknown and re.search(rf"(?<![\d.]){re.escape(number.lstrip('+−-'))}(?![\d.])", _POINT.sub("", givens)) \
            or _NEW_GIVEN.search(_STEP_RESULT.sub("=", _PARENTHESES.sub("", working))):
        return True  # "SA = 36π too" repeats a given, as "reads 0.76 V … → −0.76 V" does with a sign; "→ 3 builders
        # take 24 ÷ 3" adds one the stem leaves out (a point's coordinate is no such given: "(1, 3) and (4, 12) → m =
        # 3")
    if re.search(r"\b(?:are|is|were|was)\s+(?:not\s+)?[^\W\d_]+\W*$", givens):
        return True  # "23.20 and 23.10 are concordant → mean = ____": the givens pass the verdict the method is for
    if _steps_given(givens) or _MULTIPLIER_GIVEN.search(givens) or _ratio_given(givens):
        return True  # "(1, 2) and (4, 6) – across 3, up 4": the stem does the first step of the method; so does
        # "A coat costs £64 in a 20% sale. Multiplier 0.8" for a reverse percentage
    if re.fullmatch(r"(?i)(?:when|if|for|at)?\s*[xyzt]\s*=\s*[-−]?[\d.]+", givens.strip()) \
            and re.fullmatch(r"[xyz]\s*=\s*", asked):
        return True  # "When x = 4 → y = ____": how y goes with x, the line before worked out
    worked_out = f"{working} {' '.join(steps)} {last}"
    if value.group("unit").strip() == "°" and _FROM_ITS_SINE.search(worked_out) \
            and not re.search(r"(?i)\b(?:acute|obtuse|right[- ]angled)\b", f"{givens} {about}"):
        return True  # "a = 7 cm, A = 50°, b = 9 cm → sin B = 0.9849 → B = 80.0°": 100.0° has the same sine, and the
        # stem says not which (the ambiguous case)
    if re.match(r"(?i)\W*(?:then|and then|next|after that)\b", givens):
        return True  # "then constant 10 m/s for 6 s → s = 60 m → total = 80 m": the line goes on from the one before
    if _CONVENTION.search(worked_out) and not _CONVENTION.search(givens):
        return True  # "car B 20 m/s south → … take north as +ve → B = −20 m/s": the key's sign rests on a convention
        # the stem leaves out ("20 m/s south" is as right)
    if _hidden_constant(givens, working, value.group("unit")):
        return True  # "Price including VAT £90 → 90 ÷ 1.2": the rate is on another card, not in the stem
    units = set(re.findall(rf"{_NUMBER}\s*([^\W\d_][^\s,;.]*)", givens))
    if any(not _reachable(_value(figure), givens)
           for figure, unit in re.findall(rf"({_NUMBER})\s*([^\W\d_][^\s,;.]*)", _PARENTHESES.sub("", working))
           if unit in units):
        return True  # "grass 5000 g/m² → rabbits 450 g/m². Efficiency = 450 ÷ 5000 × 100 = 9%": an amount of a
        # given's unit, which the stem cuts off, and no step's result
    if any(not _WORKING.search(step) and not _RULE_FOUND.match(step) and not _CHAINED_VALUE.fullmatch(step)
           for step in steps):
        return True  # "→ 2n² → take away …": a second step that is words, not working (a sequence's rule found,
        # "→ rule is "add 4" →", is the method the student uses, not a given; nor is "800 → 400 → 200", a value
        # halved step by step)
    if any(not _derivable(_value(found), givens) for step in steps for found in _BARE_VALUE.findall(step)):
        return True  # "fx = 0, 8, 8, 6, 4 → Σfx = 26, Σf = 20 → …": the 20 is a count the stem never gives
    return False


_FROM_ITS_SINE = re.compile(r"\bsin\s*[A-Za-zθα-ω]\s*=|sin\s*⁻¹|sin\s*\^?\s*[-−]\s*1|\barcsin\b")
"""An angle found from its sine, which an obtuse angle shares."""
_CONVENTION = re.compile(r"(?i)\b(?:as|is|=)\s*(?:\+\s*ve|[−-]\s*ve|positive|negative)\b|\bpositive direction\b")
"""A sign convention ("take north as +ve"): which direction counts as positive."""
_DATE = re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:%s)\b\.?(?:\s+\d{4}\b)?|\b(?:%s)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
                   % ("|".join(sorted(MONTH_WORDS)), "|".join(sorted(MONTH_WORDS))))
"""A day's date ("7 Aug", "June 12th", "7 August 1588"): figures that are no quantity to work with (a bare 1500 may
be newtons)."""


_BARE_VALUE = re.compile(rf"(?:^|[,;]\s*|→\s*)[^\W\d_][\w]*\s*=\s*({_NUMBER})"
                         r"(?=\s*[A-Za-zµΩ°%²³/]{0,8}\s*(?:[,;]|$))")
"""A value a step states outright ("Σf = 20", "t = 120 s"), with no sum that reaches it."""


def _derivable(value: float, givens: str) -> bool:
    """Whether a value stated outright in a step follows from the givens at a glance: one of them, in another unit,
    or the sum, difference, product or quotient of two, or the sum of them all."""
    figures = [_value(figure) for figure in re.findall(_NUMBER, givens)][:8]
    scales = (1, 2, 10, 100, 1000, 60, 3600, 1e6)  # (a radius from its diameter, a unit from another)
    candidates = [f * k for f in figures for k in scales] + [f / k for f in figures for k in scales]
    candidates += [sum(figures)] + [op for a in figures for b in figures
                                    for op in (a + b, a - b, b - a, a * b) + ((a / b,) if b else ())]
    return any(abs(value - candidate) <= 1e-6 * max(1.0, abs(candidate)) for candidate in candidates)


_NO_TOPIC = frozenset({"one", "another", "it", "try", "with", "now", "then", "so", "also", "more", "again", "quick",
                       "this", "that", "here", "same", "harder", "easier", "next", "last", "first", "second", "third",
                       "using", "use", "check", "answer", "method", "working", "note", "tip", "remember", "worked",
                       "example", "examples", "sum", "calculation", "rearrange", "rearranged", "rearranging",
                       "substitute", "convert", "find", "learn", "recall", "not", "no", "non", "never", "a-level",
                       "as-level", "gcse", "higher", "foundation", "ht", "triple", "extension", "stretch"})
"""Words of a label before an example that says how or which, not what it is about ("Another one", "With cos",
"Worked e.g. …", "Rearrange: I = V / R"); a level or tier ("A-level: R = ρL / A …") says for whom."""


_BARE_AMOUNTS = frozenset({"mass", "moles", "mol", "amount", "volume", "number", "total", "answer", "ratio"})
"""Quantities that say not of what ("mass = ____ g"), and the working's own names for its steps."""
_QUANTITIES = {"energy": "E", "charge": "Q", "power": "P", "current": "I", "voltage": "V", "resistance": "R",
               "force": "F", "mass": "m", "acceleration": "a", "speed": "v", "velocity": "v", "work": "W",
               "weight": "W", "pressure": "p", "time": "t", "distance": "s", "frequency": "f", "wavelength": "λ",
               "density": "ρ", "momentum": "p", "cost": "", "price": "", "efficiency": "", "moles": "n",
               "concentration": "c", "area": "A", "volume": "V", "perimeter": "P", "circumference": "C"}
"""Quantities a line's label may name, with the symbol that stands for each ("" for none)."""


_UNIT_FAMILIES = ({"nm", "µm", "μm", "mm", "cm", "m", "km"}, {"mg", "g", "kg", "t"}, {"cm³", "dm³", "m³", "ml", "l"},
                  {"ms", "s", "min", "h"}, {"ppm", "%"})
"""Units of one quantity: a result in one of them from a given in another is a conversion, whatever the title."""


def _converts(givens: str, unit: str) -> bool:
    """Whether the result's unit is another unit of a given's quantity ("cell 0.025 mm wide → ____ µm")."""
    family = next((family for family in _UNIT_FAMILIES if unit.strip() in family), None)
    return family is not None and any(found in family and found != unit.strip()
                                      for found in re.findall(r"\d\s*([^\W\d_]{1,3}[³]?)(?![^\W\d_])", givens))


_MEASURE_WORDS = frozenset({"hours", "hour", "minutes", "minute", "seconds", "second", "days", "day", "weeks", "week",
                            "months", "month", "years", "year", "metres", "metre", "meters", "grams", "gram", "litres",
                            "litre", "tonnes", "tonne", "miles", "mile", "times", "degrees", "percent", "units"})


def _counts_things(unit: str) -> bool:
    """Whether a result's unit is a word naming what is counted ("8 neutrons", "12 people"): it says what is asked, as
    "hours" or "metres" do not."""
    return re.fullmatch(r"[^\W\d_]{4,}", unit.strip()) is not None and unit.strip().casefold() not in _MEASURE_WORDS


def _converted_given(number: str, givens: str, working: str) -> bool:
    """Whether the working only writes a given in another unit ("12 mm = 0.012 m"): the result is that given moved
    by a power of ten, a step of the sum and not its answer."""
    result = _value(number)
    if not result:
        return False
    for figure in re.findall(_NUMBER, givens):
        given = _value(figure)
        if given and given != result and any(abs(given * 10 ** power - result) <= 1e-9 * abs(result)
                                              for power in (-9, -6, -3, -2, 2, 3, 6, 9)) \
                and re.search(rf"(?<![\d.]){re.escape(figure)}\s*[^\W\d_]+\s*=\s*{re.escape(number)}", working):
            return True
    return False


def _labelled_otherwise(givens: str, asked: str) -> bool:
    """Whether the givens open on a quantity's name as their label and the stem asks for another ("Cost – a 1.5 kW
    heater on for 4 hours → E = ____ kWh": the energy is asked, the cost is the card's next step)."""
    label = re.match(r"\W*([A-Za-z]+(?: [a-z]+)?)\s+[–—-]\s+", givens)
    symbol = asked.strip(" =")
    if label is None or not symbol or label.group(1).casefold() not in _QUANTITIES:
        return False
    name = label.group(1).casefold()
    return symbol.casefold() != name and symbol != _QUANTITIES[name]


_MULTIPLIER_GIVEN = re.compile(r"(?i)\bmultiplier\s*(?:=|of|is|:)?\s*[×x]?\s*\d")
"""A multiplier the givens print ("Multiplier 0.8"): the step a percentage question's method mark is for."""


def _steps_given(givens: str) -> bool:
    """Whether the givens print two figures worked out from earlier ones, after a dash or a semicolon ("between
    (1, 2) and (4, 6) – across 3, up 4"): the method's first step, which the method mark is for."""
    parts = re.split(r"\s[–—-]\s|;", givens, maxsplit=1)
    if len(parts) < 2:
        return False
    earlier = [_value(found) for found in re.findall(_NUMBER, parts[0])]
    worked = {abs(a - b) for a in earlier for b in earlier if a != b} | {a + b for a in earlier for b in earlier}
    later = [_value(found) for found in re.findall(_NUMBER, parts[1])]
    return sum(value in worked for value in later) >= 2


_TRIG_RATIO = re.compile(rf"\b(?:sin|cos|tan)\s*\(?\s*[^\W\d_]?\s*\)?\s*=\s*({_NUMBER})")


def _ratio_given(givens: str) -> bool:
    """Whether the givens print a trigonometric ratio worked out from the sides before it ("opposite 7 cm, adjacent
    10 cm. tan θ = 0.7"): the method's step, which its mark is for, leaving a key to press."""
    found = _TRIG_RATIO.search(givens)
    return found is not None and _derivable(_value(found.group(1)), givens[:found.start()]) and bool(
        re.search(_NUMBER, givens[:found.start()]))


_DIRECTION = re.compile(r"(?i)\b(?:original|new|old|image|object|enlarg\w*|reduc\w*|from|to|into|small\w*|bigg?\w*|"
                        r"larg\w*|model|real|actual|map|drawing|plan)\b")
"""Words that say which way a scale factor goes (from the smaller shape to the larger, from the model to the real)."""


def _asked(last: str, lead: str, earlier: str = "", givens: str = "") -> str | None:
    """What the result is, as the stem prints it before the line ("A = ", "× ", "overall a ", "8 pens = "), from the
    last step up to the result and the words before it in the result; None where those hide a given or a formula.
    ``earlier`` is the working before the last step and ``givens`` what the stem prints before it: "8 pens" is asked
    where the givens count pens and the working has not reached 8."""
    if re.search(r"[=≈]\s*$", lead):  # "→ **x = 5**": the symbol inside the bold result
        last, lead = f"{last} {lead}", ""
    if re.search(r"[=≈]\s*$", last):
        if lead:
            return None  # "= 3 × 20 + 1 matches": words inside the working
        step = re.split(r",\s+so\s+|;\s+|,\s+(?=(?:[^\W\d_]{2,}\s+){1,3}[^\W\d_]{2,}\s*=)", last)[-1]  # ("l = √(9 +
        # 16) = 5 cm; V = 1/3 × π × 9 × 4 ≈": V is asked; "volume scale factor = 54 ÷ 16 = 3.375, length scale factor
        # = ∛3.375 =": the length scale factor)
        opening = re.match(rf"\s*({_SYMBOL})\s*=", step) \
            or re.match(rf"\s*((?:[^\W\d_]{{3,}}\s+){{1,3}}{_SYMBOL})\s*[=≈]", step) \
            or re.match(rf"\s*((?:[^\W\d_]{{3,}}\s+){{1,2}}(?:of|for|in)\s+"
                        rf"(?:[A-Z][A-Za-z0-9₀-₉()]{{0,12}}|{_SYMBOL}))\s*=", step) \
            or re.match(r"\s*((?:[^\W\d_]{3,}\s+){1,2}(?:of\s+)?\d{1,2}s)\s*=", step) \
            or re.match(r"\s*(%\s*[A-Z][a-z]?[₀-₉]*(?:\s+by\s+mass)?)\s*=", step) \
            or re.match(r"\s*([A-Za-z]{1,2}\([^()=→]{1,20}\))\s*=", step)  # "→ opposite angle C = 180 −
        # 110"; "→ expected 6s = 1/6 × 300": what is counted; "→ % N = 28 ÷ 80 × 100": which element's share; "→
        # n(O₂) = 0.100 ÷ 2": of which substance
        counted = re.match(r"\s*((\d+(?:\.\d+)?)\s+([^\W\d_]{4,}))\s*=", step)
        if counted and not re.search(rf"(?<![\d.]){re.escape(counted.group(2))}(?![\d.])", earlier) \
                and counted.group(3).casefold() not in ("mole", "moles") \
                and re.search(rf"(?i)\d\s*{re.escape(counted.group(3).rstrip('s'))}", givens):
            return f"{counted.group(1)} = "  # "5 pens cost £3.40 → 1 pen = 68p → 8 pens = 8 × 68p": how many the
            # result is for, a figure of the question's own (an amount the working reached is not printed)
        worded = re.match(r"\s*((?:[^\W\d_]{2,}\s+){2,4})(?=[£$€]?[\d(√])", step)
        if worded and _OPERATION_LAST.search(worded.group(1)):
            return None  # "ALU adds 7 + 5 = 12 in the accumulator": cut of its sum, "ALU adds ____" hides what it adds
        return f"{opening.group(1)} {opening.group(0)[-1]} " if opening else f"{worded.group(1).strip()} " if worded \
            else ""  # ("→ real wage growth ≈ 2%": the card's own sign)
        # ("→ force multiplied by 0.60 ÷ 0.05 = 12": the words before the sum say what it works out)
    lead = f"{last.strip()} {lead}".strip()  # "→ × **1.12**": the multiplier asked
    if re.match(r"(?i)(?:sample|measure|record|repeat|use|take|time|choose|set)\b", lead):
        return None  # "… → sample every **10 s**": an improvement to a method, which any shorter interval makes
    if lead and not re.fullmatch(r"×|(?:[^\W\d_]+\s?){1,3}", lead):
        return None  # "O₂ + 4e⁻", "after 3 years 15 000 × 0.8³": a given or a formula hidden in the working
    if lead and set(lead.casefold().split()) <= _LINKING_WORDS:
        return None  # "24-hour clock common on timetables → um 13.30 Uhr": "um" names no quantity, and with no sum
        # the figure is the card's example
    return f"{lead} " if lead else ""


_OPERATION_LAST = re.compile(r"(?i)\b(?:adds?|added|subtracts?|subtracted|multipl(?:y|ies|ied)|divides?|divided|"
                             r"sums?|totals?|takes\s+away|squares?|squared)\s*$")
"""Words that end on an operation ("ALU adds"): what it works on follows them, in the sum the stem leaves out."""
_LINKING_WORDS = frozenset({"at", "to", "by", "in", "on", "for", "of", "from", "into", "about", "around", "um", "à",
                            "en", "de", "a", "zu", "bei", "bis", "ab", "vers", "con", "por", "para", "alle", "alla"})
"""Words before a result that link it to the sentence and name no quantity ("→ at 40 °C", "→ um 13.30 Uhr")."""


_KNOWN = (0.5, 2.0, 10.0, 60.0, 100.0, 180.0, 360.0, 1000.0, 3600.0, 1000000.0)
"""Figures a working may use without a stem printing them: halves and doubles, percentages, angles, units of time,
a million (parts per million, mega- and micro-)."""
_SCALES = (10.0, 100.0, 1000.0, 60.0, 3600.0)
"""Unit changes a working may make to a given (cm to m, minutes to seconds)."""


def _hidden_constant(givens: str, working: str, unit: str) -> bool:
    """Whether the working uses a figure the stem neither prints nor leads to by one step: a constant from another
    card ("× 4200" for water, "÷ 9.8" for g, "× 24" for a mole of gas) that the student cannot know from the sheet.
    A small whole number may be worked from what the sheet prints (88 g of CO₂ ÷ 44: the Mr, from the formula); two
    measurements with their units are data from elsewhere ("30 mph → 9 m + 14 m = 23 m", the Highway Code's)."""
    worked_out = {_value(found.group(1)) for found in re.finditer(rf"[=≈]\s*[£$€√(]*({_NUMBER})", working)
                  if re.search(r"\d", re.split(r"[=≈→]", working[:found.start()])[-1])}  # "= 6000 ÷ 2 = 3000" works
    # out 3000; "d = KE ÷ F = 240 000 ÷ 6000" puts in a figure the formula's KE stands for, from another line
    moles = re.search(r"\bmol\b", f"{givens} {unit} {working}") is not None  # ("8.8 g CO₂ → 8.8 ÷ 44 = 0.2 mol →
    # 0.2 × 24": the moles worked out, then the volume of each)
    given = {_value(figure) for figure in re.findall(_NUMBER, givens)}
    unreached = set()
    for found in re.finditer(_NUMBER, working):
        figure = found.group(0)
        value = _value(figure)
        if value in (10.0, 100.0, 1000.0) and value not in given and re.match(r"\s*[÷/]", working[found.end():]) \
                and re.search(r"(?:^|[=≈→])\s*$", working[:found.start()]):
            return True  # "starch gone after 120 s → rate = 1000 ÷ 120": a convention of the card's, no unit change
        if value in worked_out or _reachable(value, givens, known=not re.fullmatch(r"\d+\.0+", figure)):
            continue  # ("propan-2-ol = 0.0500 × 60.0": a molar mass written to its precision, no 60 minutes)
        if moles and value in _MOLAR_VOLUMES or "." in figure or abs(value) >= 100 \
                or re.search(r"[£$€]\s*$", working[:found.start()]):
            return True  # (and "so £35 + VAT = £42" after "Adding VAT at 20%": a price the stem never gave)
        if re.match(r"\s?(?:[a-zµ°%]|[A-Z](?![a-z]))", working[found.end():]) and "/" not in figure:
            unreached.add(value)  # a measurement, with its unit
    return len(unreached) >= 2  # "30 mph → 9 m + 14 m = 23 m": two measurements of a table the stem never gave, no
    # one Mr


_MOLAR_VOLUMES = (24.0, 24000.0)
"""A mole of gas's volume (dm³, cm³) at room temperature: a constant to learn, which the stem does not print."""


_TIME_GIVEN = re.compile(r"(?i)\d\s*(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\b")
"""A given time, which a working may turn into other units of time (× 60, × 3600)."""


def _reachable(value: float, givens: str, known: bool = True) -> bool:
    """Whether ``value`` is a given, a unit change of one, a multiplier from a percentage, a sum, difference, product
    or ratio of two, or (with ``known``) a figure every working may use (within rounding)."""
    given = [_value(figure) for figure in re.findall(_NUMBER, givens)]
    reachable = set(given) | set(_KNOWN if known else ()) | {figure * 2 for figure in given} \
        | {figure / 2 for figure in given}
    scales = _SCALES if _TIME_GIVEN.search(givens) else tuple(scale for scale in _SCALES if scale in (10, 100, 1000))
    reachable |= {figure * scale for figure in given for scale in scales} | {figure / scale for figure in given
                                                                              for scale in scales}  # (70 °C is no
    # 70 minutes: "heating 2 kg of water from 20 °C to 70 °C → 2 × 4200 × 50" brings in water's 4200)
    reachable |= {1 + sign * _value(percent) / 100 for percent in re.findall(rf"({_NUMBER})\s*%", givens)
                  for sign in (1, -1)}
    for first in given:
        for second in given:
            reachable |= {first + second, abs(first - second), first * second}
            if second:
                reachable.add(first / second)
    return any(abs(value - known) <= 0.005 * max(abs(known), 1e-9) for known in reachable)


def _value(figure: str) -> float:
    if "/" in figure:  # a fraction result ("5/12"), or a mixed number ("3 1/5")
        numerator, denominator = figure.split("/")
        whole, _, numerator = numerator.strip().rpartition(" ")
        return (float(whole) if whole else 0.0) + float(numerator) / float(denominator)
    if "×" in figure:  # standard form ("4.9 × 10⁻⁷")
        mantissa, power = figure.split("×")
        exponent = power.strip()[2:].translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--"))
        return _value(mantissa) * 10.0 ** int(exponent)
    return float(figure.replace(",", "").replace(" ", "").replace("−", "-"))


_APPROXIMATE = re.compile(r"(?i)\b(?:about|roughly|around|approximately|nearly|almost|over)\b|\bc(?:a)?\.|~")
_DATED = re.compile(r"(?<![£$€\d.,])(?:1[0-9]|20)\d\d(?![\d.,]|\s*(?:[^\W\d_]{1,3}\b|%))")
"""A year among the givens ("in 1961", "(1558)"): a history or geography trend, not values to work from."""
_NTH_TERM = re.compile(r"(?i)\W*(?:the\s+)?\d+(?:st|nd|rd|th)\s+term\s+of\b")
"""Givens that name the term of a sequence asked ("10th term of 3n − 2")."""
_POINT = re.compile(r"\(\s*[−-]?[\d.]+\s*,\s*[−-]?[\d.]+\s*\)")
"""A point's coordinates ("(1, 3)")."""
_SAYS_WHICH = re.compile(r"(?i)\b(?:out of|rises|rose|falls|fell|goes (?:up|down)|went (?:up|down)|is (?:increased|"
                         r"decreased|reduced)|loses|lost|grows|grew|drops|dropped)\b|\d\s*%\s+of\s")
"""Givens that say what is worked out ("18 out of 24", "a price rises from £40 to £50", "35% of £80"), whatever two
things the title names ("Percentage increase and decrease")."""
_SHARE_OF = re.compile(r"\s*[\d.]+\s*%\s+of\s+[£$€]?[\d.,]+\s*[^\W\d_]{0,3}\s*")
"""Givens that are a share of an amount ("17% of 250 kg"): what is asked is that share, in the amount's unit."""
_PERCENTAGE = re.compile(r"(?i)percent|%|efficien|yield|proportion|share|discount|interest|increase|decrease|"
                         r"change|profit|loss")
"""A context that says which share a bare percentage is ("Percentage yield", "Efficiency")."""
_NEW_GIVEN = re.compile(r"\d\s+[^\W\d_]{4,}|\b(?:after|for|take|takes|at|when|if)\s+\d|"
                        r"\b(?:adds?|added|come|comes)\s+(?:up\s+)?to\s+\d|"
                        r"^\W*\d[\d.,]*\s*[^\W\d_]{1,4}\s+(?:of|on|in)\s+(?:the\s+)?[^\W\d_]{3,}")
"""A figure with a noun in the working ("→ 3 builders take …", "after 3 years …", "→ at 20 cm = 80 ÷ 2²", "four of
them add to 31"), or a step
opening on an amount of
something ("1000 kg of grass → 100 kg of rabbits = 10%", "1 cm on the map = 25 000 cm"): a value the givens leave
out."""
_PARENTHESES = re.compile(r"\([^()]*\)")


def _result(point: Point, start: int, end: int) -> tuple[int, int, str] | None:
    """Where the example's one result is, in the last step ``start``–``end``, and how to round it: the figure the
    author bolded ("**12.7 cm**"), else the last value of the step; None where the step gives two results ("mean =
    £46,200, median = £21,000")."""
    text = point.text
    bold = [span for span in point.terms if start <= span.start and span.end <= end and re.search(r"\d", text[span.start:span.end])]
    if bold:
        if any(not re.fullmatch(r"\s*=\s*", text[a.end:b.start]) for a, b in zip(bold, bold[1:])):
            return None
        value_start, value_end = bold[-1].start, bold[-1].end
        named = re.match(r"\s+(?:[^\W\d_]+\s?){1,3}(?=[\s.]*$)", text[value_end:end])
        if named:  # "**£75** before VAT": what the result is
            value_end += named.end()
        after = text[value_end:end]
    else:
        so = list(re.finditer(r",\s+so\s+", text[start:end]))
        step_start = start + (so[-1].end() if so else 0)  # "c² = 100, so c = √100 = 10 cm": the last step's result
        step = text[step_start:end]
        aside = _ASIDE.search(step)
        if aside and _TRIAL.search(aside.group()):
            return None  # "5,000 × 1.04⁴ = £5,849.29 (not enough)": a trial on the way, not the answer
        value_end = step_start + (aside.start() if aside else len(step.rstrip(" .")))
        after = text[value_end:end]
        if re.search(r",\s", text[step_start:value_end]):
            return None
        found = list(re.finditer(r"[=≈]\s*", text[step_start:value_end]))
        value_start = step_start + (found[-1].end() if found else 0)
    precision = _PRECISION.search(after)
    if re.search(r",\s+\S+\s*=", text[start:value_start]) and not re.search(r",\s+so\s", text[start:value_start]):
        return None
    rounding = re.sub(r"\s+[–—-]\s.*\)$", ")", precision.group(0)) if precision else ""  # "(2 s.f. – don't round to
    # 0!)": the rounding, not the note after it
    return value_start, value_end, rounding if precision and precision.start() < 4 else ""


_CLAUSE_END = re.compile(r";|(?<!\bd\.p)(?<!\bs\.f)(?<!\be\.g)(?<!\bi\.e)\.\s+(?=[A-Z(£$€])|\.\s*$")


def _clause_end(text: str, start: int) -> int:
    """Where the example's sentence ends: at a semicolon or a full stop before another sentence ("increase by 15% →
    × 1.15; decrease by 20% → …")."""
    found = _CLAUSE_END.search(text, start)
    return found.start() if found else len(text)


def _named(point: Point, before: int) -> str:
    """The key term that opens the line, when the example comes after it ("**Cylinder** – V = πr²h. e.g. …")."""
    terms = [span for span in point.terms if span.end <= before]
    if not terms or terms[0].start > 0 or re.search(r"\d", point.text[:terms[0].end]):
        return ""
    return point.text[:terms[0].end]


def _label(text: str) -> str:
    """A line's opening label of a few words ("Cylinder – two circles + curved rectangle"), if it has one."""
    found = _LABEL.match(text)
    label = (found.group(1) or found.group(2) or "").strip() if found else ""
    return label if len(label.split()) <= _LABEL_WORDS else ""


_EQUATION_GIVEN = re.compile(r"[\d\s+\-−×÷*/().²³a-z]+=[\d\s+\-−×÷*/().²³a-z]+")


def _unknown(givens: str) -> str:
    """The unknown of an equation to solve ("3x + 5 = 20" gives x), or empty where the givens are no such equation."""
    letters = set(re.findall(r"[a-z]", givens))
    return letters.pop() if _EQUATION_GIVEN.fullmatch(givens) and len(letters) == 1 and re.search(r"\d", givens) else ""


_STANDARD_FORM = re.compile(rf"(\d+(?:\.\d+)?){_TIMES_TEN}")
"""A value in standard form ("1.74 × 10⁻⁵"): one number, whose × is no working."""
_POLYNOMIAL_PIECE = r"(?:[\d.]+|(?<![a-zA-Z])[a-z](?![a-zA-Z])|[²³⁴⁵⁶⁷⁸⁹]|[ +−()√/-])"
"""A piece of a polynomial in one letter: a figure, the letter, a power, a sign or a bracket."""
_FUNCTION_GIVEN = re.compile(r"(?<![\w)])(?:[a-z]\(x\)|[a-z][²³]?(?:\s*[+−-]\s*[a-z][²³]?)+)\s*=\s*[^,;→=]+"
                             rf"|(?<![\w)])[a-zA-Z]\s*=\s*"
                             rf"(?={_POLYNOMIAL_PIECE}*?(?:\d[a-z]|[a-z][²³⁴⁵⁶⁷⁸⁹])(?![a-zA-Z])){_POLYNOMIAL_PIECE}+")
"""A function or a curve given by its rule ("f(x) = 3x + 2", "x² + y² = 49", "y = x³ − 2x"), whose signs define it:
no working."""


_VECTOR_GIVEN = re.compile(r"(?<![\w(])[A-Za-z]{1,2}\s*=\s*\(\s*[−-]?\d+(?:\.\d+)?\s*,\s*[−-]?\d+(?:\.\d+)?\s*\)")
"""A vector given by its components ("a = (3, 4)"), a value to work from like any other."""


_FACTORISED = re.compile(r"(?<![\d.])\d+\s*=\s*\d+[¹²³⁴⁵⁶⁷⁸⁹]*(?:\s*×\s*\d+[¹²³⁴⁵⁶⁷⁸⁹]*)+(?=\s*(?:,|;|$))")
"""A number written as its prime factors ("36 = 2² × 3²"): the data of an HCF or an LCM, whose × is no working."""


def _fair_givens(givens: str) -> bool:
    """Whether ``givens`` are values only, enough to work from."""
    plain = _STANDARD_FORM.sub(r"\1", givens)
    if len(givens.split()) < _MIN_WORDS or not re.search(r"\d", givens) \
            or _NOT_GIVENS.search(_SEQUENCE_GOES_ON.sub(r"\1", re.sub(r"\bmol\s+e⁻", "mol",
                                                                _UNIT_POWER.sub("", plain)))):
        return False  # ("0.50 mol e⁻": electrons counted, no ion; "5, 9, 13, 17 …": a sequence going on, no gap)
    rest = re.sub(r"(?:^|(?<=[\s(]))×\d[\d,.]*|\(\s*[+−-]\d[\d,.]*\s*%\s*\)", " ",
                  _ASSIGNMENT.sub("", _FUNCTION_GIVEN.sub("", _VECTOR_GIVEN.sub("", _FACTORISED.sub("", plain)))))
    # ("at ×400": a magnification written as microscopes mark it, no product; "(+5%)": a change given, no sum)
    return not _WORKING.search(rest) and len(givens.split()) <= 16


def _top_level_arrows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The steps of ``text[start:end]`` between its arrows, not cut at one inside brackets ("(Convert cm → m
    first!)"), as (start, end) pairs."""
    steps, begin = [], start
    for found in ARROW.finditer(text, start, end):
        if text.count("(", start, found.start()) == text.count(")", start, found.start()):
            steps.append((begin, found.start()))
            begin = found.end()
    steps.append((begin, end))
    return steps


def has_worked_examples(pack: Pack) -> bool:
    """Whether a card of ``pack`` works an example that can be asked."""
    return any(next(_examples(pack, index), None) for index, card in enumerate(pack.cards) if card.quiz)


_OPENS_EXAMPLE = re.compile(r"(?i)\W*(?:e\.\s?g\.|eg\b|for example\b)")
"""A line that opens an example of its own ("e.g. d = 10 cm → …")."""


def answered(question: Point, answer: Point, title: str, steps: str = "") -> Worked | None:
    """A question the card asks with figures ("Q1 How much energy to heat 0.5 kg of water from 20 °C to 80 °C?") and
    the line after it that works it to a bolded result (``steps``: the lines of working between them); None where
    that result is not one figure the question's own figures lead to."""
    asked_text = _LEAD.sub("", _QUESTION_LEAD.sub("", question.text), count=1).strip()
    if not _ASKS.search(question.text) or ARROW.search(question.text) or "=" in _ASSIGNMENT.sub("", asked_text) \
            or not re.search(r"\d", asked_text) or len(asked_text.split()) < 5 or _TWO_ASKED.search(asked_text):
        return None  # (nor "Find the 1st term and r": two answers)
    result = _result(answer, 0, len(answer.text))
    if result is None:
        return None
    value_start, value_end, precision = result
    value = _RESULT.match(answer.text[value_start:value_end].strip())
    if not value or value.group("before").strip() or not _is_unit(value.group("unit")):
        return None
    after = re.sub(rf"^\s*[≈=]\s*{_NUMBER}\s*[^\W\d_]{{1,3}}\b", "", _PARENTHESES.sub("", answer.text[value_end:]))
    if re.search(r"[=≈→]|\bso\b", after):  # ("(= 167 kJ)", "≈ 88 kJ": the result again in other units)
        return None  # "The difference is 7 − 2 = **5 parts** = £35, so 1 part = £7": a step on the way
    working = answer.text[:value_start]
    if _other_quantity(asked_text, working):
        return None  # "Find the stopping distance." then "Thinking distance = 20 × 0.6 = 12 m": a first step
    last_step = re.split(r",\s*so\b|;|→|\bso\b|\bthen\b|[.!]\s+(?=[A-Z])", working)[-1]  # ("r³ = 8, so r = …")
    symbol = re.search(rf"(?<![\w)])({_SYMBOL})\s*=", last_step)  # what the last step works out is its first symbol
    # ("T = 1 / f = 1 / 50 ="; f and λ in "v = f λ =" are what it is worked from)
    if symbol is not None and re.search(r"[^\W\d_]", re.split(r"\s[–—-]\s|:\s", last_step[:symbol.start()])[-1]):
        symbol = None  # "Work done = m g h = …", "Stopping distance = 12 + 40 =": a label, not a symbol
    if _hidden_constant(asked_text, f"{steps} {working}", value.group("unit")) or not re.search(r"[=≈]\s*$", working):
        return None
    return Worked(capitalised(_topic(title)), asked_text, f"{symbol.group(1)} = " if symbol else "", value.group("currency"),
                  value.group("number"), value.group("unit").strip(), precision, answer.text.strip(), arrow=False)


_QUESTION_LEAD = re.compile(r"(?i)^\W*(?:q|question|ex|example)(?:\s*\d+\s*[.:)–-]?|\s*[.:)–-])\s*")
_TWO_ASKED = re.compile(r"(?i)\b(?:find|calculate|work out|what (?:is|are))\b[^.?]*\s(?:and|&)\s[^.?]*[.?]?\s*$|"
                        r"\b(?:find|calculate|work out)\s+(?:the\s+)?(?:first\s+|last\s+|other\s+)?"
                        r"(?:two|three|four|both)\b|\b(?:find|calculate|work out)\s+(?:each|all|every)\b|"
                        r"(?i:\b(?:how|what|which)\b[^?]*\band\s+(?:how|what|which)\b)")
"""A question that asks for two things ("Find the 1st term and r.", "How far does it go, and how fast …?", "Find the
other three bases.")."""
_ASKS = re.compile(r"\?\s*(?:\([^()]*\)\s*\.?\s*)?$|(?:^|[.,:;]\s+)(?:[Ff]ind|[Cc]alculate|[Ww]ork out)\b")
"""A line that asks for a figure ("Find c.", "How much energy …?", "… at 0 °C? (L_f = 334,000 J/kg)")."""


_FUNCTION = re.compile(r"(?i)\b(?:sin|cos|tan|log|ln)\b|√")
"""The functions a formula or a working uses ("cos A", "sin 65°")."""


def _topic(title: str) -> str:
    """A card's title as a calculation's context, without saying it holds examples ("SHC – worked examples (2)"),
    and what a question title asks about ("What is pressure?"); none where the title is an equation ("F = ma –
    worked examples"), which would print the method the question's marks are for."""
    topic = re.sub(r"(?i)\s*(?:[–—:-]\s*|\(|\s(?=worked\b))(?:worked\s+)?examples?(?:\s*\(?\d+\)?)?\)?\s*$", "",
                   printed_title(title))  # ("Latent heat worked examples" is about latent heat)
    topic = re.sub(r"(?i)^\s*(?:worked\s+)?(?:exam(?:-style)?\s+)?(?:examples?|questions?)\s*\d*\s*[–—:-]\s*", "",
                   topic) or title  # ("Worked example 1 –", "Worked exam question – motor lifting a crate")
    topic = re.sub(r"(?i)^\s*worked\s+(\S.*?)\s+examples?\s*$", r"\1", topic)  # ("Worked Rf examples" is about Rf)
    labelled = re.match(r"(?i)\s*calculations?\s*[–—:-]\s*(?=\w)", topic)
    if labelled:  # "Calculations: mass from a half equation" heads a calculations section as "Mass from …"
        rest = topic[labelled.end():]
        topic = rest[:1].upper() + rest[1:]
    if "=" in topic:
        named = re.match(r"\s*(?!(?:what|how|why|which|when|where|who)\b)([^\W\d_]{3,}(?:\s+[^\W\d_]+)*\s+[^\W\d_]{3,})"
                         r"\s*=", topic, re.IGNORECASE)
        if named and re.search(r"[₀-₉⁰-⁹¹²³]|[a-z][A-Z]|\s[A-Za-z]$", named.group(1)):
            return ""  # "Using p₁V₁ = p₂V₂": symbols before the "=", half an equation, no name
        return named.group(1) if named else ""  # ("Area of a triangle = ½ab sin C": what it is, not the formula)
    topic = title_topic(topic)  # "What is pressure?: a 600 N student …" reads as "Pressure: a 600 N student …"
    named = re.fullmatch(r"[^()]*\?\s*\(([^()?\s]+(?:\s+[^()?\s]+)+)\)\s*", topic)
    if named and not re.search(r"(?i)\b(?:higher|foundation|tier|only|triple|separate)\b", named.group(1)):
        return named.group(1)  # "How do I work backwards? (Reverse percentages)": the topic's name in brackets (not
        # "How much is made? (Higher)", a tier)
    if re.match(r"(?i)\W*(?:rearrang\w*|using|changing the subject)\b(?:\s+(?:the|an?|this|these))?"
                r"\s+(?:equations?|formulae|formulas?)\W*$", topic):
        return ""  # "Rearranging the equation": a method, no topic, and "P = 50 W, t = 300 s → E" rearranges nothing
    return "" if re.search(r"\?\W*$", topic) else topic  # "Why does the ladder question always come up?" is no topic


_ASKED_IN_LINE = re.compile(r"(?:\?|(?:^|[.,:;]\s+)(?:[Ff]ind|[Cc]alculate|[Ww]ork out)\b[^.?]*[.?])\s+(?=\S)")
"""The end of a question asked inside a line before its working ("…, find the opposite side x. SOH → x = …")."""


def _split_question(point: Point) -> tuple[Point, Point] | None:
    """A line holding a question and then its working, as the two ("hypotenuse 12 cm, angle 35°, find the opposite
    side x." and "SOH → x = 12 × sin 35° = 6.88 cm"); None where it holds no such question."""
    found = _ASKED_IN_LINE.search(point.text)
    if found is None or "=" not in point.text[found.end():]:
        return None
    cut = found.end()
    return (Point(point.text[:cut].strip()),
            Point(point.text[cut:], tuple(Span(span.start - cut, span.end - cut) for span in point.terms
                                          if span.start >= cut)))


def arrowed(point: Point) -> Point | None:
    """A worked line written without arrows ("Sides 6 cm and 8 cm. c² = 36 + 64 = 100, c = √100 = **10 cm**") with
    them put in where its givens end and where its last step starts ("Sides 6 cm and 8 cm → c² = 36 + 64 = 100 →
    c = √100 = 10 cm"), so it reads as the arrowed examples do; None for any other line. Its givens are values with
    no working, and its bolded result ends it."""
    label = _LABELLED.match(point.text)
    if label:  # "Q3 – a ball is dropped …", "Ex. 1 – spot moved …": the label is no given
        point = point.tail(label.end())
    point = _first_result(point)
    text = point.text
    if ARROW.search(text):
        return None
    result = next((span for span in (*point.terms[-1:], _plain_result(text)) if span is not None
                   and re.search(r"[=≈]\s*$", text[:span.start])
                   and re.fullmatch(r"\s*(?:\([^()]*\))?[\s.;]*", text[span.end:])), None)
    if result is None:
        return None
    steps = [found for found in _STEP_START.finditer(text, 0, result.start)]
    first = next((found for found in steps if re.search(r"\d", text[:found.start()])
                  and "=" not in _ASSIGNMENT.sub("", text[:found.start()]) and not _ASSIGNMENT.match(text, found.end())),
                 None)  # (the label is off already; givens may be values, "r = 3 cm, h = 10 cm")
    if first is None or re.search(r"(?i)\b(?:change|difference|total|sum|so|then)\s*[£$€]?\d", text[:first.start()]):
        return None  # "Price goes from £50 to £62 – change £12, 12 ÷ 50 …": the givens would print the first step
    if _ASSIGNMENT.search(text[:first.start()]) and re.match(r"[£$€]?\d", text[first.end():]):
        return None  # "sold for £6,200. Loss = £1,800. 1,800 ÷ 8,000 × 100 = …": a value worked out, then a sum
        # with no name
    cuts = [first] + [found for found in steps[steps.index(first) + 1:] if found.group(1).startswith(",")][-1:]
    if re.fullmatch(r"[^\d=]*=\s*[\d.]+\s+[^\W\d_][^\d=]*", text[:first.start()]) \
            and re.fullmatch(r"\s*(?:so\s+)?[a-z]+(?:\s+[a-z]+)+\s*",
                             re.match(r"[^=]*", text[cuts[-1].end():]).group()):
        return None  # "crosses twice = 2 roots, just touches = 1 repeated root": values listed side by side, none
        # worked out from another
    if re.search(r"[.;!]\s", text[cuts[-1].end():result.start]):
        return None  # "Loss = £1,800. 1,800 ÷ 8,000 × 100 = 22.5%": the last step is a sum with no name
    out = point
    for found in reversed(cuts):
        named = re.match(r"[a-z]{3,}(?=\s+[£$€]?\d)", text[found.end(1):])
        if named:  # "… by scale factor 3 has area 12 × 9 = 108 cm²": the result named, as a symbol would be
            out = _spliced(out, found.end(1) + named.end(), found.end(1) + named.end(), " =")
        out = _spliced(out, found.start(1), found.end(1), " → ")
    return out


_PLAIN_RESULT = re.compile(r"[=≈]\s*(−?\d[\d,. ]*(?:/\d+)?(?:\s*[^\W\d_][^\W\d_/²³⁻¹]*(?:/[^\W\d_]+|[²³]|⁻¹)?){0,2})"
                           r"\s*(?:\([^()]*\))?[\s.;]*$")
"""A figure and its unit after the last "=" of a line, bolded or not ("… Ek = ½ × 2 × 3² = 9 J.")."""


def _plain_result(text: str) -> Span | None:
    """The result ending a worked line written with no bold ("Ep = 50 × 9.8 × 4.0 = 1960 J (about 2.0 kJ)")."""
    found = _PLAIN_RESULT.search(text)
    return Span(found.start(1), found.start(1) + len(found.group(1).rstrip())) if found else None


def _spliced(point: Point, start: int, end: int, new: str) -> Point:
    """``point`` with its text from ``start`` to ``end`` replaced by ``new``, its terms and formulas moved along."""
    shift = len(new) - (end - start)
    return Point(point.text[:start] + new + point.text[end:],
                 tuple(span if span.end <= start else Span(span.start + shift, span.end + shift)
                       for span in point.terms),
                 point.line,
                 tuple(formula if formula.end <= start else replace(formula, start=formula.start + shift,
                                                                     end=formula.end + shift)
                       for formula in point.formulas))


def _first_result(point: Point) -> Point:
    """A worked line cut after its first bolded result where a second sum follows ("r = 3 cm, h = 10 cm. V = … =
    **282.7 cm³**; total SA = … = **245.0 cm²**"): the first is asked, the rest of the line left aside."""
    for span in point.terms:
        after = re.match(r"\s*(?:\([^()]*\))?(?=\s*;\s*\S)", point.text[span.end:])
        if after is not None and re.search(r"[=≈]\s*$", point.text[:span.start]):
            cut = span.end + after.end()
            return Point(point.text[:cut], tuple(term for term in point.terms if term.end <= cut), point.line,
                         tuple(formula for formula in point.formulas if formula.end <= cut))
    return point


_BARE_LABEL = re.compile(r"(?i)(?:the\s+)?(?:key\s+)?(?:formula|formulae|equation|rule|method|definition|term|tip|note|"
                         r"remember|recall|worked\s+example|example|calculation|practice|maths\s+skill|sum|"
                         r"(?:si\s+)?unit)s?|"
                         r"in\s+words|in\s+symbols|words|symbols")
"""A label that names no topic ("Formula", "Equations", "Worked examples", "In words"): as a calculation's context it
says not what is worked out."""
_MEASURE_ASKED = re.compile(r"(?i)→\s*(?:area|perimeter|volume|circumference|surface area)\s*=|"
                            r"(?:mm|cm|km|m)(?:[²³]|\^[23]\^)|"
                            r"→\s*(?-i:[AVPC]|SA)\s*=[^→]*?\d\s*(?:mm|cm|km|m)\b")
"""A shape's measure asked, by name, unit, or symbol with a length's unit ("→ V = …", "= 28.3 cm²", "→ P = 24 cm"):
of which shape, the card's title must say where it names two ("Spheres and hemispheres: r = 3 cm → V = ____"). (The
P of "TV: I = 0.5 A, V = 230 V → P = 115 W" is a power.)"""
_STEP_START = re.compile(rf"([.:;!,]\s+(?:so\s+)?|\s[–—]\s|\s(?:has|have|gives)\s+)"
                         rf"(?={_SYMBOL}[²³]?\s*=\s*\S|(?:(?<=has |ave |ves )[a-z]{{3,}}\s+)?"
                         rf"[£$€]?\d[\d.,]*\s*[×÷*/+−]\s*[\d.(][^=]*=)")
"""Where a step of working starts after the givens or a step before it (". c² = …", ", c = …", ", so C = …",
" – 240 × 1.15 = …", "a 1200 kg car at 15 m s⁻¹ has p = …")."""
_LABELLED = re.compile(r"(?i)^\W*(?:(?:worked\s+)?ex(?:ample)?\.?|q(?:uestion)?)\s*\d*\s*[.:)–—-]\s*")
"""A numbered example's label ("Ex 2.", "Q3 –"): its figure is no given."""


def _brings_in(found: Worked) -> bool:
    """Whether an example that names nothing it asks ends on a substance its givens lack ("→ 2 mol NH₃ = 34 g" from
    H₂), or on a bare figure worked from a given of its own ("four of them add to 31 → 40 − 31 = 9")."""
    after = found.working[len(found.givens):] if found.working.startswith(found.givens) else found.working
    formula = r"\b(?=[A-Z][a-z]?[₀-₉]|[A-Z][a-z]?[A-Z][a-z]?[₀-₉])(?:[A-Z][a-z]?[₀-₉]*){2,}\b"  # (NH₃, H₂O; not HT)
    formulas = set(re.findall(formula, after)) - set(re.findall(formula, found.givens))
    named = " " in found.unit.strip()  # ("→ ____ g ammonia": the unit names what is asked)
    bare = not found.unit.strip() and re.search(r"[^\W\d_]{3,}[^,;]*=\s*[\d.]+", found.givens) is not None
    return bool(formulas) and not named or bare


_NOT_A_QUANTITY = re.compile(r"(?i)\W*(?:you|we|they|remember|always|never|don['’]t|do not|first|then|now)\b")
"""A formula line's left side that is a sentence, not a quantity ("You may need moles = mass ÷ Mr first")."""
_FORMULA_LINE = re.compile(r"\W*([A-Za-z][^=≈→:()\d]{2,40}?)\s*[=≈]\s*([^=≈→]*?[+−×÷*/-][^=≈→]*?)\s*(?:\(\D*$|$)")
"""A formula in words on its left ("Sum of interior angles = (n − 2) × 180°", "Time in a stage ≈ (cells in that stage
÷ total cells) × length of the cell cycle"): what its working works out."""


def _formula_worked(working: str, points: tuple[Point, ...]) -> str | None:
    """The name a formula line of the card gives to what ``working`` works out: its right side, each one-letter
    quantity a figure, is in the working."""
    for point in points:
        formula = _FORMULA_LINE.match(point.text)
        if formula is None:
            continue
        pieces = re.findall(r"[^\W\d_][^\W\d_'’ ]*(?:\s+[^\W\d_][^\W\d_'’]*)*|\d+(?:\.\d+)?|\S",
                            re.sub(r"[°%]", "", formula.group(2)))  # (a quantity is a letter or words: "n", "total
        # cells")
        if not any(re.fullmatch(r"[^\W\d_].*", piece) for piece in pieces):
            continue
        pattern = r"\s*".join(r"[\d.,]+" if re.fullmatch(r"[^\W\d_].*", piece) else re.escape(piece)
                              for piece in pieces)
        steps = working.split("→")
        if len(steps) > 1 and re.fullmatch(pattern, steps[-1].split("=")[0].strip()) \
                and not _NOT_A_QUANTITY.match(formula.group(1)):  # (the last step: what the example works out)
            return formula.group(1).strip()  # (the whole sum after an arrow: "(12 ÷ 240) × 24" is no "cells in
            # mitosis ÷ total cells")
    return None


def rewritten(point: Point, title: str) -> Worked | None:
    """An expression a card's example rewrites, "e.g. (x + 3)(x + 5) → x² + 5x + 3x + 15 = **x² + 8x + 15**": asked
    as "(x + 3)(x + 5) = ____" under the card's title (expanding, factorising, simplifying), which says what to do.
    The expression and its result are algebra (a letter or two for each unknown, no words, no equation)."""
    text = point.text
    lead = re.match(r"\s*e\.g\.\s+", text)
    last = point.terms[-1] if point.terms else None
    if lead is None or last is None or text[last.end:].strip(" ."):
        return None
    arrow = ARROW.search(text, lead.end())
    if arrow is None or arrow.end() > last.start:
        return None
    task, result = text[lead.end():arrow.start()].strip(" ,:"), text[last.start:last.end].strip()
    if not all(_ALGEBRA.fullmatch(side) and re.search(r"[a-z]", side) and not re.search(r"[a-z]{3,}", side)
               for side in (task, result)) or " ".join(task.split()) == " ".join(result.split()):
        return None
    context = _topic(title)
    if not _REWRITING.search(context):
        return None  # "The power rule: 4x³ = ____" would call 12x² equal to 4x³: a derivative is no rewriting
    return Worked(capitalised(context), task, "= ", "", result, "", "", text[lead.end():].strip(" ."), arrow=False)


_REWRITING = re.compile(r"(?i)\b(?:expand\w*|factori[sz]\w*|simplif\w*|collect\w*|brackets?|difference of (?:two )?squares|"
                        r"like terms|algebraic fractions?)\b")
"""A title naming a way of writing an expression again, equal to it ("Expanding double brackets", "Factorising")."""


_ALGEBRA = re.compile(r"[a-z\d\s+−×÷()/.²³⁴⁵⁶⁷⁸⁹⁰¹⁺⁻-]+")
"""An expression of letters and figures, with no word and no "=" ("(x + 3)(x + 5)", "12a²b + 8ab²")."""


def _examples(pack: Pack, index: int):
    """Each worked example on card ``index`` that can be asked, with the positions of the points it uses."""
    card = pack.cards[index]
    whole = _card_example(card)
    if whole is not None:
        yield whole
        return
    earlier: list[str] = []  # the results the card's examples reached so far
    worked_out: list[str] = []  # the figures its lines above worked out
    for position, point in enumerate(card.points):
        expression = rewritten(point, card.title)
        if expression is not None:
            yield (position,), expression
            continue
        mass = formula_mass(point.text)
        if mass is not None:
            yield (position,), _formula_mass_asked(mass, pack)
            continue
        reached = _worked_results(card.points[position - 1]) if position else []
        worked_out += reached
        if position + 1 < len(card.points) and _ASKS.search(point.text) \
                and re.search(r"(?<![\w+/(−-])\d+(?:\.\d+)?(?![\w)/])", re.sub(r"^\W*\d+[.)]\s*", "", point.text)):
            # ("1. Find a common denominator", "2. Find the position of the middle value: the (n+1)/2th value": a
            # step of a method, with no figures to work from)
            found = answered(point, card.points[position + 1], card.title)
            first_step = found is not None and (
                any(_worked_on(later.text, found.number) for later in card.points[position + 2:])
                # "Find its density." then "V = … = 50 cm³" then "ρ = 400 ÷ 50 = …": 50 is a first step
                or position + 2 < len(card.points) and bool(_worked_results(card.points[position + 2])))
            # ("What is the activity after 9 days?" then "half-lives = 9 ÷ 3 = **3**" then "800 → 400 → 200 → **100
            # Bq**": the line after the question is a step, the answer comes later)
            if found is not None and not first_step:
                yield (position, position + 1), found
                continue
            stepped = _answered_over_steps(card.points, position, card.title)
            if stepped is not None:
                yield stepped
                continue
            if first_step:
                continue
        if _CHECK_FIRST.match(point.text):
            continue  # "Check: volume displaced = 0.001 m³ → … = 9.8 N ✓": the example before, another way
        below_data = _data_then_sum(card.points, position, card.title)
        if below_data is not None:
            yield below_data
            continue
        parts = _split_question(point)
        found = answered(*parts, card.title) if parts else None
        if found is None and ARROW.search(point.text):
            found = worked(point, card.title, card.points[position - 1] if position else None)
        elif found is None and (chained := arrowed(point)) is not None:
            found = worked(chained, card.title, card.points[position - 1] if position else None)
        if found is None and not ARROW.search(point.text) and _SO_WORKED.search(point.text):
            found = worked(point, card.title, card.points[position - 1] if position else None)  # (", so the
            # original price = …")
        if found is not None and not found.asked and not found.currency and _brings_in(found):
            continue  # "6 g H₂, Mᵣ = 2 → … → 2 mol NH₃ = 34 g", "mean of 5 numbers = 8, four of them add to 31 → …
            # = 9": what the answer is (the NH₃, the fifth number) only the working says
        if found is not None and not found.asked and (label := _formula_worked(found.working, card.points)):
            found = replace(found, asked=f"{label[:1].lower()}{label[1:]} = ")  # "Sum of interior angles = (n − 2) ×
            # 180°" then "e.g. hexagon, n = 6 → (6 − 2) × 180 = 720°" asks "→ sum of interior angles = ____°", not
            # "→ ____°" (one angle is 120°)
        if found is None and (sum_ := equated(point, card.title)) is not None:
            yield (position,), sum_  # (its answer is a power or a product, no figure a later example works on)
            continue
        if found is None and (solution := solved_for(point, card.title)) is not None:
            yield (position,), solution
            continue
        opening = re.match(rf"\W*({_NUMBER})", found.givens) if found is not None else None
        above = [figure for figure in re.findall(_NUMBER, card.points[position - 1].text)
                 if _value(figure) not in _CONVERSIONS] + [
            figure for figure, unit in re.findall(rf"({_NUMBER})\s*([kMmµ]?Ω|[a-zA-Zµ]{{1,3}}\b)",
                                                  card.points[position - 1].text)
            if not re.search(rf"(?<![^\W\d_]){re.escape(unit)}(?![^\W\d_])", point.text)] \
            if found is not None and position and _worked_results(card.points[position - 1]) else []
        # ("Base flow 8 cumecs → storm rise = 40 − 8": the 40 is a given of the example above; so is "cables of
        # resistance 2 Ω" to "At 400 000 V, I = 250 A, loss = 250² × 2", a 2 that is no conversion, in a unit the
        # line itself never names)
        if found is not None and (_goes_on_from(found, earlier + worked_out + above) or opening is not None and any(
                _value(opening.group(1)) == _value(result) for result in reached)):
            found = None  # "Driver turns at 90 rpm → 90 ÷ 3 = 30 rpm": the 3 is the line before's gear ratio; "8 + 2c
            # = 18 → c = £5": the 8 is the line before's "a = £8", a middle step of its sum
        if found is not None and found.arrow and any(_finishes(later, found.number, card.title)
                                                      for later in card.points[position + 1:]):
            found = None  # "Class A – 20 pupils, mean 65 → total 1300" then "Combined mean = (1300 + 800) ÷ 30 = **70**":
            # a first step of the card's sum
        if found is not None:
            earlier.append(found.number)
            yield (position,), found
            continue
        equations = solved([each.text for each in card.points], position)
        if equations is not None:
            yield tuple(range(position, equations.last + 1)), _solving(equations, card.points, position, card.title)


def _formula_mass_asked(found: FormulaMass, pack: Pack) -> Worked:
    """A formula's mass as a calculation, the atomic masses it needs given in the pack's own symbols ("CO₂ (Ar: C =
    12, O = 16) → Mr = ____"): no student is asked to know them by heart."""
    atomic, formula = symbols(" ".join(point.text for card in pack.cards for point in card.points))
    return Worked("", f"{found.formula} {given_masses(found, atomic)}", f"{found.symbol or formula} = ", "",
                  found.number, "", "", found.working)


_REJECTS = re.compile(r"(?i)\b(?:reject|discard|ignore)\w*\b|\b(?:can['’]?t|cannot|can\s+not)\s+be\s+negative\b")
"""A line that throws out one of the roots worked above it, as the problem's setting asks."""
_CHECK_FIRST = re.compile(r"(?i)^\W*(?:always\s+)?check\b")
"""A line that opens on checking an answer another way ("Check: volume displaced = 0.001 m³ → … = 9.8 N")."""
_CHECK = re.compile(rf"{_CHECK_FIRST.pattern}|✓\s*\W*$")
"""A line that checks the answer after the working ("… = 0.049 J ✓")."""
_NEW_EXAMPLE = re.compile(r"[^\d=→:]{3,40}:\s*[^\W\d_]{1,3}\s*=\s*\d")
"""A line that opens another example with a label and its own given ("Long wave radio: f = 198 kHz = …")."""
MAX_STEP_LINES = 4
"""How many lines after a question its working may run to (three stages and their total)."""


def _answered_over_steps(points, position: int, title: str) -> tuple[tuple[int, ...], Worked] | None:
    """A question the card works over two to four lines, the last of them reaching the result ("Find the
    extension." then "Rearrange F = k e → e = F ÷ k" then "e = 6.0 ÷ 40 = **0.15 m**"), with the positions of its
    lines; None where no line after it answers it, or the figure a line reaches is a step a later line goes on from
    ("e = 15.5 − 12.0 = **0.035 m**", then "k = 2.8 ÷ 0.035 = …")."""
    run = []
    for index in range(position + 1, len(points)):
        if _ASKS.search(points[index].text) or _CHECK.search(points[index].text) \
                or _QUESTION_LEAD.match(points[index].text) or _NEW_EXAMPLE.match(points[index].text) \
                or re.match(r"(?i)\W*(?:if|suppose)\b", points[index].text):
            break  # (the next question: "Q2 – a lamp has 3.0 V across it …", "Long wave radio: f = 198 kHz → …",
            # "If the plant actually made 10.2 t: percentage yield = …")
        run.append(index)
    asked = _QUESTION_LEAD.sub("", points[position].text)
    if not re.search(r"\d", _PARENTHESES.sub("", asked)):
        return None  # "Find the biggest square number factor (4, 9, 16 …)": a method, whose figures are examples
    bolded = [index for index in run[1:MAX_STEP_LINES] if any(re.search(r"\d", points[index].text[span.start:span.end])
                                                             for span in points[index].terms)]
    for end in run[1:MAX_STEP_LINES]:
        if bolded and end not in bolded:
            continue  # "moles = 320 ÷ 160 = 2 mol" before "mass = 4 × 56 = **224 g**": the author bolded the answer
        if any(later in bolded and "=" in points[later].text for later in run if later > end):
            continue  # "28 t → 2 × 17 = **34 t**" then "56 t is twice 28 t, so maximum mass = **68 tonnes**": a later
            # line the author bolds goes on to the answer, whatever form it takes
        found = answered(points[position], points[end], title,
                         " ".join(points[index].text for index in run if index < end))
        reached = _worked_results(points[end])
        if found is None and reached and not any(_worked_on(points[later].text, figure)
                                                 for later in run if later > end for figure in reached):
            break  # the card's answer, in a form no blank takes ("p = **18 000 kg m/s**"): what follows is another sum
        if found is None or any(_worked_on(points[later].text, found.number) for later in run if later > end) \
                or _given(found, asked):
            continue
        if any(_converted(points[index], found) for index in run if index < end):
            return None  # "… = **0.0800 mol/dm³**" then "× 40 = **3.20 g/dm³**": which one the question wants, it
            # does not say
        working = _lines_joined(points[index].text for index in run if index <= end)
        return tuple(range(position, end + 1)), replace(found, working=working)
    return None


_WORKED_CARD = re.compile(r"(?i)^\W*(?:a\s+)?worked\s+example\s*\d*\s*[:–—-]\s*(\S.*)$")
"""A card that is one worked example, and what it works ("Worked example: burning methane")."""
_NAMED = (rf"(?:Δ[A-Za-z]|[a-z]{{3,}}\s+[A-Z][A-Za-z₀-₉]{{0,8}}|[A-Za-z][a-zᵣ]?\([A-Z][A-Za-z₀-₉⁰¹²³⁴-⁹⁺⁻]{{0,10}}\)"
          rf"|{_SYMBOL})")
"""What a line works out, as its symbol ("ΔH", "v", "KE"), a quantity of a substance ("concentration NaOH") or a
symbol of one ("Ar(Cl)", "Mr(CO₂)")."""
_GIVEN_LINE_WORDS = 25
"""A line of data is short ("Bond energies: H–H 436, Cl–Cl 242 kJ/mol"); a longer one explains."""


def _card_example(card: Card) -> tuple[tuple[int, ...], Worked] | None:
    """A card that is one worked example over its lines ("Worked example: hydrogen + chlorine": the equation and the
    bond energies, then "Broken: 436 + 242 = …", "Made: 2 × 431 = …", "ΔH = 678 − 862 = **−184 kJ/mol**") as one
    calculation: the data lines as givens, the last line that names its quantity as the one asked, and the lines
    between as the key's working; None where a figure of the working is neither given, reached on the way nor a
    small count (the card leans on another), or where no line names what it reaches."""
    titled = _WORKED_CARD.match(card.title)
    points = card.points
    first = next((index for index, point in enumerate(points) if re.search(r"=\s*[-−(]?\s*\d", point.text)
                  and not (index == 0 and _ITERATION_START.search(point.text) and not point.terms)), None)
    # ("xₙ₊₁ = ∛(3xₙ + 5), x₀ = 2": an iteration's formula and its start are its data)
    if titled is None or not first:  # ("C=O 805" is a bond in the data, no sum)
        return None
    if sum(_OPENS_EXAMPLE.match(point.text) is not None for point in points[first:]) >= 2:
        return None  # "e.g. 10 cm → 20 cm → … = 0.25" then "e.g. 10 cm → 5 cm → … = 4 times": examples of their own
    data = [point.text.strip().rstrip(".") for point in points[:first]]
    if any(len(line.split()) > _GIVEN_LINE_WORDS or "?" in line or _ASKS.search(line) or _QUESTION_LEAD.match(line)
           for line in data) or not re.search(r"\d", " ".join(data)):
        return None  # ("Q. A 1000 kg car … Find the stopping distance.": a question the card asks, read as one)
    last = None
    for index in range(first, len(points)):
        if "=" not in points[index].text or _CHECK.search(points[index].text):
            break  # ("Exam tip: draw out the displayed formulae first …"): the example is done
        if re.match(rf"\s*{_NAMED}\s*=", _after_arrows(points[index].text)) and _result_span(points[index]) is not None:
            last = index
    if last is None:
        return None
    reached = _named_result(points[last])
    known = _figures(" ".join(data))
    if reached is None or not all(_works_from(points[index].text, known) for index in range(first, last + 1)):
        return None  # a figure from nowhere on the card: the example goes on from another
    asked, number, unit = reached
    working = _lines_joined(point.text for point in points[first:last + 1])
    precision = _PRECISION.search(points[last].text)  # ("x₃ = **2.2770** (4 d.p.)": the rounding the key keeps)
    return tuple(range(last + 1)), Worked(capitalised(titled.group(1).strip(" .")), ". ".join(data) + ".",
                                          f"{_sentence_start(asked)} = ", "", number, unit,
                                          precision.group(0) if precision else "", working, arrow=False)


_ITERATION_START = re.compile(r"[a-z]ₙ₊₁\s*=|(?<![\w₀-₉])[a-z]₀\s*=")
"""An iteration's formula or its starting value ("xₙ₊₁ = ∛(3xₙ + 5)", "x₀ = 2")."""


def _lines_joined(lines) -> str:
    """A card's lines of working as one key: a semicolon after a line that ends on no stop ("… = 4.50 × 10⁻⁴ mol;
    n(Fe²⁺) = …"), lest one step's unit run into the next step's name."""
    texts = [line.strip() for line in lines]
    return " ".join(text if index == len(texts) - 1 or re.search(r"[.;:!?]$", text) else f"{text};"
                    for index, text in enumerate(texts))


def _works_from(text: str, known: set[float]) -> bool:
    """Whether each sum of a line of working starts from figures ``known`` (given, or reached by a line above), a
    small count or a conversion ("÷ 100"); what it reaches is known after it."""
    for clause in text.split(";"):  # ("Broken: 2 × 366 = 732; made: 436 + 193 = 629")
        sides = clause.split("=")
        worked_from = next((side for side in sides[:-1] if re.search(r"\d", side)), "")  # what the sum starts from
        # ("436 + 242" of "Broken: 436 + 242 = 678", "678 − 862" of "ΔH = 678 − 862 = −184"); the sides after it,
        # what it reaches
        if any(value not in known and value not in _CONVERSIONS and not (value <= 10 and value.is_integer())
               and not {round(value * 1000, 9), round(value / 1000, 9)} & known
               for value in _figures(worked_from)):
            return False  # (a given in other units, "0.0250" dm³ for 25.0 cm³, is the given)
        if worked_from:
            known |= _figures(" ".join(sides[sides.index(worked_from) + 1:]))
    return True


def _figures(text: str) -> set[float]:
    """The values of ``text``'s figures, unsigned ("chlorine-35" gives 35)."""
    return {abs(_value(figure)) for figure in re.findall(_NUMBER, text)}


def _after_arrows(text: str) -> str:
    """A line's last step, past its arrows: what it names there is what it reaches ("u = 0, s = 45 m → t = … = **3.03
    s**" reaches t, not u)."""
    return ARROW.split(text)[-1]


def _named_result(point: Point) -> tuple[str, str, str] | None:
    """What a line of working names and the result it reaches, with its unit ("ΔH = 678 − 862 = **−184 kJ/mol**"
    gives ΔH, −184 and kJ/mol); None where the line opens on no quantity or ends its sum on no bolded figure and
    unit."""
    named = re.match(rf"\s*({_NAMED})\s*=", _after_arrows(point.text))
    span = _result_span(point)
    result = re.fullmatch(rf"\s*([+−-]?)({_NUMBER})\s*(.*?)\s*", point.text[span.start:span.end]) if span else None
    if named is None or result is None or not _is_unit(result.group(3)):
        return None
    return named.group(1), result.group(1) + result.group(2), result.group(3)


def _data_then_sum(points, position: int, title: str) -> tuple[tuple[int, ...], Worked] | None:
    """A line that works a quantity from the figures of the line above ("Chlorine is 75 % chlorine-35 and 25 %
    chlorine-37." then "Aᵣ = (35 × 75 + 37 × 25) ÷ 100 = … = **35.5**") as a calculation: the line above as its
    givens, "Aᵣ = ____" asked; None where the line above is no short line of data or leaves a figure unsaid."""
    point = points[position]
    reached = _named_result(point)
    span = _result_span(point)
    if not position or reached is None or ARROW.search(point.text) or ";" in point.text \
            or not re.fullmatch(r"[\s.,]*", point.text[span.end:]):
        return None  # ("French only = 18 − 5 = 13; Spanish only = …": the line's last result is another's)
    data = points[position - 1].text.strip().rstrip(".")
    if re.search(r"=\s*[-−(]?\s*\d|\?|\b(?:so|therefore|hence)\b", data) or ARROW.search(data) or _ASKS.search(data) \
            or len(data.split()) > _GIVEN_LINE_WORDS or not re.search(r"\d", data):
        return None  # ("Median class: … so it lies in 20 < h ≤ 30": a conclusion, no data)
    asked, number, unit = reached
    working = point.text.split("=", 1)[1]  # (after what the line names)
    known = _figures(data)
    first_side = next((side for side in working.split("=") if re.search(r"\d", side)), "")
    if len(_figures(first_side) & known) < 2 or not _works_from(working, known):
        return None  # (and "Estimated range = … = 40 − 0": one figure of the line above is no working from it)
    return (position - 1, position), Worked(capitalised(_topic(title)), data + ".", f"{_sentence_start(asked)} = ",
                                            "", number, unit, "", point.text.strip(), arrow=False)


def _sentence_start(name: str) -> str:
    """What a line works out, as it opens a sentence after its data ("… 2HCl. Concentration NaOH = ____"): a word's
    first letter raised, a symbol's kept ("v", "pH")."""
    return name[:1].upper() + name[1:] if re.match(r"[a-z]{3,}\b", name) else name


def _result_span(point: Point) -> Span | None:
    """The last bolded figure of a line, where it ends the line's sum ("ΔH = 678 − 862 = **−184 kJ/mol**, so …"); with
    none bolded, the figure after the line's last "=" where it ends the line ("Ar(Cl) = (35 × 75 + 37 × 25) ÷ 100 = …
    = 35.5")."""
    spans = [span for span in point.terms if re.search(r"\d", point.text[span.start:span.end])
             and re.search(r"=\s*$", point.text[:span.start])]
    plain = _plain_result(point.text) if not spans else None
    return spans[-1] if spans else plain if plain is not None and "=" in point.text[plain.start - 2:plain.start] \
        else None


def _converted(step: Point, found: Worked) -> bool:
    """Whether a step reached a bolded result per the same thing as the answer's unit ("mol/dm³" before "g/dm³"): the
    answer is that result converted, and either would answer the question."""
    per = found.unit.partition("/")[2]
    return bool(per) and any(re.match(rf"\s*[^\s\d/]+/{re.escape(per)}", step.text[span.end:]) is not None
                             or re.search(rf"/{re.escape(per)}\s*$", step.text[span.start:span.end]) is not None
                             for span in step.terms if re.search(r"\d", step.text[span.start:span.end]))


def _given(found: Worked, asked: str) -> bool:
    """Whether the question prints the result as one of its figures, in the result's unit or with none ("3rd term 7
    and 5th term 19" answered "… = 19"; a trolley of 2.0 kg is no velocity of 2.0 m/s)."""
    unit = re.escape(found.unit.split()[0]) if found.unit else ""
    return any(_value(figure.group(1)) == _value(found.number)
               and (not unit or re.match(rf"\s*{unit}(?!\w)", asked[figure.end():]) is not None)
               for figure in re.finditer(rf"(?<![\w.])({_NUMBER})", asked))


def equated(point: Point, title: str) -> Worked | None:
    """A line of index, surd or standard-form working, perhaps after its rule in words ("e.g. 3⁴ × 3⁵ = 3⁹, 7⁸ ÷ 7²
    = 7⁶", "Big numbers → positive power. 45 000 = 4.5 × 10⁴", "(3 × 10⁴) × (5 × 10⁶) = 15 × 10¹⁰ = 1.5 × 10¹¹") as a
    calculation: its first sum with the last value a blank ("3⁴ × 3⁵ = ____"), the steps between as the key's
    working. None where words say more than the sum, where a step is a value as right as the last (1/2 = 0.5 = 50%),
    or where the sum is plain arithmetic (a step of an applied example)."""
    fractional = _FRACTION_TITLE.search(title) is not None  # "Adding and subtracting fractions": "⅔ + ¼ = 11/12"
    if any(formula.fractions for formula in point.formulas) and not fractional:
        return None
    text = re.sub(r"(?i)^\W*(?:e\.g\.?|eg|(?:worked\s+)?example|for example)\s*[:–—-]?\s*", "",
                  point.text).strip().rstrip(".")
    share = _SHARE_SUM.match(text)
    if share:  # "Find a percentage using a multiplier: 35% of £80 = 0.35 × 80 = **£28**": the share is the sum
        sum_ = share.group(2)
        parts = [part.strip() for part in sum_.split("=")]
        if len(parts) < 3 or not re.fullmatch(r"[£$€]?\d[\d,]*(?:\.\d+)?", parts[-1]):
            return None
        currency = parts[-1][0] if parts[-1][0] in "£$€" else ""
        return Worked(capitalised(_topic(title)), parts[0], "= ", currency, parts[-1].lstrip("£$€"), "", "", sum_,
                      arrow=False)
    operation = _OPERATION_LABEL.match(text)
    if operation:  # "Expand and simplify: 3(x + 2) − 2(x − 4) = … = x + 14": what to do, said before the sum
        text = text[operation.end():]
    rewrites = operation is not None or _OPERATION_TITLE.search(title) is not None  # ("Expanding double brackets")
    if re.search(r"[A-Za-z]{2,}", re.split(r",\s+|;\s*", text)[0]):
        sums = [clause for clause in _CLAUSE.split(text) if "=" in clause
                and not re.search(r"[A-Za-z]{2,}", re.split(r",\s+|;\s*", _EG.sub("", clause))[0])]
        if len(sums) != 1 or any(re.search(r"(?<![\d.])(?:[2-9]|\d{2,})", clause) for clause in _CLAUSE.split(text)
                                 if clause != sums[0]):
            return None  # ("a car bought for £12 000 loses 15% a year. After 3 years: 12 000 × 0.85³ = …": the words
            # hold the example's data, and its sum alone is a calculator's press)
        text = _EG.sub("", sums[0]).strip()  # "Multiplying: multiply the numbers, add the powers. (3 × 10⁴) × (5 ×
        # 10⁶) = …": the rule in words, then the sum it is worked on
    first = re.split(r",\s+|;\s*", text)[0].strip()
    if "≈" in first:
        return None  # "0.99⁵ = (1 − 0.01)⁵ ≈ 1 − 0.05 + 0.001 = 0.951": an approximation, where "0.99⁵ = ____" asks
        # the exact value (0.95099…)
    parts = [part.strip() for part in first.split("=")]
    if len(parts) < 2 or ARROW.search(text) or re.search(r"[A-Za-z]{2,}", re.sub(r",\s+not\b.*$", "", text)) \
            or not all(parts) or not re.search(rf"[\d{_VULGAR}]", parts[0]):  # ("⅔ + ¼": a vulgar fraction is a
        # figure; "(5²)³ = 5⁶, not 5⁵": the slip to avoid, after the sum)
        return None
    powered = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁻√]|\d[a-z]|[a-z]\d|\^")  # (and "√72 = 6√2": a surd)
    standard = re.fullmatch(r"[-−]?\d(?:\.\d+)?\s*×\s*10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+", parts[-1]) is not None
    fraction = fractional and _A_FRACTION.search(parts[0]) is not None and _ONE_FRACTION.fullmatch(parts[-1]) is not None
    if not (powered.search(parts[0]) or standard or fraction or rewrites and re.search(r"[a-z]", parts[0])):
        return None  # "150 ÷ 2500 × 100 = 6%": a step of an applied example, which the line no longer says
    if re.search(r"[a-z]", parts[0]) and not re.search(r"[a-z]", parts[-1]):
        return None  # "2y + 4x = 10": an equation to solve or a line, not an expression to simplify
    converted = standard and len(parts) == 2 and re.fullmatch(r"\d[\d\s,]*(?:\.\d+)?", parts[0]) is not None \
        and re.search(r"(?i)\bstandard\s+form\b", title) is not None  # "45 000 = 4.5 × 10⁴" under "Standard form": a
    # number to write in the form its title names
    if not converted and not re.search(r"[×÷+−*/()^√]|\d\s*[a-z]|[⁰¹²³⁴⁵⁶⁷⁸⁹]", parts[0]) \
            or _ONE_FRACTION.fullmatch(parts[0]) or any(
            not re.search(r"[×÷+−*/()⁺⁻]", step) for step in parts[1:-1]):
        return None  # nothing to work out ("2/3 = 4/6 = 10/15": any equal fraction is as right), or a step that is as
        # right an answer as the last ("3⁴⁺⁵⁻²" is a sum)
    rewritten = rewrites and re.search(r"[a-z√]", parts[0]) is not None \
        and re.search(r"[a-z√]", parts[-1]) is not None \
        and re.sub(r"\s", "", parts[0]) != re.sub(r"\s", "", parts[-1])  # "3(2x − 5) = 6x − 15" under "Expanding
    # single brackets", "(2 + √5)² = 9 + 4√5" under "Expanding brackets with surds": the expression the title says to
    # reach, any equal form of it right
    if not standard and not rewritten and not fraction and re.search(r"[×÷+−*/]|\s", parts[-1]):
        return None  # the answer is one value ("3⁹", "10x⁷", "0.0705") or one in standard form
    if _notation_only(parts[0], parts[-1]):
        return None
    context = capitalised(operation.group(1)) if operation else capitalised(_topic(title))
    return Worked(context, parts[0], "= ", "", parts[-1], "", "", first, arrow=False)


def _notation_only(expression: str, result: str) -> bool:
    """Whether a sum only writes its one unknown in index form ("3/x² = 3x⁻²", "1/√x = x^(−½)"): "3/x² = ____" asks
    for no form, and the expression as it stands, or its integral on a calculus sheet, is as right an answer."""
    letters = re.findall(r"[a-z]", expression)
    return len(letters) == len(set(letters)) and bool(re.search(r"[/√]", expression)) \
        and not re.search(r"\)[⁰¹²³⁴⁵⁶⁷⁸⁹]", expression) and bool(re.search(r"⁻|[½⅓¼]|\^", result))


def solved_for(point: Point, title: str) -> Worked | None:
    """An inequality, or an equation with two roots, worked by arrows to the values of its one unknown ("3x + 5 ≤ 20
    → 3x ≤ 15 → x ≤ 5", "x² − 5x + 6 = 0 → (x − 2)(x − 3) = 0 → x = 2 or x = 3") as a calculation: its first step
    asked, the values its last gives the answer, the steps between the key's working. An equation with one root is
    ``worked``'s, whose answer is its figure."""
    if point.formulas:
        return None
    text = _SOLVED_LEAD.sub("", point.text.strip()).rstrip(" .")
    steps = ARROW.split(text)
    if len(steps) < 2 or re.search(r"[A-Za-z]{2,}", steps[0]) or not re.search(r"\d", steps[0]):
        return None
    unknowns = set(re.findall(r"(?<![A-Za-z])[a-z](?![A-Za-z])", steps[0]))
    if len(unknowns) != 1 or not _RELATION.search(steps[0]):
        return None
    unknown = unknowns.pop()
    value = rf"[−-]?\d+(?:\.\d+)?(?:/\d+)?"
    one = rf"{unknown}\s*{_RELATION.pattern}\s*{value}"
    final = re.search(rf"(?:^|\bso\s+|,\s*)((?:{value}\s*[<≤]\s*)?{one}(?:\s+or\s+{one})?)$", steps[-1])
    if final is None or re.fullmatch(rf"{one}|{value}\s*[<≤]\s*{one}", steps[0]) \
            or " or " not in final.group(1) and not re.search(r"[<>≤≥]", final.group(1)):
        return None  # "x = 6.2 → …" starts from a value; "7x − 3 = 4x + 12 → x = 5" is ``worked``'s
    return Worked(capitalised(_topic(title)), steps[0].strip(), "", "", final.group(1), "", "", " → ".join(steps))


_SOLVED_LEAD = re.compile(r"(?i)^(?:(?:e\.g\.?|eg|(?:worked\s+)?example|for example)\s*[:,–—-]?)?\s*"
                          r"(?:[^\W\d][^\d:→=<>≤≥]{1,40}:\s+)?")
"""What opens a worked line before its sum: "Example:", a label ("Unknowns on both sides:")."""
_OPERATION_STEP = re.compile(r"(?i)(?:then\s+)?(?:add|subtract|take away|take|minus|multiply|divide|times|square|"
                             r"square root|expand|collect|factori[sz]e|simplify)\b[^=<>≤≥]*")
"""A step of solving said in words ("subtract 7 from both sides", "divide by 3")."""
_RELATION = re.compile(r"(?:<|>|≤|≥|=)")
"""A sign between the sides of an equation or an inequality."""
_CLAUSE = re.compile(r"(?<=[^\W\d_])[.:]\s+|\s[–—]\s")
"""Where a line's sentence or label ends, or a dash sets off a comment ("… add the powers. (3 × 10⁴) × …")."""
_EG = re.compile(r"(?i)^\W*(?:e\.g\.?|eg|for example)[:,]?\s*")
"""An example's lead ("e.g. 8⁰ = 1"), no part of its sum."""
_FRACTION_TITLE = re.compile(r"(?i)\bfractions?\b")
"""A card on fractions, whose sums of fractions are the skill it teaches (not a step of an applied example)."""
_VULGAR = "".join(VULGAR_FRACTIONS.values())  # "½⅓⅔¼ …": a fraction typed as one character
_A_FRACTION = re.compile(rf"\d+/\d+|[{_VULGAR}]")
_ONE_FRACTION = re.compile(rf"\d*\s?(?:\d+/\d+|[{_VULGAR}])|\d+")
"""A single fraction or mixed number ("11/12", "1⅓", "⅚"): one value, the sum's answer."""
_SHARE_SUM = re.compile(rf"(?i)\s*(?:([A-Z][^:=]{{2,60}}):\s*)?((?:\d+(?:\.\d+)?%|\d+/\d+|[{_VULGAR}])\s+of\s+"
                        r"[£$€]?\d[\d,]*(?:\.\d+)?\s*=[^=]+=\s*[£$€]?\d[\d,]*(?:\.\d+)?)\s*$")
"""A share of an amount worked to its value ("35% of £80 = 0.35 × 80 = £28"), perhaps after a label of words."""
_OPERATION_LABEL = re.compile(r"(?i)\s*((?:expand(?:\s+and\s+simplify)?|factori[sz]e(?:\s+fully)?|simplify))\s*:\s*")
"""What a line's sum asks done, said before it ("Expand and simplify: …")."""
_OPERATION_TITLE = re.compile(r"(?i)\b(?:expand(?:ing)?|factori[sz](?:e|ing|ation)|simplif(?:y|ying|ication)|"
                              r"collecting\s+like\s+terms|difference\s+of\s+two\s+squares)\b")
"""A card title that says what its sums do to an expression ("Expanding double brackets", "Factorising")."""


def _solving(equations: Solved, points, position: int, title: str) -> Worked:
    """Equations set on one line and solved on the next ones, as a calculation: the equations, then a line for
    each unknown; the lines that solve them are the key's working."""
    (first, value), *more = equations.values
    working = _lines_joined(point.text for point in points[position + 1:equations.last + 1])
    return Worked(capitalised(_topic(title)), equations.equations, f"{first} = ", "", value, "", "", working,
                  more=tuple((f"{name} = ", number) for name, number in more))


_CONVERSIONS = frozenset({1.0, 2.0, 10.0, 24.0, 60.0, 90.0, 100.0, 180.0, 360.0, 1000.0, 3600.0})
"""Figures a working may bring in itself (× 60, ÷ 1000, 360 ÷ 24): no sign it goes on from the line above."""


def _goes_on_from(found: Worked, earlier: list[str]) -> bool:
    """Whether an example's working uses a figure its givens do not print but an earlier example of its card
    reached: it goes on from that example, which the sheet may not print."""
    given = Counter(_value(figure) for figure in re.findall(_NUMBER, found.givens))
    working = found.working[len(found.givens):] if found.working.startswith(found.givens) else found.working
    used = Counter(_value(figure) for figure in re.findall(_NUMBER, working)) - given  # (the working after the
    # givens it repeats: "nth term 4n − 1, 20th term → 4 × 20 − 1" uses no 4 the line above reached)
    used.pop(_value(found.number), None)
    for share in re.findall(rf"({_NUMBER})\s*%", found.givens):  # "a £80 coat goes up by 15% → 80 × 1.15": the
        # multiplier is the example's own 15%, though the line above wrote "multiply by 1.15" too
        for multiplier in (1 + _value(share) / 100, 1 - _value(share) / 100, _value(share) / 100):
            for figure in [figure for figure in used if abs(figure - multiplier) < 1e-9]:
                del used[figure]
    return any(used[_value(result)] > 0 for result in earlier
               if not (found.unit == "%" and _value(result) == 100))  # (counted: "Gun m = 4 kg → v = 4 ÷ 4" divides
    # the line before's 4 kg m/s by its own 4 kg; "18 ÷ 24 × 100 = 75%" takes no 100 from "1% = 1/100" above it: a
    # percentage is a share times 100)


def _other_quantity(asked: str, working: str) -> bool:
    """Whether the working names, before its first "=", a quantity the question does not ask for ("Find the stopping
    distance." answered by "Thinking distance = …")."""
    wanted = re.search(r"(?i)\b(?:find|calculate|work out)\s+(?:the|its|his|her|their)?\s*([a-z][a-z ]{2,40}?)\s*[.?]?$",
                       asked.strip())
    last_step = re.split(r",\s*so\b|;|→|\bso\b|\bthen\b|[.!]\s+(?=[A-Z])", working)[-1]
    label = re.match(r"\s*([A-Za-z][A-Za-z ]{2,40}?)(?:\s+(?:of|for|in)\s+[^\s=]{1,12})?\s*=", last_step) \
        or re.match(r"\s*([A-Za-z][A-Za-z ]{2,40}?)\s*=", working)  # ("Moles of CaCO₃ = 10.0 ÷ 100 = 0.100 mol, so
    # theoretical mass of CaO = …" for "Calculate the percentage yield": its last step's quantity is another)
    if wanted is None or label is None or len(label.group(1).split()) < 2:
        return False  # ("V = …": a symbol, which may be the quantity asked)
    return not set(wanted.group(1).casefold().split()) <= set(label.group(1).casefold().split())


def _worked_results(point: Point) -> list[str]:
    """The bolded figures a line of working reaches ("800 → 400 → 200 → **100 Bq**"), not those it states ("A car
    goes **120 km** in 2 h.")."""
    bolded = [figure for span in point.terms if re.search(r"[=→]", point.text[:span.start])
              and "=" not in point.text[span.start:span.end]
              for figure in re.findall(rf"{_NUMBER}(?![^\W\d_])", point.text[span.start:span.end])]  # (not "**C =
    # 2πr**": a formula's figure is no result)
    last = re.search(rf"[×÷+−*/]\s*[\d.]+[^=]*=\s*({_NUMBER})[^=\d]*$", point.text)  # ("p = 0.01 × 400 = 4 kg m/s")
    return bolded + ([last.group(1)] if last and not bolded else [])


def _finishes(point: Point, number: str, title: str) -> bool:
    """Whether ``point`` concludes its card's sum from ``number`` ("So the new number = 78 − 60 = **18**", "Combined
    mean = (1300 + 800) ÷ 30 = **70**" under "Combined mean"): the line that gave ``number`` was a step of it."""
    text = _after_arrows(point.text)  # ("triangle = … = 15.59 cm² → segment = 18.85 − 15.59 = **3.26 cm²**")
    label = text.split("=", 1)[0]
    concludes = re.match(r"(?i)\W*(?:so|then|therefore|hence)\b", text) is not None \
        or bool(content_words(label) & content_words(title))
    return concludes and "=" in text and bool(_worked_results(point)) and re.search(
        rf"(?:[(+×÷*/−-]\s*|=\s*\(?){re.escape(number)}(?![\d,]|\.\d)\s*[)+×÷*/−-]?", text) is not None


def _worked_on(line: str, number: str) -> bool:
    """Whether ``line`` is working that goes on from the figure ``number`` (the next step of a longer sum)."""
    return "=" in line and re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d,]|\.\d|\s*×\s*10)", line) is not None
    # (the 3.0 of "3.0 × 10⁸" is the speed of light, not a "3.0 m" reached above)


def calc_candidates(source: Material, labels: Labels) -> list[Candidate]:
    """A calculation for each worked example that can be asked fairly, the card's first ones first; none whose
    givens print another's result ("Coat costs £60, reduced by 20% → £48" beside "sale price £48 after 20% off")."""
    out: list[Candidate] = []
    asked: list[Worked] = []
    both_interests = _teaches_both_interests(source.pack)
    for index in source.worked_cards:
        for positions, found in _examples(source.pack, index):
            if " or " in found.number and any(_REJECTS.search(later.text)
                                              for later in source.pack.cards[index].points[positions[-1] + 1:]):
                continue  # "x(x + 3) = 40 → … → x = 5 or x = −8" then "A length can't be negative, so reject
                # x = −8": the card's answer is one root, which the working alone does not say
            if _one_stage(source.pack.cards[index], positions):
                continue
            if both_interests and _interest_unsaid(source.pack, index, positions) or any(
                    _second_of_two(source.pack.cards[index].points[position].text, found.number)
                    or _TWO_QUANTITIES.search(source.pack.cards[index].points[position].text)
                    for position in positions):
                continue
            refs = tuple(PointRef(index, position) for position in positions)
            out.append(Candidate(2.0 - 0.01 * positions[0], refs, _builder(refs, found, labels, source, asked),
                                 card=index))
    return out


_STAGE = re.compile(r"(?i)\W*(?:step|stage)\s*\d+\b")
"""A line that opens on its stage of a longer sum ("Step 1 – melt: m = 0.1 kg …")."""


def _one_stage(card, positions: tuple[int, ...]) -> bool:
    """Whether a worked example is one stage of a sum the card works in stages ("Step 1 – melt: m = 0.1 kg, L = 334
    000 J/kg → E = ____ J", then "Step 2 – warm: …"): asked alone, the stem says neither what is melted nor that its
    answer is not the total. A question's steps, worked under it, are its working."""
    return _STAGE.match(card.points[positions[0]].text) is not None \
        and sum(1 for point in card.points if _STAGE.match(point.text)) >= 2


_QUANTITY_WORD = r"(?:mass|volume|length|time|speed|velocity|force|energy|charge|current|power|area|distance|height)"
_TWO_QUANTITIES = re.compile(rf"(?i)\b(?:what|find|calculate|work out)\s+(?:the\s+)?{_QUANTITY_WORD}\s+and\s+"
                             rf"(?:the\s+)?{_QUANTITY_WORD}\b")
"""A question asking two quantities ("What mass and volume of hydrogen is made?"): a key of one answer marks half."""


def _up_to_result(working: str, result: str) -> str:
    """A working cut after the clause that gives its result ("Water (n = 1.33) → c = 48.8°", not "…; diamond (n =
    2.42) → c = 24.4°"): the next example on its line is no step of this one, nor a method a mark pays for."""
    at = working.find(result) if result else -1
    if at < 0:
        return working
    after = re.search(r";\s+(?=\S)", working[at + len(result):])
    return working[:at + len(result) + after.start()] + "." if after else working


def _second_of_two(text: str, number: str) -> bool:
    """Whether a result is the second of two worked side by side ("limits are 18 − 18 = 0 and 30 + 18 = 48"): the
    question asks for both, and the key would give one."""
    return re.search(rf"=\s*[−-]?\d[\d.,]*\s*(?:and|&)\s+[^=→;]*=\s*{re.escape(number)}(?!\d|\.\d)", text) is not None


def _teaches_both_interests(pack: Pack) -> bool:
    """Whether a pack teaches simple interest and compound growth both."""
    whole = " ".join(point.text for each in pack.cards for point in each.points)
    return bool(re.search(r"(?i)\bsimple\s+interest", whole) and re.search(r"(?i)\bcompound", whole))


def _interest_unsaid(pack: Pack, card: int, positions: tuple[int, ...]) -> bool:
    """Whether an example grows money over years without saying by simple or compound interest, in a pack that
    teaches both (see ``_teaches_both_interests``): "£2000 grows to £2420 in 2 years → ____% per year" is 10%
    compound, 10.5% simple."""
    said = " ".join([pack.cards[card].title, *(pack.cards[card].points[position].text for position in positions)])
    return bool(re.search(r"(?i)\binterest|\bgrows?\b|\binvest|\bsavings?\b|\bper (?:year|annum)\b|\bp\.\s?a\.",
                          said)
                and not re.search(r"(?i)\bcompound|\bsimple\b|\bdepreciat|\bdecay", said))


def _prints(givens: str, found: Worked) -> bool:
    """Whether ``givens`` print the result of ``found``: the figure with its sign or unit ("£48", "a = 2.5 m/s²"), or
    a bare figure too particular to be chance ("0.75", "512"); an equation's "5" beside another's "x + 5" is none."""
    figure = re.escape(found.number)
    asked = found.asked.strip(" =")
    if len(asked) >= 2 and re.search(rf"(?<!\w){re.escape(asked)}\s*=\s*{re.escape(found.currency)}{figure}(?![\d.])",
                                     givens) is not None:
        return True  # ("36 g of H₂O, Mᵣ = 18" beside "H₂O … → Mᵣ = ____", "FC = £600, contribution = £1.50" beside
        # "price £2.50, VC £1.00 → contribution = £____ per unit": the quantity asked, printed with its value)
    if found.currency and ("." in found.number or len(re.sub(r"\D", "", found.number)) >= 3) \
            and re.search(rf"{re.escape(found.currency)}{figure}(?![\d.])", givens):
        return True  # ("£1.50" is too particular to be chance, with or without its "per unit"; "£1" is not)
    if found.unit or found.currency:
        return re.search(rf"{re.escape(found.currency)}{figure}\s*{re.escape(found.unit.split()[0] if found.unit else '')}",
                         givens) is not None
    return ("." in found.number or len(re.sub(r"\D", "", found.number)) >= 3) \
        and re.search(rf"(?<![\d.]){figure}(?![\d.])", givens) is not None


def _same_figures(one: Worked, other: Worked) -> bool:
    """Whether two examples work the same figures ("35 % of £60" by tens, then "35 % of 60" by a multiplier): one
    sum asked twice."""
    return sorted(re.findall(r"\d+(?:\.\d+)?", one.givens)) == sorted(re.findall(r"\d+(?:\.\d+)?", other.givens))


def _glued(asked: str) -> str:
    """What a result is, its words held to its line ("y = ____", "P(both red) = ____" never break before the blank)."""
    return asked.replace(" ", "\u00a0") if re.fullmatch(r"(?:\S{1,3}|P\([^()]*\)) = ", asked) else asked


def _rounded_to(found: Worked, labels: Labels) -> str:
    """The rounding a result shows where the card names none: "(1 d.p.)" for 282.7 worked from π, a root or a
    recurring figure ("= 90π = **282.7 cm³**"), "(to the nearest whole number)" for 735 from "734.66… ≈ 735", so the
    student knows how exact to be; "" for an exact result."""
    decimals = re.fullmatch(r"[-−]?[\d,]*\.(\d+)", found.number.strip())
    if decimals is None:
        whole = re.fullmatch(r"[-−]?[\d,]+", found.number.strip()) is not None
        return labels.text("calc_whole") if whole and _rounds(found.working, found.number, 0) else ""
    places = len(decimals.group(1))
    if not (re.search(r"[π√…]|\.\.\.", found.working) or _rounds(found.working, found.number, places)):
        return ""
    return labels.count("calc_places", places)


_LAST_SUM = re.compile(r"(?:^|[=→:;])([^=→:;]*)=\s*$")
_LAST_FIGURE = re.compile(rf"({_NUMBER})(?:…|\.\.\.)?\s*≈\s*$")  # ("734.66… ≈ 735")


def _rounds(working: str, number: str, places: int) -> bool:
    """Whether the card's result rounds the figure its last step works out ("568 × 5 ÷ 1000 = 2.8" for 2.84,
    "= 9.75 ≈ 9.8"): the stem must say so, or a student who writes the exact figure loses the mark."""
    before = working[:working.rfind(number)] if number in working else ""
    figure = _LAST_FIGURE.search(before)
    sum_ = _LAST_SUM.search(before)
    exact = _value(figure.group(1)) if figure else evaluated(sum_.group(1)) if sum_ else None
    return exact is not None and 1e-9 < abs(exact - _value(number)) <= 0.5 * 10.0 ** -places + 1e-9


_EXAMPLE_LABEL = re.compile(r"(?i)^\W*(?:worked\s+)?example\s*\d*\s*[:–—-]\s*")
"""The label a card puts before its worked example ("Worked example: …", "Example 2 – …")."""
_FORMULA = re.compile(r"\d*(?:[A-Z][a-z]?[₀-₉]*)+")
"""A chemical formula with its count ("2H₂O", "HCl"): its figures are no data to work from."""


_NAMES_ITS_SUM = re.compile(r"(?i)\W*((?:mass|volume|moles?|number|amount|concentration|energy|cost|price)\s+of\s+"
                            r"[^\W\d_]+)\s+(?:from|in|made|formed|needed|produced|when)\b")
"""A worked line that opens on the task it solves ("mass of ethanol from 90 g of glucose → …")."""


def _builder(refs: tuple[PointRef, ...], found: Worked, labels: Labels, source: Material, asked: list[Worked]):
    def build(_count: int) -> Calc | None:
        if any(_prints(found.givens, other) or _prints(other.givens, found) or _same_figures(found, other)
               for other in asked):
            return None
        if not re.search(r"[\d¼½¾⅐-⅞]", _FORMULA.sub("", found.givens)):
            return None  # "Reaction: H₂ + Cl₂ → 2HCl. ΔH = ____": the bond energies it works from are on another
            # line, and no student knows them by heart
        if _prints("\0".join(source.shown), found):
            return None  # "sale price £63 after 10% off → £____" beside a matching statement printing "100% = £70"
        statement = source.matched.get(refs[0].card)
        if found.context and statement and shares_a_word(f"{found.givens} {found.asked}", statement):
            return None  # "Rate at a particular time (Higher tier): a tangent at 20 s …" beside its matching
            # statement "Make the triangle under your tangent large …": printed under the title, it pairs them
        named = _NAMES_ITS_SUM.match(_EXAMPLE_LABEL.sub("", found.givens))
        if named and " ".join(named.group(1).casefold().split()) not in " ".join(found.asked.casefold().split()):
            return None  # "mass of ethanol from 90 g of glucose → moles of glucose = ____": the line's first step,
            # under the task its last step answers
        asked.append(found)
        several = bool(found.more)  # "x = ____, y = ____": each line has a letter for the quiz formats to name it
        givens = _EXAMPLE_LABEL.sub("", found.givens)  # ("Worked example: cuboid 3 cm by 4 cm …" is the card's label)
        lead = f"{givens}{' →' if found.arrow else ''} {_glued(found.asked)}{found.currency}"
        segments = [Segment(labels.text("calc_about", title=found.context), "context")] if found.context else []
        opens_on_symbol = re.match(r"[^\W\d_](?:_\w+|[₀-₉]+)?\s*[=+−×÷*/<>≤≥(]", lead) is not None  # ("m = 1500 kg"
        # is no "M = 1500 kg")
        segments += [Segment(lead if found.context or opens_on_symbol else capitalised(lead), "text"),
                     Segment(found.number, "blank", "a" if several else "")]
        for letter, (asked_too, number) in zip("bcd", found.more):
            segments += [Segment(f", {_glued(asked_too)}", "text"), Segment(number, "blank", letter)]
        tail = " ".join(part for part in (found.unit, found.precision or _rounded_to(found, labels)) if part)
        if tail:
            segments.append(Segment((found.spacing if found.unit else " ") + tail, "text"))
        source.record([plain(segments)], [found.result])
        if re.search(r"[^\W\d_]{3,}", found.asked):
            source.worked_out.append(found.asked.strip(" =").casefold())
        return Calc(refs[0], tuple(segments), working=_up_to_result(found.working, found.result), result=found.result,
                    worked_on=refs[1:])
    return build
