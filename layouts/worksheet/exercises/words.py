"""The content words of a sentence, for telling when two texts say the same thing."""
from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache

from ....source._scripts import plain_scripts
from ...labels import LANGUAGES

_COMMON = {"that", "this", "with", "from", "have", "into", "than", "they", "their", "there", "which", "when", "each",
           "more", "most", "also", "such", "some", "other", "been", "were", "what", "only", "about", "very", "them"}


QUOTES = "\"'“”‘’«»()[]"
"""Quotes and brackets, stripped from a word's ends before it is read."""
ARROW = re.compile(r"\s*(?:→|⟶|⇒|=>|->)\s*")
"""An arrow between steps ("r = 6 cm → A = 36π"), with the spaces around it."""
GLOSS_DASH = re.compile(r"\s[–—-]\s")
"""The dash between a word and its meaning (``la gare – the station``)."""
TWO_LETTER_SYMBOL = re.compile(r"(?<![^\W\d_])(?:[A-Z][a-zA-Z]|[a-z][A-Z])(?![^\W\d_])")
"""A symbol of two letters ("Rf", "pH", "UN"), which names its topic as surely as a word."""
YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
"""A four-figure year as written in a sentence."""


def word_count(text: str) -> int:
    return len(text.split())


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """A text's words of four letters or more, stemmed, and its figures; common words left out (remembered: a
    sheet asks this of the same sentences thousands of times)."""
    return frozenset(stem(word) for word in re.findall(r"[^\W\d_]{4,}|\d+(?:[.,]\d+)*", plain_scripts(text).casefold())
                     if word not in _COMMON)


def root_shared(one: str, other: str) -> bool:
    """Whether two texts hold one word in two forms ("apprentices" and "Apprenticeship"), where a stem does not
    reach."""
    return any(shares_root(word, another, 6) for word in content_words(one) if len(word) >= 6 and word.isalpha()
               for another in content_words(other) if len(another) >= 6 and another.isalpha())


NUMBERS = frozenset({"zero", "three", "four", "five", "seven", "eight", "nine", "eleven", "twelve", "twenty", "hundred",
                     "thousand", "million", "billion", "half", "third", "quarter", "double", "single", "once", "twice"})
"""Number words of four letters or more (``one``, ``two`` and ``six`` are too short to be content words)."""


def numbers_in(words: set[str] | frozenset[str]) -> set[str]:
    """The numbers among content words: figures and number words."""
    return {word for word in words if word[:1].isdigit() or word in NUMBERS}


