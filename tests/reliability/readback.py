"""Reading a build back: is every word of the pack in the PDF it belongs in, and legible there?

Text is compared as the characters that are not spaces, in the order the PDF
draws them (the layouts draw in reading order), so a line break anywhere —
between words, or inside a word too long for its line, where no hyphen is
added — reads back the same, while a dropped, doubled or stray character does
not. A character the font lacks is drawn as the font's empty box, which
reads back as U+0000, so it is expected as U+0000 (and the build must have
named it in a warning). Positions are checked too: each card's text inside
its card, every character on the paper and clear of the edge printers cannot
reach, and no character drawn over another.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from pdftext import open_pdf

from studypack.layouts.summary import frame
from studypack.layouts.worksheet.exercises.generate import (LETTERS, Choice, Gap, Match, Short, Timeline, Translate,
                                                            TrueFalse, plain)
from studypack.layouts.worksheet.exercises.questions import AuthoredRef, points_used
from studypack.layouts.kit.fonts import Fonts, visible
from studypack.layouts.kit.page import UNPRINTABLE_EDGE, Rect
from studypack.source.model import Pack

MISSING = "\x00"
"""What pdfplumber reads for a glyph the font does not have."""
TOLERANCE = 0.6
"""Points of rounding allowed when a glyph's box is compared with a box or with the page."""
OVERLAP = 0.35
"""Points two glyph boxes may share (rounding in the PDF's two-decimal positions) before they overprint."""


# -- text ----------------------------------------------------------------------

def printed(text: str, fonts: Fonts) -> str:
    """``text`` as it reads back from our PDFs: no spaces, a character the font lacks as U+0000."""
    missing = fonts.missing(text)
    return "".join(MISSING if char in missing else char for char in visible(text) if not char.isspace())


def glyphs(chars: Iterable[dict]) -> str:
    """The characters of pdfplumber ``chars`` that are not spaces, in drawing order."""
    return "".join(char["text"] for char in chars if not char["text"].isspace())


class Read:
    """One PDF read once: its pages' sizes and characters (in drawing order)."""

    def __init__(self, data: bytes):
        with open_pdf(data) as pdf:
            self.sizes = [(float(page.width), float(page.height)) for page in pdf.pages]
            self.pages = [[{key: char[key] for key in ("text", "x0", "x1", "top", "bottom", "size")}
                           for char in page.chars] for page in pdf.pages]

    def text(self, pages: Iterable[int] | None = None) -> str:
        """The characters that are not spaces of ``pages`` (default all), in drawing order."""
        chosen = range(len(self.pages)) if pages is None else pages
        return "".join(glyphs(self.pages[index]) for index in chosen)

    def inside(self, page: int, box: Rect) -> list[dict]:
        """The characters of ``page`` whose centre is in ``box`` (PDF coordinates, origin bottom left)."""
        height = self.sizes[page][1]
        found = []
        for char in self.pages[page]:
            x = (char["x0"] + char["x1"]) / 2
            y = height - (char["top"] + char["bottom"]) / 2
            if box.x - TOLERANCE <= x <= box.right + TOLERANCE and box.y - TOLERANCE <= y <= box.top + TOLERANCE:
                found.append(char)
        return found


def assert_within(read: Read, page: int, chars: list[dict], box: Rect, what: str) -> None:
    """Every glyph box of ``chars`` lies inside ``box``: nothing runs past a card's text area."""
    height = read.sizes[page][1]
    for char in chars:
        top, bottom = height - char["top"], height - char["bottom"]
        assert (box.x - TOLERANCE <= char["x0"] and char["x1"] <= box.right + TOLERANCE
                and box.y - TOLERANCE <= bottom and top <= box.top + TOLERANCE), \
            f"{what}: {char['text']!r} at x {char['x0']:.1f}–{char['x1']:.1f}, y {bottom:.1f}–{top:.1f} is outside {box}"


def assert_legible(read: Read, name: str, shifted: dict[int, tuple[float, float]] | None = None) -> None:
    """Every character of every page is on the paper, clear of the unprintable edge, and drawn over no other.

    ``shifted`` gives pages moved on purpose (flashcard backs with --back-offset, in points): their
    edge allowance is reduced by the shift, but the text must still be on the paper.
    """
    for page, chars in enumerate(read.pages):
        width, height = read.sizes[page]
        dx, dy = (shifted or {}).get(page, (0.0, 0.0))
        left, right = UNPRINTABLE_EDGE - max(0.0, -dx), UNPRINTABLE_EDGE - max(0.0, dx)
        bottom, top = UNPRINTABLE_EDGE - max(0.0, -dy), UNPRINTABLE_EDGE - max(0.0, dy)
        for char in chars:
            if char["text"].isspace():
                continue
            assert (char["x0"] >= max(0.0, left) - TOLERANCE and char["x1"] <= width - max(0.0, right) + TOLERANCE
                    and char["top"] >= max(0.0, top) - TOLERANCE
                    and char["bottom"] <= height - max(0.0, bottom) + TOLERANCE), (
                f"{name} page {page + 1}: {char['text']!r} at x {char['x0']:.1f}–{char['x1']:.1f},"
                f" top {char['top']:.1f}–{char['bottom']:.1f} is off the paper or in its unprintable edge"
                f" ({width:.0f}×{height:.0f} pt): {_context(chars, char)}")
        _assert_no_overprint(chars, f"{name} page {page + 1}")


