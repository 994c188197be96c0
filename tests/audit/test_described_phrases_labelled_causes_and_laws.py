"""Round QO of the unseen-pack audit: a meaning that describes its phrase ("a safe, ready-made sentence for
speaking") is never asked to translate; a comparative beside a blank tells its noun ("a denser liquid": d____ for
density); half an equation in a title ("Using p₁V₁ = p₂V₂") is no calculation's context; a line filed as "Push
factors:" is no timeline event; and the same law of another year ("Race Relations Act 1968") is no spare beside it."""
from __future__ import annotations


from sheet_builds import built, fresh_pack, of_kind, planned, translated
from studypack.layouts.worksheet.exercises.questions import Gap, Timeline

def test_a_meaning_that_describes_its_phrase_is_not_asked():
    asked = translated("La salud", "Spanish", [
        "**el brazo** – the arm", "**la pierna** – the leg", "**la cabeza** – the head",
        "**Para estar en forma, hago deporte tres veces a la semana.** – a safe, ready-made sentence for speaking"])
    assert asked and not any("ready-made" in item for item in asked), asked


def test_a_comparative_beside_the_blank_tells_its_noun_and_half_an_equation_is_no_context():
    for seed in "12":
        plan, sheet, _ = built(fresh_pack("physics_fluid_pressure.yaml"), seed)
        assert not any(answer.casefold() == "density" for gap in of_kind(plan, Gap) for answer in gap.words
                       if "denser" in "".join(segment.text for segment in gap.segments))
        assert "Using p₁V₁:" not in sheet and "Using p1V1:" not in sheet, sheet


def test_a_labelled_cause_is_no_event_and_a_law_of_another_year_is_no_spare():
    text = fresh_pack("history_windrush.yaml")
    for seed in "12":
        plan = planned(text, seed)
        assert not any(event.text.startswith("Push factors") for timeline in of_kind(plan, Timeline)
                       for event in timeline.events)
        for section in plan.exercises.sections:
            acts = [word for word in section.bank if word.startswith("Race Relations Act")]
            assert len(acts) <= 1 or all(any(word in gap.words for gap in section.questions) for word in acts), acts
