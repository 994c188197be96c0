"""``load(path) -> Pack``: a pack file read, checked and turned into the model.

Every problem in the file is collected and raised together, each located by
line, column and field path (cards and points are counted from 1, as printed
on the cards), with the fix in the message.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

from ..collector import collector_paused
from ..errors import Problem, StudypackError
from ..repeats import LIMIT, ProblemList
from .decode import decode_utf8, read_bytes
from .images import Picture, PictureError, check_picture
from .inline import MarkError, parse_point
from .authored_reader import read_questions
from .model import Card, LabelText, Pack, Point, Setting
from .yaml_nodes import ALIAS, Mapping, Node, Scalar, Sequence, described, parse, quoted

MAX_CARDS = 20_000
"""More cards than this is not one topic's revision set; refusing early keeps memory bounded."""
MAX_TEXT = 5_000
"""Characters in one point or title: a point is a line or two, and a longer one cannot be set on a card."""
MAX_TYPED = 4 * MAX_TEXT
"""Characters as typed, marks and escapes included (``**a** `` is 6 typed for 2 printed)."""

PACK_KEYS = ("title", "subject", "course", "author", "level", "lang", "labels", "cards", "print", "questions")
CARD_KEYS = ("title", "points", "date", "tags", "id", "quiz", "image", "back_image", "gender")
GENDERS = {"m": "m", "f": "f", "n": "n", "masculine": "m", "feminine": "f", "neuter": "n"}
"""What ``gender:`` accepts, and the letter each is kept as."""
NOTATION_FREE = ("course", "author", "level")
"""Header fields read as typed: names and codes, where ``^``, ``~`` and ``$`` are not notation."""


def load(path: str | Path) -> Pack:
    """Read the pack at ``path``; raise StudypackError listing every problem."""
    shown = str(path)
    text = decode_utf8(read_bytes(Path(path), shown), shown)
    return loads(text, shown, Path(path).parent)


def loads(text: str, shown: str = "<pack>", folder: Path | None = None) -> Pack:
    """Read a pack from YAML text; ``shown`` names it in messages; pictures are found relative to ``folder``
    (default: the folder of ``shown``)."""
    if not text.strip():
        raise StudypackError(
            Problem("the file is empty — a pack needs a title and cards (see packs/khrushchev.yaml)", shown)
        )
    with collector_paused():
        reader = _PackReader(text, shown, Path(shown).parent if folder is None else folder)
        root, problems = parse(text, shown, reader.take_card)
        reader.problems.extend(problems)
        if root is None:
            raise StudypackError(
                Problem("the file holds only comments — a pack needs a title and cards (see packs/khrushchev.yaml)", shown)
            )
        return reader.read(root)


