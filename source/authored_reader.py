"""The pack's ``questions:`` list read into AuthoredQuestion, every problem collected and located.

Each question is a mapping whose first key names its kind and holds its text::

    - mcq: In which year did Stalin die?
      answer: 1953
      wrong: [1949, 1956, 1961]

The reader is the pack loader's own (its ``problem``, ``mapping`` and
``marked_text``), so these fields are reported exactly like a card's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import DATE_EXAMPLES, when
from .model import QUESTION_KINDS, AuthoredQuestion, Point
from .yaml_nodes import ALIAS, Mapping, Node, Scalar, Sequence, described, quoted

if TYPE_CHECKING:
    from .loader import _PackReader

KIND_KEYS = {
    "mcq": ("mcq", "answer", "wrong"),
    "gap": ("gap",),
    "tf": ("tf", "answer", "correction"),
    "short": ("short", "marks", "scheme"),
    "match": ("match",),
    "order": ("order",),
}
"""The keys each kind of question takes; the first is the kind itself."""
QUESTION_KEYS = tuple(dict.fromkeys(key for keys in KIND_KEYS.values() for key in keys))
MIN_PAIRS = 3
"""Fewer pairs than this is answered by elimination."""
MIN_EVENTS = 3
"""Fewer events than this is a coin toss, not a timeline."""
MAX_MARKS = 20
_EXAMPLE = "`- mcq: In which year did Stalin die?` (or gap, tf, short, match, order)"


def read_questions(reader: _PackReader, node: Node | None) -> tuple[AuthoredQuestion, ...]:
    """The questions under ``questions:``; problems go to ``reader``."""
    if node is None:
        return ()
    if not isinstance(node, Sequence):
        reader.problem(node, "questions", f"should be a list of questions, found {described(node)} — start each with its kind: {_EXAMPLE}")
        return ()
    if not node.items:
        reader.problem(node, "questions", f"the list is empty — add a question, such as {_EXAMPLE}, or delete `questions:`")
        return ()
    read = (_question(reader, item, f"questions[{number}]") for number, item in enumerate(node.items, start=1))
    return tuple(question for question in read if question is not None)


def _question(reader: _PackReader, node: Node, field: str) -> AuthoredQuestion | None:
    if isinstance(node, Scalar) and node.style == ALIAS:
        return None
    if not isinstance(node, Mapping):
        found = f"the text {quoted(node.value)}" if isinstance(node, Scalar) else described(node)
        reader.problem(node, field, f"a question is a mapping that starts with its kind, found {found} — write {_EXAMPLE}")
        return None
    typed = _type_key(reader, node, field)
    fields = reader.mapping(Mapping(node.line, node.column, [pair for pair in node.pairs if _key(pair[0]) != "type"]),
                            field, QUESTION_KEYS, "a question")
    kinds = [kind for kind in QUESTION_KINDS if kind in fields]
    if not kinds:
        if typed is None and not any((field, kind) in reader.misspelt for kind in QUESTION_KINDS):
            reader.problem(node, field, f"has no kind — start the question with its kind and text: {_EXAMPLE}")
        return None
    if len(kinds) > 1:
        reader.problem(node, field, f"has two kinds ({' and '.join(kinds)}) — write each question as its own `- ` item")
        return None
    kind = kinds[0]
    for key_node, _ in node.pairs:
        key = _key(key_node)
        if key in QUESTION_KEYS and key not in KIND_KEYS[kind]:
            reader.problem(key_node, f"{field}.{key}", f"does not belong in a {kind} question — its keys are:"
                                                       f" {', '.join(KIND_KEYS[kind])}; remove `{key}:`")
    return _READERS[kind](reader, node, fields, field)


def _type_key(reader: _PackReader, node: Mapping, field: str) -> str | None:
    """A ``type: mcq`` line (a common shape elsewhere) is answered with the shape used here."""
    for key_node, value_node in node.pairs:
        if _key(key_node) == "type":
            kind = value_node.value.strip() if isinstance(value_node, Scalar) else ""
            shown = kind if kind in QUESTION_KINDS else "mcq"
            reader.problem(key_node, f"{field}.type", f"the kind is the question's first key, holding its text — write"
                                                      f" `- {shown}: ...` instead of `type: {kind or shown}`")
            return kind
    return None


# -- each kind ------------------------------------------------------------------

def _mcq(reader: _PackReader, node: Mapping, fields: dict[str, Node], field: str) -> AuthoredQuestion | None:
    stem = _point(reader, fields["mcq"], f"{field}.mcq", "write the question after `mcq:`")
    answer = _text(reader, node, fields.get("answer"), f"{field}.answer", "add `answer: ...` with the right option")
    wrong = _texts(reader, node, fields.get("wrong"), f"{field}.wrong",
                   "add `wrong: [..., ..., ...]` with the wrong options (three is usual)")
    seen = {answer.casefold()} if answer else set()
    for number, option in enumerate(wrong, start=1):
        if option.casefold() in seen:
            reader.problem(_item(fields["wrong"], number), f"{field}.wrong[{number}]",
                           f"{quoted(option)} is {'the answer' if option.casefold() == (answer or '').casefold() else 'already an option'}"
                           " — each option must be different")
        seen.add(option.casefold())
    if stem is None or not answer or not wrong:
        return None
    return AuthoredQuestion("mcq", text=stem, answer=answer, wrong=tuple(wrong), line=node.line)


def _gap(reader: _PackReader, node: Mapping, fields: dict[str, Node], field: str) -> AuthoredQuestion | None:
    sentence = _point(reader, fields["gap"], f"{field}.gap", "write the sentence after `gap:`")
    if sentence is not None and not sentence.terms:
        reader.problem(fields["gap"], f"{field}.gap", "has no **answer** — put ** on each side of the word or words to"
                                                      " blank out, as in `In **1956** Khrushchev ...`")
        return None
    return AuthoredQuestion("gap", text=sentence, line=node.line) if sentence else None


def _tf(reader: _PackReader, node: Mapping, fields: dict[str, Node], field: str) -> AuthoredQuestion | None:
    statement = _point(reader, fields["tf"], f"{field}.tf", "write the statement after `tf:`")
    truth = _truth(reader, node, fields.get("answer"), f"{field}.answer")
    correction_node = fields.get("correction")
    correction = _text(reader, node, correction_node, f"{field}.correction", "") if correction_node else ""
    if truth is False and correction_node is None:
        reader.problem(node, f"{field}.correction", "missing — a false statement needs `correction: ...`, the words"
                                                    " that make it true (they go in the answer key)")
        return None
    if truth is True and correction_node is not None:
        reader.problem(correction_node, f"{field}.correction", "a true statement has nothing to correct — remove"
                                                               " `correction:`, or set `answer: false`")
        return None
    if truth is False and statement is not None and len(statement.terms) > 1:
        reader.problem(fields["tf"], f"{field}.tf", "in a false statement ** marks the one wrong part; this has"
                                                    f" {len(statement.terms)} — keep the marks on the wrong part only")
        return None
    if statement is None or truth is None or (truth is False and not correction):
        return None
    return AuthoredQuestion("tf", text=statement, true=truth, correction=correction, line=node.line)


def _short(reader: _PackReader, node: Mapping, fields: dict[str, Node], field: str) -> AuthoredQuestion | None:
    prompt = _point(reader, fields["short"], f"{field}.short", "write the question after `short:`")
    scheme_node = fields.get("scheme")
    scheme: list[Point] = []
    if scheme_node is None:
        reader.problem(node, f"{field}.scheme", "missing — add `scheme:` with one `- point` for each mark a good"
                                                " answer earns")
    elif not isinstance(scheme_node, Sequence) or not scheme_node.items:
        reader.problem(scheme_node, f"{field}.scheme", f"should be a list of points, found {described(scheme_node)} —"
                                                       " write each mark-scheme point as `- text`")
    else:
        for number, item in enumerate(scheme_node.items, start=1):
            point = _point(reader, item, f"{field}.scheme[{number}]", "write the point after the dash, or delete the line")
            if point is not None:
                scheme.append(point)
    marks = _marks(reader, fields.get("marks"), f"{field}.marks")
    complete = isinstance(scheme_node, Sequence) and bool(scheme) and len(scheme) == len(scheme_node.items)
    if marks is not None and complete and marks > len(scheme):
        reader.problem(fields["marks"], f"{field}.marks", f"{marks} marks but the scheme has {len(scheme)} point"
                                                          f"{'s' if len(scheme) != 1 else ''} — add scheme points or"
                                                          f" give at most {len(scheme)} marks")
        return None
    if prompt is None or not complete:
        return None
    return AuthoredQuestion("short", text=prompt, marks=marks, scheme=tuple(scheme), line=node.line)


def _match(reader: _PackReader, node: Mapping, fields: dict[str, Node], field: str) -> AuthoredQuestion | None:
    pairs = _pairs(reader, fields["match"], f"{field}.match", "`- Virgin Lands: a scheme to grow grain in Kazakhstan`",
                   MIN_PAIRS, "pairs", "with fewer the last is found by elimination")
    if pairs is None:
        return None
    for side, name in ((0, "left"), (1, "right")):
        seen: set[str] = set()
        for number, pair in enumerate(pairs, start=1):
            if pair[side].casefold() in seen:
                reader.problem(_item(fields["match"], number), f"{field}.match[{number}]",
                               f"the {name} side {quoted(pair[side])} appears twice — each side of a pair must be different")
                return None
            seen.add(pair[side].casefold())
    return AuthoredQuestion("match", pairs=pairs, line=node.line)


def _order(reader: _PackReader, node: Mapping, fields: dict[str, Node], field: str) -> AuthoredQuestion | None:
    events = _pairs(reader, fields["order"], f"{field}.order", "`- Stalin dies: March 1953`", MIN_EVENTS, "events",
                    "fewer is no timeline")
    if events is None:
        return None
    placed: list[tuple[int, int, int]] = []
    for number, (_, date) in enumerate(events, start=1):
        place = when(date)
        where = _item(fields["order"], number)
        where = where.pairs[0][1] if isinstance(where, Mapping) else where
        if place is None:
            reader.problem(where, f"{field}.order[{number}]", f"{quoted(date)} is not a date that can be put in order —"
                                                              f" write it like {DATE_EXAMPLES}")
            return None
        clash = next((index for index, other in enumerate(placed, start=1) if _clash(place, other)), None)
        if clash is not None:
            reader.problem(where, f"{field}.order[{number}]", f"{quoted(date)} cannot be told apart from the date of event"
                                                              f" {clash} ({quoted(events[clash - 1][1])}) — give dates"
                                                              " precise enough to put them in order")
            return None
        placed.append(place)
    return AuthoredQuestion("order", events=events, line=node.line)


_READERS = {"mcq": _mcq, "gap": _gap, "tf": _tf, "short": _short, "match": _match, "order": _order}


# -- helpers --------------------------------------------------------------------

def _clash(first: tuple[int, int, int], second: tuple[int, int, int]) -> bool:
    """Whether two dates cannot be ordered: equal, or equal as far as the less precise one goes."""
    for a, b in zip(first, second):
        if a != b:
            return a == 0 or b == 0
    return True


def _key(node: Node) -> str:
    return node.value if isinstance(node, Scalar) else ""


def _item(node: Node, number: int) -> Node:
    return node.items[number - 1] if isinstance(node, Sequence) else node


def _point(reader: _PackReader, node: Node, field: str, fix: str) -> Point | None:
    return reader.text_point(node, field, fix)


def _text(reader: _PackReader, owner: Node, node: Node | None, field: str, fix: str) -> str:
    if node is None:
        reader.problem(owner, field, f"missing — {fix}")
        return ""
    point = _point(reader, node, field, fix or "write it on one line")
    return point.text if point else ""


def _texts(reader: _PackReader, owner: Node, node: Node | None, field: str, fix: str) -> list[str]:
    if node is None:
        reader.problem(owner, field, f"missing — {fix}")
        return []
    if isinstance(node, Scalar):
        text = _text(reader, owner, node, field, fix)
        return [text] if text else []
    if not isinstance(node, Sequence) or not node.items:
        reader.problem(node, field, f"should be a list, found {described(node)} — {fix}")
        return []
    texts = [_text(reader, owner, item, f"{field}[{number}]", "write the option, or delete it")
             for number, item in enumerate(node.items, start=1)]
    return texts if all(texts) else []


def _truth(reader: _PackReader, owner: Node, node: Node | None, field: str) -> bool | None:
    if node is None:
        reader.problem(owner, field, "missing — add `answer: true` or `answer: false`")
        return None
    value = node.value.strip().lower() if isinstance(node, Scalar) else ""
    if value in ("true", "false"):
        return value == "true"
    reader.problem(node, field, f"should be true or false, found {described(node)} — write `answer: true` or `answer: false`")
    return None


def _marks(reader: _PackReader, node: Node | None, field: str) -> int | None:
    if node is None:
        return None
    text = node.value.strip() if isinstance(node, Scalar) else ""
    if text.isdigit() and 1 <= int(text) <= MAX_MARKS:
        return int(text)
    reader.problem(node, field, f"should be a whole number of marks from 1 to {MAX_MARKS}, found {described(node)} —"
                                " write `marks: 3`, or leave it out for one mark per scheme point")
    return None


def _pairs(reader: _PackReader, node: Node, field: str, example: str, least: int, what: str,
           why: str) -> tuple[tuple[str, str], ...] | None:
    """A list of one-entry mappings ``- left: right`` as text pairs; None (and reported) when any is wrong."""
    if not isinstance(node, Sequence):
        reader.problem(node, field, f"should be a list of {what}, one per line like {example}; found {described(node)}")
        return None
    pairs: list[tuple[str, str]] = []
    for number, item in enumerate(node.items, start=1):
        path = f"{field}[{number}]"
        if not isinstance(item, Mapping) or len(item.pairs) != 1:
            reader.problem(item, path, f"each of the {what} is one line `left: right`, like {example}; found"
                                       f" {described(item) if not isinstance(item, Mapping) else f'{len(item.pairs)} entries'}")
            return None
        key_node, value_node = item.pairs[0]
        left = _point(reader, key_node, path, f"write it like {example}")
        right = _point(reader, value_node, path, f"write it like {example}")
        if left is None or right is None:
            return None
        pairs.append((left.text, right.text))
    if len(pairs) < least:
        reader.problem(node, field, f"has {len(pairs)} {what}; give at least {least} ({why})")
        return None
    return tuple(pairs)
