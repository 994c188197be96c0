"""Using the second core for the pure, per-card part of a big layout.

Setting 10,000 card faces is independent work: the second half is done in a
forked copy of this process and its results come back pickled. The result is
the same list, in the same order, as a plain ``map`` would give, so output
is byte-identical with or without a second core; small inputs, machines with
one core and platforms without ``fork`` simply run it here.
"""
from __future__ import annotations

import os
import pickle
import threading
from typing import Callable, Sequence, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

WORTH_A_FORK = 1500
"""Below this many items, forking costs more than it saves."""


def split_map(func: Callable[[Item], Result], items: Sequence[Item], worth: int | None = None) -> list[Result]:
    """``[func(item) for item in items]``, the second half computed on another core when that pays
    (from ``worth`` items, default WORTH_A_FORK)."""
    if len(items) < (WORTH_A_FORK if worth is None else worth) or (os.cpu_count() or 1) < 2 or not hasattr(os, "fork"):
        return [func(item) for item in items]
    half = len(items) // 2
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute the second half, send it, and leave without cleanup
        os.close(reader)
        try:
            payload = pickle.dumps(("ok", [func(item) for item in items[half:]]), pickle.HIGHEST_PROTOCOL)
        except BaseException as error:  # noqa: BLE001 — any failure is re-raised in the parent
            payload = pickle.dumps(("error", error), pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writer, "wb") as stream:
            stream.write(payload)
        os._exit(0)
    os.close(writer)
    received: list[bytes] = []
    listener = threading.Thread(target=lambda: received.append(_read_all(reader)), daemon=True)
    listener.start()  # reads while we work, so the child never blocks on a full pipe
    first = [func(item) for item in items[:half]]
    listener.join()
    os.waitpid(pid, 0)
    try:
        status, value = pickle.loads(received[0])
    except Exception:  # the child died before sending: do its half here
        return first + [func(item) for item in items[half:]]
    if status == "error":
        raise value
    return first + value


def _read_all(descriptor: int) -> bytes:
    with os.fdopen(descriptor, "rb") as stream:
        return stream.read()
