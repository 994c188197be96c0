"""Short answers: a card's points to write about, a recall of its listed terms, or its words to translate.

One candidate per card, worth a mark per point up to ``MAX_SHORT_MARKS``; its
mark scheme is the card's points. A card of worked sums, of one equation
written several ways, or headed as part of a topic or a list of words gives
none.
"""
from __future__ import annotations

import re

from ...labels import ENGLISH, Labels
from .events import named_elsewhere
from .material import Candidate, Material, said_again, topic_told, unchatty
from .questions import PointRef, Short
from .roles import (ADVICE_TITLE, EQUATION, GENERIC_HEADINGS, OTHER_THAN, STEPS_RUN_ON, WORKED_SUM, gives_for_working,
                    is_bare_list, has_verb, is_scaffolding, names_word_list, printed_title)
from .translate import glossed, subject_language
from .words import ARROW, GLOSS_DASH, YEAR, content_words, listed_together, numbers_in, restated, shares_root, singular

_PRACTICAL_WORDS = frozenset({"practical", "experiment", "investigation", "evaluating", "evaluation", "evaluate",
                              "improving", "improvements", "analysing", "analysis", "results", "method", "errors",
                              "risks", "required", "safety", "conclusion", "conclusions"})
"""Words a title about an unnamed practical says besides ("Evaluating the practical")."""
_WORKED_TITLE = re.compile(r"(?i)\W*(?:worked\s+(?:examples?|cross(?:es)?|calculations?|questions?)|examples?)\b")
"""A card title that names worked examples ("Worked cross 1 – …", "Example 2"), not a topic."""
MAX_SHORT_MARKS = 6
"""A short answer is worth one mark per point on its card, up to this."""


_RUNS_ON = re.compile(r"(?:…|\.\.\.)[\s\"'”’]*$")
"""A line that breaks off to run on into the next ("Edward III gave up his claim…")."""
_RUNS_ON_FROM = re.compile(r"[\s\"'“‘]*(?:…|\.\.\.)")
"""A line that takes up where the one before broke off ("…in return for Aquitaine")."""


