"""Matching: card titles to one statement each, or key terms to their definitions, as scored candidates.

A statement is matched only where it fits its own title alone: no word of the
title in it, no sign or year that points to it, no title that weighs the whole
pack. Where the titles give no matching, ``**term** – what it is`` lines give
key terms and their definitions instead.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
import os
import re

from ....source._scripts import plain_scripts
from ....source.model import Pack
from .beside import other_start, prints_symbol_of, symbol_beside
from .claims import echoes
from .countries import CITIES, is_country
from .given_names import gender_of
from .kinds import MONTH_PATTERN
from .material import Candidate, Material, length_score
from .questions import Pair
from .roles import (ADVICE_TITLE, EQUATION, GENERIC_HEADINGS, LEFT_OFF, OTHER_THAN, WORKED_SUM, is_scaffolding,
                    has_verb, kind_unnamed, leans_on_previous, names_word_list, printed_title,
                    starts_with_pronoun)
from .terms import NUMBER_WORDS
from .translate import glossed
from .words import (GLOSS_DASH, IRREGULAR_PAST, TWO_LETTER_SYMBOL, fields, inside_word, shares_root, singular,
                    spelled_out, word_count)

_PREFIXES = ("trans", "inter", "intra", "micro", "macro", "hydro", "photo", "electr", "therm", "super", "under",
             "over", "counter", "multi", "radio", "contra", "extra")
"""Openings many words share by a prefix, not a stem."""


def _same_stem(title: str, text: str) -> bool:
    """Whether the statement holds a word of its title in another form ("Density" and "less dense than water")."""
    if set(re.findall(r"\b[A-Z]{2,}\b", title)) & set(re.findall(r"\b[A-Z]{2,}\b", text)):
        return True  # "GM examples" and "GM salmon that reach market size faster"
    initials = "".join(word[0] for word in re.findall(r"[^\W\d_]+", title) if word.casefold() not in ("the", "a", "an", "of"))
    if any(len(acronym) >= 2 and acronym in initials.upper() for acronym in re.findall(r"\b([A-Z]{2,5})s?\b", text)):
        return True  # "3rd FYP 1938–41" under "The Five-Year Plans"
    if inside_word(title, text) or inside_word(text, title):
        return True  # "Fertility drugs …" under "Hormones to treat infertility"
    titles = re.findall(r"[^\W\d_]{5,}", title.casefold())
    if {_latin_stem(word) for word in titles} & {_latin_stem(word) for word in re.findall(r"[^\W\d_]{5,}",
                                                                                          text.casefold())} - {""}:
        return True  # "Rose black spot (fungus)" under "Fungal and protist diseases", "viral" and "virus"
    if any(other_start(own, word) for own in re.findall(r"[^\W\d_]{7,}", title.casefold())
           for word in re.findall(r"[^\W\d_]{7,}", text.casefold())):
        return True  # "Deceleration" and "a negative acceleration": one word less its start spells the other
    if any(len(os.path.commonprefix((own, word))) >= 5 and not own.startswith(_PREFIXES)
           for own in re.findall(r"[^\W\d_]{8,}", title.casefold())
           for word in re.findall(r"[^\W\d_]{8,}", text.casefold())):
        return True  # "Phagocytosis" and "the phagosome": one stem, past any common prefix
    return any(shares_root(word, own, 4) or len(own) >= 7 and own[:6] in word
               or len(own) >= 7 and len(singular(word)) >= 4 and singular(word) in own
               for word in re.findall(r"[^\W\d_]{4,}", text.casefold()) for own in titles)  # "buckminsterfullerene";
    # "Bearberry" and "red berries for birds", "Embankments" and "raise the banks": the title's word holds the
    # statement's


_BARE_POINTER = re.compile(r"(?i)\b(?:this|these|that|those)\s*(?:[.,;:!?)]|$)|\b(?:do|did|does|achieve|achieved|"
                           r"manage|managed)\s+(?:this|that|it)\b|\b(?:of|for|on|with|against) (?:these|those)\s+(?!\w+s\b)|"
                           r"\b(?:of|for|in|to) both\b(?!\s+\w+s\b)|"
                           r"\b(?:made|make|makes|worsened|eased|calmed|fuelled|fed)\s+(?:these|those|such)\s+\w+|"
                           r"\b(?:this|that)\s+(?:[a-z]+ed|was|were|is|are|led|meant|made|became|began)\b")
"""A word that points back to a line the statement does not print ("… this.", "made these fears worse", "members who
disliked this formed …")."""


_JUDGING = re.compile(r"(?i)^\W*(?:evaluat\w*|assess\w*|judging|why\b|"
                      r"how (?:far|successful|strong|effective|significant)|"
                      r"was\b|were\b|(?:the )?(?:overview|summary|conclusions?|verdict)\b|"
                      r"(?:successes|strengths|pros|advantages|positives?)\s+(?:and|&|vs\.?)\s+"
                      r"(?:failures|weaknesses|cons|disadvantages|negatives?)\b|"
                      r"(?:impacts?|effects?|consequences?|causes?|reasons?|problems?|challenges?|solutions?|benefits?|"
                      r"threats?)\s+(?:on|of|for|to)\b|"
                      r"(?:the )?(?:conditions?|things?)\s+(?:that\s+)?(?:needed|needs?|required|"
                      r"for)\b|(?:the )?(?:main |key )?(?:features?|characteristics|signs)\s+of\b)|"
                      r".*[–—:-]\s*(?:key |the |basic )?(?:facts|figures|overview|introduction|background|basics)\W*$")
"""A title that weighs the rest of the pack ("Evaluating the regeneration", "How strong was the recovery"), asks why
("Why human impact is growing": a reason of another card's fits it as well), or names a
kind of fact rather than a topic ("Impacts on the environment", "The Amazon – key facts", "Conditions needed",
"Features of a sustainable city"):
other cards' facts fit it too ("between 5° and 30° of the Equator" is a condition as much as "late summer"), so no
statement is matched to it alone."""


_LABEL = re.compile(r"\W*([^\W\d][\w'’-]*(?:\s[\w'’-]+)?)\s[–—-]\s")
"""A statement's opening label of a word or two ("For – …", "Criticism – …")."""


_FAITHS = {
    "muslim": "qur'an|quran|allah|muhammad|mosque|halal|haram|shari'?ah|imam|hadith|ummah|islam(?:ic)?|muslims?",
    "islam": "qur'an|quran|allah|muhammad|mosque|halal|haram|shari'?ah|imam|hadith|ummah|islam(?:ic)?|muslims?",
    "christian": "bible|jesus|christ|gospels?|church|catholics?|protestants?|pope|christians?|christianity|genesis",
    "jewish": "torah|talmud|rabbis?|synagogues?|kosher|halakh?a|jews|jewish|judaism|genesis",
    "judaism": "torah|talmud|rabbis?|synagogues?|kosher|halakh?a|jews|jewish|judaism|genesis",
    "sikh": "gurus?|gurdwaras?|khalsa|guru granth sahib|sikhs?|sikhism",
    "hindu": "vedas|gita|bhagavad|brahman|mandir|hindus?|hinduism",
    "buddhist": "buddha|dhamma|dharma|sangha|buddhists?|buddhism"}
"""Each faith a title may name, and the words of its own (its book, its God, its place of worship, its people)."""


def _faiths_named(titles) -> set[str]:
    """The faiths the titles name, one word each ("Muslim views" and "Islam and …" are one)."""
    return {_FAITHS[faith] for title in titles for faith in _FAITHS if re.search(rf"(?i)\b{faith}", title)}


def faith_told(title: str, text: str) -> bool:
    """Whether a statement holds a word of the faith its title names ("Qur'an 17:31 …" under "Muslim views on
    abortion"): beside other faiths' titles, that word alone pairs them."""
    return any(re.search(rf"(?i)\b{faith}", title) and re.search(rf"(?i)(?<![\w'’])(?:{words})(?![\w'’])", text)
               for faith, words in _FAITHS.items())


_VERDICT_LABEL = re.compile(r"(?i)(?:[\w-]+\s+(?=\w+$))?(?:criticisms?|critics|debate|evaluat(?:e|ion)|verdict|"
                            r"judgement|causes?|effects?|impacts?|problems?|issues|pros?|cons?|advantages?|"
                            r"disadvantages?|benefits?|drawbacks?|successes|success|failures?|strengths?|weaknesses|"
                            r"limitations?|results?|outcomes?|positives?|negatives?|for|against|but|costs?|gains?|"
                            r"losses|winners|losers|environment(?:al)?(?: impacts?| effects?)?|social|economic)")
"""A statement's label that names a kind of judgement or consequence ("Criticism – …", "Causes – …", "Side effects:
…"): the same kind of line stands on every case study of a pack, so it fits their titles alike."""


_MEASURE_TITLE = re.compile(r"(?i)\b(?:wavelengths?|frequenc(?:y|ies)|lengths?|sizes?|speeds?|temperatures?|"
                            r"masses|distances?|figures|statistics|data|numbers|values|measurements?|costs?|"
                            r"prices?|populations?|rates?)\b")
"""A title of measures ("Typical wavelengths", "Key figures"): its statements are known by their figures."""


def known_by_figure(title: str, text: str) -> bool:
    """Whether a statement would pair with a title of measures by its figure alone ("Typical wavelengths" beside
    "Infrared – about 1 mm down to 700 nm"): it may be a spare, never that title's pair."""
    return _MEASURE_TITLE.search(title) is not None and re.search(r"\d", text) is not None


_TIME_LABEL = re.compile(r"(?i)(?:long|short|medium)[- ]term(?:\s+(?:responses?|effects?|impacts?))?|immediate|"
                         r"primary|secondary")
"""A card's sub-heading by when or in what order ("Long-term – …"), which names no term to define."""


_LATIN_ENDING = re.compile(r"(?:us|um|i|ae|a|al|ar|ic|ical)$")


def _latin_stem(word: str) -> str:
    """A word's stem without its Latin ending ("fungus", "fungi", "fungal": fung), or "" when none is left to tell."""
    stem = _LATIN_ENDING.sub("", word)
    return stem if stem != word and len(stem) >= 3 else ""



def match_candidates(source: Material) -> list[Candidate]:
    """One candidate per (card, point): the allocator takes at most one per card. None in a language pack: its
    cards are grammar points and word groups, and any example sentence fits more than one of them ("Ayer visité el
    museo" is a regular preterite and a past-tense sentence alike)."""
    if source.word_list:
        return []
    out = []
    titles = {index: set(_content_words(source.pack.cards[index].title)) for index in source.cards}
    titled_fields = Counter(field for index in source.cards for field in fields(source.pack.cards[index].title))
    # (how many titles hold a word of each field of meaning)
    in_titles: dict[str, int] = {}  # word -> how many titles hold it
    for words in titles.values():
        for word in words:
            in_titles[word] = in_titles.get(word, 0) + 1
    faiths = _faiths_named(source.pack.cards[index].title for index in source.cards)
    dated_few = 3 * sum(bool(source.pack.cards[index].date) for index in source.cards) <= len(source.cards)
    for ref in source.refs:
        card = source.pack.cards[ref.card]
        text = source.point(ref).text
        words = set(_content_words(text))
        own = titles[ref.card]
        # a statement with no key term is one the other sections could not ask: matching is where it serves
        score = length_score(text, best=12) - 0.75 * min(2, len(source.point(ref).terms)) + source.jitter() * 0.5
        if share_words(title_words(card.title), title_words(text)) or GENERIC_HEADINGS.match(card.title) \
                or short_noun_shared(text, card.title) and not _short_noun_everywhere(source.pack, card.title) \
                or "?" in card.title or _same_stem(card.title, text) or echoes(text, card.title) or " | " in text \
                or _JUDGING.match(card.title) or ADVICE_TITLE.search(card.title) \
                or prints_symbol_of(card.title, text) or is_scaffolding(card.title) or OTHER_THAN.match(card.title):
            continue  # "Keynes argued …" beside "John Maynard Keynes", "CO₂ is …" beside "Carbon dioxide and climate":
            # the statement names its own title; "Key terms"
            # is no topic one statement belongs to; "Why add the acid first?" is answered by one of its points, and
            # its others (an equation) answer nothing; "Common exam mistakes" is advice, no topic of a statement
        # words shared with other titles make it ambiguous
        score -= min(3.0, 0.5 * sum(in_titles.get(word, 0) - (word in own) for word in words))
        label = _LABEL.match(text)
        if label and set(label.group(1).casefold().split()) & set(re.findall(r"[\w'’-]+", card.title.casefold())):
            continue  # "For – fewer children born …" under "Embryo screening – for and against": its label is the title's
        labelled = label or re.match(r"\W*([^\W\d][\w'’-]*(?:\s[\w'’-]+)?):\s", text)
        if labelled and _VERDICT_LABEL.fullmatch(labelled.group(1)):
            continue  # "Criticism – some residents priced out" is said of every regeneration scheme a pack studies,
            # "Costs: a farmed valley and homes flooded" of every reservoir
        if source.maths and len(re.findall(r"[^\W\d_]{3,}", text)) < 3 \
                or re.search(r"\d", text) and len(re.findall(r"[^\W\d_]{3,}", text)) < 2:
            continue  # "235 ≤ d < 245 and 3.15 ≤ t < 3.25": in maths, figures and symbols fit every title of their
            # method; "Oxygen – mp −218 °C, bp −183 °C" is a line of data, which goes with the one title over data
        if symbols_in(card.title) & symbols_in(text):
            continue  # "Raising the temperature lowers Kₚ" under "Equilibrium constant Kₚ": the symbol pairs them
        if _about_the_compared(card, text):
            continue  # "Nervous responses are fast, short-lived …" under "The endocrine system", beside "Compared with
            # nerves, hormonal effects are slower": the line is about what the card compares its title with
        if any(titled_fields[field] == 1 for field in fields(card.title) & fields(text)):
            continue  # "The chorus is sung by the whole choir" under "Vocal music", the one title of singing: the
            # meaning of its words pairs them at sight
        if _another_country_acts(card.title, text):
            continue  # "The USA (Eisenhower) opposed the use of force" under "Reactions in Britain and France": said of
            # a country the title leaves out, it fits a title on the others' part as well
        if text.count(",") >= 2 and not has_verb(text):
            continue  # "Divide and rule, paternalism, the 'jewel in the crown'": the card's key words, no statement
        if len(faiths) > 1 and faith_told(card.title, text):
            continue  # "Qur'an 17:31 warns against killing children …" under "Muslim views on abortion": the one
            # statement of that faith's book names its title among the faiths' views
        if starts_with_pronoun(text) or leans_on_previous(text) or word_count(text) < 4 or _BARE_POINTER.search(text) \
                or kind_unnamed(text, card.title) or source.continues(ref) \
                or _PERSONAL.search(text) and _names_someone(source, card.title):
            continue  # "He …" tells which title is a person, as does "1791 – his bill defeated" under "Wilberforce in
            # Parliament"; "So …" needs what came before; "… the classic practical for this" says not what
        if re.match(r"\s*\(\s*[+−-]\s*\)", text) or re.search(r"\d{3}0s|\b1\d{3}\b|\b20\d{2}\b", card.title) \
                and re.search(r"\b1\d{3}\b|\b20\d{2}\b", text):
            continue  # "(−) Mouse antibodies …" says which title by its sign; "Brighton, 1984" under "The 1980s" by its
            # year
        if card.date and dated_few and (_DATED_STATEMENT.search(text) or _PAST_CLAIM.search(text)
                                        and not re.search(r"\b(?:is|are|can|may|will|has|have)\b", text)):
            continue  # "Opened on 10 June 2000 and closed two days later" under "Millennium Bridge, London", the one
            # dated card of a physics pack: the one statement with a date goes with the one title of an event, and so
            # does the one told in the past ("Heavy rainfall in the weeks before saturated the clay")
        if WORKED_SUM.search(text) or re.match(r"(?i)\W*(?:worked example|check)\b", text) or EQUATION.search(text) \
                or _FORMULA_ALONE.match(text):
            continue  # "P(double) = 6/36 = 1/6" is a sum worked for the student: it matches any title of its method;
            # an equation is matched to "Nuclear equations" by its shape, a formula ("Formula: x̄ = Σx/n") by its
            # symbols
        if re.match(r"\W*(?:for (?:example|instance)|examples?\s*[:–—-]|e\.g\.|as a result|in (?:addition|contrast)|"
                    r"similarly)(?!\w)", text, re.I):
            continue  # "For example, at Presidium level …": an example of what the sentence before it said; "Example:
            # if disease kills the rabbits, foxes eat more voles" shows food webs and interdependence alike
        if re.match(r"(?i)\W*(?:key (?:point|idea|fact|thing|term|word)s?|keywords?|definitions?)\s*[–—:-]", text):
            continue  # "Key point – it showed civilian control …": the author's note, and its "it" is the card's;
            # "Key term – jihad: holy struggle …" defines a word, and fits every card the word would
        if re.match(r"\W*(?:Showed|Shows|Proved|Proves|Meant|Means|Suggested|Suggests|Demonstrated|Revealed)\b",
                    text):
            continue  # "Showed that reconciliation was becoming unlikely": a verdict with no subject fits every
            # title of its story
        if _PRACTICAL_TITLE.search(card.title) and _STEP.match(text):
            continue  # "Introduce one air bubble and record how far it moves" under "Required practical – using a
            # potometer": the one step of a method among facts pairs with the one practical at sight
        if _ADVICE.match(text) or source.maths and re.search(r"\b(?:must|should)\s+(?:be|always|never)\b", text) \
                or re.search(r"(?i)\b(?:higher|foundation)[ -]tier\b", text):
            continue  # "Keep the full calculator value until the last step", "Only works in a right-angled
            # triangle", in maths "Calculator must be in degrees mode": the student's how-to holds for every method
            # of the pack; "Higher tier only – expect a calculation" is a note on the exam
        if _CHRONOLOGY.search(card.title) and _DATE_FIRST.match(text):
            continue  # "15–20 April: airspace closed" under "Timeline of the eruption": the one statement that opens
            # on a date goes with the one title that lists dates
        if _VERSUS.search(text) and _VERSUS.search(card.title):
            continue  # "Energy released: more vs less" under "Complete vs incomplete combustion": the one line set
            # out as a contrast goes with the one title that is
        if re.search(r"\b(?:NOT|NO|NEVER|ONLY)\b", text):
            continue  # "Particles do NOT get more energy – only the frequency changes" under "Concentration": a
            # contrast with another card (temperature) that holds as well for every card but that one
        if glossed(source.point(ref)):
            continue  # "la mesa – the table" under "Classroom objects" or "In the classroom": the titles are kinds
        if _lists_as_many(card.title, text):
            continue  # "1 Vote for every man aged 21+; 2 secret ballot; … 6 annual parliaments" under "The People's
            # Charter – the Six Points": a list of as many items as the title counts goes with it by its shape
        if _term_then_dash(source.point(ref)) and sum(map(_term_then_dash, card.points)) >= 2:
            continue  # "Direct current (d.c.) – one direction only" under "Mains electricity in the UK": one of the
            # card's terms set against another, which may be the very thing the title is not
        pair = Pair(ref.card, printed_title(card.title), ref, LEFT_OFF.sub("", text).strip())  # ("… (asymmetric). Draw
        # it!": the author's call to the student is no part of the statement)
        out.append(Candidate(score, (ref,), lambda index, pair=pair: _pair(source, pair), card=ref.card))
    return out


def opens_on_label(text: str) -> bool:
    """Whether a statement opens on a name and a dash ("Diamond – a decision …", "Rectangle with double side lines –
    a subroutine"): a term and its meaning, a few words with no verb before the dash."""
    head = re.match(r"\W*([^\W\d][^–—:;.]{0,60}?)\s[–—]\s", text)
    return head is not None and len(head.group(1).split()) <= 6 and not has_verb(head.group(1))


def _countries_in(text: str) -> set[str]:
    """The countries a text names, by one or two capitalised words ("Britain", "the USA", "South Africa")."""
    names = re.findall(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?", text)
    found = {name for name in names if is_country(name)}
    return found | {word for name in names for word in name.split() if is_country(word)}


def _another_country_acts(title: str, text: str) -> bool:
    """Whether the statement opens on a country its title does not name, where the title names countries."""
    named = _countries_in(title)
    first = re.match(r"\W*(?:The\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)", text)
    if not named or first is None:
        return False
    opening = _countries_in(first.group(1))
    return bool(opening) and not opening & named


COUNTED = r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+[a-z]+s\b"
"""A count of things a title names ("the Six Points", "Five Pillars"), its number in group 1 (case ignored)."""


_PAST_CLAIM = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b")
"""A statement told in the past ("saturated the clay", "was demolished")."""
_DATED_STATEMENT = re.compile(rf"\b(?:1\d{{3}}|20\d{{2}})\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN}(?!\w)")
"""A year or a day of a month in a statement ("on 10 June 2000")."""


def _lists_as_many(title: str, text: str) -> bool:
    """Whether a statement lists, numbered or between semicolons, as many items as its title counts ("the Six
    Points", "Five Pillars")."""
    counted = re.search(COUNTED, title, re.I)
    if counted is None:
        return False
    count = NUMBER_WORDS.get(counted.group(1).casefold()) or int(counted.group(1))
    numbered = [int(found) for found in re.findall(r"(?:^|[;,]\s*|\s)(\d{1,2})[.)]?\s+[^\W\d_]", text)]
    return numbered[:1] == [1] and max(numbered) == count or len(re.split(r"\s*;\s*", text.strip(" ."))) == count


_CHRONOLOGY = re.compile(r"(?i)\b(?:timeline|time ?line|chronology|key dates|dates|sequence of events|"
                         r"order of events)\b")
"""A title that lists dates."""
_DATE_FIRST = re.compile(rf"\W*(?:(?:c\.|AD|BC)\s*)?\d{{1,4}}(?:st|nd|rd|th)?\b|\W*{MONTH_PATTERN}\b")
"""A statement that opens on a date ("15–20 April: …", "1066 – …", "March 1917: …")."""
_VERSUS = re.compile(r"(?i)\b(?:vs\.?|v\.|versus)(?=\s)")
"""A contrast set out as "X vs Y"."""
_ADVICE = re.compile(r"\W*(?:(?:Always|Don['’]t|Do not|Remember|Make sure|Be careful|Try|Keep|Sketch|Draw|Label|"
                     r"Write|Use|Check|Round|Learn|Show|Put|Start|Press|Avoid|Set|Mark|Give|Find|Look|Note|Choose|"
                     r"Substitute|Rearrange|Convert|Identify|Include|Quote|Watch)\b(?!\s*[:–—-])|Only\s+[a-z]+s\b)")
"""A line that tells the student what to do ("Keep the full value …", "Sketch N–E–S–W …") or, verb first, where a
method works ("Only works in a right-angled triangle"); not a label ("Use: making fertilisers")."""
_PRACTICAL_TITLE = re.compile(r"(?i)\b(?:practical|experiment|investigation|investigating|method|procedure)\b")
"""A title over a practical's method."""
_STEP = re.compile(r"\W*[A-Z][a-z]+(?<!s)(?<!ed)(?<!ing)\s+(?:the|a|an|one|two|three|some|it|them|each|all|your|"
                   r"\d)\b")
"""A line opening on a verb that tells what to do ("Introduce one air bubble …", "Seal the joints …")."""
_FORMULA_ALONE = re.compile(r"(?i)\W*(?:formulae?|equation|rule)\s*[:–—-]|[^=]{0,12}=(?![^=]*\b[a-z]{3,}\s+[a-z]{3,}\b)")
"""A line that is a formula, labelled or with no phrase of words beside its "=" ("Formula: x̄ = Σx/n", "x̄ = Σx/n")."""
_PERSONAL = re.compile(r"(?i)\b(?:he|his|him|she|her|hers)\b|^\W*(?:died|born|married|executed|murdered|assassinated|"
                       r"crowned|exiled|imprisoned|elected|resigned)\b")
"""A statement about a person ("He …", "Died Oct 1929 …"): it tells which title is the person."""


def _names_someone(source: Material, title: str) -> bool:
    """Whether a card's title names a person of the pack ("Wilberforce in Parliament")."""
    people = source.words.persons | source.words.possessive
    return any(word.strip(",.:;–-") in people for word in re.sub(r"['’]s\b", "", title).split()) \
        or gender_of(title) != ""  # ("Emily Wilding Davison": a given name opens it)


def definition_candidates(source: Material) -> list[Candidate]:
    """A key term and its definition from each ``**term** – what it is`` point of a content pack: matched when the
    titles give no matching ("Resolution" to "the ability to tell apart two points close together")."""
    out = []
    for ref, term, meaning in definitions(source):
        score = length_score(meaning, best=10) + source.jitter() * 0.5
        pair = Pair(ref.card, term, ref, meaning, defines=True)
        out.append(Candidate(score, (ref,), lambda index, pair=pair: _pair(source, pair), card=ref.card))
    return out


_COMPARED = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|unlike|in\s+contrast\s+to|as\s+opposed\s+to)\s+"
                       r"(?:the\s+|a\s+|an\s+)?([^\W\d_]{4,})")


