"""Speakers and clause ends in copy of many genres (stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 6, 12, 18, tzinfo=timezone.utc)   # a Friday


def _speakers(facts):  # type: ignore[no-untyped-def]
    return {q.text: q.speaker for q in facts.quotes}


def test_an_unnamed_official_of_a_named_body_is_the_speaker_as_written(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GENEVA (Reuters) - The Universal Postal Union (UPU) held its congress. A UPU official, "
                     "who asked not to be identified, said the vote had been delayed.", published_at=FRI)
    assert _speakers(facts).get("the vote had been delayed") == "UPU official"


def test_a_coordinated_call_ends_what_was_said(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI (AP) — The Kenya Wildlife Service said the drought was severe and appealed to "
                     "farmers to keep cattle out of the park.", published_at=FRI)
    assert "the drought was severe" in _speakers(facts)


def test_the_carmaker_is_the_company_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEOUL (Reuters) - Shares in Daeyang Motors rose 4% after the carmaker said it would "
                     "build a battery plant in Texas.", published_at=FRI)
    assert _speakers(facts).get("it would build a battery plant in Texas") == "Daeyang Motors"


def test_bodies_of_a_kind_speak_as_written(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BRUSSELS (AFP) - The European Commission approved the merger. Consumer groups "
                     "criticised the ruling, saying it would raise prices.", published_at=FRI)
    assert _speakers(facts).get("it would raise prices") == "Consumer groups"


def test_a_trailing_said_clause_with_its_day_still_reports_the_sentence(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HOBART, Australia (AP) — A bushfire fanned by hot winds tore through farmland near "
                     "Hobart overnight, destroying 40 homes, officials said Friday.", published_at=FRI)
    assert _speakers(facts).get("A bushfire fanned by hot winds tore through farmland near Hobart "
                                "overnight, destroying 40 homes") == "officials"


def test_a_said_clause_between_two_clauses_reports_the_first(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANILA (AP) — The coast guard's ships stayed in port for much of Friday, spokesman "
                     "Ariel Santos said, and more rain was forecast for Sunday.", published_at=FRI)
    said = {t: s for t, s in _speakers(facts).items() if s == "Ariel Santos"}
    assert list(said) == ["The coast guard's ships stayed in port for much of Friday"]


def test_a_name_in_apposition_to_an_appositive_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BERN (AFP) - Green Alps' co-founder, the retired banker Ursula Meier, said the party "
                     "would not join the coalition.", published_at=FRI)
    assert _speakers(facts).get("the party would not join the coalition") == "Ursula Meier"


def test_a_coordinated_complaint_is_the_speakers_next_report(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LONDON (AP) — Coach Tom Reid said his team had played well and complained that the "
                     "pitch had been too dry.", published_at=FRI)
    said = _speakers(facts)
    assert said.get("his team had played well") == "Tom Reid"
    assert said.get("the pitch had been too dry") == "Tom Reid"