def short_candidates(source: Material, labels: Labels = ENGLISH, vocabulary: bool = True) -> list[Candidate]:
    """A short answer per card: its points to write about, a recall of its list of key terms, or for a vocabulary
    card, its words to translate (not with ``vocabulary`` False: the sheet's translation section asks those);
    phrased in English's own grammar, else from the labels of the class's language."""
    english = labels.language == "en"
    out = []
    language = _language(source.pack.subject or "")
    for index in source.cards:
        card = source.pack.cards[index]
        refs = source.content(index)
        listed = tuple(ref for ref in source.lists if ref.card == index)
        items = [source.point(ref).text[span.start:span.end] for ref in listed for span in source.point(ref).terms]
        question = None
        if refs and all(source.foreign(ref) for ref in refs) and len(refs) >= 2:
            if not vocabulary:
                continue
            chosen = [ref for ref in refs if _whole_side(source.point(ref))][:MAX_SHORT_MARKS]
            if len(chosen) < 2:
                continue  # "**portable** – You must not use your mobile in class": one word is no answer to a sentence
            glosses = [_gloss(source.point(ref)) for ref in chosen]
            words = [source.point(ref).text[span.start:span.end] for ref in chosen for span in source.point(ref).terms[:1]]
            quoted = ", ".join(f'"{gloss}"' for gloss in glosses)
            prompt = (f"Write the {language} for each of these: {quoted}." if english
                      else labels.text("prompt_translate", words=quoted))
            question = Short(index, prompt, len(chosen), chosen, items=tuple(words))
            score = 2.0
        elif 2 <= len(items) <= MAX_SHORT_MARKS and _names_a_list(card.title) and not refs \
                and not GENERIC_HEADINGS.match(card.title) and not names_word_list(card.title) \
                and not OTHER_THAN.match(card.title) and not _more_elsewhere(source, listed):
            # "Name the five key words." asks for words of no topic: any five would do; "Other parts of the house: name
            # six" other than which, the sheet does not say
            whole = True
            prompt = (f"Name {'the ' if whole else ''}{_NUMBERS[len(items)]} {_lowered(card.title, source.words)}."
                      if english else labels.text("prompt_name", title=card.title.strip().rstrip(".:"), count=len(items)))
            question = Short(index, prompt, len(items), listed + (refs if whole else ()), items=tuple(items))
            score = 3.0
        elif len(refs) >= 2 and sum(glossed(source.point(ref), True) is not None for ref in refs) * 2 < len(refs) \
                and not GENERIC_HEADINGS.match(card.title) and not source.word_list:  # a language's grammar card
            # holds rules, model sentences and tips: no points a student "writes about"
            if _WORKED_TITLE.match(card.title):
                continue  # "Worked cross 1 – heterozygous × heterozygous": one example's steps, no topic to write about
            if asks_a_question(card.title):
                continue  # "Why did the Normans build castles?": a card's notes under a question are what the author
                # knows of its topic (a motte's shape, houses pulled down), and only some answer it; over twelve
                # audit rounds a third of such schemes were struck, against one in sixteen of "Write points about"
            if any(len(source.point(ref).terms) != 1 or is_bare_list(source.point(ref).text) for ref in listed):
                continue  # "Hotline, Test Ban Treaty, NPT" beside sentences: whether naming its items earns one mark
                # or several, no scheme can say, and "Immediate: search and rescue, field hospitals, tents" left out
                # would take half of "Immediate vs long-term responses" with it (a bare term is a heading its next
                # sentence explains: it is left out)
            if sum(1 for ref in refs if _TWO_FIGURES.search(source.point(ref).text)) >= 2:
                continue  # "Running ≈ 3 m/s; cycling ≈ 6 m/s", "Fast train ≈ 55 m/s; aeroplane ≈ 250 m/s": two facts
                # to a line, worth one mark or two, as the marker reads it
            if any(_bundled(source.point(ref).text) for ref in refs):
                continue  # "For: energy security; jobs; tax income; half the CO₂ of coal": four arguments on one
                # line of a scheme, worth one mark or four, as the marker reads it
            if _names_no_topic(card.title):
                continue  # "Immediate responses" says not to what, where the sheet covers two disasters
            if any(_RUNS_ON.search(before.text) and _RUNS_ON_FROM.match(after.text)
                   for before, after in zip(card.points, card.points[1:])):
                continue  # "Edward III gave up his claim to the French throne…" "…in return for Aquitaine": one
                # point written over two lines, each half left out of a scheme as no point alone, so the scheme
                # would miss what the card says
            if _A_SUM.search(card.title):
                continue  # "Reaction time – calculating means": a skill to practise on figures, no points to write
            if sum(1 for point in card.points if _NUMBERED_STEP.match(point.text)) >= 3 \
                    and (source.maths or _METHOD_TITLE.search(card.title)):
                continue  # "1. Find the gradient of the radius …", "2. Take the negative reciprocal …": a method's
                # steps, all of them asked in order, where a scheme of "points" would pay for two and leave the rest
            if _AN_ORDER.search(card.title):
                continue  # "The digestive system – organs in order": one sequence to write, not a point per line, and
                # the card's other lines (what digestion is) answer another question
            if _SHOWN_ELSEWHERE.search(card.title) or is_scaffolding(card.title) or OTHER_THAN.match(card.title) \
                    or ADVICE_TITLE.search(card.title) \
                    or card.title.rstrip().endswith("!"):
                continue  # "Mitosis – what to say about the diagram": the diagram is not on the sheet; "Exam tip –
                # giving reasons" is advice, no topic; "Other properties" says not other than what; "Units – get
                # these right first!" is a call to the student
            amounts = _example_amounts(card)
            worked = any(WORKED_SUM.search(point.text) or _EXAMPLE_LINE.match(point.text) for point in card.points)
            points = tuple(ref for ref in refs if not WORKED_SUM.search(source.point(ref).text)
                           and not _EXAMPLE_LINE.match(source.point(ref).text)  # "Worked example: producers 2500 …"
                           and not _NAMED_EXAMPLE.match(source.point(ref).text)  # "Alarm example: the alarm sounds
                           # if …": one case of the card's method, which the prompt gives no hint of
                           and not (_EXAMPLES_ONLY.match(source.point(ref).text)
                                    and not has_verb(source.point(ref).text))  # "e.g. Niger, Afghanistan.": the
                           # examples of the line above, no point
                           and not source.point(ref).text.rstrip().endswith("?")  # a worked example's question
                           and not re.search(r"[→:]\s*$", source.point(ref).text)  # "As the chain gets
                           # longer →": the opening of the lines after it, no point alone
                           and not _SET_QUESTION.match(source.point(ref).text)  # "Q. A 4.0 kg rifle fires …"
                           and not _ANSWERING_ADVICE.match(source.point(ref).text)  # "Write 'alternate angles',
                           # not 'Z angles'": how to word an answer, no point of the topic
                           and not (_DEATH_DATED.match(source.point(ref).text) and not _LIFE_TITLE.search(card.title))
                           # ("Died in 899." under "Alfred's reforms": no reform, and a mark for it is no mark for the
                           # question)
                           and not _AVOID_IN_ANSWERS.search(source.point(ref).text)  # "Often described as the
                           # 'brain' of the computer – but avoid that phrase in an exam answer": no point to credit
                           and not _WORKING_ADVICE.search(source.point(ref).text)  # "Set your working out in a
                           # table … so each step earns its mark": how to lay out an answer, no point of the topic
                           and not (_EQUATION_LABEL.match(source.point(ref).text) and worked)  # "Equation: 2Mg + O₂
                           # → 2MgO" on a card that works an example: the example's data, no point to make
                           and not _CLASS_NOTE.match(source.point(ref).text)  # "Can be tested in class – measure
                           # pulse …": how the class sees it, no point of the topic
                           and not _ASIDE.match(source.point(ref).text)  # "Calendar aside – English dates use the
                           # old Julian calendar": a note beside the topic, no point of it
                           and not re.match(r"(?i)\W*(?:also|plus|see also)\s*[→:]|\W*(?:other|alternative)\s+[a-z]+",
                                            source.point(ref).text)
                           # "Also → Thomas Sydenham …" under "William Harvey", "Other ways to increase supply – …"
                           # under "China's South–North Water Transfer": an aside of another topic
                           and not _works_with(source.point(ref).text, amounts)  # "2H₂ + O₂ → 2H₂O: 4 mol H₂
                           # + 3 mol O₂" and "4 mol H₂ only needs 2 mol O₂ → …": an example's data and its working
                           and not gives_for_working(card.points, ref.point)  # "5.6 g Fe reacts with chlorine to
                           # make 16.25 g FeCl₃", the data of the sum on the next lines
                           and not (source.maths and re.search(r"[\d=¼½¾⅐-⅞]", source.point(ref).text)))  # in maths, an
            # equation or a figure on a card is an example worked ("Use the midpoints – 155, 165, 175"), not a point
            # a student would make
            if any(_rule_left_out(source, ref) for ref in refs):
                continue  # "Find m from dy/dx, then use **y − y₁ = m(x − x₁)**", "A **stationary point** is where
                # the gradient is zero – solve **dy/dx = 0**": the card's rule, read as a sum worked and left out,
                # is the one point a scheme on its topic must pay for
            points = tuple(ref for ref in points if not _KEYWORD_ROW.fullmatch(source.point(ref).text.strip(" ."))
                           or has_verb(source.point(ref).text))  # "hunger strike – force-feeding – political
            # prisoner status": the card's key words in a row, a mark for copying the title's words
            named_data = {found for point in card.points if re.search(r"\d", point.text)
                          for found in re.findall(r"\b(?:Class|Group|Sample|Country|Town|City|Site|Team|School|Set|"
                                                  r"Company|Student|Person|Plant|Shop|Area|Region) [A-Z]\b",
                                                  point.text)}
            points = tuple(ref for ref in points if not any(name in source.point(ref).text for name in named_data))
            # "Class A's median is higher" after "Class A: median 33, range 23": a reading of the example's figures,
            # which the sheet does not print
            points = tuple(ref for ref in points if not _equation_alone(source.point(ref)) or len(points) <= 2)
            # ("NH₃ + H₂O ⇌ NH₄⁺ + OH⁻" alone, then "In that equation the pairs are …": an example with no point
            # made, whose naming earns the mark)
            quoted = re.compile(rf"(?i)[\"“‘']\W*{re.escape(card.title.strip(' .'))}\W*[\"”’']")
            points = tuple(ref for ref in points if not quoted.search(source.point(ref).text))  # 'Drake called the
            # raid "singeing the King of Spain's beard"' under that title: a mark for copying the question
            dated = set(YEAR.findall(f"{card.date or ''} {card.title}"))
            points = tuple(ref for ref in points if not dated or not (opening := re.match(
                r"\W*(1\d{3}|20\d{2})\b", source.point(ref).text)) or opening.group(1) in dated)  # "1576 Act for
            # the Relief of the Poor" on the card of the 1572 Vagabonds Act: another act, no point of this one
            points = tuple(ref for ref in points if not _another_aspect(card.title, source.point(ref).text)
                           and not re.match(r"(?i)\W*then\b", source.point(ref).text))  # "Immediate responses = …"
            # under "Primary vs secondary effects" answers another question; "then v = f λ as normal" is a step
            # of the line before, no point alone
            points = tuple(ref for ref in points if not any(
                other != ref and _squashed(source.point(ref).text) in _squashed(source.point(other).text)
                for other in points))  # "light intensity ∝ 1/d²" under "Light intensity ∝ 1/d² – double the
            # distance, …": one point said twice would earn two marks
            worded = [content_words(source.point(ref).text) for ref in points
                      if _RELATION.search(source.point(ref).text) and not _formula_only(source.point(ref).text)]
            points = tuple(ref for ref in points if not _formula_only(source.point(ref).text) or not any(
                len(content_words(source.point(ref).text) & words) >= 2 for words in worded))  # "light intensity ∝
            # 1/d²" beside "Light intensity is inversely proportional to the square of the distance": the rule in
            # symbols is the rule in words again
            points = tuple(ref for ref in points if not _FOLLOWS_ON.match(source.point(ref).text)
                           or PointRef(ref.card, ref.point - 1) in points
                           and not re.match(r"(?i)\W*(?:or|alternatively)\b", source.point(ref).text))  # ("or
            # rate = …": the formula before said again, one mark, not two)  # "Why? Army feared the SA" without the
            # line before it ("Night of the Long Knives …") is a reason for nothing the scheme says
            points = tuple(ref for ref in points if not _names_only_title(source.point(ref).text, card.title)
                           and not _alias_in_title(source.point(ref), card.title)
                           and not _defines_two(source.point(ref)))
            points = tuple(ref for ref in points if not _formula_in_title(source.point(ref).text, card.title))  # a
            # "Momentum (p = mv)" prompt prints "p = mv (momentum = mass × velocity)" for a mark
            aspect = GLOSS_DASH.split(card.title, maxsplit=1)
            if len(aspect) == 2:  # "Montserrat – secondary effects": what a secondary effect is, is no effect of
                # the eruption, and the scheme would count it among six
                points = tuple(ref for ref in points if not _defines_title(source.point(ref).text, aspect[1]))
            category = _CATEGORY_OF.match(card.title)
            subject = category.group(1) if category else \
                aspect[0] if len(aspect) == 2 and _CATEGORY_AFTER.fullmatch(aspect[1]) else None
            if subject is not None:  # "Consequences of the development gap": what the gap is, is no consequence of
                # it; "Ways energy is transferred": "Conservation of energy – …" is no way; "Desertification –
                # causes": what desertification is, and where it is common, are no causes
                points = tuple(ref for ref in points if not _defines_title(source.point(ref).text, subject)
                               and not _WHERE_FOUND.match(source.point(ref).text)
                               and not (card.date and card.date.strip() in source.point(ref).text)
                               # ("A flash flood hit Boscastle … on 16 August 2004" under "Boscastle flood –
                               # causes": the event itself, on its card's date, is no cause of it)
                               and not _formula_only(source.point(ref).text)
                               and not _PRACTICAL_NOTE.match(source.point(ref).text))  # "Factors affecting enzyme
                # activity": "RP: amylase + starch at different pH …" and "Rate = 1000 / time" are no factors
            heads = {word for other in source.pack.cards if other is not card
                     for word in _CAPITALISED.findall(other.title)} - set(_CAPITALISED.findall(card.title))
            points = tuple(ref for ref in points if not (_LATER.match(source.point(ref).text) and set(
                _CAPITALISED.findall(source.point(ref).text)) & heads))  # "Later expts (Rutherford,
            # c. 1920) showed … protons" on "Bohr – electron shells": the next card's discovery, no point of Bohr's
            signed = tuple(ref for ref in points if _SIGNED.match(source.point(ref).text))
            if _PROS_AND_CONS.search(card.title) and 2 * len(signed) >= len(points):
                points = signed  # "TNCs – advantages vs disadvantages": "+ jobs …", "– low wages …", and "Tata
                # owns Jaguar Land Rover", signed neither way, is no advantage nor disadvantage
            if any(_FEATURES.fullmatch(source.point(ref).text.strip().rstrip(".")) and not has_verb(
                    source.point(ref).text) for ref in points):
                continue  # "grain requisitioning; nationalisation of industry; ban on private trade; rationing": four
                # features on one line of a scheme, which pays one mark for them or four, no marker can say
            if any(STEPS_RUN_ON.search(source.point(ref).text) for ref in refs):
                continue  # "1) Write the ion. 2) Balance the atoms. 3) Add electrons": three marks in one line
            if 2 * len(points) < sum(1 for point in card.points if not is_scaffolding(point.text)):
                continue  # "Measuring the speed of sound": the echo method is a worked sum's data, the sums are
                # worked, and the asides are left: the scheme would pay for them and not for the method
            if len(points) < 2:
                continue  # "60 W × 3600 s = 216 000 J" is a sum worked for the student, no point to make
            if sum(1 for ref in points if _equation_line(source.point(ref).text)) >= 2:
                continue  # "v = fλ", "wave speed = frequency × wavelength", "f = v/λ": one equation written three
                # ways is one point, and the scheme would count it thrice (a sentence with an arrow in it,
                # "Cathode → hydrogen (Na more reactive than H)", is a point of its own)
            points = tuple(ref for ref in points if not (_symbols_only(source.point(ref).text) and any(
                other != ref and "→" in source.point(other).text and re.search(r"[a-z]{3,}", source.point(other).text)
                for other in points)))  # "NH₄⁺ → NO₂⁻ → NO₃⁻" beside "bacteria convert ammonium → nitrites →
            # nitrates": the chain in symbols is the chain in words again
            if len(points) < 2:
                continue
            if _PART_OF_TOPIC.search(card.title) or names_word_list(card.title):
                continue  # "Strategies (1)" holds part of what a student would write; "Sequences – key terms" is a
                # glossary, no topic
            if _side_left_out(source, card.title, points):
                continue  # "Required practical – ripple tank & waves on a string", its ripple-tank lines worked
                # examples: a scheme without them would not answer half of what the prompt names
            if re.search(r"\?\s*[+&]|\s\+\s", card.title):
                continue  # "Why did the USA lose? + costs", "Working backwards + why chains are short": two things
                # under one title, which no one prompt asks
            if any(not any(re.search(rf"(?<![\d.]){number}(?![\d.])", source.point(ref).text) for ref in points)
                   for found in _NUMBERED_PARTS.finditer(card.title) for number in re.findall(r"\d+", found.group(1))):
                continue  # "Demographic transition model – stages 4 and 5", its stage lines asked elsewhere: a scheme
                # of what is left, the model in general, would pay for no stage the prompt names
            if _COMPARED.search(card.title) and any(_CONTRASTED.search(source.point(ref).text) for ref in points):
                continue  # "Fermentation vs hydration of ethene", each line "fast and pure, but non-renewable": the
                # prompt asks for a comparison, and a scheme of lines that each weigh one method marks none
            if _WEIGHED.search(card.title):
                continue  # "Does tourism reduce the gap?", "How Protestant was Henry's Church?": a judgement the
                # card's points are evidence for, which no count of points marks
            marks = min(len(points) - 1 if len(points) >= 3 else len(points), MAX_SHORT_MARKS)  # one point to
            # spare: a card's lines are notes, and one that answers the title only in part (a definition, an aside)
            # must not stand between a student and full marks
            counted = _COUNTED_TITLE.search(card.title)
            if counted is not None:
                wanted = _COUNTS[counted.group(1).casefold()]
                if wanted != len(points):
                    continue  # "Volcanoes – two main types" over the types and their hazards: which two lines are
                    # the types, no scheme can say
                marks = wanted  # "White blood cells – 3 ways to fight back": three points, never four
            title = printed_title(card.title).rstrip(".:")
            if named_elsewhere(source, index):
                title = f"{title} ({card.date})"  # "The Factory Act (1833)" where the pack has the 1844 one too
            prompt = short_prompt(title, marks) if english else labels.text("prompt_points", title=title, count=marks)
            question = Short(index, prompt, marks, points)
            termless = sum(1 for ref in points if not source.terms[ref]) / len(points)
            score = (2.0 if 3 <= len(points) <= MAX_SHORT_MARKS else 1.0) + 1.5 * termless
        if question is None:
            continue
        uses = refs + listed + _labelled_elsewhere(source, index)
        out.append(Candidate(score + source.jitter(), uses, lambda i, question=question: _short(source, question),
                             card=index))
    return out


