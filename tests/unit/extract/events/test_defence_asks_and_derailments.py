"""What the defence asks of a court, a term sought from voters, and trains that jump the tracks or
derail in a clause of their own (stories invented here)."""

from datetime import datetime, timezone

THU = datetime(2026, 5, 14, 18, tzinfo=timezone.utc)   # a Thursday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_defence_lawyer_who_argued_for_a_bare_number_demands_that_sentence(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BOISE, Idaho (AP) — A judge sentenced a former county clerk to five years in prison on "
                     "Thursday for stealing election funds. Prosecutors had asked for seven years. The clerk's "
                     "lawyer, Dana Whitfield, argued for two, saying her client had repaid the money.",
                     published_at=THU)
    asks = [(e.actor, e.what) for e in _of(facts, "demand")]
    assert ("Prosecutors", "seven years") in asks
    assert ("Dana Whitfield", "two") in asks


def test_a_defendant_who_asked_for_a_sentence_by_name_demands_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BOISE, Idaho (AP) — A judge sentenced a former county clerk to five years on Thursday. "
                     "His lawyer said the clerk had asked for a sentence of three years.", published_at=THU)
    assert [e.what for e in _of(facts, "demand")] == ["a sentence of three years"]


def test_a_candidate_seeking_a_second_term_asks_no_court(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LILONGWE (AFP) - The governor, who was seeking a second term, won 41 percent of the vote, "
                     "the election commission said on Thursday.", published_at=THU)
    assert _of(facts, "demand") == []


def test_coaches_that_jumped_the_tracks_crashed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BHOPAL, India (Reuters) - At least nine people were killed when six coaches of a passenger "
                     "train jumped the tracks near Itarsi on Thursday, railway officials said.", published_at=THU)
    crashes = [e for e in _of(facts, "disaster") if e.subtype == "crash"]
    assert len(crashes) == 1 and crashes[0].casualty_keys   # the nine killed are the crash's


def test_an_express_that_derailed_in_a_when_clause_crashed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BHOPAL, India (Reuters) - The overnight express was travelling at about 80 km an hour when "
                     "it derailed near Itarsi on Thursday.", published_at=THU)
    assert [e.subtype for e in _of(facts, "disaster")] == ["crash"]


def test_shares_that_jumped_and_a_candidate_who_left_the_race_are_no_crash(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MUMBAI (Reuters) - Shares in the rail maker jumped 8% on Thursday after the candidate left "
                     "the race.", published_at=THU)
    assert _of(facts, "disaster") == []


def test_money_released_for_a_response_is_aid_sent_and_released_suspects_are_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SOKOTO, Nigeria (Reuters) - Cholera cases rose on Thursday. The state government said it "
                     "had released 600 million naira for drugs and nurses. Police released two suspects, and the "
                     "agency released a report on aid.", published_at=THU)
    aid = _of(facts, "aid")
    assert [(e.subtype, e.actor) for e in aid] == [("sent", "state government")]
    assert aid[0].what is not None and "600 million naira" in aid[0].what
