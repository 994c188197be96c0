"""The same pack and options give byte-identical PDFs: across runs, processes,
hash seeds, time zones, folders, job counts and one core or two."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from packgen import write_pack
from pdftext import open_pdf
from studypack import pipeline
from studypack.layouts import flashcards
from studypack.layouts.kit import second_core
from studypack.layouts.options import FlashcardOptions
from studypack.source import load

EXAMPLE = Path(pipeline.BUNDLED_EXAMPLE)
NAMES = ("flashcards", "summary", "worksheet")


def build_in_subprocess(pack: Path, out: Path, cwd: Path, **env: str) -> dict[str, bytes]:
    environment = {**os.environ, **env}
    subprocess.run([sys.executable, "-m", "studypack", "build", str(pack), "--out", str(out), "--quiet"],
                   check=True, cwd=cwd, env=environment, capture_output=True)
    folder = out / pack.stem
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.mark.slow  # (builds in fresh processes, 2 s: in make test-slow)
def test_the_example_pack_builds_identically_in_different_processes_and_environments(tmp_path):
    first = build_in_subprocess(EXAMPLE, tmp_path / "a", tmp_path, PYTHONHASHSEED="1", TZ="UTC", LANG="C")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    second = build_in_subprocess(EXAMPLE, tmp_path / "b", elsewhere, PYTHONHASHSEED="4242", TZ="Asia/Tokyo", LANG="de_DE.UTF-8")
    assert sorted(first) == ["answers.pdf", "flashcards.pdf", "summary.pdf", "worksheet.pdf"]
    assert first == second


def test_pdfs_carry_no_dates_or_random_ids(example_files, monkeypatch):
    # built again years later in the same process: not one byte differs, so no clock or random id reached it
    later = time.time() + 10 * 365 * 24 * 3600
    monkeypatch.setattr(time, "time", lambda: later)
    monkeypatch.setattr(time, "localtime", lambda seconds=None: _real_localtime(later if seconds is None else seconds))
    monkeypatch.setattr(time, "gmtime", lambda seconds=None: _real_gmtime(later if seconds is None else seconds))
    again = pipeline.build(EXAMPLE, {}, NAMES).files
    assert again == example_files
    for name, data in again.items():
        assert b"/CreationDate" not in data and b"/ModDate" not in data, name  # not even invariant mode's 2000-01-01


_real_localtime, _real_gmtime = time.localtime, time.gmtime


def test_one_core_or_two_gives_the_same_flashcards(tmp_path, monkeypatch, forks):
    pack = load(write_pack(tmp_path, "many", 40))
    monkeypatch.setattr(second_core, "WORTH_A_FORK", 1)  # fork even for 40 cards
    two_cores = flashcards.render(pack, FlashcardOptions())
    assert len(forks) == 1  # the faces were set on two cores
    monkeypatch.setattr(second_core.os, "cpu_count", lambda: 1)
    one_core = flashcards.render(pack, FlashcardOptions())
    assert len(forks) == 1 and two_cores == one_core


def test_a_pack_of_over_200_pages_is_drawn_on_two_cores_to_the_same_bytes_as_on_one(tmp_path, monkeypatch, forks):
    pack = load(write_pack(tmp_path, "long", 210, seed=5))
    options = FlashcardOptions(stock="index-4x6")  # two cards a sheet: 210 pages, fronts and backs
    two_cores = flashcards.render(pack, options)
    assert len(forks) == 1  # the later half of the pages was drawn in a forked copy
    monkeypatch.setattr(second_core.os, "cpu_count", lambda: 1)
    one_core = flashcards.render(pack, options)
    assert len(forks) == 1 and two_cores == one_core
    with open_pdf(one_core) as pdf:
        assert len(pdf.pages) == 210
@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_several_packs_build_the_same_whatever_the_job_count(tmp_path, jobs):
    packs = [write_pack(tmp_path, f"pack{n}", 12, seed=n) for n in range(3)]
    reference = {p.stem: pipeline.build(p, {}, NAMES).files for p in packs}
    out = tmp_path / f"out{jobs}"
    subprocess.run([sys.executable, "-m", "studypack", "build", *map(str, packs), "--out", str(out), "--jobs", jobs, "--quiet"],
                   check=True, capture_output=True)
    for stem, files in reference.items():
        assert {name: (out / stem / name).read_bytes() for name in files} == files


def test_notation_is_drawn_on_two_cores_to_the_same_bytes_as_on_one(tmp_path, monkeypatch, forks):
    """Script faces and stacked fractions are made and encoded before the fork, as the plain text is."""
    cards = "".join(f"  - title: Rate {n} $\\frac{{dy}}{{dx}}$\n    points:\n"
                    f"      - 'Na^+^ and SO~4~^2-^ at $\\frac{{{n}}}{{x+1}}$ mol dm^-3^'\n" for n in range(210))
    path = tmp_path / "notation.yaml"
    path.write_text(f"title: Rates\ncards:\n{cards}", encoding="utf-8")
    pack = load(path)
    options = FlashcardOptions(stock="index-4x6")
    two_cores = flashcards.render(pack, options)
    assert len(forks) == 1
    monkeypatch.setattr(second_core.os, "cpu_count", lambda: 1)
    one_core = flashcards.render(pack, options)
    assert two_cores == one_core
    with open_pdf(one_core) as pdf:
        last = pdf.pages[-1]
        assert "209/(x+1)" in "".join(char["text"] for char in last.chars) and last.rects
