"""What a point is on its card: content to ask about, or not.

Teachers' notes mix facts with scaffolding (placeholders, advice, pointers to a
textbook), lead-ins to a list, bare lists of words, and sentences that lean on
the one before. Each question maker asks here before it uses a point, so that
one place decides what a sheet may print.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ....source.model import Point
from .words import QUOTES, word_count

_POINTING_BACK = re.compile(r"(?:to|for|with|after|before|despite|because of|by|in|below|above|beyond|under|over|"
                            r"at|from|like|unlike)\s+(?:\w+\s+)?"
                            r"(?:this|that|these|those|such)(?:\s+\w|\s*,)", re.I)
"""A sentence that opens on what the one before it named: it needs that sentence to be answered."""
_PRONOUNS = {"he", "she", "it", "they", "this", "these", "those", "his", "her", "its", "their", "such", "there"}
_PLACED_PRONOUN = re.compile(r"(?i)^\W*(?:in|at|on|to|inside|within|after|before|during|from|by|later|then)\s+"
                             r"(?:the\s+|a\s+|an\s+)?[^\s,]+(?:\s+[^\s,]+)?,?\s+(?:they|it)\s+[a-z]")
"""A thing's pronoun for subject after a word of place or time ("In the liver they are broken down …"): it stands
for what the line before named. (A person's "he" is the pack's or the title's person: see ``names_person``.)"""


_SEQUEL = {"afterwards", "afterward", "later", "meanwhile", "subsequently", "consequently", "furthermore", "moreover",
           "nevertheless", "nonetheless", "likewise", "similarly", "accordingly", "next", "finally", "still"}
"""Openers that say the sentence follows another ("Afterwards …"): after what, only that sentence can say."""


VERB_FIRST = re.compile(
    r"(?:[A-Z][a-z]{2,}ed|[A-Z][a-z]{1,3}-[a-z]{3,}ed|"  # ("Re-founded in 1915 by …")
    r"Did|Used|Fled|Bred|Shed|Owed|Built|Held|Made|Won|Led|Began|Became|Came|Took|Gave|Wrote|Set|Found|"
    r"Fought|Lost|Sold|Sent|Shot|"
    r"Brought|Bought|Taught|Kept|Left|Met|Paid|Ran|Rose|Saw|Spent|Stood|Told|Threw|Went|Grew|Drew|Known|Shown|Born|"
    r"Beaten|Chosen|Driven|Drawn|Given|Taken|Written|Spoken|Broken|Sworn|Begun|Fell|Froze|Sank|Hit|Struck|Split|Shut|"
    r"Cut|"
    r"Put|Laid|Dug|Opened|Closed|Died|Abdicated|Resigned|Married|Repeats|Happens|Continues|Carries|Leads|Means|Causes|"
    r"Creates|Becomes|Helps|Allows|Stops|Keeps|Gives|Takes|Produces|Occurs|Involves|Depends|Lets|Makes|Enables|"
    r"Controls|Protects|Sends|Reduces|Increases|Contains|Provides|Prevents|Transports|Removes|Converts|Turns|Shows|"
    r"Measures|Detects|Responds|Stores|Releases|Breaks|Joins|Links|Supplies|Absorbs|Reflects|Works|Needs|Improves|"
    r"Builds|Develops|Trains|Targets|Lasts|Suits|Burns|Raises|Lowers|"
    r"Hold|Dip|Add|Heat|Place|Pour|Stir|Filter|Weigh|Record|Repeat|Mix|Observe|Measure|Leave|Clean)\b")
"""A sentence that starts with its verb ("Wrote Notes on Nursing …", "Held in Hyde Park …"): on a card about its doer,
only the title says who or what."""
DONE_BY_NOBODY = re.compile(VERB_FIRST.pattern + r"(?:\s*[;,]|\s+(?:in|at|by|on|the|a|an|his|her|their|its|to|from|"
                            r"with|for|over|after|during|as|up|out|into|off|down|around|about|nearly|some|guilty|"
                            r"innocent|dead|unable)\b)")
"""A verb-first sentence whose next word is no name ("Built the first mill …"): on a timeline, nothing says who."""
PAST_VERB_FIRST = re.compile(r"(?:Made|Shot|Built|Held|Won|Led|Began|Became|Took|Gave|Wrote|Fought|Lost|Sold|Sent|"
                             r"Brought|Bought|Taught|Kept|Paid|Told|Threw|Drew|Chose|Sank|Struck|Did|Fled)\s")
"""A line opening on a past verb no name is spelt as ("Made Grant commander of all Union armies"): the name after it
is whom it was done to, and the doer is unsaid."""


_POINTER_WITHIN = re.compile(r"(?i)\b(?:soon|shortly|just|straight|immediately|not long)\s+after(?:wards)?\s*[.!;]|"
                             r"\b(?:all|both|the)\s+(?:two|three|four|five|six)\s+(?:is|are|was|were|has|have)\b|"
                             r"\b(?:all|the)\s+(?:two|three|four|five|six)\s*(?:[.,;:–—)]|\s-\s|$)|"
                             r"\b(?:bring|brings|brought|turn|turns|turned|put|puts|take|takes|took)\s+(?:it|them)\s+"
                             r"back\b|"
                             r"\b(?:drags?|pushes|pulls|carries|moves|signed|sealed|broke|ended|replace|replaces)\s+"
                             r"(?:it|them)\b|"
                             r"\b(?:at|by|in|on)\s+(?:that|this|the)\s+same\s+(?:angle|rate|speed|time|place|way|"
                             r"level)\b|"
                             r"^\W*(?:every|each)\s+(?:branch|part|side|end|half|stage|step|layer|level|component|"
                             r"member|group)\b(?!\s+of\b)|"
                             r"^\W*(?:going|moving|reading|working|counting)\s+(?:that|this|the other)\s+way\b|"
                             r"\b(?:explained|explains|showed|shows|proved|proves)\s+(?:why|how)\s*[.!]?\s*$|"
                             r"\b(?:set|put|pushed|cast|swept)\s+(?:both|them|these|those)\s+aside\b|"
                             r"\b(?:at|by|from|to|in)\s+(?:that|this|those|these)\s+(?:angle|point|stage|rate|speed|"
                             r"height|place|time|level|temperature)\b|"
                             r"\b(?:saw|see|sees|seen|regarded|viewed|treated|called|condemned|welcomed)\s+"
                             r"(?:this|that|these|those|it|them)\s+as\b|"
                             r"\b[a-z]{3,}(?:ed|es)\s+(?:this|that|these|those)\s*(?:[.;,!–—)]|$)|"
                             r"\bto\s+[a-z]{3,}\s+(?:this|these|those)\s*(?:[.;,!–—)]|$)|"
                             r"\b[a-z]{2,}(?:ed|es)\s+(?:this|these|those)\s+(?:against|as|to|for|on|with|into)\b|"
                             r"[,;]\s*(?:this|these)\s+(?:builds|makes|forms|causes|leads|means|creates|gives|helps|"
                             r"allows|shows|is|was|are|were|build|make|form|cause|lead|create|give|help|allow|show)\b|"
                             r"\b(?:the|this|that)\s+[^.;,()]{1,30}?\s+(?:above|below)\b"
                             r"(?!\s+(?:the|a|an|its|their|\d))|"
                             r"\b(?:the|as in the)\s+(?:previous|last|first|next|earlier)\s+"
                             r"(?:example|question|card|line)\b")
"""A sentence whose event or object is the one before it ("Charles left London soon after.", "Puritans saw this as
creeping popery", "The UDF formed in 1983 to oppose this;", "Supply of all three is uneven", "Pancreas makes all
three – …", "Second Diet of Speyer cancelled this;", "… used this against him", "Flood after flood, this builds
raised banks", "e.g. the 6 Ω branch above — 2 A, 12 V"), wherever it stands in the sentence."""


def gives_for_working(points, index: int) -> bool:
    """Whether the point at ``index`` states figures that a later line of its card works on ("6 g H₂ and 32 g O₂"
    before "O₂ = 32 ÷ 32 = 1 mol"): a worked example's givens, no fact to recall or to mark. (A later "= Führer" in
    the same year works on nothing.)"""
    figures = re.findall(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d.,]\d)", points[index].text)
    return any(re.search(r"[=≈]\s*[−-]?[£$€]?\d", later.text)
               and any(re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d,]|\.\d)", later.text)
                       for figure in figures if figure not in ("1", "2"))
               for later in points[index + 1:index + 3])


def points_elsewhere(text: str) -> bool:
    """Whether a line points to another of the card's lines wherever it stands ("the 6 Ω branch above", "Second Diet
    of Speyer cancelled this;"): read alone, what it points to is missing."""
    return _POINTER_WITHIN.search(text) is not None


