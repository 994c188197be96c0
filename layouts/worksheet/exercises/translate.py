"""Translation: a vocabulary pack's words to translate both ways, one mark a word.

A word and its meaning come from either kind of vocabulary card: a card whose
back is one short point (the title is the word, the point its meaning, as the
flashcards set such a back like a front), or a point written ``**la gare** –
the station`` (the bold term is the word, the text after the dash its
meaning). In a language pack (its subject is a language, or its labels are
not English) a plain ``la gare – the station`` is a word too: teachers seldom
mark every word of a list. About half the words are asked from the word to its meaning and half
the other way, chosen with the worksheet's seeded random source.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from difflib import SequenceMatcher
from os.path import commonprefix
from typing import Callable

from ....source.model import Card, Pack, Point
from .kinds import LANGUAGES, is_given_named
from .questions import PointRef, Translate
from .roles import AUTHORS_NOTE, is_scaffolding
from .words import GLOSS_DASH, english_zipf, everyday, familiar, plainly_english, shares_root, spelled_out, unaccented

MEANING_WORDS = 6
"""A back of one point of at most this many words is a meaning (the flashcards' ``SHORT_POINT_WORDS``)."""
SENTENCE_WORDS = 8
"""A line's side in the language of at most this many words is a phrase or sentence to learn with its meaning."""
MIN_WORDS = 4
"""Fewer words than this make no default translation section."""


def vocabulary(pack: Pack) -> list[tuple[PointRef, str, str]]:
    """Every word of the pack's quiz cards with its meaning, in the pack's order: (point, word, meaning)."""
    found = []
    plain = is_language_pack(pack)
    for index, card in enumerate(pack.cards):
        if not card.quiz:
            continue
        if _one_meaning(card):
            found.append((PointRef(index, 0), card.title.strip(), card.points[0].text.strip().rstrip(".")))
            continue
        for number, point in enumerate(card.points):
            if _marked_meaning(point):
                continue  # "la Feria de Abril – two weeks after Easter; … casetas", "Mix them – Mientras bailábamos …":
                # words of the language on the meaning's side make it a description or an example, no meaning
            if len(GLOSS_DASH.findall(point.text)) > 1:  # "la cocina – the kitchen; el salón – the living room",
                # "fácil – easy · difícil – hard",
                # "Erdkunde – geography (NOT Geographie!), Geschichte – history": each entry is a word
                text = point.text
                if point.terms and re.search(r"[!:]\s*$", text[:point.terms[0].start]):
                    text = text[point.terms[0].start:]  # "Use qualifiers! sehr – very, …": advice, then the words
                elif (label := re.match(r"[^–—:;,]{1,40}:\s+(?=\S)", text)) is not None:
                    text = text[label.end():]  # "Key time words: letztes Wochenende – last weekend; …": a label
                text = re.sub(r"(?i)^\W*(?:e\.g\.|eg|for example|i\.e\.)[:,]?\s+", "", text)  # "e.g. mis primos – my
                # cousins; …": the examples' word, no part of the entry
                parts = entries(text)
                pairs = [(_STEP_NUMBER.sub("", pair[0]), pair[1]) if pair else pair
                         for pair in (_plain_gloss(part, plain) for part in parts)]  # ("het sap – juice, e.g.
                # sinaasappelsap – orange juice": the lead-in of a later entry, no part of its word)
                if (plain or point.terms) and len(pairs) > 1 \
                        and all(pair or " / " in part for pair, part in zip(pairs, parts)) \
                        and not _forms_table([pair for pair in pairs if pair]):
                    found += [(PointRef(index, number), *pair) for pair in pairs if pair and not pair[0].startswith("(")
                              and not pair[1].rstrip().endswith("!")]  # ("… – (girl)friend – careful, context
                    # matters!": advice after the entry, no word and its meaning) ("ruhig – quiet; lebhaft /
                    # lebendig – lively": two forms of one meaning are left out, and the other entries kept)
                continue
            pair = glossed(point, plain, commented=plain)
            sides = GLOSS_DASH.split(point.text, maxsplit=1)
            if pair is not None and len(sides) == 2 and max(sides[1].count(";"), sides[1].count(",")) >= 2 \
                    and familiar(sides[0]):
                continue  # "Trigger phrases – cuando era pequeño/a; de niño/a; siempre", "Justify every opinion –
                # parce que, car, puisque": an English label and its list, no word and its meaning (not "das
                # Mobbing – bullying; zu viele Hausaufgaben; …")
            if pair is not None and not (pair[0].count(",") >= 2 and "," not in pair[1]):
                label = re.match(r"[^–—:;,]{1,40}:\s+(?=\S)", pair[0])
                if label and point.terms and point.text[:point.terms[0].start].rstrip().endswith(":"):
                    pair = (pair[0][label.end():], pair[1])  # "Guessing or probability: Sarà a casa. – He's
                    # probably at home": the card's label, in English, is no part of the phrase
                pair = (_STEP_NUMBER.sub("", pair[0]), pair[1])  # "1. Je suis allé(e) en Espagne – I went to Spain",
                # "e.g. Hay demasiado tráfico", "Then cruza la plaza": the number or lead-in is no part of the phrase
                found.append((PointRef(index, number), *pair))  # (not "el hospital, el aeropuerto, la comisaría –
                # police station": three words, the meaning of the last)
    return found


_STEP_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]\s+(?=\D)|(?:e\.g\.|eg|i\.e\.|then|next|first|finally)[:,]?\s+)",
                          re.IGNORECASE)
"""A list's number or the author's English lead-in before its entry ("1. ", "e.g. ", "Then ")."""


def _marked_meaning(point: Point) -> bool:
    """Whether a key term stands on the meaning's side of a word's dash ("grandparents: **le grand-père**", "before
    Lent (la **Cuaresma**)"), but for another form of the word in brackets ("mobile phone (also **el teléfono
    móvil**)", "(pl. **die Pläne**)")."""
    text = point.text
    cuts = [0, *_entry_ends(text), len(text)]
    other_forms = [(found.start(), found.end()) for found in _OTHER_FORM.finditer(text)]
    for start, end in zip(cuts, cuts[1:]):
        dash = GLOSS_DASH.search(text, start, end)
        if dash is not None and any(dash.end() <= term.start < end
                                    and not any(a <= term.start < b for a, b in other_forms) for term in point.terms):
            return True
    return False


_OTHER_FORM = re.compile(r"(?i)\((?:also|or|pl\.?|plural|sing\.?|singular|fem\.?|masc\.?|=)\s[^()]*\)")
"""A bracket giving another form of the word ("(also el teléfono móvil)", "(pl. die Pläne)")."""


_ENTRIES = re.compile(r"\s*[;·•|↔]\s*(?=[^;·•|↔]*\s[–—-]\s)|\s*,\s*(?=(?:(?!\s/\s)[^;,·•|↔])*\s[–—-]\s)")  # (not
# at the comma of "– half-brother, stepbrother / la demi-sœur – …": the slash parts the entries; "simpatico/a – nice
# ↔ antipatico/a – unpleasant": an arrow sets two entries side by side)


def entries(text: str) -> list[str]:
    """A line of several words and their meanings cut into its entries: at ``_ENTRIES``, and at a slash that stands
    between two entries ("une ville – a town / un village – a village"), not one inside a side ("dans le nord / le
    sud – in the north / south")."""
    ends = _entry_ends(text)
    return [text[start:end].strip(" ;,·•|/↔") for start, end in zip([0, *ends], [*ends, len(text)])]


def _entry_ends(text: str) -> list[int]:
    ends = {_sentence_end_before(text, found) for found in _ENTRIES.finditer(text)}
    for found in re.finditer(r"\s+/\s+", text):
        start = max([end for end in ends if end <= found.start()] + [text.rfind(mark, 0, found.start()) + 1
                                                                      for mark in ";·•|↔"])
        since = text[start:found.start()]  # ("il fait beau – it's nice; il fait chaud / froid – it's hot / cold":
        # the slash is inside the entry after the semicolon)
        stop = min([end for end in ends if end > found.end()] + [at for mark in ";·•|↔"
                                                                 if (at := text.find(mark, found.end())) >= 0]
                   + [len(text)])
        if GLOSS_DASH.search(since) and GLOSS_DASH.search(text[found.end():stop]):
            ends.add(found.end())  # (not "se baigner – to swim / bathe; bronzer – …": the slash is inside the
            # meaning, whose entry ends at the semicolon)
    return sorted(ends)
"""Where a line of several words breaks into its entries: at a comma, semicolon, middle dot or bar before another
word and dash ("**fácil** – easy · **difícil** – hard")."""


def _sentence_end_before(text: str, cut: re.Match) -> int:
    """Where an entry ends that a comma seemed to end: at the meaning's last full stop or question mark before it,
    where the next sentence starts a new entry ("Is het ver? – Is it far? Nee, het is dichtbij. – No, it's nearby":
    "Nee" opens the second answer, and is no part of the first's meaning)."""
    if "," not in cut.group(0):
        return cut.end()
    dash = None
    for dash in GLOSS_DASH.finditer(text, 0, cut.start()):
        pass
    if dash is None:
        return cut.end()
    sentence = None
    for sentence in re.finditer(r"[.!?]\s+(?=[^\W\d_])(?=[^a-z])", text[:cut.start()]):
        pass
    return sentence.end() if sentence is not None and sentence.start() > dash.end() else cut.end()


