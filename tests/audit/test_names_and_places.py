"""People, countries, towns and regions told apart by the names themselves, so that a word bank's spare name is a
person beside people, a country beside countries and a town beside towns."""
from __future__ import annotations

import pytest

from studypack.layouts.worksheet.exercises.kinds import agents, fellows, given_named, name_sort


def sort_of(text: str, name: str) -> str:
    start = text.index(name)
    return name_sort(name, text, start, start + len(name), frozenset())


@pytest.mark.parametrize("text, name, sort", [
    ("The plan was backed by Winston Churchill, then at the Admiralty.", "Winston Churchill", "person"),
    ("The assassin was Gavrilo Princip, a student.", "Gavrilo Princip", "person"),
    ("Austria declared war on Serbia in July.", "Serbia", "country"),
    ("The Allies tried to knock Turkey out of the war.", "Turkey", "country"),
    ("Trade with the Soviet Union grew.", "Soviet Union", "country"),  # "union" names no body here
    ("Prussia defeated Austria-Hungary.", "Austria-Hungary", "country"),
    ("Rain fell on the village of Boscastle in Cornwall.", "Cornwall", "region"),
    ("Banbury, in Oxfordshire, flooded in 1998.", "Oxfordshire", "region"),
    ("The Kaiser visited Tangier in 1905.", "Tangier", "other"),
    ("Gas was used at the Second Battle of Ypres.", "Ypres", "place"),
    ("The Zimmermann Telegram asked Mexico to attack.", "Zimmermann Telegram", "document"),
    ("The Hindenburg Line held until 1918.", "Hindenburg Line", "thing:line"),
    ("Britain launched HMS Dreadnought in 1906.", "HMS Dreadnought", "thing:ship"),
    ("The Ludendorff Offensive began in March.", "Ludendorff Offensive", "event"),
    ("Kaiser Wilhelm wanted a navy.", "Wilhelm", "person:kaiser"),
    ("The Allies merged their zones into Bizonia in 1947.", "Bizonia", "other"),  # what the zones became
    ("The Allies flew supplies into Tempelhof airport.", "Tempelhof", "thing:airport"),  # among airports, not towns
])
def test_a_name_is_sorted_by_its_words_and_the_words_around_it(text, name, sort):
    assert sort_of(text, name) == sort


def test_a_thing_a_country_or_a_people_that_acts_is_no_person_and_a_possessive_ends_a_name():
    assert agents("The Zimmermann Telegram asked Mexico to attack the USA.") == set()
    assert agents("Turkey wanted the straits closed.") == set()
    assert agents("Between 1949 and 1961 many East Germans fled to the West.") == set()
    assert given_named("Willy Brandt's Ostpolitik aimed at détente.") == {"Willy Brandt", "Brandt"}
    assert given_named("The Zimmermann Telegram was decoded.") == set()


PACK = """\
title: Names test
cards:
  - title: Causes
    points:
      - "The plan was first put forward by **Edward Grey** in London."
      - "Troops were sent to **Belgium** in August."
  - title: Leaders
    points:
      - "The campaign was backed by **Winston Churchill** at the Admiralty."
      - "Talks were held in **Tangier** in 1905."
  - title: Spies
    points:
      - "The letter was carried by **Mario Lopez** across the border."
      - "The army marched through **Sarajevo** on its way east."
  - title: Frontiers
    points:
      - "The railway ran through **Serbia** to the coast."
      - "Refugees fled to **Agadir** by sea."
  - title: Allies
    points:
      - "Neutral ships sailed from **Switzerland** by river."
      - "Money was raised by **Pablo Garcia** for the cause."
  - title: Battles
    points:
      - "The line held at **Verdun** all winter."
      - "Supplies came overland from **Norway** in the spring."
  - title: Aftermath
    points:
      - "The treaty was drafted by **Hans Schmidt** in the autumn."
      - "The peace was signed at **Compiegne** in November."
      - "Aid flowed to **Denmark** after the war."
"""


def test_a_place_after_a_person_and_in_is_where_they_were_not_a_wider_area():
    text = "In 1945 Winston Churchill in Potsdam met the others."
    assert sort_of(text, "Potsdam") == "place"


def test_a_compass_point_or_a_planet_is_no_person_whatever_follows_it():
    assert agents("The East called it a rampart.") == set()
    text = "Forests cover 6% of the Earth's land."
    start = text.index("Earth")
    assert name_sort("Earth", text, start, start + 5, frozenset({"Earth"})) == "other"


@pytest.mark.parametrize("text, name, sort", [
    ("Christians pray to Jesus every day.", "Jesus", "other"),
    ("Families gather at Easter for a meal.", "Easter", "festival"),
    ("The Bible was printed in Spanish for the first time.", "Spanish", "language"),
    ("Trade with Europe grew.", "Europe", "continent"),
])
def test_a_faith_a_festival_a_language_or_a_continent_is_no_town(text, name, sort):
    assert sort_of(text, name) == sort


def test_a_name_listed_with_a_person_is_a_person_unless_its_words_say_otherwise():
    people = {"Stalin"}
    assert fellows("Stalin, Roosevelt and Churchill met at Yalta.", people) == {"Roosevelt", "Churchill"}
    assert fellows("Stalin and Germany signed a pact.", people) == set()  # a country
    assert fellows("Roosevelt and Churchill met.", set()) == set()  # nobody known in the list