_REASON_ALONE = re.compile(r"(?i)^\W*because\b(?![^,;]*[,;]\s*\w)")
"""A reason with no main clause ("Because molecules get bigger → stronger forces to overcome"): the reason for the
line before."""


_WHEN_ALONE = re.compile(r"(?i)^\W*(?:after|before|afterwards|later|next|then)\s*(?:→|->|:|–|—)|"
                         r"^\W*(?:repeated|continued|carried on|done again)\b")
"""A time with nothing it is after ("After → Bond of Association …", "Repeated over time, so the cliff retreats"):
after what, or what is repeated, the line before said."""


IN_A_RELATIVE = re.compile(r"(?i),\s*(?:which|who|whose)\s+[^,;()]*$")
"""The text before a year that sits in a relative clause ("The pope became John's ally, which mattered in 1215";
"News of Yorktown brought down Lord North, who resigned in March 1782"): the year dates what the clause says of the
line, and is no date of the line's own event (changed, it is false by the main clause's event)."""


@lru_cache(maxsize=4096)
def leans_on_previous(text: str) -> bool:
    """Whether ``text`` begins with words that point back to the sentence before it (This number …, So …, Also …),
    or holds the rest of a figure the line before gave ("Mass is conserved, so the other 22 g leaves as carbon
    dioxide"), or names "both" of two things it does not ("Innocent III rejected both and had the monks elect
    Langton"), or "the same" place or person ("a 25-year lease on the same peninsula"): no title can stand in for that
    sentence, so it is not asked on its own."""
    first = text.split(" ", 1)[0].strip(QUOTES + ",:;").lower()  # ("BUT: weather is naturally variable")
    if _SOME_OF_THEM.match(text):
        return True  # "Most went straight through → …": most of what, the line before said
    return first in {"this", "these", "those", "such", "so", "also", "then", "thus", "therefore", "hence", "however", "but",
                     "yet",
                     "plus", "and", "or", "nor", "was", "were", "same",
                     "instead", "here", "both", "others", "another", "it", "that", "that's", "that’s", "similar",
                     "similarly", "likewise", "name", "named"} | _SEQUEL \
        or _REASON_ALONE.match(text) is not None or _WHEN_ALONE.match(text) is not None \
        or text.lower().startswith(("the other", "the rest", "the same ", "as above", "for example", "for instance",
                                    "e.g.", "which is why",
                                    "a.k.a", "aka ", "also known as", "also called",
                                    "compare with", "compared with", "compare to", "for both", "in both", "after that",
                                    "before that", "since then", "until then", "by then", "which one")) \
        or re.match(r"(?i)^(?:they|he|she|it|we)\s+(?:also|then|too|again|still)\b", text) is not None \
        or re.match(r"(?i)^\W*(?:all|these|those)\s+(?:two|three|four|five|six|seven|eight|[2-9])\s+[a-z]+s\b",
                    text) is not None \
        or re.search(r"(?i)\w\s+(?:in|into|from|across|between)\s+(?:these|those)\s+[a-z]+s\b", text) is not None \
        or re.search(r"(?i)\bthe\s+other\s+\**\d", text) is not None \
        or re.match(r"(?i)^\W*(?:to|how to)\s+[a-z]+\s+(?:it|them|this|these)\b", text) is not None \
        or re.match(r"(?i)^\W*what\s+happens\b", text) is not None \
        or re.search(r"(?i)\b(?:for|in|from|of|with)\s+the\s+same\s+(?:example|case|question|reaction|calculation|"
                     r"data|figures|trolleys?)\b", text) is not None \
        or re.search(r"(?i)\b(?:in|during)\s+the\s+same\s+(?:year|month|week|decade)\b|\bsimilar\s+conclusions?\b",
                     text) is not None \
        or re.search(r"(?i)\b(?:on|to|of|at|into|over)\s+the\s+same\s+(?:peninsula|island|city|town|port|river|site|"
                     r"area|region|land|territory|country|place|spot|line|man|woman|person|people|group|party|king)\b",
                     text) is not None \
        or re.match(r"(?i)^\W*(?:other|more|further)\s+(?:examples?|uses|cases|ways|types|kinds|reasons|causes|"
                    r"effects|factors|methods)\b", text) is not None \
        or re.match(r"(?i)^\W*(?:all\s+)?together,?\s+(?:these|they|those|them|this)\b", text) is not None \
        or re.match(r"^\W*(?:Can|Could|May|Might|Will|Would|Must)\s+(?!you\b|we\b|I\b|it\b|they\b|he\b|she\b|this\b|"
                    r"these\b|the\b|a\b|an\b)[a-z]+", text) is not None \
        or re.match(r"(?i)^\W*(?:the\s+)?(?:result|outcome|effect|consequence)s?\s*(?:=|:|[–—]|-\s)", text) is not None \
        or re.match(r"(?i)^\W*(?:each|every|either|neither)\s+(?:one|part|piece|half|of\s+(?:them|these|those))\b",
                    text) is not None \
        or re.match(r"(?i)^\W*only\s+(?:works|applies|holds|true|valid|used)\s+(?:if|when|for|while|up\s+to|until|"
                    r"below|above)\b", text) \
        is not None \
        or _SIDE_TAKEN.match(text) is not None \
        or re.search(r"(?i)\b[a-z]{3,}(?:ed|s)\s+both(?:\s+of\s+(?:them|these|those))?(?=\s*(?:[,.;:]|and\b|$))",
                     text) is not None \
        or re.match(r"(?i)^(?:the\s+)?(?:first|second|third|last|other)\s+(?:reason|point|factor|one|cause)\b", text) \
        is not None \
        or re.match(r"(?i)^\W*(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|final)\s+"
                    r"(?:is|was|are|were|has|had|ones?)\b", text) is not None \
        or _SAME_AS_BEFORE.search(text) is not None or _HIGHER_IN_WHAT.match(text) is not None \
        or _ASKED_OF_BEFORE.match(text) is not None or _COUNTED_BEFORE.match(text) is not None \
        or _ORDINAL_BEFORE.match(text) is not None or _NEXT_IN_CHAIN.match(text) is not None \
        or _CONDITION_ONLY.match(text) is not None or _SUBJECT_BEFORE.match(text) is not None \
        or points_elsewhere(text) or _VERB_OF_BEFORE.match(text) is not None \
        or _ASKED_FIRST.match(text) is not None or _SUBJECTLESS.match(text) is not None \
        or _RELATIVE_TIME.match(text) is not None or _DONE_TO_BEFORE.match(text) is not None \
        or _REFERRED_INSIDE.search(text) is not None or _MORE_FOLLOWED.match(text) is not None \
        or _DONE_THEN.match(text) is not None or _them_unnamed(text) or _VALUE_FOUND_BEFORE.match(text) is not None \
        or _it_unnamed(text) or _that_unnamed(text)


_VALUE_FOUND_BEFORE = re.compile(r"(?i)^\W*(?:the|your|our|my)\s+(?:(?:calculated|measured|final|experimental)\s+)?"
                                 r"(?:value|answer|reading|readings|figure|measurement|measurements|result|results)\s+"
                                 r"(?:is|are|was|were|will\s+be|would\s+be|comes?\s+out|seems?)\b")
"""A figure worked out in the lines before ("The value is higher than the true 900 J/kg °C …"): of what, they
said."""