def _rule_left_out(source: Material, ref: PointRef) -> bool:
    """Whether a line that states a rule with its key terms reads as a sum worked ("Output is 0 **only when both
    inputs are 1**; every other row gives 1") or, in maths, holds a figure or an equation, and is no example: the
    scheme would leave out what the card teaches."""
    text = source.point(ref).text
    stated = WORKED_SUM.search(text) is not None and re.search(r"=|\bgives?\s+\d|\bgiving\s+\d", text) is not None \
        or source.maths and re.search(r"[\d=¼½¾⅐-⅞]", text) is not None  # (not "4×4 volunteers")
    return stated and any(term.marked for term in source.terms[ref]) and not _WORKED_TO.search(text) \
        and not (_EXAMPLE_LINE.match(text) or _EXAMPLES_ONLY.match(text) or ARROW.search(text)
                 or re.match(r"(?i)\W*(?:e\.\s?g\.|eg\b|example)", text) or is_scaffolding(text))


_WORKED_TO = re.compile(r"(?:\d\s*(?:[^\W\d_]{1,3}\s*)?[×÷*/+−^²³-]\s*[\d(]|[×÷]\s*\d)[^=≈]*[=≈]\s*"
                        r"(?:about\s+|approx\.?\s+)?[−-]?\d")
