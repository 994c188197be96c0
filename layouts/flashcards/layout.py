"""Flashcards: double-sided cut-out cards whose backs line up with their fronts.

``plan`` sets every card's title and points (the shared fitting routine, once
per face) and places the cards on sheets; ``draw`` only draws what it decided.
The PDF alternates a page of fronts and the page of their backs, each back in
the slot behind its front once the sheet is turned over (``--fold``: fronts
beside their backs on single pages instead).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from typing import NamedTuple, Sequence

from ...errors import Problem, StudypackError
from ...source._fractions import unstacked
from ...source.model import Card, Pack
from .faces import (POINTS_SHARE, TAG_GAP, TITLE_SHARE, FaceSpec, FaceGeometry, Overflow, SetText, Shared, draw_back, draw_front,
                    face_spec, geometry, picture_room, set_back, set_title, share, width_of)
from ..kit.pictures import Picture, held_back, picture_of, sharpness_warning
from ..kit.second_core import split_map
from .imposition import (NOTE_SIZE, NotePlace, Segment, Imposition, arrange, crop_marks, cut_lines, fold_lines,
                         note_position)
from ..kit.fitting import Word, shortened, words_of
from ..kit.hyphenation import HYPHEN
from ..kit.fonts import Fonts, check_coverage, fonts_for
from ..kit.scripts import pack_reads_right_to_left
from ..options import FlashcardOptions
from ..kit.page import CARD_INSET, MM, UNPRINTABLE_EDGE, Rect, stock_for
from ..kit.document import Document
from ..kit.fractions import stacked_runs, stacked_title
from ..labels import Labels, labels_for
from .direction import draw_points_front, draw_title_back, reversed_cards
from .gender import gender_mark

OUTPUTS = ("flashcards.pdf",)
NOTE_GREY = (0.45, 0.45, 0.45)
LINE_GREY = 0.65
"""Dashed cut lines: faint, so a line that misses the cut hardly shows."""
MARK_GREY = 0.2


@dataclass(frozen=True, slots=True)
class PrintedCard:
    """One card as printed: a pack card, or one part of a pack card whose back continues."""

    source: int
    """The pack card it comes from, counted from 1."""
    title: SetText
    """The front's title, set ("Title (cont.)" on a continuation)."""
    back: SetText
    """The back's points, set."""
    reversed: bool = False
    """Printed the other way round (``--direction``): the points on the front, the title on the back."""
    gender: str = ""
    """The noun's gender mark on the front (m., f., n.), or "" (``gender.gender_mark``)."""
    front_shared: Shared | None = None
    """Where the title and the card's ``image:`` go, when it has one (on its first part only)."""
    back_shared: Shared | None = None
    """Where the points and the card's ``back_image:`` go, when it has one (on its first part only)."""


@dataclass(frozen=True)
class FlashcardPlan:
    """Everything measured and placed: drawing only follows it."""

    title: str
    """The PDF's title."""
    subject: str
    """The PDF's subject."""
    author: str
    """The PDF's author."""
    fonts: Fonts
    """The faces every card uses."""
    sheets: Imposition
    """Where each card's front and back go."""
    geometry: FaceGeometry
    """Where text goes inside a card."""
    spec: FaceSpec
    """The profile's type sizes."""
    bullet: Word
    """The bullet hung before each point."""
    header: tuple[Word, ...]
    """The pack title in every front's header, shortened with … if it is too long."""
    cards: tuple[PrintedCard, ...]
    """Every card in print order, continuations after the card they continue."""
    marks: tuple[Segment, ...]
    """Crop marks for each fronts page (none if not asked for)."""
    lines: bool
    """Whether faint dashed cut lines go round each front."""
    note: tuple[Word, ...]
    """The printing note ("Print at 100 % …")."""
    note_at: NotePlace | None
    """Where the note goes (every fronts page, or a blank slot of the last), or None when no place is safe:
    it is then one of the warnings, for the terminal."""
    back_offset: tuple[float, float]
    """Points to shift every backs page by (x right, y up)."""
    characters: str
    """Every character drawn, so the PDF's font subsets are fixed before any page is."""
    flip: str
    """The edge the printer flips on (long or short), asked of print dialogs."""
    right_to_left: bool
    """The pack reads right to left (Hebrew, Arabic): points are aligned right, bullets on the right."""
    warnings: tuple[str, ...]
    """Continued backs, missing glyphs and the like."""


