"""Round RI of the unseen-pack audit: a name every student knows ("bowing at the name of J____") is no blank, nor a
faith's followers under its name ("said to become a M____" on a sheet on Islam); a spare statement whose marked word
the title's card speaks of ("Germany's **Navy Laws**" beside "Kaiser Wilhelm II", whose card gives his aim of "a big
navy") fits that title too; a false year is not set on an event another card's title names and dates ("Germany's
unification in 1890" beside "The Franco-Prussian War and German unification", 1870–1871); an arrow between two
words and their meanings parts them ("simpatico/a – nice ↔ antipatico/a – unpleasant"); a "memory hook" is no
statement; a pack dated in years "CE" asks them, "632 CE" whole, never "85" of "85–90%" nor "year 1"; and "eye"
printed beside "E____" tells the eyewall."""
from __future__ import annotations

from sheet_builds import fresh_pack, hideable, material, of_kind, pack_yaml, planned
from studypack.layouts.worksheet.exercises.questions import Gap, Match, TrueFalse, plain
from studypack.layouts.worksheet.exercises.translate import entries


def _blanks(plan) -> list[str]:
    return [segment.text for gap in of_kind(plan, Gap) for segment in gap.segments if segment.role == "blank"]


def test_a_name_known_to_all_and_a_faiths_followers_are_no_blanks():
    laud = pack_yaml("Civil War", "History", [("Laud", [
        "Laud's changes: altars railed off, vestments, bowing at the name of **Jesus**.",
        "**William Laud** became Archbishop of Canterbury in 1633."])])
    assert "Jesus" not in hideable(laud, "Laud's changes")
    for seed in "12":
        assert "Muslim" not in _blanks(planned(fresh_pack("rs_islam.yaml"), seed))


def test_a_spare_whose_marked_word_the_titles_card_speaks_of_is_not_set():
    for seed in "12":
        for match in of_kind(planned(fresh_pack("history_origins_ww1.yaml"), seed), Match):
            titles = [pair.title for pair in match.pairs]
            if any(title.startswith("Kaiser Wilhelm II") for title in titles):
                assert not any("Navy Laws" in spare.text for spare in match.spares), match.spares


def test_a_false_year_on_an_event_another_dated_title_names_is_not_set():
    for seed in "12":
        statements = [plain(statement.segments) for statement in of_kind(
            planned(fresh_pack("history_origins_ww1.yaml"), seed), TrueFalse) if not statement.true]
        assert not any("unification in" in text for text in statements), statements


def test_an_arrow_parts_two_entries_and_a_memory_hook_is_no_statement():
    assert entries("simpatico/a – nice, likeable ↔ antipatico/a – unpleasant") == [
        "simpatico/a – nice, likeable", "antipatico/a – unpleasant"]
    for seed in "12":
        statements = [plain(statement.segments) for statement in of_kind(planned(fresh_pack("rs_islam.yaml"), seed),
                                                                           TrueFalse)]
        assert not any("Memory hook" in text for text in statements), statements


def test_years_written_ce_are_years_whole():
    source = material(fresh_pack("rs_islam.yaml"))
    years = {term.text for ref in source.refs for term in source.terms[ref] if term.kind == "year"}
    assert {"632 CE", "622 CE", "570 CE"} <= years and not years & {"85", "1", "CE"}, years
    assert not any(term.text == "CE" for ref in source.refs for term in source.terms[ref])


def test_a_compounds_first_word_printed_tells_it():
    for seed in "12":
        assert "Eyewall" not in _blanks(planned(fresh_pack("geography_tropical_storms.yaml"), seed))