"""Figures worked to a result ("0.5 m × 0.5 m = 0.25 m²", "p₂ = 12 000 ÷ 40 = 300 kPa", "9 m + 14 m = 23 m"): an
example of a rule, not the rule."""


def _labelled_elsewhere(source: Material, index: int) -> tuple[PointRef, ...]:
    """Other cards' lines that open on this card's title as their label ("Active transport: against the gradient ·
    needs ATP" on a card comparing the processes): printed elsewhere on the sheet, they answer its prompt."""
    core = re.sub(r"(?i)^\W*the\s+", "", printed_title(source.pack.cards[index].title)).strip(" .:")
    if not core:
        return ()
    opening = re.compile(rf"(?i)\W*(?:the\s+)?{re.escape(core)}\s*(?:[:=]|[–—-]\s)")
    return tuple(ref for ref in source.refs if ref.card != index and opening.match(source.point(ref).text))


def _defines_two(point) -> bool:
    """Whether a line defines two marked terms ("**Stars** – high share, high growth; **Cash cows** – high share, low
    growth"): two points of a scheme in one, which one mark would not pay."""
    return sum(1 for span in point.terms
               if GLOSS_DASH.match(re.sub(r"^\s*\([^()]*\)", "", point.text[span.end:]))) >= 2


_NUMBERED_STEP = re.compile(r"(?i)\s*(?:\d{1,2}[.)]|step\s+\d+\b)")
_METHOD_TITLE = re.compile(r"(?i)\b(?:method|steps?|how\s+to|procedure|instructions)\b")
"""A title naming a method, whose numbered lines are its steps (not "White blood cells": 1. …, 2. …, 3. …, ways)."""


def _names_only_title(text: str, title: str) -> bool:
    """Whether a line says only its title's words ("This is the principle of moments." under "The principle of
    moments"): the title said again, for a mark (an equation, with no words, or the title's figures, "Bond
    enthalpies: C–F 467 kJ mol⁻¹ …", are points of their own)."""
    words, titled = content_words(text), content_words(title)
    rest = {word for word in words - titled if not any(word.startswith(own) or own.startswith(word) for own in titled
                                                       if min(len(word), len(own)) >= 5)}
    return bool(words) and not numbers_in(words) - titled and rest <= _NAMING_WORDS


def _alias_in_title(point, title: str) -> bool:
    """Whether a line's key term is the name the title gives in brackets ("Together known as **Outremer**" under "The
    crusader states (Outremer)"): the prompt prints that mark."""
    alias = re.search(r"\(([^()\d]+)\)\W*$", title)
    return alias is not None and any(point.text[span.start:span.end].casefold() == alias.group(1).strip().casefold()
                                     for span in point.terms)


_NAMING_WORDS = frozenset({"call", "called", "known", "name", "named", "term", "this", "that", "every", "just", "only",
                           "built", "made", "make", "there", "main"})
"""Words that only name a thing or count it ("This is called …", "Every program can be built from just three
constructs" under "The three programming constructs"): a line of them and the title's words says nothing more."""
_ANSWERING_ADVICE = re.compile(r"(?i)\W*(?:always\s+|never\s+|don['’]t\s+|do\s+not\s+)?(?:write|say|use|call|"
                               r"label|give|put)\s+['‘\"“]")
"""Advice on the words of an answer ("Write 'alternate angles', not 'Z angles'")."""
_DEATH_DATED = re.compile(r"(?i)\W*(?:(?:he|she)\s+)?(?:died|was\s+killed)\b[^.;]{0,40}?\d{3,4}\**\W*$")
"""A line that only dates a death ("Died in **899**."): a point of a life, no point of a card on deeds."""
_LIFE_TITLE = re.compile(r"(?i)\b(?:life|lives|death|deaths|died|reign|career|biography|who\s+was|final|last|end)\b")
"""A title whose card tells a life or its end ("The death of Harold", "Alfred's life"): its death is a point of it."""
_AVOID_IN_ANSWERS = re.compile(r"(?i)\b(?:avoid|never\s+(?:write|say|use)|don['’]t\s+(?:write|say|use)|do\s+not\s+"
                               r"(?:write|say|use))\b[^.;]*\b(?:exam|answers?|phrase|term|word)\b")
"""A line that tells the student not to write what it says ("avoid that phrase in an exam answer")."""
_WORKING_ADVICE = re.compile(r"(?i)^\W*(?:set|lay)\s+(?:your\s+)?(?:working|answer)s?\s+out\b|^\W*(?:always\s+)?show\s+"
                             r"(?:your\s+|all\s+(?:your\s+)?)?working\b|\bso\s+(?:that\s+)?each\s+step\s+earns\b")
"""Advice on laying out a written answer ("Set your working out in a table … so each step earns its mark")."""
_EQUATION_LABEL = re.compile(r"^\W*(?i:(?:the\s+)?(?:balanced\s+|symbol\s+)?equation)\s*[:=–-]\s*"
                             r"(?:(?![a-z]{3,}).)*$")
"""A line that labels an equation and says nothing else ("Equation: 2Mg + O₂ → 2MgO")."""
_FEATURES = re.compile(r"[^;:]{2,40}(?:;[^;:]{2,40}){2,}")
"""A line that is a list of three things or more, set apart by semicolons."""
_NUMBERED_PARTS = re.compile(r"(?i)\b(?:stages?|steps?|phases?|parts?|types?|levels?|pillars?|laws?|articles?|"
                             r"principles?|tiers?)\s+(\d{1,2}(?:\s*(?:,|and|&|–|-|to)\s*\d{1,2})*)\b")
"""The parts of a whole a title names by number ("Demographic transition model – stages 4 and 5")."""
_A_SUM = re.compile(r"(?i)\b(?:calculat(?:e|es|ing|ion|ions)|working\s+out|worked\s+examples?|"
                    r"putting\s+it\s+(?:all\s+)?together|identifying\s+(?:an?\s+)?(?:unknown|salt|substance|"
                    r"compound|ion|metal)s?|deriv(?:ing|ation\s+of)|prov(?:ing|ing\s+that)|proof\s+of)\b")
