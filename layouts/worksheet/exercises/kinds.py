"""What sort of thing a term is, read from the term and the words around it.

A wrong answer is only fair when it could stand where the right one stands:
a person for a person, a place for a place, a plural noun for a plural noun
after the same article, a verb after ``can``, a temperature for a
temperature. These rules read the term's shape and its neighbours; where they
cannot tell, the term gets a sort no other term shares, so it is never
swapped for something of another kind.
"""
from __future__ import annotations

import re
from itertools import takewhile

from .countries import CITIES, PROVINCES, UK_COUNTIES, US_STATES, is_country
from .given_names import GIVEN_NAMES

_BE = {"is", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "seem", "seems", "get", "gets",
       "stay", "stays", "remain", "remains", "look", "looks", "feel", "feels"}
_MODALS = {"can", "could", "will", "would", "may", "might", "must", "should", "to", "cannot", "shall"}
_ARTICLES = {"a", "an", "the"}
_PLURAL_WORDS = {"people", "men", "women", "children", "stomata", "bacteria", "data", "criteria", "phenomena",
                 "mitochondria", "teeth", "feet", "mice", "geese"}
_SINGULAR_S = ("ss", "us", "is", "ics", "sis", "ous")
_WATER_WORDS = {"river", "lake", "estuary", "sea", "ocean", "bay", "gulf", "strait", "channel", "canal", "falls", "loch",
                "glacier", "brook", "stream", "reservoir", "harbor", "harbour"}
_ADJECTIVE_ENDINGS = ("ic", "al", "ous", "ive", "ful", "able", "ible", "less", "ary", "ar")
_AFTER_NOUN = {"is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "may", "must",
               "of", "in", "on", "to", "for", "and", "or", "by", "with", "from", "at", "as", "that", "which", "per",
               "than", "into", "but", "so", "because", "when", "where", "while", "who"}
_PLACE_NAMES_TOO = frozenset({"chester", "florence", "georgia", "lincoln", "jersey", "paris", "sydney",
                              "regina", "adelaide", "austin", "alexandria"})
"""Given names that are also places: alone, the name does not say which."""
_DOCUMENT_WORDS = {"plan", "plans", "treaty", "treaties", "act", "acts", "pact", "agreement", "constitution", "clause",
                   "article", "law", "laws", "declaration", "charter", "manifesto", "bill", "accords", "programme", "telegram",
                   "memorandum", "doctrine", "ultimatum", "edict", "decree", "convention", "protocol", "statute",
                   "code", "codes", "book", "books", "proclamation", "proclamations", "amendment", "amendments",
                   "compromise", "articles", "injunction", "injunctions", "ordinance", "ordinances", "statutes",
                   "petition", "homilies", "decrees", "edicts", "declarations", "charters"}
_GROUP_WORDS = {"committee", "committees", "party", "congress", "council", "ministry", "ministries", "union",
                "bureau", "politburo", "presidium", "parliament", "assembly", "army", "league", "church", "court",
                "agency", "commission", "senate", "government", "cabinet", "duma", "soviet", "conspiracy", "front",
                "movement", "organisation", "organization", "company", "society", "association", "gosplan", "nations",
                "reichstag", "bank", "navy", "corps", "freikorps", "guard", "police", "club", "mission",
                "delegation", "klan"}
_MEMBERS = {"nazis", "communists", "spartacists", "bolsheviks", "mensheviks", "socialists", "fascists", "anarchists"}
"""A party's members named by the plural ("16 Nazis killed", "the Spartacists rose"): people of a side, offered beside
each other, never where a body is joined ("joined the League of Nations")."""
_INSTITUTION_WORDS = {"university", "college", "school", "academy", "institute", "polytechnic", "hospital", "infirmary",
                      "museum", "library", "observatory", "laboratory", "laboratories"}
_EVENT_WORDS = {"crash", "war", "revolution", "putsch", "rising", "uprising", "strike", "crisis", "massacre", "battle",
                "congress", "depression", "famine", "election", "riots", "flood", "siege", "campaign", "offensive", "conference",
                "summit", "airlift", "blockade", "landings", "invasion", "raid", "raids", "blitz", "crisis", "affair",
                "incident", "trials", "trial", "purges", "purge", "scare"}
_GATHERINGS = {"olympics", "games", "boycott", "rides", "marches", "rally"}
"""Last words that make a name an event ("Mexico City Olympics", "Montgomery Bus Boycott", "Freedom Rides")."""
_TITLES = {"king", "queen", "kaiser", "president", "chancellor", "tsar", "czar", "emperor", "prince", "princess",
           "sir", "dr", "general", "marshal", "pope", "lord", "lady", "saint", "st", "archduke", "duke", "duchess",
           "baron", "cardinal", "archbishop", "bishop", "admiral", "colonel", "captain", "mr", "mrs", "ms", "sultan",
           "shah", "empress", "tsarina", "kaiserin", "archduchess", "generalissimo"}
_AGENT_VERBS = {"wrote", "led", "became", "thought", "said", "fled", "told", "chose", "met", "argued", "believed",
                "wanted", "tried", "hoped", "feared", "insisted", "claimed", "published", "described", "predicted",
                "discovered", "invented", "announced", "denounced", "appointed", "visited", "promised", "offered",
                "proposed", "suggested", "abdicated", "resigned", "died", "married", "ordered", "decided", "refused",
                "demanded", "replied", "explained", "realised", "realized", "replaced", "defeated", "murdered",
                "founded", "painted", "composed", "proved", "showed", "named", "called", "ruled", "reigned"}
_PLACE_PREPOSITIONS = {"in", "at", "to", "from", "near", "into", "towards", "across", "through", "outside", "around"}
_QUOTED_FROM = {"argument", "arguments", "evidence", "quote", "quotes", "quotation", "quotations", "passage", "verse",
                "verses", "lesson", "lessons", "letter", "letters", "extract", "text", "line", "lines", "source",
                "sources", "idea", "ideas", "teaching", "teachings"}
"""Nouns after which "from" names a source, not a place ("Argument from Leviticus")."""
_FORMULA = re.compile(r"^(?:[A-Z][a-z]?[0-9₀-₉]*|\((?:[A-Z][a-z]?[0-9₀-₉]*)+\)[0-9₀-₉]*)+[⁺⁻+-]?$")
_GLOSS = re.compile(r"^\s*[–—-]\s+(\S+)")
_WORD = re.compile(r"[\w'’-]+")


def words_before(text: str, start: int, count: int = 3) -> list[str]:
    """The ``count`` words just before ``text[start]``, lowercased, nearest last."""
    return [word.casefold() for word in _WORD.findall(text[:start])][-count:]


def word_after(text: str, end: int) -> str:
    """The word just after ``text[end]`` (skipping spaces only), lowercased; empty at punctuation."""
    match = re.match(r" +([\w'’-]+)", text[end:])
    return match.group(1).casefold() if match else ""


def gloss_of(text: str, start: int, end: int) -> str | None:
    """For a vocabulary point (``**la gare** – the station``), the gloss's first word; else None."""
    if text[:start].strip(" \"'“‘"):
        return None
    match = _GLOSS.match(text[end:].lstrip("\"'”’"))
    return match.group(1).casefold() if match else None


def _names_a_person(after: str) -> bool:
    """Whether a gloss (the text after a vocabulary word, from its dash) names a person: its first phrase ends on
    one ("– a pupil", "– head teacher (collège = …)", "– a sixth-former")."""
    phrase = re.match(r"^\W*[–—-]\s+([^,;:/()·•|.]+)", after)
    words = re.findall(r"[a-z'’-]+", phrase.group(1).casefold()) if phrase else []
    return bool(words) and (words[-1] in _PEOPLE or words[-1].endswith("-former"))


_PEOPLE = frozenset("""pupil pupils student students teacher teachers head headteacher headmaster headmistress principal
friend friends boy boys girl girls man men woman women child children kid kids baby person people parent parents
mother father mum dad brother sister son daughter uncle aunt cousin cousins grandmother grandfather grandparents
husband wife partner boyfriend girlfriend neighbour neighbours doctor nurse dentist vet worker workers boss manager
colleague classmate classmates caretaker cook chef waiter waitress policeman policewoman firefighter farmer lawyer
engineer mechanic plumber electrician hairdresser actor actress singer player coach librarian secretary receptionist
cleaner assistant customer customers tourist tourists guest guests owner employee employer journalist pilot soldier
scientist artist writer author designer programmer accountant builder baker butcher supervisor counsellor
""".split())
"""Nouns that name a person, as the last word of a gloss's first phrase."""