_NATIVE_NAMES = {
    "english": "anglais englisch inglés ingles inglese inglês engels angielski",
    "french": "français francais französisch franzosisch francés frances francese francês frans francuski",
    "german": "allemand deutsch alemán aleman tedesco alemão alemao duits niemiecki",
    "spanish": "espagnol spanisch español espanol spagnolo espanhol spaans hiszpański hiszpanski",
    "italian": "italien italienisch italiano italiaans włoski wloski",
    "latin": "latein latín latino latim łacina lacina",
    "portuguese": "portugais portugiesisch portugués portoghese português portugees portugalski",
    "dutch": "néerlandais niederländisch neerlandés olandese holandês nederlands niderlandzki",
    "polish": "polonais polnisch polaco polacco polonês pools polski",
}
_LABEL_LANGUAGES = {"en": "english", "fr": "french", "de": "german", "es": "spanish", "it": "italian", "pt": "portuguese",
                    "nl": "dutch", "pl": "polish"}
_LANGUAGE_NAMED = {name: english for english, names in _NATIVE_NAMES.items() for name in names.split()}
_LANGUAGE_NAMED.update((name, name) for name in LANGUAGES)


def subject_language(subject: str) -> str:
    """The language a subject names first, by its English name (``french`` for "French vocabulary" and for
    "Français"); "" for none."""
    word = subject.strip().split(" ", 1)[0].casefold() if subject.strip() else ""
    return _LANGUAGE_NAMED.get(word, "")


def is_language_pack(pack: Pack) -> bool:
    """Whether the pack teaches a language: its subject names one other than the labels' (``French``, ``Spanish
    vocabulary``, ``Anglais`` with French labels) or a language other than English by its English name (``Italian``
    with Italian labels), or names the labels' own language or none, with labels not in English, and a third of its
    points are words with their meanings. A history pack in French ("Histoire", ``lang: fr``) is no language pack,
    nor is "Français" with French labels."""
    lang = (pack.lang or "en").strip().casefold()[:2] or "en"
    language = subject_language(pack.subject or "")
    if language and language != _LABEL_LANGUAGES.get(lang, ""):
        return True
    if language and language != "english" and (pack.subject or "").split()[0].casefold() in LANGUAGES:
        return True  # "French" with French labels: named in English, so taught to English speakers
    if not language and ((pack.subject or "").strip() or lang == "en") or language == "english" and lang == "en":
        return False  # (and "English Literature" with English labels: its "Birling – “unsinkable …”" are quotations)
    # Italian with Italian labels, or no subject with French ones: a word list if a third of its points give words
    # with their meanings ("il mercato – the market", "la cocina – the kitchen; el salón – the living room");
    # "Français" in a French school is its own language
    points = [point.text for card in pack.cards if card.quiz for point in card.points]
    return 3 * sum(1 for text in points if GLOSS_DASH.search(text) and not is_scaffolding(text)) >= len(points) > 0


def is_vocabulary_pack(pack: Pack) -> bool:
    """Whether the pack teaches a language, or most of its quiz cards are vocabulary (one short meaning, or most points
    a glossed word), with at least ``MIN_WORDS`` words: a pack of a card or two is no word list."""
    cards = [card for card in pack.cards if card.quiz]
    plain = is_language_pack(pack)
    wordy = sum(1 for card in cards
                if _one_meaning(card) or 2 * sum(1 for point in card.points if glossed(point, plain)) > len(card.points))
    return (wordy * 2 > len(cards) or plain) and len(vocabulary(pack)) >= MIN_WORDS


_GRAMMAR_NOTE = re.compile(r"(?i)\s*\((?=[^()]*\b(?:endings?|agrees?|invariable|irregular|masculine|feminine|"
                           r"never changes?|doesn['’]t change|no change|often|usually|sometimes|normally|mostly|"
                           r"takes\s+(?:haben|sein|être|avoir))\b|"
                           r"[^()]*=)[^()]*\)")
"""A note in brackets on how the word behaves ("(never changes ending)", "(regnen takes haben)"), when it is found
("the market (often on Saturday morning)") or what else it is called ("the mother (Mama = mum)"), no part of what it
means."""


def _object_unglossed(word: str, meaning: str) -> bool:
    """Whether a meaning stops on its preposition where the phrase goes on to its object ("je suis nul(le) en
    dessin – I'm rubbish at"), or gives a bare verb for a verb and its object ("réussir un examen – to pass"): the key
    would print "dessin", which the prompt never asked, or miss it."""
    return bool(re.search(r"(?i)\b(?:at|in|on|of|with|about)\s*$", meaning)
                and _FOREIGN_PREPOSITION.search(word)) or bool(
        re.fullmatch(r"(?i)\s*to\s+[a-z]+\s*", meaning) and re.match(
            r"(?i)\s*(?!(?:faire|tomar|hacer|machen|avoir|tener|prendre|dar|donner|haben|nehmen|fare|avere|prendere|"
            r"jouer|jugar|spielen)\b)\S+\s+(?:un|une|le|la|les|des|du|ein|eine|einen|den|die|das|el|los|las|una|uno|"
            r"il|lo)\s+\S", word))
    # ("réussir un examen – to pass": the key asks the exam the prompt never names; "faire du bénévolat – to
    # volunteer" is one verb in English, a light verb and its noun in French)


_FOREIGN_PREPOSITION = re.compile(r"(?i)(?:^|\s)(?:en|à|au|aux|de|du|des|dans|sur|avec|in|im|an|am|auf|mit|von|zu|"
                                  r"a|con|para|por)\s+[^\W\d_]{2,}")
"""A preposition of the taught language with its object after it ("en dessin", "in Mathe", "en matemáticas")."""


def _runs_into_list(meaning: str) -> bool:
    """Whether a meaning runs on into a list's next foreign words ("noise, la pollution, la nature"), an article
    opening an item after a comma ("dinner, late" is English)."""
    return any(_ARTICLE_FIRST.match(item.strip()) for item in meaning.split(",")[1:])


def _inside_a_word(answer: str, note: str) -> bool:
    """Whether a word of ``answer`` (five letters or more, less an ending) is part of a word of ``note`` ("Energie" of
    "Sonnenenergie", "sonnen" of "gesonnt")."""
    noted = [found.casefold() for found in re.findall(r"[^\W\d_]+", note)]
    stems = [found.casefold()[:max(4, len(found) - 2)] for found in re.findall(r"[^\W\d_]{5,}", answer)]
    return any(stem in other for stem in stems for other in noted)


