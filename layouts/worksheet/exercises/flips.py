"""Opposites that make a true sentence clearly false: "Sound cannot travel through a vacuum" becomes "Sound can
travel through a vacuum".

A science or history pack often has few terms of one kind to swap, yet its sentences state directions and
comparisons a student must know: higher or lower, increases or decreases, towards or away from. Turning one such
word into its opposite gives the false statement a teacher would write. A sentence that holds both sides of a pair,
hedges ("some", "may"), reasons from one clause to another or gives a figure is left alone: turned, it could still be
true, contradict itself or give itself away.
"""
from __future__ import annotations

import os
import re
from typing import NamedTuple

_PAIRS = """
increase decrease  increases decreases  increased decreased  increasing decreasing
rise fall  rises falls  rose fell  high low
higher lower  larger smaller  greater smaller  bigger smaller
faster slower  stronger weaker  longer shorter
heavier lighter  hotter colder  warmer cooler  deeper shallower  wider narrower  steeper gentler
thicker thinner  denser less-dense  towards away-from  inwards outwards
positive negative  positively negatively  exothermic endothermic  cannot can  can't can
attract repel  attracts repels
heating cooling  heated cooled  oxidation reduction
successful unsuccessful  popular unpopular
legal illegal  strengthened weakened  doubles halves  doubled halved
"""


def _opposites() -> dict[str, str]:
    table: dict[str, str] = {}
    words = _PAIRS.split()
    for first, second in zip(words[::2], words[1::2]):
        first, second = first.replace("-", " "), second.replace("-", " ")
        table.setdefault(first, second)
        table.setdefault(second, first)
    del table["can"]  # "cannot" turns into "can" ("Sound can travel through a vacuum"); "can" into "cannot" mostly
    # denies the obvious ("Spread cannot be reduced by hygiene")
    return table


OPPOSITES = _opposites()
"""Each word and the word that says the opposite (``smaller`` turns into ``larger``, the first pair naming it). No
superlative ("the smallest population in Africa" is absurd, not false), no "above" or "below" ("drops above the
death rate" is garbled), and no "always" for "never" ("The crusade always reached the Holy Land" is nonsense)."""

_PARTS_OF_A_WHOLE = {"surface", "surfaces", "epidermis", "side", "jaw", "lip", "limb", "limbs", "chamber", "chambers",
                     "layer", "layers", "deck", "floor", "house", "lobe", "body", "half", "part", "end"}
"""Nouns whose lower part is set against an upper one, not a higher one ("the lower epidermis")."""
_HEDGES = re.compile(r"(?i)\b(?:some|sometimes|may|might|could|occasionally|either|depends|depending|usually|"
                     r"generally|mostly|most|many|often|both|unless|if|whether|not|no|nor|neither|only|"
                     r"still|yet|but|although|though|despite|however|even|while|whereas|so|because|since|"
                     r"therefore|hence|thus|except|unlike|apart from|due to|thanks to|owing to|as a result of)\b|:")
"""Words under which an opposite may still hold ("Some reactions can …", "… can go up or down"), that set one
clause against another or draw one from another ("Never published, it was still read", "the same forms, so fui can
mean …": turned, the sentence contradicts itself), or a heading's colon ("Reasons yield is below 100%: …"); a reason
given ("Low death toll partly due to strict building codes": turned, the reason says which way)."""
_MEASURES = {"more", "less", "fewer", "most", "least"}
"""Words that, beside a word to turn, give a second measure the statement depends on."""
_CONSEQUENCE = re.compile(r"(?i)\b(?:to form|to make|to create|leaving|causing|forming|creating|making|"
                          r"resulting|which|so that|until|then|and (?:will|would|so|eventually|soon)|"
                          r"(?:move|moves|moving|push|pushes|pushed|spread|spreads)\s+(?:\w+\s+){0,2}apart)\b")
"""What follows from the word ("is weakened and collapses, leaving a stack", "is weakened …, then collapses", "used up
faster than it forms and will eventually run out", "repel each other and move as far apart as possible"): turned, the
rest no longer follows."""
CONDITION = re.compile(r"(?i)\s(?:as|when|whenever)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:increases?|decreases?|rises?|"
                        r"falls?|goes up|goes down)\s*[.!]?\s*$")
"""A closing condition that says which way one measure moves ("… as temperature increases")."""
_VOWEL_SOUND = re.compile(r"(?i)^[aeiou]")
_NOUN_TOO = {"rise", "fall", "rises", "falls", "increase", "decrease", "increases", "decreases", "gain", "gains",
             "high", "low"}