def stem(word: str) -> str:
    """A rough English stem, enough to see ``bonds`` and ``bonding`` as one word: plural ``s``, ``ing`` and ``ed``
    dropped, and ``spies`` is ``spy``."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 6 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 5 and word.endswith("ed"):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def parallel(first: set[str], second: set[str]) -> bool:
    """Whether two sentences say nearly the same words (``… goods and services sold to other countries`` beside
    ``… goods and services bought from other countries``): one answers the other by contrast. Four content words
    each at least: shorter sentences say too little to call alike."""
    if numbers_in(first) != numbers_in(second):
        return False  # "Edge 1 …" and "Edge 2 …" state two facts
    first, second = first - numbers_in(first), second - numbers_in(second)
    shared = len(first & second)
    return min(len(first), len(second)) >= 4 and shared >= 3 and shared * 3 >= min(len(first), len(second)) * 2


def restated(first: set[str], second: set[str]) -> bool:
    """Whether one sentence says another's fact in other words: four content words shared, half of the shorter's at
    least ("Reverse the direction of spin → reverse the current or swap the poles" beside "To reverse the force,
    reverse the current OR swap the magnetic poles")."""
    first, second = first - numbers_in(first), second - numbers_in(second)
    shared = len(first & second)
    return shared >= 4 and shared * 2 >= min(len(first), len(second))


_JOINED = re.compile(r"^\s*(?:,|;|/|(?:,\s*)?(?:and|or)(?:\s+(?:by|with|in|on|to|for|from|as|of|at|through)(?=\s))?)\s*"
                     r"(?:(?:a|an|the)\s+)?$", re.I)
"""What stands between two items of one list: a comma, a slash, "and" or "or", with the article or the preposition
said again ("by heating or by radiation", "vegetariano / vegetariana")."""


def listed_together(text: str, terms) -> list[set[str]]:
    """The runs of terms a sentence lists side by side (``a nucleus, cytoplasm and a cell membrane``), as sets of
    keys."""
    runs: list[set[str]] = []
    ordered = sorted(terms, key=lambda term: term.start)
    for first, second in zip(ordered, ordered[1:]):
        if _JOINED.match(text[first.end:second.start]):
            if runs and first.key in runs[-1]:
                runs[-1].add(second.key)
            else:
                runs.append({first.key, second.key})
    return runs


def shares_root(one: str, other: str, least: int) -> bool:
    """Whether two words start alike for ``least`` letters and most of the shorter one ("dense" and "density",
    "carbonic" and "carbonation"): one is the other in another form."""
    shared = len(os.path.commonprefix((one, other)))
    return shared >= least and shared * 10 >= 7 * min(len(one), len(other))


_ENDINGS = frozenset({"ation", "ition", "tion", "sion", "ion", "ant", "ants", "ent", "ents", "er", "ers", "or", "ors",
                      "ism", "ist", "ists", "ing", "ed", "es", "s", "e", "al", "ive", "ity", "ment", "ments", "ance",
                      "ence", ""})


def same_family(one: str, other: str) -> bool:
    """Whether two words of seven letters or more are one root with different endings ("migration" and "migrants",
    "produce" and "production"): the one printed beside a blank tells the other."""
    if min(len(one), len(other)) < 7:
        return False
    shared = len(os.path.commonprefix((one, other)))
    return any(one[cut:] in _ENDINGS and other[cut:] in _ENDINGS for cut in range(shared, 3, -1))


def inside_word(answer: str, text: str) -> bool:
    """Whether a word of ``text`` (five letters or more) stands inside a longer word of ``answer`` ("radiation" in
    Irradiation, "fertility" in Infertility), or a shorter one is the answer's root between a prefix and an ending
    ("bank" in Embankments, "fat" in Fatty acids): printed beside a blank, it spells most of the answer."""
    return any(len(other) >= 5 and other in word and other != word and len(word) >= 7
               or len(other) == 4 and re.fullmatch(rf"(?:em|en|im|un|re|dis){other}(?:ments?|s|ing|ed)?", word)
               or len(other) == 3 and re.fullmatch(rf"{other}(?:t?ty|tier|tiest)", word)  # "fatty acids" beside "fat"
               for word in re.findall(r"[^\W\d_]{5,}", answer.casefold())
               for printed in re.findall(r"[^\W\d_]{3,}", text.casefold())
               for other in {printed, printed[:-1] if printed.endswith("s") else printed})  # ("raised banks")


def unaccented(text: str) -> str:
    """``inundación`` as ``inundacion``: another form of a word may move its accent."""
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


_SPAN = re.compile(r"(?<!\d)(1\d{3}|20\d{2}|(?<=c\.)\d{2,3}|(?<=c\. )\d{2,3}|(?<=AD )\d{1,3}|"
                   r"\d{2,3}(?=\s*[–—-]\s*1\d{3})|(?:(?<=\()|(?<=, ))\d{3}(?=\s*[–—-]\s*\d{3}(?:\)|$)))"
                   r"(?:\s*[–—-]\s*(\d{4}|\d{2,3})(?!\d))?")
"""A year or a span of years: 1933–34, 1066, and before the year 1000 where the title says so: c.793–1066,
AD 43–410, "(866–874)", or a span closing it after a comma (", 618–907")."""


def spans_in(text: str) -> list[tuple[int, int]]:
    """The years and spans of years a title prints, each as (first, last): "1933–34" is (1933, 1934), "1956" is
    (1956, 1956)."""
    spans = []
    for found in _SPAN.finditer(text):
        first = int(found.group(1))
        last = found.group(2)
        end = first if last is None else int(last) if len(last) >= 3 or first < 1000 else first // 100 * 100 + int(last)
        spans.append((first, end if end >= first else first))
    return spans


_LINKING = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "with", "by", "at", "&", "et", "de", "du", "des",
            "la", "le", "les", "und", "der", "die", "das", "y", "e", "di", "del", "della"}