def _about_the_compared(card, text: str) -> bool:
    """Whether a line opens on what its card compares the title with ("Compared with nerves, …" then "Nervous
    responses are fast …"): a statement of the other thing, which fits the title only by its card."""
    compared = {found.group(1).casefold()[:4] for point in card.points for found in _COMPARED.finditer(point.text)}
    first = re.match(r"\W*([^\W\d_]{4,})", text)
    return bool(first) and first.group(1).casefold()[:4] in compared and not _COMPARED.search(text)


def definitions(source: Material) -> list[tuple[PointRef, str, str]]:
    """Each ``**term** – what it is`` point of a content pack whose meaning names the term and nothing else, as (point,
    term, meaning): none where the meaning spells its term, gives examples or a record, or is a figure's."""
    if source.word_list:
        return []
    out = []
    defining = [(ref, defined_at(source, ref)) for ref in source.refs]
    times = Counter(singular(pair[0].casefold()) for _, pair in defining if pair is not None)
    for ref, pair in defining:
        if pair is None:
            continue
        term, meaning = pair
        if times[singular(term.casefold())] > 1:
            continue  # "Arête – a narrow knife-edge ridge …" and, on the map card, "Arête – a narrow ridge with tightly
            # packed contours": either meaning matches it
        found = next((each for each in source.terms[ref] if source.point(ref).terms
                      and each.start == source.point(ref).terms[0].start), None)
        if found is not None and found.kind == "name" or is_country(term) or term.casefold() in CITIES \
                or _VERDICT_LABEL.fullmatch(term) or _TIME_LABEL.fullmatch(term.strip()) \
                or re.search(r"(?i)\bto \w+ (?:it|them)\b", meaning) or _ONE_OF_A_KIND.match(meaning) \
                or re.match(r"(?i)\W*(?:e\.\s?g\.|eg\b|for example|such as)", meaning) \
                or _EXAMPLE_SENTENCE.match(meaning):
            continue  # "Ukraine – after Russia's invasion …" is a case, not a meaning; "Pro-natalist – aims to raise
            # it": what it raises, the line before said; "Wastwater – deepest lake in England": a record, so a place;
            # "Pros – jobs for locals" names no term, and its cheer matches it at sight; "GM crops – e.g. resistant
            # to insects" gives examples, no meaning; nor does "Production: a firm trains its workers, who later move"
        if re.search(r"(?i)(?:scale|meter|index|gauge|test)s?$", term) \
                and re.match(r"(?i)\W*(?:measures?|measured|measuring|tests?|shows?|detects?)\b", meaning):
            continue  # "Mercalli scale – measures the effects seen (I–XII)": the one meaning that measures is the
            # scale's at sight
        if fields(term) & fields(meaning):
            continue  # "Time lags – the rounds of spending take months or years": the meaning's words are of the term's
            # field, and pair them at sight
        if "/" in term and "/" in meaning:
            continue  # "Vasodilation / vasoconstriction – widening / narrowing of arterioles": the one pair of terms
            # goes with the one pair of meanings by their form
        if not 3 <= word_count(meaning) <= 22 or re.search(r"[\d=→]", term) \
                or EQUATION.search(re.sub(r"[→⇌]", ",", meaning)) \
                or re.search(r"[.;]\s+\S[^.;]*(?:=|\s[–—]\s)", meaning) \
                or share_words(title_words(term), title_words(meaning)) or echoes(meaning, term) \
                or len(term.strip()) <= 3 and re.search(rf"(?<!\w){re.escape(term.strip())}(?!\w)", meaning) \
                or _same_stem(term, meaning) \
                or any(spelled_out(letters, meaning)
                       for letters in re.findall(r"\b(?=[a-z]?[A-Z]{2})[A-Za-z]{2,6}\b", term)) \
                or found is not None and symbol_beside(source.point(ref).text, found):
            continue  # "Resolution – the resolving power …" says its own name; a figure or formula is no word;
            # "GNI per capita – gross national income …" spells its letters; "n(A) – the number of elements in set A.
            # A ∩ B′ = in A but not B" defines a second thing after the first; a note's arrow ("one cell thick →
            # short diffusion distance") is no equation; "Bromine – … orange-brown colour (e.g. KBr(aq))" prints its
            # symbol, and "k – spring constant in N/m (stiffer spring → bigger k)" its own letter
        out.append((ref, term, meaning))
    return out