def is_formula(bare: str) -> bool:
    """``SiO2``, ``NaCl``, ``H₂O``: element symbols with counts (two capitals or a digit at least)."""
    if not _FORMULA.match(bare) or (bare.isalpha() and bare.isupper()):
        return False  # USSR, NATO: acronyms
    if any(symbol not in _ELEMENTS or len(count) > 3 for symbol, count in re.findall(r"([A-Z][a-z]?)([0-9₀-₉]*)", bare)):
        return False  # "SMPs" (no element M), "B1242" (a road): letters and figures that are no formula
    return sum(char.isupper() for char in bare) >= 2 or any(char.isdigit() for char in bare)


_ELEMENTS = frozenset("""H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr
Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir
Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts
Og""".split())
"""The elements' symbols: a formula is made of them alone."""


_UNITS = {"amperes", "amps", "volts", "ohms", "watts", "joules", "newtons", "metres", "meters", "kilograms", "grams",
          "hertz", "cumecs", "seconds", "pascals", "coulombs", "kelvin", "moles", "litres", "tonnes", "calories"}


def term_sort(bare: str, text: str, start: int, end: int) -> str:
    """The sort of an unnamed term: ``formula``, ``foreign-noun|verb|phrase`` (a vocabulary point), ``verb`` (after
    can or to), ``predicate`` (after is or are, with no article) or ``concept`` (a noun phrase)."""
    if is_formula(bare):
        return "formula"
    if re.fullmatch(r"-\w+", bare):
        return "ending"  # "-aient", "-u": an ending is offered only beside endings
    gloss = gloss_of(text, start, end)
    if gloss is not None:
        meaning = re.findall(r"[\w'’]+", text[end:].casefold())
        tail = "-of" if meaning and meaning[-1] in ("of", "to", "for", "with", "from") and gloss != "to" else ""
        article = re.split(r"[\s'’]", bare.casefold(), maxsplit=1)[0] in _FOREIGN_ARTICLES or bare.casefold().startswith(("l'", "l’"))
        sentence = gloss in ("that's", "it's", "i", "it", "that", "this", "we", "you", "he", "she", "they", "there",
                             "there's", "what", "how", "where", "when", "who", "why")
        if gloss in ("the", "a", "an") or article and gloss != "to" and not sentence:
            person = "-person" if not tail and _names_a_person(text[end:]) else ""  # "un(e) élève – a pupil" is
            # offered beside people, never beside "le lycée – sixth-form"
            return "foreign-noun" + tail + person  # "el pescado – fish": a noun by its article; "una lata de – a
            # tin of" apart
        return "foreign-verb" if gloss == "to" else "foreign-phrase"
    before = words_before(text, start, 1)
    if words_before(text, start, 2) == ["as", "in"] or text[:start].rstrip().casefold().endswith(("e.g.", "for example")):
        return "example"  # "as in j'avais fini": an example is offered only beside examples
    if _GLOSS_LATER.search(text[end:]) and not _GLOSS_LATER.search(text[:start]):
        return "foreign-phrase"  # "J'ai mangé une pizza – I ate a pizza": part of a sentence the dash translates
    first = bare.split(" ", 1)[0].casefold()
    if bare.casefold() in _UNITS or _PER_UNIT.fullmatch(bare):
        return "unit"  # "ohms", "kg m/s": a unit is offered only beside units
    if " " not in bare and first.endswith("s") and (not before or before[-1] not in _ARTICLES) and re.match(
            r" (?:the|a|an|its|their|his|her|this|these)\b", text[end:]):
        return "verb"  # "in parallel decreases the total": a verb, not a plural noun
    if before and before[-1] in _MODALS and first not in _ARTICLES:
        return "verb"
    if before and before[-1] in _BE and first not in _ARTICLES:
        return "predicate"
    if before and before[-1] in ("very", "too", "so", "quite", "extremely", "highly", "fairly", "rather") \
            and " " not in bare:
        return "predicate"  # "Volcanic soils are very fertile": a describing word
    if (not before or before[-1] not in _ARTICLES) and first.endswith("ed") and not first.endswith("eed") \
            and len(first) > 4 and " " not in bare:
        return "predicate"  # "which is then filtered", "transferred"
    if " and " in f" {bare.casefold()} ":
        return "pair"  # "equal and opposite": only another pair of words can stand in for it
    if re.match(r"(?i)[a-z]{3,}ing\s+(?:the|a|an|its|their|his|her|this|these|that)\b", bare) \
            or re.match(r"(?i)(?:reduce|increase|decrease|raise|lower|remove|add|make|keep|stop|prevent)s?\s+"
                        r"(?:the|a|an|its|their)\b", bare):
        return "verb"  # "by increasing the time", "to reduce the force": a verb and its object, never "collision
        # time" (a noun) in its place
    if bare.casefold() in _PARTICLES:
        return "particle"  # "against a gradient", "pushes the price up": no noun can stand in for it
    if " " not in bare and len(bare) > 5 and first.endswith("ly") and first not in _LY_NOUNS:
        return "adverb"  # "read the story literally": offered only beside another adverb, never a gap
    two = words_before(text, start, 2)
    if " " not in bare and len(two) == 2 and two[0] in _BE and two[1].endswith("ed") \
            and two[1] not in ("called", "named", "termed", "known", "described", "considered", "seen", "used"):
        return "adverb"  # "Duncan is murdered offstage": a passive verb takes no object, so this says how or where
    if bare.casefold() in _COMPARATIVES or (before and before[-1] in ("more", "less") and " " not in bare):
        return "comparative"  # "from a higher to a lower concentration": offered only beside its like
    after = re.match(r" ([a-z]+)\b", text[end:])
    if after and len(after.group(1)) > 5 and after.group(1).endswith(_NOUN_ENDINGS) and before and before[-1] == "the":
        return "modifier"  # "The humanity formulation": it names which formulation, as "universal law" does
    verb_after = bool(after) and after.group(1).endswith("s") and not after.group(1).endswith("ss") and not (
        first.endswith(_ADJECTIVE_ENDINGS + ("ist",)) and before and len(before[-1]) > 3
        and before[-1].endswith(_DESCRIBING))  # "more sophisticated capitalist economies": describing words in a row
    if " " not in bare and after and after.group(1) not in _AFTER_NOUN and not verb_after and (
            first.endswith(_ADJECTIVE_ENDINGS + ("ist",)) or (before and before[-1] in ("a", "an", "more", "most", "very", "less"))):
        return "modifier"  # "an endothermic reaction", "a dilute solution": describing words, offered together
    return "concept"


_PER_UNIT = re.compile(r"[a-zA-Zµ°][a-zA-Zµ°²³\s]*/\s*[a-zA-Z]{1,3}[²³]?")
"""A unit per a unit ("kg m/s", "cm³/s"); written without nested repeats, which backtrack for seconds on a long term."""
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ship")
_GLOSS_LATER = re.compile(r"\s[–—]\s")
_PARTICLES = {"against", "up", "down", "in", "out", "into", "onto", "across", "through", "towards", "toward", "away",
              "off", "on", "over", "under", "above", "below", "with", "without", "along", "around", "inside",
              "outside", "back", "forward", "forwards", "backwards", "together", "apart", "between", "within", "upwards",
              "downwards", "inwards", "outwards", "from", "to", "by", "before", "after", "during", "not", "never",
              "past", "beyond", "behind", "beneath", "near", "round", "alongside", "opposite"}
_LY_NOUNS = {"family", "supply", "assembly", "monopoly", "anomaly", "butterfly", "rally", "reply", "italy", "july",
             "holy", "ugly", "only", "early", "daily", "weekly", "monthly", "yearly", "friendly", "lonely", "lovely",
             "likely", "elderly", "orderly", "costly", "deadly", "lively", "silly", "jelly", "belly", "bully", "lily",
             "folly", "ally", "homily", "melancholy"}
_COMPARATIVES = {"higher", "lower", "larger", "smaller", "greater", "bigger", "faster", "slower", "stronger", "weaker",
                 "hotter", "colder", "warmer", "cooler", "longer", "shorter", "heavier", "lighter", "more", "less",
                 "fewer", "thicker", "thinner", "denser", "wider", "narrower", "deeper", "shallower", "steeper",
                 "easier", "harder", "cheaper", "dearer", "earlier", "later", "older", "younger", "richer", "poorer",
                 "louder", "quieter", "brighter", "darker", "softer", "safer", "better", "worse", "nearer", "further",
                 "farther", "most", "least", "highest", "lowest", "largest", "smallest", "greatest", "fastest",
                 "same", "different", "opposite", "equal", "constant", "similar", "identical", "unchanged"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "that", "our", "your", "my",
                "each", "every", "some", "any", "no", "many", "much", "several", "both", "all", "another", "other"}