def translations(pack: Pack, rng: random.Random, limit: int,
                 free: Callable[[PointRef, str, str], bool] = lambda ref, word, meaning: True) -> list[Translate]:
    """Up to ``limit`` words spread over the pack (those ``free`` allows, by point, word and meaning), about half
    asked word → meaning and half meaning → word."""
    heading = "\0".join((pack.title, *pack.facts())).casefold()  # (the sheet's heading: "Worksheet · German · GCSE")
    listed = vocabulary(pack)
    german = "german" in (subject_language(pack.subject or ""), (pack.lang or "").casefold()) \
        or (pack.lang or "").casefold().startswith("de")  # (whose nouns are written with a capital)
    senses: dict[str, set[str]] = {}
    for _, word, meaning in listed:
        senses.setdefault(_ARTICLE_FIRST.sub("", word).strip().casefold(), set()).add(_meaning_key(meaning))
    words = [word for word in listed if free(*word) and not _worded_otherwise(*word, listed)
             and not any(_cognate(alternative, word[2]) for alternative in re.split(r"\s+/\s+|\s+or\s+", word[1]))
             # ("l'albergo / l'hotel – hotel": the second form is the English word)
             and len(senses[_ARTICLE_FIRST.sub("", word[1]).strip().casefold()]) == 1  # "dolce – sweet" beside
             # "il dolce – dessert": the key would give one of the two meanings the pack teaches
             and not _english_too(word[1]) and not any(re.search(r"\bmeans\b|≠", side) for side in word[1:])
             and not _GRAMMAR.search(word[2]) and not _NOTE_FIRST.match(word[1])
             and not any(_TAKES.search(side) for side in word[1:])
             and not any(_printed_in(side, heading) for side in word[1:]) and not _labelled(word[1], word[2])
             and not spelled_out(_ARTICLE_FIRST.sub("", word[1]), word[2]) and not _in_the_language(word[2])
             and not _initials_given(word[1], word[2])
             and not (_labels_a_glossed_list(_line(pack, word[0])) and "(" in word[1] + word[2])
             and not _forms_of(word[1], word[2])
             and not re.search(r"(?i)\b(?:it|them|one)\s*$", word[2])  # "réussir un examen – to PASS it": the
             # meaning leans on the entry before
             and not (_COPULA.match(word[1]) and not _SUBJECT.match(word[2]))  # "es fácil – easy": the key would
             # print "it's easy" for "easy", or "easy" for "es fácil"
             and not (_FIRST_PERSON.match(word[1]) and not re.match(r"(?i)\W*(?:i\b|i['’]m\b)", word[2]))  # "je suis
             # allergique aux noix – allergic to nuts": the key would add an "I am" the prompt lacks
             and not (_COPULA_INSIDE.search(word[1]) and not _SAYS_IS.search(word[2]))  # "el transporte público es
             # bueno – good public transport": a clause glossed as a phrase, which no key can print for either
             and not re.search(r"(?i)\balso\s*(?:=|means\b)", _line(pack, word[0]))  # "le portable – mobile
             # phone (also = laptop, check context!)": two meanings, and the key would give one
             and not re.search(rf"{re.escape(word[2])}\s*\(\s*(?:NOT|not)\s", _line(pack, word[0]))  # "l'entrée –
             # the starter (NOT the entrance here)": the word's everyday meaning is as right out of context
             and not _glossed_name(word[1], word[2])
             and not any(len(re.split(r"\s+/\s+", side)) >= 3 for side in word[1:])  # "C'est ennuyeux / inutile /
             # difficile": three expressions for one mark, and one or two of them right earns what?
             and not (not german and re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+", word[1].strip()) is not None
                      and word[2].strip()[:1].islower())  # "Stromae – chanteur belge": a person, described
             and not any(note.strip().casefold() == word[2].strip().casefold()
                         for note in re.findall(r"\(([^()]*)\)", word[1]))  # "el currículum (CV) – CV": the word
             # prints its meaning
             and not _runs_into_list(word[2]) and not _object_unglossed(word[1], word[2])
             and not _completes_entry_before(_line(pack, word[0]), word[1], word[2])
             and not _DESCRIBED.match(word[2]) and not _ENGLISH_ONLY.search(word[1])  # "los churros – eaten after
             # parties", "Biggest tomato fight in the world – about an hour of throwing tomatoes": a note on the
             # thing, or two sides in English, no word and its meaning
             and not _DESCRIPTION_TAIL.search(_line(pack, word[0])) and not _ALL_ELSE.match(word[2])  # "das
             # Osterfeuer – big bonfires, especially in the north", "die Restmülltonne – everything else": what the
             # thing is like or holds, no meaning
             and not word[2].rstrip().endswith("!")  # "Top-grade detail – examiners notice it in writing!": a tip
             and not re.search(r"\s(?:vs\.?|v\.|versus)\s", word[1])  # "tú (you) vs tu (your) – the accent
             # matters": two words compared, a grammar note
             and not (re.search(r"\d", word[2]) and len(word[2].split()) >= 3)  # "der Tag der Deutschen Einheit –
             # 3rd Oct, national day (reunification 1990)": a date and a note, no meaning to translate back
             and not re.search(r"[·•|]", word[1] + word[2])  # ("a primary school · un hospital": two entries
             # glued)
             and all(side.count("(") == side.count(")") for side in word[1:])  # ("mit / ohne Kohlensäure –
             # sparkling / still)": an aside's entry cut from its bracket)
             and not _aside_on_word(word[1])
             and not _modifies_another(word[2], listed)]
    chosen = sorted(_spread(words, rng, limit))
    roots = [_gendered_root(words[index][1]) for index in chosen]
    chosen = [index for place, index in enumerate(chosen) if not roots[place] or roots[place] not in roots[:place]]
    # ("il nonno" beside "la nonna": the one printed gives the other)
    chosen = [index for place, index in enumerate(chosen)
              if not any(_words_inside(words[index][1], words[other][1]) for other in chosen[:place])
              and not any(_words_inside(words[other][1], words[index][1]) for other in chosen[:place])]
    # ("un(e) ami(e)" beside "un(e) petit(e) ami(e)": the longer, printed, holds the shorter)
    chosen = [index for place, index in enumerate(chosen)
              if not any(_opposites(words[index][2], words[other][2]) for other in chosen[:place])]
    # ("der Vorteil – advantage" beside "der Nachteil – disadvantage": the one printed gives its opposite)
    chosen = [index for place, index in enumerate(chosen)
              if not any(_same_frame(words[index][1], words[other][1]) for other in chosen[:place])]
    # ("Ik heb dorst." beside "I'm hungry" to put into Dutch: the one printed shows the other's frame, "ik heb")
    backwards = [index % 2 == 1 for index in range(len(chosen))]
    rng.shuffle(backwards)
    meanings = Counter(_meaning_key(meaning) for _, _, meaning in words)
    senses_given = Counter(sense for _, sense in {(ref, sense) for ref, _, meaning in listed + _every_gloss(pack)
                                                  for sense in _senses(meaning)})  # ("petit(e) – short/small"
    # beside "courts – short": "short" has two words in the pack; so has "attack" beside "petō – I seek, attack" on
    # a line of entries the vocabulary could not part)
    taught = _LABEL_LANGUAGES.get((pack.lang or "").casefold(), "") or subject_language(pack.subject or "")
    glosses = listed + _every_gloss(pack)
    out = []
    for index, reverse in zip(chosen, backwards):
        ref, word, meaning = words[index]
        meaning = _GRAMMAR_NOTE.sub("", AUTHORS_NOTE.sub("", meaning)).strip() or meaning  # "on foot (no mit!)",
        # "cheap (never changes ending)": a note, not the meaning
        meaning = re.sub(r"\s*\([^()]*:[^()]*\)|\s*\((?:also|or)\s[^()]*\)", "", meaning).strip() or meaning  # "the
        # train (in Brazil: o trem)", "the airport (also de luchthaven)": another word of the language, printed beside
        # the meaning, answers it
        meaning = re.sub(r"(?i)\s*\((?:about|around|roughly|approx\w*|usually|often|normally)\b[^()]*\)", "",
                         meaning).strip() or meaning  # "break time (about twenty minutes)": a note on the thing, which
        # the student would not know whether to translate
        if meaning.count("(") > meaning.count(")"):  # "mobile phone (also el teléfono móvil" cut at its ";"
            meaning = meaning[:meaning.rfind("(")].strip() or meaning
        reversible = meanings[_meaning_key(meaning)] == 1 \
            and all(senses_given[sense] <= 1 for sense in _senses(meaning)) \
            and not _meant_elsewhere(meaning, ref, glosses) \
            and meaning.strip().casefold() not in _ALSO_FOREIGN.get(taught, ()) \
            and not re.search(r"\bor\b|/", meaning)  # "you live" is tú vives and vosotros vivís; "friend, or
        # boyfriend / girlfriend" is a note on the word's senses, no phrase to put back
        if not reverse and _reads_as_english(word, meaning):
            if not reversible:
                continue
            reverse = True  # "sale" (dirty) shown alone reads as the English word, in a pack that has shops
        reverse = reverse and reversible
        if reverse and _ARTICLE_FIRST.match(word) and (pack.lang or "en").casefold().startswith("en") \
                and meaning in _VERBS_TOO:
            meaning = f"the {meaning}"  # "die Dose – can": "can" alone is the verb as well ("können")
        elif reverse and meaning.strip().casefold() in _VERBS_TOO:
            reverse = False  # "hin und zurück – return": "return" alone reads as the verb ("zurückkehren"), and with
            # no article to add, the phrase is asked the other way
        if reverse:  # "I have dinner (cenare)" to put into Italian would print the verb beside its form "ceno"
            meaning = re.sub(r"\s*\(((?:[^()]|\([^()]*\))*)\)",
                             lambda note: "" if _same_root(note.group(1), word) or _inside_a_word(word, note.group(1))
                             else note.group(0), meaning).strip() or meaning  # "to recycle (ich recyc(e)le)", a
        # bracket inside; "renewable energy (Sonnenenergie, Windkraft)" prints "Energie" of "erneuerbare Energie"
        out.append(Translate(ref, meaning, word, True) if reverse else Translate(ref, word, meaning, False))
    return [item for item in out if not any(other is not item and _printed_in(item.answer, other.shown.casefold())
                                            for other in out)]  # ("divorced" beside "to get divorced" to put into
    # German: the one prints the other's answer)


def _opposites(one: str, other: str) -> bool:
    """Whether two meanings are one word and its negation ("advantage", "disadvantage"; "(un)healthy")."""
    first, second = (re.sub(r"(?i)^\W*(?:the|a|an|to)\s+", "", meaning).strip().casefold() for meaning in (one, other))
    return bool(first and second) and any(first == prefix + second or second == prefix + first
                                          for prefix in ("dis", "un", "in", "im", "non", "non-"))


def _same_frame(one: str, other: str) -> bool:
    """Whether two phrases differ in one word only, their article aside ("Ik heb honger." and "Ik heb dorst.", "j'ai
    faim" and "j'ai soif"): the shared words are the phrase's hard part, and one printed gives it to the other."""
    first, second = (re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", _ARTICLE_FIRST.sub("", phrase.strip()).casefold())
                     for phrase in (one, other))
    return len(first) == len(second) >= 2 and sum(a != b for a, b in zip(first, second)) == 1


def _every_gloss(pack: Pack) -> list[tuple[PointRef, str, str]]:
    """Every "word – meaning" the pack's lines write, entries parted at semicolons: the senses the pack teaches, where
    ``vocabulary`` keeps only the entries it can ask."""
    return [(PointRef(index, number), sides[0], sides[1]) for index, card in enumerate(pack.cards)
            for number, point in enumerate(card.points) for part in point.text.split(";")
            if len(sides := GLOSS_DASH.split(part, maxsplit=1)) == 2]


