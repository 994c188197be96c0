"""dump_questions.py OUT.json [PACK ...]: every question of the fresh audit corpus (or the packs named) at seeds 1-3,
as one line of text each, to compare what a change to the rules adds and removes (diff_questions.py)."""
import glob
import json
import os
import sys
from multiprocessing import Pool

SEEDS = ("1", "2", "3")


def segments_text(segments) -> str:
    """A question's text with each blank as [hint…answer] and each swapped word as <word>."""
    marks = {"blank": lambda s: f"[{s.hint + '…' if s.hint else ''}{s.text}]", "swap": lambda s: f"<{s.text}>"}
    return "".join(marks.get(segment.role, lambda s: s.text)(segment) for segment in segments)


def shown(question, pack) -> tuple[str, str]:
    """A question's kind and its text with its answer."""
    from studypack.layouts.worksheet.exercises import questions as q
    kind = type(question).__name__
    if isinstance(question, q.Calc):
        return kind, f"{segments_text(question.segments)} || {question.working} = {question.result}"
    if isinstance(question, q.Gap):
        return kind, segments_text(question.segments)
    if isinstance(question, q.Choice):
        options = " / ".join(("*" if index == question.answer else "") + option
                             for index, option in enumerate(question.options))
        return kind, f"{segments_text(question.segments)} || {options}"
    if isinstance(question, q.Match):
        pairs = " ## ".join(f"{pair.title} -> {pair.text}" for pair in question.pairs)
        return kind, f"{pairs} ## spares: " + " ## ".join(pair.text for pair in question.spares)
    if isinstance(question, q.Timeline):
        return kind, " ## ".join(f"{event.date}: {event.text}" for event in question.events)
    if isinstance(question, q.TrueFalse):
        return kind, f"{segments_text(question.segments)} || {question.true} {question.correction}"
    if isinstance(question, q.Short):
        scheme = list(question.items) + [point.text for point in q.scheme_points(question, pack)]
        return kind, f"{question.prompt} [{question.marks}] || " + " ## ".join(scheme)
    if isinstance(question, q.Translate):
        return kind, f"{question.shown} -> {question.answer} (rev={question.reverse})"
    return kind, repr(question)


def dumped(path: str) -> tuple[str, dict]:
    from studypack.layouts import worksheet
    from studypack.layouts.options import WorksheetOptions
    from studypack.source import loads
    with open(path, encoding="utf-8") as file:
        pack = loads(file.read(), os.path.basename(path))
    sheets = {}
    for seed in SEEDS:
        plan = worksheet.plan(pack, WorksheetOptions(seed=seed))
        sheets[seed] = [list(shown(question, pack)) for section in plan.exercises.sections
                        for question in section.questions]
    return os.path.basename(path), sheets


if __name__ == "__main__":
    import studypack
    corpus = os.path.join(os.path.dirname(studypack.__file__), "tests", "audit", "fresh", "*.yaml")
    paths = sys.argv[2:] or sorted(glob.glob(corpus))
    with Pool(2) as pool:
        data = dict(pool.map(dumped, paths, chunksize=4))
    with open(sys.argv[1], "w", encoding="utf-8") as file:
        json.dump(data, file, ensure_ascii=False, indent=0)
    print(len(data), "packs", sum(len(questions) for sheets in data.values() for questions in sheets.values()),
          "questions")