def capital_initials(name: str) -> str:
    """The first letters of a name's capitalised words ("LBJ" of "Lyndon B. Johnson", "NAT" of "North Atlantic
    Treaty")."""
    return "".join(word[0] for word in re.findall(r"[A-Z][\w'’-]*", name))


def spelled_out(answer: str, text: str) -> bool:
    """Whether an acronym answer, or its plural, is spelled by the initials of words printed beside it ("____:
    Oxidation Is Loss, Reduction Is Gain" hands over OIL RIG)."""
    letters = re.sub(r"[^A-Za-z]", "", answer)
    if len(letters) >= 3 and letters[:-1].isupper() and letters[-1] == "s":
        letters = letters[:-1]  # "NEEs – newly emerging economies": the plural of NEE
    if 3 <= len(letters) <= 6 and sum(letter.isupper() for letter in letters) >= 2:
        letters = letters.upper()  # "hCG – human chorionic gonadotrophin": an acronym with a small letter
    if len(letters) < 2 or not letters.isupper():
        return False
    words = re.findall(r"[^\W\d_]+", unaccented(text))  # "éducation physique et sportive" spells EPS
    initials = "".join(word[0] for word in words).upper()
    key_words = "".join(word[0] for word in words if word.casefold() not in _LINKING).upper()  # "Price elasticity of
    # demand" spells PED
    capitals = "".join(word[0] for word in words if word[0].isupper())
    if letters in capitals or len(letters) >= 3 and (letters in initials or letters in key_words):  # "UK" could be
        return True  # any two words
    folded = [word.casefold() for word in words if word.casefold() not in _LINKING]
    return len(letters) >= 3 and any(_spells(letters.casefold(), folded[start:]) for start in range(len(folded)))


def _spells(letters: str, words: list[str], used: int = 0) -> bool:
    """Whether ``letters`` are the first letters of consecutive ``words`` (two at least), each word perhaps giving more
    letters from inside it, in order ("intercontinental ballistic missile" spells ICBM, "deoxyribonucleic acid"
    DNA)."""
    if not letters:
        return used >= 2
    if not words or words[0][:1] != letters[0]:
        return False
    inside = words[0][1:] if len(words[0]) >= _COMPOUND else ""  # (a long word is a compound, "inter-continental")
    for taken in range(1, len(letters) + 1):
        if taken > 1 and not _in_order(letters[1:taken], inside):
            break
        if _spells(letters[taken:], words[1:], used + 1):
            return True
    return False


_COMPOUND = 9
"""How long a word must be to give an acronym more than its first letter."""


def _in_order(letters: str, word: str) -> bool:
    """Whether ``letters`` appear in ``word`` in that order."""
    found = iter(word)
    return all(letter in found for letter in letters)


IRREGULAR_PLURALS = {"teeth": "tooth", "feet": "foot", "geese": "goose", "mice": "mouse", "lice": "louse",
                      "men": "man", "women": "woman", "children": "child", "oxen": "ox", "indices": "index",
                      "vertices": "vertex", "matrices": "matrix", "appendices": "appendix", "criteria": "criterion",
                      "phenomena": "phenomenon", "nuclei": "nucleus", "fungi": "fungus", "stimuli": "stimulus",
                      "alveoli": "alveolus", "villi": "villus", "foci": "focus", "radii": "radius", "larvae": "larva",
                      "formulae": "formula", "bacteria": "bacterium", "crises": "crisis", "hypotheses": "hypothesis",
                      "analyses": "analysis"}
"""Plurals that no ending gives ("a wheel with ____" for teeth, beside "a 12-tooth driver"; "plural indices" beside
"Index")."""