def _words_inside(one: str, other: str) -> bool:
    """Whether every word of one entry, its articles and gender endings aside, stands in another, longer one
    ("un(e) ami(e)" in "un(e) petit(e) ami(e)")."""
    def plain(entry: str) -> list[str]:
        return [word for word in re.findall(r"[^\W\d_]+", re.sub(r"\([^()]{0,3}\)", "", entry.casefold()))
                if word not in _LINKING]
    mine, theirs = plain(one), plain(other)
    return bool(mine) and len(mine) < len(theirs) and all(word in theirs for word in mine)


_VERBS_TOO = {"can", "will", "may", "must", "watch", "fly", "ring", "match", "light", "park", "train", "book", "play",
              "rock", "spring", "fall", "present", "change", "stamp", "iron", "shop", "cook", "visit", "walk", "swim",
              "rain", "snow", "drink", "ride", "dance", "run", "kiss", "wish", "hope", "love", "smoke", "sleep",
              "dream", "plan", "trip", "stop", "fish", "film", "show", "turn", "rest", "note", "post", "work",
              "water", "fire", "use", "help", "call", "guide", "lift", "record", "sign", "queue", "bill", "check",
              "tip", "cut", "dress", "face", "hand", "head", "mark", "order", "paint", "pay", "place", "rule",
              "ski", "skate", "smell", "sound", "taste", "test", "travel", "view", "wash", "wave", "wind", "return",
              "stay", "flight", "camp", "hike", "tour", "cross", "land", "pack", "drive", "hire", "rent"}
"""English nouns that are verbs (or a modal) too: asked alone, "can" could be "können" as well as "die Dose"."""


def _glossed_name(word: str, meaning: str) -> bool:
    """Whether an entry is a name the pack explains rather than a word it translates: "El Gordo – the huge Christmas
    lottery" (a name opening the line), "Marie Curie – scientifique" (a person's name on either side), "la Fête de la
    musique – free music in the streets" (a name after a lower-case article, described in lower case; "le Père Noël –
    Father Christmas" translates one)."""
    if re.match(r"(?:El|La|Los|Las|Le|Les|Der|Die|Das|Il|Lo)\s+[A-Z]", word):
        return True
    if is_given_named(word.strip()) or is_given_named(meaning.strip()):
        return True  # "Marie Curie – scientifique", "Thomas Pesquet – astronaute français": a person the pack
        # introduces, in its own language on both sides
    return re.match(r"(?i:el|la|los|las|le|les|il|lo)\s+[A-Z][a-zà-ÿ]", word) is not None \
        and re.sub(r"^(?:the|a|an)\s+", "", meaning)[:1].islower()


def _line(pack: Pack, ref: PointRef) -> str:
    """The text of the point a word comes from, notes and all."""
    return pack.cards[ref.card].points[ref.point].text


_COPULA = re.compile(r"(?i)^(?:es|está|son|c['’]est|il est|elle est|es ist|ist|è|sono)\s")
"""A phrase of the language that opens on "it is" ("es fácil", "c'est nul", "es ist toll")."""
_FIRST_PERSON = re.compile(r"(?i)^(?:je suis|j['’]ai|ich bin|ich habe|soy|estoy|tengo|sono|ho)\s")
"""A phrase of the language that opens on "I am" or "I have" ("je suis allergique aux noix")."""
_SUBJECT = re.compile(r"(?i)^(?:it|he|she|they|this|that|there|is|are)\b")
"""A meaning that says who or what is ("it's easy")."""
_COPULA_INSIDE = re.compile(r"(?i)\S\s+(?:es|está|están|son|est|sont|ist|sind|è|sono)\s+\S")
"""A phrase of the language that says what something is ("el transporte público es bueno")."""
_SAYS_IS = re.compile(r"(?i)\b(?:is|are|was|were|be)\b|['’]s\b")
"""A meaning that says it too ("the transport is good", "it's cold")."""
_ALSO_FOREIGN = {
    "spanish": frozenset("son con sin fin mar van sea era once come red pan pie dice nada has ten mesa as is a me no "
                         "solo sale tan vale fe ha he".split()),
    "french": frozenset("son pain sale car chat coin main dire sort tire pour plus once court pile rue lire mise "
                        "a as or on me ne".split()),
    "german": frozenset("also hell gift rat kind arm hut fast red bald man was will tag see die rock mist art "
                        "bad hand so".split()),
    "italian": frozenset("come con per sale fine era ma no tale dare camera burro lupo".split()),
    "dutch": frozenset("slim kind want door die been hard arm brand room wet boot hoop stem hem me".split()),
    "portuguese": frozenset("come pode nada para pare sale tem vale a as me no".split()),
}
"""English words that are also everyday words of the language taught ("son" is Spanish for "they are"): printed alone
to put into the language, the direction is unclear, so they are asked the other way."""


def _forms_of(word: str, meaning: str) -> bool:
    """Whether the other side lists forms of the word, not its meaning ("tener – tuve, tuviste"): single words, two
    or more, each opening on the word's first letter."""
    forms = [form.strip() for form in re.split(r"[,/;]", meaning) if form.strip()]
    initial = unaccented(word.strip().casefold())[:1]
    return len(forms) >= 2 and all(len(form.split()) == 1 and unaccented(form.casefold())[:1] == initial
                                   for form in forms)


def _in_the_language(meaning: str) -> bool:
    """Whether a line's other side is in the language taught too ("C'est pratique en cas d'urgence – on peut appeler
    ses parents"): two sentences of the language, no word and its meaning. It holds an elided article or pronoun
    (c', d', l', j'), two of the language's small words that English never writes, or mostly words English hardly
    writes at all."""
    words = re.findall(r"[^\W\d_]+", meaning.casefold())
    return re.search(r"(?i)(?<![^\W\d_])[cdjlmnst]['’][^\W\d_]", meaning) is not None \
        or sum(word in _FOREIGN_SMALL_WORDS for word in words) >= 2 or re.search(r"[¿¡]", meaning) is not None \
        or len(said := re.findall(r"[^\W\d_]+", re.sub(r"\([^()]*\)", "", meaning))) >= 3 \
        and sum(english_zipf(word) >= _ENGLISH_ZIPF for word in said) * 3 < len(said)
    # ("¿Qué le pasa? – ¿Desde hace cuánto tiempo?": Spanish's opening marks; "Gesundheit leidet – schlechtes Essen,
    # keine warme Wohnung": words English hardly writes, outside a bracket's examples, "science (Biologie, Chemie)")


_FRAMING_ZIPF = 5.0
"""How common each of a side's first three words is in English (Zipf) at least, for the side to read as an English
phrase ("Every year on …"), not a word of the language ("la gare", "a la playa")."""
_ENGLISH_ZIPF = 3.0
"""How common a word is in English (Zipf) at least, for a meaning to read as English: "income", "disgrace" and
"homelessness" are, "keine", "warme" and "Wohnung" are not."""


_FOREIGN_SMALL_WORDS = frozenset("""
    est les des du au aux une et je tu il elle nous vous ils elles mon mes ton tes sa ses ce cette ces qui que pour
    avec dans sur pas ne peut sont très der das und ist ich er sie wir ihr nicht ein eine mit für auf zu im den dem
    des sehr el los las es y de en por para con su muy una del al lo yo ella está son hay pero gli è che di da
    mio mia sono non uno della ho""".split()) - {"son", "die", "on", "a", "no", "so", "is", "per", "me"}
"""Small words of French, German, Spanish and Italian that no English meaning holds."""


_FRAGMENT = re.compile(r"(?i)(?:pour|avec|sans|para|con|sin|für|mit|ohne|per)\s")
"""A word that opens on a preposition ("pour deux personnes")."""


def _completes_entry_before(line: str, word: str, meaning: str) -> bool:
    """Whether an entry opening on a preposition finishes the entry before it on its line, whose noun it leaves out
    ("une chambre pour une personne – a single room; pour deux personnes – a double room"): the two meanings share
    that noun, and "for two people" is no double room ("bar bezahlen – pay cash; mit Karte zahlen – pay by card" is
    a phrase of its own)."""
    if not _FRAGMENT.match(word):
        return False
    before = [GLOSS_DASH.split(entry.replace("*", ""), maxsplit=1) for entry in entries(line)]
    before = before[:next((index for index, parts in enumerate(before) if parts[0].strip() == word.strip()), 0)]
    preposition = word.split()[0].casefold()
    return any(len(parts) == 2 and preposition in parts[0].casefold().split()
               and _meaning_words(parts[1]) & _meaning_words(meaning) for parts in before)
_DESCRIPTION_TAIL = re.compile(r"(?i),\s*(?:especially|mainly|mostly|usually|often|typically|particularly)\b")
"""A description's tail after the words it describes ("big bonfires, especially in northern Germany")."""
_ALL_ELSE = re.compile(r"(?i)\W*(?:everything|anything|something|all|whatever|the\s+rest)\b")
"""A meaning that opens on "everything" or "the rest" ("die Restmülltonne – everything else"): what goes in it."""
_DESCRIBED = re.compile(r"(?i)\W*(?:(?:eaten|drunk|served|worn|used|played|held|celebrated|made|given|sung|danced|lit|"
                        r"sent|bought|cooked|baked|found|seen|done)\s+(?:after|before|at|on|in|for|during|by|with|"
                        r"when|as|to)|(?:useful|handy|good|great|ideal|perfect)\s+(?:as|for|to|in|when)|"
                        r"(?:an?\s+)?(?:[\w'’-]+,?\s+){0,3}(?:sentence|phrase|expression|opener|structure|answer)\s+"
                        r"(?:for|to|when|in|that|you|with))\s")