_PREPOSITIONS = {"of", "in", "on", "by", "from", "into", "across", "with", "for", "at", "through", "between", "against",
                 "about", "as", "than", "without", "under", "over", "during", "per", "via", "like", "onto", "towards",
                 "within", "among", "after", "before", "including", "such", "and", "or", "called", "named", "known"}


def slot_of(text: str, start: int, end: int) -> tuple[str, str]:
    """Where a term stands, read from its neighbours: what comes before it (``start`` of a sentence, an item of a
    ``list``, a describing word (``adj``), a ``det``erminer,
    a ``prep``osition, ``be``, a ``modal``, a ``num``ber or another ``word``) and what follows it (``end`` of a clause,
    a ``det``erminer, a ``link`` word such as a preposition or ``as``, or ``other``). Two terms are only offered for one another where their places agree: a verb
    ("a salt solution shrinks.") or a preposition ("moves against a gradient") is not a noun's place."""
    before = words_before(text, start, 1)
    if at_start(text, start) or not before:
        place = "start"
    elif text[:start].rstrip().endswith((",", ";")):
        place = "list"  # "Resistor, lamp, diode": an item of a list of things
    elif text[:start].rstrip().endswith(("×", "÷", "=", "+", "−", "/", "*")):
        place = "start"  # "Charge = current × time": a quantity in a formula
    elif before[-1] in _DETERMINERS:
        place = "det"
    elif before[-1] in _PREPOSITIONS:
        place = "prep"
    elif before[-1] in _BE:
        place = "be"
    elif before[-1] in _MODALS or before[-1] in ("not", "never") and words_before(text, start, 2)[0] in _MODALS:
        place = "modal"  # ("findings may not g____ to other people": a verb's place after "may not" too)
    elif before[-1][:1].isdigit():
        place = "num"
    elif before[-1] in _CLAUSE_OPENERS:
        place = "start"  # "Drops fall when droplets …": a new clause's subject
    elif before[-1].endswith(_DESCRIBING) and len(before[-1]) > 3 or before[-1] in _COMMON_DESCRIBING:
        place = "adj"  # "tiny droplets", "liquid water": after a describing word, a noun
    else:
        place = "word"
    after = text[end:].lstrip(" \"'”’)")
    following = word_after(text, end)
    if not after or after[:1] in ".;:!?,–—-" and not after[:1].isalnum():
        follows = "end"
    elif following in _DETERMINERS:
        follows = "det"
    elif following in _PREPOSITIONS or following in ("when", "because", "while", "until", "if", "so", "but"):
        follows = "link"  # "The mixture fizzes as …": what comes before a link word may be a verb
    else:
        follows = "other"
    return place, follows


_CLAUSE_OPENERS = {"when", "while", "because", "if", "although", "though", "since", "until", "where", "whereas",
                   "unless", "once", "whenever", "that", "which", "who", "whom"}
_DESCRIBING = ("y", "al", "ic", "ous", "ful", "ive", "able", "ible", "less", "ish", "ent", "ant", "ary", "ar", "ed", "er",
               "est", "id", "ing")


_COMMON_DESCRIBING = {"small", "big", "large", "new", "old", "thin", "thick", "strong", "weak", "hot", "cold", "warm",
                      "long", "short", "high", "low", "fine", "pure", "free", "main", "whole", "full", "dense", "soft",
                      "hard", "wet", "dry", "huge", "great", "good", "bad", "young", "extra", "raw", "dead", "fresh",
                      "clean", "open", "simple", "complex", "rich", "poor", "fast", "slow", "deep", "wide", "narrow",
                      "light", "dark", "loud", "red", "blue", "green", "white", "black", "brown", "grey", "few", "two",
                      "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "several", "first",
                      "last", "next", "own", "real", "true", "false", "key", "top", "mass", "net", "total"}