_EXAMPLE_SENTENCE = re.compile(r"(?:(?:a|an|the)\s+)?[a-z]+\s+[a-z]+s\s+(?:its|the|a|an|their|his|her)\b")
"""A case told as a sentence, its subject and verb first ("a firm trains its workers …", "vaccination protects the
person vaccinated …"): an example of a kind, where a definition would say what the kind is."""
_ONE_OF_A_KIND = re.compile(r"(?i)\W*(?:the\s+)?(?:deepest|largest|highest|biggest|longest|oldest|tallest|widest|"
                            r"smallest|busiest|wettest|driest|hottest|coldest|first|only)\b")
"""A description that opens on a record ("deepest lake in England"): it names one thing, the pack's case, and
among definitions of kinds it stands out."""


def _term_then_dash(point) -> bool:
    """Whether a line opens on a key term and a dash, a bracket perhaps between ("**Direct current** (d.c.) – one
    direction only"): looser than ``defined_at``, which a matching of definitions needs exact."""
    return bool(point.terms) and not point.text[:point.terms[0].start].strip(" \"'“‘") \
        and re.match(r"\s*(?:\([^()]*\)\s*)?[–—-]\s", point.text[point.terms[0].end:]) is not None


_SAID_TO_BE = re.compile(r"\s*[=:]\s+(?=[^\W\d_])")
"""A note's "=" or colon between a key term and its meaning in words ("**Alkali** = a soluble base", "**Battery**: two
or more cells in series"), not a formula's."""