"""A title that names a sum to work ("Reaction time – calculating means"), one case to work through ("Putting it
together – identifying a salt": its lines follow one unknown sample the prompt would not describe), or a derivation
("Deriving pV = ⅓Nm(c_rms)²": a chain of steps, each resting on the one before, no points to pick two of)."""
_CLASS_NOTE = re.compile(r"(?i)\W*(?:(?:it\s+|this\s+)?(?:can|could|may)\s+be\s+|(?:you\s+can\s+|we\s+)?)"
                         r"(?:tested|measured|investigated|shown|demonstrated|"
                         r"test|measure|investigate|show|demonstrate)"
                         r"\b[^.–—:]{0,30}\b(?:in\s+(?:class|the\s+lab)|by\s+experiment)")
"""A note on how the class can see the topic ("Can be tested in class – …"), no point a scheme pays for."""
_FOLLOWS_ON = re.compile(r"(?i)^\W*(?:(?:why|how|what|who|when|where|result|effect|outcome)\s*[?:]|"
                         r"(?:so|this|that|these|those|because|thus|hence|therefore|or|alternatively)\b|"
                         r"as\s+an?\s+(?:expression|equation|formula|circuit|diagram)\b)")
"""A line that answers, explains, follows from or offers another way to the one before it ("Why? Army feared the
SA", "So …", "Or energy released = …", "As an
expression → Q = (S AND D) OR P"); an "it" may stand for what the title names, so only these openers are read as
following on."""


def _symbols_only(text: str) -> bool:
    """Whether a line is symbols and arrows, with no word of three letters ("NH₄⁺ → NO₂⁻ → NO₃⁻")."""
    return "→" in text and re.search(r"[a-z]{3,}", text) is None


_RELATION = re.compile(r"[=∝]|\bproportional\b")
"""A line that states how quantities go together, in symbols or in words."""


_TWO_FIGURES = re.compile(r"\d[^;]*;\s*[^;]*\d")
"""A line of two figures parted by a semicolon ("Running ≈ 3 m/s; cycling ≈ 6 m/s")."""


def _bundled(text: str) -> bool:
    """Whether a line sets three points or more side by side after its label, apart by semicolons ("For: could
    improve energy security; jobs; tax income; …")."""
    labelled = re.match(r"\W*[^\W\d_][\w'’ -]{0,30}:\s+(.*)", text)
    parts = [part for part in re.split(r";\s*", labelled.group(1) if labelled else "") if part.strip(" .")]
    return len(parts) >= 3


def _equation_alone(point) -> bool:
    """Whether a line is a typed equation and nothing else (``\\ce{NH3 + H2O <=> NH4+ + OH-}``)."""
    rest = point.text
    for formula in sorted(point.formulas, key=lambda formula: -formula.start):
        rest = rest[:formula.start] + rest[formula.end:]
    return bool(point.formulas) and not re.search(r"[^\W\d_]{2,}", rest)


def _formula_only(text: str) -> bool:
    """Whether a line is a formula and nothing more ("light intensity ∝ 1/d²"): a few words around its signs."""
    return re.search(r"[=∝]", text) is not None and len(re.findall(r"[^\W\d_]{3,}", re.sub(r"\([^()]*\)", "",
                                                                                          text))) <= 4


def _squashed(text: str) -> str:
    """A line's letters, figures and signs, no case and no spaces, for telling a line said again inside another."""
    return re.sub(r"[\s.,;:!]+", "", text.casefold())


_ASPECT_OF = {"effect": "effect", "impact": "effect", "consequence": "effect", "cause": "cause", "reason": "cause",
            "response": "response", "solution": "response", "management": "response", "strategy": "response",
            "prediction": "prediction", "protection": "protection", "advantage": "advantage",
            "disadvantage": "disadvantage"}
"""Words that name an aspect of a topic, by the aspect they name ("impacts" and "effects" are one)."""


def _another_aspect(title: str, text: str) -> bool:
    """Whether a line opens on a label naming another aspect than its title's ("Immediate responses = hours/days
    after …" under "Primary vs secondary effects")."""
    def aspects(words: str) -> set[str]:
        singulars = (singular(word) for word in re.findall(r"[a-z]+", words.casefold()))
        return {_ASPECT_OF[word] for word in singulars if word in _ASPECT_OF}
    label = re.match(r"\W*((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*(?:=|:|[–—]\s)", text)
    named = aspects(title)
    return bool(label) and bool(named) and bool(aspects(label.group(1))) and not aspects(label.group(1)) & named


_WEIGHED = re.compile(r"(?i)(?:^|[–—:]\s*|\s-\s*)\W*(?:(?:does|did|do|is|was|were|are|should|could|can|has|have|had|"
                      r"will|would)\b[^?]*\?|how (?!many\b|much\b|does\b|do\b|did\b|is\b|are\b|was\b|were\b|to\b|"
                      r"can\b|could\b)[a-z]+(?: (?:was|were|is|are|did|had)\b|\s*\?)|to what extent\b|how far\b)|"
                      r"\(\s*evaluat\w*\s*\)|"
                      r"^(?!.*\b(?:what|why|how|when|where|who|which|whose)\b)[^?]*\?\s*(?:\([^()]*\))?\s*$")
"""A title that asks for a judgement ("Does tourism reduce the gap?", "How successful was the New Deal?", "Freiburg –
how successful? (evaluate)", "Hydrogen – a cleaner fuel?": a yes or no to argue)."""
_COUNTS = {"2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTED_TITLE = re.compile(r"(?i)(?<![\w.])(2|3|4|5|6|two|three|four|five|six)\s+(?:[a-z-]{3,}\s+)?"
                            r"(?:ways|types|kinds|reasons|causes|effects|stages|steps|features|factors|methods|lines|"
                            r"parts|functions|roles|uses|problems|advantages|disadvantages|consequences|groups|"
                            r"things|jobs|tasks|aims|points|rules|laws|questions|benefits|risks|constructs|"
                            r"principles|components|elements|pillars|categories)\b")
"""A title that says how many points it holds ("White blood cells – 3 ways to fight back", "The three programming
constructs")."""
_EXAMPLE_LINE = re.compile(r"(?i)\W*(?:(?:a\s+)?worked\s+(?:example|e\.g\.)|example|e\.g\.)\s*[:–—-]?\s*[^.]*\d")
"""A line that works an example with figures: data for a sum, not a point a student makes."""
_NAMED_EXAMPLE = re.compile(r"(?i)\W*[^\W\d_]+\s+example\s*[:–—]")
"""A line its author labels as an example of a kind ("Alarm example: …")."""
_EXAMPLES_ONLY = re.compile(r"(?i)\W*(?:e\.\s?g\.|eg|for example|for instance)[:,]?\s[^–—:;=()]{1,50}$")
"""A short line of examples and nothing else ("e.g. Niger, Afghanistan.")."""
_SET_QUESTION = re.compile(r"(?i)^\W*(?:q|question)(?:\s*\d+\s*[.:)–-]?|\s*[.:)–-])\s")
"""A question a card sets before working it ("Q. A 4.0 kg rifle fires …", "Q2 …"): no point of an answer."""