def at_start(text: str, start: int) -> bool:
    """Whether the text before ``start`` ends a sentence or is empty."""
    before = text[:start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:"


_FOREIGN_ARTICLES = {"el", "la", "los", "las", "le", "les", "un", "une", "una", "unos", "unas", "des", "der", "die",
                     "das", "den", "dem", "ein", "eine", "einen", "il", "lo", "gli", "uno", "het", "een", "de", "os",
                     "as", "um", "uma"}


def is_plural(bare: str) -> bool:
    """Whether a noun phrase reads as plural (its last word ends in -s, or is ``people``, ``stomata`` …)."""
    if " and " in f" {bare.casefold()} ":
        return True
    head = re.split(r"\s+(?:of|for|in|to|with|on)\s+", bare.strip(" \"'“”‘’"))[0]  # "enemy of the people": enemy
    last = head.split()[-1].casefold() if head.split() else ""
    if last in _PLURAL_WORDS:
        return True
    return len(last) > 3 and last.endswith("s") and not last.endswith(_SINGULAR_S)


def article_before(text: str, start: int) -> str:
    """``a`` or ``an`` when the word just before the term is that article (the option must fit it), else empty."""
    before = words_before(text, start, 1)
    return before[-1] if before and before[-1] in ("a", "an") else ""


def counted_before(text: str, start: int) -> bool:
    """Whether ``a`` or ``an`` stands one or two describing words before the term (``a larger surface area``), with
    nothing between them but words."""
    match = re.search(r"(?i)(?:^|\s)an?\s+((?:[a-z]+\s+){1,2})$", text[:start])
    return bool(match) and not any(word in _PREPOSITIONS or word in _BE or word in _MODALS
                                   for word in match.group(1).split())


def fits_article(article: str, option: str) -> bool:
    """Whether ``option`` can follow ``a`` or ``an``: judged by its first letter, and no plural ("set up a
    Mensheviks")."""
    if not article:
        return True
    if is_plural(option):
        return False
    vowel = option[:1].casefold() in "aeiou"
    return vowel if article == "an" else not vowel


def names_event(title: str) -> bool:
    """Whether a title names an event by its words (a war, a congress, a crisis, a treaty …): the word is what the
    title is about, not one describing another ("Women's war work" is about work)."""
    words = re.findall(r"[a-z]+|[^\w\s'’]", title.casefold())
    return any(word in _EVENT_WORDS | _DOCUMENT_WORDS and (
        index + 1 == len(words) or not words[index + 1].isalpha() or words[index + 1] in _AFTER_EVENT_WORD)
        for index, word in enumerate(words))


_AFTER_EVENT_WORD = {"of", "in", "at", "on", "and", "to", "for", "against", "over", "by", "begins", "began", "starts",
                     "started", "ends", "ended", "breaks", "broke", "spreads", "fails", "failed", "collapses", "opens",
                     "signed", "passed", "is", "was", "hits", "hit", "comes", "came", "arrives", "reaches", "erupts"}
"""Words that may follow an event's word in a title that names it ("Battle of Hastings", "The Blitz begins",
"Crisis over Berlin"); a noun after it makes the word a describing one ("war work", "strike fund")."""


def describes_next(bare: str, text: str, end: int) -> bool:
    """Whether a one-word name stands before a common noun as a describing word ("in Soviet history", "Tudor
    monarchs"): used so, it names no body or place that another could replace ("added to the Soviet" is no sentence)."""
    if " " in bare or bare.isupper():
        return False
    match = re.match(r" ([a-z][a-z'’-]*)\b", text[end:])
    if not match:
        return False
    following = match.group(1)
    return not (following in _AFTER_NOUN or following in _PREPOSITIONS or following in _DETERMINERS
                or following in _CLAUSE_OPENERS or following in _MODALS or following in _DEEDS
                or following in _AGENT_VERBS or following.endswith(("ed", "s")) or following in _PARTICLES
                or following in ("who", "not", "also", "then", "never", "only", "first", "alone", "itself"))


_WATER_BEFORE = re.compile(r"\b(?:[Rr]ivers?|[Ll]akes?|[Ss]eas?|[Oo]ceans?)\s+(?:[A-Z][\w'’-]*\s*(?:,|and|&)\s+)*$")


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTHS = frozenset(month.casefold() for month in MONTHS)
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
"""Months as notes shorten them ("Aug 1956", "19 Oct")."""
MONTH_WORDS = _MONTHS | MONTH_ABBREVIATIONS
"""A month however it is written, casefolded."""
MONTH_PATTERN = rf"(?:{'|'.join(MONTHS)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
"""A month written in full or shortened ("October", "Oct", "Sept."), as a regular expression."""


def full_month(written: str) -> str:
    """A month as written ("Sept.", "Oct", "October") by its full name; empty for none."""
    bare = written.rstrip(".").casefold()
    return next((month for month in MONTHS if bare and month.casefold().startswith(bare)), written)


_MOVEMENT_AFTER = frozenset({"rising", "uprising", "rebellion", "revolt", "rebels", "fighters", "movement",
                             "guerrillas", "insurgency", "militants"})
"""Words after a name that make it a movement's ("the Mau Mau rising", "Viet Cong fighters")."""


_BUSINESS_AFTER = re.compile(r"(?:['’]s)?\*{0,2}\s+(?:[a-z-]+\s+)?(?:store|stores|shop|shops|counter|counters|"
                             r"restaurant|restaurants|chain)\b")
"""A shop after a name ("Woolworth's lunch counter"): a business, no person (but "Arkwright's mill" was his)."""


_FOUNDED_AFTER = re.compile(r"\*{0,2}\s+(?:was\s+|were\s+)?(?:founded|formed|established|set up|created|opened|built|"
                            r"completed|launched|closed|demolished)\s+"
                            r"(?:(?:in|by|c\.|around|about)\s+)?(?:\d|in\b|by\b|[–—-])")
"""A name followed by its founding or opening, with no one doing it ("Ku Klux Klan founded 1865–66", "Moscow Metro
opened 1935"): what was founded or built."""


_SAID_KINDS = {"kingdom": "country", "country": "country", "state": "country", "empire": "country",
               "republic": "country", "nation": "country", "city": "place", "town": "place", "village": "place",
               "port": "place", "capital": "place", "county": "region", "province": "region", "region": "region",
               "island": "landform", "river": "water", "land": "region", "area": "region", "territory": "region",
               "district": "region"}
_SAID_TO_BE = re.compile(r"\*{0,2}\s+(?:was|is|were|are|remained|became|=)\s+(?:[a-z]+\s+){0,3}?(?:as\s+)?"
                         r"(?:an?|the)\s+"
                         r"(?:[\w-]+\s+){0,3}?(" + "|".join(_SAID_KINDS) + r")\b", re.I)
"""A name the line says is a kingdom, a town or a river ("Wessex was left as an independent kingdom", "Danelaw = the
land north and east of this line")."""


def known_place(name: str) -> bool:
    """Whether a name is a state, a city, a county or a province the project knows."""
    folded = name.casefold()
    return is_country(name) or folded in CITIES or folded in UK_COUNTIES or folded in PROVINCES or folded in US_STATES


def said_to_be(after: str, name: str = "") -> str | None:
    """The sort of place the words after a name say it is ("… was left as an independent kingdom": a country), if
    they say one. A ``name`` said to be a "state" that is no country the project knows is a region ("Mato Grosso is
    the leading soya state": one of Brazil's)."""
    said = _SAID_TO_BE.match(after)
    if said and said.group(1).casefold() == "state" and name and not is_country(name):
        return "region"
    return _SAID_KINDS[said.group(1).casefold()] if said else None


_DEITIES = frozenset("""brahma vishnu shiva siva lakshmi saraswati parvati durga kali ganesha ganesh hanuman krishna
rama sita indra agni surya varuna yama murugan radha zeus hera athena poseidon hades demeter dionysus hermes aphrodite
ares hephaestus persephone osiris horus anubis thoth amun odin thor loki freya frigg""".split())
"""Gods a religion or a myth names (not those that name planets, missions or groups too: Jupiter, Apollo, Isis)."""


def name_sort(bare: str, text: str, start: int, end: int, persons: frozenset[str],
              plurals: frozenset[str] = frozenset()) -> str:
    """What a proper name names: ``person``, ``country`` (a state, now or once), ``region`` (a county, a province),
    ``place`` (a town, a city, a site), ``landform``, ``street``, ``water``, ``organisation``, ``document``, ``event``,
    ``thing:<noun>`` (a named wall, line or ship, offered only beside its like) or ``other`` (never offered beside
    another). ``plurals`` holds the plural nouns the pack writes in lower case."""
    parts = [part.casefold() for part in re.split(r"[\s-]+", bare)]
    last = parts[-1] if parts else ""
    months = [part for part in parts if part in _MONTHS]
    if months:  # "in September", "from June to November": a time of year, never a town
        return "month" if len(parts) == 1 else "other"
    if (text[start:start + 1] in "\"“" and text[end - 1:end] in "\"”" or re.search(r"[\"“]\s*$", text[:start])
            and re.match(r"\s*[\"”]", text[end:])) and not re.search(r"\s[IVX]+$", bare):
        return "other"  # 'made "Black Power" a slogan': words in quotation marks are a slogan or a title, no person
        # (but 'Crowned "Edward VI"' is a king's name)
    if re.match(r"\*{0,2}['’]s\s+(?:famous\s+|first\s+|last\s+)?(?:play|plays|novel|novels|poem|poems|painting|"
                r"paintings|etchings|engravings|history|histories|biography|diary|symphony|opera|song|songs)\b",
                text[end:]):
        return "person:author"  # "Tudor writers + ____'s play Richard III": a writer, never a duke or a house
    if not text[:start].strip(" *\"'“‘") \
            and re.match(r"\*{0,2},\s*[^():]{2,60}?\s*\(\s*\*{0,2}\d{4}\*{0,2}\s*\)\s*:", text[end:]):
        return "person:historian"  # "Peter Wilson, Europe's Tragedy (2009): at heart a struggle …": a view dated by
        # the book that gave it, never who landed at Peenemünde
    if re.search(r"(?i)\b(?:view|views|interpretation|school|historians?)\s*(?:[:(,–—-]\s*|by\s+)?\**\s*$",
                 text[:start]) or re.match(r"\**\s*(?:\(historian\)|,\s*(?:a|the)\s+historian\b)", text[end:]):
        return "person:historian"  # "Totalitarian view (Robert Conquest)": who judged it since, never who did it
    if re.search(r"[^\W\d_]['’]s$", bare) or re.match(r"['’]s\s*[,.;:)]", text[end:]):
        return "other"  # "the lunch counter of Woolworth's, Greensboro": a shop by its owner's name, no person
    if bare.casefold() in _DEITIES:
        return "person:deity"  # "sacred above all to ____" (Shiva): a god, beside other gods, never a town
    if is_element(bare):
        return "element"  # "Germanium discovered 1886": an element, though it opens a sentence, never a discoverer
    if last in _PEOPLES:
        return "people"  # "the Plains Indians", "the Lakota Sioux people": a people, never where gold was found
    if last.endswith("esque") or re.match(r"\s+(?:style|architecture|art)\b", text[end:]):
        return "other"  # "the Romanesque style": a style, offered beside nothing (never among the people)
    kind_after = re.match(r"\s+([a-z]+)\b", text[end:])
    people_after = re.match(r"\*{0,2}\s+([A-Z][a-z]+s)\b", text[end:])
    if people_after and people_after.group(1).casefold() in _PEOPLE_NAMES | _PEOPLES | _MEMBERS:
        return "people"  # "lost to Khwarazmian Turks": which people, never a place
    if kind_after and kind_after.group(1) in _MOVEMENT_AFTER:
        return "organisation"  # "the Mau Mau rising": a movement, never offered among people
    if kind_after and kind_after.group(1) in _KINDS_AFTER:
        return "thing:" + kind_after.group(1)  # "photographs in Jet magazine": a magazine, never where a state goes
    if _BUSINESS_AFTER.match(text[end:]):
        return "other"  # "a whites-only Woolworth's lunch counter": a firm, never among the people who marched
    kind_before = re.search(r"\b([a-z]+)\s+$", text[:start])
    if kind_before and kind_before.group(1) in _KINDS_BEFORE:
        return "thing:" + kind_before.group(1)  # "the papal bull Exsurge Domine": a document, never among people
    if kind_before and kind_before.group(1) in _VESSELS:
        return "thing:ship"  # "the warship Mary Rose sank": a ship, never among Henry's wives
    if _WATER_BEFORE.search(text[:start]):
        return "water"  # "the Rivers Niger and Benue": rivers, though Niger is a country too
    if len(parts) > 1 and (last in _EVENT_WORDS or last in _GATHERINGS):
        return "event"  # "the Mexico City Olympics": an event, though it opens on a city
    if is_country(bare) or last in _STATE_WORDS and len(parts) > 1 \
            or len(parts) > 1 and "of" not in parts and parts[0] not in _COMPASS_WORDS \
            and is_country(re.split(r"[\s-]+", bare)[-1]) and not is_given_named(bare):
        return "country"  # ("Gran Colombia", "Greater Germany": a state named for another, never a person)
    listed = re.split(r"\s*(?:[+&,/]|\band\b)\s*", bare)
    if len(listed) > 1 and all(is_country(name) for name in listed):
        return "country"  # "aid from USSR + China": states, never swapped for a city ("aid from Ho Chi Minh City")
    if len(parts) > 1 and last in _BODIES:
        return "organisation"  # "British Restaurants served cheap meals": a scheme of many, though it acts, no person
    if bare.casefold() in _CONTINENTS:
        return "continent"
    if bare.casefold() in US_STATES or bare.casefold() in UK_COUNTIES or bare.casefold() in PROVINCES:
        return "region"
    if bare.casefold() in CITIES:
        return "place"  # "strong in London": a city, though "London's militia" acts like a person
    if bare.casefold() in _FAITHS:
        return "faith"  # "North and west mostly Catholic": offered beside Protestant or Puritan, never beside Mary I
    if len(parts) > 1 and re.search(r"(?i)\b(?:first|second|third|only|best|greenest|official)\s+$", text[:start]):
        return "other"  # "England's first Cycling City": a title won, no place one goes to
    compass = len(list(takewhile(lambda part: part in _COMPASS_WORDS, parts)))
    if 0 < compass < len(parts) and (" ".join(parts[compass:]) in _CONTINENTS
                                     or is_country(" ".join(bare.split()[-(len(parts) - compass):]))):
        return "region"  # "Central Asia", "East Africa", "South East England": part of a continent or a country
    if bare.casefold() in _HEAVENLY or bare.casefold() in _COMPASS or bare.casefold() in _SACRED \
            or bare.casefold().replace("’", "'") in _SCRIPTURES:
        return "other"  # "the Earth's land", "the East called it", "prayed to Jesus", "evidence in Shari'ah": offered
        # beside nothing
    if bare.casefold() in _FESTIVALS:
        return "festival"  # "at Easter": a time of year, no place
    if bare.casefold() in LANGUAGES or " " not in bare and bare.casefold().endswith(("ish", "ese")) and len(bare) > 5 \
            or len(parts) > 1 and last in LANGUAGES and parts[0] != "free":  # ("Norman French", "Old English")
        return "language"  # "written in Spanish": offered beside languages, never beside towns
    if any(part in _INSTITUTION_WORDS for part in parts):
        return "institution"  # "students at Kent State University": no battlefield, nor a party
    if len(parts) > 1 and last == "state":
        return "other"  # "Jackson State", "the Free State": a campus or a country, the name alone does not say
    if len(parts) == 1 and last in _MEMBERS:
        return "members"
    if any(part in _GROUP_WORDS for part in parts):
        return "organisation"
    if any(part in _DOCUMENT_WORDS for part in parts):
        return "document"
    if any(part in _EVENT_WORDS for part in parts):
        return "event"
    if len(parts) > 1 and parts[-1] in _OFFICES or len(parts) == 1 and (last in _OFFICES or last in PERSON_STYLES):
        return "office"  # "Cardinal and Lord Chancellor in 1515": a post, never among the people who held one
    if len(parts) > 1 and parts[0].endswith("s") and parts[0][:-1] in PERSON_STYLES:
        return "office"  # "purged Lords Lieutenant, JPs …": holders of a post, never the one who won at Killiecrankie
    if len(parts) > 1 and parts[0] in PERSON_STYLES and not any(
            part in _PLACE_WORDS or part in _WATER_WORDS or part in _STREET_WORDS or part in _THING_WORDS for part in parts):
        return "person"  # "Crown left to Lady Jane Grey": no place, whatever the "to" before her
    if parts[0] in SHIP_PREFIXES and len(parts) > 1:
        return "thing:ship"  # "HMS Dreadnought": a ship, offered only beside ships
    if len(parts) > 1 and (last in _THING_WORDS or last.endswith("s") and last[:-1] in _THING_WORDS):
        return "thing:" + (last if last in _THING_WORDS else last[:-1])  # "the Berlin Wall", "the Maginot Line":
        # only another wall or line stands in for it; "Machine Tractor Stations" are stations, never where the Tsar
        # was shot
    if len(parts) > 1 and (last in _REGION_WORDS or parts[0] == "county") or last.endswith("shire") and len(last) > 6:
        return "region"  # "Oxfordshire", "County Durham", "the Lake District": no town's answer
    if any(part in _WATER_WORDS or part.endswith("s") and part[:-1] in _WATER_WORDS for part in parts):
        return "water"  # a river is no answer where a county goes
    if any(part in _LANDFORM_WORDS for part in parts):
        return "landform"
    if any(part in _STREET_WORDS for part in parts):
        return "street"
    if any(part in _PLACE_WORDS for part in parts):
        return "place"
    if len(parts) == 1 and (last in _PEOPLE_NAMES or last.endswith(("aners", "ians")) and len(last) > 6):
        return "people"  # "support from Afrikaners": a people, never a place, though it comes "from" them
    if len(parts) == 1 and len(last) > 6 and last.endswith(("ions", "ments", "ances", "ences")):
        return "other"  # "Reparations crippled Germany": a plural noun that opens its sentence, never a person
    if len(parts) > 1 and last in plurals:
        return "other"  # "Nazi Teachers", "Machine Tractor Stations": a group or a thing the pack names with a plural
        # it also writes in lower case, neither a person nor where the Tsar was shot
    said = said_to_be(text[end:], bare)
    if said:
        return said  # "only Wessex was left as an independent Anglo-Saxon kingdom": a kingdom, never a person, whatever
        # it did on another line
    if _FOUNDED_AFTER.match(text[end:]):
        return "other"  # "Ku Klux Klan founded 1865–66 in Tennessee": a body or a town, founded by someone unsaid;
        # no person ("Andrew Johnson founded 1865–66" says nothing)
    if re.search(r"(?i)\b(?:schools?|colleges?|universities|academies)\s*[:–—-]\s*$", text[:start]) \
            or re.match(r"\*{0,2}\s+(?:and|or)\s+(?:[A-Z][\w'’-]*\s+)*(?:Schools?|Colleges?|Academies)\b", text[end:]):
        return "institution"  # "Elite schools for future leaders — Napolas and Adolf Hitler Schools": schools,
        # never among the men who ran the Reich
    if re.search(r"(?i)\btitle(?:\s+of\s+[a-z]+)?\s*[:–—-]?\s*$", text[:start]):
        return "office"  # "refused the title of king: Advocatus Sancti Sepulchri": a title held, never a person
    before = words_before(text, start, 2)
    if len(before) == 2 and before[1] == "of" and before[0] in _SEES:
        return "place"  # "the next Archbishop of ____", "Rani of ____ led rebels": a see or a realm, never a person
    if before and before[-1] in _TITLES:
        return "person:" + before[-1]  # "Kaiser ____": only another the pack calls Kaiser reads there
    likened = re.search(r"\b(?:compared|likened)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:to|with)\s+$", text[:start])
    if likened and likened.group(1) in persons:
        return "person"  # "compared Churchill to Hitler": one man likened to another, never a place one goes "to"
    if bare in persons or _REGNAL.match(bare) or (before and before[-1] in _DONE_TO_PEOPLE) or is_given_named(bare) \
            or len(parts) == 1 and last in GIVEN_NAMES and last not in _PLACE_NAMES_TOO:  # ("birth to Edward")
        return "person"
    if re.fullmatch(r"[A-Z]{2,6}s?", bare):
        return "other"  # "troops to UN missions", "worse in LICs": a body or a class of countries, no town
    within = _WITHIN_PLACE.search(text[:start])
    if within and not at_start(text, within.start(1)) and within.group(1) not in persons \
            and within.group(1).split()[-1].casefold() not in _TITLES and not is_given_named(within.group(1)):
        return "region"  # "the village of Boscastle in Cornwall", "Banbury, in Oxfordshire": the wider area
    if before and before[-1] == "into" and set(words_before(text, start, 5)) & _BECOMING:
        return "other"  # "merged their zones into Bizonia": what something became, no place one travels to
    if before and before[-1] == "in" and (set(words_before(text, start, 4)) & _SET_DOWN
                                          or re.search(r"\b(?:set|laid|spelled|spelt)\s+out\s+in\s+$", text[:start])):
        return "document"  # "later made law in Titulus Regius", "set out in …": where a law is set down, no place
    if before and before[-1] == "from" and len(words_before(text, start, 2)) == 2 \
            and words_before(text, start, 2)[0] in _QUOTED_FROM:
        return "other"  # "Argument from Leviticus", "a quote from Luther": a source, no place one comes from
    if before and before[-1] in _PLACE_PREPOSITIONS and before[-1] != "the":
        return "place"
    if len(before) == 2 and before[1] == "of" and before[0] in _SETTLEMENT_WORDS:
        return "place"  # "the town of", "the Battle of Ypres", "the siege of Leningrad": a town or a site
    return "other"


_SET_DOWN = {"law", "laws", "written", "published", "enacted", "decreed", "stated", "printed", "recorded"}
"""Words before "in" that say a name is a text ("made law in Titulus Regius", "written in the Domesday Book")."""
_FAITHS = {"catholic", "catholics", "protestant", "protestants", "puritan", "puritans", "anglican", "anglicans",
           "muslim", "muslims", "jewish", "jew", "jews", "christian", "christians", "hindu", "hindus", "sikh", "sikhs",
           "buddhist", "buddhists", "methodist", "methodists", "quaker", "quakers", "presbyterian", "presbyterians",
           "lutheran", "lutherans", "calvinist", "calvinists", "orthodox", "sunni", "shia", "recusant", "recusants"}
"""Faiths and their followers: offered only beside one another."""
_ELEMENT_NAMES = frozenset("""
hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium magnesium
aluminium aluminum silicon phosphorus sulfur sulphur chlorine argon potassium calcium scandium
titanium vanadium chromium manganese iron cobalt nickel copper zinc gallium germanium arsenic
selenium bromine krypton rubidium strontium yttrium zirconium niobium molybdenum technetium
ruthenium rhodium palladium silver cadmium indium tin antimony tellurium iodine xenon caesium cesium
barium lanthanum cerium tungsten platinum gold thallium bismuth polonium astatine radon francium
radium uranium plutonium americium
""".split())
"""Names of the chemical elements a course meets: an element, never a person or a place, though capitalised (not
lead or mercury, which name a verb and a planet as often)."""


def is_element(word: str) -> bool:
    """Whether a word names a chemical element ("carbon", "Copper")."""
    return word.strip().casefold() in _ELEMENT_NAMES


ELEMENT_GROUPS = {name: group for group, names in (
    ("alkali metal", "lithium sodium potassium rubidium caesium cesium francium"),
    ("alkaline earth metal", "beryllium magnesium calcium strontium barium radium"),
    ("halogen", "fluorine chlorine bromine iodine astatine"),
    ("noble gas", "helium neon argon krypton xenon radon"),
    ("transition metal", "titanium chromium manganese iron cobalt nickel copper zinc silver platinum gold"))
    for name in names.split()}
"""Elements by their family in the periodic table: one offered beside another of its group (bromine for chlorine),
never beside one of another (potassium for chlorine is false at sight)."""
_PEOPLES = {"indians", "people", "peoples", "tribes", "tribe", "aborigines", "natives", "settlers", "pioneers",
            "immigrants", "migrants", "refugees", "nomads"}
"""Last words of a name that names a people ("the Plains Indians")."""
_PEOPLE_NAMES = {"afrikaners", "boers", "zulus", "xhosa", "saxons", "normans", "vikings", "danes", "franks", "turks",
                 "mongols", "aztecs", "incas", "celts", "romans", "greeks", "spartans", "huguenots", "jacobites",
                 "royalists", "parliamentarians", "cavaliers", "roundheads", "loyalists", "patriots", "chartists",
                 "luddites", "suffragettes", "suffragists", "bolsheviks", "mensheviks", "whites", "reds", "nazis",
                 "communists", "fascists", "republicans", "nationalists", "unionists", "americans", "europeans",
                 "arabs", "moors", "persians", "crusaders", "levellers", "diggers", "ranters", "quakers", "lollards",
                 "tories", "whigs", "jacobins", "girondins"}
"""One-word names of a people, a party's followers or a side ("Afrikaners", "the Bolsheviks"): no place."""
_BODIES = {"restaurants", "clubs", "societies", "unions", "guards", "volunteers", "brigades", "services", "councils",
           "committees", "forces", "rangers", "scouts", "guides", "schools", "centres", "centers", "shops", "stores",
           "factories", "companies", "associations", "leagues", "trusts", "boards", "corps", "auxiliaries", "army",
           "navy", "police", "service", "society", "union", "council", "committee", "association", "league", "trust",
           "board", "company", "corporation", "authority", "agency", "ministry", "department", "office", "bank",
           "international", "group", "ltd", "plc", "inc", "holdings", "industries", "enterprises"}
"""Last words of a name that names a body of people or a scheme ("British Restaurants", "Women's Land Army")."""
_KINDS_AFTER = {"magazine", "newspaper", "journal", "company", "firm", "brand", "airline", "ship", "band", "programme",
                "program", "show", "film", "novel", "album", "song", "poem", "painting", "newsletter", "website",
                "reservoir", "dam", "barrage", "aqueduct", "mine", "colliery", "mill", "station", "airport", "stadium",
                "arena", "hospital", "university", "college", "bridge", "tunnel", "museum", "gallery", "cathedral",
                "castle", "palace", "prison", "motorway", "camp", "camps", "labour", "system", "network", "scheme"}
"""Common nouns that say what a name before them is ("Jet magazine", "Cunard company", "Temple Meads station")."""
_OFFICES = {"chancellor", "protector", "chamberlain", "treasurer", "secretary", "minister", "mayor", "keeper",
            "steward", "marshal", "admiral", "justice", "governor", "seal", "führer", "fuhrer", "duce", "caudillo",
            "chief"}
"""The last word of a post's name ("Lord Chancellor", "Lord Protector", "Lord Privy Seal", "Commander-in-Chief"), or
a post named alone ("Führer")."""
PERSON_STYLES = {"lady", "sir", "lord", "dame", "king", "queen", "prince", "princess", "duke", "duchess", "earl",
                  "countess", "emperor", "empress", "tsar", "tsarina", "kaiser", "pope", "cardinal", "archbishop",
                  "bishop", "general", "admiral", "president", "chancellor", "mr", "mrs", "miss", "ms", "dr",
                  "colonel", "captain", "lieutenant", "sergeant", "commander", "marshal", "brigadier", "chief"}
"""Styles that make the name after them a person's ("Lady Jane Grey", "Sir Thomas Wyatt")."""
_KINDS_BEFORE = {"bull", "edict", "decree", "treaty", "pamphlet", "book", "novel", "poem", "play", "film", "song",
                 "album", "painting", "ship", "newspaper", "magazine", "operation", "codename", "hymn", "opera"}
"""Common nouns that say what a name after them is ("the papal bull Exsurge Domine", "the ship Titanic")."""
_VESSELS = {"warship", "battleship", "flagship", "liner", "steamship", "galleon", "frigate", "cruiser", "destroyer",
            "submarine", "vessel", "yacht", "schooner", "tanker", "ferry", "carrier", "gunboat", "sloop"}
"""Kinds of ship before a ship's name ("the warship Mary Rose"): each a ship, offered beside ships."""
_CONTINENTS = {"europe", "asia", "africa", "north america", "south america", "latin america", "antarctica",
               "australasia", "oceania", "eurasia", "scandinavia", "the balkans", "balkans", "the middle east",
               "middle east", "the far east", "far east"}
_BECOMING = {"merged", "divided", "split", "turned", "made", "formed", "converted", "changed", "developed", "grew",
             "combined", "organised", "organized", "reorganised", "reorganized", "transformed", "renamed", "became",
             "evolved", "absorbed", "incorporated", "joined", "fused", "united"}
"""Verbs before ``into`` that tell what a thing became ("merged into Bizonia"), not where it went."""
_HEAVENLY = {"earth", "moon", "sun", "mars", "venus", "jupiter", "saturn", "mercury", "neptune", "uranus", "pluto",
             "milky way", "solar system"}
_COMPASS = {"east", "west", "north", "south", "north-east", "north-west", "south-east", "south-west", "northeast",
            "northwest", "southeast", "southwest", "orient", "occident"}
_SACRED = {"god", "jesus", "christ", "jesus christ", "allah", "holy spirit", "buddha", "yahweh", "brahman", "lord"}
"""Who a faith worships: never a place after "to", and never swapped for another (one may be the other)."""
_SCRIPTURES = {"qur'an", "quran", "koran", "bible", "torah", "talmud", "tenakh", "tanakh", "mishnah", "hadith",
               "sunnah", "shari'ah", "shari'a", "sharia", "shariah", "halakhah", "halakha", "vedas", "bhagavad gita",
               "guru granth sahib", "tripitaka", "gospels"}
"""A faith's scriptures and law: never a place after "in" ("evidence in Shari'ah", "taught in the Torah")."""
SHIP_PREFIXES = {"hms", "ss", "rms", "uss", "hmy", "hmas", "hmcs", "mv", "sms"}
_FESTIVALS = {"easter", "christmas", "lent", "advent", "pentecost", "whitsun", "ramadan", "eid", "diwali", "passover",
              "hanukkah", "yom kippur", "rosh hashanah", "vaisakhi", "holi", "epiphany", "michaelmas", "hogmanay"}
LANGUAGES = {"english", "french", "german", "latin", "greek", "italian", "russian", "arabic", "hebrew", "hindi", "urdu",
             "mandarin", "cantonese", "dutch", "welsh", "gaelic", "sanskrit", "swahili", "persian", "esperanto",
             "spanish", "portuguese", "irish", "polish", "chinese", "japanese", "punjabi", "turkish"}
"""Languages by their English names: a name "written in Spanish" is no place, and a pack on French teaches one."""
_STATE_WORDS = {"republic", "kingdom", "empire", "reich", "sultanate", "caliphate", "khanate", "emirate"}
_REGION_WORDS = {"county", "province", "region", "district", "territory", "canton", "oblast", "prefecture", "shire",
                 "borough"}
"""Last words of a region's name ("the Lake District"); not "state", which ends "the Welfare State" as often."""
_LANDFORM_WORDS = {"mount", "mountains", "levels", "valley", "island", "islands", "forest", "hills", "desert", "coast",
                   "peninsula", "moor", "moors", "fell", "plain", "plains", "plateau", "heath", "cape", "head", "point",
                   "beach", "cliff", "cliffs", "ridge", "range", "alps", "spit", "stack", "arch", "cove", "rocks",
                   "gorge", "pass", "dales", "downs", "isle", "wolds", "fens"}
_STREET_WORDS = {"street", "road", "square", "avenue", "lane", "boulevard", "strasse", "straße"}
_PLACE_WORDS = {"city", "town", "village", "port"}
_SETTLEMENT_WORDS = {"town", "city", "village", "port", "battle", "siege", "bombing", "capture", "fall", "liberation",
                     "sack", "relief"}
_THING_WORDS = {"line", "wall", "ship", "bridge", "tower", "gate", "palace", "castle", "cathedral", "station", "cross",
                "abbey", "hall", "church", "chapel", "priory", "minster", "temple", "mosque", "fort", "prison", "museum",
                "column", "memorial", "building", "airport", "dam", "barrage", "curtain", "tapestry", "bible", "gun",
                "letter", "note", "report", "speech", "diary", "speeches", "letters", "notes", "theses", "papers",
                "book", "books", "chamber", "court", "courts", "money", "tax", "taxes", "tariff", "fund", "bank",
                "railroad", "railway", "canal", "pipeline", "trail", "highway", "motorway", "telegraph"}
_WITHIN_PLACE = re.compile(r"\b((?:[A-Z][\w'’-]*[a-z]\s+)*[A-Z][\w'’-]*[a-z]),?\s+in\s+$")
"""A name just before ``in`` and this one: "Boscastle in Cornwall" places a town in a wider area."""
_COMPASS_WORDS = _COMPASS | {"central", "eastern", "western", "northern", "southern", "ne", "nw", "se", "sw"}
"""Words that name part of a continent or a country before its name ("South East England", "Central Asia")."""


def is_given_named(bare: str) -> bool:
    """Whether a name reads as a person's by its shape: a given name then capitalised words ("Winston Churchill",
    "Franz Ferdinand", "Ludwig van Beethoven"), none of them a thing, a group or a place word."""
    words = bare.split()
    if len(words) < 2 or words[0].casefold() not in GIVEN_NAMES:
        return False
    rest = words[1:]
    if not all(word[:1].isupper() and not any(char.isdigit() for char in word) or word in _PARTICLES_OF_NAMES
               for word in rest) or rest[-1] in _PARTICLES_OF_NAMES:
        return False
    folded = {part.casefold() for word in words for part in re.split(r"[-]", word)}
    return not folded & (_GROUP_WORDS | _DOCUMENT_WORDS | _EVENT_WORDS | _THING_WORDS | _WATER_WORDS | _PLACE_WORDS
                         | _LANDFORM_WORDS | _STREET_WORDS | _REGION_WORDS | _STATE_WORDS) and not is_country(bare)


def defined_as_thing(text: str) -> str | None:
    """The name a point defines as a thing ("Ship Money – an old tax on coastal counties"), or None: a name the
    pack glosses with no word for a person is no person, whatever verb follows it elsewhere ("Ship Money declared
    illegal")."""
    match = _DEFINITION.search(text)
    if not match:
        return None
    head = [word.casefold() for word in re.findall(r"[\w'’-]+", match.group(2))[:4]]
    if any(word in _PERSON_NOUNS or word.endswith(("er", "or", "ist", "ian", "ess")) for word in head):
        return None  # "Rupert – the King's nephew", "John Pym – a leader of the Commons"
    return match.group(1)


_DEFINITION = re.compile(r"(?:^|(?<=\s))[\"'“‘]*([A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*)*)[\"'”’]*\s*(?:\([^)]*\)\s*)?"
                         r"[–—:=-]\s*(?:an?|the)\s+([^.;,–—]{1,80})")
"""A name, then a dash, colon or "=" and "a", "an" or "the": the start of what the name is, at the line's start or
within it ("… most famously through Ship Money – an old tax …", "Home Rule = a separate Irish parliament")."""
_PERSON_NOUNS = {"man", "woman", "men", "women", "king", "queen", "prince", "princess", "general", "soldier", "mp", "son",
                 "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece", "uncle",
                 "aunt", "cousin", "heir", "pope", "bishop", "archbishop", "cardinal", "monk", "priest", "saint",
                 "chief", "lord", "lady", "duke", "earl", "knight", "boy", "girl", "child", "person", "figure",
                 "hero", "rebel", "victim", "favourite", "favorite", "puritan", "catholic", "protestant", "tsar",
                 "emperor", "president", "chancellor", "minister", "spy", "pilot", "nurse", "doctor", "surgeon"}
"""Words that say a gloss is of a person ("– the King's nephew")."""


def fellows(text: str, people: frozenset[str] | set[str]) -> set[str]:
    """Names listed with one of ``people`` ("Stalin, Roosevelt and Churchill met"): people too, unless a country,
    a thing, a body or a compass point by their words."""
    found = set()
    for match in _LIST_OF_NAMES.finditer(text):
        names = [name for name in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match.group()) if name]
        if not any(name in people for name in names):
            continue
        for index, name in enumerate(names):
            opening = index == 0 and at_start(text, match.start())
            if name in people or opening or " " in name and not is_given_named(name):
                continue  # "Both Stalin": a sentence's first word may be no name
            if is_country(name) or name.casefold() in _COMPASS | _HEAVENLY | _CONTINENTS \
                    or name.split()[-1].casefold() in _NOT_AGENTS:
                continue
            found.add(name)
    return found


