"""Hypothesis strategies: packs as a user would write them, and the options they would build them with.

A pack is drawn as what the user typed (``PackSpec``: titles and points as
typed, ``**`` marks and ``\\*`` escapes included) and written out as YAML
text (``yaml_text``), every value double-quoted with YAML escapes for what
cannot be typed, so every character reaches the loader as drawn. Text mixes
the scripts the bundled font has (Latin, Greek, Cyrillic) with those it
lacks (CJK, Hebrew, Arabic, emoji), combining marks, control and zero-width
characters, markup characters, science notation, numbers and years, words too
long for any line, and now and then a text at or just past the loader's limit.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import settings, strategies as st

from studypack.layouts.options import CUTS, EXERCISES, FLIPS, ORIENTATIONS, PROFILES, STOCKS
from studypack.source.loader import MAX_TEXT

SCRIPTS = {
    "latin": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàéîõüçñßæøåœ",
    "greek": "αβγδεζηθικλμνξοπρσςτυφχψωάέΑΒΓΔΩ",
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґЖЩЯ",
    "cjk": "中文字漢語日本語한국어",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשת",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
}
WORDS = ("the", "Soviet", "reform", "Khrushchev", "Stalin's", "cult", "of", "personality", "Virgin", "Lands",
         "Scheme", "grain", "harvest", "de-Stalinisation", "Politburo", "rival", "Malenkov", "party", "congress",
         "speech", "in", "and", "was", "became", "leader", "economy", "Hungary", "rising", "crushed", "Cuba")
SPECIALS = ("😀", "👍🏽", "👨‍👩‍👧", "🇬🇧", "❤️", "e\u0301", "a\u0308\u0323", "\u200b", "\u200d", "\u00ad", "\ufeff",
            "\u202e", "\u200e", "\x01", "\x07", "\x1b", "\x7f", "\x9f", "\u2028", "\t", "\u00a0", "\u3000", "\n")
MARKUP = ("<", ">", "&", "&amp;", "<b>bold</b>", "(", ")", "\\", "\\*", "[", "]", "{", "}", "#", ":", "'", '"',
          "|", "-", "—", "…", "%", "@", "`", "~", "!", "?", "’", "“", "”", "·", "•", "(1956)", "Stalin’s", "$5", "50%")
NOTATION = ("x^2^", "H~2~O", "Na^+^", "dm^-3^", "\\ce{H2SO4}", "\\ce{N2 + 3H2 <=> 2NH3}", "$E = mc^2$", "$\\frac{a}{b}$",
            "$\\frac{x+1}{2y}$", "$v = \\frac{d}{t}$", "$\\sqrt{\\frac{x}{y}}$", "$\\frac{1}{2}mv^2$", "$\\sin\\theta$")
"""Science notation as teachers type it: scripts, chemistry, maths with stacked fractions."""
MONTHS = ("January", "February", "March", "October", "November")

_years = st.integers(1000, 2099).map(str)
_numbers = st.one_of(st.integers(0, 10**9).map(str), st.decimals(0, 1000, places=2).map(str),
                     st.integers(1, 99).map(lambda n: f"{n}%"))
_script_words = st.sampled_from(sorted(SCRIPTS)).flatmap(lambda name: st.text(SCRIPTS[name], min_size=1, max_size=12))
_long_words = st.integers(25, 300).flatmap(lambda n: st.text(SCRIPTS["latin"] + SCRIPTS["cyrillic"], min_size=n, max_size=n))
_any = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8)


def weighted(*choices: tuple[int, st.SearchStrategy]) -> st.SearchStrategy:
    """One of ``choices``, each drawn ``weight`` times in the sum of the weights; shrinks toward the first."""
    total = sum(weight for weight, _ in choices)

    def pick(number: int) -> st.SearchStrategy:
        for weight, strategy in choices:
            if number < weight:
                return strategy
            number -= weight
        raise AssertionError(number)

    return st.integers(0, total - 1).flatmap(pick)


word = weighted(
    (30, st.sampled_from(WORDS)), (14, _script_words), (6, _years), (5, _numbers), (6, st.sampled_from(SPECIALS)),
    (8, st.sampled_from(MARKUP)), (8, st.tuples(st.sampled_from(WORDS), st.sampled_from(MARKUP + SPECIALS)).map("".join)),
    (6, _any), (3, _long_words), (4, st.sampled_from(NOTATION)),
)
"""One word as typed (it may hold spaces or line breaks of its own)."""


@st.composite
def typed_text(draw, max_words: int = 14, marks: bool = True, stars: bool = True) -> str:
    """A title or point as typed: words, some ``**marked**``; a ``*`` escaped as ``\\*`` (now and then
    left bare, as people do); now and then the text is huge."""
    words = draw(st.lists(word, min_size=1, max_size=max_words))
    if stars:
        words = [w.replace("*", "\\*") if "*" in w and draw(st.integers(0, 9)) else w for w in words]
    else:
        words = [w.replace("*", "") or "x" for w in words]
    if marks and len(words) > 1:
        for _ in range(draw(st.integers(0, 3))):
            start = draw(st.integers(0, len(words) - 1))
            end = min(len(words), start + draw(st.integers(1, 3)))
            if all("**" not in w and w.strip() for w in words[start:end]):  # `**C:\ **` is a term too
                words[start] = "**" + words[start]
                words[end - 1] = words[end - 1] + draw(st.sampled_from(["**", "**", "**", " **"]))
    text = " ".join(words)
    if not text.strip() and draw(st.integers(0, 9)):  # a blank text, refused by the loader: now and then only
        text += " the"
    if draw(st.integers(0, 39)) == 39:  # a huge text, at the loader's limit or just past it (shrinks away from it)
        length = draw(st.sampled_from([MAX_TEXT - 100, MAX_TEXT, MAX_TEXT + 1]))
        text = (text + " ") * (length // (len(text) + 1) + 1)
        text = text[:length]
        if text.count("**") % 2:
            text = text.replace("**", "")
    return text


@dataclass
class CardSpec:
    """A card as typed."""

    title: str
    points: list[str]
    date: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass
class PackSpec:
    """A pack as typed."""

    title: str
    cards: list[CardSpec]
    subject: str | None = None
    course: str | None = None
    author: str | None = None
    level: str | None = None


_dates = st.one_of(
    st.none(), st.none(), _years, st.tuples(st.sampled_from(MONTHS), _years).map(" ".join),
    st.sampled_from(["1950s", "c. 1956", "1953–64", "5 March 1953", "spring"]), typed_text(max_words=4, marks=False),
)
_tags = st.lists(st.sampled_from(["politics", "economy", "foreign", "Культура", "中文", "a b"]), max_size=3)


@st.composite
def card_specs(draw, max_points: int = 6) -> CardSpec:
    title = draw(typed_text(max_words=9, stars=False))
    points = draw(st.lists(typed_text(), min_size=1, max_size=draw(st.sampled_from([max_points] * 5 + [14]))))
    return CardSpec(title, points, draw(_dates), draw(_tags))


@st.composite
def pack_specs(draw, max_cards: int = 8, max_points: int = 6) -> PackSpec:
    """A pack of 1 to ``max_cards`` cards with 1 to ``max_points`` points each; one in eight has 3 to 6 times
    as many cards, its first ``max_cards`` repeated (cheap to draw, and enough to fill pages and sheets)."""
    count = draw(weighted((7, st.integers(1, max_cards)), (1, st.integers(3 * max_cards, 6 * max_cards))))
    distinct = [draw(card_specs(max_points)) for _ in range(min(count, max_cards))]
    cards = [distinct[index % len(distinct)] for index in range(count)]
    extras = {key: draw(st.one_of(st.none(), typed_text(max_words=5, marks=False, stars=False)))
              for key in ("subject", "course", "author", "level")}
    return PackSpec(draw(typed_text(max_words=10, stars=False)), cards, **extras)


# -- YAML as typed --------------------------------------------------------------

def _printable(char: str) -> bool:
    """Whether YAML lets ``char`` stand as itself inside double quotes (line breaks fold into spaces, so not those)."""
    code = ord(char)
    if char in '"\\':
        return False
    return 0x20 <= code <= 0x7E or (0xA0 <= code <= 0xD7FF and char not in "\u2028\u2029") or \
        (0xE000 <= code <= 0xFFFD and code != 0xFEFF) or code >= 0x10000


def quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar, with escapes for what cannot be typed."""
    out = []
    for char in text:
        if _printable(char):
            out.append(char)
        elif char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x100:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) < 0x10000:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def yaml_text(spec: PackSpec) -> str:
    """The pack file a user would write for ``spec``."""
    lines = [f"title: {quoted(spec.title)}"]
    lines += [f"{key}: {quoted(value)}" for key in ("subject", "course", "author", "level")
              if (value := getattr(spec, key)) is not None]
    lines.append("cards:")
    for card in spec.cards:
        lines.append(f"  - title: {quoted(card.title)}")
        lines.append("    points:")
        lines += [f"      - {quoted(point)}" for point in card.points]
        if card.date is not None:
            lines.append(f"    date: {quoted(card.date)}")
        if card.tags:
            lines.append(f"    tags: [{', '.join(quoted(tag) for tag in card.tags)}]")
    return "\n".join(lines) + "\n"