_MORE_FOLLOWED = re.compile(r"(?i)^\W*(?:more|further|other|fresh)\s+[\w-]+\s+(?:followed|came|were to follow)\b")
"""A sequel told as more of the same ("More sackings followed, including Bulganin"): more than what, the line before
said."""
_REFERRED_INSIDE = re.compile(r"\b(?:it|them)\s+(?:back\s+)?(?:again|too)\b|\b(?:again|as well)\W*$|"
                              r"\b(?:these|those)\s+(?:politicians|men|women|people|groups|leaders|ideas|changes|laws|"
                              r"measures|events|policies|reforms|problems|methods|countries|states|areas)\b|"
                              r"\b(?:was|were|is|are|had|has)\s+then\s+(?:[a-z]+(?:ed|en)|made|put|sent|kept|held|"
                              r"told|paid|brought|set|left|built)\b|"
                              r"\bboth (?:groups|sides|parties|countries|of them|sets|types|kinds|men)\b|"
                              r"\b(?:that|those) (?:factor|factors|one|ones|method|methods|process|idea|change|"
                              r"problem|group|groups)\b|"
                              r"\b(?:used|adopted|took up|followed|applied|backed|rejected)\s+the\s+"
                              r"(?:idea|theory|plan|policy|scheme|strategy|approach)\b"
                              r"(?!\s+(?:of|that|to|for)\b)|"  # ("Eisenhower used
                              # the idea in 1954": which idea, the line before said)
                              r"\b(?:it|this)\s+(?:became law|was passed|came into force|took effect|was signed)\b|"
                              r"\b(?:of|in|for|behind|from)\s+it\s+all\b|"  # ("Point of it all – …": of what, only
                              # the title says)
                              r"^\W*(?:[A-Z][a-z]+|[a-z]+)\s+(?:with|without)\s+(?:it|them)\b|"  # ("Individuals with it
                              # more likely to survive": with the mutation the line before named)
                              # ("… died weeks before it became law": which law, only its title says)
                              r"^\W*(?:All|Both|Each)\s+(?:are|were|is|was|have|has|had|can|could|will|would|must|"
                              r"kill|cause|reduce|increase|make|use|contain|produce|give|lead|need)\b|"  # ("All kill
                              # plants & animals": all of what the line before listed)
                              r"(?<![Ii]n )\b(?:these|those)\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|were|are|had|have|did|began|"
                              r"became|came|went|grew|fell|rose|led|lost|won|kept|died|left)\b|"
                              r"^\W*(?:[Ii]n|[Bb]y|[Ff]rom|[Dd]uring|[Aa]fter|[Bb]efore|[Uu]ntil|[Ff]or|[Aa]t)\s"
                              r"[^,.;]{0,40}?"
                              r"\s(?:this|these|they)\s+(?:was|were|is|are|had|has|became|remained)\b|"
                              r"^\W*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)*\s+[a-z]{3,}ed\s+(?:it|them)\b(?!\s+(?:to|that)\b)|"
                              r"\b\d+(?:\.\d+)?\s*(?:×|x|times)\s+(?:less|more)\s+[a-z]+\b(?![^.;]*\bthan\b)|"
                              r"\b(?:to\s+[a-z]+|the|an?|of|and|with|by|for)\s*(?:\.\.\.|…)\s+[a-z]")
"""Words inside a line that point to the line before: "lower it again" (what, and when first?), "these faded out"
(which?), "In the 1800s this was one of the busiest ports" (what was?), "Campeggio adjourned it" (adjourned what?),
"Water is 13.6× less dense" (than what?), "ExComm was ready to accept... then" (accept what?)."""
_DONE_TO_BEFORE = re.compile(r"^\W*[A-Z][a-z]+\s+(?:it|them)\b(?!\s+(?:is|was|are|were)\b)")
"""A line opening on a verb done to "it" ("Detect it with a Geiger–Müller tube", "Made it illegal to …"): what it
is, the line before said."""
_DONE_THEN = re.compile(r"^\W*[A-Z][a-z]+ed\s*(?:→|->|=>)")
"""A line opening on what was done, then its outcome ("Discovered → Norfolk executed in 1572"): what was discovered,
the line before said."""
_NOT_PLURAL = frozenset({"this", "thus", "always", "perhaps", "unless", "across", "whereas", "besides", "towards",
                         "afterwards", "sometimes", "its", "his", "hers", "yes", "less", "does", "was", "has", "is",
                         "as", "us"})
"""Words in -s that name no many."""
_PLURAL_NOUNS = frozenset({"people", "children", "men", "women", "police", "cattle", "clergy", "data", "they",
                           "both", "all", "many", "few", "several", "others", "gentry", "nobility", "peasantry"})
"""Words that name many without ending in s."""


def _them_unnamed(text: str) -> bool:
    """Whether "them" stands in a line that names nothing before it that they could be ("Archbishop Grindal refused to
    ban them in 1576"): the prophesyings, the line before named."""
    them = re.search(r"\bthem\b", text)
    if them is None:
        return False
    if re.match(r"\W*[A-Za-z][a-z]+s\s+[a-z]+\s+them\b", text):
        return True  # "Enzymes break them into small soluble molecules": the subject acts on others, not itself
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text[:them.start()].casefold())
    return not any(word.endswith("s") and word not in _NOT_PLURAL and not word.endswith(("ss", "'s", "’s"))
                   or word in _PLURAL_NOUNS for word in words) and not re.search(r",|\band\b|&", text[:them.start()])

_THAT_THING = re.compile(r"(?i)\b(?:to|for|from|with|by|of|at|release|releases|use|uses|need|needs|make|makes|"
                         r"store|stores|supply|supplies|provide|provides)\s+(?:that|those)\s+"
                         r"(?!(?:who|whom|whose|which|where|when|that|with|from|are|were|year|years|day|days|week|month|"
                         r"summer|winter|spring|autumn|time|night|morning|evening|decade|century|period|instant|moment|"
                         r"point|stage)\b)([a-z]{3,})\b")
"""A thing pointed at as "that" or "those" ("mitochondria to release that energy", "for that reason"); not "those
who refused" nor "the rebellions of that summer" or "the speed at that instant", which the line itself places."""


def _that_unnamed(text: str) -> bool:
    """Whether the line points at a thing as "that" which it has not named ("Root hair cells have lots of mitochondria
    to release that energy"): the energy of the line before."""
    return any(found.group(1).casefold().rstrip("s") not in text[:found.start()].casefold()
               for found in _THAT_THING.finditer(text))


def _it_unnamed(text: str) -> bool:
    """Whether a short clause ends on "it" with nothing before it that it could be ("Not everyone opposed it – Nixon
    claimed …"): the war, the line before named."""
    clause = re.split(r"\s[–—-]\s|[.;:!?](?:\s|$)", text.strip(), maxsplit=1)[0].strip()
    return re.search(r"\bit$", clause) is not None and word_count(clause) <= 5 \
        and re.search(r"\b[A-Z]", clause[1:]) is None or _placed_by_it(text) or _handed_on_unnamed(text)


_BY_IT = re.compile(r"(?i)\b(?:along|across|beside|alongside|near|around|through|inside|behind|beneath|below|under|"
                    r"over|onto|into|on|in|from|past|towards?|off|within|to|with|by|for|at|about|said|say|says|argued|"
                    r"argue|claimed|claim|felt|believed|thought|think|complained)\s+(?:that\s+)?it\b")
"""An "it" placed by something ("along it") or said of ("Supporters said it made the lake safer")."""


_GIVEN_ON = re.compile(r"(?i)^([^.;:]*?)\b(?:passed|gave|sent|handed|showed|read|signed|published|took|brought|"
                       r"delivered)\s+it\s+(?:to|into|on|before|back)\b")
"""An "it" handed on ("Her secretary William Davison passed it to the Privy Council"): the warrant, the line
before named."""


def _handed_on_unnamed(text: str) -> bool:
    """Whether a line hands on an "it" no thing before it in the sentence stands for."""
    found = _GIVEN_ON.match(text)
    return found is not None and not re.search(r"(?i)\b(?:the|a|an|this|that|its)\s+[a-z]", found.group(1)) \
        and not re.search(r"\b(?:of|in|at|from|into|over)\s+[A-Z]", found.group(1))  # ("took control of London
    # and handed it to Æthelred": London)


def _placed_by_it(text: str) -> bool:
    """Whether a line whose subject is plural ("Settlers were given plots of land along it", "Supporters said it made
    the lake safer") places something by, or says something of, an "it" it names nothing for: no thing with "the"
    or "a", no name, before it. The highway, the speed limit: the line before named them."""
    found = _BY_IT.search(text)
    first = re.match(r"\W*([A-Za-z]+)", text)
    if found is None or first is None or not re.search(r"(?i)(?<!s)s$|^(?:they|people|we|you)$", first.group(1)):
        return False
    before = re.sub(r"(?i)\bof\s+(?:the\s+|a\s+|an\s+)?[a-z]+", "", text[:found.start()])  # ("plots of land")
    return not re.search(r"(?i)\b(?:the|a|an|its|this|that|one|each|every)\s+[a-z]", before) \
        and not re.search(r"(?<=\s)[A-Z]", before)


_RELATIVE_TIME = re.compile(r"(?i)^\W*(?:only|just|some|a\s+few)?\s*(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?)\s+"
                            r"(?:earlier|later|before|afterwards)\b")
"""A line placed against the one before ("Only weeks earlier (15 June 1961) Ulbricht said …"): earlier than what?"""
_SUBJECTLESS = re.compile(r"(?i)^\W*(?:most\s+likely|more\s+likely|likely|probably|possibly|perhaps|almost\s+certainly)"
                          r"\s+(?!(?:the|a|an|this|these|it|they|he|she|we|most|many|some)\b)[^\s,]+(?:\s+[^\s,]+){0,2}"
                          r"\s*[,(–—]")
"""A line opening on a guess at what the line before named ("Most likely bubonic plague, caused by …"): its subject
is that line's."""
_ASKED_FIRST = re.compile(r"(?i)^\W*(?:why|how|what|when|where|who)\b[^?.!]{0,40}\?\s+\S")
"""A line opening on a question it answers in note form ("Why rising? population growth …"): no statement."""
_VERB_OF_BEFORE = re.compile(r"^\W*(?:Falls|Rises|Drops|Grows|Increases|Decreases|Varies|Depends|Changes|Happens|Occurs|"
                             r"Goes|Leads|Stays|Remains)\s+(?:when|if|as|because|with|on|to|by|from|during|until|after|"
                             r"before|in)\b")
