"""What the blind audit of set UG struck: "____ – Castro's 26th of July Movement" for M-26-7; "less water lost by
t____" (transpiration); "Kibera – Nairobi's best-known informal settlement" matched to the line naming "Kibra
sub-county"; and "Ö____ – opening hours: von 9 bis 18 Uhr geöffnet". And of set UH: "S____ (2 words), Price FROM Books
…" (SELECT Title); "Q____ – a request to search or change data"; "the First Precept and c____ (karuna)"; "greenhouse
gases … → g____ (2 words) → climate change"; and "R____ (2 words) (1938): Italy's Jews barred from state schools"."""
from __future__ import annotations

import re
import pytest

from studypack.layouts.worksheet.exercises import Gap, Match
from studypack.layouts.worksheet.exercises.questions import plain
from sheet_builds import blanked, fresh_plans, of_kind, pack_yaml

SEEDS = ("1", "2", "3")



@pytest.mark.slow  # (whole sheets of fresh packs: in make test-slow)
def test_a_code_is_not_blanked_beside_the_name_it_stands_for():
    for plan in fresh_plans("history_castro_cuban_revolution.yaml", SEEDS):
        assert not any(blank.text == "M-26-7" for gap in of_kind(plan, Gap) for blank in gap.answers)


def test_transpiration_is_not_blanked_beside_water_lost():
    cuttings = pack_yaml("Cloning plants", "Biology", [("Taking cuttings", [
        "Cut a shoot just below a node and dip it in **rooting powder**.",
        "Remove the lower leaves → less water lost by **transpiration**, and no leaves rotting in the compost."])])
    assert "transpiration" not in blanked(cuttings)


@pytest.mark.slow
def test_a_name_spelled_one_letter_short_pairs_a_title_with_its_statement():
    for plan in fresh_plans("geography_nairobi_urban_growth.yaml", SEEDS):
        for match in of_kind(plan, Match):
            assert not any("Kibera" in pair.title and "Kibra" in pair.text for pair in match.pairs)


@pytest.mark.slow
def test_a_german_word_is_not_lettered_beside_a_participle_of_its_stem():
    for plan in fresh_plans("german_tagesablauf_uhrzeit.yaml", SEEDS):
        assert not any(blank.text == "Öffnungszeiten" and blank.hint
                       for gap in of_kind(plan, Gap) for blank in gap.answers)



def test_a_line_of_code_and_a_familiar_word_it_defines_are_not_blanked():
    sql = pack_yaml("Databases and SQL", "Computer Science", [
        ("Key words", ["**SQL** = Structured Query Language; the standard language for querying and changing data.",
                       "**Query** – a request to search or change data in a database."]),
        ("SELECT queries", ["**SELECT** picks the fields to show; **FROM** names the table.",
                            "Example: SELECT Title, Price FROM Books WHERE Price < 10 ORDER BY Price DESC;"])])
    assert not {"SELECT Title", "Query"} & blanked(sql), blanked(sql)


@pytest.mark.parametrize("title, line, answer", [
    ("Animal experiments", "Buddhists: the **First Precept** and **compassion (karuna)** mean most oppose experiments "
                           "that harm animals.", "compassion (karuna)"),
    ("Pollution", "Burning fossil fuels adds greenhouse gases to the atmosphere → **global warming** → climate change.",
     "global warming"),
    ("Fascist society", "**Racial laws** (1938): Italy's 47,000 Jews barred from state schools and public jobs.",
     "Racial laws"),
])
def test_a_word_known_outside_the_topic_is_not_lettered(title, line, answer):
    assert answer not in blanked(pack_yaml("Revision", "History", [(title, [line])]))


@pytest.mark.slow
def test_no_word_of_a_query_is_blanked():
    for plan in fresh_plans("computing_databases_sql.yaml", SEEDS):
        assert not any(re.search(r"\bFROM\b", plain(gap.segments)) for gap in of_kind(plan, Gap))