def _split_definition(point, glossary: bool) -> tuple[str, str, str] | None:
    """A definition as its term, the sign after the term, and its meaning."""
    if not point.terms:
        loose = _GLOSSARY_LINE.fullmatch(point.text.strip()) if glossary else None
        if loose is None or GLOSS_DASH.search(loose.group(2)) or "=" in loose.group(2):
            return None
        return loose.group(1).strip(), "–", loose.group(2).strip().rstrip(".")
    if point.text[:point.terms[0].start].strip(" \"'“‘"):
        return None
    first = point.terms[0]
    aside = ASIDE_AFTER_TERM.match(point.text, first.end)  # ("**Wavelength** (λ) – …", "**Kinetic energy** (KE) – …")
    after = aside.end() if aside else first.end
    dash = GLOSS_DASH.match(point.text[after:]) or _SAID_TO_BE.match(point.text[after:])
    if dash is None or GLOSS_DASH.search(point.text[after + dash.end():]) \
            or "=" in point.text[after + dash.end():]:
        return None
    return point.text[first.start:first.end].strip(), dash.group().strip(), \
        point.text[after + dash.end():].strip().rstrip(".")


ASIDE_AFTER_TERM = re.compile(r"\s*\([^()\d]{1,12}\)(?=\s*[–—:=-]\s)")
"""A term's symbol or short name in brackets before its meaning ("**Wavelength** (λ) – the distance …")."""


