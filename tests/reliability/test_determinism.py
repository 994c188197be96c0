"""The same pack and options give byte-identical PDFs: across runs, processes,
hash seeds, time zones, folders, job counts and one core or two."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from packgen import write_pack
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


def test_the_example_pack_builds_identically_in_different_processes_and_environments(tmp_path):
    first = build_in_subprocess(EXAMPLE, tmp_path / "a", tmp_path, PYTHONHASHSEED="1", TZ="UTC", LANG="C")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    second = build_in_subprocess(EXAMPLE, tmp_path / "b", elsewhere, PYTHONHASHSEED="4242", TZ="Asia/Tokyo", LANG="de_DE.UTF-8")
    assert sorted(first) == ["answers.pdf", "flashcards.pdf", "summary.pdf", "worksheet.pdf"]
    assert first == second


def test_building_twice_in_one_process_gives_the_same_bytes():
    once = pipeline.build(EXAMPLE, {}, NAMES).files
    again = pipeline.build(EXAMPLE, {}, NAMES).files
    assert once == again


def test_pdfs_carry_no_dates_or_random_ids():
    files = pipeline.build(EXAMPLE, {}, NAMES).files
    for name, data in files.items():
        assert b"/CreationDate (D:2000" in data, name  # reportlab's invariant date
        assert data.count(b"/ID") == 1


def test_one_core_or_two_gives_the_same_flashcards(tmp_path, monkeypatch):
    pack = load(write_pack(tmp_path, "many", 40))
    monkeypatch.setattr(second_core, "WORTH_A_FORK", 1)  # fork even for 40 cards
    two_cores = flashcards.render(pack, FlashcardOptions())
    monkeypatch.setattr(second_core.os, "cpu_count", lambda: 1)
    one_core = flashcards.render(pack, FlashcardOptions())
    assert two_cores == one_core


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_several_packs_build_the_same_whatever_the_job_count(tmp_path, jobs):
    packs = [write_pack(tmp_path, f"pack{n}", 12, seed=n) for n in range(3)]
    reference = {p.stem: pipeline.build(p, {}, NAMES).files for p in packs}
    out = tmp_path / f"out{jobs}"
    subprocess.run([sys.executable, "-m", "studypack", "build", *map(str, packs), "--out", str(out), "--jobs", jobs, "--quiet"],
                   check=True, capture_output=True)
    for stem, files in reference.items():
        assert {name: (out / stem / name).read_bytes() for name in files} == files
