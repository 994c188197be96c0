"""The one place that switches Python's cycle collector off and on.

Loading and building make millions of small objects that form no cycles
(YAML nodes, words, lines); the collector's passes over them took a third of
a 10,000-card build's time and made loading 3× slower, while reference
counting still frees them all.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector paused for the block, and restored as it was (nesting is fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