_GLOSSARY_LINE = re.compile(r"([^\W\d_][\w'’()-]*(?:\s[\w'’()-]+){0,3})\s+[–—-]\s+([^\W\d_].*)")
"""A glossary's line, a word or few unmarked, a dash, and what they mean."""


def defined_at(source: Material, ref) -> tuple[str, str] | None:
    """``**Nucleus** – holds the genetic material`` as (``Nucleus``, ``holds the genetic material``): a key term the
    line opens on, then what it is; None for any other line. In a glossary card (its title says every line is a word
    and its meaning) the term may be unmarked ("hydrocarbon – contains hydrogen and carbon only")."""
    split = _split_at(source, ref)
    return None if split is None else (split[0], split[2])


def definition_mark(source: Material, ref) -> str:
    """The sign between a defined term and its meaning, "–" for a dash or "=", ":" for a colon, "" for a line that
    defines nothing: a note's colon labels a description as often as a meaning, and beside a glossary of dashes
    ("**Arid** – very dry") a line with one ("**Khejri tree**: very deep roots …") is of another kind."""
    split = _split_at(source, ref)
    return "" if split is None else ":" if split[1] == ":" else "–"


def _split_at(source: Material, ref) -> tuple[str, str, str] | None:
    """The definition a point of the pack makes, its card's title saying whether it is a glossary."""
    return _split_definition(source.point(ref), names_word_list(source.pack.cards[ref.card].title))


