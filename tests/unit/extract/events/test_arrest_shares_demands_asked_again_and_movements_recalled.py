"""Arrests told in shares that add up to a total told first are that one arrest; a count 'more'
with no share before adds another; one side asking twice for the same thing is one demand; a
protest movement that began months back, told beside the story's own rally, is no second protest
(stories invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 3, 9, 18, tzinfo=timezone.utc)


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_shares_adding_up_to_the_total_are_one_arrest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DAKAR, Senegal (AFP) - Senegalese police seized 600 kilograms of cocaine at the port and "
                     "arrested eight people, police said on Monday. Five suspects were detained at the docks on "
                     "Saturday, a spokesman said. Three more, a trader and two drivers, were arrested in Thies on "
                     "Sunday, police said.", published_at=MON)
    (arrest,) = _of(facts, "arrest")
    assert arrest.target is not None and arrest.target.startswith("eight")


def test_more_arrests_with_no_share_before_are_an_arrest_of_their_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("EL PASO, Texas (AP) — Federal agents arrested 12 people in raids on a smuggling ring, "
                     "prosecutors said Monday. Two more suspects were arrested in Ciudad Juarez by Mexican police.",
                     published_at=MON)
    assert len(_of(facts, "arrest")) == 2


def test_another_forces_arrests_are_not_a_share(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SOFIA, Bulgaria (AFP) - Bulgarian police arrested 15 people in raids on a fuel fraud ring, "
                     "officials said on Monday. Europol said Romanian police had arrested four people in "
                     "Constanta on the same day.", published_at=MON)
    assert len(_of(facts, "arrest")) == 2


def test_one_side_asking_twice_for_the_same_thing_is_one_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LILONGWE, Malawi (Reuters) - Malawi's main opposition party called on Monday for a full "
                     "recount of the presidential vote. The party urged the Constitutional Court to order a "
                     "recount before it certifies the result.", published_at=MON)
    (demand,) = _of(facts, "demand")
    assert demand.target is not None and "Constitutional Court" in demand.target


def test_a_movement_begun_months_back_is_no_second_protest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("YEREVAN, Armenia (AFP) - Tens of thousands of people rallied outside parliament in Yerevan "
                     "on Sunday evening, police said. The protests began in December after the government dropped "
                     "a reform bill.", published_at=MON)
    (protest,) = _of(facts, "protest")
    assert protest.when != "2025-12"
