import pytest

from studypack.errors import StudypackError
from studypack.source import Card, Pack, Point, loads
from studypack.source.inline import parse_point
from studypack.source.notation import NotationError, escape_notation, translate
from studypack.source.writer import dump

NBSP = "\u00a0"

TRANSLATIONS = [
    ("x^2^", "x²"),
    ("Na^+^", "Na⁺"),
    ("dm^-3^", "dm⁻³"),
    ("dm^\u22123^", "dm⁻³"),
    ("H~2~O", "H₂O"),
    ("v~max~", "vₘₐₓ"),
    ("Cl^-^ and x^n^", "Cl⁻ and xⁿ"),
    ("a \\^ b \\~ c \\$5", "a ^ b ~ c $5"),
    (r"\ce{H2SO4}", "H₂SO₄"),
    (r"\ce{2H2O}", "2H₂O"),
    (r"\ce{NH4+}", "NH₄⁺"),
    (r"\ce{SO4^2-}", "SO₄²⁻"),
    (r"\ce{SO4^{2-}}", "SO₄²⁻"),
    (r"\ce{Fe^{3+}}", "Fe³⁺"),
    (r"\ce{Ca(OH)2}", "Ca(OH)₂"),
    (r"\ce{NaCl(aq)}", "NaCl(aq)"),
    (r"\ce{CuSO4*5H2O}", "CuSO₄·5H₂O"),
    (r"\ce{CuSO4.5H2O}", "CuSO₄·5H₂O"),  # the full stop mhchem also takes for the dot
    (r"\ce{CuSO4·5H2O}", "CuSO₄·5H₂O"),
    (r"\ce{(CH2-CH2)_n}", "(CH₂-CH₂)ₙ"),  # a polymer's repeat: one letter after _, as mhchem reads it
    (r"\ce{2H2 + O2 -> 2H2O}", f"2H₂{NBSP}+{NBSP}O₂{NBSP}→{NBSP}2H₂O"),
    (r"\ce{N2 + 3H2 <=> 2NH3}", f"N₂{NBSP}+{NBSP}3H₂{NBSP}⇌{NBSP}2NH₃"),
    (r"\ce{A <- B}", f"A{NBSP}←{NBSP}B"),
    (r"\ce{A <-> B}", f"A{NBSP}↔{NBSP}B"),
    (r"\ce{^{4}_{2}\alpha}", "⁴₂α"),  # mhchem's Greek letters: an alpha particle, a beta one
    (r"\ce{^{0}_{-1}\beta + \gamma}", f"⁰₋₁β{NBSP}+{NBSP}γ"),
    (r"\ce{CaCO3(s) -> CaO(s) + CO2(g)}", f"CaCO₃(s){NBSP}→{NBSP}CaO(s){NBSP}+{NBSP}CO₂(g)"),
    ("$x^2$", "x²"),
    ("$x_{i}$", "xᵢ"),
    ("$E = mc^2$", f"E{NBSP}={NBSP}mc²"),
    (r"$\alpha + \omega$", f"α{NBSP}+{NBSP}ω"),
    (r"$\Gamma\Delta\Omega$", "ΓΔΩ"),
    (r"$\Delta T$", "ΔT"),
    (r"$a \times b \div c \pm d \cdot e$", f"a{NBSP}×{NBSP}b{NBSP}÷{NBSP}c{NBSP}±{NBSP}d{NBSP}·{NBSP}e"),
    (r"$\leq\geq\neq\approx\infty\to\rightarrow\Rightarrow\propto\partial\nabla$", "≤≥≠≈∞→→⇒∝∂∇"),
    (r"$90\degree$", "90°"),
    (r"$90^\circ$", "90°"),
    (r"$\sqrt{x}$", "√x"),
    (r"$\sqrt{16}$", "√16"),
    (r"$\sqrt{a+b}$", "√(a+b)"),
    (r"$\frac{1}{2}mv^2$", "½mv²"),
    (r"$\frac{3}{4}$", "¾"),
    (r"$\frac{x}{2}$", "x/2"),
    (r"$\frac{a+b}{c}$", "(a+b)/c"),
    (r"$\sin i + \cos\theta$", f"sin{NBSP}i{NBSP}+{NBSP}cos{NBSP}θ"),  # a function name stands apart from its argument
    (r"$\sin(x) + \ln 2$", f"sin(x){NBSP}+{NBSP}ln{NBSP}2"),
    (r"$2bc\cos A$", f"2bc{NBSP}cos{NBSP}A"),  # and from a product before it: never "2bccos A"
    (r"$\frac{1}{2}ab\sin C$", f"½ab{NBSP}sin{NBSP}C"),
    (r"$\frac{1}{x+1}$", "1/(x+1)"),
    (r"$\sum_{i=1}^{n}$", "∑ᵢ₌₁ⁿ"),
    (r"$\int_0^1 f$", f"∫₀¹{NBSP}f"),
    (r"$\bar{x}$", "x\u0304"),
    (r"$\vec{v}$", "v\u20d7"),
    (r"$\text{speed} = d/t$", f"speed{NBSP}={NBSP}d/t"),
    (r"$a\,b\ c~d$", f"a{NBSP}b{NBSP}c{NBSP}d"),
    (r"3.00 $\times 10^8$ m s^-1^", f"3.00 ×{NBSP}10⁸ m s⁻¹"),
    ("1 × 10^–10^ m", "1 × 10⁻¹⁰ m"),  # an en dash typed for a minus, as word processors do
    ("costs $5 and $10", "costs $5 and $10"),
    ("$5 and $10", "$5 and $10"),
    ("pay $x$5 now", "pay $x$5 now"),
    ("$ 5 $", "$ 5 $"),
    ("~50 people, ~ and ^ alone", "~50 people, ~ and ^ alone"),
    ("http://example.org/~user", "http://example.org/~user"),
    ("a~~b", "a~~b"),
    ("a back\\slash", "a back\\slash"),
]