IRREGULAR_PAST = {"swept": "sweep", "kept": "keep", "slept": "sleep", "wept": "weep", "crept": "creep", "fed": "feed",
                  "bred": "breed", "bled": "bleed", "fled": "flee", "dug": "dig", "spun": "spin", "stuck": "stick",
                  "struck": "strike", "drawn": "draw", "thrown": "throw", "blown": "blow", "grown": "grow",
                  "sown": "sow", "shot": "shoot", "fought": "fight", "caught": "catch", "taught": "teach",
                  "built": "build", "burnt": "burn", "spilt": "spill", "dealt": "deal", "meant": "mean", "paid": "pay",
                  "laid": "lay"}
"""Past forms that no ending gives ("swept through long grass" beside "S____ (2 words)": sweep net)."""


NOT_PLURALS = frozenset({"news", "lens", "bias", "iris", "axis", "mars", "thus", "plus", "gas", "bus", "this"})
"""Short words ending in s that are no plurals."""


def told_with_its_title(title: str, statement: str, text: str) -> bool:
    """Whether a text names a matching title and says two more things its statement says ("Ellen Wilkinson presented
    the petition to the House of Commons" beside "Ellen Wilkinson" and "… presented their petition in Parliament"):
    printed on one sheet, the text makes the pair."""
    named = said_words(title)
    return bool(named) and named <= said_words(text) and len(said_words(statement) & said_words(text) - named) >= 2


def said_words(text: str) -> set[str]:
    """A text's content words, each in its singular, to compare what two texts say."""
    return {singular(word) for word in content_words(text.casefold())}


def singular(word: str) -> str:
    """An English plural's singular, by its ending or as an irregular one ("gases": gas; "gas" is one)."""
    if word.casefold() in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word.casefold()]
    if word.casefold() in NOT_PLURALS:
        return word
    if word.endswith("es") and word[:-2].casefold() in NOT_PLURALS:
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "oes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "sis", "tis", "xis")) else word


def close_forms(word: str, other: str, spread: int = 2) -> bool:
    """Whether two words share their first five letters and differ in length by ``spread`` at most ("medicine",
    "medical")."""
    return len(word) >= 5 and len(other) >= 5 and word[:5] == other[:5] and abs(len(word) - len(other)) <= spread


def capitalised(text: str) -> str:
    """``text`` with its first letter a capital, the rest as written ("decay" opening a stem as "Decay"); not a symbol
    or a name written with a small first letter and a capital after it ("pH calculations", "mRNA", "eBay")."""
    if re.match(r"[a-z]{1,3}[A-Z]", text):
        return text
    return text[:1].upper() + text[1:]


_NEAR_SYNONYMS = tuple(frozenset(group.split()) for group in (
    "nice kind friendly pleasant lovely sweet", "funny fun amusing witty", "clever intelligent smart bright brainy",
    "lazy idle", "boring dull tedious", "annoying irritating", "happy cheerful glad", "sad unhappy", "shy timid",
    "good-looking attractive handsome pretty beautiful", "big large huge", "small little tiny",
    "naughty cheeky badly-behaved", "strict severe", "hard-working industrious", "chatty talkative", "mean stingy",
    "quick fast", "difficult hard", "easy simple", "great brilliant fantastic amazing excellent awesome",
    "awful terrible dreadful horrible rubbish", "strange weird odd", "angry cross annoyed furious", "tired exhausted",
    "pupil student", "house home", "job work"))
"""English meanings close enough that a language's words glossed by them could stand for each other."""


_SAID_ALIKE = tuple(frozenset(group.split()) for group in (
    "medicine drug medication", "illness disease sickness", "worker employee labourer", "pupil student",
    "money cash", "car automobile", "shop store", "buy purchase", "rubbish litter", "monarch sovereign",
    "physician doctor", "killed slain", "farming agriculture", "farmer grower", "lipid fat",
    "opposite inverse invert", "deed action", "faith belief"))
"""Words a line may use for its own answer ("Source of m____ – a quarter of modern drugs come from …", "Output is the
____ of the input – it inverts the signal")."""


def other_words_for(word: str) -> frozenset[str]:
    """The other words ``_SAID_ALIKE`` gives for a singular word ("drug" for "medicine")."""
    return frozenset().union(*(group - {word} for group in _SAID_ALIKE if word in group))