"""A meaning that says what is done with the thing ("eaten after parties") or what the phrase is good for ("useful
as a past opinion", "a safe, ready-made sentence for speaking"): a note, which no key can translate."""
_ENGLISH_ONLY = re.compile(r"(?i)(?<![^\W\d_'’])(?:the|of|with|which|biggest|largest|world)(?![^\W\d_'’])")
"""English words no other language taught writes: a word side holding one is English ("Biggest tomato fight in the
world")."""


def _modifies_another(meaning: str, listed: list[tuple[PointRef, str, str]]) -> bool:
    """Whether a one-word meaning opens another entry's meaning ("einfach – single" beside "das Einzelzimmer – single
    room"): alone it names no one thing, and either way the key would pick one sense."""
    word = meaning.strip().casefold()
    return " " not in word and any(other.strip().casefold().startswith(word + " ") for _, _, other in listed)


def _same_root(note: str, word: str) -> bool:
    """Whether a note holds a word that opens as a word of ``word`` does, for three letters at least ("cenare" and
    "ceno")."""
    roots = {unaccented(found.casefold())[:3] for found in re.findall(r"[^\W\d_]{3,}", word)} | {
        unaccented(found.casefold())[2:5] for found in re.findall(r"(?i)(?<![^\W\d_])ge[^\W\d_]{4,}", word)}
    # ("regnen" beside "geregnet": the participle's root)
    return any(unaccented(found.casefold())[:3] in roots for found in re.findall(r"[^\W\d_]{3,}", note))


_TAKES = re.compile(r"(?i)\btakes?\s+(?:à|au|aux|en|de|du|des|al|el|zu|zum|zur|im|nach)(?!\w)")
"""A rule of which word goes with which ("Towns take à – à Paris, à Londres"): grammar, no word and its meaning."""
_NOTE_FIRST = re.compile(r"(?i)\W*(?:same|also|likewise|ditto|as above)\b|\W*(?:in|with|after|before|when|for)\s+"
                         r"(?:negatives?|questions?|plurals?|the plural|the past|the future|formal|informal|commands?)\b")
"""A line that opens as a note on the one before ("Same with devenir – Je voudrais devenir avocat") or as a rule ("In
negatives, usually just drop it – Non ho pane"): an example of a rule, not a word and its meaning."""


def _printed_in(side: str, heading: str) -> bool:
    """Whether a word or its meaning is printed in the sheet's title on every page ("free time" in "El tiempo libre –
    free time and hobbies", "la città" in "La mia città"), its article aside, or opens a compound there ("die Zukunft"
    in "Schule und Zukunftspläne")."""
    bare = _ARTICLE_FIRST.sub("", re.sub(r"(?i)^the\s+", "", side.strip()))
    words = set(re.findall(r"[^\W\d_]{3,}", bare.casefold()))
    printed = set(re.findall(r"[^\W\d_]+", heading))
    return side.casefold() in heading or bool(words) and all(
        word in printed or len(word) >= 5 and any(other.startswith(word) for other in printed) for word in words) \
        or len(words) > 1 and any(len(word) >= 5 and word in printed for word in words)  # "la santé mentale"
    # under "La santé et le bien-être": half the answer is on every page


_ARTICLE_FIRST = re.compile(r"(?i)^(?:l['’]|(?:le|la|les|un|une|des|el|los|las|una|unos|unas|uno|der|die|das|ein|eine|"
                            r"il|lo|gli|i|het|een|de|o|os|as|um|uma)\s+)")
"""A French, Spanish, German, Italian, Dutch or Portuguese article opening a word."""


_KINDS_OF_LINE = re.compile(r"(?i)(?:(?:some|more|other|useful|key|common|model|example|handy|extra|everyday)\s+)+"
                            r"(?:sentences|phrases|expressions|examples|questions|words|opinions|answers)")
"""A heading of what follows it ("Useful sentences – Le lezioni cominciano alle otto. / …"), no meaning."""


def _labelled(word: str, meaning: str) -> bool:
    """Whether one side is a sentence and the other a one-word label of it ("Future – L'année prochaine, je vais
    continuer l'histoire"), or a count of what the other lists ("Only three irregulars – ser (era), ir (iba) …"), or a
    heading over sentences ("Useful sentences – Le lezioni cominciano alle otto. / Ogni lezione dura un'ora."): an
    example of a grammar point or a list of them, not a word and its meaning."""
    lengths = [_entry_length(side) for side in (word, meaning)]
    return min(lengths) == 1 and max(lengths) >= 5 \
        or re.match(r"(?i)\W*(?:only\s+)?(?:one|two|three|four|five|six|seven|eight|\d+)\s+[^\W\d_]+s\b",
                    word) is not None \
        or any(_KINDS_OF_LINE.fullmatch(side.strip(" *\"'“‘.:")) for side in (word, meaning)) \
        or any(len([part for part in side.split(" / ") if len(part.split()) >= 3]) >= 2 for side in (word, meaning))


def _entry_length(side: str) -> int:
    """The words of one side, counting only the longest of forms offered side by side ("o médico / a médica",
    "stressante (PT) / estressante (BR)"): a noun's two genders or two countries' words are one entry, no sentence."""
    return max(len(re.sub(r"\([^()]*\)", " ", part).split()) for part in side.split(" / "))


def _forms_table(pairs: list[tuple[str, str]]) -> bool:
    """Whether a line of entries pairs each word with another form of itself ("poder – pude; poner – puse; querer –
    quise"): a table of a verb's forms, both sides in the language taught, no word and its meaning."""
    return len(pairs) >= 3 and all(unaccented(word.casefold())[:1] == unaccented(meaning.casefold())[:1]
                                   for word, meaning in pairs)


def _labels_a_glossed_list(line: str) -> bool:
    """Whether a line is a label, a dash, then words each glossed in brackets ("In between – schüchtern (shy);
    selbstbewusst (self-confident)"): the label is what the words have in common, no meaning of the first."""
    dash = GLOSS_DASH.search(line)
    if dash is None or "(" in line[:dash.start()]:
        return False
    items = [item for item in re.split(r"\s*;\s*", line[dash.end():]) if item.strip()]
    return len(items) >= 2 and all(re.fullmatch(r"[^();]+\([^()]+\)[\s.]*", item) for item in items)


def _initials_given(word: str, meaning: str) -> bool:
    """Whether the meaning prints the word's initials ("la formación profesional – vocational training (FP in
    Spain)"): they spell the answer's start for a student who never learned it."""
    initials = "".join(part[0] for part in re.findall(r"[^\W\d_]+", unaccented(_ARTICLE_FIRST.sub("", word)))
                       if part.casefold() not in _LINKING).upper()
    return any(acronym == initials or spelled_out(acronym, word)
               for acronym in re.findall(r"\b[A-Z]{2,}\b", meaning))


def _cognate(word: str, meaning: str) -> bool:
    """Whether a word is its meaning, articles aside ("le match – the match"): a student with no French knows it."""
    def bare(text: str) -> str:
        text = re.sub(r"\s*\((?:[mfn]|pl|sg|[mf]\.?\s*pl)\.?\)|\s*\([-¨][^()]*\)", "", text.casefold()).strip()  # "les
        # maths (f pl)", "das Hobby (-s)"
        return re.sub(r"^(?:(?:the|a|an|to|le|la|les|l'|un|une|el|los|las|der|die|das|il|lo|gli|i|het|een|de|o|os|um|"
                      r"uma)"
                      r"(?:/(?:le|la|un|une|el|der|die|das|il|lo))?\s+|l['’])", "", text)  # ("el/la recepcionista")
    if any(_cognate(inner, meaning) or _clipped_to(inner, meaning) for inner in re.findall(r"\(([^()]{2,})\)", word)):
        return True  # "la aplicación (la app) – app": the other name in brackets is the meaning; "aller à la fac
        # (l'université) – to go to uni": the meaning is the other name clipped
    outside = re.sub(r"\s*\([^()]*\)", "", word).strip()
    if outside and outside != word.strip() and _cognate(outside, meaning):
        return True  # "Mathe (die Mathematik) – maths": the word before its aside is the meaning sounded out
    one, other = unaccented(bare(word)), unaccented(bare(meaning))
    first = other.split(" ", 1)[0] if other else ""
    if _transparent(one, other):
        return True  # "un film de science-fiction – a sci-fi film": every word of it is English's
    if " " not in one and len(one) >= 5 and any(SequenceMatcher(None, one, word).ratio() >= 0.85
                                                or len(commonprefix((one, word))) >= 6
                                                for word in other.split()):
        return True  # "el tenis – tennis": spelled all but alike; "il cyberbullismo – cyberbullying": one start
    if re.fullmatch(r"[^\W\d_]{3,6}", one) and re.fullmatch(r"[^\W\d_]+", other) and abs(len(one) - len(other)) <= 2 \
            and one[:1] in _SOUND_ALIKE.get(other[:1], other[:1]) and SequenceMatcher(None, one, other).ratio() >= 0.66:
        return True  # "der Tee – tea", "der Kaffee – coffee", "das Wasser – water": one word sounded out as the other
    return one == other or " " not in one and min(len(one), len(first)) >= 5 and (
        one.startswith(first) or first.startswith(one))  # "il menù – the menu"; "babysitten – to babysit";
    # "local – locally produced" (and "das Whiteboard – interactive whiteboard", spelled alike above)