class _PackReader:
    """Turns nodes into the model, collecting problems instead of stopping."""

    def __init__(self, text: str, shown: str, folder: Path):
        self.text = text
        self.shown = shown
        self.folder = folder
        self.problems = ProblemList()  # ten of a kind kept, the rest counted
        self.unknown_keys = 0
        self.cards: list[Card] = []
        self.misspelt: set[tuple[str | None, str]] = set()  # (owner field, key) a typo stood for

    def problem(self, node: Node, field: str | None, message: str) -> None:
        self.problems.append(Problem(message, self.shown, node.line, node.column, field))

    # -- the pack --------------------------------------------------------
    def read(self, root: Node) -> Pack:
        if not isinstance(root, Mapping):
            self.problem(root, None, f"the top level is {described(root)}, but a pack is a mapping — start with `title: ...` then `cards:`")
            raise StudypackError(self.problems.reported())
        fields = self.mapping(root, None, PACK_KEYS, "a pack")
        title = self.required_text(root, fields, "title", None, "add `title: Your topic` at the top of the file")
        extras = {key: self.optional_text(fields, key, key, notation=key not in NOTATION_FREE)
                  for key in ("subject", "course", "author", "level")}
        self.check_cards(root, fields.get("cards"))
        settings = self.settings(fields.get("print"))
        questions = read_questions(self, fields.get("questions"))
        lang = self.optional_text(fields, "lang", "lang")
        lang_node = fields.get("lang")
        labels = self.labels(fields.get("labels"))
        if self.problems:
            raise StudypackError(self.problems.reported(order=lambda p: (p.line or 0, p.column or 0)))
        return Pack(title=title, cards=tuple(self.cards), settings=settings, questions=questions, path=self.shown,
                    lang=lang.strip() if lang else None, labels=labels,
                    lang_at=(lang_node.line, lang_node.column) if lang else None, **extras)

    def check_cards(self, root: Mapping, node: Node | None) -> None:
        if node is None:
            self.problem(root, "cards", "missing — add `cards:` with at least one card under it")
        elif not isinstance(node, Sequence):
            self.problem(node, "cards", f"should be a list of cards, found {described(node)} — start each card with `- title: ...`")
        elif node.streamed == 0:
            self.problem(node, "cards", "the list is empty — add at least one card (`- title: ...` and `points:`)")

    def take_card(self, node: Node, number: int) -> None:
        """Called as each card is read, so only the model is kept."""
        if number > MAX_CARDS:
            raise StudypackError(Problem(
                f"the pack has more than {MAX_CARDS:,} cards — split it into several packs, one per topic",
                self.shown, node.line, node.column, f"cards[{number}]"))
        card = self.card(node, f"cards[{number}]")
        if card is not None:
            self.cards.append(card)

    def card(self, node: Node, field: str) -> Card | None:
        if isinstance(node, Scalar) and node.style == ALIAS:
            return None
        if isinstance(node, Scalar):
            self.problem(
                node, field,
                f"a card is a mapping with a title and points, found the text {quoted(node.value)}"
                f" — write `- title: {node.value}` and put its points under `points:`",
            )
            return None
        if not isinstance(node, Mapping):
            self.problem(node, field, f"a card is a mapping with a title and points, found {described(node)} — write `- title: ...`")
            return None
        fields = self.mapping(node, field, CARD_KEYS, "a card")
        title = self.required_point(node, fields, "title", field, "add `title: ...` to the card")
        points = self.points(node, fields.get("points"), field)
        date = self.optional_text(fields, "date", f"{field}.date", notation=False)
        tags = self.tags(fields.get("tags"), f"{field}.tags")
        card_id = self.optional_text(fields, "id", f"{field}.id", notation=False)
        quiz = self.yes_no(fields.get("quiz"), f"{field}.quiz", "quiz", True)
        gender = self.gender(fields.get("gender"), f"{field}.gender")
        front = self.picture(fields.get("image"), f"{field}.image")
        back = self.picture(fields.get("back_image"), f"{field}.back_image")
        if title is None or not points:
            return None
        return Card(title=title.text, title_formulas=title.formulas, points=points, date=date, tags=tags, id=card_id, quiz=quiz, gender=gender,
                    image=front.path if front else None, image_size=front.size if front else None,
                    back_image=back.path if back else None, back_image_size=back.size if back else None, line=node.line)

    def picture(self, node: Node | None, field: str) -> Picture | None:
        """The picture a card names, checked now so a wrong path is found before any output is started."""
        if node is None:
            return None
        if not isinstance(node, Scalar) or not node.value.strip():
            self.problem(node, field, f"should be the path of a picture, found {described(node)}"
                                      " — write it relative to the pack, like `image: pictures/cell.png`")
            return None
        try:
            return check_picture(node.value.strip(), self.folder)
        except PictureError as error:
            self.problem(node, field, str(error))
            return None

    def points(self, card: Mapping, node: Node | None, field: str) -> tuple[Point, ...]:
        if node is None:
            self.problem(card, f"{field}.points", "missing — add `points:` with at least one `- point` under it")
            return ()
        if isinstance(node, Scalar):
            point = self.point(node, f"{field}.points")
            return (point,) if point else ()
        if not isinstance(node, Sequence):
            self.problem(node, f"{field}.points", f"should be a list of points, found {described(node)} — write each point as `- text`")
            return ()
        if not node.items:
            self.problem(node, f"{field}.points", "the list is empty — add at least one `- point`")
            return ()
        points = []
        for number, point_node in enumerate(node.items, start=1):
            point = self.point(point_node, f"{field}.points[{number}]")
            if point is not None:
                points.append(point)
        return tuple(points)

    def point(self, node: Node, field: str) -> Point | None:
        if isinstance(node, Mapping):
            self.problem(
                node, field,
                f"a colon followed by a space starts a mapping; quote the line: - {quoted(self.typed_from(node))}",
            )
            return None
        if isinstance(node, Sequence):
            self.problem(node, field, "a point is one line of text, found a nested list — join it into one point or make separate points")
            return None
        if node.style == ALIAS:
            return None
        if not node.value.strip():
            self.problem(node, field, "the point is empty — write its text after the dash, or delete the line")
            return None
        return self.marked_text(node, field)

    def marked_text(self, node: Scalar, field: str, notation: bool = True) -> Point | None:
        # The limit is on the text as printed (marks, escapes and notation read), so that what the writer
        # writes back, escapes and all, loads again; the typed text is bounded too, so reading it stays cheap.
        if len(node.value) > MAX_TYPED:
            self._too_long(node, field, len(node.value))
            return None
        if node.style == '"' and self._eaten_escape(node, field):
            return None
        try:
            point = parse_point(node.value, node.line, notation)
        except MarkError as error:
            column = node.column
            if node.end_line == node.line and node.style in (None, "", "'", '"'):  # point at the mark itself
                column += error.offset + (1 if node.style in ("'", '"') else 0)
            self.problems.append(Problem(str(error), self.shown, node.line, column, field))
            return None
        if len(point.text) > MAX_TEXT:
            self._too_long(node, field, len(point.text))
            return None
        return point

    def _eaten_escape(self, node: Scalar, field: str) -> bool:
        """Whether a double-quoted text holds a command that YAML read as an escape (``"$\\frac{1}{2}$"``: ``\\f``
        is a form feed, and the point would print "rac" silently), reported where it stands."""
        lines = self.text.splitlines()[node.line - 1:node.end_line]
        for offset, line in enumerate(lines):
            found = _EATEN_ESCAPE.search(line, node.column - 1 if offset == 0 else 0)
            if found:
                command = found.group()
                self.problems.append(Problem(
                    f"`{command}` in double quotes: YAML reads `{command[:2]}` as an escape, so the text would lose"
                    f" its backslash — put the text in single quotes ('…') or write `\\\\{command[1:]}`",
                    self.shown, node.line + offset, found.start() + 1, field))
                return True
        return False

    def _too_long(self, node: Scalar, field: str, length: int) -> None:
        self.problem(node, field, f"the text is {length:,} characters long; the most is {MAX_TEXT:,}"
                                  " — split it into several points")

    def tags(self, node: Node | None, field: str) -> tuple[str, ...]:
        if node is None:
            return ()
        if isinstance(node, Scalar):
            values = node.value.split(",")
        elif isinstance(node, Sequence) and all(isinstance(item, Scalar) for item in node.items):
            values = [item.value for item in node.items]
        else:
            self.problem(node, field, f"tags should be a list of words, found {described(node)} — write `tags: [politics, economy]`")
            return ()
        return tuple(tag.strip() for tag in values if tag.strip())

    def settings(self, node: Node | None) -> tuple[Setting, ...]:
        if node is None:
            return ()
        if not isinstance(node, Mapping):
            self.problem(node, "print", f"should be a mapping of options, found {described(node)} — write `print:` then `  paper: letter`")
            return ()
        settings = []
        for key_node, value_node in node.pairs:
            key = key_node.value if isinstance(key_node, Scalar) else ""
            if isinstance(value_node, Sequence) and all(isinstance(item, Scalar) for item in value_node.items):
                value = ",".join(item.value for item in value_node.items)
            elif isinstance(value_node, Scalar):
                value = value_node.value
            else:
                self.problem(value_node, f"print.{key}", f"should be a value, found {described(value_node)}")
                continue
            settings.append(Setting(key, value.strip(), value_node.line, value_node.column))
        return tuple(settings)

    def labels(self, node: Node | None) -> tuple[LabelText, ...]:
        """The pack's own words for printed labels: each a text, or a list of texts (one per plural form).
        Which names and placeholders are right is the layouts' to check (``layouts.labels``)."""
        if node is None:
            return ()
        if not isinstance(node, Mapping):
            self.problem(node, "labels", f"should be a mapping of label names to text, found {described(node)}"
                                         " — write `labels:` then `  name: Nom et prénom`")
            return ()
        labels = []
        for key_node, value_node in node.pairs:
            key = key_node.value if isinstance(key_node, Scalar) else ""
            if isinstance(value_node, Scalar):
                forms = (value_node.value,)
            elif isinstance(value_node, Sequence) and value_node.items and all(
                    isinstance(item, Scalar) for item in value_node.items):
                forms = tuple(item.value for item in value_node.items)
            else:
                self.problem(value_node, f"labels.{key}", f"should be text, found {described(value_node)}"
                                                          f" — write `{key}: your words`")
                continue
            labels.append(LabelText(key, forms, value_node.line, value_node.column))
        return tuple(labels)

    # -- shared helpers --------------------------------------------------
    def mapping(self, node: Mapping, field: str | None, allowed: tuple[str, ...], what: str) -> dict[str, Node]:
        """The mapping's values by key; unknown and repeated keys are reported."""
        fields: dict[str, Node] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.pairs:
            key = key_node.value if isinstance(key_node, Scalar) else ""
            path = f"{field}.{key}" if field else key
            if key not in allowed:
                self.unknown_keys += 1  # past the cap their messages are not shown: spare the slow suggestion
                suggestion = _closest(key, allowed) if self.unknown_keys <= LIMIT else None
                self.problem(key_node, path, _unknown_key_message(key, suggestion, allowed, what))
                if suggestion:
                    self.misspelt.add((field, suggestion))
            elif key in fields:
                self.problem(key_node, path, f"appears twice (first on line {first_line[key]}) — keep one")
            else:
                fields[key] = value_node
                first_line[key] = key_node.line
        return fields

    def required_text(self, owner: Node, fields: dict[str, Node], key: str, field: str | None, fix: str) -> str | None:
        point = self.required_point(owner, fields, key, field, fix)
        return point.text if point else None

    def required_point(self, owner: Node, fields: dict[str, Node], key: str, field: str | None, fix: str) -> Point | None:
        """A required text field read as a point: its text with marks and notation read, and its formulas."""
        path = f"{field}.{key}" if field else key
        node = fields.get(key)
        if node is None:
            if (field, key) not in self.misspelt:  # "did you mean" already said it
                self.problem(owner, path, f"missing — {fix}")
            return None
        return self.text_point(node, path, fix, f"write it on one line after `{key}:`")

    def text_point(self, node: Node, path: str, fix: str, not_text_fix: str | None = None) -> Point | None:
        """A field that must be non-empty text, read with its marks and notation; None (and a problem
        said) when it is not text or is empty; None silently for an alias, already refused."""
        if not isinstance(node, Scalar):
            self.problem(node, path, f"should be text, found {described(node)} — {not_text_fix or fix}")
            return None
        if node.style == ALIAS:
            return None
        if not node.value.strip():
            self.problem(node, path, f"is empty — {fix}")
            return None
        return self.marked_text(node, path)

    def optional_text(self, fields: dict[str, Node], key: str, path: str, notation: bool = True) -> str | None:
        node = fields.get(key)
        if node is None:
            return None
        if not isinstance(node, Scalar):
            self.problem(node, path, f"should be text, found {described(node)} — write it on one line after `{key}:`")
            return None
        point = self.marked_text(node, path, notation) if node.value.strip() else None
        return point.text if point else None

    def yes_no(self, node: Node | None, path: str, key: str, default: bool) -> bool:
        """A true/false field (``quiz: false``); anything else is reported, and the default kept."""
        if node is None:
            return default
        value = node.value.strip().lower() if isinstance(node, Scalar) else None
        if value in ("true", "yes"):
            return True
        if value in ("false", "no"):
            return False
        self.problem(node, path, f"should be true or false, found {described(node)} — write `{key}: false` or `{key}: true`")
        return default

    def gender(self, node: Node | None, path: str) -> str | None:
        """A noun's grammatical gender (``gender: f``), kept as m, f or n; anything else is reported."""
        if node is None:
            return None
        value = node.value.strip().lower().rstrip(".") if isinstance(node, Scalar) else None
        if value in GENDERS:
            return GENDERS[value]
        found = f"`{node.value.strip()}`" if isinstance(node, Scalar) else described(node)
        self.problem(node, path, f"should be m, f or n (masculine, feminine, neuter), found {found}"
                                 " — write `gender: m`, `gender: f` or `gender: n`, or leave it out")
        return None

    def typed_from(self, node: Node) -> str:
        """The text of the node's first line as typed, for quoting it back to the user."""
        line = self.text.splitlines()[node.line - 1]
        return line[node.column - 1:].strip()


