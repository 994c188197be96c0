"""Timeline events: cards with a ``date:`` and points with one year, told apart by date."""
from __future__ import annotations

import re

from .questions import Event, PointRef
from .material import Candidate, Material
from .kinds import is_given_named, known_place, names_event
from .matching import COUNTED, share_words, title_words
from .terms import MONTHS, Term
from .words import content_words, everyday, word_count
from .roles import (ADVICE_TITLE, DONE_BY_NOBODY, GENERIC_HEADINGS, IN_A_RELATIVE, PAST_VERB_FIRST, THING_UNNAMED,
                    VERB_FIRST, has_verb, leans_on_previous, starts_with_pronoun)

_YEAR_IN_TEXT = re.compile(r"(?<![\w,.])(?:1[0-9]{3}|20[0-9]{2})(?!\w)")
_ERA_YEAR = re.compile(r"(?i)\b(?:(?:AD|CE)\s*(?P<after>\d{1,4})|(?P<before>\d{1,4})\s*(?P<era>BCE?|AD|CE))\b")
"""A year its era marks ("490 BC", "August 480 BC", "AD 43"): ancient history's dates, of any length."""
_ERA_SPAN = re.compile(r"(?i)\d{1,4}\s*(?:BCE?\s*)?[–—-]\s*(?:AD\s*|CE\s*)?\d{1,4}\s*(?:BCE?|AD|CE)\b|"
                       r"\b(?:AD|CE)\s*\d{1,4}\s*[–—-]\s*\d{1,4}")
"""A stretch of years an era marks ("499–494 BC", "55 BC – AD 43", "AD 60–61"): no moment to place."""
_YEAR_PREPOSITION = re.compile(r"\b(?:in|during|on)\s+$", re.I)
"""A date that marks a moment ("in 1771"); "by 1918", "until 1945" and "since 1950" date a state reached or kept."""
_STATE = re.compile(r"\b(?:was|were|is|are|remained|remains|stayed)\s+(?:still|not\s+yet)\b|\bstill\s+[a-z]+s\b|"
                    r"\b(?:stays?|stayed|remains?|remained)\s+(?:neutral|loyal|independent|united|divided|in\b|out\b|"
                    r"under\b|closed|open|secret|silent|unchanged|low|high)|\bhad\s+(?:not\s+)?"
                    r"(?:been|died|\w+ed|\w+en)\b|\s[–—-]\s|^\W*(?:still|not yet|not fully|not until)\b|"
                    r"\buntil (?:after|the)\b|\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+)?"
                    r"\d+\s+(?:years|decades)\b|\bthrough(?:out)?\s+the\s+(?:summer|winter|spring|autumn|year|war|"
                    r"month|decade)\b|\b(?:highest|lowest|largest|smallest|worst|most|fewest)\b[^.;]*"
                    r"\b(?:of|in)\s+any\s+(?:single\s+)?year\b|\b(?:has|have)\s+since\b|\bever\s+since\b|"
                    r"\b(?:relied|depended)\s+(?:mainly\s+|mostly\s+|heavily\s+|largely\s+)?on\b", re.I)
"""A state ("living conditions were still backward", "Italy stays neutral", "Franklin had died", "Still not fully
accepted until after …", "Domesday Book still lists many villages as waste"), a span ("fought the French for about
15 years until captured", "besieged the city through the summer and stormed it"), a year's tally ("Nearly 500 people
were killed, the highest total of any year"), a trend to now ("peaked at about 13 million and has since fallen"),
or a name with what it is known for ("William – said Edward had promised him the throne"), which has no moment to
place on a timeline."""
_HOW_THINGS_STOOD = re.compile(r"[A-Z][\w'’ -]{1,40}?\s(?:was|were|is|are)\s+(?:a|an|the|still|not|mostly|mainly|"
                               r"largely|chiefly|predominantly|overwhelmingly)\b")
"""A line that opens on what something was ("England was a Catholic country", "Britain's empire was mostly trading
posts"): a state, if nothing is done in it."""
_DANGLING = re.compile(r"\b\w+ing[.!]?$")
"""An event whose date was the end of its sentence after a verb in -ing ("…, finishing in 1512")."""
_SUBJECTLESS = re.compile(r"^\W*(?:[A-Z][a-z]+(?:ed|wn)|Taken|Given|Written|Chosen|Broken|Hidden|Stolen|Driven|"
                          r"Beaten|Begun|Built|Made|Won|Held|Set up|Sent|Sold|Lost|Kept|Found|Caught|Fought|Left|Led|"
                          r"Paid|Shut|Cut)\s*[;,.]")
"""A participle alone opening the event, its subject the card's title ("Withdrawn; led to stricter laws on drug
testing" under "Thalidomide"): the timeline prints the title before it, or the line says not what was withdrawn."""
_PARTICIPLE_LEFT = re.compile(r"(?:,|\band)\s+(?:[a-z]+ed|built|begun|made|won|held|set\s+up)[.!]?$")
"""A participle the date closed ("… station, designed by Brunel and opened [in 1840]"): cut, with no verb before
it, the line says of the thing, not what happened."""


def _participle_left(described: str) -> bool:
    """Whether the cut left a participle with no verb of its own ("… opened." after "designed by Brunel and"), or one
    after a comma ("…, consecrated."), which a verb elsewhere in the line does not mend."""
    left = _PARTICIPLE_LEFT.search(described)
    return left is not None and (described[left.start()] == ","
                                 or not re.search(r"\b(?:was|were|is|are|had|has)\b", described))


_MEASURE = re.compile(r"\d\s*%|\bper\s?cent\b|\b(?:had|has|have)\s+(?:about\s+|around\s+|over\s+|nearly\s+)?\d|"
                      r"\b(?:received|earned|sent|exported|imported|produced|reached)\s+(?:over|about|around|nearly|"
                      r"almost|more than|under)?\s*(?:US)?[$£€]?\d|"
                      r"\b(?:half|a third|two-thirds|a quarter|three-quarters|most|majority)\s+of\b|\b\d+\s+in\s+\d+\b|"
                      r"\bfrom\s+(?:about\s+|around\s+|c\.\s*)?[$£€]?\d[^;]*\bto\b|\b(?:today|nowadays|at present)\b",
                      re.I)
"""A statistic ("renewables produced about 43% of the electricity", "Britain had 29 dreadnoughts", "1 in 11 people
were undernourished") or a change up to now ("Population growth from about 0.3 million to well over 10 million
today"): a measure taken that year, or a trend it starts, not something that happened."""
_SUBJECT_LATER = re.compile(r"(?i),\s+(?:the|a|an|his|her|its|their)\s+\w+(?:\s+\w+)?\s+(?:was|were|is|are|had|\w+ed)\b")
"""A participle's clause, then the doer ("Managed by the council, the beach was widened"): the sentence has its
subject."""
_WANTS_A_TIME = re.compile(r"(?i)\b(?:came|happened|occurred|took place|followed|began|ended|started|finished)\W*$")
"""An event whose verb wanted its date ("The last uprising, the Revolt of the Earls, came [in 1075]")."""
_EXAMPLE = re.compile(r"(?i)\be\.g\.|\bfor (?:example|instance)\b|\(\s*\)|\(\s*(?:completed|finished|opened|built|"
                      r"begun|started|ended)\s*\)")
"""A rule with an example ("Managed retreat lets land flood, e.g. Medmerry (completed in 2013)"): the year is the
example's, the sentence states a rule; and a bracket the date leaves empty of meaning."""
_SOMEONE = re.compile(r"\b(?:he|she|they|his|her|him|their|them)\b", re.I)
"""A doer named only by a pronoun ("At the congress he …", "Parliament rejected his first bill"), whom on a timeline
no title names."""
_INSERTED = re.compile(r",\s*(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*$")
"""The end of a head whose date clause stands between commas ("The Tees Barrage, opened [in 1995], controls …")."""
_PLACED_BY_NAME = re.compile(r"(?i)\W*(?:the\s+)?(?:end|ending|close|start|beginning|outbreak|aftermath)\b|"
                             r"^\W*(?:the\s+)?(?:war|conflict|fighting|revolution|crisis|siege)\s+(?:ends|ended|begins|"
                             r"began|starts|started|breaks out|broke out)\b")
