"""Round QV of the unseen-pack audit: a title that names its topic by a pronoun ("Telling them apart") is no short
answer's prompt: "Write three points about: Telling them apart." says not what they are."""
from __future__ import annotations

from sheet_builds import material, pack_yaml, scheme_texts

ORGANIC = pack_yaml("Alcohols, carboxylic acids and esters", "Chemistry", [
    ("Telling them apart", [
        "Alcohols do not react with **sodium carbonate**; carboxylic acids fizz and give off carbon dioxide.",
        "Esters have a sweet, fruity **smell**, while carboxylic acids often smell sharp, like vinegar.",
        "Carboxylic acids turn universal indicator **orange**; alcohols and esters leave it green.",
        "Only alcohols and carboxylic acids react with **sodium** to give hydrogen."]),
    ("Esters", [
        "An **ester** forms when a carboxylic acid reacts with an alcohol, with an acid catalyst.",
        "Ethanoic acid and ethanol give **ethyl ethanoate** and water.",
        "Esters are **volatile** and used in perfumes and flavourings.",
        "The reaction is reversible and slow, so it is heated under **reflux**."]),
])


def test_a_title_naming_its_topic_by_a_pronoun_is_no_prompt():
    assert not scheme_texts(material(ORGANIC), 0)
