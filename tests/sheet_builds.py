"""Worksheets built from a pack written inline, for the audit tests: the plan, the sheet and key as text, and the
material the questions are drawn from."""
from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from pdftext import text_of
from studypack.layouts import worksheet
from studypack.layouts.options import WorksheetOptions
from studypack.layouts.worksheet.exercises.material import Material
from studypack.source import loads


def fresh_pack(name: str) -> str:
    """A pack of the fresh audit corpus (``tests/audit/fresh``), as text."""
    return (Path(__file__).parent / "audit" / "fresh" / name).read_text(encoding="utf-8")


AUDITED_SEEDS = ("1", "2")
"""The seeds a blind audit reads each sheet at."""


def audited_sheets(name: str, seeds: tuple[str, ...] = AUDITED_SEEDS):
    """A fresh pack's plans at the audited seeds, each with its seed."""
    return zip(seeds, fresh_plans(name, seeds))


@lru_cache(maxsize=None)
def fresh_plans(name: str, seeds: tuple[str, ...] = ("1", "2", "3")) -> tuple:
    """A fresh pack's sheets at a few seeds, built once for the tests that read them."""
    text = fresh_pack(name)
    return tuple(planned(text, seed) for seed in seeds)


def built(text: str, seed: str, **options):
    """The plan, and the sheet and key as one line of text each."""
    plan = worksheet.plan(loads(text, "banks.yaml"), WorksheetOptions(seed=seed, **options))
    files = worksheet.draw(plan)
    return plan, " ".join(text_of(files["worksheet.pdf"]).split()), " ".join(text_of(files["answers.pdf"]).split())


def planned(text: str, seed: str, **options):
    """The plan alone, for a test that reads the questions and not the drawn sheet."""
    return worksheet.plan(loads(text, "banks.yaml"), WorksheetOptions(seed=seed, **options))


def of_kind(plan, kind) -> list:
    """The plan's questions of one kind, in order."""
    return [question for section in plan.exercises.sections for question in section.questions
            if isinstance(question, kind)]


def material(text: str) -> Material:
    return Material(loads(text, "notes.yaml"), random.Random(1))


def gap_fills(text: str) -> list:
    """Every gap fill the pack could give, each built once on its own (no sheet around it)."""
    from studypack.layouts.worksheet.exercises import Gap
    from studypack.layouts.worksheet.exercises.candidates import gap_candidates
    return [gap for candidate in gap_candidates(material(text)) if isinstance(gap := candidate.build(0), Gap)]


def blanked(text: str) -> set[str]:
    """Every answer a gap fill could ask of the pack."""
    return {blank.text for gap in gap_fills(text) for blank in gap.answers}


def hideable(text: str, point: str) -> list[str]:
    """The terms a gap could hide in the point starting with ``point``."""
    source = material(text)
    for ref in source.refs:
        if source.point(ref).text.startswith(point):
            return [term.text for term in source.hideable(ref)]
    raise AssertionError(point)


def pack_yaml(title: str, subject: str, cards: list[tuple[str, list[str]]]) -> str:
    """A pack's YAML: its cards as (title, points)."""
    return f"title: {title}\nsubject: {subject}\ncards:\n" + "".join(
        f"  - title: {card}\n    points:\n" + "".join(f"      - {json.dumps(point, ensure_ascii=False)}\n"
                                                      for point in points) for card, points in cards)


def scheme_texts(source: Material, card: int) -> list[str]:
    """The lines the short answers' mark schemes credit for one card."""
    from studypack.layouts.labels import ENGLISH
    from studypack.layouts.worksheet.exercises.short_answers import short_candidates
    shorts = [candidate.build(0) for candidate in short_candidates(source, ENGLISH)]
    return [source.point(ref).text for short in shorts if short and short.card == card for ref in short.scheme]


def translated(title: str, subject: str, lines: list[str], seeds: int = 4) -> list[str]:
    """Every translation a one-card pack of ``lines`` asks over a few seeds, each as word and meaning."""
    from studypack.layouts.worksheet.exercises.translate import translations
    pack = loads(pack_yaml(title, subject, [(title, lines)]), "words.yaml")
    return [str(item) for seed in range(seeds) for item in translations(pack, random.Random(seed), 10)]


def calculations(text: str) -> list[str]:
    """The stems of every calculation the material offers, with the answer in brackets, spaces plain."""
    from studypack.layouts.labels import ENGLISH
    from studypack.layouts.worksheet.exercises.calculations import calc_candidates
    calcs = (candidate.build(0) for candidate in calc_candidates(material(text), ENGLISH))
    return ["".join(f"[{segment.text}]" if segment.role == "blank" else segment.text for segment in calc.segments)
            .replace("\xa0", " ") for calc in calcs if calc is not None]


def offered(text: str, make, *quota) -> list:
    """Every question ``make`` offers from fresh material (building one claims its point)."""
    return [question for candidate in make(material(text), *quota) if (question := candidate.build(0)) is not None]


def false_statements(text: str) -> list[str]:
    """Every false statement true/false offers from fresh material, as printed."""
    from studypack.layouts.worksheet.exercises.candidates import true_false_candidates
    from studypack.layouts.worksheet.exercises.questions import plain
    return [plain(statement.segments) for statement in offered(text, true_false_candidates, {True: 0, False: 50})
            if not statement.true]


def asked_translations(title: str, lang: str, card: str, points: list[str], subject: str = "") -> list:
    """The translation questions a one-card vocabulary pack gives at seed 1."""
    from studypack.layouts.worksheet.exercises.translate import translations
    text = f"title: {title}\n" + (f"subject: {subject}\n" if subject else "") + f"lang: {lang}\ncards:\n" \
        + f"  - title: {card}\n    points:\n" + "".join(f"      - {json.dumps(point, ensure_ascii=False)}\n"
                                                      for point in points)
    return translations(loads(text, "words.yaml"), random.Random(1), 10)