def _pair(source: Material, pair: Pair) -> Pair | None:
    visible = [pair.title, pair.text]
    if source.gives_away(visible, []):
        return None
    if any(int(first) <= int(year) <= int(first[:len(first) - len(last)] + last)
           for first, last in re.findall(r"(?<![\d.,])(\d{3,4})\s*[–—-]\s*(\d{2,4})(?![\d,])", pair.title)
           for year in re.findall(r"(?<![\d.,£$€])(\d{3,4})(?![\d,%]|\.\d)", pair.text)):
        return None  # "The Great Heathen Army, 865–877" beside "876: Halfdan shared out Northumbrian land": the
        # title's span takes in its own statement's year, and no other's
    if any(printed_together(shown, pair.title, pair.text) for shown in source.shown):
        return None  # "Infrared" and "space (JWST) or very high, dry sites" beside the timeline's "The James Webb Space
        # Telescope was launched, mainly observing infrared": another question prints the pair together
    if any(re.match(rf"\W*{re.escape(quantity)}\W*(?:[–—:=-]|\s(?:is|means)\b)", part.casefold())
           for quantity in source.worked_out for part in (pair.text, f"{pair.title} – {pair.text}")):
        return None  # "Lag time – the time between peak rainfall and peak discharge" beside "peak rainfall at 10:00,
        # peak discharge at 22:00 → lag time = ____": the definition is the sum's method, printed in one line or as
        # a title and the statement matched to it ("Magnification" and "image height ÷ object height")
    source.record(visible, [])
    if pair.defines:  # (a card's title prints beside its other lines' questions, and shares their words by right)
        source.pairs.append((pair.title, pair.text))
    return pair


