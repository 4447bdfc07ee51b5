"""A side named by its town and a plural nickname is a club, and so is the nickname alone
(stories invented here)."""


def test_a_side_named_by_town_and_nickname_is_a_club_and_so_is_its_nickname(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WINNIPEG, Manitoba (AP) — Kyle Fournier scored his second goal of the game in overtime, "
                     "and the Jets came back from two goals down to beat the Calgary Flames 4-3 on Sunday. "
                     "Flames goalie Petr Novak made 31 saves. Flames coach Dale Whitmore said his team had "
                     "stopped skating after taking the lead.")
    assert any(e.label == "ORG" and "Flames" in e.name for e in facts.entities)
    assert not any(e.label == "PERSON" and "Flames" in e.name for e in facts.entities)


def test_a_person_whose_surname_ends_in_s_stays_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MONTERREY, Mexico (AP) — Monterrey beat Tigres 2-1 in the derby on Sunday, and Tigres "
                     "coach Ramon Ibarra said referee Hector Salinas had missed a penalty just before the hour.")
    assert any(e.label == "PERSON" and e.name == "Hector Salinas" for e in facts.entities)