"""Words that are also nouns: "the fall of the Wall" is no fall to turn into a rise."""
_VERB_TOO = {"lower", "cool", "warm", "slower", "faster"}
"""Words that are also verbs: "to lower the temperature" has no "higher the temperature"."""
_MOVING = {"rise", "rises", "rose", "rising", "fall", "falls", "fell", "falling"}
_MEASURED = {"rate", "rates", "level", "levels", "price", "prices", "sales", "number", "numbers", "temperature",
             "pressure", "population", "demand", "supply", "cost", "costs", "value", "output", "unemployment",
             "income", "incomes", "inflation", "wages", "profit", "profits", "volume", "speed", "share", "risk",
             "production", "spending", "amount", "concentration", "yield", "growth", "count", "resistance",
             "current", "voltage", "mass", "density", "energy"}
"""What rises and falls as a measure: turned, "resting heart rate rises" is false, not absurd."""
_DIRECTION = re.compile(r"(?i)^(?:\W+\w+){0,3}?\W+(?:bottom|top|floor|surface|ground|down|up|base|bed)\b")
"""Words that fix which way something moves: turning the verb alone would say nonsense."""
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those"}


_ASKED_WHICH = re.compile(r"(?i)\b(?:check|checking|decide|work out|find out|see|ask|think about|consider|"
                          r"judge|spot)\s+(?:which|whether|what|how)\b")
"""A question the line tells the student to ask ("check which …"), whose words say nothing is so."""


_CORRELATIVE = re.compile(r"(?i)^\W*the\s+([a-z]+er)\b[^,;:]*,\s+the\s+[a-z]+er\b")
"""Two comparisons that go together ("The longer the chain, the higher the boiling point")."""


class Flip(NamedTuple):
    start: int
    end: int
    wrong: str
    """The opposite printed in the false statement."""
    right: str
    """The word as the card has it: the key's correction."""


_WEALTH = re.compile(r"(?i)\b(?:rich|richer|richest|poor|poorer|poorest|wealthy|wealthier|affluent|deprived|"
                     r"developed|developing|HICs?|LICs?|NEEs?)\b")


_LABEL_NUMBER = re.compile(r"(?i)\b(?:group|period|stage|type|year|step|phase|level|class|grade|tier|paper)\s+\d+\b")
"""A number that names a group or a stage ("the opposite way to group 1"): a label, not a figure saying which way."""


_WHICH_WAY = re.compile(r"(?i)\b(?:more|less|fewer|higher|lower|bigger|smaller|larger|faster|slower|greater|"
                        r"increases?|decreases?|rises?|falls?|better|worse|cheaper|dearer)\b|[↑↓]")
"""A word of direction in what follows an arrow: the effect says which way its cause went."""
_CHANGE_VERB = re.compile(r"(?:increase|decrease|raise|reduce|boost|improve|worsen|rise|fall|grow|shrink)[sd]?|"
                          r"lowers|lowered|"
                          r"(?:increas|decreas|rais|reduc|lower|boost|improv|worsen|ris|fall|grow|shrink)ing")
"""A verb of change: turned before an arrow whose effect says which way, the line contradicts itself."""
_SPEEDS = frozenset({"faster", "slower", "quicker", "quickly", "slowly", "sooner", "later"})
"""Words of speed: turned before an effect counted per hour, the line contradicts itself."""
_HARDSHIP = re.compile(r"(?i)\b(?:famines?|malnutrition|malnourish\w*|starv\w+|hunger|food insecurity|poverty|"
                       r"destitution|homelessness)\b")
"""Hardship an effect names: the cause before its arrow says plainly which way it went."""
_MANY = re.compile(r"(?i)\b(?:huge|vast|great|large|enormous)\s+(?:numbers?|amounts?|quantities)\b|\bmany\b|"
                   r"\bmillions?\s+of\b")
"""A large amount an effect names ("huge numbers of species lose their habitat")."""
_TEMPERATURE_SIDE = {"cooling": r"\b(?:cold|cool|ice|iced|chilled)\b", "cooled": r"\b(?:cold|cool|ice|iced|chilled)\b",
                     "heating": r"\b(?:hot|heat|heated|warm|flame|burner)\b",
                     "heated": r"\b(?:hot|heat|warm|flame|burner)\b"}