_SCRIPTED_SYMBOL = re.compile(r"(?<![\w])[A-Za-zΔαβγδλμρσθΩ][₀-₉ₐ-ₜᵢ-ᵪ\ue000-\ue03f⁰-⁹ᵃ-ᶻ]+(?![\w])")
"""A symbol with a subscript or a superscript ("Kₚ", "R_f", "Eₐ")."""


def symbols_in(text: str) -> set[str]:
    """The scripted symbols a text prints."""
    return set(_SCRIPTED_SYMBOL.findall(text))


def printed_together(shown: str, title: str, text: str) -> bool:
    """Whether a text holds a title's words and a name or initials its statement prints ("JWST", spelt out as the
    James Webb Space Telescope)."""
    words = re.findall(r"[a-z]{3,}", title.casefold())
    if not words or not all(re.search(rf"\b{word}", shown.casefold()) for word in words):
        return False
    initials = "".join(word[0] for word in re.findall(r"\b[A-Z][\w'’-]*", shown))
    return any(acronym in initials for acronym in re.findall(r"\b[A-Z]{3,}\b", text)) \
        or any(re.search(rf"\b{re.escape(name)}\b", shown) for name in re.findall(r"\b[A-Z][a-z]{3,}\b", text[1:]))


def _content_words(text: str) -> list[str]:
    return [word for word in re.findall(r"[a-z0-9]+", text.casefold()) if len(word) > 3]


NAMES_A_FORM = re.compile(r"(?i)\b(?:formula[es]?|equations?|symbols?|units?|dates?|numbers?|figures?|statistics|"
                          r"inverse\s+square|proportional(?:ity)?)\b")
"""A title that names the form of what its card says ("Formulae of the first four alcohols", "Inverse square law"): its
statement is the one written that way ("Ethanol: C₂H₅OH", "light intensity ∝ 1 / distance²"), matched by its look."""


