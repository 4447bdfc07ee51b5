"""A likeness is no event; a defendant sentenced in a verb coordinated after a long subject is the
target; a place in an apposition that ranks a sentence is not where it was passed; a campaign
named by its candidate's pronoun asks for the candidate (stories invented here)."""

from datetime import datetime, timezone

THU = datetime(2026, 11, 12, 22, tzinfo=timezone.utc)


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_what_a_scene_looked_like_did_not_happen(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("\"It looked like a fire had gone through the forest,\" said a ranger who counted the dead "
                     "trees on Thursday.", published_at=THU)
    assert _of(facts, "disaster") == []


def test_what_happened_as_if_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("\"It was as if a bomb had exploded in the kitchen,\" the owner said on Thursday.", published_at=THU)
    assert _of(facts, "attack") == [] and _of(facts, "disaster") == []


def test_a_long_subject_then_was_sentenced_is_the_one_sentenced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A fishing guide who took clients into a closed reserve, then sold the catch abroad, was "
                     "sentenced Thursday to two years in prison.", published_at=THU)
    sentences = _of(facts, "legal_action")
    assert len(sentences) == 1 and sentences[0].actor is None and sentences[0].target == "fishing guide"


def test_a_place_in_an_apposition_ranking_the_sentence_is_not_its_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("REGINA, Saskatchewan (AP) — A poacher was sentenced Thursday to four years in prison, the "
                     "longest term ever given for wildlife crimes in Manitoba.", published_at=THU)
    sentences = _of(facts, "legal_action")
    assert len(sentences) == 1 and sentences[0].place != "Manitoba"


def test_his_campaign_asks_for_the_candidate_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Mayor Ilir Basha did not concede. His campaign said irregularities at two polling stations "
                     "could have changed the outcome, and called on the election commission to recount the "
                     "ballots.", published_at=THU)
    demands = _of(facts, "demand")
    assert len(demands) == 1 and demands[0].actor == "Ilir Basha"