def plan(pack: Pack, options: FlashcardOptions) -> FlashcardPlan:
    """Set and place every card; StudypackError if a card cannot be printed whole."""
    style = options.style
    fonts = fonts_for(style)
    check_coverage(fonts, pack, ("title",))
    stock = stock_for(options.stock, style.paper)
    sheets = arrange(stock, options.flip, options.fold)
    spec, bullet = face_spec(style, fonts)
    spec = spec._replace(title=replace(spec.title, hyphenate=pack.lang or "en"),
                         short_back=replace(spec.short_back, hyphenate=pack.lang or "en"))
    geo = geometry(stock.card_width, stock.card_height, _inset(sheets), spec, fonts)
    if not options.fold and (problem := _offset_problem(sheets, geo, options.back_offset)):
        raise StudypackError(Problem(problem))

    labels = labels_for(pack, style.lang)
    cards, warnings = _print_cards(pack, options, geo, spec, fonts, labels.text("cont"))
    if options.direction != "forward":
        turned = [PrintedCard(number, faces.title, faces.points, reversed=True)
                  for number, faces in reversed_cards(pack.cards, geo, spec, fonts, labels.text("cont"))]
        cards = turned if options.direction == "reverse" else cards + turned
    continued = len(cards) - len(pack.cards)
    if continued >= 3 and stock.name != "index-4x6":
        warnings.append(f"{_count(continued, 'extra card')} hold continued backs — a bigger card holds more:"
                        f" try --stock index-4x6{' or avery-5388' if stock.paper == 'letter' else ''}")
    if options.fold and options.back_offset != (0.0, 0.0):
        warnings.append("--back-offset has no effect with --fold: fronts and backs are printed on the same side")
    cut = options.cut or ("none" if stock.perforated else "marks")
    marks = crop_marks(sheets) if cut in ("marks", "both") else ()
    note = words_of(((_note_text(options, labels), False),), fonts)
    note_width = width_of(note) * NOTE_SIZE
    mark_xs = [x for x in sheets.cut_positions()[0] if marks and 0 < x < sheets.size[0]]
    note_at = note_position(sheets, len(cards), note_width, (fonts.ascent + fonts.descent) * NOTE_SIZE,
                            fonts.descent * NOTE_SIZE, mark_xs)
    if note_at is None:
        warnings.append(f"the cards fill the sheets, leaving no room for the printing note, so it is not printed:"
                        f" {_note_text(options)[0].lower()}{_note_text(options)[1:]}")
    label_width = fonts.width(f"{len(cards)}/{len(cards)}") * spec.header
    if any(card.gender for card in cards):  # the gender mark goes beside the number
        label_width += fonts.width("m.", True) * spec.header + TAG_GAP
    header = _shortened(" ".join(pack.title.split()), geo.back_box.width - label_width - 3 * MM, spec.header, fonts)
    return FlashcardPlan(
        title=f"{pack.title} — flashcards", subject=pack.subject or "", author=pack.author or "",
        fonts=fonts, sheets=sheets, geometry=geo, spec=spec, bullet=bullet, header=header, cards=tuple(cards),
        marks=marks, lines=cut in ("lines", "both"), note=note, note_at=note_at,
        back_offset=(options.back_offset[0] * MM, options.back_offset[1] * MM),
        characters=_characters(pack, header, note, bullet, words_of(((labels.text("cont"), True),), fonts),
                               words_of(((" ".join(sorted({card.gender for card in cards} - {""})), True),), fonts)),
        flip=options.flip, right_to_left=pack_reads_right_to_left(pack), warnings=tuple(warnings),
    )