"""A title that says where it stands ("The end of the war", "The outbreak of war", "The war ends"): first or last by
its words."""
_POINTS_BACK = re.compile(r"^\W*[Tt]he\s+(?:two|three|four)\s+[a-z]+s\b|\bfollowed\b(?=\s*(?:\(|[.;,]|$))|"
                          r"^\W*(?:[Tt]he\s+)?(?:[Ll]ines|[Tt]racks|[Ss]ides|[Hh]alves)\s+"
                          r"(?:met|joined|linked|united)\b|"
                          r"\b(?:that|the same|the next|the following) year\b|"
                          r"\b(?:this|that|these|those)\s+(?:work|discover(?:y|ies)|research|findings?|breakthrough|"
                          r"invention|experiments?|stud(?:y|ies)|idea)\b|\bthe\s+(?:difference|discrepancy)\b")
"""An event told against the line before ("The two lines met at Promontory Summit", "Lines met …", "The Great Fire of
London followed", "… surrendered and was killed that year", "won the Nobel Prize for this work", "showed the
difference was due to a new gas"): which lines, what it followed, which year, what work, only that line says; on a
timeline nothing does."""
_TOLD_AGAINST_ANOTHER = re.compile(r"(?i)\b(?:later|again|already|previously|earlier|by\s+then)\b|"
                                   r"\breturned\s+and\b")
"""Words that place an event against another ("Royal family later held …", "Helium had already been spotted …"):
before or after, the line says without its year."""
_CASE_LABEL = re.compile(r"(?i)^\W*(?:case study|example|focus)\s*(?:\d+\s*)?[:–—-]\s*")
"""A card title's label of what kind of card it is, no part of the event's name."""
_CONNECTIVE = re.compile(r"^(?:so|and|but|then|also|thus|therefore),?\s+", re.I)


_VERDICT_LABEL = re.compile(r"(?i)^\W*(?:impacts?|results?|effects?|consequences?|significance|outcomes?|importance|"
                            r"verdict|(?:why|reasons?|causes?)(?:\s+[\w'’-]+){0,2}|"
                            r"(?:[\w'’-]+\s+){1,2}(?:factors?|reasons?|causes?|effects?|consequences?|results?))"
                            r"\s*[:–—]")
"""A label that files the line as a cause or an effect ("Impact: …", "Result – …", "Why the change: …", "Push
factors: unemployment …, made worse by a hurricane in 1944"): a judgement of the event, or conditions, no event."""


_ONE_WORD_LABEL = re.compile(r"\W*[A-Z][a-z]+(?:-[a-z]+)?:\s+[a-z]")
"""A line filed under a word of the author's list ("Money: reparations …", "Long-term: the 20-year Flood Action Plan
…"): an item, not an event."""
_CAPITAL_AFTER_LABEL = re.compile(r"\W*([A-Z][a-z]{3,}):\s+[A-Z]")


def _noun_label(text: str) -> bool:
    """Whether a line opens on an everyday word and a colon before a sentence ("Revenge: Kanaris …"), not a place's
    name ("Chios: …")."""
    label = _CAPITAL_AFTER_LABEL.match(text)
    return label is not None and everyday(label.group(1)) and not known_place(label.group(1))


_DEFINED = re.compile(r"\s=\s")
"""A definition ("Spartacists = German communists who wanted …"): what a word means, nothing that happened."""
_NOT_YET = re.compile(r"(?i)\b(?:due|planned|expected|scheduled|promised|payable|set|forecast|predicted)\s+"
                      r"(?:in|for|by|until)\s+$")
"""A year of what was still to come when the line's event happened ("to demand early payment of a bonus due in
1945"): the march was in 1932."""
_ORDER_LABEL = re.compile(r"(?i)^\W*(?:[\w'’-]+\s+){0,2}(?:first|last|then|next|finally|later|earlier|"
                          r"afterwards)\s*:")
"""A label that says where its line stands ("Boom first: the Dow Jones peaked …"): on a timeline it places itself."""
_COMPARED_WITH = re.compile(r"(?i)\blike\s+(?:the\s+)?[\w'’-]+\s+(?:in|of)\s+$")
"""A year that dates what the line compares with ("a revolution like Russia's in 1917"), not what the line tells."""
_DONE_TO_UNNAMED = re.compile(r"^(?:(?!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+\w).)*?\b[a-z]{2,}ed\s+"
                              r"(?:it|them)\b")
"""An act done to "it" or "them" with no thing named before ("Florey and Chain purified it"): what, the line before
said."""


TITLES_ENOUGH = 4
"""Dated card titles that make a timeline alone, with no event cut from a line."""
_CONTENTS_COUNTED = re.compile(rf"[–—:-]\s*(?:the\s+|its\s+)?{COUNTED}\W*$", re.I)
"""A title's second part that counts what its card lists ("– the Six Points", ": three key terms")."""


_ARRANGEMENT = re.compile(r"(?i)^\W*(?:the\s+)?(?:[^\W\d_][\w-]*\s+){0,2}(?:power|rule|system|regime|era|period|"
                          r"policy|dictatorship)\W*$")
"""A title that is only an arrangement's or a stretch of time's name ("Dual Power", "The feudal system"), no event
("The withdrawal of Roman rule" is one)."""
_HEADING_AND_PLACE = re.compile(r"(?:The|A|An)\s+[a-z][a-z\s-]*\s+[–—:-]\s+[A-Z][^\W\d_]+\.?")
"""A title that is a plain heading, then one name after its dash ("The secret plan – Sèvres"): no event."""


_PLACE_SET_UP = re.compile(r"(?i)\b(?:zones?|areas?|parks?|estates?|districts?|wharf|docks|sites?|centres?|centers?|"
                           r"reserves?)\W*$")
"""A title naming a place or an area ("Isle of Dogs Enterprise Zone", "Lake District National Park"), no event."""


