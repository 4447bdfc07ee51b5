"""Protests and their crowd sizes told outside the protest's own words, and events nobody did."""

from datetime import datetime, timezone

TUE = datetime(2026, 3, 3, 12, tzinfo=timezone.utc)   # a Tuesday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_crowd_sized_in_the_next_sentence_sizes_the_protest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (AP) — Tens of thousands of miners marched in Lima on Monday against a mining law.\n\n"
                     "Organisers put the crowd at 60,000. Police said about 25,000 people took part.",
                     published_at=TUE)
    (p,) = _of(facts, "protest")
    assert p.size == 60000   # the first figure told


def test_a_counted_subject_that_took_part_sizes_the_protest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUITO (Reuters) - Rice growers rallied outside the agriculture ministry in Quito on "
                     "Monday.\n\nAbout 900 growers took part, police said.", published_at=TUE)
    (p,) = _of(facts, "protest")
    assert p.size == 900 and p.place == "Quito"


def test_a_size_too_far_away_or_of_another_gathering_is_not_taken(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUITO (Reuters) - Rice growers rallied outside the agriculture ministry in Quito on "
                     "Monday.\n\nThe 200 delegates attended the summit.", published_at=TUE)
    (p,) = _of(facts, "protest")
    assert p.size is None


def test_protesters_read_as_a_participle_on_their_noun_still_protest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SANTIAGO (AFP) - About 400 nurses protested outside the health ministry during the "
                     "minister's speech, holding placards.", published_at=TUE)
    (p,) = _of(facts, "protest")
    assert p.participants == ["About 400 nurses"] and p.size == 400 and p.plover == "PROTEST"


def test_an_arrest_of_no_one_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ROSARIO (AP) — Hundreds of fans marched in Rosario on Sunday. Police said the march was "
                     "calm and that no one was detained. Officers arrested nobody.", published_at=TUE)
    assert _of(facts, "arrest") == [] and len(_of(facts, "protest")) == 1
    facts = facts_of("ROSARIO (AP) — Police arrested 5 men in Rosario on Sunday, but none of the fans were "
                     "detained.", published_at=TUE)
    (a,) = _of(facts, "arrest")
    assert a.target == "5 men"