def draw(plan: FlashcardPlan) -> dict[str, bytes]:
    """The PDF: for each sheet, its fronts page and then its backs page (one page per sheet with --fold)."""
    sheets = plan.sheets
    doc = Document(plan.fonts, sheets.size, plan.title, plan.subject, plan.author, plan.right_to_left)
    doc.ask_for_actual_size(None if sheets.fold else plan.flip)
    pictures = [shared.picture for card in plan.cards for shared in (card.front_shared, card.back_shared) if shared]
    doc.reserve(plan.characters, pictures)
    doc.reserve_pictures(pictures)
    sides = 1 if sheets.fold else 2
    sheet_count = -(-len(plan.cards) // sheets.per_sheet)
    doc.draw_pages(sheet_count * sides, partial(_draw_page, doc, plan, sides))
    return {OUTPUTS[0]: doc.finish()}


def _draw_page(doc: Document, plan: FlashcardPlan, sides: int, page: int) -> None:
    """One page: a sheet's fronts (with their backs beside them in fold mode), or its backs."""
    sheets, geo, spec = plan.sheets, plan.geometry, plan.spec
    per_sheet, total = sheets.per_sheet, len(plan.cards)
    start = page // sides * per_sheet
    batch = plan.cards[start:start + per_sheet]
    if page % sides == 0:
        if plan.lines:
            doc.segments(cut_lines(sheets, len(batch)), 0.5, LINE_GREY, (3, 2))
        doc.segments(plan.marks, 0.4, MARK_GREY)
        doc.segments(fold_lines(sheets, len(batch)), 0.5, LINE_GREY, (1, 2))
        note_at = plan.note_at
        if note_at is not None and note_at.sheet in (None, page // sides):
            doc.words(note_at.x, note_at.baseline, plan.note, NOTE_SIZE, NOTE_GREY)
        for index, card in enumerate(batch):
            if card.reversed:
                draw_points_front(doc, sheets.front(index), card.back, plan.header, f"{start + index + 1}/{total}",
                                  plan.bullet, geo, spec)
                continue
            draw_front(doc, sheets.front(index), card.title, plan.header, f"{start + index + 1}/{total}", geo, spec,
                       card.front_shared, card.gender)
    if page % sides == sides - 1:
        dx, dy = plan.back_offset
        for index, card in enumerate(batch):
            slot = sheets.back(index)
            if card.reversed:
                draw_title_back(doc, slot if sheets.fold else slot.shifted(dx, dy), card.title, geo, spec)
                continue
            draw_back(doc, slot if sheets.fold else slot.shifted(dx, dy), card.back, plan.bullet, geo, spec.back,
                      card.back_shared)


def render(pack: Pack, options: FlashcardOptions = FlashcardOptions()) -> bytes:
    """``flashcards.pdf`` for ``pack``."""
    return draw(plan(pack, options))[OUTPUTS[0]]


# -- helpers ---------------------------------------------------------------

class _Faces(NamedTuple):
    """One card's faces as set: its back (one or more parts) and a front for each part."""

    title: str
    """The title as printed, spaces tidied."""
    backs: tuple[SetText, ...]
    """The back, or its parts when continued."""
    overflow: Overflow | None
    """How far the back overflows one card, if it does."""
    fronts: tuple[SetText | str, ...]
    """A front per part ("… (cont.)" after the first); a text where the title cannot be set."""
    shared: tuple[Shared | None, Shared | None]
    """The first front's and the first back's text and picture, for a card with ``image:`` or ``back_image:``."""


def _set_faces(item: tuple[Card, tuple[Picture | None, Picture | None]], geo: FaceGeometry, spec: FaceSpec,
               fonts: Fonts, cont: str = "(cont.)") -> _Faces:
    """Fitting one card: pure and independent of the others, so cards can be set on two cores. A picture
    takes what its face's text leaves: the text is fitted into part of the box first (its share), then
    the picture is scaled into the rest."""
    card, (front_picture, back_picture) = item
    title, stacked = " ".join(card.title.split()), stacked_title(card)
    back_box = geo.back_box
    if back_picture is not None:
        back_box = Rect(back_box.x, back_box.y, back_box.width, back_box.height * POINTS_SHARE)
    backs, overflow = set_back([stacked_runs(point) for point in card.points], back_box, spec.back, fonts, spec.short_back)
    fronts = []
    for part in range(len(backs)):
        front_geo = geo
        if front_picture is not None and not part:
            box = geo.title_box
            front_geo = replace(geo, title_box=Rect(box.x, box.top - box.height * TITLE_SHARE, box.width, box.height * TITLE_SHARE))
        front = _front(stacked if not part else f"{stacked} {cont}", front_geo, spec, fonts)
        fronts.append(front)
        if isinstance(front, str):
            break
    front_shared = (share(geo.title_box, fronts[0].height, front_picture, picture_first=False)
                    if front_picture is not None and not isinstance(fronts[0], str) else None)
    back_shared = share(geo.back_box, backs[0].height, back_picture, picture_first=True) if back_picture is not None else None
    return _Faces(title, tuple(backs), overflow, tuple(fronts), (front_shared, back_shared))


def _print_cards(pack: Pack, options: FlashcardOptions, geo: FaceGeometry, spec: FaceSpec,
                 fonts: Fonts, cont: str = "(cont.)") -> tuple[list[PrintedCard], list[str]]:
    """Every card set, a back too long for one card continued on as many as it needs (or, with
    --strict, refused); StudypackError names every card that cannot be printed."""
    cards: list[PrintedCard] = []
    warnings: list[str] = []
    problems: list[Problem] = []
    pictures = _pictures(pack, options.style.images, problems)
    faces = split_map(partial(_set_faces, geo=geo, spec=spec, fonts=fonts, cont=cont), list(zip(pack.cards, pictures)))
    for number, (card, (title, backs, overflow, fronts, shared)) in enumerate(zip(pack.cards, faces), start=1):
        for side, face, box in (("image", shared[0], geo.title_box), ("back_image", shared[1], geo.back_box)):
            room = picture_room(box, face.text_box.height) if face is not None else (0.0, 0.0)
            if face is not None and held_back(face.picture.picture, *room):
                warnings.append(sharpness_warning(f"card {number} “{title}”, {side}", face.picture.picture, *room))
        if overflow is not None:
            named = f"card {number} “{title}”"
            floor = f"{spec.back.smallest:g} pt"
            if options.strict:
                problems.append(_card_problem(pack, card, number, (
                    f"the back of “{title}” is {_lines(overflow.lines)} too long for one card at {floor}"
                    " — shorten its points, or drop --strict to continue it on a second card")))
            else:
                warnings.append(
                    f"{named}: the back is {_lines(overflow.lines)} too long for one card at {floor},"
                    f" so it continues on {_count(overflow.cards - 1, 'more card')} (“{title} (cont.)”)"
                    " — shorten its points to keep it on one card")
        for front, back in zip(fronts, backs):
            if isinstance(front, str):
                problems.append(_card_problem(pack, card, number, front))
                break
            if front.size < spec.title.smallest:
                warnings.append(f"card {number} “{title}”: the title is too long for {spec.title.smallest:g} pt"
                                f" and is set at {front.size:g} pt — shorten it")
            first = not cards or cards[-1].source != number
            front_shared, back_shared = shared if first else (None, None)
            cards.append(PrintedCard(number, front, back, gender=gender_mark(card, pack.lang), front_shared=front_shared,
                                     back_shared=back_shared))
    if problems:
        raise StudypackError(problems)
    return cards, warnings


def _pictures(pack: Pack, wanted: bool, problems: list[Problem]) -> list[tuple[Picture | None, Picture | None]]:
    """Each card's front and back picture (none with --no-images); an SVG that cannot be read is one of ``problems``."""
    pictures: list[tuple[Picture | None, Picture | None]] = []
    for number, card in enumerate(pack.cards, start=1):
        pair: list[Picture | None] = [None, None]
        for index, (path, pixels) in enumerate(((card.image, card.image_size), (card.back_image, card.back_image_size))):
            if wanted and path is not None:
                try:
                    pair[index] = picture_of(path, pixels)
                except StudypackError as error:
                    problems.extend(_card_problem(pack, card, number, problem.message, ("image", "back_image")[index])
                                    for problem in error.problems)
        pictures.append((pair[0], pair[1]))
    return pictures


def _offset_problem(sheets: Imposition, geo: FaceGeometry, offset: tuple[float, float]) -> str | None:
    """Why ``offset`` (mm) would push text on the backs off the paper, where it would be cut off; or None."""
    width, height = sheets.size
    boxes = [geo.back_box.shifted(slot.x, slot.y) for slot in map(sheets.back, range(sheets.per_sheet))]
    room = {"right": width - max(box.right for box in boxes), "left": min(box.x for box in boxes),
            "up": height - max(box.top for box in boxes), "down": min(box.y for box in boxes)}
    x, y = offset
    moves = {"right": x, "left": -x, "up": y, "down": -y}
    edge = next((way for way in ("right", "left", "up", "down") if moves[way] * MM > room[way] + 0.01), None)
    if edge is None:
        return None
    side = {"right": "right", "left": "left", "up": "top", "down": "bottom"}[edge]
    return (f"--back-offset {x:g},{y:g} moves the backs {abs(moves[edge]):g} mm {edge}, but the text of the cards at"
            f" the sheet's {side} edge is {room[edge] / MM:.1f} mm from it and would be cut off — printers misplace"
            " backs by 1–4 mm: measure again with `studypack calibrate`")


def _inset(sheets: Imposition) -> float:
    """Text keeps CARD_INSET from every cut, and clear of the unprintable edge where cards reach the paper's edge."""
    width, height = sheets.size
    grid = sheets.grid()
    margin = min(grid.x, width - grid.right, grid.y, height - grid.top)
    return max(CARD_INSET, UNPRINTABLE_EDGE - margin)


def _front(title: str, geo: FaceGeometry, spec: FaceSpec, fonts: Fonts) -> SetText | str:
    """The title set for the front; a very long one goes down to the back's floor, and past that it is refused."""
    text, fits = set_title(title, geo.title_box, spec.title, fonts)
    if fits:
        return text
    title = unstacked(title)[0]  # as the pack has it, for the message
    smaller = replace(spec.title, largest=spec.title.smallest, smallest=spec.back.smallest)
    text, fits = set_title(title, geo.title_box, smaller, fonts)
    if fits:
        return text
    return (f"the title “{title[:60]}{'…' if len(title) > 60 else ''}” does not fit on the front even at"
            f" {smaller.smallest:g} pt — shorten it (a title is a few words; the detail goes in the points)")


def _card_problem(pack: Pack, card: Card, number: int, message: str, key: str = "") -> Problem:
    """A problem at the card's line; its field prints as "card 3" (and the key, if one is named), so the message
    need not name the card again."""
    return Problem(message, pack.path, card.line, None, f"cards[{number}]" + (f".{key}" if key else ""))


def _lines(count: int) -> str:
    return _count(count, "line")


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _characters(pack: Pack, *labels: Sequence[Word] | Word) -> str:
    """Every character the cards will show: titles, points, header, note, bullet, " (cont.)" and numbers."""
    texts = [card.title + "".join(point.text for point in card.points) for card in pack.cards]
    for words in labels:
        for word in (words,) if isinstance(words, Word) else words:
            texts.extend(text for text, _ in word.pieces)
    return "".join(sorted(set("".join(texts)) | set("0123456789/ (cont.)") | {HYPHEN}))


def _note_text(options: FlashcardOptions, labels: Labels = Labels()) -> str:
    if options.fold:
        return labels.text("note_fold")
    note = labels.text("note_duplex", edge=labels.text(f"{options.flip}_edge"))
    x, y = options.back_offset
    if (x, y) != (0.0, 0.0):
        note += labels.text("note_shifted", x=labels.number(x), y=labels.number(y))
    return note


def _shortened(text: str, width: float, size: float, fonts: Fonts) -> tuple[Word, ...]:
    """``text`` as words that fit ``width`` at ``size``: whole, or cut at a word (at a letter if
    one word is too long) and ended with …."""
    return words_of(((shortened(text, width / size, fonts), False),), fonts)