_NAME_PATTERN = r"[A-Z][\w’-]*[a-z](?:\s+[A-Z][\w’-]*[a-z])*"
_LIST_OF_NAMES = re.compile(rf"{_NAME_PATTERN}(?:,\s*{_NAME_PATTERN})*,?\s+(?:and|or)\s+{_NAME_PATTERN}")
"""Two or more names joined by commas and a last ``and`` or ``or``."""


_PARTICLES_OF_NAMES = {"of", "von", "van", "de", "der", "den", "di", "da", "du", "del", "della", "la", "le", "bin", "ibn",
                       "al", "el", "ben", "y", "dos", "das", "ter"}


def given_named(text: str) -> set[str]:
    """People named in ``text`` by a given name and a family name, with the family name alone ("Winston Churchill"
    and "Churchill"): a pack names them in full once and by the family name after."""
    found = set()
    for match in re.finditer(r"[A-Z][\w'’-]*[a-z](?:\s+(?:(?:von|van|de|der|di|da|du|del|bin|ibn|al)\s+)?[A-Z][\w'’-]*[a-z])+",
                             text):
        name = re.split(r"['’]s\b", match.group())[0]  # "Willy Brandt's Ostpolitik": Willy Brandt
        while name.split(" ", 1)[0] in ("The", "A", "An", "In", "On", "At", "By", "After", "When", "Archduke",
                                        "Kaiser", "General", "President", "King", "Queen", "Sir", "Lord"):
            if " " not in name:
                break
            name = name.split(" ", 1)[1]
        if is_given_named(name):
            found.add(name)
            found.add(name.split()[-1])
    return found