def _clipped_to(note: str, meaning: str) -> bool:
    """Whether a word of the meaning is a word of the note cut short ("uni" of "université", "lab" of "labo")."""
    told = re.findall(r"[^\W\d_]{4,}", unaccented(note.casefold()))
    return any(len(word) >= 3 and word not in ("the", "and", "for") and any(other.startswith(word) for other in told)
               for word in re.findall(r"[^\W\d_]+", unaccented(meaning.casefold())))


_SOUND_ALIKE = {"c": "ck", "k": "kc", "f": "fv", "v": "vfw", "w": "wv"}
"""First letters that sound alike across the languages taught (coffee and Kaffee, water and Wasser)."""


def _transparent(phrase: str, meaning: str) -> bool:
    """Whether a phrase of two words or more is English word for word, its little words aside: each is a word of
    its meaning, one English writes the same way, the start of one of its meaning's words or the other way round
    ("science" for "sci-fi"), or spelled much as one of them ("la pagina web – web page", "la chat di gruppo – group
    chat")."""
    words = [word for word in re.findall(r"[^\W\d_]+", phrase) if word not in _LINKING]
    english = re.findall(r"[^\W\d_]+", meaning)

    def shown(word: str) -> bool:  # a word of the meaning, or spelled as one
        return word in english or word in _LOANWORDS or any(min(len(word), len(own)) >= 2 and (
            word.startswith(own) or own.startswith(word)) or min(len(word), len(own)) >= 4 and word[0] == own[0]
            and SequenceMatcher(None, word, own).ratio() >= 0.6 for own in english)

    return len(words) >= 2 and any(shown(word) for word in words) \
        and all(shown(word) or _english_cousin(word) for word in words)  # ("l'énergie nucléaire – nuclear power":
    # "energy" shows through too, and "nuclear energy" is a right answer)


_COUSIN_ENDINGS = (("aire", "ar"), ("aire", "ary"), ("ique", "ic"), ("ico", "ic"), ("ica", "ic"), ("ie", "y"),
                   ("ia", "y"), ("ite", "ity"), ("ita", "ity"), ("idad", "ity"), ("eux", "ous"), ("oso", "ous"),
                   ("el", "al"))
"""Endings the Romance languages give words English has too ("énergie" energy, "nucléaire" nuclear)."""


def _english_cousin(word: str) -> bool:
    """Whether a word of the language taught becomes a common English word by its ending alone."""
    return len(word) >= 5 and any(
        word.endswith(ending) and english_zipf(word[:-len(ending)] + english) >= 3.5
        for ending, english in _COUSIN_ENDINGS)


_LINKING = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "un", "une", "di", "del", "della", "dello", "von",
                      "der", "die", "das", "dem", "den", "el", "en", "a", "au", "aux", "et", "y", "e", "und", "il",
                      "lo", "i", "gli", "al", "zum", "zur", "im", "am"})
"""A phrase's little words (articles, "de", "and"), which say nothing of whether its meaning shows through."""


def _gendered_root(word: str) -> str:
    """A one-word entry less its article and its last vowel ("nonn" of "il nonno" and of "la nonna"), for telling
    the two genders of one word apart from other words; empty for a phrase."""
    bare = _ARTICLE_FIRST.sub("", word).strip().casefold()
    return bare[:-1] if re.fullmatch(r"[^\W\d_]{4,}[aeo]", bare) else ""


def _aside_on_word(word: str) -> bool:
    """Whether the word carries an English aside in brackets on the thing ("die Biotonne (brown) – food and garden
    waste"): the line describes the thing, and what follows the dash is what goes in it, not the word's meaning."""
    return any(re.fullmatch(r"[a-z]{3,}(?:[ /][a-z]{3,}){0,2}", note.strip())
               and not set(re.split(r"[ /]", note.strip())) & (_FOREIGN_SMALL_WORDS | _WORD_NOTES)
               and not _same_root(note, re.sub(r"\([^()]*\)", "", word))
               for note in re.findall(r"\s\(([^()]*)\)", word))  # (not an ending: "fort(e)", "me encanta(n)")


_WORD_NOTES = frozenset({"informal", "formal", "colloquial", "slang", "familiar", "polite", "plural", "singular",
                         "masculine", "feminine", "neuter", "irregular", "regular", "reflexive", "also", "inf", "fam",
                         "coll", "lit", "fig", "abbr", "short", "literally", "literary", "old", "used", "rare",
                         "spoken", "written", "adj", "adv", "noun", "verb", "sing", "invariable"})
"""Words of a note on how the word is used, not on the thing it names ("(informal)", "(lit.)"); a note of two
letters ("(pl)") is never taken for an aside."""


def _english_too(word: str) -> bool:
    """Whether the foreign word is one English uses as its own ("fiancé(e) – engaged"): its English spelling
    is as right as the meaning keyed, so the item tests nothing."""
    bare = re.sub(r"\((?:e|es|s|x|ne|le)\)|\s*\((?:[mfn]|pl|sg|[mf]\.?\s*pl)\.?\)", "", word.casefold()).strip()
    bare = _ARTICLE_FIRST.sub("", bare)
    return unaccented(bare) in _LOANWORDS or unaccented(bare).replace("-", "") in _LOANWORDS  # "le week-end"


_LOANWORDS = frozenset({
    "fiance", "fiancee", "divorce", "protege", "debut", "cliche", "naive", "rendezvous", "resume", "souvenir",
    "entrepreneur", "bourgeois", "chauffeur", "genre", "cafe", "chef", "menu", "ballet", "garage", "restaurant",
    "hotel", "cinema", "croissant", "baguette", "boutique", "cuisine", "gourmet", "fiesta", "siesta", "patio",
    "plaza", "tapas", "burrito", "pasta", "pizza", "piano", "opera", "studio", "kindergarten", "rucksack", "angst",
    "kitsch", "wanderlust", "delicatessen", "deja vu", "encore", "ensemble", "faux pas", "hors d'oeuvre", "matinee",
    "mayonnaise", "omelette", "puree", "sauce", "soup", "tennis", "golf", "football", "hobby", "weekend",
    "sandwich", "fast food", "fast-food", "snack", "hamburger", "internet", "email", "film", "podcast", "selfie",
    "smartphone", "jeans", "t-shirt", "shopping", "marketing", "manager", "stress", "zoo", "taxi", "bus", "radio",
    "video", "photo", "moto", "auto", "judo", "karate", "yoga", "ski", "surf", "snowboard", "rugby", "hockey",
    "futbol", "fussball", "voleibol", "beisbol", "basquet", "sport", "religion", "drama", "computer", "team",
    "ticket", "baby"})
"""Foreign words English writes the same way (accents aside) with the same meaning: asked alone, the word is its own
translation. False friends (le parking, le camping) are left out: they are worth asking."""


def _worded_otherwise(ref: PointRef, word: str, meaning: str, listed: list[tuple[PointRef, str, str]]) -> bool:
    """Whether a one-word entry stands in another line's entry of a few words whose meaning shares none of its own
    ("haar – her" beside "krullend haar – curly hair"): it has two meanings, and the key would give one."""
    bare = _ARTICLE_FIRST.sub("", word).strip().casefold()
    own = {stem[:3] for stem in re.findall(r"[^\W\d_]{3,}", re.sub(r"\([^()]*\)", "", meaning.casefold()))
           if stem not in ("the", "and", "for")}
    return " " not in bare and len(bare) >= 3 and bool(own) and any(
        other != ref and len(foreign.split()) <= 3 and re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])",
                                                                 foreign.casefold())
        and not own & {stem[:3] for stem in re.findall(r"[^\W\d_]{3,}", gloss.casefold())}
        for other, foreign, gloss in listed)


def _meant_elsewhere(meaning: str, ref: PointRef, glosses: list[tuple[PointRef, str, str]]) -> bool:
    """Whether a one-word meaning stands in another line's meaning ("klein – short" beside "Er hat kurze Haare – He
    has short hair", "the stall" beside "l'étal – the market stall"): asked back, "short" is as rightly put as "kurz",
    and the key would give one."""
    word = re.sub(r"^(?:the|a|an|to\s+(?:be|feel|get|have)|to)\s+", "", meaning.strip().casefold())  # ("to be sick"
    # beside "tener náuseas – to feel sick": sick, ill or about to vomit)
    return " " not in word and len(word) >= 3 and any(
        other != ref and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", gloss.casefold())
        for other, _, gloss in glosses)