"""A line opening on its verb ("Falls when girls stay in education longer …"): its subject is the line before's."""


_SUBJECT_BEFORE = re.compile(r"(?i)^\W*(?:(?:before|after|then|now|today|later|afterwards)\s*[:–—]|"
                             r"(?:(?:often|usually|always|sometimes|then|later|soon)\s+)?(?:followed|preceded|replaced|"
                             r"succeeded)\s+by\b|(?:(?:much|far|a\s+lot|a\s+bit|slightly|even|way)\s+)?"
                             r"(?:cheaper|faster|slower|better|worse|easier|harder|safer|quicker|"
                             r"bigger|smaller|more\s+\w+|less\s+\w+)\s+than\b|(?:check|make\s+sure|balance|label|use|"
                             r"write|draw|measure|count|record|test|compare|name|identify|calculate)\s+"
                             r"(?:it|them|this|these)\b|.*\bhere\W*$|"
                             r"(?:mainly|mostly|usually|often|sometimes|always|largely|partly|"
                             r"especially|particularly|only|even|just|chiefly)\s+(?:in|on|at|by|from|for|to|with|into|"
                             r"found|used|made|seen|high|low|higher|lower|very|quite|more|less|a|an|the|because|when|"
                             r"where|if)\b)")
"""A line opening on an adverb and no subject ("Mainly in the palisade cells", "Mostly high – iron 1538 °C"), on a
comparison with nothing compared ("Cheaper than electrolysis, but …"), or doing something to "it" ("Measure them –
light meter …") or ending "here" ("Check it balances … on each side here"): what it says is of the line before, or of a
title the question does not print."""
_CONDITION_ONLY = re.compile(r"(?i)^\W*(?:if\s+)?(?:too|very)\s+(?:high|low|much|little|hot|cold|fast|slow|big|"
                             r"small|dilute|concentrated|weak|strong)\s*(?:→|->|:|,|–|-)")
"""A line that opens on a condition of what the line before named ("Too low → pancreas releases glucagon"): too
low what, only that line says."""
_NEXT_IN_CHAIN = re.compile(r"\s*(?:→|->|=>|⇒|[–—]\s|-\s|\+\s|[−✓✗✔✘×÷=≈]\s)")
"""A line opening on an arrow, a dash or an equals sign ("→ Base hospitals near the coast …", "– boiling point
increases", "= 6–7 November NS"): the next link of the chain, or an item of the list, the line before began."""


_ORDINAL_BEFORE = re.compile(r"(?i)^\W*the (?:first|second|third|last|other|latter|former) (?:effect|reason|factor|point|"
                             r"one|type|kind|method|way|stage|step|change|problem|cause|difference|idea)s?\b")
"""A count of what the sentence before listed ("The second effect is the bigger one.")."""


_COUNTED_BEFORE = re.compile(r"(?i)^(?:(?:most|many|some|all|few|several|none)\s+(?:are|were|have|had|of them|live|lived)\b|"
                             r"all part of\b|(?:for|to) (?:others|some|many|most)\b|"
                             r"(?:most|many|some|all|few|several|none|both|each|one|any) of (?:these|those|them)\b)")
"""A share of what the sentence before counted ("Most are in sub-Saharan Africa")."""


_ASKED_OF_BEFORE = re.compile(r"(?i)^\W*(?:(?:why|how|what|when|where|who|result|answer|compare|contrast)\s*[?:–—-]|"
                              r"(?:why|how|what|when|where)\b[^?]*\b(?:they|it|this|these|them|he|she)\b[^?]*\?)")
"""A note answering a question its card asked ("Why? There is more long-chain oil …", "Why do they move? …",
"Result – …"): the blank after it is open to any reason, and "they" is what the card was about."""


@lru_cache(maxsize=4096)
def is_lead_in(text: str) -> bool:
    """Whether a point only leads into the next ones ("As the chain length increases...", "In three ways:"): it says
    nothing true or false, and matches nothing."""
    return re.search(r"(?:\.\.\.|…|:|\s[–—-])\s*$", text) is not None


@lru_cache(maxsize=4096)
def is_carried_on(text: str) -> bool:
    """Whether a point carries on a sentence the one before began ("…or it changes state"): alone it is half a thought,
    and in a mark scheme whose other half went to another question, a fragment."""
    return re.match(r"\s*(?:\.\.\.|…)", text) is not None


_HIGHER_IN_WHAT = re.compile(r"(?i)^[\w₀-₉²³⁺⁻()]+(?:\s+and\s+[\w₀-₉²³⁺⁻()]+)?\s+(?:is|are|was|were)\s+(?:much\s+|far\s+|even\s+)?"
                             r"(?:higher|lower|greater|larger|smaller|bigger|faster|slower|stronger|weaker)\s+than\b")
"""A comparison whose measure the sentence before named ("MgO is higher than NaCl": in melting point)."""
_SAME_AS_BEFORE = re.compile(r"(?i)\b(?:the same (?:effect|way|result|reason|thing|job)|as (?:above|before)|likewise|"
                             r"ones|"
                             r"instead(?! of)|the (?:latter|former)|the (?:two|three|four)(?=\s*(?:[.,;:!?)]|and\b|or\b|$)))\b")
"""Words that compare with the sentence before ("For gases, a higher pressure has the same effect", "Social & economic
ones too"), or count what it listed ("Crompton's mule combined the two")."""


@lru_cache(maxsize=4096)
def starts_with_pronoun(text: str) -> bool:
    """Whether ``text`` begins with words that need the card's title to make sense (He, It, This, Others, So, The
    other …)."""
    words = [word.strip(QUOTES + ",").lower() for word in text.split(" ", 2)[:2]]
    if not words:
        return False
    if _POINTING_BACK.match(text):  # "To win that consent …", "After these reforms …"
        return True
    if words[0] in _PRONOUNS or words[0] in _LEANING or _PLACED_PRONOUN.match(text):
        return True
    labelled = re.match(r"\s*[A-Z][\w'’ -]{0,30}?:\s+(?=[a-z])", text)
    if labelled and text[labelled.end():].split(" ", 1)[0].strip(QUOTES + ",") in _PRONOUNS - {"there"}:
        return True  # "Side effects: it also attacks healthy cells": after its label, the line leans on its title
    return len(words) > 1 and words[0] == "the" and words[1] in _LEANING_AFTER_THE


_SOME_OF_THEM = re.compile(r"(?i)^\W*(?:most|many|some|(?:a\s+)?(?:very\s+)?few|all|none|several|half|"
                           r"all\s+(?:two|three|four|five|six|[2-9]|of\s+them)|the\s+(?:two|three|four)\s+of\s+them)\s+"
                           r"(?:[a-z]+ed|were|was|are|is|had|"
                           r"have|went|came|got|left|stayed|did|fled|died|survived|passed|bounced|moved)\b")
"""A line whose subject is a share of something the line before named ("Most went straight through", "All three
shared the Nobel Prize")."""
_SIDE_TAKEN = re.compile(r"(?i)^\W*(?:(?:evidence|arguments?|points?|case)\s+)?(?:yes|no|for|against)\b"
                         r"\s*(?::|[–—→]|-\s)")
"""A line that takes one side of a question ("Evidence YES: …", "Against – …"): the question is the line
before."""
_LEANING = {"others", "so", "then", "also", "both", "them", "thus", "therefore", "however", "instead", "here", "hence",
            "another", "some"} | _SEQUEL
_LEANING_AFTER_THE = {"other", "others", "changes", "change", "same", "rest", "former", "latter", "new", "old",
                      "result", "results", "process", "reaction", "idea", "plan", "policy", "speech", "law", "measure",
                      "measures", "reform", "reforms", "event", "events", "number"}


_PLACEHOLDER = re.compile(r"^\s*[\[{(<].*[\]})>]\s*$|\[(?:diagram|image|figure|fig|picture|photo|table|insert|video|"
                          r"graph|map|chart|todo|tbc|add)\b", re.I)
_CHROME = re.compile(r"^\s*(?:skip to (?:main )?content|skip navigation|main menu|menu|home|search|sign in|log in|"
                     r"log out|sign up|subscribe|share(?: this)?(?: page)?|print(?: this page)?|back to top|cookie.*|"
                     r"accept(?: all)? cookies|privacy policy|terms (?:and|&) conditions|next|previous|related.*|"
                     r"advertisement|loading\W*|click here.*|read more|see also.*|copyright.*|©.*)\s*\.?\s*$", re.I)


def is_placeholder(text: str) -> bool:
    """Whether a text stands for a picture or a note to fill in (``[DIAGRAM: plant cell]``), not content."""
    return _PLACEHOLDER.search(text) is not None