_COMPARED = re.compile(r"(?i)\s(?:vs\.?|versus)\s|^\W*compar(?:ing|ison)\b|\bcompared\s+(?:with|to)\b")
"""A title that sets two things side by side ("Fermentation vs hydration of ethene", "Comparing the two methods")."""
_CONTRASTED = re.compile(r",\s+but\s|;\s*but\s|\bwhereas\b|\bunlike\b")
"""A line that weighs one thing's strengths against its weaknesses or against another's ("fast, but non-renewable")."""


def _side_left_out(source: Material, title: str, points: tuple[PointRef, ...]) -> bool:
    """Whether a title names two things or more ("ripple tank & waves on a string", "Advantages and problems of …",
    "Evaluation – winners, losers and what next") and the lines headed by one of them ("Ripple tank: lamp above …",
    "Advantages: bind to one target only; …", "Winners – taxpayers …") are all left out of the scheme, which then
    says nothing of it."""
    topic = GLOSS_DASH.split(title, maxsplit=1)[-1]
    sides = [side.strip(" .:").casefold() for side in re.split(r"\s(?:&|and)\s|,\s+", topic)]  # ("winners, losers
    # and what next": three)
    if len(sides) < 2 or not points:
        return False
    card = source.pack.cards[points[0].card]
    left_out = [point.text.casefold().lstrip("*\"' ") for index, point in enumerate(card.points)
                if PointRef(points[0].card, index) not in points]
    kept = " ".join(source.point(ref).text.casefold() for ref in points)
    return any(side and any(line.startswith(side) for line in left_out) and side not in kept for side in sides)


_QUANTITY = re.compile(r"\d+(?:\.\d+)?\s*(?:mol|g|kg|cm³|dm³|cm3|dm3)\s+[A-Z][\w₀-₉]*")
"""An amount of a substance ("4 mol H₂", "3.2 g O₂"): the figures of a worked example."""


def _example_amounts(card) -> list[set[str]]:
    """The amounts each of a card's worked examples gives beside its equation ("2H₂ + O₂ → 2H₂O: 4 mol H₂ + 3 mol
    O₂")."""
    return [set(_QUANTITY.findall(point.text)) for point in card.points
            if _equation_line(point.text) and len(_QUANTITY.findall(point.text)) >= 2]


def _works_with(text: str, amounts: list[set[str]]) -> bool:
    """Whether a line gives or works with the amounts of one of its card's examples: no point a student makes about
    the topic."""
    own = set(_QUANTITY.findall(text))
    return any(own & given for given in amounts)


def _equation_line(text: str) -> bool:
    """Whether a line is an equation, with at most a label ("Cathode: Pb²⁺ + 2e⁻ → Pb", "wave speed =
    frequency × wavelength", "carbon dioxide + water → glucose + oxygen (light needed)"), rather than a sentence that
    uses an arrow for its verb ("Cathode → hydrogen (Na more reactive than H); anode → chlorine")."""
    bare = re.sub(r"\([^()]*\)", "", text)
    return EQUATION.search(text) is not None and re.search(r"[=+×÷≡⇌]", bare) is not None \
        and len(re.findall(r"[^\W\d_₀-₉⁰-⁹⁺⁻]{2,}", bare)) <= 6 + 2 * max(0, bare.count("=") - 1)  # ("orbital speed =
    # distance travelled ÷ time = circumference ÷ period": one equation in two steps)


def _names_no_topic(title: str) -> bool:
    """Whether a title names only an aspect of a topic it leaves to the pack ("Immediate responses", "Management case
    studies", "Analysing the results"): as a prompt it says not of what ("Interpreting 1857" names its year)."""
    words = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", title.casefold())
    return bool(words) and all(word in _ASPECTS for word in words) and not re.search(r"\d{3}", title) or any(
        word in ("them", "it", "they", "these", "those", "this") for word in words) \
        or re.match(r"(?i)\W*(?:too|if|when)\s", title) is not None  # ("Telling them apart": them the sheet does
    # not name; "Too cold", "If blood glucose falls": a condition, whose card tells what happens then)


_ASPECTS = frozenset("""the a an of and to in on for with its their our key main basic basics quick overall
    immediate long-term short-term primary secondary effects effect causes cause impacts impact consequences consequence
    responses response reactions reaction management managing case studies study facts fact strategies strategy
    solutions solution problems problem advantages disadvantages pros cons evaluation background overview summary recap
    results result reasons reason methods method types type examples example definitions definition words word terms
    term features feature characteristics uses use social economic environmental political positive negative
    opportunities challenges benefits costs aftermath outcome outcomes significance importance factors factor stages
    stage process steps step rules rule dates date people events event ideas idea changes change successes success
    failures failure conclusion introduction context aims aim plan plans policy policies reforms reform threats threat
    risks risk protection prediction planning monitoring analysing analyzing analysis analyse interpreting evaluating
    data findings observations readings errors error improvements improvement variables apparatus equipment society
    life everyday daily""".split())
"""Words that name an aspect of some topic, not the topic."""


_CATEGORY_OF = re.compile(r"(?i)\W*(?:the\s+)?(?:main\s+|key\s+)?(?:causes|consequences|effects|impacts|reasons|"
                          r"advantages|disadvantages|benefits|problems|ways|types|methods|strategies|factors|uses)"
                          r"(?:\s+(?:of|for|to|in|that|why|how))?\s+(.+)")
"""A title that asks for items of a kind about its subject ("Consequences of the development gap")."""


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_LATER = re.compile(r"(?i)\W*(?:later|afterwards|subsequently|eventually)\b")
"""A line that moves on in time from its card's topic ("Later expts (Rutherford, c. 1920) showed …")."""
_SIGNED = re.compile(r"\s*[+−–-]\s")
"""A line signed as a gain or a loss ("+ jobs, skills & training", "– low wages")."""
_PROS_AND_CONS = re.compile(r"(?i)\b(?:advantages|disadvantages|pros|cons|benefits|drawbacks|costs|positives|negatives|"
                            r"for and against|strengths|weaknesses)\b")
"""A title asking for gains and losses."""


def _formula_in_title(text: str, title: str) -> bool:
    """Whether a point opens on a formula its card's title prints ("p = mv (momentum = …)" under "Momentum (p =
    mv)"): the prompt would hand over its mark."""
    formula = re.match(r"\W*([^\s=()]{1,12}\s*=\s*[^()–—,;]{1,30}?)\s*(?:\(|[–—,;]|$)", text)
    return formula is not None and " ".join(formula.group(1).split()) in " ".join(title.split())


_CATEGORY_AFTER = re.compile(r"(?i)\W*(?:the\s+)?(?:main\s+|key\s+)?(?:causes|consequences|effects|impacts|reasons|"
                             r"advantages|disadvantages|benefits|problems|ways|types|methods|strategies|factors|"
                             r"uses)\W*")