# -- options --------------------------------------------------------------------

_STOCK_PAPER = {"a7": "a4", "letter-8": "letter", "avery-5371": "letter", "avery-5388": "letter", "avery-c32011": "a4"}


@st.composite
def build_options(draw) -> dict[str, str | None]:
    """Options as ``studypack build`` takes them (name to value; "" for a flag without a value).

    The paper and stock agree nine times in ten: a mismatch is refused at once and proves little more.
    """
    options: dict[str, str | None] = {}
    only = draw(st.sets(st.sampled_from(["flashcards", "summary", "worksheet"])))
    if only:
        options["only"] = ",".join(sorted(only))
    stock = draw(st.one_of(st.none(), st.sampled_from(STOCKS)))
    paper = draw(st.one_of(st.none(), st.sampled_from(["a4", "letter", "a3"])))
    if stock is not None and draw(st.integers(0, 9)) and paper is not None:
        paper = _STOCK_PAPER.get(stock, paper)
    if paper == "a3" and stock is None and draw(st.integers(0, 9)):
        stock = draw(st.sampled_from(["index-3x5", "index-4x6"]))
    for name, value in (("stock", stock), ("paper", paper)):
        if value is not None:
            options[name] = value
    choices = {"profile": PROFILES, "flip": FLIPS, "cut": CUTS, "orientation": ORIENTATIONS}
    for name, values in choices.items():
        value = draw(st.one_of(st.none(), st.sampled_from(values)))
        if value is not None:
            options[name] = value
    for flag in ("fold", "strict"):
        if draw(st.integers(0, 3)) == 0:
            options[flag] = ""
    if "fold" in options and stock not in (None, "a7", "letter-8", "index-3x5") and draw(st.integers(0, 9)):
        del options["fold"]  # stock that cannot be folded is refused at once: now and then is enough
    if draw(st.booleans()):
        reach = draw(st.sampled_from([40, 40, 40, 80]))  # in tenths of a millimetre: mostly what printers need
        x, y = draw(st.integers(-reach, reach)), draw(st.integers(-reach, reach))
        options["back-offset"] = f"{x / 10:g},{y / 10:g}"
    numbers = {"columns": st.sampled_from(["auto", "1", "2", "3", "4"]), "min-font": st.sampled_from(["7", "8.5", "12", "20"]),
               "pages": st.integers(1, 3).map(str), "questions": weighted((9, st.integers(1, 12)), (1, st.just(40))).map(str),
               "variants": st.integers(1, 3).map(str), "seed": st.text("abcxyz019 ", min_size=1, max_size=6)}
    for name, strategy in numbers.items():
        if draw(st.integers(0, 2)) == 0:
            options[name] = draw(strategy)
    if draw(st.integers(0, 2)) == 0:
        options["exercises"] = ",".join(draw(st.lists(st.sampled_from(EXERCISES), min_size=1, max_size=6, unique=True)))
    if draw(st.integers(0, 3)) == 0:
        options["word-bank"] = draw(st.sampled_from(["on", "off"]))
    return options


def cli_args(options: dict[str, str | None]) -> list[str]:
    """``options`` as command-line arguments."""
    args: list[str] = []
    for name, value in options.items():
        if name == "word-bank":
            args.append("--word-bank" if value == "on" else "--no-word-bank")
        elif value == "":
            args.append(f"--{name}")
        else:
            args += [f"--{name}", value]
    return args


def examples(fraction: float) -> settings:
    """Settings for a slow property: ``fraction`` of the loaded profile's examples, so the default
    run stays quick and ``--hypothesis-profile=long`` still goes as deep in proportion."""
    return settings(max_examples=max(1, round(settings.default.max_examples * fraction)))