@pytest.mark.parametrize(("typed", "expected"), TRANSLATIONS)
def test_notation_becomes_the_unicode_a_reader_would_copy(typed, expected):
    assert translate(typed) == expected


@pytest.mark.parametrize(("typed", "expected"), TRANSLATIONS)
def test_escaped_unicode_reads_back_as_itself(typed, expected):
    assert translate(escape_notation(expected)) == expected


def test_a_literal_backslash_ce_survives_escaping():
    for text in ("\\ce{x}", "\\\\ce{x}", "a\\", "\\^", "\\$5"):
        assert translate(escape_notation(text)) == text


ERRORS = [
    ("x~α~", 2, "“α” has no subscript form in Unicode, so x~α~ cannot be set as typed — write it on the line"
                " instead, as x_α"),
    ("Q^ω^", 2, "“ω” has no superscript form in Unicode, so Q^ω^ cannot be set as typed — write it on the line"
                " instead, as Q\\^(ω)"),
    ("16^3%^", 3, "“%” has no superscript form in Unicode, so 16^3%^ cannot be set as typed — write it on the"
                  " line instead, as 16\\^(3%)"),
    ("x^2 is the area", 1, "this ^ opens a superscript that is never closed — close it with ^ (x^2^), or write \\^"
                           " for a literal ^"),
    ("H~2O", 1, "this ~ opens a subscript that is never closed — close it with ~ (H~2~O), or write \\~ for a"
                " literal ~"),
    ("the area $x^2 grows", 9, "this $ opens maths that is never closed — close it with $ after the formula ($x^2$),"
                               " or write \\$ for a dollar sign"),
    (r"$\foo$", 1, "unknown command \\foo in maths — type the symbol itself, or write it in words"),
    (r"$\alpah$", 1, "unknown command \\alpah in maths — did you mean \\alpha?"),
    (r"$x^{2$", 3, "this { is never closed — close it with } after what it holds"),
    (r"$x}$", 2, "this } closes no { — remove it, or write \\} for a brace"),
    (r"$x^$", 2, "this ^ has nothing after it — write x^2 or x^{10}"),
    (r"see \ce{H2O", 4, "this \\ce{ is never closed — close it with } after the formula"),
    (r"\ce{\foo H2}", 4, "unknown command \\foo in \\ce — type the character itself"),
    (r"\ce{SO4^}", 7, "this ^ or _ has nothing after it — write a charge as ^2- or ^{2-}"),
    (r"$\frac{1}$", 1, "\\frac needs its argument in braces — write \\frac{…}"),
    (r"$\frac{}{2}$", 1, "this \\frac has nothing above the line — write both parts, as in \\frac{1}{2}"),
    (r"$x = \frac{a}{ }$", 5, "this \\frac has nothing below the line — write both parts, as in \\frac{1}{2}"),
]