def agents(text: str) -> set[str]:
    """Names in ``text`` that act (followed by a past-tense verb, or with ``'s``): people, most likely."""
    found = set()
    for match in re.finditer(r"[A-Z][\w'’-]*[a-z](?:\s+(?:(?:von|van|de|der|di|da)\s+)?(?:[A-Z][\w'’-]*[a-z]|II|III|IV|VI{0,3}|IX|XI{0,3}))*",
                             text):
        name, rest = match.group(), text[match.end():]
        first, _, others = name.partition(" ")
        if first in ("The", "A", "An", "Its", "His", "Her", "Their", "In", "On", "At", "By", "After", "When"):
            if not others:
                continue
            name = others
        before = words_before(text, match.start(), 2)
        if before and (before[-1] in _PLACE_PREPOSITIONS or before[-1] in _ARTICLES or before[-1] == "of"):
            continue  # "Rani of Jhansi led rebels": the Rani led them, Jhansi is her realm; "the fall of Sevastopol
            # led to peace talks": the fall led to them
        if is_country(name) or name.split()[-1].casefold() in _NOT_AGENTS \
                or name.casefold() in _COMPASS | _HEAVENLY | CITIES \
                or re.search(r"[\s-]", name) and " of " not in name and is_country(re.split(r"[\s-]+", name)[-1]):
            continue  # "Turkey received aid", "The Zimmermann Telegram asked Mexico": a state or a thing, no one; "Gran
            # Colombia broke up": a state named for another
        if name.endswith(("ans", "ese", "ites")) and not is_given_named(name):
            continue  # "East Germans fled": a people, not a person
        if rest.startswith(("'s", "’s")):
            found.add(name)
            continue
        if _REGNAL.match(name):  # Henry VIII, Philip II of Spain: a monarch
            found.add(name)
            continue
        follow = re.match(r"\s*(?:,[^,]{1,40},\s*)?(?:(?:was|were|had)\s+)?(\w+)", rest)
        verb = follow.group(1).casefold() if follow else ""
        if verb in _AGENT_VERBS:  # a person's verb: "Turkey received aid" names no one
            found.add(name)
        elif _FULL_NAME.match(name) and (deed := re.match(r"\s*(\w+)(\s+\w+)?", rest)) and (
                (done := deed.group(1).casefold()) in _DEEDS or done.endswith("ed") and done not in _STATES) \
                and (deed.group(2) or "").strip().casefold() not in _DONE_TO_THINGS:
            found.add(name)  # "Thomas Cromwell organised", "Henry Tudor won": a given name and a family name that act
            # (not "Ship Money declared illegal", a thing something is done to)
    return found


