"""Words and their opposites (higher and lower, exothermic and endothermic): a line printing one of a pair
beside a question on the other tells its answer by contrast.
"""
from __future__ import annotations

_PAIRS = """
increase decrease  increases decreases  increased decreased  increasing decreasing
rise fall  rises falls  rose fell  high low
higher lower  larger smaller  greater smaller  bigger smaller
faster slower  stronger weaker  longer shorter
heavier lighter  hotter colder  warmer cooler  deeper shallower  wider narrower  steeper gentler
thicker thinner  denser less-dense  towards away-from  inwards outwards
positive negative  positively negatively  exothermic endothermic  cannot can  can't can
attract repel  attracts repels  attraction repulsion  attractive repulsive
heating cooling  heated cooled  oxidation reduction
successful unsuccessful  popular unpopular
legal illegal  strengthened weakened  doubles halves  doubled halved
acidic alkaline  molten aqueous
emitter absorber  emitters absorbers  emits absorbs  emission absorption
"""


def _opposites() -> dict[str, str]:
    table: dict[str, str] = {}
    words = _PAIRS.split()
    for first, second in zip(words[::2], words[1::2]):
        first, second = first.replace("-", " "), second.replace("-", " ")
        table.setdefault(first, second)
        table.setdefault(second, first)
    del table["can"]  # "can" and "cannot" side by side contrast nothing; "cannot" beside "can" says it
    return table


OPPOSITES = _opposites()
"""Each word and the word that says the opposite (``smaller`` beside ``larger``, the first pair naming it)."""
