"""Hostile or broken input files: refused with a clear, located message, never a crash or a hang."""
from __future__ import annotations

import os
import threading

import pytest
from typer.testing import CliRunner

from studypack.cli import app
from studypack.errors import StudypackError
from studypack.source import decode, load


def test_a_device_that_never_ends_is_refused_at_the_size_limit_naming_it():
    with pytest.raises(StudypackError, match=r"^/dev/zero: the file is over 64 MB; the limit is 64 MB — split it"):
        load("/dev/zero")


def test_check_of_an_endless_device_exits_1_with_the_limit():
    result = CliRunner().invoke(app, ["check", "/dev/zero"])
    assert result.exit_code == 1, result.output
    assert "/dev/zero: the file is over 64 MB" in result.output


def test_a_pipe_is_cut_off_at_the_limit_as_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(decode, "MAX_FILE_BYTES", 1000)
    fifo = tmp_path / "notes.yaml"
    os.mkfifo(fifo)

    def endless_writer():
        try:
            with open(fifo, "wb") as pipe:
                while True:
                    pipe.write(b"y\n" * 512)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=endless_writer, daemon=True)
    writer.start()
    with pytest.raises(StudypackError, match=r"notes\.yaml: the file is over 1000 bytes; the limit is 1000 bytes"):
        load(fifo)
    writer.join(timeout=5)
    assert not writer.is_alive()