def event_candidates(source: Material) -> list[Candidate]:
    out = []
    for index in source.cards:
        card = source.pack.cards[index]
        when = _when(card.date or "")
        if when is not None and not names_event(card.title) and any(
                _prints_year(source.point(ref).text, when[0]) for ref in source.content(index)):
            continue  # "Michelangelo", "Eyewitness testimony": a point of the card tells what happened that year
        if when is not None and not names_event(card.title) and is_given_named(card.title.strip()):
            continue  # "Robert Koch" dated 1882: a man, no event, and his life spans the timeline's other events
        if when is not None and not names_event(card.title) and re.search(r"[a-z]s\s*\([A-Z]{2,6}s?\)\W*$", card.title):
            continue  # "Special Economic Zones (SEZs)" dated 1980: things of a kind, known by their letters, no event
        if when is not None and not names_event(card.title) and _PLACE_SET_UP.search(card.title):
            continue  # "Isle of Dogs Enterprise Zone" dated 1982: a place, set up that year, which the title does not
            # say, and which ran on for years after
        if when is not None and (_YEAR_IN_TEXT.search(card.title) or _ERA_YEAR.search(card.title)
                                 or _day_of_another(source, index, card.title, when)):
            continue  # "Boscastle flood 2004" prints its answer; "The war at sea" is dated by Jutland's day, a theme
        if when is not None and not names_event(card.title) and _STATE_NAMED.fullmatch(card.title.strip(" .")):
            continue  # "The People's Republic of China" dated 1 October 1949: a state, whose proclaiming is the event
        if when is not None and _PLACE_IN_ORDER.search(card.title):
            continue  # "Ghana, the first to go": its place on the line is in its name
        if when is not None and _named_again(source, index, card.title, when[0]):
            continue  # "The Treaty of Paris" (1783) where another card has "the Treaty of Paris (1763)": two right
            # places on the line
        if when is not None and _head_dated_otherwise(source, index, card.title, when[0]):
            continue  # "The Meiji Constitution" (1889) over "In 1881 the government promised a constitution by
            # 1890": its own card dates the thing at other moments, and the bare title says not which is asked
        if when is not None and re.search(r"(?i)\b(?:acts|laws|reforms|treaties|reports)\W*$", card.title) \
                and len({year for ref in source.content(index)
                         for year in _YEAR_IN_TEXT.findall(source.point(ref).text)}) > 1:
            continue  # "The Factory Acts" dated 1833 over the Acts of 1833, 1844 and 1847: a series, no one moment
        if when is not None and re.match(r"(?i)\W*from\s+\S.*\s+to\s+\S", card.title):
            continue  # "From the Bay of Pigs to the Missile Crisis": a stretch between two events, whose name orders it
        if when is not None and _CONTENTS_COUNTED.search(card.title):
            continue  # "The People's Charter – the Six Points": what a document said, not something that happened
        if when is not None and _HEADING_AND_PLACE.fullmatch(card.title.strip()):
            continue  # "The secret plan – Sèvres": a heading and where, which says not what happened there
        if when is not None and not names_event(card.title) and _ARRANGEMENT.search(card.title):
            continue  # "Dual Power" dated March 1917: a state of affairs that lasted months, no moment
        if when is not None and not surveys(card.title) and not _SPAN_OF_YEARS.search(card.date or "") \
                and not _ERA_SPAN.search(card.date or "") \
                and not _SPAN_OF_MONTHS.search(card.date or "") \
                and not _ONGOING.search(card.date or "") and not _CODE_NAME.fullmatch(card.title.strip()) \
                and not _PLACED_BY_NAME.match(card.title) and _names_its_own(card.title, source.words.proper):
            named = _ASPECT_AFTER.sub("", _ROLE_LABEL.sub("", _CASE_LABEL.sub("", card.title)))  # ("Battle of
            # Jutland – the events" is the battle)
            event = Event(named, card.date, when, index)  # ("Case
            # study: Chile earthquake" is the Chile earthquake; "The trigger – Napoleon's invasion of Spain", the
            # invasion)
            score = 2.0 + (0.5 if when[1] else 0.0) - max(0, word_count(card.title) - 8) / 5
            # Its points that give the year away are kept off the sheet.
            telling = tuple(PointRef(index, p) for p, point in enumerate(card.points)
                            if _prints_year(point.text, when[0]))
            out.append(Candidate(score + source.jitter(), telling, lambda i, event=event: event, card=index, event=event))
    period = _period(source.pack.title)
    out = [candidate for candidate in out if _within(period, candidate.event.when[0])]
    if len(out) >= TITLES_ENOUGH:
        return out  # the author's own dated cards: events cut from a line ("… designed by Brunel and opened") read
        # worse, and a timeline of four is enough
    for ref, event in _point_events(source):
        if not _within(period, event.when[0]):
            continue  # "Richard's remains were found under a Leicester car park" (2012) on "… 1455–1487": last by sight
        if _PLACE_IN_ORDER.search(event.text):
            continue  # "Ghana was the first to go": first of the events by its own words
        score = -max(0, word_count(event.text) - 12) / 5 - (1.0 if starts_with_pronoun(event.text) else 0.0)
        card = source.pack.cards[ref.card]
        uses = tuple(PointRef(ref.card, point) for point in range(len(card.points))) \
            if str(event.when[0]) in _YEAR_IN_TEXT.findall(card.title) else (ref,)  # "Peatlands and the 2015 fires",
        # printed over any of its lines or as a matching title, would date the fires the timeline asks about
        out.append(Candidate(score + source.jitter(), uses, lambda i, event=event: event, event=event))
    return out


_PERIOD_MARGIN = 10
"""Years either side of a pack's period that an event may still fall in ("… 1919–1923": the Kaiser's abdication in
1918 belongs; a find of 2012 on "… 1455–1487" does not)."""


def _period(title: str) -> tuple[int, int] | None:
    """The first and last year of the period a pack's title names ("1953–64": 1953, 1964); None where it names none."""
    found = _SPAN_OF_YEARS.search(title)
    if found is None:
        return None
    start, end = found.group(1), found.group(2)
    if re.match(r"(?i)\s*BCE?\b", title[found.end():]):
        return -int(start), -int(end)  # "490–479 BC"
    return int(start), int(start[:len(start) - len(end)] + end)


def _within(period: tuple[int, int] | None, year: int) -> bool:
    """Whether ``year`` falls in ``period``, give or take a decade; True where there is none."""
    return period is None or period[0] - _PERIOD_MARGIN <= year <= period[1] + _PERIOD_MARGIN