"""Words of cooling or heating, and the words before them that make it so: cold water cools, a flame heats."""
_COST_SAID = re.compile(r"(?i)\b(?:sav(?:e|es|ed|ing)|cheaper|costl(?:y|ier)|(?:cut|cuts|cutting|reduc(?:e|es|ing)|"
                        r"lower(?:s|ing)?|rais(?:e|es|ing))\s+(?:the\s+)?(?:costs?|energy|fuel|bills?))\b")
"""What a choice saves or costs, said after it ("run at lower temperatures, saving energy and money"): turned, the
choice contradicts its own saving at sight."""
_WANT = re.compile(r"(?i)\b(?:shortages?|short\s+of|(?:is|are|was|were|runs?)\s+short|scarce|scarcity|"
                   r"too\s+expensive|unaffordable)\b")
"""A want said beside a change ("when power is short or too expensive")."""
_AMOUNTS = {"high", "low", "higher", "lower", "more", "less", "large", "small", "larger", "smaller", "big", "bigger"}
_QUANTIFIED = re.compile(r"(?i)\b(?:lots of|a lot of|much|plenty of|loads of|"
                         r"(?:huge|large|vast|small|tiny) amounts? of|little)\b")
"""An amount said on the cause's side of an arrow ("Needs lots of heat → …")."""


_COMPLAINED = re.compile(r"(?i)\b(?:complain\w*|protest\w*|grievances?|criticis\w*|anger)\s+(?:of|about|over|at|"
                         r"against)\s+(?:the\s+|their\s+|its\s+)?$")
"""A complaint just before the word ("Complaints of low compensation"): what people complain of says which way."""
_FORTUNE = frozenset({"weakened", "strengthened", "weaken", "strengthen", "weakens", "strengthens", "improved",
                      "worsened", "helped", "harmed", "boosted", "damaged"})
_MISFORTUNE = re.compile(r"(?i)\b(?:plague|black death|wars?|loss(?:es)?|famines?|diseases?|defeats?|decline|"
                         r"corruption|debts?|invasions?|revolts?|rebellions?|crises|crisis|droughts?|floods?)\b")
"""Misfortunes named as the cause of a change of fortune ("weakened by the Black Death, civil wars …")."""
_LOW_WORDS = frozenset({"lower", "low", "down", "lowest", "below", "beneath"})
_HIGH_WORDS = frozenset({"higher", "high", "up", "highest", "above", "upper"})
_UPWARD = re.compile(r"(?i)\b(?:promot\w*|excit\w*|(?:raised|lifted|climbs?|climbed|rises|rose)\s+(?:up\s+)?to\b)")
_DOWNWARD = re.compile(r"(?i)\b(?:demot\w*|(?:descends?|descended|drops?|dropped|falls?|fell|sinks?|sank)\s+"
                       r"(?:back\s+)?(?:down\s+)?to\b)")
"""Verbs that say which way a thing goes ("promoted", "falls"): the level they go to is no word to turn."""