@lru_cache(maxsize=4096)
def is_scaffolding(text: str) -> bool:
    """Whether a point is not content: a placeholder (``[DIAGRAM: plant cell]``) or a web page's chrome (``Skip to
    main content``). It never becomes a question or a line of a mark scheme."""
    return bool(_PLACEHOLDER.search(text) or _CHROME.match(text) or _ADVICE.search(text) or _TERMS_HEADING.match(text)
                or _REFERENCE.search(text) or _PRACTICE.match(text) or _CROSSED.search(text)
                or _TABLE_ROW.search(_MAGNITUDE.sub(" ", text)) or _RESTATED.match(text))


_RESTATED = re.compile(r"(?i)^\W*(?:in other words|that is to say|put simply|in plain words|in short)\b|"
                       r"^\W*(?:further\s+)?(?:sources?|reading|books?)\s*(?:to read\s*)?:")
"""The line before said again ("In other words: the angle between the tangent and the chord equals …"): as a
question it repeats one, as a point of a scheme it pays twice for one idea; or a list of books to read ("Sources:
J. B. Priestley, English Journey (1934); …"), which claims nothing."""


_CROSSED = re.compile(r"[✗✘❌]|\((?i:wrong|incorrect|not true)\)")
"""A statement the author marks wrong ("Saying covalent BONDS break when simple molecules melt ✗ – it's the
intermolecular forces"): asked, the sheet would teach the mistake."""
_MAGNITUDE = re.compile(r"\|[^|\s]{1,4}\|")
"""A vector's size or a number's modulus between bars ("|a| = √(3² + 4²)"), which is no table's cell."""
_TABLE_ROW = re.compile(r"\S\s*\|\s*\S[^|]*\|\s*\S")
"""A row of a table typed with bars ("α: He nucleus | +2 | stopped by paper"): cells, not a sentence."""


_PRACTICE = re.compile(r"(?i)^\W*(?:q|question|ex|exercise|example|task)\s*\d+\s*[.:)]")
"""A practice question set on the card ("Q2. A chloroplast looks 12 mm long at ×2000. Actual size?"): its figures are
the question's, not facts to learn."""


_REFERENCE = re.compile(r"(?i)\bsee (?:the )?(?:next|previous|last|other|earlier|above|below)(?: card)?\b|"
                        r"\bas (?:above|below|before)\s*[.;)]?\s*$|"
                        r"\(\s*see\s[^()]{1,40}\)|(?:→|;)\s*see\s+"
                        r"(?!how\b|what\b|why\b|that\b|if\b|you\b|ya\b|them\b|it\b|him\b|her\b|us\b)"
                        r"(?:also\s+)?[^.;()→]{2,40}\.?\s*$|"
                        r"^\W*(?:see|read|look at|refer to|turn to|check|use)\b.{0,60}\b(?:textbook|text book|"
                        r"book|page|pages|p\.|pp\.|handout|worksheet|notes|slides?|video|website|link)\b|"
                        r"\b(?:p|pp)\.\s?\d+\b|^\W*(?:see|read|watch)\s+[A-Z][^.;]{0,60}\b(?:good|great|useful)\s+"
                        r"(?:source|read|book|film|watch)\b|"
                        r"\b(?:textbook|text book|workbook)\s+(?:p\.|page|pages|pp\.)\s?\d+")
"""A pointer to other material ("See textbook p.74 for the source", "Carbon monoxide + particulates → see incomplete
combustion"): the sheet cannot show it, nor ask about it."""


_WORD_LIST = (r"key (?:[^\W\d_]+ )?(?:terms|words|verbs|nouns|adjectives|phrases|expressions|vocabulary|vocab)|"
              r"keywords|vocabulary|vocab|glossary|"
              r"anglicis\w*|loan\s?words?|cognates?|same (?:word )?as in english")
"""What names a list of words to learn ("Key terms", "Key shopping words", "Glossary"), or of words a student knows
without learning them ("Anglicismes – same word as in English")."""
_TERMS_HEADING = re.compile(rf"(?i)^\W*(?:{_WORD_LIST})\s*(?::|[–—]|-\s)")
"""A line of words to learn ("Key terms: yield, pesticide, fertiliser", "Key words – Sovnarkom, decree, Cheka"): no
point to make, nor a mark to earn."""


STEPS_RUN_ON = re.compile(r"[.!?]\s+\d{1,2}[.)]\s+[A-Z]")
"""A method's numbered steps run together in one line ("Write the ion. 2) Balance the atoms. 3) Add electrons"): no
one sentence to ask, nor one point to mark."""


OTHER_THAN = re.compile(r"(?i)\W*(?:other|another|more|further|extra|additional|remaining|misc\.?|miscellaneous)\b|"
                        r"\W*(?:evaluating|evaluation|comparing|comparison|judging)(?:\s+(?:the|these|those|both))?"
                        r"(?:\s+(?:options|schemes|methods|strategies|approaches|sides|views))?\s*$")
"""A title that continues another card's ("Other properties", "More uses", "Another scheme: …") or weighs what it
does not name ("Evaluating the options"): printed alone, it says not of what."""


def names_word_list(title: str) -> bool:
    """Whether a title names a list of words ("Forces - key terms"): "Name the five forces - key terms" asks for words
    of no topic."""
    return re.search(rf"(?i)\b(?:{_WORD_LIST})\b", title) is not None