def same_sense(gloss: str, other: str) -> bool:
    """Whether two glosses share a meaning ("nice, friendly" and "kind"), a word after "not" left out ("unfriendly,
    not nice" says no "nice")."""
    def senses(text: str) -> set[str]:
        said = re.sub(r"(?i)\bnot\s+[\w-]+", "", text).casefold()
        words = set(re.findall(r"[a-z][a-z-]*", said))
        return {index for index, group in enumerate(_NEAR_SYNONYMS) if group & words}
    return bool(gloss and other and senses(gloss) & senses(other))


EVERYDAY = 3.8
"""How common an English word must be (wordfreq's Zipf scale: 4 is once in every 100,000 words; "obesity", "gravity",
"inflation") for any student to know it before the topic."""


@lru_cache(maxsize=None)
def english_zipf(word: str) -> float:
    """How common a word is in English, on wordfreq's Zipf scale."""
    from wordfreq import zipf_frequency  # (its word lists take a tenth of a second to load: only for a worksheet)
    return zipf_frequency(word, "en")


@lru_cache(maxsize=None)
def plainly_english(word: str) -> bool:
    """Whether a word is common in English and far less so in any language the packs teach ("activities", not
    "die" or "in"): English words framing a line, where a word to learn would stand."""
    from wordfreq import zipf_frequency
    english = english_zipf(word)
    return english >= 4.0 and all(english >= zipf_frequency(word, lang) + 1.5 for lang in LANGUAGES if lang != "en")


def everyday(word: str) -> bool:
    """Whether a single English word is one every student knows outside the topic ("mouth", "church", "tourism"): in a
    blank, its first letter and the words around it give it to a student who never learned the card."""
    return re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)?", word) is not None \
        and english_zipf(word) >= EVERYDAY  # (letters only: "x²" is no word)


COMPOUND_PART = 4.4
"""How common (Zipf) the first of two words run together must be for the compound to be guessed from its letter and
its line: "iron" of ironworks, "ship" of shipyards; not "lime" of limestone."""
_COMPOUND_HEADS = ("works", "yards", "yard", "house", "houses", "field", "fields", "mill", "mills", "shop", "shops",
                   "town", "towns", "land", "lands", "ground", "water", "wood", "woods", "room", "rooms", "side", "way",
                   "ways", "worker", "workers", "making", "maker", "makers", "building", "buildings", "fall", "falls")
"""The heads of compounds everyday English makes with any common word ("ironworks", "shipyards", "farmland")."""


def everyday_compound(word: str) -> bool:
    """Whether a word is a very common word run into a compound's common head ("ironworks", "shipyards"): "Mines and
    ir____" gives it to a student who never learned the card, though the whole is rarer than its parts."""
    return re.fullmatch(r"[a-z]{7,}", word) is not None and any(
        word.endswith(head) and len(word) - len(head) >= 3 and english_zipf(word[:-len(head)]) >= COMPOUND_PART
        for head in _COMPOUND_HEADS)