def _spread(words: list[tuple[PointRef, str, str]], rng: random.Random, limit: int) -> list[int]:
    """Up to ``limit`` of the words, chosen at random with no card giving more than its share (a verb table's six
    forms are one thing learned, not six)."""
    cards = {ref.card for ref, _, _ in words}
    share = max(2, -(-limit // max(1, len(cards))))
    order = rng.sample(range(len(words)), len(words))
    taken: Counter = Counter()
    chosen = []
    printed: set[str] = set()  # the content words of the words chosen so far
    meant: dict[PointRef, set[str]] = {}  # the content words of their meanings, by line
    printed_on: dict[PointRef, set[str]] = {}  # the content words of the words chosen, by line ("perder" beside its
    # example "perdi o passaporte", which shows its stem)
    kin: set[str] = set()  # the meanings of their kin named from other kin, with the sex made one
    for index in order:
        ref, word, meaning = words[index]
        own = _content(word)
        meant_here = _meaning_words(meaning)
        partner = _unsexed(meaning) if _DERIVED_KIN.search(meaning) else None
        prints_another = any(one == other or shares_root(one, other, 5) or _compound_of(one, other)
                             for one in own for other in printed)  # "un entraînement" beside "s'entraîner", "un
        # chilo di" beside "mezzo chilo di", "der Stiefvater" beside "der Vater"
        says_another = any(one == other or shares_root(one, other, 4)
                           for one in meant_here for other in meant.get(ref, ())) \
            or any(shares_root(one, other, 4) for one in own for other in printed_on.get(ref, ()))  # on one line,
        # "to marry sb" beside "se marier – to get married", "le directeur – the head teacher" beside "la directrice –
        # the head teacher (f)": two ways to say one thing, or partners; "perder" beside "perdi o passaporte"
        if len(chosen) < limit and taken[ref.card] < share and not prints_another and not says_another \
                and (partner is None or partner not in kin):  # "le beau-père – stepfather" beside "la
            # belle-mère – stepmother", on any line: each item prints or tells the other's answer
            chosen.append(index)
            taken[ref.card] += 1
            printed |= own
            meant.setdefault(ref, set()).update(meant_here)
            printed_on.setdefault(ref, set()).update(own)
            if partner is not None:
                kin.add(partner)
    return chosen


_PLAIN_WORDS = frozenset("""with from that this have your their there some very much make made take does done about into
    when what which also like more most than then them they well will would been were just only over such""".split())
"""English words of four letters or more that two meanings may share and still say different things."""
_SEXES = tuple(pair.split("/") for pair in """father/mother son/daughter brother/sister uncle/aunt nephew/niece
    husband/wife boyfriend/girlfriend boy/girl man/woman men/women king/queen dad/mum dad/mom""".split())
_ONE_SEX = {word: pair[0] for pair in _SEXES for word in pair}
"""Words of either sex, each to the first of its pair: ``_unsexed`` makes partners alike."""
_DERIVED_KIN = re.compile(r"(?i)\bstep|-in-law\b|\bhalf-")
"""Kin named from other kin ("stepmother", "father-in-law"): of two partners so named ("la belle-mère", "le
beau-père"), either printed with its meaning tells the other's; "la madre – the mother" tells nothing of "el
padre"."""
_SEXED = re.compile(r"(?<![a-z])(grand|step)?(" + "|".join(sorted(_ONE_SEX, key=len, reverse=True)) + r")(s?)(?![a-z])")


def _compound_of(one: str, other: str) -> bool:
    """Whether one word ends on the other ("Stiefvater" on "Vater", "Großmutter" on "Mutter"): printed, the compound
    spells the plain word."""
    short, long = sorted((one, other), key=len)
    return len(short) >= 4 and long != short and long.endswith(short)


def _meaning_words(meaning: str) -> set[str]:
    """A meaning's own English words of four letters or more ("married", "marry")."""
    return {word for word in re.findall(r"[a-z]{4,}", _meaning_key(meaning)) if word not in _PLAIN_WORDS}


def _unsexed(meaning: str) -> str:
    """A meaning with its words of one sex or the other made one ("stepfather or father-in-law" and "stepmother or
    mother-in-law" alike): two such meanings are partners."""
    return _SEXED.sub(lambda word: (word.group(1) or "") + _ONE_SEX[word.group(2)] + word.group(3),
                      _meaning_key(meaning))


def _content(word: str) -> set[str]:
    """A word's own words of four letters or more, and the noun after its article however short: one shared with
    another item gives most of it away ("un chilo di" beside "mezzo chilo di", "die See" beside "der See")."""
    bare = unaccented(word.casefold())
    noun = _ARTICLE_FIRST.match(bare)
    return {part for part in re.findall(r"[^\W\d_]{4,}", bare)} | (
        {bare[noun.end():].strip()} if noun and bare[noun.end():].strip() else set())


def _senses(meaning: str) -> set[str]:
    """The senses a meaning gives, each alone ("short/small": short, small; "I seek, attack": seek, attack, with
    the pronoun that leads the list left off each)."""
    parts = re.split(r"\s*[/;]\s*", meaning)
    listed = [re.sub(r"(?i)^(?:I|to|we|you|they|he|she|it)\s+", "", sense)
              for part in parts for sense in re.split(r"\s*,\s*", part)] if re.match(r"(?i)\s*(?:I|to)\s", meaning) \
        else []
    return {_meaning_key(sense) for sense in parts + listed if _meaning_key(sense)}


def _meaning_key(meaning: str) -> str:
    """A meaning without its notes in brackets: "you (pl.) live" asks for what "you live" does."""
    return " ".join(re.sub(r"\([^)]*\)", " ", meaning.casefold()).split())


def why_none(pack: Pack) -> str:
    """Why the pack gives no translation questions."""
    return (f"translation needs vocabulary cards — a title with a back of one point of at most {MEANING_WORDS} "
            "words (its meaning), or points written **word** – meaning; the pack has none")


def _one_meaning(card: Card) -> bool:
    return len(card.points) == 1 and 0 < len(card.points[0].text.split()) <= MEANING_WORDS and bool(card.title.strip())


def glossed(point: Point, plain: bool = False, commented: bool = False) -> tuple[str, str] | None:
    """``**la gare** – the station`` as (``la gare``, ``the station``); with ``plain``, ``la gare – the station`` too
    (a word of at most ``MEANING_WORDS`` words, one dash, no advice); None for any other point. With ``commented``
    (a language pack's words), a meaning's comment after a colon is left off ("an amateur musician: anyone can
    play")."""
    if not point.terms or point.text[:point.terms[0].start].strip(" \"'“‘"):
        return _plain_gloss(point.text, commented) if plain else None  # (plain: "les **maths** – maths" marks part of
        # its word)
    first = point.terms[0]
    parts = GLOSS_DASH.split(point.text[first.end:], maxsplit=1)
    if len(parts) != 2 or parts[0].strip(" \"'”’") or not parts[1].strip():
        return None
    meaning = _bare_meaning(parts[1], commented)
    if len(meaning.split()) > MEANING_WORDS or _forms(parts[1]) or _no_meaning(point.text[:first.end], meaning):
        return None
    return point.text[first.start:first.end].strip(), meaning


def _no_meaning(word: str, meaning: str) -> bool:
    """Whether a line's other side is no meaning of its word: a tip beside a noun ("la pharmacie – look for the green
    cross"), as a noun's meaning never opens on an order; a number's note ("112 – the European emergency number"), a
    number being no word; an example ("essere stressato/a – esp. prima degli esami"); or a grammar note ("background
    + event", "lieber = rather")."""
    return _ARTICLE_FIRST.match(word.strip(" *\"'“‘")) is not None and _TIP.match(meaning) is not None \
        or re.fullmatch(r"[\d\s/+-]+", word.strip(" *\"'“‘")) is not None or _EXAMPLE_SIDE.match(meaning) is not None \
        or _colour_unsaid(word, meaning) \
        or re.search(r"[a-z]\s+\+\s+[a-z]|\w\s*=\s*\w", meaning) is not None  # ("Hacía sol cuando llegamos –
    # background + event in one sentence": a grammar note's sum; "Ich esse lieber Obst – lieber = rather": one word
    # of it glossed; neither is the sentence's meaning)


_COLOURS = re.compile(r"(?i)\b(?:(?:gelb|blau|braun|grün|schwarz|weiß|rot|grau)(?:e|er|es|en|em)?|jaune|"
                      r"(?:bleu|vert|noir|gris)(?:e|s|es)?|blanc(?:he)?s?|marron|rouges?|azul(?:es)?|verdes?|"
                      r"(?:amarill|negr|blanc|roj|amarel|castanh|pret|branc|vermelh)[oa]s?|"
                      r"(?:giall|azzurr|ner|ross)[oaie]|bianc(?:o|a|hi|he)|geel|gele|(?:blauw|groen|bruin|zwart)e?|"
                      r"witte|rood|rode)\b")
"""Colour words of the languages taught, in their forms ("gelbe", "blaue", "amarillo")."""


def _colour_unsaid(word: str, meaning: str) -> bool:
    """Whether a word names a thing by its colour and its other side names no colour ("die blaue Tonne – paper and
    cardboard"): what goes in it, or what it is for, not what it is called."""
    return _COLOURS.search(word) is not None and not re.search(
        r"(?i)\b(?:yellow|blue|brown|green|black|white|red|grey|gray|orange|pink|purple)\b", meaning)


_EXAMPLE_SIDE = re.compile(r"(?i)\W*(?:esp\.|especially|e\.\s?g\.|eg\b|i\.e\.|ex\.|for example|such as|"
                           r"(?:said|used|heard|written)\s+(?:before|after|when|at|to|in|by|for|as)\b)")
"""What opens an example or a note where a meaning would stand ("esp. prima degli esami", "Bon appétit ! – said
before eating": when it is said, not what it means)."""


_TIP = re.compile(r"(?i)\W*(?:look|remember|use|think|note|watch|don['’]?t|do not|try|check|say|ask|learn|never|"
                  r"always|careful)\b")
"""An order or a warning a tip opens on."""


def _forms(meaning: str) -> bool:
    """Whether a line's other side lists a word's forms ("bere – bevo, bevi, beve, beviamo, …"), not its meaning."""
    return meaning.count(",") >= 3


def gives_meaning(text: str) -> bool:
    """Whether a line is words of the language with their meaning ("Se debe llegar a tiempo – you must arrive on
    time"): one dash, and no rule ("Futur = werden + infinitive – …") or grammar word on either side."""
    parts = GLOSS_DASH.split(text)
    return len(parts) == 2 and len(parts[0].split()) <= SENTENCE_WORDS and not re.search(r"→|->|=|\+", text) \
        and not _EXAMPLE_SIDE.match(parts[1]) \
        and not _GRAMMAR.search(text)  # (a note in English, "Usually no uniform, and many schools finish around 13
    # Uhr – but …", is longer than a sentence to learn)


def _plain_gloss(text: str, commented: bool = False) -> tuple[str, str] | None:
    """``le quai – the platform`` as (``le quai``, ``the platform``); None for a line of two glosses, a sentence,
    or a tip (``Tip – use en for …``)."""
    parts = GLOSS_DASH.split(text)
    if len(parts) == 2 and parts[0].count("(") > parts[0].count(")"):
        return None  # "Ich trage Zeitungen aus (austragen – to deliver). Ich babysitte …": a note's gloss, in a sentence
    if len(parts) != 2 or is_scaffolding(text) or re.search(r"→|->|=|\+", text) or re.search(r",\s*not\b", text) \
            or _GRAMMAR.search(parts[1]):
        return None  # "querer (e → ie) – quiero" shows a verb's change, "fui, not fuí – no accents" a spelling rule:
        # neither is what a word means
    if _GRAMMAR.search(parts[0]) or re.match(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:", parts[0]):
        return None  # "Comparative: umweltfreundlicher – more environmentally friendly", "Other problems: das Mobbing
        # – bullying": a label, then the word
    if re.match(r"(?i)\W*(?:use|say|write|remember|always|never|don'?t)\s", parts[0]) \
            or re.match(r"(?i)\W*not\b", parts[1]):
        return None  # "Use Sie with hotel staff (formal) – not du!": advice in English, and what not to say
    if _forms(parts[1]):
        return None
    word, meaning = _unquoted(_without_note(parts[0])), _bare_meaning(parts[1], commented)  # ("„Das habe ich
    # nicht bestellt.“": German quotation marks)
    word = re.sub(r"(?i)^(?:but|and|or|also|careful!?)\s+", "", word)  # "BUT zu Fuß – on foot", "but die See – sea"
    opening = re.findall(r"[^\W\d_]+", word)[:3]
    if len(opening) == 3 and (all(english_zipf(each) >= _FRAMING_ZIPF for each in opening)
                              or all(plainly_english(each) for each in opening)) \
            and not _FOREIGN_SMALL_WORDS & {each.casefold() for each in opening}:
        return None  # "Every year on 21 juin – the longest day of the year": English words around one of the
        # language's, and a note on it where a meaning would be ("Many other activities take machen – Ich mache
        # Yoga": a rule, and its example)
    if not word or not meaning or any(len(side.split()) > MEANING_WORDS for side in (word, meaning)) \
            or not one_entry(word) or _no_meaning(word, meaning):
        return None
    return word, meaning


_GRAMMAR = re.compile(r"(?i)\b(?:grammar|stem[- ]chang\w*|reflexive|irregular|articles?|plurals?|singular|"
                      r"masculine|feminine|neuter|masc|fem|neut|pronouns?|nouns?|verbs?|adjectives?|adverbs?|"
                      r"prepositions?|"
                      r"subjunctive|infinitive|imperative|preterite|imperfect|conditional|tense|conjugat\w*|"
                      r"higher|foundation|comparative|superlative|perfekt|präteritum|imperfekt|plusquamperfekt|"
                      r"konjunktiv|passé composé|imparfait|pretérito|indefinido|imperfecto|passato prossimo|"
                      r"double negatives?|agreement|word order|in (?:english|french|german|spanish|italian|latin))\b")
"""Grammar words on a line's meaning side ("me preocupa que no reciclemos – Higher: me preocupa que + subjunctive",
"Nunca comparto mi contraseña con nadie – double negative is fine in Spanish"): a rule, not what the words mean."""
_ASIDE = re.compile(r"(?i),\s*(?:esp\.|especially|e\.g\.|i\.e\.|usually|often|typically|mainly|mostly)\s.*$")


def _bare_meaning(text: str, commented: bool = False) -> str:
    """A meaning without the note after it ("gingerbread, esp. at Christmas markets" is "gingerbread"); with
    ``commented``, without a comment after a colon either."""
    first = re.split(r";|(?:(?<=[^\W\d_]{4})|(?<=\d)|(?<=\)))\.\s+(?=\S)", text, maxsplit=1)[0]  # "favourite
    # subject. Mein Lieblingsfach ist …", "sciences; Biologie, Chemie, Physik": an example or a list of the language
    # after the meaning (a sentence ends after a word of four letters, a figure or a bracket, not after "esp." or "e.g.")
    head = re.match(r"\s*((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*):\s+\S", first) if commented else None
    first = head.group(1) if head else first  # "an amateur musician: anyone can play": a comment after a meaning of a
    # few words (a sentence's colon, after more, is part of what it says, and so is a name's: "Edmund Cartwright's
    # power loom: weaving by machine" is no meaning)
    return _FOREIGN_NOTE.sub("", _ASIDE.sub("", _without_note(first))).strip().rstrip(".")


def _reads_as_english(word: str, meaning: str) -> bool:
    """Whether a foreign word alone is an everyday English word with another meaning ("sale" – dirty, "pain" –
    bread): shown to translate, it may be read as the English word and put into the language."""
    bare = _ARTICLE_FIRST.sub("", word).strip()
    return re.fullmatch(r"[a-z]{3,}", bare) is not None and everyday(bare) \
        and bare not in re.findall(r"[a-z]+", meaning.casefold())


_QUOTES = " \"'“”‘’„‚«»"
"""Quotation marks that may enclose a whole entry, and the spaces around them."""


def _unquoted(side: str) -> str:
    """An entry without the quotation marks around it, keeping one that closes a quote inside it ("dar 'me gusta'"
    keeps its last mark, else the sheet prints "dar 'me gusta"); a Dutch 's or 't is no quotation mark ("'s
    middags")."""
    elided = re.match(r"\s*(['’][st])\s+(?=\w)", side)
    if elided:
        return f"{elided.group(1)} {_unquoted(side[elided.end():])}"
    core = side.strip(_QUOTES)
    if not core:
        return core
    start = side.find(core)
    closing = next((mark for mark in "'\"’”»" if _unpaired(core, mark)
                    and side[start + len(core):].lstrip().startswith(mark)), "")
    opening = next((mark for mark in "'\"‘“«" if _unpaired(core, mark)
                    and side[:start].rstrip().endswith(mark)), "")
    return core + closing if closing else opening + core


def _unpaired(text: str, mark: str) -> bool:
    """Whether ``text`` holds an odd number of ``mark`` outside words (an apostrophe in "l'ordinateur" is no quote)."""
    return len(re.findall(rf"(?<![^\W\d_]){re.escape(mark)}|{re.escape(mark)}(?![^\W\d_])", text)) % 2 == 1


def _without_note(text: str) -> str:
    """A side of a gloss without a note in brackets ("el dormitorio (also la habitación)" is "el dormitorio")."""
    return " ".join(_NOTE.sub(" ", text).split())


_FOREIGN_NOTE = re.compile(r"\s*\((?:le|la|les|l['’]|un|une|el|los|las|der|die|das|il|lo|gli)\s*[^)]*\)", re.I)
"""A word of the language in brackets after a meaning ("by train (le train)"): printed in the English prompt, it
gives the answer away."""
_NOTE = re.compile(r"\((?:also|not|e\.g\.|i\.e\.|see|careful|irregular|same word|same thing|different)\b[^)]*\)|"
                   r",\s*(?:also|not|e\.g\.|i\.e\.)\s[^,()]*$", re.I)
"""A note in brackets, or closing a side ("daughter, also girl"); "(or e mezzo)" is kept: it is another right answer,
for the key."""


_TWO_ENTRIES = re.compile(r";|[^\W\d_]{3,}[!?.]?\s+/\s+[^\W\d_]{3,}")


def one_entry(word: str) -> bool:
    """Whether the word side of a gloss is one word or phrase: not two entries ("die Cola; die Limonade – lemonade")
    nor two forms ("giri / gira – turn", "Guten Appetit! / Mahlzeit!"), whose meaning fits one, or neither alone."""
    return _TWO_ENTRIES.search(word) is None