_EATEN_ESCAPE = re.compile(r"(?<!\\)\\(?:alpha|approx|angle|beta|bar|binom|bullet|boxed|text\w*|times|theta|tau|tan|"
                           r"tfrac|tilde|to|triangle|therefore|vec|var\w+|vee|vert|frac|forall|rho|right\w*|rm|rangle|"
                           r"epsilon|eta|exp|equiv|emptyset|ell|nu|neq|nabla|ne|not|neg|newline|Lambda|Left\w*|"
                           r"Long\w*|Pi|Phi|Psi)(?![A-Za-z])")
"""A maths command whose first letter is a YAML escape in double quotes (``\\frac``, ``\\text``, ``\\times``,
``\\nu``, ``\\alpha``): YAML turns ``\\f`` into a form feed, ``\\t`` into a tab, and the command is lost. (A tab
written as ``\\t`` before other letters is text, and loads.)"""


def _closest(key: str, allowed: tuple[str, ...]) -> str | None:
    close = difflib.get_close_matches(key.lower(), allowed, n=1, cutoff=0.6)
    return close[0] if close else None


def _unknown_key_message(key: str, suggestion: str | None, allowed: tuple[str, ...], what: str) -> str:
    if suggestion:
        return f"unknown key `{key}` in {what} — did you mean `{suggestion}`?"
    return f"unknown key `{key}` in {what} — the keys allowed here are: {', '.join(allowed)}"