def _context(chars: list[dict], char: dict) -> str:
    index = chars.index(char)
    return repr("".join(c["text"] for c in chars[max(0, index - 30):index + 30]))


def _assert_no_overprint(chars: list[dict], where: str) -> None:
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    boxes = [(c["x0"], c["x1"], c["top"], c["bottom"]) for c in chars]
    for index, char in enumerate(chars):
        x0, x1, top, bottom = boxes[index]
        if char["text"].isspace() or x1 - x0 <= OVERLAP:
            continue  # spaces and zero-width marks (combining accents sit on their letter by design)
        for cx in range(int(x0 // 20), int(x1 // 20) + 1):
            for cy in range(int(top // 20), int(bottom // 20) + 1):
                for other in cells[(cx, cy)]:
                    ox0, ox1, otop, obottom = boxes[other]
                    if min(x1, ox1) - max(x0, ox0) > OVERLAP and min(bottom, obottom) - max(top, otop) > OVERLAP:
                        raise AssertionError(f"{where}: {char['text']!r} is drawn over {chars[other]['text']!r}"
                                             f" near x {x0:.1f}, top {top:.1f}: {_context(chars, char)}"
                                             f" / {_context(chars, chars[other])}")
                cells[(cx, cy)].append(index)


def assert_missing_named(warnings: Iterable[str], texts: Iterable[str], fonts: Fonts) -> None:
    """Every character of ``texts`` the font lacks is named (as U+XXXX) in a warning."""
    said = " ".join(warnings)
    lacking = set().union(*(fonts.missing(text) for text in texts))
    unnamed = sorted(f"U+{ord(char):04X}" for char in lacking if f"U+{ord(char):04X}" not in said)
    assert not unnamed, f"characters the font lacks are not named in any warning: {unnamed}; warnings: {list(warnings)}"


# -- flashcards --------------------------------------------------------------

def check_flashcards(pack: Pack, plan, data: bytes) -> None:
    """Each card's title in the title box of its front, and its points, in order, in the text box of its
    back (and of the backs of its continuation cards, titled "… (cont.)"); nothing else there."""
    read = Read(data)
    sheets, geo, fonts = plan.sheets, plan.geometry, plan.fonts
    per_sheet = sheets.per_sheet
    bullet = plan.bullet.pieces[0][0]
    backs: dict[int, list[str]] = defaultdict(list)
    sources = []
    shifted = {}
    for order, card in enumerate(plan.cards):
        sheet, index = divmod(order, per_sheet)
        front_page, back_page = (sheet, sheet) if sheets.fold else (2 * sheet, 2 * sheet + 1)
        title = " ".join(pack.cards[card.source - 1].title.split())
        if card.source in backs:
            title += " (cont.)"
        front = sheets.front(index)
        box = geo.title_box.shifted(front.x, front.y)
        chars = read.inside(front_page, box)
        # a word too wide for the card at the floor is hyphenated: the hyphens added are not the title's
        read_back = glyphs(chars).replace("-", "")
        assert read_back == printed(title, fonts).replace("-", ""), f"card {card.source}: the front's title reads {glyphs(chars)!r}"
        assert_within(read, front_page, chars, box, f"card {card.source}'s title")
        slot = sheets.back(index)
        if not sheets.fold:
            slot = slot.shifted(*plan.back_offset)
            shifted[back_page] = plan.back_offset
        box = geo.back_box.shifted(slot.x, slot.y)
        chars = read.inside(back_page, box)
        assert_within(read, back_page, chars, box, f"card {card.source}'s back")
        # the hanging bullets stand at the box's left edge; a bullet in the text is indented
        backs[card.source].append(glyphs(c for c in chars if not (c["text"] == bullet and c["x0"] < box.x + 0.5)))
        sources.append(card.source)
    assert sorted(set(sources)) == list(range(1, len(pack.cards) + 1)) and sources == sorted(sources), sources
    for number, card in enumerate(pack.cards, start=1):
        expected = "".join(printed(point.text, fonts) for point in card.points)
        assert "".join(backs[number]) == expected, (
            f"card {number}: the back reads {''.join(backs[number])!r}, the pack has {expected!r}")
    assert len(read.pages) == (1 if sheets.fold else 2) * -(-len(plan.cards) // per_sheet)
    assert_legible(read, "flashcards.pdf", shifted)


# -- summary -----------------------------------------------------------------

def check_summary(pack: Pack, plan, data: bytes) -> None:
    """The whole summary reads, in order: the header, every card (title, date, points), and each page's footer."""
    read = Read(data)
    fonts = plan.fonts
    count = len(read.pages)
    assert count == len(plan.pages)
    body = []
    for page in range(count):
        text = read.text([page])
        number = f"Page{page + 1}of{count}" if count > 1 else ""
        assert text.endswith(number), f"summary page {page + 1} does not end with {number!r}: {text[-200:]!r}"
        text = text[:len(text) - len(number)]
        # the footer: the pack's file name and author, shortened with … if need be
        footer, name = printed(frame.footer_text(pack), fonts), printed(Path(pack.path).name, fonts)
        start = text.rfind(name)
        shown = text[start:]
        assert start >= 0 and (shown == footer or shown.endswith("…") and footer.startswith(shown[:-1])), \
            f"summary page {page + 1} does not end with its footer {footer!r}: {text[-200:]!r}"
        text = text[:start]
        if page == 0:
            text = _after_title(text, "", pack.title, fonts, "summary.pdf")
            info = printed(frame.info_text(pack), fonts)
            assert text.startswith(info), f"the summary's header has no {info!r} after the title: {text[:200]!r}"
            text = text[len(info):]
        body.append(text)
    expected = "".join(printed(card.title + (f" · {card.date}" if card.date else ""), fonts)
                       + "".join("•" + printed(point.text, fonts) for point in card.points) for card in pack.cards)
    got = _without_continued_labels(pack, plan, "".join(body))
    assert got == expected, f"the summary's cards differ from the pack's {_first_difference(got, expected)}"
    assert_legible(read, "summary.pdf")


def _without_continued_labels(pack: Pack, plan, text: str) -> str:
    """``text`` with each "Title (cont.)" label atop a column taken out, in order; each must name
    (perhaps shortened with …) the card it continues."""
    cursor = 0
    for placed in (placed for page in plan.pages for placed in page.lines if placed.kind == "continued"):
        label = printed("".join(text for word in placed.line.words for text, _ in word.pieces), plan.fonts)
        assert label.endswith("(cont.)"), label
        shown, title = label[:-len("(cont.)")], printed(pack.cards[placed.card].title, plan.fonts)
        assert shown == title or shown.endswith(("…", "...")) and title.startswith(shown.rstrip("….")), (shown, title)
        at = text.find(label, cursor)
        assert at >= 0, f"the summary's label {label!r} is not in the text after character {cursor}"
        text, cursor = text[:at] + text[at + len(label):], at
    return text


def _first_difference(got: str, expected: str) -> str:
    at = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b), min(len(got), len(expected)))
    return f"at character {at}: read {got[max(0, at - 40):at + 40]!r}, expected {expected[max(0, at - 40):at + 40]!r}"


# -- worksheet and key ---------------------------------------------------------

def check_worksheet(pack: Pack, plan, files: dict[str, bytes]) -> None:
    """Every point of the pack is in a question of every version, or in its key, or listed as unused by the
    plan; each question prints its point's words (blanked or swapped terms in the key) in order."""
    sheet, key = Read(files["worksheet.pdf"]), Read(files["answers.pdf"])
    fonts = plan.fonts
    exercises = plan.exercises
    _assert_questions_keep_their_points(pack, exercises)
    sheet_ends = plan.sheet_starts[1:] + (len(plan.sheet),)
    key_ends = plan.key_starts[1:] + (len(plan.key),)
    assert len(sheet.pages) == len(plan.sheet) and len(key.pages) == len(plan.key)
    for version, start, end, key_start, key_end in zip(exercises.versions, plan.sheet_starts, sheet_ends,
                                                        plan.key_starts, key_ends):
        label = f"version {version.label}"
        sheet_text, key_text = sheet.text(range(start, end)), key.text(range(key_start, key_end))
        # headers hold the pack title, or as much of it as fits, ended with …
        sheet_text = _after_title(sheet_text, "", pack.title, fonts, f"worksheet.pdf {label}")
        labelled = f"Version {version.label}" if len(exercises.versions) > 1 else ""
        key_text = _after_title(key_text, "Answers" + labelled, pack.title, fonts, f"answers.pdf {label}")
        sheet_pieces, key_pieces = [], []
        for section in version.sections:
            sheet_pieces += [section.title, *section.bank]
            key_pieces.append(section.title)
            for _, question in section.numbered():
                asked, answered = _pieces(pack, question)
                sheet_pieces += asked
                key_pieces += answered
        _assert_in_order(sheet_text, sheet_pieces, fonts, f"worksheet.pdf {label}")
        _assert_in_order(key_text, key_pieces, fonts, f"answers.pdf {label}")
    assert_legible(sheet, "worksheet.pdf")
    assert_legible(key, "answers.pdf")


def _pieces(pack: Pack, question) -> tuple[list[str], list[str]]:
    """What a question prints on the sheet, and in the key, in drawing order."""
    if isinstance(question, (Gap, Choice, TrueFalse)):
        asked = [segment.text for segment in question.segments if segment.role != "blank"]
        if isinstance(question, Gap):
            return asked, [blank.text for blank in question.answers]
        if isinstance(question, Choice):
            return asked + list(question.options), [LETTERS[question.answer], question.options[question.answer]]
        if question.true:
            return asked, ["True"]
        wrong = next(segment.text for segment in question.segments if segment.role == "swap")
        return asked, ["False", question.correction, f"not {wrong}"]
    if isinstance(question, Match):
        asked = []
        for row, shown in enumerate(question.right):  # a spare statement takes a row with no title
            asked += ([question.pairs[row].title] if row < len(question.pairs) else []) + [question.statements[shown].text]
        return asked, list(question.answers)
    if isinstance(question, Timeline):
        answered = [piece for letter in question.answer
                    for piece in (letter, question.events[LETTERS.index(letter)].date)]
        return [event.text for event in question.events], answered
    if isinstance(question, Translate):
        return [question.shown], [question.shown, question.answer]
    assert isinstance(question, Short)
    return [question.prompt], [pack.cards[ref.card].points[ref.point].text for ref in question.scheme]


def _after_title(text: str, before: str, title: str, fonts: Fonts, where: str) -> str:
    """``text`` after ``before`` and the pack title (whole, or a beginning of it ended with …)."""
    whole = printed(before + title, fonts)
    if text.startswith(whole):
        return text[len(whole):]
    # the title's own text may hold "…": the shortening's mark is the last one the title leads up to
    lead = len(printed(before, fonts))
    cuts = [at for at, char in enumerate(text) if char == "…" and at > lead and whole.startswith(text[:at])]
    assert cuts, f"{where} does not start with the pack title: {text[:80]!r}"
    return text[cuts[-1] + 1:]


def _assert_in_order(text: str, pieces: list[str], fonts: Fonts, where: str) -> None:
    at = 0
    for piece in pieces:
        wanted = printed(piece, fonts)
        found = text.find(wanted, at)
        assert found >= 0, (f"{where}: {piece[:80]!r} is not in the PDF after character {at}"
                            f" (next there: {text[at:at + 80]!r})")
        at = found + len(wanted)


def _assert_questions_keep_their_points(pack: Pack, exercises) -> None:
    """Each used point is whole in its question: gap fill, multiple choice and true or false print the point
    (a blank's answer and a false statement's correction go to the key); matching prints it as it is;
    short answers print it in the key; a timeline event keeps its words without the date."""
    used = set()
    for section in exercises.versions[0].sections:
        for question in section.questions:
            if all(isinstance(ref, AuthoredRef) for ref in points_used(question)):
                continue  # the pack's own question: no point of its cards
            if isinstance(question, Translate):
                used.add(question.point)
            elif isinstance(question, (Gap, Choice, TrueFalse)):
                point = _point(pack, question.point)
                segments = [s for s in question.segments if s.role != "context"]
                if isinstance(question, TrueFalse) and not question.true:
                    segments = [s._replace(text=question.correction) if s.role == "swap" else s for s in segments]
                assert plain(tuple(segments)) == point.text, f"{question.point}: the question drops part of it"
                used.add(question.point)
            elif isinstance(question, Match):
                for pair in question.statements:
                    assert pair.text == _point(pack, pair.point).text and pair.title == pack.cards[pair.card].title
                    used.add(pair.point)
            elif isinstance(question, Timeline):
                for event in question.events:
                    if not isinstance(event.source, int):
                        words = Counter(_words(_point(pack, event.source).text))
                        assert not Counter(_words(event.text)) - words, f"{event.source}: the event has words of its own"
                        used.add(event.source)
            else:
                used.update(question.scheme)
    every = {(c, p) for c, card in enumerate(pack.cards) for p in range(len(card.points))}
    unused = set(exercises.unused)
    assert used | unused == every and not used & unused, (
        f"points neither asked nor listed unused: {sorted(every - used - unused)}; "
        f"listed unused but asked: {sorted(used & unused)}")


def _point(pack: Pack, ref):
    return pack.cards[ref.card].points[ref.point]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())
