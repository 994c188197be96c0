"""The one word cache: a word is measured once and shared, and the cache never grows past its limit."""
from __future__ import annotations

from studypack.layouts.kit import fitting
from studypack.layouts.kit.fitting import word_cache, words_of
from studypack.layouts.kit.fonts import fonts_for
from studypack.layouts.options import Style

FONTS = fonts_for(Style())


def test_a_recurring_word_is_the_same_object_and_measures_as_its_characters():
    first = words_of((("the Berlin airlift and the ", False), ("Berlin", True), ("'s wall", False)), FONTS)
    again = words_of((("Berlin the ", False), ("Berlin", True), ("'s", False)), FONTS)
    assert first[0] is first[4] is again[1] and first[5] is again[2]  # "the"; "**Berlin**'s", of two pieces
    assert first[1].width == sum(FONTS.width(char) for char in "Berlin")
    assert first[5].pieces == (("Berlin", True), ("'s", False))
    assert first[5].width == FONTS.width("Berlin", True) + FONTS.width("'s")


def test_past_its_limit_the_cache_starts_afresh_and_measures_words_the_same(monkeypatch):
    monkeypatch.setattr(fitting, "WORD_CACHE_LIMIT", 50)
    cache = word_cache(FONTS)
    runs = tuple(run for number in range(200) for run in ((f"w{number}", False), (f"s{number} x{number} ", True)))
    words = words_of(runs, FONTS)  # 200 words of two pieces, 200 bold words and the pieces of each
    assert len(words) == 400 and all(len(table) <= 50 for table in (*cache.faces.values(), cache.joined))
    monkeypatch.setattr(fitting, "WORD_CACHE_LIMIT", 10_000)
    for table in (*cache.faces.values(), cache.joined):
        table.clear()
    assert words_of(runs, FONTS) == words and len(cache) == 200 + 400 + 200