_FUNCTION_WORDS = {"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "by", "with", "from"}


def _names_its_own(title: str, proper: frozenset[str]) -> bool:
    """Whether a title says whose event it is: a name or a figure ("Execution of Mary, Queen of Scots", "The Armada
    sails", "Yorktown"), where "The voyage home" could be any of the pack's voyages. ``proper`` holds the words the
    pack capitalises mid-sentence."""
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    return len(words) <= 1 or any(word in proper and word.casefold() not in _FUNCTION_WORDS for word in words) \
        or re.search(r"(?<=\S)\s+['\"‘“(]*(?:[A-Z]|\d)", title) is not None


def _point_events(source: Material) -> list[tuple[PointRef, Event]]:
    """The points with one year that read as something that happened then, with the year taken out."""
    out = []
    for ref in source.refs:
        text = source.point(ref).text
        years = [term for term in source.terms[ref] if term.kind == "year" and term.form != "decade"]
        if len(years) != 1 or len(_YEAR_IN_TEXT.findall(text)) != 1 or re.search(r"\b\d{4}s\b", text):
            continue  # ("Windrush generation, 1950s–60s …, Poland after EU enlargement in 2004": decades and a year, a
            # span of time's list, no one event)
        if re.match(r"\s*[–—-]\s*\d{2,4}\b", text[years[0].end:]) or re.search(r"\d{2,4}\s*[–—-]\s*$",
                                                                              text[:years[0].start]):
            continue  # "… in and out of prison many times 1913–14": a stretch of time, and cut it leaves "–14"
        aside = next((found.group(1) for found in re.finditer(r"\(([^()]*)\)", text)
                      if found.start() < years[0].start < found.end()), "")
        if len(aside.split()) >= 4 and has_verb(aside):
            continue  # "The Pope excommunicated Henry (the sentence was finally published in 1538)": the year is of
            # the aside's own clause, not the event's
        if ADVICE_TITLE.search(source.pack.cards[ref.card].title):
            continue  # "Labour's election win in 1945 and a changing world" under "Exam tip: why did India gain
            # independence?": a factor to weigh, summed up, no event written to be placed
        if _CAME_AFTER.match(text):
            continue  # "Came after heavy taxes in 1523" under "The Amicable Grant" (1525): the year is of what it
            # followed
        if re.search(r",\s+so\s+(?:that\s+)?[A-Za-z][\w'’-]*\s+(?:felt|could|was|were|had|would|did)\b", text):
            continue  # "The execution of Mary in 1587 removed a Catholic heir, so Philip felt free to act": a cause
            # and what it made possible, under "Causes of the Armada", no event told for itself
        if re.search(r"(?i)\b(?:ahead of|in the run-up to|before|after|until|following)\s+"
                     r"(?:(?!\band\b|\b\w+ed\b)[^;:,.()])*\bin\s*$", text[:years[0].start]) \
                and has_verb(text[:years[0].start]):
            continue  # "… made weak beer legal again, ahead of the end of Prohibition in December 1933": the year is
            # of what it came before or after
        if _BLAMED_ON.search(text[:years[0].start]):
            continue  # "Astrologers blamed a conjunction of Saturn, Jupiter and Mars in 1345": the year is of what
            # was blamed, and the blaming came later
        if _BEGUN_THEN_DONE.search(text[:years[0].start]):
            continue  # "The National Assembly met in Weimar and agreed the constitution in August 1919": the year is
            # the second deed's, and the meeting came months before
        if ";" in text[:years[0].start]:
            continue  # "Newspapers and letters were censored; the Daily Worker was banned in 1941": the year is the
            # second clause's, and the first happened earlier (or, "Bt cotton in India; Golden Rice approved in 2021",
            # is another thing the date is not of)
        if _COMPARED_WITH.search(text[:years[0].start]) or _NOT_YET.search(text[:years[0].start]):
            continue
        if IN_A_RELATIVE.search(text[:years[0].start]):
            continue  # "The pope became John's ally, which mattered in 1215": the year is of the clause on it, and
            # cut it leaves "which mattered."
        if re.match(r"\s*,\s*(?:when|where|as|after|which)\b", text[years[0].end:]) \
                and re.search(r"\b(?:in|on|by|from)\s*$", text[:years[0].start]):
            continue  # "Ban relaxed in 1567, when private trade was allowed …": the date heads the clause after it, and
            # cut out it leaves "Ban relaxed, when …"
        if _DESCRIBED_PERSON.match(text):
            continue  # "Argentine general who built the Army of the Andes … in 1817": a man described, unnamed, and no
            # event said of anyone the line names
        described = _without_date(text, years[0])
        if described is not None:
            described = _CASE_LABEL.sub("", described)  # ("Example: Geoffrey de Mandeville was charged …")
            described = _LATER_CLAUSE.sub(".", described)  # ("The shrine was destroyed under Henry VIII; it was revived
            # in the 20th century": the event is the first, its later turn another moment)
        if described is not None and (_DEFINED.search(described) or _ORDER_LABEL.match(described)
                                      or _FIGURE_ONLY.fullmatch(described)):
            continue  # (nor "About 0.3 million people.": a figure, no event)
        if described is not None and _AFTER_THE_LAST.match(described):
            continue  # "When the last bill failed, militancy restarted …": which bill, and when, only the lines before
            # say, and the event is placed by it
        labelled = re.match(r"([^:;]{2,60}):\s+([^;]*)", described or "")
        if labelled and not has_verb(labelled.group(1)) and not has_verb(labelled.group(2)):
            continue  # "Cycling City: money for cycle lanes; the Railway Path runs 13 miles": a name and what it
            # holds, no event
        if described is not None and (_MONTH_NAMED.search(described) or re.search(r",\s*\(|→|\bvs\.?\s", described)):
            continue  # "Armada sighted off the Lizard, Cornwall, (19 July by the English calendar …)": a second date
            # is left to place it by, and the cut leaves a stray comma; "Over 40 decrees vs only a few laws →
            # democracy already being bypassed": a comparison and its verdict, no event
        if described is not None and re.search(r"[.!?]\s+\S", described.rstrip(".!? ")):
            continue  # "Stalin lifted the blockade, after c. 11 months. Humiliation for the USSR.": a verdict rides
            # on the event
        if described is not None and _PRONOUN_CLAUSE.search(described):
            continue  # "Together with the Battle of Britain, it meant Britain survived …": what "it" was, the line
            # before said, and what it meant is a verdict, no event
        if described is not None and any(not has_verb(clause) for clause in described.split(";")[1:]):
            continue  # "Became Africa's largest economy when its GDP was recalculated; a member of OPEC": a state
            # tacked on, no event
        bare = re.sub(r"\([^()]*\)", "", described or "")
        if described is not None and bare.count(",") >= 2 and not has_verb(bare) and not names_event(described) \
                and not re.search(r"[A-Z]", described[1:]):
            continue  # "1912 – rigid class system, few workers' rights, no vote for women": how things stood, a list
            # with nothing done and no event named
        if described is not None and re.search(r"(?i)\b(?:this|these|that|those)\s+(?:as|is|was|were|to|into)\b",
                                               described):
            continue  # "Audience hears this as a reference to the two world wars": what "this" is, the line before said
        if sum(1 for part in re.split(r",\s*|\s+and\s+", text[:years[0].start])[1:] if has_verb(part)) >= 2:
            continue  # "Priestley fought in WW1, gave the Postscripts talks and helped found the Common Wealth Party in
            # 1942": three deeds, the year only the last one's
        if described is not None and _REASON_FIRST.match(described):
            continue  # "As a bargaining chip over Berlin, where the Berlin Wall had gone up": why something was done,
            # dated by the clause of another event
        if described is not None and _VERDICT_FIRST.match(described):
            continue  # "Cheaper and more effective than public works, but the government closed the kitchens": a
            # verdict on something unnamed, with the event tacked on
        if described is not None and _DONE_TO_UNNAMED.search(described):
            continue  # "Howard Florey and Ernst Chain purified it and tested it on mice": what they purified, the
            # line before said
        if described is not None and (_VERDICT_LABEL.match(described) or _ONE_WORD_LABEL.match(described)):
            continue  # "Impact: California became a state and the West was now worth fighting over": what the
            # author judges followed, not an event to date; "Money: reparations, fixed at £6,600 million": an item of
            # the author's list: whose reparations, only the list says
        if described is not None and _noun_label(described):
            continue  # "Revenge: Konstantinos Kanaris used a fireship …": the author's word for what the line tells,
            # which on a timeline reads as a fragment with nothing to be revenge for
        if described is not None and re.match(r"\W*[A-Z]{3,}\s*[:–—]", described):
            continue  # "CHANGE: new jobs + skills, more independence …": a heading the author shouts, over a state
        if described is not None and _HOW_THINGS_STOOD.match(described) \
                and not has_verb(re.sub(r"(?i)\b(?:was|were|is|are)\b", "", described)):
            continue  # "England was a Catholic country and the Pope in Rome was head of the Church": how things
            # stood, with nothing done
        superlative = re.match(r"(?i)\W*(?:the\s+)?(?:first|last|only)\s+(?:[\w-]+\s+){0,3}?to\s+\w+(.*)$",
                               described or "")
        if superlative and not re.search(r"\b(?:was|were|became|is|are|[a-z]{3,}ed)\b", superlative.group(1)):
            continue  # "The first UK city to be European Green Capital.": a title held, said of no one named
        head = re.match(r"([^,;:]+),", described or "")
        if head and word_count(head.group(1)) <= 4 and not re.search(r"\s[A-Z]", head.group(1)) \
                and not has_verb(described) and not names_event(described):
            continue  # "Last natural case, in Somalia.": a note with no verb, which says not what happened to what
        if described is None or _STATE.search(described) or _EXAMPLE.search(described) or _DANGLING.search(described) \
                or _participle_left(described) \
                or _MEASURE.search(described) or starts_with_pronoun(described) or _SOMEONE.search(described) \
                or leans_on_previous(described) or _TOLD_AGAINST_ANOTHER.search(described) \
                or _POINTS_BACK.search(described):
            continue  # "He painted …", "At the congress he …": on a timeline no title says who; "…, finishing." says
            # no more when; "Royal family later held under arrest; shot at Ekaterinburg" is dated from another line,
            # and "Darwin returned and recognised the moraines" says it comes after another event, as "Helium had
            # already been spotted in the Sun's spectrum" says it came before
        verb_first = _ADVERB_FIRST.sub(lambda found: found.group(1).upper(), described, count=1)  # "First reported …"
        verb_first = re.sub(r"\s*\([^()]*\)", "", verb_first)  # ("Began (International Women's Day) with bread
        # queues": the aside is no doer)
        doer_unsaid = (DONE_BY_NOBODY.match(verb_first) or _SUBJECTLESS.match(verb_first)
                       or VERB_FIRST.match(verb_first)
                       and (re.match(r"\S+\s+[a-z]", verb_first) or _ARRIVED.match(verb_first)
                            or _DONE_TO_SOMEONE.match(verb_first) or _BECAME.match(verb_first)
                            or PAST_VERB_FIRST.match(verb_first))) \
            and described.split(" ", 1)[0] not in source.words.proper \
            or VERB_FIRST.match(verb_first) and not text[:years[0].start].strip(" \"'“‘*") \
            and re.match(r"[\s–—:-]*[a-z]", text[years[0].end:]) is not None  # "1579 – raided Spanish settlements
        # …": the verb the author wrote after the date, in lower case, has its doer in the card's title
        if (doer_unsaid or _THE_ONE_BEFORE.match(described) or _KIND_FIRST.match(described)
                or _WORK_UNOWNED.match(described)) \
                and not _SUBJECT_LATER.search(described) \
                or THING_UNNAMED.search(described):
            title = source.pack.cards[ref.card].title.strip().rstrip(".:")
            if surveys(title) or GENERIC_HEADINGS.match(title) or word_count(title) > 6 \
                    or re.search(r"\w['’]s\s+[a-z]", title):
                continue  # "Passed in 1833" under "Factory reform": what was passed, no title names; "Watt's steam
                # engine: went into business with Boulton": the doer is the title's owner, not the thing it names
            title = _TITLES_DATES.sub("", title)  # ("Securing the throne, 1485–86": its dates would place the event)
            named = set(re.findall(r"[a-z]{3,}", re.sub(r"(?i)^\W*the\s+", "", title).casefold()))
            if named and named <= set(re.findall(r"[a-z]{3,}", described.casefold())):
                continue  # "The Home Guard: renamed the Home Guard by Churchill": what was renamed, the title does
                # not say, as it names the new name
            first = described.split(" ", 1)[0]
            named = first in source.words.proper or first not in ("The", "A", "An") and not (
                DONE_BY_NOBODY.match(verb_first) or VERB_FIRST.match(verb_first)
                or _WORK_UNOWNED.match(described))  # ("Pope Clement VI condemned the
            # movement" keeps its capital, "Married …" and "The company …" not)
            joined = " " if _BARE_START.match(described) else ": "  # "Passchendaele (Third Ypres) began; Haig
            # hoped …", not "…: began;", where the date taken out was all that followed the verb
            described = f"{title}{joined}{described if named else described[0].lower() + described[1:]}"  # "Built
            # the first mill …" under its maker
        out.append((ref, Event(described, years[0].text, (years[0].year, _month(years[0].month)), ref)))
    return out


_BARE_START = re.compile(r"(?:Began|Started|Ended|Finished|Opened|Closed)\b(?=\s*(?:[;,.–—]|$))")
"""A verb of beginning or ending left with nothing after it once its date is taken out ("Began on 31 July 1917; …"):
its doer is the title, which reads as its subject."""
_AFTER_THE_LAST = re.compile(r"(?i)\W*(?:when|after|once|until|before|as\s+soon\s+as)\s+the\s+"
                             r"(?:last|next|previous|latest|same|new|other)\s+[a-z]+")
"""An event placed by another the lines before name only by its place in a series ("When the last bill failed")."""
_PRONOUN_CLAUSE = re.compile(r"(?i)(?:^|,\s+)(?:it|this|they|these)\s+(?:meant|means|showed|shows|proved|made|led|"
                             r"helped|gave|caused|ensured|allowed)\b")
"""A clause whose subject is a bare pronoun and whose verb judges what followed ("…, it meant Britain survived")."""
_BECAME = re.compile(r"(?:Became|Remained|Stayed|Was|Were)\s")
"""A line opening on a verb that links its subject to what it became ("Became Africa's largest economy"): the name
after it is no doer."""
_REASON_FIRST = re.compile(r"(?i)\W*(?:as\s+(?:a|an)\s|to\s+(?-i:[a-z]+)\s|because\b|in\s+order\s+to\b|"
                           r"so\s+that\b|partly\s+(?:to|because)\b)")
"""A line that opens on a reason or a purpose ("As a bargaining chip over …", "To protect Cuba …"): why, not what
happened."""
_VERDICT_FIRST = re.compile(r"(?i)\W*(?:much\s+|far\s+)?(?:cheaper|better|worse|faster|slower|bigger|smaller|larger|"
                            r"greater|stronger|weaker|more\s+[a-z]+|less\s+[a-z]+)\s+(?:and|than)\b")
"""A line that opens on a comparison with no subject ("Cheaper and more effective than …")."""
_TITLES_DATES = re.compile(r"\s*(?:[,:–—-]\s*\(?|\(|\s(?=(?:c\.\s*)?(?:1\d{3}|20\d{2})\s*[–—-]\s*\d{2,4}\)?\s*$))"
                           r"(?:c\.\s*)?(?:1\d{3}|20\d{2})(?:\s*[–—-]\s*\d{2,4})?\)?\s*$")
"""A title's closing dates, set off ("Securing the throne, 1485–86", "The Armada (1588)") or a span after its name
("Prohibition 1920–1933"); not "Crisis of 1923"."""
_CAME_AFTER = re.compile(r"(?i)\W*(?:came|followed|arrived|happened|was\s+introduced)\s+(?:soon\s+|shortly\s+|just\s+)?"
                         r"(?:after|before)\b")
"""A line that places its subject by another thing ("Came after heavy taxes in 1523"): the date is the other's."""
_BEGUN_THEN_DONE = re.compile(r"(?i)\b(?:met|gathered|assembled|convened|began|started|opened|was\s+set\s+up)\b.*"
                              r"\S\s+and\s+(?:then\s+|later\s+|finally\s+)?[a-z]+ed\b[^,;()]*$")
"""A start, then after "and" the deed the date is of ("… met in Weimar and agreed the constitution in"): what began
and what it came to, months apart."""
_BLAMED_ON = re.compile(r"(?i)\b(?:blamed|believed|thought|feared|suspected|attributed)\s+\w[^.;]*\s(?:in|of)\s*$")
"""A view held of a thing, with a year after the thing ("blamed a conjunction of the planets in ____"): the year is
the thing's, not the view's."""
_ADVERB_FIRST = re.compile(r"^(?:First|Then|Soon|Also|Finally|Quickly|Eventually|Officially|Secretly)\s+([a-z])")
"""An adverb before a verb that opens a line ("First reported in the UK in 1961", under "MRSA"): the doer is still
unsaid."""
_CODE_NAME = re.compile(r"[A-Z]{1,6}[- ]?\d+[A-Za-z]?")
"""A title that is a code name ("NSC-68", "HS2"): a report's or a project's name, no happening to place."""
_ONGOING = re.compile(r"(?i)^\W*(?:from|since|after|c\.|circa)\b|\b(?:on(?:wards)?|present|today|now)\W*$|[–—-]\s*$")
"""A card's date that only starts something ("from 2009", "1997 onwards", "2009–"): a project or a trend still
going on, no moment to place."""
_SPAN_OF_YEARS = re.compile(r"(\d{3,4})\s*[–—-]\s*(\d{2,4})")
"""A stretch of years: a card dated by one ("Ho Chi Minh, 1890–1969") is a life or an era, no moment to place; a
pack's title names its period by one ("Khrushchev in power, 1953–64")."""
_SPAN_OF_MONTHS = re.compile(rf"(?i)\b(?:{'|'.join(MONTHS)})(?:\s+\d{{3,4}})?\s*[–—-]\s*(?:\d{{1,2}}\s+)?"
                             rf"(?:{'|'.join(MONTHS)})\b")
"""A card dated by months ("June–July 1940", "September 1940 – May 1941"): what it names lasted them ("Britain alone
– the threat of invasion", the Blitz), no moment to place."""
_SURVEY = {"history", "histories", "timeline", "overview", "introduction", "development", "developments", "origins",
           "summary", "chronology", "background", "dates", "story", "survey", "causes", "cause", "results", "effects",
           "consequences", "impact", "impacts", "reasons", "significance", "aims", "features", "comparison", "comparing",
           "importance", "legacy", "reactions", "responses", "factors", "morale", "spirit", "attitudes", "experience",
           "growth", "expansion", "urbanisation", "urbanization", "decline",
           "life", "views", "interpretations", "clauses", "terms", "key", "response", "reaction", "verdict",
           "weakness", "weaknesses", "strengths", "problems", "failures", "successes", "achievements", "mistakes",
           "conditions", "threats", "challenges", "advantages", "disadvantages", "claims", "beliefs", "ideas",
           "motives"}
"""Words of a title that names a theme ("Causes of the Berlin Blockade", "Results of the blockade", "Weaknesses of
the Provisional Government"), not a moment."""
_ONGOING_DOINGS = {"defending", "governing", "ruling", "running", "living", "working", "managing", "protecting",
                   "keeping", "controlling", "maintaining", "guarding", "policing", "financing", "funding", "supplying",
                   "holding"}
"""First words of a title that names a task or a way of life carried on for years ("Governing Ireland")."""


_LASTING = {"war", "wars", "depression", "famine", "blitz", "occupation", "rationing", "era", "reign", "dynasty"}
"""Last words of a title that names something lasting years ("The First World War"), no moment."""


_IDEAS = {"theory", "theories", "problem", "problems", "argument", "arguments", "debate", "ethics", "philosophy",
          "principle", "principles", "method", "model", "concept", "idea", "ideas", "plan", "plans", "policy",
          "policies", "strategy", "system", "book", "chronicle", "census", "scheme", "schemes", "project", "projects",
          "programme", "programmes", "initiative"}
"""Last words of a title that names an idea, a plan, a scheme or a record ("The Schlieffen Plan": drawn up in 1905,
carried out in 1914; "Slum Rehabilitation Scheme": run for decades; "The Domesday Book": compiled over a year), no
moment."""


_PLACES = {"school", "university", "college", "church", "cathedral", "abbey", "palace", "castle", "street", "bridge",
           "hall", "house", "building", "tower", "station", "museum", "park", "square", "prison", "hospital", "factory",
           "camp", "harbour", "port", "island", "valley"}
"""Last words of a title that names a place ("Little Rock Central High School"), no moment, unless a word of the title
says what happened there (``_HAPPENINGS``)."""
_HAPPENINGS = {"battle", "siege", "attack", "bombing", "fire", "crisis", "riot", "riots", "march", "massacre",
               "storming", "fall", "burning", "opening", "closure", "raid", "sack", "capture", "founding", "disaster",
               "strike", "sit-in", "protest", "explosion", "collapse", "integration", "desegregation"}


_PLURAL_HAPPENINGS = {"elections", "resolutions", "negotiations", "rebellions", "provisions", "orders", "murders",
                      "conversions", "persecutions", "migrations", "revolutions"}
"""Plurals in a people's endings that name what happened or was decided ("The 1832 Elections"), not a people."""


_GROUP_SOMEWHERE = re.compile(r"(?i)the\s+(?:[\w'’-]+\s+)?(?:rebels|peasants|workers|soldiers|troops|protesters|"
                              r"strikers|crowds|settlers|colonists|refugees|prisoners|villagers|miners|sailors|"
                              r"pilgrims|marchers|rioters|crusaders|evacuees|immigrants|migrants|people)"
                              r"(?:\s+(?:in|at|on|from|of)\s+[^–—:]+)?")
"""A title that names a group of people and where they were ("The rebels in London", "The Kent rebels")."""


def surveys(title: str) -> bool:
    """Whether a card's title names a stretch of time or an idea rather than a moment ("History of computing", "Key
    dates", "Utilitarianism"): its ``date:`` is where the story or the idea starts, and the title is no event to
    place."""
    words = re.findall(r"[a-z]+", re.sub(r"\([^()]*\)", "", title).casefold())  # ("Slum Rehabilitation Scheme
    # (top-down)": the note in brackets is no part of what it names)
    if re.search(r"(?i)(?:^|[–—:]|\s-)\W*(?:how|why|what|which|when|where|who)\b", title) \
            or re.search(r"(?i)\s(?:and|&|vs?\.?|versus)\s", title):
        return True  # "How the war ended", "The Weimar Constitution – how it worked", "Little Rock and Ole Miss": a
        # question or two things, no one moment
    if re.search(r"(?i)\b(?:in|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:war|revolution|era|period|"
                 r"century|age|reign|years|campaign|movement|struggle|\d{4}s)\b|\b(?:before|after|since|until)\b|"
                 r"\bat\s+the\s+(?:end|start|beginning|outbreak|close|time)\s+of\b", title):
        return True  # "Russia in the First World War", "Cuba before the crisis", "Germany at the end of the war",
        # "The Nazi Party in the 1920s": a stretch of time or a state of things
    if re.search(r"(?i)\b(?:long|short|medium)[\s-]term\b", title):
        return True  # "Long-term weaknesses of Tsarist Russia": conditions over decades, first in any order
    if re.search(r"(?i)\b(?:road|path|march|build-up|lead-up|run-up|background|prelude)\s+to\b", title):
        return True  # "The road to the Second Reform Act": the years that led to it, no one moment
    if re.search(r"(?i)\b(?:plans?|aims?|ideas?|schemes?|strateg(?:y|ies))\s+(?:for|to|of)\b", title):
        return True  # "Philip's plan for the Armada": a plan is made over months, no moment to place
    if words and words[-1] in _LASTING and not re.search(r"(?i)\bday\b", title):
        return True  # "The First World War", "The Great Depression": years long, its date where it starts, and the
        # pack's other events fall inside it
    if words and words[-1] in _PLACES and not set(re.findall(r"[a-z-]+", title.casefold())) & _HAPPENINGS:
        return True  # "Little Rock Central High School": where the crisis happened, not the crisis
    people = re.fullmatch(r"The\s+(?:[A-Z][\w'’-]*\s+)?([A-Z][a-z]+(?:ists|ans|ons|ites|ers|ettes|iks|ards|oys|ots))",
                          title.strip(" .:"))
    if people and people.group(1).casefold() not in _PLURAL_HAPPENINGS:
        return True  # "The Mormons", "The Chartists": a people, whose date is where their story starts
    if _GROUP_SOMEWHERE.fullmatch(title.strip(" .:")):
        return True  # "The rebels in London": a group and where it was, over days of doings, no one moment
    if words and words[0] in _ONGOING_DOINGS:
        return True  # "Defending Outremer – the military orders": a task kept up for decades, no moment
    if any(word.endswith(("isation", "ization")) for word in words):
        return True  # "Mobilisation – the crisis spreads", "Collectivisation": a process over weeks or years
    return bool(set(words) & _SURVEY) or bool(words) and (words[-1] in _IDEAS or len(words[-1]) > 5 and words[-1].endswith(
        ("ism", "ics")))  # "Utilitarianism", "Kantian ethics", "Trolley problem": an idea, not an event


def _named_again(source: Material, index: int, title: str, year: int) -> bool:
    """Whether a line of the pack names the title's event beside another year: a second event of that name."""
    name = re.sub(r"(?i)^\W*the\s+", "", title).strip(" .:").casefold()
    if len(name.split()) < 2:
        return False
    for other, card in enumerate(source.pack.cards):
        for point in ((card.title,) if other != index else ()) + tuple(point.text for point in card.points):
            # (its own card too: "The 1848 Public Health Act was voluntary" on the card of the 1875 one)
            found = point.casefold().find(name)
            near = point[max(0, found - 8):found + len(name) + 12] if found >= 0 else ""  # ("the Treaty of Paris
            # (1763)", "1844 Factory Act")
            if any(int(other_year) != year for other_year in _YEAR_IN_TEXT.findall(near)):
                return True
    return False


def _head_dated_otherwise(source: Material, index: int, title: str, year: int) -> bool:
    """Whether a line of the title's own card names the thing a title names ("The …", its last word a common noun)
    beside years that are all other than the card's: promised, drafted or in force at another moment than the one
    asked ("Alexander Fleming discovers penicillin" says what happened, whatever else its card dates)."""
    head = re.findall(r"[^\W\d_]+", title)
    if not re.match(r"\s*The\s", title) or len(head[-1]) < 5:
        return False
    proper = head[-1] in source.words.proper  # ("The Somme": a name, which no line repeats as a noun)
    noun = re.compile(rf"(?i)\b{re.escape(head[-1])}s?\b")
    for ref in source.content(index):
        text = source.point(ref).text
        years = {int(found) for found in _YEAR_IN_TEXT.findall(text)}
        if years and year not in years and (noun.search(text) and not proper or _ITS_STAGE.match(text)):
            return True  # (and "Passed by Congress in December 1917 and ratified … in January 1919" under "The 18th
            # Amendment", in force January 1920: the line's subject is the title's)
    return False


_ITS_STAGE = re.compile(r"\W*(?:Passed|Ratified|Signed|Drafted|Proposed|Promised|Announced|Agreed|Approved|"
                        r"Introduced|Written|Published|Voted)\b")
"""A line opening on a stage a law or a document went through, its subject the card's title."""


def named_elsewhere(source: Material, index: int) -> bool:
    """Whether another card names this dated card's title beside another year ("The Factory Act", 1833, beside the
    "1844 Factory Act"): its title alone says not which."""
    card = source.pack.cards[index]
    when = _when(card.date or "")
    return when is not None and _named_again(source, index, card.title, when[0])


def _day_of_another(source: Material, index: int, title: str, when: tuple[int, int]) -> bool:
    """Whether a card dated to the day ("1916-05-31") has a point telling what happened that day that shares no
    word with its title ("Jutland (31 May–1 June 1916)" under "The war at sea"): the date is that point's event,
    and the title names a theme around it."""
    day = re.fullmatch(r"(?:1[0-9]{3}|20[0-9]{2})-(\d{2})-(\d{2})", (source.pack.cards[index].date or "").strip())
    if day is None or not 1 <= int(day.group(1)) <= 12:
        return False
    month, number = MONTHS[int(day.group(1)) - 1], int(day.group(2))
    written = re.compile(rf"(?<!\d){number}(?:st|nd|rd|th)?\s+{month}|{month}\s+{number}(?!\d)", re.I)
    named = title_words(title)
    return any(written.search(text) and str(when[0]) in text and not share_words(named, title_words(text))
               for text in (source.point(ref).text for ref in source.content(index)))


def _when(date: str) -> tuple[int, int] | None:
    """(year, month or 0) a card's date starts on, years BC negative."""
    era = _ERA_YEAR.search(date)
    year = _YEAR_IN_TEXT.search(date)
    if era is not None:
        number = int(era.group("after") or era.group("before"))
        number = -number if (era.group("era") or "").upper().startswith("BC") else number
    elif year is not None:
        number = int(year.group())
    else:
        return None
    written = [(date.casefold().find(m.casefold()), m) for m in MONTHS if m.casefold() in date.casefold()]
    month = min(written)[1] if written else ""  # "June 1948 – May 1949": the month it starts in, not May
    return (number, _month(month))


def _prints_year(text: str, year: int) -> bool:
    """Whether ``text`` prints ``year`` ("490 BC" as 490), where a timeline would ask it."""
    return re.search(rf"(?<![\d.,]){abs(year)}(?![\d.,]\d|\d)", text) is not None


_FIGURE_ONLY = re.compile(r"(?i)\W*(?:about|around|roughly|approximately|over|under|nearly|almost|c\.)?\s*[\d.,]+\s*"
                          r"(?:million|billion|thousand|%|per\s?cent)?(?:\s+[a-z]+){0,2}\W*")
"""A line that is only a figure and what it counts ("About 0.3 million people"), its year taken out."""
_LATER_CLAUSE = re.compile(r";[^;]*\b(?:\d{1,2}(?:st|nd|rd|th)\s+century|(?:1\d|20)\d{2}|today|now|later)\b[^;]*$")
"""A clause after a semicolon that moves to another time ("; it was revived in the 20th century")."""
_KIND_FIRST = re.compile(r"(?i)\W*(?:the\s+)?(?:first|earliest|original)\s+(?:[a-z]+\s+)?(?:design|model|version|"
                         r"example|prototype|one|type|kind)\s+(?:was\s+)?(?:built|made|designed|invented|produced|"
                         r"developed|used|tested)\b")
"""A line opening on the first of a kind the title names ("First practical design built by Isaac Newton" under "The
reflecting telescope"): the design of what, only the title says."""
_WORK_UNOWNED = re.compile(r"\W*(?:Construction|Work|Building|Filling|Excavation|Digging|Drilling|Production|Testing)"
                           r"\s+(?:(?:work\s+)?(?:began|begun|started|finished|ended|stopped|resumed|halted)|"
                           r"was\s+(?:completed|finished|halted|stopped))\b")
"""A line opening on work with no owner ("Construction began on the Blue Nile" under "Grand Ethiopian Renaissance Dam"):
the building of what, only the title says."""
_THE_ONE_BEFORE = re.compile(r"The\s+(?:(?:first|second|third|last|next|new|main|advance)\s+)?"
                             r"(?i:company|firm|ban|law|act|government|council|strike|boycott|campaign|group|"
                             r"expedition|rebellion|rising|plan|scheme|treaty|policy|protest|army|war|movement|party|"
                             r"crusaders|rebels|troops|soldiers|protesters|strikers|settlers|invaders|attackers|"
                             r"defenders|town|city|village|port|colony|state|region|province|country|nation)"
                             r"\s+[a-z]"
                             r"|An?\s+(?:[a-z][\w-]*\s+){1,4}(?:was|were)\s+[a-z]+ed\b(?!.*\bby\s)")
"""A doer or thing the line before named ("The company ended the ban", "The crusaders broke in …", "The Act was
repealed", "The town opened Christ's Hospital"), or a thing done by no one named ("A compulsory poor rate was
introduced" under "York – a local response"): which one, and where, only the title says."""
_STATE_NAMED = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Republic|Kingdom|Empire|Union|Party|League|"
                          r"Organi[sz]ation|Federation|Confederation|Commonwealth|Dynasty|State)"
                          r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?(?:\s*\([A-Z]{2,6}\))?")
"""A title that names a state or a body ("The People's Republic of China", "The League of Nations (LoN)"): a thing
that lasted, not a moment."""
_DONE_TO_SOMEONE = re.compile(r"(?:Married|Crowned|Defeated|Captured|Invaded|Executed|Killed|Murdered|Signed|Visited|"
                              r"Joined|Attacked|Besieged|Deposed|Exiled|Imprisoned|Succeeded|Conquered|Annexed|"
                              r"Appointed|Sacked|Dismissed|Beat|Fought|Took|Won|Lost|Met|Published|Wrote|Discovered|"
                              r"Invented|Founded|Introduced|Developed|Launched|Elected|Re-elected|Named|"
                              r"Chosen|Nominated)\s+[\"“‘']?[A-Z]")
"""A verb whose object is a name ("Married Elizabeth of York", "Published On the Fabric of the Human Body"): the name
is done to, and the doer only the title says."""
_ARRIVED = re.compile(r"(?i)\W*(?:reached|arrived|spread|landed|returned|sailed|crossed|entered|struck|hit)\b")
"""A verb of coming somewhere ("Reached England via a ship at Melcombe"): the place after it is no doer."""


def _month(name: str) -> int:
    return next((index + 1 for index, month in enumerate(MONTHS) if month.casefold() == name.casefold()), 0)


def _without_date(text: str, term: Term) -> str | None:
    """The point with "in 1957" taken out, as a sentence; None when that would not read."""
    before, after = text[:term.start], text[term.end:]
    headed = _HEADING_DASH.match(after)
    if not before.strip() and headed:  # "2 August 1934 – Hindenburg died": a chronology's line, the date heading it
        rest = after[headed.end():].strip()
        return _as_event(rest) if has_verb(rest) else None
    preposition = _YEAR_PREPOSITION.search(before)
    if preposition is None:
        return None
    head = before[:preposition.start()].rstrip()
    if head.count("(") > head.count(")"):
        return None  # "Rearmament + conscription (reintroduced in 1935) created jobs": the year dates the bracket's
        # aside, and what the line says went on for years
    if re.search(r"[.!?](?:\s|$)", head):
        return None  # "… has changed a lot. In 1990 coal produced …": the date opens a second sentence
    if len(head.split()) == 1 and after.lstrip().startswith(","):
        return None  # "Passed in 1833, the first Factory Act …": without its date the opening word says nothing
    if _INSERTED.search(head) and re.match(r",\s*(?!\w+ing\b)\w", after):
        return None  # ", opened, controls …": the date's clause, left without it, is a stray word between commas
    tail = after.lstrip(", ") if not head else after
    tail = re.sub(r"^\s*(?:alone|only|by\s+itself)\b", "", tail)  # "arrived in 1849 alone": "alone" is the year's
    # ("arrived alone" says they came on their own)
    tail = re.sub(r"^\s*\([^()]*\)", "", tail) if not head else tail  # "On 18 November 1910 (Black Friday) around
    # 300 women marched …": the bracket names the day taken out
    if not tail.strip() or tail.lstrip()[:1] in ".;:!?":
        head = head.rstrip(" ,;:")  # "… at Cromford, Derbyshire, in 1771.": no comma before the full stop
    joined = head + (" " if head and tail[:1].isalnum() else "") + tail
    joined = _CONNECTIVE.sub("", re.sub(r"\s+", " ", joined).strip())
    joined = re.sub(r"\s*,\s*([–—-])\s", r" \1 ", joined)  # "… Utah, in 1869 - a golden spike": no ", -" left
    return _as_event(joined)


_HEADING_DASH = re.compile(r"\s*[–—-]\s+(?=\w)")
"""The dash after a date that heads its line ("2 August 1934 – …")."""


def _as_event(text: str) -> str | None:
    """What happened, as a sentence that reads alone; None when it is too short, wants a time or opens on a word
    that points back."""
    if not text or word_count(text) < 3 or _WANTS_A_TIME.search(text):
        return None
    text = text[0].upper() + text[1:]
    first = text.split(" ", 1)[0].lower()
    if first in ("this", "it", "these", "those", "such", "its", "alone", "only", "too", "again", "even"):
        return None  # ("In July 1961 alone around 30,000 people left": "alone" belongs to the date taken out)
    return text


def conflicts(first: Event, second: Event) -> bool:
    """Whether two events cannot be told apart in time (same year, and same or unknown month), are one event under
    one name, one names the other to say which came first, or their names tell their order ("First Moroccan
    Crisis", "Second Moroccan (Agadir) Crisis"; "The February Revolution", "The October Revolution")."""
    (year_a, month_a), (year_b, month_b) = first.when[:2], second.when[:2]
    if year_a == year_b and (month_a == month_b or not month_a or not month_b):
        return True
    if _card_of(first) == _card_of(second) and (isinstance(first.source, int) or isinstance(second.source, int)):
        return True  # "The Bonus Army" and "About 17,000 veterans marched on Washington …" from its card: one event,
        # or one within the other
    (low_a, high_a), (low_b, high_b) = _span(first), _span(second)
    if high_a > low_a and low_a <= year_b <= high_a or high_b > low_b and low_b <= year_a <= high_b:
        return True  # "Destruction of the buffalo (1870s–1883)" and "Little Bighorn (1876)": one ran through the other
    if year_a == year_b and (_within_months(first, month_b) or _within_months(second, month_a)):
        return True  # "Passchendaele (July–November 1917)" and "Canadians captured the village, November 1917": one
        # happened during the other
    names = [re.split(r"\s*[:–—(]\s*", event.text.strip(), maxsplit=1)[0].casefold() for event in (first, second)]
    if names[0] == names[1] and names[0]:
        return True  # "My Lai massacre" and "My Lai massacre: covered up for over a year": one event, and the second's
        # words tell which comes after
    if year_a == year_b and _MONTH_NAMED.search(first.text) and _MONTH_NAMED.search(second.text):
        return True  # "The February Revolution", "The October Revolution": within one year, the names give the order
    if _placed_by(first, second) or _placed_by(second, first):
        return True  # "Walsingham died, two years after the Armada" beside "The Spanish Armada": one says the order
    if any(_CLOSES.search(event.text) for event in (first, second)) \
            and content_words(_CLOSES.sub("", first.text)) & content_words(_CLOSES.sub("", second.text)):
        return True  # "The last crusader stronghold in the Holy Land fell" beside "Pope Urban II called the First
        # Crusade … the Holy Land": the one that closes a story, beside another of it, says its place
    return bool(_ORDINAL.search(first.text) and _ORDINAL.search(second.text)
                and content_words(_ORDINAL.sub("", first.text)) & content_words(_ORDINAL.sub("", second.text)))


def _card_of(event: Event) -> int:
    """The card an event comes from: its own title's, or its line's."""
    return event.source if isinstance(event.source, int) else event.source.card


_RELATIVE = re.compile(r"(?i)\b(?:after|before|following|since|until|preceding)\s+((?:[\w'’-]+\s*){1,4})")
"""An event placed by another ("two years after the Armada")."""


def _placed_by(event: Event, other: Event) -> bool:
    """Whether ``event``'s text places it before or after ``other`` by naming it."""
    return any(content_words(relative.group(1)) & content_words(other.text)
               for relative in _RELATIVE.finditer(event.text))


def _within_months(event: Event, month: int) -> bool:
    """Whether an event dated by a run of months ("July–November 1917") runs through ``month``."""
    months = [_month(name) for name in re.findall(rf"(?i)\b(?:{'|'.join(MONTHS)})\b", event.date)]
    return len(months) >= 2 and bool(month) and min(months) <= month <= max(months)


def _span(event: Event) -> tuple[int, int]:
    """The first and last year an event's date covers ("1870s–1883" is 1870 to 1883, "1860s" 1860 to 1869)."""
    years = [(int(year), decade) for year, decade in re.findall(r"\b(1\d{3}|20\d{2})(s?)\b", event.date)]
    if not years:
        return event.when[0], event.when[0]
    return min(year for year, _ in years), max(year + (9 if decade else 0) for year, decade in years)


_MONTH_NAMED = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b")
"""A month in an event's name ("the April Theses"): two such in one year place themselves."""
_DESCRIBED_PERSON = re.compile(r"\W*(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z][\w'’-]+\s+)?[a-z]+\s+(?:who|whose)\b")
"""A line that opens on a person described, not named ("Argentine general who built …")."""
_ASPECT_AFTER = re.compile(r"(?i)\s*[–—:-]\s*(?:the\s+)?(?:events?|what happened|key (?:facts|events|points)|"
                           r"overview|summary|story|details|course)\s*$")
"""A title's closing word for the part of its topic the card covers ("Battle of Jutland – the events"): no part of
the event's name."""
_ROLE_LABEL = re.compile(r"(?i)^\W*(?:the\s+)?(?:(?:short|long)[- ]term\s+)?(?:trigger|spark|turning\s+point|causes?|"
                         r"beginning|start|outbreak|climax|end|ending|aftermath|results?|outcome|consequences?)"
                         r"\s*[–—:-]\s+(?=\S)")
"""A title's label of the event's part in its story ("The trigger – Napoleon's invasion of Spain"): on a timeline, it
tells the event's place."""
_PLACE_IN_ORDER = re.compile(r"(?i)\b(?:first|last|earliest|latest)\s+to\b|\bthe\s+(?:first|last)\W*$")
"""Words that place an event among the others ("the first to go", "the last to leave"); "the first compiler" is the
first of its kind, and says nothing of the other events."""
_CLOSES = re.compile(r"(?i)\b(?:last|final|finally)\b")
"""A word that puts an event at the end of its story ("the last crusader stronghold … fell")."""
_ORDINAL = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b")
"""An ordinal in an event's name: two of one kind numbered ("First …", "Second …") place themselves."""
