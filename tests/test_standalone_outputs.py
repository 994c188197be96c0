"""Each output stands alone: one that cannot be made does not stop the others; and every fix a refusal
suggests works when it is followed, taken from the message itself."""
from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from studypack.cli import app

from conftest import EXAMPLE

runner = CliRunner()


def _build(tmp_path, *flags: str):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(EXAMPLE), "--out", str(out), *flags])
    written = sorted(p.name for p in (out / "khrushchev").iterdir()) if (out / "khrushchev").exists() else []
    return result, written


def _errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


def _followed(flags: list[str], fix: str) -> list[str]:
    """``flags`` changed as ``fix`` says: ``drop --x`` removes --x (and its value), ``--x V`` sets it."""
    dropped = re.fullmatch(r"drop (--[a-z-]+)(?: and (--[a-z-]+))?", fix)
    if dropped:
        names = {name for name in dropped.groups() if name}
        result, skip = [], False
        for index, flag in enumerate(flags):
            if skip:
                skip = False
                continue
            if flag in names:
                skip = index + 1 < len(flags) and not flags[index + 1].startswith("--")
                continue
            result.append(flag)
        return result
    given = shlex.split(re.sub(r"^(?:use|add|allow) ", "", fix))
    result = list(flags)
    for index in range(0, len(given)):
        if given[index].startswith("--"):
            value = given[index + 1] if index + 1 < len(given) and not given[index + 1].startswith("--") else None
            if given[index] in result:
                at = result.index(given[index])
                del result[at:at + (2 if at + 1 < len(result) and not result[at + 1].startswith("--") else 1)]
            result += [given[index]] + ([value] if value else [])
    return result


def _fixes(error: str) -> list[str]:
    """The concrete fixes a message suggests: each flag-bearing piece after the dash."""
    advice = error.split(" — ", 1)[1]
    pieces = re.findall(r"\((--[^)]*)\)|(?:^|, | or )((?:drop|use|add|allow) --[^,()]*?)(?= or |,|$| \()", advice)
    return [(inside or outside).strip() for inside, outside in pieces]


def test_a_summary_that_cannot_fit_does_not_stop_the_other_outputs(tmp_path):
    result, written = _build(tmp_path, "--profile", "large-print", "-q")
    assert result.exit_code == 1
    assert written == ["answers.pdf", "flashcards.pdf", "worksheet.pdf"]
    assert [line.split(": ", 2)[2][:36] for line in _errors(result)] == ["the summary does not fit on one page"]
    assert not [p for p in (tmp_path / "out" / "khrushchev").iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("flags", [
    ["--profile", "large-print"],
    ["--profile", "large-print", "--tags", "economy"],
    ["--min-font", "14"],
    ["--paper", "a3"],
    ["--fold", "--stock", "index-4x6", "--paper", "letter"],
    ["--stock", "a7", "--paper", "letter"],
    ["--columns", "1", "--orientation", "landscape", "--min-font", "12"],
])
@pytest.mark.slow
def test_every_suggested_fix_works_when_followed(tmp_path, flags):
    result, _ = _build(tmp_path, *flags, "-q")
    assert result.exit_code == 1, result.output
    tried = []
    for error in _errors(result):
        for fix in _fixes(error):
            fixed = _followed(flags, fix)
            again, _ = _build(tmp_path, *fixed, "-q")
            problems = [line for line in _errors(again) if line not in _errors(result)]
            assert not problems, f"following “{fix}” ({' '.join(fixed)}) failed: {problems}"
            tried.append(fix)
    assert tried, f"no fix was suggested: {result.stderr}"
