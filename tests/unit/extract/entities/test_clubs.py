"""Clubs called by their towns in match reports, and players' positions as titles (stories invented here)."""

_MATCH = (
    "GLASGOW, March 8 (Reuters) - Dundee came from behind to beat Kilmarnock 3-1 on Saturday, with "
    "winger Tomas Hrabal scoring twice after halftime to move his side level with leaders Aberdeen.\n\n"
    "Kilmarnock went ahead in the 12th minute when striker Owen Baird headed in a corner, but Dundee's "
    "attack took over after the break. The defeat leaves Kilmarnock two points above the relegation places.\n\n"
    "Dundee travel to Edinburgh to face Hibernian next week, while Kilmarnock host Motherwell.\n"
)


def _labels(facts, name: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.label for e in facts.entities if e.name == name}


def test_a_town_that_plays_in_a_match_report_is_its_club(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(_MATCH)
    assert _labels(facts, "Kilmarnock") == {"ORG"}
    assert "ORG" in _labels(facts, "Dundee")


def test_the_side_after_leaders_or_after_host_and_face_is_a_club(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(_MATCH)
    assert _labels(facts, "Aberdeen") == {"ORG"}
    assert _labels(facts, "Motherwell") == {"ORG"}


def test_a_team_s_destination_stays_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(_MATCH)
    assert _labels(facts, "Edinburgh") <= {"GPE", "LOC"} and _labels(facts, "Edinburgh")


def test_a_player_who_beats_another_keeps_being_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Maria Lopez beat Anna Schmidt 6-3, 6-4 in the third round on Friday and will face Sofia Rossi next. "
        "Lopez dropped her serve once in the first set, and the match lasted 81 minutes. \"I played a clean "
        "match,\" Lopez said after the win in the league.\n")
    assert {n: _labels(facts, n) for n in ("Maria Lopez", "Anna Schmidt", "Sofia Rossi")} == {
        "Maria Lopez": {"PERSON"}, "Anna Schmidt": {"PERSON"}, "Sofia Rossi": {"PERSON"}}


def test_a_club_prefix_the_model_missed_makes_the_club(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "FC Lausanne held Servette to a goalless draw on Sunday. The league leaders had two goals ruled out, "
        "and the visitors' goalkeeper was booked in the 80th minute of the match.\n")
    assert "FC Lausanne" in {e.name for e in facts.entities if e.label == "ORG"}


def test_a_position_before_a_name_is_the_player_s_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Seamer Jonty Rhodes-Mackay took four wickets and Argentine forward Lisandro Vela scored late.\n")
    titles = {e.name: [r.title for r in e.roles] for e in facts.entities if e.label == "PERSON"}
    assert titles.get("Lisandro Vela") == ["forward"]


def test_a_word_heading_a_phrase_ends_a_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Vega fired a low shot past goalkeeper Piotr Sadowski from 20 metres in the 30th minute.\n")
    titles = {e.name: [r.title for r in e.roles] for e in facts.entities if e.label == "PERSON"}
    assert titles.get("Piotr Sadowski") == ["goalkeeper"]


_TABLE = (
    "LEEDS, England (AP) — Kilmarnock beat Dundee 2-0 in the league on Saturday. Kilmarnock, who had lost "
    "three of their previous five matches, climbed to ninth in the Premier League table. Their goalkeeper "
    "saved a penalty in the 70th minute, and the striker scored a header in the match.\n")


def test_a_club_that_takes_who_stays_a_club(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert "PERSON" not in _labels(facts_of(_TABLE), "Kilmarnock")


def test_a_competition_in_a_match_report_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not _labels(facts_of(_TABLE), "Premier League")


def test_a_town_named_after_its_club_in_full_is_the_club(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Real Cantabria beat Deportivo Lugo 3-1 on Sunday with two goals from the striker in the "
                     "second half of the match. Lugo coach Pedro Sanz said his side lacked a keeper. Lugo are "
                     "now 14th in the league.\n")
    orgs = {e.name for e in facts.entities if e.label == "ORG"}
    assert "Deportivo Lugo" in orgs and "Lugo" not in {e.name for e in facts.entities if e.label in ("GPE", "LOC")}


def test_a_hyphened_position_the_model_took_for_a_body_leaves_the_player_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Fiji had the better of the first half. Fly-half Semi Radrodro kicked two penalties, and "
                     "Radrodro added a drop goal late in the match.\n")
    assert _labels(facts, "Semi Radrodro") == {"PERSON"}
    assert not _labels(facts, "Fly-half")


def test_a_titled_person_whose_surname_is_a_legal_word_stays_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The army had regained control by dawn, government spokesman Tomas Co said on Tuesday.\n")
    assert _labels(facts, "Tomas Co") == {"PERSON"}


def test_a_name_ending_in_a_person_s_surname_is_that_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The mayor won 41.2% of the vote, against 40.5% for Ines Vera Rojas of the centrist Avance "
                     "coalition, the tribunal said. Rojas refused to concede on Monday.\n")
    assert "ORG" not in _labels(facts, "Ines Vera Rojas")


def test_a_body_word_and_for_before_a_name_belong_to_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Centre for Civic Oversight, a watchdog in Skopje, asked the ministry for its files.\n")
    assert "Centre for Civic Oversight" in {e.name for e in facts.entities if e.label == "ORG"}