@pytest.mark.parametrize(("typed", "offset", "message"), ERRORS)
def test_notation_that_cannot_be_read_is_an_error_at_its_place(typed, offset, message):
    with pytest.raises(NotationError) as caught:
        translate(typed)
    assert (str(caught.value), caught.value.offset) == (message, offset)


def test_a_notation_error_in_a_pack_is_located_with_file_line_column_and_field():
    text = "title: T\ncards:\n  - title: A\n    points:\n      - water is H~2O\n"
    with pytest.raises(StudypackError, match=r"^p\.yaml:5:19: card 1, point 1: this ~ opens a subscript"
                                             r" that is never closed — close it with ~ \(H~2~O\)"):
        loads(text, "p.yaml")


def test_every_notation_error_in_a_pack_is_reported_together():
    text = ("title: T\ncards:\n  - title: $\\foo$\n    points:\n      - x~α~\n"
            "  - title: B\n    points:\n      - fine\n      - \\ce{H2O\n")
    with pytest.raises(StudypackError) as caught:
        loads(text, "p.yaml")
    assert [(p.line, p.column, p.field) for p in caught.value.problems] == [
        (3, 13, "cards[1].title"), (5, 11, "cards[1].points[1]"), (9, 9, "cards[2].points[2]")]


def test_titles_and_subject_are_translated_but_date_id_and_author_stay_as_typed():
    pack = loads("title: $\\Delta H$ of \\ce{CH4}\nsubject: x^2^\nauthor: A~B~\ncards:\n"
                 "  - title: \\ce{H2SO4}\n    points: [acid]\n    date: c.~1956\n    id: a^b\n")
    assert (pack.title, pack.subject, pack.author) == ("ΔH of CH₄", "x²", "A~B~")
    card = pack.cards[0]
    assert (card.title, card.date, card.id) == ("H₂SO₄", "c.~1956", "a^b")


def test_a_formula_can_be_a_key_term():
    point = parse_point(r"**\ce{CO2}** is made with **$\frac{1}{2}$** of **O~2~**")
    assert point.text == "CO₂ is made with ½ of O₂"
    assert [point.text[span.start:span.end] for span in point.terms] == ["CO₂", "½", "O₂"]


def test_money_stays_money_in_a_pack():
    pack = loads("title: Prices\ncards:\n  - title: Costs\n    points:\n      - It cost $5 and $10\n")
    assert pack.cards[0].points[0].text == "It cost $5 and $10"


def test_text_without_notation_is_unchanged_and_no_break_spaces_are_kept():
    assert parse_point("In  1956\tKhrushchev  spoke").text == "In 1956 Khrushchev spoke"
    assert parse_point(f"4{NBSP}mm and 5 cm").text == f"4{NBSP}mm and 5 cm"


NOTATED = (
    "title: $\\Delta H$ and \\ce{CO2}\n"
    "subject: Chemistry\n"
    "cards:\n"
    "  - title: \\ce{H2SO4}\n"
    "    points:\n"
    "      - \"**\\\\ce{CO2}** and $\\\\frac{1}{2}mv^2$ and Na^+^\"\n"
    "      - 'literal \\^ \\~ \\$ and ~50 and $5 and $10'\n"
    "      - \\ce{2H2 + O2 -> 2H2O} is ***\\ce{H2O}***\n"
)


def test_a_pack_with_notation_survives_writing_and_reading_back():
    pack = loads(NOTATED)
    again = loads(dump(pack))
    assert again == pack
    assert pack.cards[0].points[1].text == "literal ^ ~ $ and ~50 and $5 and $10"


def test_the_writer_escapes_literal_notation_characters():
    pack = Pack(title="a^b^", cards=(Card(title="T", points=(Point("x^2 ~ $y$ \\ce{z}"),)),))
    written = dump(pack)
    assert "a\\^b\\^" in written and "x\\^2 \\~ \\$y\\$ \\\\ce{z}" in written
    assert loads(written) == pack