_WORLD_CUES = {
    "debug": r"\berrors?\b|\bbugs?\b", "toxic": r"\bdispos(?:e|al|ing)\b|\bpoison",
    "deciduous": r"\b(?:lose|lost|loses|shed|sheds|drop|drops)\s+(?:their|its|all\s+their)\s+leaves\b",
    "evergreen": r"\bkeep\s+(?:their|its)\s+leaves\b", "archer": r"\blongbows?\b|\bEnglish\b",
    "dysentery": r"\bswept\b|\bspread\b|\bbroke\s+out\b|\bepidemic\b|\bcamps?\b",
    "bollywood": r"\bfilms?\b|\bcinema\b|\bmovies?\b", "hollywood": r"\bfilms?\b|\bcinema\b|\bmovies?\b",
    "st peter": r"\brome\b|\bvatican\b|\bpope\b", "st. peter": r"\brome\b|\bvatican\b|\bpope\b",
    "solar": r"\bsun(?:light|shine|'s)?\b",
    "sahara": r"\bdeserts?\b|\begypt|\bsudan\b|\bnorth(?:ern)?\s+africa|\barid\b|\brainfall\b",
    "cholera": r"\bsewage\b|\bsewers?\b|(?:dirty|contaminated|unclean)\s+(?:drinking\s+)?water|\bsanitation\b",
    "magma": r"volcan|erupt", "lava": r"volcan|erupt", "osmosis": r"\bwater\b",
    "carbon dioxide": r"climate|greenhouse|global warming", "mud": r"\brain|\bsoil\b", "llama": r"alpaca",
    "alpaca": r"llama", "flea": r"\brats?\b", "impulse": r"neuron|nerve", "fluoride": r"toothpaste|\bteeth\b",
    "cact": r"desert", "camel": r"desert", "penguin": r"antarctic", "avogadro": r"\bconstant\b",
    "quinoa": r"\bgrain|\bcrop", "jet stream": r"depression|weather|westerl|steer",
    "boycott": r"\bgoods\b|\bproducts\b", "endangered": r"breed|\bzoos?\b|conserv|extinct|protect|captiv",
    "stretcher": r"wounded|injured|casualt", "shell shock": r"combat|breakdown|trauma|nerves|mental",
    "leak": r"\bpipes?\b", "monomer": r"polymer", "allotment": r"vegetable|\bgrow", "brasília": r"brazil",
    "brasilia": r"brazil", "nitrogen": r"\bbuilt\s+up\b|\batmosphere\b|\bthe\s+air\b",
    "ramadan": r"\bfast|\bdawn\b|\bsunset\b|\bno food\b|\bmonth\b", "fertilis": r"waste|sludge|manure|\bcrops?\b",
    "social media": r"marketing|online|customers|advert", "heavy rain": r"\bmm\b|flood",
    "torrential rain": r"\bmm\b|flood", "sterilis": r"surgical|instruments|equipment|bacteria|microbes",
    "steriliz": r"surgical|instruments|equipment|bacteria|microbes", "visible": r"\beyes?\b|\bsee\b|\bsight\b",
    "bank of england": r"interest\s+rates?|monetary|base\s+rate", "no man": r"\bbetween\b.*\b(?:lines|trenches)\b",
    "machine gun": r"\brounds\b|\bbullets\b", "ph ": r"\b0\s*(?:to|–|-)\s*14\b|acidic|alkaline",
    "fertile": r"farm|crops|agricultur|grow", "bypass": r"\b(?:a)?round\b|blockage|blocked",
    "concordant": r"\bwithin\b|each other|\bagree", "volcanic": r"\bash\b|sulph|lava|magma|pinatubo|etna",
    "virgin": r"\bborn\b|conceived|holy spirit",
}
"""Answers a line's other words call up for any student (a volcano's magma, the llama beside the alpaca, the rat's
fleas), by the opening of the answer, to what in the line calls them up."""


def cued(answer: str, line: str) -> bool:
    """Whether a line's words call up its answer from outside the topic ("rising m____ feeds a chain of volcanoes",
    "grazing of l____ and alpacas", "bites from f____ carried on black rats")."""
    folded = answer.strip().casefold()
    return any(folded.startswith(opening) and re.search(cue, line, re.IGNORECASE)
               for opening, cue in _WORLD_CUES.items())


_FIELDS = tuple(frozenset(group.split()) for group in (
    "time times timing lag lags delay delays months month years decades weeks days hours minutes seconds",
    "vocal voice voices singing sing sings sung singer singers song songs choir choirs chorus choral",
    "instrument instruments instrumental orchestra orchestral strings violin violins viola cello cellos harpsichord "
    "harpsichordist woodwind brass percussion conductor oboe oboes flute flutes trumpet trumpets bassoon timpani",
    "death deaths died dies dying killed executed murdered assassinated",
    "farming farms farm farmers farmer agriculture agricultural crops crop harvest harvests livestock cattle grazing",
    "trade trading traders merchants merchant exports imports exported imported",
    "education school schools pupils students university universities teaching taught",
    "money cost costs costly price prices cheap expensive paid pay wages",
    "afterlife akhirah judgement judgment resurrection resurrected heaven hell paradise jannah jahannam barzakh",
    "share shares shared sharing divide divides divided divider dividers split splits",
    "massmovement collapse collapses collapsed collapsing slump slumps slumping rockfall rockfalls landslide "
    "landslides landslip landslips",
    "perspective perspectives viewpoint viewpoints",
    "context contexts scene surroundings setting",
    "trial trials tried jury juries juror jurors judge judges verdict verdicts convicted acquitted prosecution "
    "prosecuted defendant defendants magistrate magistrates",
    "act acts law laws legislation statute statutes passed repealed repeal enacted",
    "hand hands finger fingers thumb thumbs",
    "sound sounds loud loudspeaker loudspeakers speaker speakers noise audio"))