_ADVICE = re.compile(r"(?i)\bread the question\b|^\W*compare (?:it |this |them )?(?:with|to)\b|"
                     r"^\W*(?:(?:also|and|then|plus)\s+)?(?:remember|(?:study |revision |exam |top )?tips?|hint|note|"
                     r"n\.b\.|nb\b|don'?t forget|don'?t (?:mix|muddle) (?:them |these |the two )?up|"
                     r"don'?t confuse|"
                     r"mnemonic|rhyme|memory (?:aid|hook|trick|jogger)|"
                     r"always (?:give|write|explain|use|include|link|say|state|show|quote|make|compare|check|draw|"
                     r"label)|make sure|learn|revise|"
                     r"be able to|"
                     r"(?:\d+|two|three|four|five|six|eight|nine|ten|twelve|fifteen|sixteen)[- ]?marks?\s*"
                     r"(?:q|qs|question|questions)\b|use\s+[^.]{1,40}\bfor\b[^.]*\bquestions?\b|"
                     r"read\b[^.]{0,30}\bcarefully\b|"
                     r"you (?:need|must|should|have) (?:to )?(?:know|learn|be able|remember)|know how to|"
                     r"fun fact|did you know|irony|ironically|sum[- ]?up|summing up|worth (?:learning|knowing)|"
                     r"common misconceptions?|watch out|careful|mention|false friends?|faux amis?|falsche freunde)\b|^\W*(?:[a-z]+ )?questions?\?|"
                     r"\balways\s+(?:say|state|show|quote)\s+(?:why|what|which|how)\b|"
                     r"^\W*use\s+(?:it|this|them|these)\s+to\s+(?:evaluate|explain|support|answer|analyse|analyze)\b|"
                     r"\bthat'?s how (?:science|it) works\b|\b(?:scientists|historians) may change\b|"
                     r"\b(?:gets?|earns?|scores?|wins?|loses?|costs? you)\s+(?:you\s+)?(?:no|zero|full|extra)?\s*"
                     r"(?:credit|marks?)\b|"
                     r"\b(?:at|for|in|beyond)\s+(?:GCSE|IGCSE|A[- ]levels?|AS[- ]level|KS[345])\b|"
                     r"^\W*(?:quick |sense |sanity |final )?check\s*[:–—-]|\bif your (?:answer|result|graph)\b|"
                     r"\bremember\s+\**(?-i:[A-Z][A-Z-]{2,})\**\s*:|"
                     r"^\W*(?:write|answer|explain|put)\b[^.]{0,30}\bin context\b|"
                     r"^\W*(?:[a-z]+\s+){1,2}to\s+(?:learn|remember|know)\s*(?::|[–—]|-\s)|"
                     r"\bself[- ]?test|\btest yourself\b|\bquick quiz\b|\bcheck your (?:understanding|knowledge)\b|"
                     r"^\W*(?:[a-z]+\s+){0,2}questions?\s*:|"
                     r"\blearn (?:one|a|the latest) (?:set|figure|example)\b|\bquote the (?:year|date|source)\b|"
                     r"^\W*(?:key\s+)?(?:order|things|list|words|terms|dates|names|examples|facts|formulae|formulas|"
                     r"equations)\s+to\s+(?:learn|remember|know|use)\b|"
                     r"^\W*(?:the\s+|an?\s+)?(?:exams?|examiners?|(?:exam )?questions?)\s+(?:often|usually|normally|"
                     r"sometimes|always|may|might|will|can|tend to|like to|love to)\s+(?:ask|want|set|give|include|"
                     r"expect|test)|"
                     r"^\W*(?:put |set |use |check )?(?:your |the )?calculator\s+(?:is\s+)?(?:in|on|to)\b|"
                     r"\bcheck (?:that )?(?:your |the )?calculator\b|^\W*['‘\"“][^'’\"”]{3,80}\?['’\"”]|"
                     r"^\W*(?:describe|explain)\s+(?:a|the)\s+(?:pattern|trend|distribution)s?\s+with\b|"
                     r"\bwith evidence\s*:|^\W*method\s*:\s*(?:write|put|set|use|substitute|rearrange|plug|start)\b|"
                     r"^\W*when\s+(?:evaluating|comparing|answering|writing|explaining|assessing|judging)\b[^.,;]*,\s*"
                     r"(?:think|remember|consider|look|mention|include|use|always)\b|"
                     r"^\W*(?:keep|use|store)\b[^.]{0,40}\bcalculator\b[^.]*\bround|"
                     r"^\W*(?:only\s+)?round\s+(?:only\s+)?(?:at the end|your (?:final )?answers?)\b|"
                     r"\bfigures change\b|\bbe ready to\b|\bfor the exam\b|"
                     r"\bnot (?:on|in|part of) (?:the |your )?(?:spec|specification|syllabus|course)\b|"
                     r"\bnot (?:examined|assessed|needed for the exam)\b|^\W*(?:just )?for interest\b|"
                     r"\b(?:in|for) (?:your |the )?exam answers?\b|\bfor the examiner\b|^\W*think of\b|"
                     r"^\W*reasons? to (?:write|give|use)\b|"
                     r"[–—-]\s*NOT\s+[\"“']|\bback (?:it |them )?up (?:your|each|the|every) "
                     r"(?:answer|point|argument)s?\b|^\W*(?:higher|foundation) tier\s*[–—:-]|"
                     r"^\W*(?:evaluate|explain|describe|assess|discuss|compare)!|\breach a (?:judgement|judgment|conclusion)\b|"
                     r"\bin (?:the|your) (?:last|final|first|conclusion) paragraph\b|"
                     r"^\W*describe (?:transfers|changes|it|them|each|your)\b|"
                     r"^\W*(?:draw (?:it|them|this|a|an|the)|give your answers?|show (?:the |your |all )?working)\b|"
                     r"^\W*units!|"
                     r"^\W*(?:aside|by the way|btw|think|trick|easy way)\s*[–—:-]|"
                     r"^\W*(?:(?:history|science|biology|chemistry|physics|geography|maths|english|rs|cross-curricular|"
                     r"topic) )?link\s*[–—:-]|"
                     r"\bdon'?t (?:translate|forget|confuse|mix up)\b|\b(?:most )?common (?:mistake|error)s?\b|"
                     r"^\W*(?:always|never) (?:draw|label|sketch|check|write|show|round|use|start|mark|read|square|quote|give|"
                     r"include|state|put)\b|"
                     r"^\W*label (?:every|each|all|the)\b|\buse [^.;]{1,40} to (?:explain|show|argue|support|illustrate)\b|"
                     r"^\W*use (?:it |this |them )?as an? (?:example|case study|illustration)\b|"
                     r"^\W*use (?:it|this|them) as (?:your|the|a|an)\b[^.;]{0,30}\b(?:example|case study)\b|"
                     r"\bdon'?t panic\b|\bwhere the marks are\b|\bI'?ve (?:written|put|shown|left|given)\b[^.]{0,40}"
                     r"\b(?:here|below|above|like)\b|\bknow (?:one|an|two|three|a few|some) examples?\b|"
                     r"\b(?:good|great|useful|strong|key) (?:evaluation|exam|essay) "
                     r"points?\b|\bevaluation points?\b|^\W*convert (?:first|units|everything)\b|"
                     r"\b(?:is )?fine in (?:an|your|the) (?:answer|exam|essay)\b|\bjust be consistent\b|"
                     r"\bformula triangles?\b|\b(?:formula|equation|data) sheet\b|\bwhatever works\b|"
                     r"\bfor (?:\*\*)?\d+(?:\*\*)? marks\b|\bfor (?:the|full|all the|more) marks?\b|"
                     r"\bcommand words?\b|\b(?:most )?often (?:missed|forgotten|overlooked)\b|"
                     r"\blook (?:out )?for (?:it|this|them) (?:whenever|when|if)\b|"
                     r"^\W*(?:write|spell|say) (?:it|them|this|that|each|every|the \w+) (?:out )?in full\b|"
                     r"^\W*(?:explain|describe|link|give|state|write|answer|justify)\s+(?:each|every|all|both)\s+"
                     r"(?:factors?|points?|reasons?|answers?|steps?|changes?|ones?|of them)\b|\bnot just\s+[\"“‘']|"
                     r"\bsome people (?:use|find|like|remember)\b|"
                     r"\byou (?:must|need to|should|have to) (?:learn|know|remember) (?:it|this|them|these|that)\b|"
                     r"\byou (?:must|need to|should|have to) (?:learn|know|remember)\s*[.!]*\s*$|"
                     r"\bname-?drop\b|\bfor an? extra marks?\b|"
                     r"\bnot (?:needed|required|examined|tested|assessed) (?:for|in|on) (?:the|your|this) "
                     r"(?:exam|spec|specification|test|course)\b|"
                     r"\bthat'?s (?:the|where the|worth|how you get the) \d+ marks?\b|"
                     r"^\W*always (?:say|explain|name|mention|describe|link|compare)\b|"
                     r"^\W*(?:[\w-]+ )?q\?|[?!]\s+remember\b|[?!]\s+think (?:about|of)\b|"
                     r"\b(?:π|pi|sin|cos|tan|shift|memory|ans|exp|fraction)\s+(?:button|key)\b|"
                     r"[–—-]\s*learn (?:the|these|them|this|it)\b|^\W*key (?:words|terms) to (?:learn|know)\b|"
                     r"^\W*(?:key|big|main) (?:idea|point|message)s?\b[^:]{0,20}:|"
                     r"^\W*exams?\s+(?:q|qs|questions?)\b|\b(?:exam )?boards? (?:accept|allow|want|expect|prefer)\b|"
                     r"\bknow how to\b|^\W*aim for\b|\bcommon slips?\b|\b(?:don'?t|never) (?:say|write)\b|"
                     r"\bgive (?:numbers|data|figures|values)\b|\b\d+[- ]mark (?:questions?|answers?)\b|\b\d+[- ]markers?\b|"
                     r"\bcomes? up (?:a lot|often|every year)\b|\bfor (?:your |an |the )?essays?\b|\bin an essay\b|"
                     r"\bexam (?:question|tip|focus|practice|technique|skill)s?\b|\b\d+[- ]mark tips?\b|"
                     r"^\W*(?:[\w'’-]+\s+)?(?:tips?|tricks?|hints?|reminders?|mnemonics?|think about|"
                     r"memory (?:aid|hook|trick|jogger))\s*[–—:-]|"
                     r"\bmemory (?:hook|trick|jogger)s?\b|[.;]\s+(?:mnemonic|memory aid)\s*[:–—-]|"
                     r"^\W*(?:[\w'’-]+\s+){1,2}mnemonics?\s*[,:–—-]|"
                     r"^\W*key\s*words?\s+(?:check|reminder|alert|focus)\b|\(\s*(?:mnemonic|memory aid)\b|"
                     r"\bthink of (?:it|this|them) as\b|"
                     r"^\W*(?:history|historical|fun|side)\s+(?:aside|note|fact)\s*[:–—-]|"
                     r"\bgood ['‘\"“]?[\w ]{2,20}['’\"”]? questions?\b|"
                     r"^\W*grade\s+\d\b(?:\s+(?:bit|answer|phrase|structure|version))?\s*[–—:-]|\buseful for\b|\bmethod marks?\b|\blose (?:the |a |your )?marks?\b|"
                     r"\b(?:get|gets|lose|loses|earn|earns|gain|gains) (?:you )?the "
                     r"(?:last|final|extra|full|top) marks?\b|"
                     r"^\W*always (?:finish|end|conclude|answer)\b|"
                     r"\bknow (?:both|them all|all of them|these|this one)\b\s*!|"
                     r"\bwatch (?:the|your) units\b|^\W*watch (?:the|your|for)\b|\bcheck (?:the|your) units\b|\b(?:easy|free)(?: \d+)? marks?\b|"
                     r"\blearn (?:rough|these|the (?:rough|main|key))\b|\btextbooks? (?:vary|differ|disagree)\b|"
                     r"\b(?:vary|differ|disagree) (?:a lot |a bit |widely )?between (?:textbooks|sources|books)\b|"
                     r"\byou(?:'ve| have) got it (?:upside down|wrong|the wrong way)\b|\((?:extra|extension|bonus)(?: detail| info)?\)|"
                     r"\bin the (?:speaking |writing |listening |reading )?exam\b|"
                     r"\b(?:higher|highest|top|lower) (?:grades?|marks|band)\b|"
                     r"\b(?:lost|dropped) marks\b|\bmarks (?:are |get )?(?:lost|dropped)\b|"
                     r"\b(?:good|great|useful|handy) (?:one|example|case study|point|quote) to use\b|"
                     r"\b(?:good|great|useful|handy) (?:contrasts?|examples?|case stud(?:y|ies)|comparisons?|evidence|"
                     r"points?) (?:(?:with|to) [^.;]{1,40} )?for (?:an? |the "
                     r"|your )?(?:['‘\"“][^'’\"”]*['’\"”] )?(?:[\w-]+ )?(?:questions?|essays?|answers?)\b")