def flip(text: str, keep_out: list[tuple[int, int]], title: str = "") -> Flip | None:
    """The first word of ``text`` whose opposite makes it false, outside the spans of ``keep_out`` (formulas, and key
    terms longer than the word); None when the sentence hedges, holds a figure or a word's opposite already, or its
    card's ``title`` says the word."""
    if _HEDGES.search(text) or re.search(r"\d", _LABEL_NUMBER.sub("", text)) or ";" in text:
        return None  # (a figure beside it, "about 1–10 µm compared with 10–100 µm", says which way the word goes;
        # "Soft rock erodes faster …; hard rock is left" reasons from the word in its second clause)
    condition = CONDITION.search(text)
    if condition:  # "The resistance of a thermistor decreases as temperature increases": the condition stays, the
        # result turns, and "increases as temperature increases" is the classic false statement
        keep_out = keep_out + [condition.span()]
    paired = _CORRELATIVE.match(text)
    if paired:  # "The steeper the gradient, the faster the reaction": the first comparison stays, the second turns
        keep_out = keep_out + [(0, paired.end(1))]
    lowered = text[:condition.start()].casefold() if condition else text.casefold()
    if sum(1 for word in re.finditer(r"[a-z']+", lowered) if (word.group() in OPPOSITES or word.group() in _MEASURES)
           and not any(start < word.end() and word.start() < end for start, end in keep_out)) > 1:
        return None  # "thicker walls of lower conductivity cool more slowly": turned one, the others still say true
    for match in re.finditer(r"[A-Za-z']+", text):
        word = match.group().casefold()
        wrong = OPPOSITES.get(word)
        if wrong is None or any(start < match.end() and match.start() < end for start, end in keep_out):
            continue
        if re.search(rf"\b{re.escape(word)}\b", title.casefold()) or any(
                len(os.path.commonprefix((wrong, other))) >= 4 for other in re.findall(r"[a-z]+", title.casefold())):
            return None  # "Why birth rates fall: They also rise …": the title says which way; "Heating and cooling
            # curves: … a substance cooled at a steady rate" is as true as heated, the title naming both
        if re.search(rf"\b{re.escape(wrong)}\b", lowered) or any(
                OPPOSITES.get(other) == word for other in re.findall(r"[a-z']+", lowered) if other != word):
            return None  # "rises and falls", "larger … smaller": both sides are already said
        before = re.findall(r"[A-Za-z]+", text[:match.start()])
        after = re.match(r"\s*([A-Za-z]+)", text[match.end():])
        if match.group()[:1].isupper() and before:
            continue  # "the Low Countries": part of a name
        if text[match.end():match.end() + 1] == "-" or text[max(0, match.start() - 1):match.start()] == "-":
            continue  # "already-weakened buildings": turned inside a compound ("already-strengthened"), it reads
            # as a slip and the sentence stays roughly true
        if text[match.end():match.end() + 1] == "/" or text[max(0, match.start() - 1):match.start()] == "/":
            continue  # "Middle/lower course": one of two alternatives turned ("Middle/higher") is half true
        if re.search(r",\s*(?:and\s+|or\s+)?(?:[A-Za-z-]+\s+)?$", text[:match.start()]) \
                and re.match(r"\s*(?:[.,;!)]|and\b|or\b|$)", text[match.end():]):
            continue  # "populations, bacteria, radioactive decay, cooling": one item of a list turned is another
            # item just as true ("heating")
        if re.match(r"[^,;:.()]*\bor\b", text[match.end():]) or re.search(r"\bor\s+(?:[A-Za-z-]+\s+)?$",
                                                                            text[:match.start()]):
            continue  # "GM crops can give higher yields or better nutrition": turned, the other of the two keeps the
            # line true
        if re.match(r"\s+[a-z]+,\s+(?:better|more|bigger|higher|larger|greater|extra|free|worse|less|lower|"
                    r"smaller|fewer)\b", text[match.end():]):
            return None  # "got higher pay, better flats and medals": one of a list of rewards turned is false at sight
        if word in _NOUN_TOO and before and before[-1].casefold() in _DETERMINERS:
            continue
        if word in _MOVING and after and after.group(1).casefold() in ("asleep", "ill", "silent", "apart", "victim",
                                                                        "short", "behind", "out", "sick", "pregnant"):
            continue  # "fell asleep" has no "rose asleep"
        if word in ("high", "low") and re.match(r"\s+(?:into|up|above|over|across)\b", text[match.end():]):
            continue  # "blasted high into the sky" has no "blasted low into the sky": an adverb of where it went
        if word in _AMOUNTS and "→" in text[:match.start()] and _QUANTIFIED.search(text[:text.index("→")]):
            return None  # "Needs lots of heat to melt it → high energy cost": turned, the cause's amount contradicts
            # the effect's at sight ("lots of heat → low cost")
        effect = text[match.end():].split("→", 1)[1] if "→" in text[match.end():] else ""
        if effect and "," in text[:text.index("→", match.end())]:
            return None  # "High m.p., conducts when solid and when molten → metallic": one clue of a list turned,
            # the others still point to the verdict
        clause = text[match.end():].split(";")[0]  # (the rest of the word's clause)
        if (_CHANGE_VERB.fullmatch(word) or word in _SPEEDS and re.search(r"(?i)\bper\s+[a-z]+|\brate\b", effect)) \
                and _WHICH_WAY.search(effect):
            return None  # "Fertilisers increase crop yield → more food from the same land": turned, the effect
            # contradicts its cause at sight ("decrease crop yield → more food"); a cause's measure turns fairly
            # ("Higher Eₐ → a bigger share of collisions are successful" is the classic mistake); so does a speed
            # turned before a rate ("Equilibrium is reached slower → more product made per hour")
        if word in _AMOUNTS | {"fewer", "greater"} and (_HARDSHIP.search(effect) or _QUANTIFIED.search(effect)
                                                        or _MANY.search(effect)
                                                        or _HARDSHIP.search(clause)):
            return None  # "Lower crop yields → food insecurity, malnutrition & famine": turned ("Higher crop
            # yields → famine"), the cause contradicts the hardship it brings at sight; "very high biodiversity →
            # huge numbers of species lose their habitat" the amount it brings; "→ lower crop yields and food
            # insecurity" the hardship beside it
        if word in ("positive", "negative") and re.search(r"(?i)\bdecelerat|\bslow(?:s|ing)?\s+down\b|"
                                                          r"\bspeed(?:s|ing)?\s+up\b", text):
            return None  # "A negative acceleration is a deceleration (slowing down)": the line says the sign in words
        if word in ("lower", "raise") and before and re.fullmatch(r"[a-z]{3,}s", before[-1]) \
                and before[-1] not in ("was", "has", "does", "this", "its", "his", "is", "less", "gas") \
                and after and after.group(1).casefold() not in ("than", "and", "or"):
            continue  # "Better transport links lower costs for firms": a verb there, and "links higher costs" is
            # no sentence
        if _COMPLAINED.search(text[:match.start()]):
            return None  # "Complaints of low compensation": turned ("of high compensation"), no one would complain
        if word in _FORTUNE and re.match(r"\s+by\b", text[match.end():]) and _MISFORTUNE.search(clause):
            return None  # "Weakened by the Black Death, civil wars and the loss of trade": "Strengthened by" them is
            # absurd, not false
        if wrong in _LOW_WORDS and _UPWARD.search(text) or wrong in _HIGH_WORDS and _DOWNWARD.search(text):
            return None  # "An electron absorbs light and is promoted to the higher level": "promoted to the lower
            # level" contradicts itself
        if _WANT.search(clause):
            return None  # "Industrial output falls when power is short or too expensive": turned ("rises"), the
            # want beside it says which way at sight
        if word in ("towards", "toward", "away", "together", "apart") and re.search(
                r"(?i)collision|collid|converg|diverg|constructive|destructive|conservative|spreading", title):
            return None  # "Collision margins: Two continental plates move away from each other": the title says
            # which way they move
        if word in ("towards", "toward", "away") and {part for part in re.findall(
                r"[a-z]{3,}", text[match.end():].casefold())[:3] if part not in ("the", "from", "end", "side")} \
                & set(re.findall(r"[a-z]{3,}", title.casefold())):
            return None  # "Red-shift: … shifted towards the red end": the title names where it goes
        if (word in _AMOUNTS or word in _MOVING or _CHANGE_VERB.fullmatch(word)) \
                and re.search(r"(?i)\b(?:increas|decreas|rise|rising|rose|fall|fell|grow|grew|declin|reduc|drop)",
                              title):
            return None  # "How oxygen increased: the level of oxygen became low enough …", "… oxygen rose steadily":
            # the title says which way
        if word in _AMOUNTS and _COST_SAID.search(text[match.end():]):
            return None  # "run at lower temperatures, saving energy": "higher temperatures, saving energy" is false
            # to anyone who reads it
        if (cause := _TEMPERATURE_SIDE.get(word.casefold())) and re.search(cause, text[:match.start()], re.I):
            continue  # "Cold water enters the condenser … → better cooling": "better heating" from cold water is
            # false at sight
        if word.startswith(("attract", "repel")) and not re.search(
                r"(?i)charge|\bpoles?\b|magnet|electron|proton|\bions?\b|nucle|particle|electrostatic|positive|"
                r"negative|dipole|\bpairs?\b", text):
            continue  # "Courtship displays help animals attract a mate": "repel a mate" is false at sight; only
            # charges, poles and particles attract or repel by a rule to learn
        if word in _MOVING and _DIRECTION.match(text[match.end():]):
            continue  # "fall to the bottom" cannot "rise to the bottom"
        if wrong in ("cannot", "can") and after and after.group(1).casefold() in ("also", "only", "still", "even",
                                                                                  "sometimes", "often"):
            continue  # "can also be given" has no "cannot also"
        if word in ("denser", "dense", "less", "more", "lighter", "heavier") and re.search(
                r"\b(?:sinks?|floats?|rises? to|settles?|at the (?:top|bottom))\b", lowered):
            return None  # "Molten aluminium is denser, sinks to the bottom": turned, it sinks for being lighter
        if _WEALTH.search(text) and re.search(r"\bthan\b", lowered):
            return None  # "income much lower in favelas than in rich districts": the rich say which way
        if word in ("lower", "higher") and after and after.group(1).casefold() in _PARTS_OF_A_WHOLE:
            continue  # "the lower surface" turns into "the upper surface", never "the higher surface"
        if word in ("towards", "toward") and re.search(r"(?i)\bfrom\b", text[:match.start()]):
            continue  # "a change from 'knock down' towards involving people": "from … away from" is garbled
        if _ASKED_WHICH.search(re.split(r"[.!?;]\s", text[:match.start()])[-1]):
            continue  # "Sanity check which currency should be the bigger number": a question to ask, no claim, and
            # turned ("the smaller number") it is as good advice
        if before and re.fullmatch(r"\d+|two|three|four|five|six|ten|a|an|one", before[-1].casefold()) \
                and word in ("halves", "doubles", "rises", "falls", "gains", "losses"):
            continue  # "split into two halves": a counted noun, and "two doubles" is no English
        if re.search(r"(?i)(?:\be\.\s?g\.|\bsuch as\b|\bfor example\b)[^;]*$", text[:match.start()]):
            continue  # "… a gas that escapes, e.g. heating CaCO₃": the example is no claim to turn
        if re.match(r"(?i)[^;]*?(?:\be\.\s?g\.|\bsuch as\b|\bfor example\b)", text[match.end():]):
            return None  # "Erosion is greatest when discharge is high, e.g. after heavy rain or in a flood": the
            # example says which way, and turned the line contradicts itself
        if re.match(r"\s+than\s+(?:[\w-]+\s+){1,3}(?:up\s+)?to\s", text[match.end():]):
            return None  # "makes all elements heavier than hydrogen up to iron": a range from its lowest, and turned
            # ("lighter than hydrogen up to iron") it is nonsense, not false
        if before and before[-1].casefold() == "into":
            continue  # "breaking a solid into smaller pieces": turned, what is done, not what follows
        if before and before[-1].casefold() == "too" and re.match(r"\s+to\b", text[match.end():]):
            return None  # "spaces too low to sit up in": turned, "too high to sit up in" is nonsense, not false
        if re.match(r"(?:\s+[\w-]+){0,3}\s*\(", text[match.end():]) \
                or re.search(r"\((?:[^()\s]+\s+){2,}[^()]*\)", text[match.end():]):
            return None  # "Needs low wind shear (winds at different heights blowing at similar speeds)", "Popular
            # with nationalists and industrialists (orders for steel, ships)": the bracket says what the word means
            # or why it holds, and turned, the statement contradicts itself (a condition, "(same mass)", does not)
        if before and before[-1].casefold() == "by":
            continue  # "transferred by heating" names a process: "by cooling" is no process of the kind
        if word in _VERB_TOO and after and after.group(1).casefold() in _DETERMINERS \
                and not (before and before[-1].casefold() == "the"):  # ("the faster the reaction" compares)
            continue
        if before and before[-1].casefold() in ("or", "and", "nor"):
            continue  # "is being, or can be, replenished": one of two alternatives
        if before and before[-1].casefold() in ("a", "an") and \
                bool(_VOWEL_SOUND.match(word)) != bool(_VOWEL_SOUND.match(wrong)):
            return None  # "an increase" cannot become "an decrease"
        if _CONSEQUENCE.search(text[match.end():]) or re.match(r"(?i)^(?:\W+\w+)?\W+and\b", text[match.end():]):
            continue  # "weakened and collapses", "erodes faster to form a bay": turned, the rest says nonsense
        if re.search(r",[^,]+,|,\s*and\b|,\s*or\b", text[match.end():]) \
                or re.search(r",[^,]*\band\b", text[:match.start()]):
            return None  # "increases with poor brakes, worn tyres and icy roads", "Heart rate, breathing rate and
            # breath volume all increase": turned, the list says which way
        if word.endswith("er") and "," in text[:match.start()] and not re.search(r"(?i)\bthan\b", text) and not paired:
            return None  # "sand beaches are flat, shingle beaches steeper": compared with the other clause
        if word in _MOVING and not any(w.casefold() in _MEASURED for w in before[-3:]):
            continue  # "magma rises", "Jesus rose from the dead": only a measure ("heart rate falls") turns sensibly
        if match.group()[:1].isupper():
            wrong = wrong[:1].upper() + wrong[1:]
        end = match.end()
        if word in _MOVING and after and after.group(1).casefold() in ("above", "below"):
            end += after.end()  # "pressure rises above …" turns into "falls below", never "falls above"
            wrong = f"{wrong} {'below' if after.group(1).casefold() == 'above' else 'above'}"
        return Flip(match.start(), end, wrong, text[match.start():end])
    return None