"""Words of one field of meaning: a title holding one and a statement holding another go together at sight ("Vocal
music" and "the chorus is sung by the whole choir", "Time lags" and "take months or years", "The trial at Dorchester"
and "The jury was made up of farmers", "The Combination Acts" and "Passed by Pitt's government", "Fleming's left-hand
rule" and "Second finger – current")."""


def fields(text: str) -> frozenset[int]:
    """The fields of meaning (``_FIELDS``, by index) a text holds a word of."""
    words = set(re.findall(r"[a-z]+", re.sub(r"(?i)\bmass\s+movement", "massmovement", text).casefold()))
    words |= {"viewpoint"} if re.search(r"(?i)\bpoints?\s+of\s+view\b", text) else set()  # ("Change perspective"
    # and "from another person's point of view")
    return frozenset(index for index, field in enumerate(_FIELDS) if words & field)


PEOPLE_KNOWN = 3.5
"""How common a people's name must be (Zipf) for its letter to give it away ("an alliance against the T____": Turks,
Greeks, Scots, Tories; not Jacobites, Huguenots, Mensheviks)."""


def known_people(name: str) -> bool:
    """Whether a one-word name is a people's, a party's or a nation's that every student has met ("Turks", "Tories",
    "Communists")."""
    return re.fullmatch(r"[A-Z][a-z]+(?:s|ish|ese|ch)", name) is not None and english_zipf(name) >= PEOPLE_KNOWN


FAMILIAR = 3.3
"""How common each word of an answer must be (Zipf) for a student to have met it outside the topic: "clones",
"nucleus", "carbon dioxide", "North Sea"; not "respiration", "osmosis", "wergild"."""


@lru_cache(maxsize=None)
def familiar(answer: str) -> bool:
    """Whether every word of an English answer is one a student meets outside the topic. Such a blank is fair, but
    its first letter and the words around it often give it away ("fizzing as h____ gas", "genetically identical
    c____"), so a sheet blanks the topic's own words first."""
    return _all_as_common(answer, FAMILIAR)


COMMON_PHRASE = 4.0
"""How common each word of an answer must be (Zipf) for the phrase to be everyday English: "heart disease", "number
plates", "United Kingdom"; not "activation energy", "bone marrow", "fossil fuels"."""


@lru_cache(maxsize=None)
def common_phrase(answer: str) -> bool:
    """Whether every word of an English answer is an everyday one: with its first letter and the line around it, such
    a phrase comes to a student who never learned the card ("lower rates of h____ (2 words)")."""
    return _all_as_common(answer, COMMON_PHRASE)