def test_a_fraction_is_plain_text_with_its_parts_located_for_stacking():
    point = parse_point(r"so $\frac{dy}{dx} = \frac{a-b}{c}$ and $\sqrt{\frac{x}{y}}$ and $\frac{\frac{1}{x}}{2}$")
    assert point.text == f"so dy/dx{NBSP}={NBSP}(a−b)/c and √(x/y) and (1/x)/2"
    located = [(point.text[formula.start + fraction.start:formula.start + fraction.end],
                point.text[formula.start + fraction.numerator[0]:formula.start + fraction.numerator[1]],
                point.text[formula.start + fraction.denominator[0]:formula.start + fraction.denominator[1]])
               for formula in point.formulas for fraction in formula.fractions]
    assert located == [("dy/dx", "dy", "dx"), ("(a−b)/c", "a−b", "c"), ("x/y", "x", "y"), ("(1/x)/2", "1/x", "2")]


def test_a_mixed_number_keeps_its_whole_part_apart_from_its_fraction():
    """"2 2/7" run together reads as twenty-two sevenths."""
    point = parse_point(r"$2\frac{2}{7}$ and $10\frac{a}{b}$")
    assert point.text == "2 2/7 and 10a/b"  # (ten times a over b stays one product)
    fraction = point.formulas[0].fractions[0]
    assert point.text[fraction.start:fraction.end] == "2/7"


def test_a_minus_in_maths_is_the_minus_sign_raised_or_not():
    assert translate(r"$x^{-1}$") == "x⁻¹" and translate(r"$a - b$") == f"a{NBSP}−{NBSP}b"


def test_set_notation_in_maths_prints_its_symbols():
    """A Venn-diagram card writes P(A ∩ B), P(A | B) and ∅ as a maths teacher types them."""
    assert translate(r"$P(A \cap B)$") == f"P(A{NBSP}∩{NBSP}B)"
    assert translate(r"$P(A \mid B)$") == f"P(A{NBSP}|{NBSP}B)"
    assert translate(r"$A \cup B' = \emptyset$") == f"A{NBSP}∪{NBSP}B′{NBSP}={NBSP}∅"


def test_formulas_are_written_back_as_typed_and_read_back_the_same():
    pack = loads("title: T\ncards:\n  - title: Slope $\\frac{dy}{dx}$\n    points:\n"
                 "      - 'It is $\\frac{a+b}{2}$ and **\\ce{CO2}**, costing \\$5'\n")
    written = dump(pack)
    assert "$\\frac{dy}{dx}$" in written and "$\\frac{a+b}{2}$" in written and "**\\ce{CO2}**" in written
    assert loads(written) == pack


@pytest.mark.parametrize("typed, text, terms", [
    ("Darwin published *On the Origin of Species* in 1859.", "Darwin published On the Origin of Species in 1859.", []),
    ("e.g. *Homo sapiens*, *Panthera leo*", "e.g. Homo sapiens, Panthera leo", []),
    ("**Vesalius** wrote *Fabrica*", "Vesalius wrote Fabrica", ["Vesalius"]),
    ("**the *Beagle* voyage**", "the Beagle voyage", ["the Beagle voyage"]),
    ("5 * 3 = 15 and 2*3*4", "5 * 3 = 15 and 2*3*4", []),  # arithmetic is no emphasis
    ("a \\*star\\*", "a *star*", []),
])
def test_single_asterisk_emphasis_is_read_and_its_asterisks_never_printed(typed, text, terms):
    from studypack.source.inline import parse_point
    point = parse_point(typed)
    assert point.text == text and [point.text[span.start:span.end] for span in point.terms] == terms


@pytest.mark.parametrize("typed, advice", [
    ("$a^{n!}$", "as a\\^(n!) outside the $…$"),
    ("$27^{n!}$", "as 27\\^(n!) outside the $…$"),  # the whole number, not its last digit
    ("$L_α$", "as L_α outside the $…$"),  # inside the maths, "L_α" would be lowered again: the advice went round
])
def test_a_script_with_no_unicode_form_in_maths_is_told_to_go_outside_it(typed, advice):
    with pytest.raises(NotationError) as raised_error:
        translate(typed)
    assert str(raised_error.value).endswith("write it on the line instead, " + advice)


def test_a_subscript_of_figures_with_no_unicode_form_is_told_to_sit_on_the_line_unmarked():
    with pytest.raises(NotationError) as raised_error:
        translate("t~½~ = ln 2 / k")
    assert str(raised_error.value).endswith("write it on the line instead, as t½")  # "t_½" printed its underscore
