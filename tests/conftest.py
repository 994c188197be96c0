"""Shared test settings: hypothesis profiles, and the example pack built once per session.

``make test`` loads the default profile: derandomised (the same examples on
every run and every machine, so a red build is never luck) and modest in its
number of examples. The random search belongs to ``make fuzz``, which runs
``--hypothesis-profile=long``.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from pdftext import open_pdf

_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True)
# "long" first: a profile starts from the loaded one, and re-registering "default" reloads it, so
# registered after, "long" would inherit the derandomising
settings.register_profile("long", max_examples=3000, **_COMMON)
settings.register_profile("default", max_examples=25, derandomize=True, database=None, **_COMMON)
settings.load_profile("default")

EXAMPLE = Path(__file__).resolve().parents[1] / "packs" / "khrushchev.yaml"
"""The bundled example pack, as a file in the repository."""
LAYOUT_NAMES = ("flashcards", "summary", "worksheet")


@pytest.fixture(scope="session")
def example_files() -> dict[str, bytes]:
    """The example pack's four PDFs, built with default options (read-only: do not change them)."""
    from studypack import pipeline

    return pipeline.build(EXAMPLE, {}, LAYOUT_NAMES).files


@pytest.fixture(scope="session")
def example_pdfs(example_files):
    """The example pack's four PDFs opened with pdfplumber once, by file name; pages cache what they parse."""
    opened = {name: open_pdf(data) for name, data in example_files.items()}
    yield opened
    for pdf in opened.values():
        pdf.close()


@pytest.fixture
def forks(monkeypatch) -> list[int]:
    """Counts the forks made during the test (each fork's child pid), and makes the machine look
    like two cores so ``second_core`` really forks even where the tests run on one.
    Set ``second_core.os.cpu_count`` to ``lambda: 1`` to take the second core away again."""
    import os

    from studypack.layouts.kit import second_core

    made: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        pid = real_fork()
        if pid:
            made.append(pid)
        return pid

    monkeypatch.setattr(second_core.os, "fork", counted_fork)
    monkeypatch.setattr(second_core.os, "cpu_count", lambda: 2)
    return made