STOCK_PHRASES = frozenset({
    "prime minister", "iron curtain", "hong kong", "white blood cells", "white blood cell", "red blood cells",
    "red blood cell", "boiling point", "boiling points", "melting point", "melting points", "active ingredient",
    "active ingredients", "radioactive waste", "nuclear waste", "united nations",
    "security council", "house of lords",
    "house of commons", "good friday", "red cross", "cold war", "white house", "middle east", "soviet union",
    "united states", "great britain", "united kingdom", "european union", "barbed wire", "west africa", "east africa",
    "north america", "south america", "new york", "world war", "first world war", "second world war", "civil war",
    "new zealand", "south africa", "north sea", "red sea", "dead sea", "pope john paul ii", "queen victoria",
    "general election", "human rights", "middle ages", "stone age", "bronze age", "iron age", "ice age",
    "climate change", "global warming", "solar system", "milky way", "big bang", "space race",
    "hydroelectric power", "hydro-electric power", "hydroelectricity", "hydropower", "water vapour", "pollutants",
    "seabed", "sea bed", "seafloor", "sea floor", "riverbed", "river bed", "world war one", "world war two",
    "world war i", "world war ii", "world war 1", "world war 2", "mains electricity", "mains supply",
    "landslides", "aftershocks", "pylons", "cold packs", "ice packs", "hand warmers", "kinetic energy", "reaction time",
    "heart rate", "breathing rate", "fossil fuels",
    "buckingham palace", "downing street", "big ben", "westminster abbey", "tower of london",
    "houses of parliament", "washington dc", "washington d.c.", "decibels", "decibels (db)", "eardrum",
    "eardrums", "industrial revolution", "life expectancy", "english channel", "pythagoras", "pythagoras' theorem",
    "pythagoras’ theorem", "pythagoras's theorem", "advent", "quakers", "world heritage site",
    "unesco world heritage site"})
"""Phrases and words every student has met outside any topic, which blind audits found read off their lines with a
first letter: "behind the I____ (2 words)", "Nagy back as P____ (2 words)", "closed the border with b____ (2 words)",
"steep, fast-flowing; used for h____ (2 words)", "Steep hillsides → l____ once the ground shook"."""


def stock_phrase(answer: str) -> bool:
    """Whether an answer is one of ``STOCK_PHRASES``, "the" and case aside."""
    return " ".join(answer.casefold().split()).removeprefix("the ") in STOCK_PHRASES


TRADE_NAMES = frozenset({"kevlar", "nylon", "teflon", "lycra", "velcro", "perspex", "gore-tex", "bakelite",
                         "sellotape", "hoover", "aspirin", "paracetamol", "vaseline"})
"""Materials and medicines known by a maker's name outside any topic: with their first letter, a blank gives them to
one who never learned the card, whatever the line says of them."""


def _all_as_common(answer: str, zipf: float) -> bool:
    """Whether an English answer has words and every one is at least as common as ``zipf``, linking words aside."""
    words = [word for word in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", answer) if word.casefold() not in _LINKING]
    return bool(words) and not re.search(r"\d", answer) and all(english_zipf(word) >= zipf for word in words)


ADJECTIVES = (("pope", "papal"), ("pole", "polar"), ("sun", "solar"), ("moon", "lunar"), ("star", "stellar"),
              ("king", "royal"), ("queen", "royal"), ("nucleus", "nuclear"), ("cell", "cellular"), ("city", "urban"),
              ("town", "urban"), ("country", "rural"), ("church", "ecclesiastical"), ("sea", "marine"),
              ("law", "legal"), ("mind", "mental"), ("heart", "cardiac"), ("liver", "hepatic"), ("kidney", "renal"),
              ("lung", "pulmonary"), ("tooth", "dental"), ("earth", "terrestrial"), ("war", "military"),
              ("volcano", "volcanic"), ("circle", "circular"), ("muscle", "muscular"), ("molecule", "molecular"),
              ("netherlands", "dutch"), ("holland", "dutch"), ("wales", "welsh"), ("switzerland", "swiss"),
              ("base", "basal"), ("nobility", "noble"), ("france", "french"), ("britain", "british"),
              ("england", "english"), ("spain", "spanish"), ("germany", "german"), ("china", "chinese"),
              ("japan", "japanese"), ("russia", "russian"), ("italy", "italian"), ("ireland", "irish"),
              ("scotland", "scottish"), ("portugal", "portuguese"), ("vietnam", "vietnamese"), ("korea", "korean"),
              ("america", "american"), ("egypt", "egyptian"), ("india", "indian"), ("poland", "polish"),
              ("hearing", "auditory"), ("sight", "visual"), ("vision", "visual"), ("eye", "optic"), ("nose", "nasal"),
              ("brain", "cerebral"), ("stomach", "gastric"), ("skin", "dermal"))
"""Nouns and their adjectives of another form ("papal" for the Pope): one printed beside a blank tells the other, and
a statement holding one reads as a title's with the other ("Basal slip" beside "slides over its base")."""