"""Advice to the student ("This is a common exam question – always give more than one reason", "a bare answer gets no
credit"), a word on the course ("at A-level you meet sub-shells") or an aside ("History link – Semmelweis …",
"Irony! …"): no content to ask about, nor a point of a mark scheme."""


_LIST_KINDS = (r"(?:a |an )?(?:model|example|sample) (?:answers?|paragraphs?|texts?)\b.*|"
               r"key (?:terms|words|vocabulary|phrases|dates|people|facts|figures|numbers|statistics|stats)\b[^?]*|"
               r"keywords|"
               r"vocabulary|glossary|definitions|useful (?:phrases|words)|example sentences|examples|"
               r"questions(?: to (?:prepare|practise|practice|revise))?|exam (?:tips|questions|practice|checklist|technique|skills)|"
               r"(?:revision |exam )?checklist|(?:common )?(?:mistakes|errors|misconceptions|slips|pitfalls|traps)|"
               r"(?:top )?tips|number work|maths skills|worked (?:examples?|numbers|calculations|problems|questions)|"
               r"(?:numbers|facts|figures|dates|things|words|definitions|terms|phrases) to (?:learn|know|remember)|"
               r"revision tips|summary|miscellaneous|other|extra|extras|[^?]* or [^?]*\?|"
               r"(?:the )?basics|overview|(?:an )?introduction|key facts|facts and figures|at a glance|"
               r"mots[- ]cl[ée]s|vocabulaire|palabras clave|vocabulario|schlüsselwörter|wortschatz|parole chiave|"
               r"vocabolario|palavras[- ]chave|vocabulário|trefwoorden|woordenschat|słownictwo|"
               r"compar\w*(?: of)?(?: the)? (?:two|three|four|five|both|them|these)|"
               r"(?:the )?(?:two|three|four) compared|similarities and differences")
ADVICE_TITLE = re.compile(r"(?i)\bexam\b|\btips?\b|\bmistakes?\b|\bpitfalls?\b|\bremember\b|\bquick\s+checks?\b|"
                          r"\bchecklist\b")
"""A title of advice for the exam ("Exam tip: why did India gain independence?", "Common exam mistakes", "Quick
checks"): its lines sum up, warn or check, and any slip or factor a student names would fit it."""
_BARE_KINDS = (r"(?:long[- ]term |short[- ]term )?"
               r"(?:causes|consequences|effects|results|impacts?|significance|background)")
"""What a title names of a topic it leaves unnamed ("Causes and consequences"): a heading only when it stands alone."""
GENERIC_HEADINGS = re.compile(rf"(?i)^\W*(?:[^–—:]{{1,40}}?\s*(?:[–—:]|\s-)\s*)?(?:{_LIST_KINDS})"
                              rf"(?:\s*(?:and|&|\+|,)\s*(?:{_LIST_KINDS}))*(?:\s*(?:[–—:]|\s-)\s*[^–—:]+)?\W*$"
                              rf"|^\W*{_BARE_KINDS}(?:\s*(?:and|&|\+|,)\s*{_BARE_KINDS})*\W*$")
"""A card title that names a kind of list, not a topic ("Key terms", "Questions to prepare", "Exam tips and common
slips", "Exam checklist – coastal landforms", "Evaluating schemes – exam checklist"), a comparison of what it does
not name ("Comparing the three"), or causes and effects of nothing named ("Causes and consequences"): no matching title
and no short answer's subject."""


_LIST_NUMBER = re.compile(r"^\s*\(?(?:\d{1,2}|(?!c\.\s*\d)[a-h]|i{1,3}|iv|vi{0,3})[.)]\s+(?=\S)")
"""A list's number or letter opening a line ("3. ", "b) "), never circa ("c. 200 executed")."""


def unnumbered(point: Point) -> Point:
    """The point without the number of its place in a list ("3. producing antitoxins", "b) the mantle"): a
    statement or a gap printed elsewhere on a sheet keeps no "3." of a list it is no longer in. A point that numbers
    items within itself ("1) guerrilla tactics; 2) aid from China") loses the later numbers too."""
    found = _LIST_NUMBER.match(point.text)
    if not found:
        return point
    point = point.tail(found.end())
    closing = re.escape(found.group().strip()[-1])
    for inner in reversed(list(re.finditer(rf"(?<=[;,])\s*\(?(?:\d{{1,2}}|[a-h]){closing}(?=\s+\S)", point.text))):
        point = point.without(inner.start(), inner.end())
    return point


def is_term_list(point: Point) -> bool:
    """Whether a point is only key terms (one, or a list joined by commas and ``and``): nothing to read around them."""
    if not point.terms:
        return False
    rest = "".join(text for text, is_term in point.runs() if not is_term)
    return not re.sub(r"(?i)\band\b|\bor\b|[\s,;.:/&+–—-]", "", rest)


_ITEM_SPLIT = re.compile(r"\s*[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+", re.I)
_VERB_WORDS = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "could",
               "will", "would", "may", "might", "must", "should", "shall", "cannot", "means", "include", "includes",
               "including", "contain", "contains", "make", "makes", "made", "use", "uses", "used", "cause", "causes",
               "caused", "give", "gives", "gave", "become", "becomes", "became", "happen", "happens", "form", "forms"}
BARE_ITEM_WORDS = 3
"""A list's item is a few words at most (``nuclear fuel``, ``flood storage reservoir``); longer, it says something."""


@lru_cache(maxsize=4096)
def has_verb(text: str) -> bool:
    """Whether a line says something of its own: a common verb, or a word in -ed ("Reply to the US missiles in
    Turkey" has none: it answers its title's question)."""
    words = {word.casefold() for word in re.findall(r"[^\W\d_]+", text)}
    return bool(words & (_VERB_WORDS | _MORE_VERBS)) or any(
        found.group().casefold() not in _NOT_PAST for found in re.finditer(r"(?i)(?<!\bto )\b[a-z]{2,}ed\b", text))


_NOT_PAST = {"hundred", "kindred", "sacred", "naked", "wicked", "rugged", "jagged", "ragged", "greed",
             "indeed", "creed", "reed", "steed", "seabed", "riverbed", "bed", "red", "infrared"}
"""Words in -ed that tell nothing done ("a hundred", "sacred", "infrared"); nor does one after "to" ("no longer
sufficient to breed")."""


_MORE_VERBS = {"became", "began", "brought", "built", "came", "fell", "felt", "found", "gave", "got", "grew", "held",
               "kept", "knew", "led", "left", "lost", "meant", "met", "paid", "put", "ran", "rose", "said", "saw", "sent",
               "set", "spent", "stood", "took", "told", "went", "won", "wrote", "needs", "need", "takes", "take", "gets",
               "get", "goes", "go", "lets", "let", "leads", "lead", "shows", "show", "keeps", "keep", "comes", "come"}


def is_bare_list(text: str) -> bool:
    """Whether a point is only a list of short items with no verb ("Wind, solar, tidal and biofuel.", "Upper course,
    middle course, lower course"), perhaps after a short heading and a colon: no sentence to judge true or false, to
    blank or to match; at most a recall question's items, like a list of key terms."""
    text = re.sub(r"\s*\([^()]*\)", "", text)  # "permaculture (working with nature, e.g. forest gardens)": an aside
    body = text.strip().rstrip(".").strip()
    head, colon, rest = body.partition(":")
    if colon and len(head.split()) <= BARE_ITEM_WORDS + 1 and rest.strip():
        body = rest.strip()
    elif colon:
        return False
    items = [item.strip(" \"'“”‘’") for item in _ITEM_SPLIT.split(body)]
    if len(items) < 3 or not all(items) or any(word_count(item) > BARE_ITEM_WORDS for item in items):
        return False
    words = {word.casefold() for word in re.findall(r"[^\W\d_]+", text)}
    return not words & _VERB_WORDS and not re.search(r"[–—(?!]|\s-\s", text)


