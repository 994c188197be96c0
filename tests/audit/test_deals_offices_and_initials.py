"""Round KB–KC of the unseen-pack audit: "Papen did a deal – Hitler as Chancellor, …" was cut to the true or false
statement "Papen did a deal."; "Führer", a post, was offered among the people who led the SA; "Nazi ideal = the ____
– Kinder, Küche, Kirche" asked for the '3 Ks' it lists."""
from __future__ import annotations

from sheet_builds import hideable, material, pack_yaml, planned
from studypack.layouts.worksheet.exercises.candidates import _choice, _true_false, clause_before_dash
from studypack.layouts.worksheet.exercises.questions import PointRef

_NAZIS = [
    ("Hitler becomes Chancellor", [
        "Papen did a deal – Hitler as Chancellor, Papen as **Vice-Chancellor** → thought they could control him.",
        "Antibiotics cannot kill viruses – viruses live inside our cells."]),
    ("The Night of the Long Knives", [
        "The SA led by **Ernst Röhm** wanted a second revolution.",
        "**2 August 1934** – Hindenburg died → Hitler merged Chancellor + President = **Führer**",
        "**Joseph Goebbels** ran propaganda.", "**Hindenburg** appointed Hitler in 1933."]),
    ("Women in Nazi Germany", ["Nazi ideal = the **'3 Ks'** – Kinder, Küche, Kirche (children, kitchen, church)."])]


def test_a_claim_that_ends_on_what_the_dash_spells_out_is_not_cut_there():
    source = material(pack_yaml("Nazi Germany", "History", _NAZIS))
    assert clause_before_dash(source, PointRef(0, 0)) is None
    assert clause_before_dash(source, PointRef(0, 1)) is not None  # (a claim that stands on its own)


def test_a_post_named_alone_is_offered_among_no_people():
    source = material(pack_yaml("Nazi Germany", "History", _NAZIS))
    choice = _choice(source, PointRef(1, 0))
    assert choice is None or "Führer" not in choice.options  # (two others are too few)


def test_a_count_of_initials_beside_the_words_it_counts_is_given_away():
    text = pack_yaml("Nazi Germany", "History", _NAZIS)
    assert "'3 Ks'" not in hideable(text, "Nazi ideal")
    assert "'3 Ks'" in hideable(text.replace("Kinder, Küche, Kirche", "home and family"), "Nazi ideal")


def test_an_event_that_names_another_to_say_when_is_never_beside_it():
    from studypack.layouts.worksheet.exercises.events import conflicts
    from studypack.layouts.worksheet.exercises.questions import Event
    armada = Event("The Spanish Armada", "1588", (1588, 0), 0)
    walsingham = Event("Walsingham died, two years after the Armada", "1590", (1590, 0), 1)
    plot = Event("The Babington Plot", "1586", (1586, 0), 2)
    assert conflicts(walsingham, armada) and conflicts(armada, walsingham)
    assert not conflicts(walsingham, plot)


def test_a_count_of_electrons_beside_the_charge_it_leaves_is_neither_hidden_nor_changed():
    text = pack_yaml("Bonding", "Chemistry", [
        ("Ionic bonding", ["MgO: Mg gives **2 electrons** to O → [Mg]^2+^ [O]^2-^",
                           "Na gives **1 electron** to Cl → Na^+^ Cl^-^",
                           "Aluminium loses **3 electrons** when it reacts."]),
        ("Covalent bonding", ["Each bond is a shared pair of **2 electrons**.", "Carbon forms **4 bonds**."])])
    assert "2 electrons" not in hideable(text, "MgO")
    assert "1 electron" not in hideable(text, "Na gives")
    assert "3 electrons" in hideable(text, "Aluminium")
    source = material(text)
    statement = _true_false(source, PointRef(0, 0), False)
    assert statement is None or statement.true or "2 electrons" in "".join(
        segment.text for segment in statement.segments)


def test_a_year_inside_a_bracket_dates_no_event():
    from studypack.layouts.worksheet.exercises.events import _point_events
    source = material(pack_yaml("Nazi Germany", "History", [
        ("The economy", ["Rearmament + conscription (reintroduced in **1935**) created jobs in the army.",
                         "The Hitler Youth Law was passed in **1936**."])]))
    texts = [event.text for _, event in _point_events(source)]
    assert not any("Rearmament" in text for text in texts) and any("Hitler Youth" in text for text in texts)


def test_a_date_that_heads_its_line_dates_what_follows_the_dash():
    from studypack.layouts.worksheet.exercises.events import _point_events
    source = material(pack_yaml("Nazi Germany", "History", [
        ("Persecution", ["**1 April 1933** – SA-led boycott of Jewish shops across Germany.",
                         "**1933** – a hard year for many.", "**1935** – Nuremberg Laws"])]))
    texts = [event.text for _, event in _point_events(source)]
    assert texts == ["SA-led boycott of Jewish shops across Germany."]


def test_a_title_that_names_a_time_is_never_matched_beside_what_happened_then():
    from sheet_builds import built, of_kind
    from studypack.layouts.worksheet.exercises.questions import Match
    text = ("title: The First World War\nsubject: History\ncards:\n"
            "  - title: The end of the war\n    date: 1918\n    points:\n"
            "      - Germany's allies had already surrendered by early November.\n"
            "      - The Kaiser abdicated and fled to the Netherlands.\n"
            "  - title: The Armistice\n    date: 1918\n    points:\n"
            "      - Signed in a railway carriage in the forest of Compiègne.\n"
            "      - Fighting stopped at 11 o'clock on 11 November.\n"
            "  - title: The Schlieffen Plan\n    date: 1914\n    points:\n"
            "      - The attack went through neutral Belgium to get round French defences.\n"
            "  - title: Trench warfare\n    points:\n      - Soldiers lived in muddy trenches full of rats.\n"
            "  - title: The Somme\n    date: 1916\n    points:\n"
            "      - On the first day there were 57,000 British casualties.\n"
            "  - title: Conscription\n    date: 1916\n    points:\n"
            "      - Single men aged 18 to 41 were called up first.\n")
    for seed in ("1", "2", "3", "4"):
        plan = planned(text, seed, exercises=("match",))
        for block in of_kind(plan, Match):
            titles = {pair.title for pair in block.pairs}
            assert not {"The end of the war", "The Armistice"} <= titles, titles