@lru_cache(maxsize=8192)
def title_words(title: str) -> frozenset[str]:
    """A title's content words in the singular (``volcanoes``, ``addresses``, ``topologies``, ``fats``: volcano,
    address, topology, fat) and a past form as its verb (``swept``: sweep), for telling alike titles apart and a
    statement that names one (kept: a sheet asks for the same titles' words many times over)."""
    title = plain_scripts(title)
    return frozenset({IRREGULAR_PAST.get(word, singular(word)) for word in re.findall(r"[a-z0-9]+", title.casefold())
                      if len(word) > 3 or len(word) == 3 and word.isalpha() and word not in _SHORT_COMMON} | {
        symbol.casefold() for symbol in TWO_LETTER_SYMBOL.findall(title)} | {
        compound for compound in re.findall(r"(?<![\w-])[a-z0-9]{1,3}-[a-z0-9]+(?![\w-])", title.casefold())} | {
        _GREEK[letter] for letter in title if letter in _GREEK})
    # ("Rf", "pH", "UN": a symbol of two letters names its topic as surely as a word; so does a short compound,
    # "D-Day", "U-boat", whose parts alone are too short to tell; and a Greek letter its name: "α most ionising"
    # beside "Alpha, beta and gamma compared")


_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "Δ": "delta", "θ": "theta", "λ": "lambda",
          "σ": "sigma", "Σ": "sigma", "ω": "omega", "Ω": "omega"}
"""Greek letters a statement prints for what a title spells out."""


def _short_noun_everywhere(pack: Pack, title: str) -> bool:
    """Whether each short noun of ``title`` stands in most of the pack's titles ("War" in a pack on the Cold War):
    there it names no one card's topic, and a statement's "wartime" points to no title."""
    nouns = {word for word in re.findall(r"[a-z]+", title.casefold()) if word in SHORT_NOUNS}
    return all(sum(noun in re.findall(r"[a-z]+", card.title.casefold()) for card in pack.cards) * 2 > len(pack.cards)
               for noun in nouns)


SHORT_NOUNS = {"day", "law", "war", "age"}
"""Nouns of three letters left out of title words, as they stand in every title of some packs ("The Cold War")."""
_SHORT_COMMON = {"the", "and", "for", "are", "was", "but", "not", "has", "had", "its", "his", "her", "who", "how", "why",
                 "can", "may", "all", "any", "one", "two", "six", "ten", "per", "off", "out", "own", "new", "old", "use",
                 "set", "end", "way", "did", "got", "let", "put", "see", "saw", "say"} | SHORT_NOUNS


def short_noun_shared(text: str, title: str) -> bool:
    """Whether a title's short noun ("Law, order and conflict", "The Cold War") starts a word of the statement
    ("Lawless mining camps", "Post-war distress" beside "the end of the Napoleonic Wars"): title words leave such
    nouns out (``SHORT_NOUNS``); others of three letters ("tax", "oil") are title words, which ``share_words``
    compares."""
    nouns = {word for word in re.findall(r"[a-z]+", title.casefold()) if word in SHORT_NOUNS}
    return any(word.startswith(noun) for noun in nouns for word in re.findall(r"[a-z]+", text.casefold()))


_E_DROPPED = frozenset({"ing", "ed", "er", "ers", "able", "ity", "ify", "ified", "ation"})
"""Endings that take the place of a word's last e ("naming", "purity")."""


def share_words(first: set[str], second: set[str]) -> bool:
    """Whether two sets of title words hold one word, or two of one stem (``Creation`` and ``created``: their
    common start is five letters at least and all but three of the shorter), or one and its negation (``purity``,
    ``impurity``)."""
    if first & second:
        return True
    for one in first:
        for other in second:
            short, long = sorted((one, other), key=len)
            if len(short) >= 3 and long.isalpha() and long.startswith(short) and len(long) > len(short):
                return True  # "hex" for "hexadecimal", "cell" for "cells"
            if len(short) >= 4 and long.isalpha() and any(long in (prefix + short, prefix + short + "s")
                                                           for prefix in ("in", "out", "over", "under")):
                return True  # "flow" for "inflows" and "outflows"
            if len(short) >= 5 and long in ("im" + short, "un" + short, "non" + short):
                return True  # "purity" for "impurity": the word with its negating prefix
            if len(short) >= 4 and short.endswith(("f", "fe")) \
                    and long.startswith(short[:-2 if short.endswith("fe") else -1] + "v"):
                return True  # "half" for "halve", "leaf" for "leaves", "knife" for "knives"
            if len(short) >= 4 and short.endswith("le") and long.startswith(short[:-2] + "ul"):
                return True  # "circle" for "circular", "molecule" for "molecular"
            if any(len(a) >= 5 and a.endswith("ry") and b.startswith(a[:-2] + "er")
                   for a, b in ((one, other), (other, one))):
                return True  # "entry" for "enter", "mastery" for "master"
            if any(a.endswith("sis") and len(a) >= 6 and b in (a[:-3] + "tic", a[:-3] + "tical", a[:-3] + "tically")
                   for a, b in ((one, other), (other, one))):
                return True  # "mitosis" for "mitotic", "osmosis" for "osmotic"
            if len(short) >= 5 and len(long) == len(short) + 1 and long.isalpha() \
                    and any(long[:cut] + long[cut + 1:] == short for cut in range(len(long))):
                return True  # "Kibra" for "Kibera": a name spelled one letter short
            if len(short) >= 4 and short.endswith("e") and long.startswith(short[:-1]) \
                    and long[len(short) - 1:] in _E_DROPPED:
                return True  # "name" for "naming", "pure" for "purity"
    for one in (word for word in first if word.isalpha()):
        for other in (word for word in second if word.isalpha()):  # "alpha0" is a label, not a form of "alpha"
            common = 0
            for a, b in zip(one, other):
                if a != b:
                    break
                common += 1
            if common >= 5 and common >= min(len(one), len(other)) - 3:
                return True
    return False
