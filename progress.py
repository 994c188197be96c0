"""The build's progress bar: on stderr, only when it is a terminal, and only once a
build has taken more than a second (quick builds stay quiet)."""
from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING, Iterable

import typer

from .errors import printable

if TYPE_CHECKING:
    from .errors import Problem
    from .outputs import Written

DELAY = 1.0
"""Seconds before the bar appears."""


class BuildProgress:
    """Counts packs as they finish, naming the one being built; prints messages above the bar."""

    def __init__(self, names: list[str], quiet: bool):
        self.names = names
        """The packs' names, in the order they are built."""
        self.total = len(names)
        self.enabled = not quiet and sys.stderr.isatty()
        self.quiet = quiet
        self.lock = threading.Lock()
        self.bar = None
        self.task = None
        self.done = 0
        self.current = ""
        self.closed = False
        self.timer = threading.Timer(DELAY, self._show) if self.enabled else None

    def __enter__(self) -> BuildProgress:
        if self.timer is not None:
            self.timer.daemon = True
            self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.closed = True
            if self.timer is not None:
                self.timer.cancel()
            if self.bar is not None:
                self.bar.stop()
                self.bar = None

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with self.lock:
            if self.closed:
                return
            self.bar = Progress(SpinnerColumn(), TextColumn("building {task.description}"), BarColumn(),
                                MofNCompleteColumn(), TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task(self.current, total=self.total, completed=self.done)
            self.bar.start()

    def report(self, missing: list[Problem], results: Iterable[Written]) -> bool:
        """Show the ``missing`` packs, then each pack's files or problems as it is written; True when all went well."""
        self.problems(missing)
        ok = not missing
        if self.names:
            self.building(self.names[0])
        for index, written in enumerate(results):  # the next pack is built while this loop waits for it
            for message in written.warnings:  # with several packs, each warning names its own
                self.warn(f"{written.pack}: {message}" if len(self.names) > 1 else message)
            if written.files:
                self.info(f"{written.pack}: wrote {', '.join(str(path) for path in written.files)}")
            if written.problems:
                ok = False
                self.problems(written.problems)
            self.advance()
            if index + 1 < len(self.names):
                self.building(self.names[index + 1])
        return ok

    def building(self, name: str) -> None:
        """Say which pack is being built now."""
        with self.lock:
            self.current = name
            if self.bar is not None:
                self.bar.update(self.task, description=name)

    def advance(self) -> None:
        """One more pack finished."""
        with self.lock:
            self.done += 1
            if self.bar is not None:
                self.bar.update(self.task, completed=self.done)

    def _echo(self, text: str, err: bool) -> None:
        with self.lock:
            if self.bar is not None:
                self.bar.console.print(text, markup=False, highlight=False, soft_wrap=True)
                return
        typer.echo(text, err=err)

    def info(self, text: str) -> None:
        if not self.quiet:
            self._echo(text, err=False)

    def warn(self, text: str) -> None:
        self._echo(f"warning: {printable(text)}", err=True)

    def problems(self, problems) -> None:
        for problem in problems:
            self._echo(f"error: {problem}", err=True)
