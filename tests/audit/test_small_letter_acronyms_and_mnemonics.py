"""What the blind audit of set UT struck: "hCG" matched to "human chorionic gonadotrophin, the hormone made by …",
which spells its letters; and a mark scheme paying for "Four uses to learn, remember DLM-T: Diagnosis, …". And of set
UU: "____ – contains more than one substance (a mixture)" (Impure) beside "Pure substance" in the matching, and a
scheme paying for "Don't mix them up – lighted splint for hydrogen, glowing splint for oxygen"."""
from __future__ import annotations

from studypack.layouts.worksheet.exercises.matching import definition_candidates
from sheet_builds import blanked, material, pack_yaml, scheme_texts


def test_an_acronym_with_a_small_letter_is_not_matched_to_the_words_it_stands_for():
    hormones = pack_yaml("Pregnancy tests", "Biology", [("Key words", [
        "**hCG** – human chorionic gonadotrophin, the hormone made by the developing embryo in early pregnancy",
        "**Antigen** – a protein on the surface of a cell that an antibody binds to",
        "**Hybridoma** – a fused lymphocyte and tumour cell that divides and makes one antibody"])])
    terms = [candidate.build(0).title for candidate in definition_candidates(material(hormones))]
    assert "Antigen" in terms and "hCG" not in terms, terms


def test_a_mnemonic_to_remember_is_no_point_of_a_scheme():
    uses = pack_yaml("Monoclonal antibodies", "Biology", [("Uses of monoclonal antibodies", [
        "Four uses to learn, remember **DLM-T**: Diagnosis, Laboratory tests, Marking cells, Treatment.",
        "**Diagnosis**: pregnancy tests detect the hormone hCG in urine.",
        "**Treatment**: an antibody carries a drug or a radioactive substance to cancer cells only.",
        "**Laboratory tests** measure hormones and find pathogens in blood samples."])])
    scheme = scheme_texts(material(uses), 0)
    assert scheme and not any("DLM-T" in line for line in scheme), scheme


def test_a_definition_with_another_name_in_brackets_is_not_blanked():
    purity = pack_yaml("Chemical analysis", "Chemistry", [("Key words", [
        "**Impure** – contains more than one substance (a mixture).",
        "**Formulation** – a mixture designed as a useful product, with each part in a measured amount."])])
    assert "Impure" not in blanked(purity) and "Formulation" in blanked(purity)


def test_a_word_with_its_negating_prefix_is_told_by_the_word():
    source = material(pack_yaml("Chemical analysis", "Chemistry", [("Key words", [
        "**Pure substance** – a single element or a single compound.", "**Impure** – contains more than one"
                                                                        " substance."])]))
    source.record(["Pure substance", "a single element or a single compound"], [])
    assert source.gives_away(["Key words: ____ – contains more than one substance."], ["Impure"])


def test_advice_not_to_mix_two_tests_up_is_no_point_of_a_scheme():
    gases = pack_yaml("Gas tests", "Chemistry", [("Tests for hydrogen and oxygen", [
        "**Hydrogen**: a lighted splint gives a squeaky pop.",
        "**Oxygen**: a glowing splint relights.",
        "Don't mix them up – lighted splint for hydrogen, glowing splint for oxygen."])])
    scheme = scheme_texts(material(gases), 0)
    assert scheme and not any("mix them up" in line for line in scheme), scheme