def restates(point: Point, title: str) -> bool:
    """Whether a point is a bare key term its card's title already says ("Noble gases" under "Group 0 – the noble
    gases"): writing the title would earn its mark."""
    if not is_term_list(point) or len(point.terms) != 1:
        return False
    said = {word.casefold().rstrip("s") for word in re.findall(r"[^\W\d_]+", title)}
    return all(word.casefold().rstrip("s") in said for word in re.findall(r"[^\W\d_]+", point.text))


AUTHORS_NOTE = re.compile(r"\s*\([^()]*[^\W\d_]{2,}[^()]*!\s*\)")
"""An author's note to self in brackets ("v = s / t (recall this one!)", "on foot (no mit!)"): no part of the fact,
left off what a sheet prints (a factorial's "(3!)" holds no word)."""
LEFT_OFF = re.compile(rf"{AUTHORS_NOTE.pattern}|"
                      r"^[A-Z][^.!?]{0,40}\b(?:this|that|these|it)\b[^.!?]{0,10}!\s+(?=[A-Z])|"
                      r"\s*\((?i:aside|nice extra|extra|extension|stretch|bonus)\b[^()]*\)|"
                      r"^\s*\((?i:background|context|recap|reminder|revision|earlier|for interest)\)\s*|"
                      r"^\W*(?i:causes?\s*(?:→|->|and|&)\s*(?:effects?|consequences?))\s*[–—:-]\s+|"
                      r"\s*\((?i:[^()]*\b(?:hint|tip)s?\b[^()]*|[^()]*\b(?:exam|evaluation|essay|\d+[- ]mark(?:er)?)\s+"
                      r"(?:questions?|answers?)\b[^()]*)\)|"
                      r"\s*\((?i:(?:an?\s+)?(?:very\s+)?(?:common|classic|typical|frequent)?\s*(?:exam\s+)?"
                      r"(?:mistake|error|slip|trap|misconception)s?)\s*!*\)|"
                      r"\s*\((?:HT|FT|H|F|Higher|Foundation|[Tt]riple|[Ss]eparate)(?: only| tier)?\)|"
                      r"(?:(?<=[.!?])|;)\s+(?i:use (?:this|it|them|these) (?:as an? (?:example|case)|to (?:evaluate|"
                      r"explain|support|argue))\b)[^.!?]*[.!?]?\s*$|"
                      r"(?:(?<=[.!?])|\s[–—-]|;)\s+(?i:remember|learn|know|don'?t forget|revise|note)\s+"
                      r"(?i:this|these|that|it|them|the \w+|one of each|both|(?:one|two|an) examples?)\b"
                      r"[^.!?]*[.!?]?\s*$|(?<=[.!?])\s+(?:[A-Z][^.!?]{0,40}\?\s+)?[A-Z][a-z]+(?:\s+[a-z]+){0,2}!\s*$")
"""What a question's line leaves off: an author's note ("(aside – nice extra but not on every spec)", "(hint for
evaluation questions)", an opening "Nobody in 1665 knew any of this!", "(Background)" or "Cause → effect –"), a tier
tag ("(HT) Heart rate …"), which a title keeps, and a closing note to self ("Covalent bonds are strong. Remember this –
it matters later.", "…; know one of each", "…; use this as an example of opposition", "faulenzen – to laze around.
Useful!"), with the question it answers ("Radius = half the diameter. Given the diameter? Halve it first!")."""
_TITLE_NOTE = re.compile(rf"{AUTHORS_NOTE.pattern}|\s*\((?:learn|revise|remember|important|exam|overview|summary|recap|"
                         r"revision|practice|quick)\b[^()]*\)|\s*\(\s*(?:\d(?:st|nd|rd|th)\s+|another\s+)?(?:example|"
                         r"case study)(?:\s+\d)?\s*\)|\s*[–—-]\s*(?:learn|know|remember|revise)\s+"
                         r"(?:these|this|them|it)\b[^–—]*!?\s*$|^\s*(?:higher|foundation|HT|FT|triple|separate)"
                         r"(?:\s+tier|\s+only)?\s*(?::|[–—]|-\s)\s*", re.I)
_TO_LEARN = re.compile(r"(?i)\s+to\s+(?:learn|know|remember)(?:\s+by\s+heart)?\s*!?\s*$")
"""A title's closing "to learn" ("Colours of aqueous ions to learn"): what the author means to do with it."""


def printed_title(title: str) -> str:
    """A card's title as a sheet prints it: without the author's note to self ("Luther's key beliefs (learn
    these!)", "Colours of aqueous ions to learn") or its tier ("Higher: extracting copper"), which read oddly before
    every line of a stem."""
    printed = _TITLE_NOTE.sub("", title).strip() or title.strip()
    if title.strip()[:1].isupper():
        printed = printed[:1].upper() + printed[1:]  # ("Higher: extracting copper" as "Extracting copper")
    unnoted = _TO_LEARN.sub("", printed)
    return unnoted if len(unnoted.split()) >= 3 else printed  # ("Things to know" stays as it is)


WORKED_SUM = re.compile(r"(?i)^\W*check\b|=\s*[\d.,/]+\s*=|"
                         r"\d\s*(?:[×÷*]|x(?=\s*\d))\s*\d|[×÷]\s*\d|(?:=|\bgives?|\bgiving)\s*[\d.,]+\s*[^\W\d_]{0,4}\s*"
                         r"(?:[.;](?!\d)|$)|^\W*e\.g\.\s.*\d|"  # (the "." of "= 0.2 s" ends no sentence)
                         r"\d\s*[+−-]\s*\d+(?:\.\d+)?\s*=|[\d.]\s*→\s*(?:divide|multiply)\s+(?:\w+\s+)?by\s+[\d.]+|"
                         r"^\W*(?:divide|multiply)\s+(?:\w+\s+){0,3}by\s+\d[\d.]*\s*→")
"""A sum worked in the sentence ("2 kW × 10 h = 20 kWh", "O₂ left over = 3 − 2 = 1 mol", "0.5 : 1.0 → divide by
0.5 → 1 : 2", "Divide by 0.10 → ratio 2 : 1 : 2"): an example of a method, no point a student would make."""
EQUATION = re.compile(r"[\w)²³](?:\s+[=≡]\s*|[=≡]\s+)[\w(−-]|[\w)²³][=≡](?![A-Z])[\w(−-]|^\s*[=≡]|[→⇌]")
"""An equation in letters or words ("v = fλ", "speed = distance ÷ time", "(x + 3)(x + 5) = x² + 8x + 15"), a line
that goes on with one ("= x³ + 6x² …"), or a reaction's; not a double bond ("C=C", "CH₂=CH₂")."""


CAUSE_LABEL = re.compile(r"(?i)^\W*(?:causes?|effects?|consequences?|results?|impacts?)"
                         r"(?:\s*(?:→|->|and|&)\s*(?:effects?|consequences?|results?))?\s*(?:→|->|:|–|—|-\s)")
"""A line's label that sorts it as a cause or an effect ("Effect → Philip decided on open war", "Cause → effect –
repeal split the Conservatives"): printed in a question, it reads as the author's notes, and under an event's title
an effect of it is true at sight."""


KIND_FIRST = re.compile(r"(?i)^\W*the\s+\**(act|acts|treaty|bill|law|pact|agreement|decree|charter|compromise|edict|"
                        r"ordinance|statute|accord|plan|scheme|conference|battle|campaign|uprising|revolt|rebellion|"
                        r"raid|siege)\**\s+(?!of\b|that\b|which\b|who\b|between\b|for\b|on\b|to\b|in\b)(?-i:[a-z])")
"""A line opening on an act, treaty or battle called by its kind ("The Act led to the founding of the Republican
Party"): which one, only the title or the line before can say."""


def kind_unnamed(text: str, title: str) -> bool:
    """Whether a line calls its act or battle by its kind where the title names no such thing ("The Act led to …"
    under "Bleeding Kansas and Dred Scott": the Kansas–Nebraska Act is in the line before)."""
    found = KIND_FIRST.match(text)
    return found is not None and re.search(rf"(?i)\b{found.group(1)}", title) is None


THING_UNNAMED = re.compile(r"(?i)\bthe\s+(?:movement|campaign|group|sect|order|practice|idea|scheme|policy|rebellion|"
                           r"rising|revolt|protest|organi[sz]ation|society|agreement|plan|project|proposal|"
                           r"reforms?|states|colonies|kingdoms|shrine|abbey|monastery|crew|astronauts|cosmonauts)\b"
                           r"(?!\s+(?:of|to|for|against|in|on|by)\b)")
"""A thing the title names, called by its kind ("Pope Clement VI condemned the movement" under "The flagellants", "The
crew splashed down safely" under "Apollo 13"):
which movement, on a timeline or in a statement to judge, only the title can say."""