"""A category alone after a title's dash ("Desertification – causes"): the part before it is the subject."""
_AN_ORDER = re.compile(r"(?i)\bin (?:the right |the correct )?order\b|\b(?:order|sequence) of\b|\bsequence\b")
"""A title asking for things in their order ("Organs in order", "The sequence of events"): one answer, not points."""
_ASIDE = re.compile(r"(?i)\W*(?:[a-z]+\s+)?(?:aside|side\s?note|footnote|fun fact|did you know)\s*[–—:-]")
"""A line labelled as an aside ("Calendar aside – …", "Fun fact: …")."""
_WHERE_FOUND = re.compile(r"(?i)\W*(?:(?:it|this|they)\s+(?:is\s+|are\s+)?)?(?:common|found|occurs?|happens?|located|"
                          r"widespread|seen)\s+(?:mostly\s+|mainly\s+)?(?:in|on|at|along|across|around)\b|"
                          r"\W*(?:it|this|they)\s+(?:affects?|hits?|threatens?)\s+(?:the\s+)?(?:fringes|edges|margins|"
                          r"parts|areas|regions|countries)\b|\W*(?:it|this)\s+is\s+(?:an?|the)\s")
"""A line saying where its subject is found ("Common on desert fringes, e.g. the Sahel", "It affects the fringes of
hot deserts"), or what it is ("It is a cycle; once the soil is lost …"): no item of a category."""
_PRACTICAL_NOTE = re.compile(r"(?i)\W*(?:RP|required practical|practical|method)\s*(?:\d+\s*)?[:–—-]\s")
"""A line that opens on a practical's label ("RP: amylase + starch at different pH …"): how it is shown in class."""


def _defines_title(text: str, title: str) -> bool:
    """Whether a point defines a word of its card's title ("Secondary effects – what follows later" on "Montserrat
    – secondary effects"), where "Typical reaction time = 0.2 s to 0.9 s" on "Reaction time – typical values" is a
    fact to give."""
    parts = GLOSS_DASH.split(text, maxsplit=1)
    if len(parts) != 2 or len(parts[0].split()) > 3:
        return False
    heads = re.findall(r"[^\W\d_]{5,}", re.sub(r"\([^()]*\)", "", parts[0]).casefold())  # ("Biuret test (protein)"
    # names a test, not what a protein is)
    return any(shares_root(head, word, 5) for head in heads for word in re.findall(r"[^\W\d_]{5,}", title.casefold()))


def _more_elsewhere(source: Material, listed: tuple[PointRef, ...]) -> bool:
    """Whether the pack lists one of a recall question's items beside something that is not among them: then the
    card's list is not the whole set ("Name the four parts of a cell" while another card names cytoplasm too), and a
    student naming that other one would be right."""
    keys = {term.key for ref in listed for term in source.terms[ref]}
    for ref in source.refs:
        for run in listed_together(source.point(ref).text, source.terms[ref]):
            if run & keys and run - keys:
                return True
    return False


def _short(source: Material, question: Short) -> Short | None:
    if source.gives_away([question.prompt], list(question.items)):
        return None
    title = source.pack.cards[question.card].title
    if re.search(r"(?i)\bthe (?:practical|experiment|investigation)\b", title) \
            and not set(re.findall(r"[a-z]{4,}", title.casefold())) - _PRACTICAL_WORDS:
        return None  # "Write four points about: Evaluating the practical.": which practical, the prompt does not say
    shown = {singular(text.strip().casefold()) for text in source.shown}
    if sum(singular(word) in shown for word in re.findall(r"[^\W\d_]{4,}", title.casefold())) >= 2:
        return None  # "Comparing arteries, veins and capillaries" where matching defines "Arteries" and "Capillaries":
        # the sheet prints the marks
    scheme = [source.point(ref).text for ref in question.scheme if isinstance(ref, PointRef)]
    printed = source.shown + source.filled + [f"{term} {meaning}" for term, meaning in source.pairs]
    if any(said_again(point, text) or restated(content_words(point.casefold()), content_words(text.casefold()))
           for point in scheme for text in printed):
        return None  # a point the sheet already prints in other words ("unreactive element in Group 0 with a full
        # outer shell" beside "They are unreactive because their outer shell is full"; a matching pair "Device driver"
        # and "translates OS instructions for a particular piece of hardware"; a gap fill's line once filled): its
        # mark is copied
    if any(topic_told(point, text, title) for point in scheme for text in printed):
        return None
    matched = {title.casefold() for title in source.titles} | {title.casefold() for title, _ in source.pairs}
    if any((label := _SCHEME_LABEL.match(point)) and label.group(1).casefold() in matched for point in scheme):
        return None  # "Bubble sort → simplest to write, slowest sort" beside the matching's "Bubble sort" and "Easy to
        # code, but very slow for large lists": the sheet pairs the point's topic with the point
    if any(sum(_names_title(point, title) for title in source.titles) >= 2 for point in scheme):
        return None  # "Two treatments – kidney dialysis or a kidney transplant" beside the matching's titles
        # "Dialysis" and "Kidney transplants": the point is printed as the sheet's titles
    if sum(any(_unit_told(point, text) for text in source.shown) for point in scheme) >= 2:
        return None  # "Current (I) – measured in amperes (A)" beside a calculation's "I = 2 A": the sheet's sums print
        # each quantity's symbol with its unit, and the marks are read off them
    heads = tuple(head for ref in question.scheme if isinstance(ref, PointRef)
                  if (head := _head(source.point(ref))))
    if source.heads_given([], title, heads) or sum(1 for point in scheme if source.pair_told(point.casefold())) >= 2:
        return None  # "antibodies" and "memory cells" in a matching line beside "Write four points about: White blood
        # cells", or "Collision – two continental plates push together" beside "Destructive and collision margins":
        # two points of the scheme named for the student
    source.record([question.prompt], list(question.items))
    source.recalled += question.items
    source.schemed += scheme
    source.scheme_topics.update((point, title) for point in scheme)
    source.scheme_heads.append((title, heads))
    return question


_SCHEME_LABEL = re.compile(r"\W*([^\W\d][^→–—:]{0,40}?)\s*[→–—:]\s")
"""A scheme point's opening topic, before its arrow, dash or colon ("Bubble sort → …")."""
_BRACKETED_SYMBOL = re.compile(r"\(\s*([^\W\d_][^\W\d_₀-₉ₐ-ₜ]{0,2}|Ω|°C)\s*\)")
"""A symbol in brackets after its name ("Current (I)", "amperes (A)", "ohms (Ω)")."""
_VALUE_WITH_UNIT = re.compile(r"(?<![\w])([^\W\d_][^\W\d_₀-₉ₐ-ₜ]{0,2})\s*=\s*(?:[\d.,]+(?:\s\d{3})*|_+|\?)\s*"
                              r"([^\W\d_]{1,3}|Ω|°C)(?![\w])")
"""A quantity's symbol given a value in its unit ("I = 2 A", "E = ____ J")."""


def _names_title(point: str, title: str) -> bool:
    """Whether a scheme point holds every word of a printed title, each in any number ("kidney transplant" for
    "Kidney transplants")."""
    words = {singular(word) for word in re.findall(r"[^\W\d_]{3,}", title.casefold())}
    return bool(words) and words <= {singular(word) for word in re.findall(r"[^\W\d_]{3,}", point.casefold())}


def _unit_told(point: str, printed: str) -> bool:
    """Whether a line naming a quantity's symbol and its unit's ("Current (I) – measured in amperes (A)") is told by
    a value the sheet prints with both ("I = 2 A")."""
    symbols = set(_BRACKETED_SYMBOL.findall(point))
    return len(symbols) >= 2 and any(quantity in symbols and unit in symbols
                                     for quantity, unit in _VALUE_WITH_UNIT.findall(printed))