_SEES = {"archbishop", "bishop", "archbishops", "bishops", "duke", "earl", "dukes", "earls", "mayor", "duchess",
         "countess", "marquess", "marquis", "viscount", "rani", "raja", "rajah", "maharaja", "maharajah", "nawab",
         "nizam", "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "shah", "tsar", "khan"}
"""Titles whose "of" names a place ("Archbishop of Canterbury", "Duke of Gloucester", "the Rani of Jhansi"), even
where the titled person acts ("the Rani of Jhansi led rebels"): the place is no person."""
_DONE_TO_THINGS = {"illegal", "unlawful", "invalid", "void", "unconstitutional", "by", "in", "off", "down", "out"}
"""Words after a past participle that make it passive ("Ship Money declared illegal", "abolished in 1641")."""
_NOT_AGENTS = _DOCUMENT_WORDS | _EVENT_WORDS | _THING_WORDS | _GROUP_WORDS | _WATER_WORDS | _PLACE_WORDS
"""Last words that make a name a thing, an event or a body, whatever verb follows it."""
_REGNAL = re.compile(r"^[A-Z][a-z]+ (?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})(?: of [A-Z][a-z]+)?$")
_RULING = {"king", "queen", "emperor", "empress", "tsar", "tsarina", "czar", "kaiser", "pope", "shah", "sultan"}
HEADS_OF_STATE = frozenset(_RULING | {"president", "chancellor", "kaiserin", "generalissimo"})
"""Titles of those who rule a state: one the pack calls so ("President Eisenhower") is offered only where such a
title stands before the answer too."""


_STATIONS = {"pope", "king", "queen", "emperor", "empress", "tsar", "tsarina", "kaiser", "sir", "dame", "lord", "lady",
             "cardinal", "archbishop", "bishop", "saint", "general", "admiral", "president", "prince", "princess",
             "duke", "earl", "chancellor"}


def station(name: str) -> str:
    """The rank a name is written with ("pope" for Pope Leo X, "sir" for Sir Thomas More), or "" for none."""
    first = name.strip().split(" ", 1)[0].casefold().rstrip(".")
    return first if first in _STATIONS else ""


def is_office(name: str) -> bool:
    """Whether a name is an office with no one's name in it ("Archbishop of Canterbury", "the Lord Chancellor"): no
    person to offer among people."""
    words = re.sub(r"(?i)^the\s+", "", name.strip()).split()
    return len(words) >= 2 and words[0].casefold() in _STATIONS and words[1].casefold() == "of" \
        or len(words) == 2 and words[0].casefold() in {"lord", "prime", "home", "foreign"} \
        and words[1].casefold() in {"chancellor", "minister", "secretary", "protector"}


def same_station(answer: str, other: str) -> bool:
    """Whether a name may stand as a wrong option beside a person's name: no office among people, and no other rank
    than the answer's where both are written with one (no Pope Leo X beside Sir Thomas More for Lord Chancellor)."""
    if is_office(other) and not is_office(answer):
        return False
    mine, theirs = station(answer), station(other)
    return not mine or not theirs or mine == theirs


def is_ruler(name: str) -> bool:
    """Whether a person's name names a ruler ("Henry VIII", "Philip II of Spain", "Tsar Nicholas II"): a ruler among
    options of no other ruler is picked out at sight."""
    words = name.strip().split()
    return bool(words) and (_REGNAL.match(" ".join(words)) is not None or words[0].casefold() in _RULING)
def body_or_document(name: str) -> str:
    """Whether a name is of a body ("Model Parliament, 1295"), "organisation", or of a document ("Treaty of Birgham
    (1290)"), "document", by its words; "" for neither (a battle, a place)."""
    parts = {word.casefold() for word in re.findall(r"[^\W\d_]+", name)}
    return "organisation" if parts & _GROUP_WORDS else "document" if parts & _DOCUMENT_WORDS else ""


def document_kind(name: str) -> str:
    """What a document's name says it is: "law" ("Vagabonds Act", "Poor Law"), "treaty" ("Treaty of Paris", "Munich
    Agreement"), or "" for any other (a book, a plan, a speech): in a word box the one law among books is read off."""
    parts = {word.casefold() for word in re.findall(r"[^\W\d_]+", name)}
    return "law" if parts & _LAW_WORDS else "treaty" if parts & _TREATY_WORDS else ""


_LAW_WORDS = {"act", "acts", "law", "laws", "bill", "statute", "statutes", "edict", "edicts", "decree", "decrees",
              "ordinance", "ordinances", "code", "codes", "amendment", "amendments", "injunction", "injunctions"}
_TREATY_WORDS = {"treaty", "treaties", "pact", "agreement", "accords", "convention", "protocol", "compromise"}


def is_churchman(name: str) -> bool:
    """Whether a person's name carries a church title ("Bishop von Galen", "Cardinal Wolsey", "Pastor Niemöller"):
    the one churchman among options is picked out by a line on preaching or the Church."""
    words = name.strip().split()
    return bool(words) and words[0].casefold().rstrip(".") in _CHURCH_TITLES


_CHURCH_TITLES = frozenset({"bishop", "archbishop", "cardinal", "pastor", "pope", "father", "rev", "reverend", "abbot",
                            "prior", "friar", "brother", "sister", "saint", "st", "imam", "rabbi", "canon", "dean",
                            "vicar", "monk", "nun", "mother"})
"""Titles that open a churchman's or churchwoman's name."""


_FULL_NAME = re.compile(r"^(?!(?:North|South|East|West|New|Great|United|Upper|Lower|Central|Old)\b)[A-Z][a-z]+ [A-Z][a-z]+$")
"""Two capitalised words that could be a given name and a family name (not "East Germany", "New Zealand")."""
_DEEDS = {"won", "sent", "built", "fought", "took", "gave", "made", "began", "lost", "left", "held", "brought",
          "sought", "taught", "saw", "set", "ran", "drew", "led", "wrote", "spoke", "broke", "rode", "swore"}
"""Irregular past tenses a person's deed is told in."""
_DONE_TO_PEOPLE = {"married", "crowned", "executed", "assassinated", "murdered", "beheaded", "succeeded", "deposed",
                   "sacked", "dismissed", "arrested", "exiled", "purged", "demoted", "promoted", "imprisoned", "knighted",
                   "hanged", "kidnapped", "interrogated", "outmanoeuvred", "outmaneuvered"}
"""Verbs whose object is a person: "married Catherine of Aragon"."""
_STATES = {"used", "based", "called", "named", "located", "situated", "needed", "related", "united", "formed"}
"""Past forms that say what a thing is, not what someone did."""