def _head(point) -> str:
    """The key word a point is about: the label it opens on ("Conservative – plates slide past …"), else its first
    marked term ("Some lymphocytes become **memory cells**"); "" where it has neither."""
    label = _OPENING_LABEL.match(point.text)
    if label and not (point.terms and point.terms[0].start < label.end(1)):
        return "" if label.group(1).split()[0].casefold() in _PLAIN_LABELS else label.group(1)
    return point.text[point.terms[0].start:point.terms[0].end].strip() if point.terms else ""


_OPENING_LABEL = re.compile(r"\W*([A-Z][\w'’-]+(?:\s[\w'’-]+){0,2})\s*[–—:]\s")
"""A line's opening label of one to three words ("Conservative – …")."""
_PLAIN_LABELS = frozenset({"example", "examples", "e.g", "note", "also", "key", "tip", "why", "how", "what", "when",
                           "where", "who", "cause", "causes", "effect", "effects", "result", "results", "then", "now",
                           "today", "later", "first", "second", "third", "finally", "method", "equation", "formula",
                           "unit", "units", "use", "uses", "for", "against", "pros", "cons", "evidence", "impact",
                           "impacts", "reason", "reasons", "problem", "problems", "solution", "solutions"})
"""Labels that name a kind of point, not its subject ("Examples: the Mid-Atlantic Ridge")."""


_AUXILIARY = re.compile(r"(?i)(?:did|does|do|was|were|is|are|could|couldn't|can|can't|would|should|has|have|had|"
                        r"didn't|wasn't|weren't)\b")
"""A verb that makes a title after "why", "how" … a question ("Why did the war start")."""
_PART_OF_TOPIC = re.compile(r"(?i)\(\s*(?:\d|[ivx]+|cont(?:inued|\.)?)\s*\)\s*$|\bpart\s+(?:\d|one|two|three)\b|"
                            r"[–—:-]\s*(?:a\s+)?(?:quick\s+)?(?:table|summary|recap|list|overview|notes|compare|"
                            r"comparison)(?:\s+in\s+words)?"
                            r"\s*$|"
                            r"\b\d\s*/\s*\d\s*$|\b(?:recap|round-?up|mixed bag|odds and ends|bits and pieces)\b")
"""A title numbering one card of several on a topic ("Strategies to reduce the gap (1)", "Causes – part 2"), or one
that gathers points of other topics ("Electroplating (and quick recap)"): its points answer no one question."""
_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _language(subject: str) -> str:
    """The language a vocabulary pack teaches, from its subject (``French``), or a neutral phrase."""
    return subject_language(subject).capitalize() or "word or phrase"


def _whole_side(point) -> bool:
    """Whether a vocabulary point's key term is all of its side of the dash, so the term answers the meaning."""
    if not point.terms or len(GLOSS_DASH.findall(point.text)) != 1:
        return False  # "une ville – a town / un village – a village": several words, no one meaning to ask
    side = GLOSS_DASH.split(point.text, maxsplit=1)[0].strip(" \"'“”‘’")
    span = point.terms[0]
    return side == point.text[span.start:span.end].strip(" \"'“”‘’")


def _gloss(point) -> str:
    """A vocabulary point's meaning: the text after its dash."""
    return GLOSS_DASH.split(point.text, maxsplit=1)[-1].strip().rstrip(".")


_KEYWORD_ROW = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}"
                          r"(?:\s+[–—]\s+[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}){2,}")
"""Three or more words or short phrases set between dashes ("hunger strike – force-feeding – political prisoner
status"): key words in a row, no point."""
_SHOWN_ELSEWHERE = re.compile(r"(?i)\b(?:the|this|that|these)\s+(?:diagram|picture|photo|image|figure|graph|map|table|"
                              r"source|extract|cartoon|poster)s?\b|"
                              r"\b(?:the|these|both)\s+(?:(?:two|three|four|five|six)\s+)?(?:[a-z]+\s+)?"
                              r"(?:examples|cases|case\s+studies)\b")
"""A title about something the card's reader saw beside it ("what to say about the diagram"), or about examples
other cards gave ("Comparing the three communicable examples"), which the sheet does not name."""


def _names_a_list(title: str) -> bool:
    """Whether a title names a plural set that a list can answer (``Limiting factors of photosynthesis``)."""
    words = title.casefold().split()
    if not words or " and " in f" {title.casefold()} " or title.rstrip().endswith(("?", ":")):
        return False
    head = words[: next((i for i, w in enumerate(words) if w in ("of", "in", "for", "affecting", "that", "which")),
                        len(words))]
    return bool(head) and head[-1].endswith("s") and not head[-1].endswith("ss")


def _lowered(title: str, words) -> str:
    first, _, rest = title.strip().partition(" ")
    if first in words.proper or (len(first) > 1 and first.isupper()):
        return title.strip()
    return (first[:1].lower() + first[1:] + (" " + rest if rest else "")).rstrip(".")


def asks_a_question(title: str) -> bool:
    """Whether a card's title asks a question ("Why did the Normans build castles?", "How plants use glucose"), not
    a question's teaser before its topic ("Who was who? The social hierarchy"); a note after its dash is no topic
    ("Why did slavery end? – exam overview")."""
    text = printed_title(title).strip().rstrip(".:")
    return re.search(r"\?\s*(?:\([^()]*\)|[–—-]\s*[^?]{1,30})?$", text) is not None \
        or not short_prompt(text, 2).startswith("Write ") \
        or re.search(r"(?i)(?:[–—:]|\s-)\s*(?:why|how|what|when|where|who|which)\b", text) is not None  # ("Choosing
    # an isotope – why", "Wavefronts and refraction – why it bends")


def short_prompt(title: str, marks: int) -> str:
    """The prompt of a short answer on a card: its title as written, after words that read in any language."""
    text = unchatty(title.strip().rstrip(".:"))
    if text.endswith("?") or re.search(r"\?\s*\([^()]*\)$", text):
        return text  # "Why couldn't
        # the USA win? (guerrilla war)" is asked as written, never "Explain why couldn't …"
    asked, mark, after = text.rpartition("?")
    if mark and len(after.split()) >= 2 and len(asked.split()) >= 2 and not after.strip().startswith(("(", "+", "&")) \
            and not content_words(asked) - content_words(after):
        text = after.strip(" –—-:")  # "Who was who? The social hierarchy": the topic after its teaser question (not
        # "Why crack? Supply and demand", whose question says of what)
    elif mark and after.strip() and not after.strip().startswith("("):
        return f"Write {_NUMBERS[marks] if marks < len(_NUMBERS) else marks} points about: {text}."  # "Why 1807?
        # Interpretations": the whole title is the topic
    first, _, rest = text.partition(" ")
    if first.lower() in ("how", "why", "what", "who", "when", "where") and _AUXILIARY.match(rest):
        return f"{text}?"  # "Why did the war start": a question without its mark, never "Explain why did …"
    if first.lower() in ("how", "why", "what", "who", "whether", "when", "where") and rest:
        return f"Explain {first.lower()} {rest}."
    text = re.sub(r"^(Case study|Example|Focus)\s*:\s+", r"\1 – ", text, flags=re.I)  # ("Write three points about:
    # Case study – Heimaey, 1973", not a second colon)
    return f"Write {_NUMBERS[marks] if marks < len(_NUMBERS) else marks} points about: {text}."
